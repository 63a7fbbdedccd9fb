package dev.flotilla.operator.bench;

import dev.flotilla.operator.flink.FlinkActions;
import dev.flotilla.operator.flink.FlinkJob;
import java.util.List;

/**
 * Polls a cluster every {@code everyMs} in its own thread and adds up the time during which no copy
 * of the job (by name) has all its tasks RUNNING.
 */
final class DowntimeProbe implements AutoCloseable {
  private final Thread thread;
  private volatile boolean stop;
  private volatile long downMs;

  DowntimeProbe(FlinkActions flink, String cluster, String name, long everyMs) {
    thread =
        new Thread(
            () -> {
              long last = System.nanoTime();
              while (!stop) {
                boolean up;
                try {
                  List<FlinkJob> copies = flink.findRunningJobsByName(cluster, name);
                  up = copies.stream().anyMatch(j -> flink.tasksRunning(cluster, j.jobId()));
                } catch (RuntimeException e) {
                  up = false;
                }
                long now = System.nanoTime();
                if (!up) {
                  downMs += (now - last) / 1_000_000;
                }
                last = now;
                try {
                  Thread.sleep(everyMs);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  long downMs() {
    return downMs;
  }

  @Override
  public void close() throws InterruptedException {
    stop = true;
    thread.join(5000);
  }
}
