package dev.flotilla.cli;

/** Entry point of the {@code flotilla} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(FlotillaCommand.commandLine().execute(args));
  }
}
