package dev.flotilla.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Resolves the runtime classpath of one Flink version from Maven Central with a scratch pom and
 * {@code mvn dependency:build-classpath}; the result is cached in {@code
 * cacheDir/<version>/cp.txt}.
 */
public final class FlinkClasspath {
  private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final String[] FLINK_ARTIFACTS = {
    "flink-clients",
    "flink-runtime",
    "flink-runtime-web",
    "flink-streaming-java",
    "flink-connector-datagen"
  };
  private static final Object LOCK = new Object();

  private FlinkClasspath() {}

  /** The default cache shared by all labs of this user. */
  public static Path defaultCacheDir() {
    return Path.of(System.getProperty("user.home"), ".flotilla", "flink-classpath");
  }

  public static List<Path> resolve(String flinkVersion, Path cacheDir, Consumer<String> progress) {
    if (!VERSION.matcher(flinkVersion).matches()) {
      throw new IllegalArgumentException(
          "Flink version '" + flinkVersion + "' is not of the form 1.20.3");
    }
    synchronized (LOCK) {
      Path dir = cacheDir.resolve(flinkVersion);
      Path cpFile = dir.resolve("cp.txt");
      List<Path> cached = readIfComplete(cpFile);
      if (!cached.isEmpty()) {
        return cached;
      }
      progress.accept(
          "resolving Flink " + flinkVersion + " from Maven Central (first time only)\u2026");
      try {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), scratchPom(flinkVersion));
        runMaven(dir, cpFile);
      } catch (IOException e) {
        throw new IllegalStateException("cannot resolve Flink " + flinkVersion + " in " + dir, e);
      }
      List<Path> resolved = readIfComplete(cpFile);
      if (resolved.isEmpty()) {
        throw new IllegalStateException(
            "mvn wrote no usable classpath to " + cpFile + "; see " + dir.resolve("mvn.log"));
      }
      progress.accept("Flink " + flinkVersion + ": " + resolved.size() + " jars");
      return resolved;
    }
  }

  static String scratchPom(String version) {
    StringBuilder deps = new StringBuilder();
    for (String artifact : FLINK_ARTIFACTS) {
      deps.append("    <dependency><groupId>org.apache.flink</groupId><artifactId>")
          .append(artifact)
          .append("</artifactId><version>")
          .append(version)
          .append("</version></dependency>\n");
    }
    deps.append(
        "    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId>"
            + "<version>1.7.36</version></dependency>\n");
    return "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
        + "  <modelVersion>4.0.0</modelVersion>\n"
        + "  <groupId>dev.flotilla.lab</groupId><artifactId>flink-runtime-"
        + version
        + "</artifactId>\n"
        + "  <version>1</version><packaging>pom</packaging>\n"
        + "  <dependencies>\n"
        + deps
        + "  </dependencies>\n"
        + "</project>\n";
  }

  private static void runMaven(Path dir, Path cpFile) throws IOException {
    Path log = dir.resolve("mvn.log");
    Process mvn =
        new ProcessBuilder(
                "mvn",
                "-q",
                "-B",
                "-f",
                dir.resolve("pom.xml").toString(),
                "dependency:build-classpath",
                "-Dmdep.outputFile=" + cpFile.toAbsolutePath())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!mvn.waitFor(15, TimeUnit.MINUTES)) {
        mvn.destroyForcibly();
        throw new IllegalStateException("mvn did not finish within 15 min; see " + log);
      }
    } catch (InterruptedException e) {
      mvn.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while resolving Flink", e);
    }
    if (mvn.exitValue() != 0) {
      throw new IllegalStateException(
          "mvn exited with " + mvn.exitValue() + ": " + LogTail.of(log, 15));
    }
  }

  private static List<Path> readIfComplete(Path cpFile) {
    if (!Files.isRegularFile(cpFile)) {
      return List.of();
    }
    try {
      String text = Files.readString(cpFile, StandardCharsets.UTF_8).trim();
      List<Path> jars = new ArrayList<>();
      for (String entry : text.split(java.io.File.pathSeparator)) {
        Path jar = Path.of(entry);
        if (entry.isBlank() || !Files.isRegularFile(jar)) {
          return List.of();
        }
        jars.add(jar);
      }
      return List.copyOf(jars);
    } catch (IOException e) {
      return List.of();
    }
  }
}
