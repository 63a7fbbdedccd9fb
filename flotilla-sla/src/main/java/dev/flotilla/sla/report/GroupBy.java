package dev.flotilla.sla.report;

import java.util.Arrays;
import java.util.Locale;

/** How report rows are grouped. */
public enum GroupBy {
  JOB,
  CLUSTER,
  TIER,
  OWNER,
  SIDE,
  FLEET;

  /** Parses a name case-insensitively; the error lists the valid names. */
  public static GroupBy parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "group-by must be one of "
              + Arrays.toString(values()).toLowerCase(Locale.ROOT)
              + " but was '"
              + text
              + "'");
    }
  }
}
