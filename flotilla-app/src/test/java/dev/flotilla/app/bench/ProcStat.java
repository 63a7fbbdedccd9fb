package dev.flotilla.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of another process from {@code /proc/<pid>/stat} (Linux). */
final class ProcStat {
  private static final long TICKS_PER_SECOND = 100;

  private ProcStat() {}

  /** utime + stime of {@code pid}, in milliseconds. */
  static long cpuMillis(long pid) {
    String stat;
    try {
      stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read /proc/" + pid + "/stat", e);
    }
    // fields after the command name, which is in parentheses and may contain spaces
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return ticks * 1000 / TICKS_PER_SECOND;
  }
}
