package dev.flotilla.sla.archviolation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Deliberately breaks the engine rules, so the rules are shown to catch it. Never used. */
public final class WallClockEngine {
  public Instant now() {
    return Instant.now();
  }

  public String read(Path p) throws IOException {
    return Files.readString(p);
  }
}
