package dev.flotilla.notify;

/** How loud a notification is; channels drop events below their minimum severity. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL;

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** Parses "info", "WARNING", ... (case-insensitive); throws naming the bad value otherwise. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "severity must be one of INFO, WARNING, CRITICAL but was '" + text + "'");
  }
}
