package dev.flotilla.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Signals and facts about one OS process, addressed only by its PID. */
final class OsProcess {
  private OsProcess() {}

  static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The command line from /proc, arguments joined by single spaces. */
  static Optional<String> commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      if (raw.length == 0) {
        return Optional.empty();
      }
      return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' ').trim());
    } catch (IOException e) {
      return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
    }
  }

  /** Resident set size in kB from /proc/<pid>/status (VmRSS). */
  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read /proc/" + pid + "/status", e);
    }
    throw new IllegalStateException("no VmRSS in /proc/" + pid + "/status");
  }

  static void kill9(long pid) {
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    awaitExit(pid, Duration.ofSeconds(5));
  }

  /** SIGTERM, then SIGKILL after the grace period; returns once the process is gone. */
  static void terminate(long pid, Duration grace) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return;
    }
    signal(pid, "CONT"); // a stopped process cannot act on SIGTERM
    handle.get().destroy();
    if (!awaitExit(pid, grace)) {
      handle.get().destroyForcibly();
      awaitExit(pid, Duration.ofSeconds(5));
    }
  }

  static void signal(long pid, String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid)).start();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new IllegalStateException("kill -" + name + " " + pid + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean awaitExit(long pid, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isAlive(pid)) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !isAlive(pid);
      }
    }
    return true;
  }
}
