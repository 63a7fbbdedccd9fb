package dev.flotilla.collector.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Discovers the recorded fixture directories {@code fixtures/<version>/<scenario>/} at test time.
 */
public final class FixtureDirs {
  public static final Path ROOT = Path.of("src/test/resources/fixtures");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureDirs() {}

  /** Every scenario directory (not {@code errors}) that has a {@code job.json}. */
  public static List<Path> scenarios() {
    if (!Files.isDirectory(ROOT)) {
      return List.of();
    }
    try (Stream<Path> versions = Files.list(ROOT)) {
      return versions
          .filter(Files::isDirectory)
          .flatMap(FixtureDirs::children)
          .filter(d -> !d.getFileName().toString().equals("errors"))
          .filter(d -> Files.isRegularFile(d.resolve("job.json")))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Stream<Named<Path>> named() {
    return scenarios().stream().map(p -> Named.of(version(p) + "/" + scenario(p), p));
  }

  public static String version(Path dir) {
    return dir.getParent().getFileName().toString();
  }

  public static String scenario(Path dir) {
    return dir.getFileName().toString();
  }

  /** The parsed file when it was recorded with HTTP 200 (per meta.json), else empty. */
  public static Optional<JsonNode> ok(Path dir, String file) {
    Path p = dir.resolve(file);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    JsonNode status = read(dir.resolve("meta.json")).path("urls").path(file).path("status");
    if (status.canConvertToInt() && status.asInt() != 200) {
      return Optional.empty();
    }
    return Optional.of(read(p));
  }

  public static JsonNode read(Path file) {
    try {
      return Files.isRegularFile(file) ? JSON.readTree(file.toFile()) : JSON.createObjectNode();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse fixture " + file, e);
    }
  }

  private static Stream<Path> children(Path dir) {
    try {
      return Files.list(dir).filter(Files::isDirectory).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
