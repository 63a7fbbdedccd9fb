package dev.flotilla.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the built fault-injection job jar. */
public final class FaultJobJar {
  public static final String ENTRY_CLASS = "dev.flotilla.faultjob.FaultJob";
  private static final String VERSION = "0.1.0-SNAPSHOT";

  private FaultJobJar() {}

  /**
   * {@code flotilla-faultjob/target/flotilla-faultjob-*.jar} under the repository root (found by
   * walking up from {@code user.dir}), else the copy installed in the local Maven repository.
   */
  public static Path locate() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path d = dir; d != null; d = d.getParent()) {
      Optional<Path> built = jarIn(d.resolve("flotilla-faultjob").resolve("target"));
      if (built.isPresent()) {
        return built.get();
      }
    }
    Path m2 =
        Path.of(
            System.getProperty("user.home"),
            ".m2",
            "repository",
            "dev",
            "flotilla",
            "flotilla-faultjob",
            VERSION,
            "flotilla-faultjob-" + VERSION + ".jar");
    if (Files.isRegularFile(m2)) {
      return m2;
    }
    throw new IllegalStateException(
        "fault job jar not found: build it with 'mvn -pl flotilla-faultjob install' (looked in "
            + "flotilla-faultjob/target above "
            + dir
            + " and in "
            + m2
            + ")");
  }

  private static Optional<Path> jarIn(Path target) {
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      List<Path> jars =
          files
              .filter(p -> p.getFileName().toString().matches("flotilla-faultjob-.*\\.jar"))
              .filter(p -> !p.getFileName().toString().endsWith("-sources.jar"))
              .toList();
      return jars.stream().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
