package dev.flotilla.cli;

import picocli.CommandLine.IVersionProvider;

/** Version text from the jar manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Version.class.getPackage().getImplementationVersion();
    return new String[] {"flotilla " + (v == null ? "0.1.0-SNAPSHOT (development)" : v)};
  }
}
