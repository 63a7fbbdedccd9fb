package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidRegistryTest {
  @TempDir Path dir;
  private final List<Process> started = new ArrayList<>();

  private long sleeper() throws IOException {
    Process p = new ProcessBuilder("sleep", "300").start();
    started.add(p);
    return p.pid();
  }

  @AfterEach
  void killSleepers() {
    started.forEach(Process::destroyForcibly);
  }

  @Test
  void sweep_killsRecordedProcessWithSameCommandLine() throws IOException {
    PidRegistry registry =
        new PidRegistry(dir.resolve("pids"), Optional.of(dir.resolve("suite.txt")));
    long pid = sleeper();
    registry.record(pid);

    List<Long> killed = registry.sweep(line -> {});

    assertThat(killed).containsExactly(pid);
    assertThat(OsProcess.awaitExit(pid, Duration.ofSeconds(5))).isTrue();
    assertThat(registry.recorded()).isEmpty();
    assertThat(Files.readString(dir.resolve("suite.txt"))).startsWith(pid + "\t");
  }

  @Test
  void sweep_sparesProcessWhoseCommandLineChanged() throws IOException {
    PidRegistry registry = new PidRegistry(dir.resolve("pids"), Optional.empty());
    long pid = sleeper();
    Files.createDirectories(dir.resolve("pids"));
    Files.writeString(dir.resolve("pids").resolve(pid + ".pid"), "java -Dsomething-else");

    List<Long> killed = registry.sweep(line -> {});

    assertThat(killed).isEmpty();
    assertThat(OsProcess.isAlive(pid)).isTrue();
    assertThat(registry.recorded()).isEmpty();
  }

  @Test
  void sweep_ignoresDeadPid() throws Exception {
    PidRegistry registry = new PidRegistry(dir.resolve("pids"), Optional.empty());
    long pid = sleeper();
    registry.record(pid);
    started.get(0).destroyForcibly().waitFor();

    assertThat(registry.sweep(line -> {})).isEmpty();
    assertThat(registry.recorded()).isEmpty();
  }

  @Test
  void forget_removesPidFile() throws IOException {
    PidRegistry registry = new PidRegistry(dir.resolve("pids"), Optional.empty());
    long pid = sleeper();
    registry.record(pid);
    assertThat(registry.recorded()).containsExactly(pid);

    registry.forget(pid);

    assertThat(registry.recorded()).isEmpty();
  }

  @Test
  void aliveFromSuiteFile_listsOnlyLabProcesses() throws IOException {
    long pid = sleeper();
    Files.writeString(dir.resolve("suite.txt"), pid + "\tx\n");
    // "sleep 300" has no flotilla.lab marker, so it is not counted as a lab leftover
    assertThat(PidRegistry.aliveFromSuiteFile(dir.resolve("suite.txt"))).isEmpty();
    assertThat(PidRegistry.aliveFromSuiteFile(dir.resolve("missing.txt"))).isEmpty();
  }
}
