package dev.flotilla.adviser.rules;

import dev.flotilla.model.Side;

/** Whose code a failure was thrown from, as far as the stack trace shows. */
public enum FaultOwner {
  /** The job's own code (a package that is neither Flink nor a known library). */
  USER_CODE,
  /** Flink itself: runtime, scheduler, state backends, network stack. */
  FLINK,
  /** A connector, format, lake-format or platform-tool library, or code shipped in its jar. */
  LIBRARY,
  /** Nothing in the text says. */
  UNKNOWN;

  /** DESIGN.md side convention: Flink and libraries are PLATFORM, the job's code is USER. */
  public Side side() {
    return switch (this) {
      case USER_CODE -> Side.USER;
      case FLINK, LIBRARY -> Side.PLATFORM;
      case UNKNOWN -> Side.UNKNOWN;
    };
  }
}
