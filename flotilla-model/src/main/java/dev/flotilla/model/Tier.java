package dev.flotilla.model;

/** Business priority of a job; P0 is the most important. */
public enum Tier {
  P0,
  P1,
  P2,
  P3;

  /** Parses "P0".."P3" (case-insensitive); throws {@link IllegalArgumentException} otherwise. */
  public static Tier parse(String text) {
    for (Tier t : values()) {
      if (t.name().equalsIgnoreCase(text.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException("tier must be one of P0, P1, P2, P3 but was '" + text + "'");
  }
}
