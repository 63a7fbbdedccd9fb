package dev.flotilla.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.lab.PidRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs in the last module of the build: every Flink process any module's tests started (recorded by
 * PID in {@code <module>/target/lab-pids.txt}) must be gone. A PID counts as leftover only if it is
 * alive and its command line still is a lab process, so a reused PID is not blamed.
 */
class NoLeftoverLabProcessesTest {
  @Test
  void suite_leavesNoFlinkProcessRunning() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> leftovers = new ArrayList<>();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module : modules.filter(Files::isDirectory).toList()) {
        Path registry = module.resolve("target").resolve("lab-pids.txt");
        for (long pid : PidRegistry.aliveFromSuiteFile(registry)) {
          leftovers.add(module.getFileName() + ": pid " + pid);
        }
      }
    }
    assertThat(leftovers).as("Flink processes started by tests and still running").isEmpty();
  }
}
