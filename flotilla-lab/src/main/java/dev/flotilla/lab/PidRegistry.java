package dev.flotilla.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * PID files ({@code <dir>/<pid>.pid}, holding the command line) for every process a lab started,
 * plus an optional suite-wide append-only list of PIDs. A stale PID is killed only when it is alive
 * and its command line still equals the recorded one.
 */
public final class PidRegistry {
  private final Path dir;
  private final Optional<Path> suiteFile;

  public PidRegistry(Path dir, Optional<Path> suiteFile) {
    this.dir = dir;
    this.suiteFile = suiteFile;
  }

  public synchronized void record(long pid) {
    String cmd =
        OsProcess.commandLine(pid)
            .orElseThrow(() -> new IllegalStateException("process " + pid + " has no cmdline"));
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(pid + ".pid"), cmd, StandardCharsets.UTF_8);
      if (suiteFile.isPresent()) {
        Files.createDirectories(suiteFile.get().toAbsolutePath().getParent());
        Files.writeString(
            suiteFile.get(),
            pid + "\t" + dir.toAbsolutePath() + "\n",
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot record PID " + pid + " under " + dir, e);
    }
  }

  public synchronized void forget(long pid) {
    try {
      Files.deleteIfExists(dir.resolve(pid + ".pid"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot delete PID file of " + pid, e);
    }
  }

  /** PIDs with a PID file. */
  public synchronized List<Long> recorded() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.matches("\\d+\\.pid"))
          .map(n -> Long.parseLong(n.substring(0, n.length() - 4)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + dir, e);
    }
  }

  /** Kills recorded processes that are alive with an unchanged command line; deletes all files. */
  public synchronized List<Long> sweep(Consumer<String> progress) {
    List<Long> killed = new ArrayList<>();
    for (long pid : recorded()) {
      Path file = dir.resolve(pid + ".pid");
      try {
        String recordedCmd = Files.readString(file, StandardCharsets.UTF_8);
        Optional<String> now = OsProcess.commandLine(pid);
        if (OsProcess.isAlive(pid) && now.isPresent() && now.get().equals(recordedCmd)) {
          progress.accept("stopping stale lab process " + pid + " from an earlier run");
          OsProcess.terminate(pid, Duration.ofSeconds(5));
          killed.add(pid);
        }
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new IllegalStateException("cannot sweep PID file " + file, e);
      }
    }
    return killed;
  }

  /** PIDs listed in a suite file that are still alive (with the same command as a lab process). */
  public static List<Long> aliveFromSuiteFile(Path suiteFile) {
    if (!Files.isRegularFile(suiteFile)) {
      return List.of();
    }
    try {
      return Files.readAllLines(suiteFile).stream()
          .filter(l -> !l.isBlank())
          .map(l -> Long.parseLong(l.split("\t")[0].trim()))
          .filter(OsProcess::isAlive)
          .filter(
              pid -> OsProcess.commandLine(pid).map(c -> c.contains("flotilla.lab")).orElse(false))
          .distinct()
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + suiteFile, e);
    }
  }
}
