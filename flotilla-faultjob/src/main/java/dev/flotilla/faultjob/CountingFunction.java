package dev.flotilla.faultjob;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Counts records per key in keyed state and exposes the largest count as the gauge {@code
 * maxKeyCount}. Hosts the faults exception-loop, heap-oom and missing-class.
 */
final class CountingFunction extends KeyedProcessFunction<Long, Long, Long> {
  private static final long serialVersionUID = 1L;
  static final String MISSING_CLASS = "dev.flotilla.faultjob.missing.NotOnTheClasspath";

  private final FaultOptions options;
  private final long jobStartMs;
  private transient ValueState<Long> count;
  private transient long maxKeyCount;
  private transient long seen;
  private transient int subtask;
  private transient List<byte[]> hog;

  CountingFunction(FaultOptions options, long jobStartMs) {
    this.options = options;
    this.jobStartMs = jobStartMs;
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    count = getRuntimeContext().getState(new ValueStateDescriptor<>("count", Long.class));
    subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
    hog = new ArrayList<>();
    getRuntimeContext().getMetricGroup().gauge("maxKeyCount", (Gauge<Long>) () -> maxKeyCount);
    if (options.faultAfterMs == 0 && options.is("missing-class")) {
      Class.forName(MISSING_CLASS);
    }
  }

  @Override
  public void processElement(Long value, Context ctx, Collector<Long> out) throws Exception {
    long current = count.value() == null ? 1 : count.value() + 1;
    count.update(current);
    maxKeyCount = Math.max(maxKeyCount, current);
    seen++;
    if (options.active("exception-loop", jobStartMs) && seen % options.every == 0) {
      throw new RuntimeException("Injected failure: record " + seen + " on subtask " + subtask);
    }
    if (options.active("heap-oom", jobStartMs)
        && (options.hogMb == 0 || hog.size() * 8L < options.hogMb)) {
      hog.add(new byte[8 * 1024 * 1024]);
    }
    if (options.active("missing-class", jobStartMs)) {
      Class.forName(MISSING_CLASS);
    }
    out.collect(value);
  }
}
