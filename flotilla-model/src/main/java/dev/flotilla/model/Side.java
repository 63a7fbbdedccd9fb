package dev.flotilla.model;

/** Where the fault behind an abnormal state lies. */
public enum Side {
  USER,
  PLATFORM,
  UNKNOWN
}
