package dev.flotilla.adviser.catalogue;

/**
 * How a pattern decides the side: fixed, or from the code that threw it. {@code LIBRARY_FRAMES}:
 * PLATFORM when the failing code belongs to Flink or a known connector/format library, else USER.
 * {@code CONNECTOR_FRAMES}: PLATFORM only when it belongs to a library outside Flink's own
 * distribution; Flink's own code there (its JSON/CSV/Avro formats) only reports bad input, so USER.
 */
public enum SideRule {
  USER,
  PLATFORM,
  UNKNOWN,
  LIBRARY_FRAMES,
  CONNECTOR_FRAMES;

  /** True when the side (and the library action) comes from where the failing code lives. */
  public boolean followsFrames() {
    return this == LIBRARY_FRAMES || this == CONNECTOR_FRAMES;
  }
}
