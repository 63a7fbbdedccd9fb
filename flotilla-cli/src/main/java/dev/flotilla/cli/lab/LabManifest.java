package dev.flotilla.cli.lab;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.flotilla.cli.support.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What {@code lab up} started, written to {@code <root>/lab.json} for status and down. */
record LabManifest(List<Entry> clusters) {
  static final String FILE = "lab.json";

  /** One cluster of the lab. */
  record Entry(
      String name,
      String flinkVersion,
      String zone,
      String restUrl,
      long jobManagerPid,
      List<Long> taskManagerPids) {}

  void write(Path root) throws IOException {
    Files.createDirectories(root);
    Files.writeString(root.resolve(FILE), Json.write(this));
  }

  static List<Entry> read(Path root) throws IOException {
    Path file = root.resolve(FILE);
    if (!Files.exists(file)) {
      return List.of();
    }
    return Json.mapper().readValue(file.toFile(), new TypeReference<LabManifest>() {}).clusters();
  }
}
