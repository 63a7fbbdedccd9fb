package dev.flotilla.adviser.chain;

import java.util.List;
import java.util.Set;

/** An outermost exception and its "Caused by:" links, outermost first, root cause last. */
public record ExceptionChain(List<ExceptionLink> links) {

  /** Wrappers whose own message rarely explains a failure; the link below them does. */
  private static final Set<String> WRAPPERS =
      Set.of(
          "org.apache.flink.runtime.JobException",
          "java.util.concurrent.CompletionException",
          "java.util.concurrent.ExecutionException",
          "org.apache.flink.runtime.client.JobExecutionException",
          "org.apache.flink.client.program.ProgramInvocationException",
          "org.apache.flink.runtime.client.JobInitializationException",
          "org.apache.flink.streaming.runtime.tasks.AsynchronousException",
          "org.apache.flink.util.FlinkException",
          "org.apache.flink.util.FlinkRuntimeException",
          "java.lang.reflect.InvocationTargetException");

  public ExceptionChain {
    if (links.isEmpty()) {
      throw new IllegalArgumentException("an exception chain needs at least one link");
    }
    links = List.copyOf(links);
  }

  public ExceptionLink outermost() {
    return links.get(0);
  }

  public ExceptionLink root() {
    return links.get(links.size() - 1);
  }

  /**
   * The most telling link: the deepest one that is not a bare wrapper ("Recovery is suppressed by
   * ..." wraps the real cause), falling back to the root.
   */
  public ExceptionLink mostTelling() {
    for (int i = links.size() - 1; i >= 0; i--) {
      ExceptionLink l = links.get(i);
      if (!WRAPPERS.contains(l.className()) || i == 0) {
        return l;
      }
    }
    return root();
  }

  /** True when a link's class is named {@code name}, suppressed links included. */
  public boolean contains(String name) {
    return links.stream()
        .anyMatch(l -> l.isA(name) || l.suppressed().stream().anyMatch(s -> s.isA(name)));
  }
}
