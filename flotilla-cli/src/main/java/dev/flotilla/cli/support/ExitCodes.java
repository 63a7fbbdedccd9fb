package dev.flotilla.cli.support;

/** Exit codes every Flotilla command uses. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** The command ran but what it checked is not healthy or it failed at run time. */
  public static final int FAILURE = 1;

  /** Bad usage or invalid configuration: nothing was touched. */
  public static final int USAGE = 2;

  /** A cluster or the store could not be reached. */
  public static final int UNREACHABLE = 3;

  private ExitCodes() {}
}
