package dev.flotilla.operator.lab;

import dev.flotilla.operator.process.OperatorProcessMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@link OperatorProcessMain} as a separate JVM whose output lines a test can watch and kill on.
 */
final class OperatorProcess {
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private OperatorProcess(Process process, Predicate<String> killOn) {
    this.process = process;
    this.reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                  System.out.println("[operator " + process.pid() + "] " + line);
                  if (killOn.test(line)) {
                    process.destroyForcibly(); // SIGKILL of this PID: kill -9
                  }
                }
              } catch (IOException e) {
                // the process died
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  static OperatorProcess launch(Path log, Predicate<String> killOn, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(OperatorProcessMain.class.getName());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
      return new OperatorProcess(p, killOn);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start operator process: " + e.getMessage(), e);
    }
  }

  /** Waits for the process to end; returns its exit code (137 after kill -9). */
  int await(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "operator process did not end within " + seconds + " s: " + lines);
    }
    reader.join(2000);
    return process.exitValue();
  }

  List<String> lines() {
    return List.copyOf(lines);
  }
}
