package dev.flotilla.collector.bench;

import java.lang.management.ManagementFactory;
import java.util.function.Predicate;

/** CPU time and allocated bytes of the live threads whose names match, between two samples. */
final class ThreadCost {
  private static final com.sun.management.ThreadMXBean MX =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  record Sample(long cpuNanos, long allocatedBytes, int threads) {
    Sample minus(Sample before) {
      return new Sample(
          cpuNanos - before.cpuNanos, allocatedBytes - before.allocatedBytes, threads);
    }
  }

  private final Predicate<String> threadName;

  ThreadCost(Predicate<String> threadName) {
    this.threadName = threadName;
    MX.setThreadAllocatedMemoryEnabled(true);
    MX.setThreadCpuTimeEnabled(true);
  }

  /** Totals over the matching live threads (threads that died are lost: use fixed pools). */
  Sample sample() {
    long cpu = 0;
    long bytes = 0;
    int n = 0;
    for (var info : MX.getThreadInfo(MX.getAllThreadIds())) {
      if (info == null || !threadName.test(info.getThreadName())) {
        continue;
      }
      long id = info.getThreadId();
      long c = MX.getThreadCpuTime(id);
      long b = MX.getThreadAllocatedBytes(id);
      if (c < 0 || b < 0) {
        continue;
      }
      cpu += c;
      bytes += b;
      n++;
    }
    return new Sample(cpu, bytes, n);
  }

  static long currentThreadCpu() {
    return MX.getCurrentThreadCpuTime();
  }

  static long currentThreadAllocated() {
    return MX.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
