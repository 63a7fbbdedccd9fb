package dev.flotilla.adviser.catalogue;

/**
 * How a pattern decides the side: fixed, or {@code LIBRARY_FRAMES}: PLATFORM when the failing code
 * belongs to a known connector/format library, else USER.
 */
public enum SideRule {
  USER,
  PLATFORM,
  UNKNOWN,
  LIBRARY_FRAMES
}
