package dev.flotilla.faultjob;

import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Pass-through map; sleeps per record (slow; and rate-spike from the start, which gives the job a
 * fixed capacity of about 1000/sleep-ms records per second that the base rate fits and the spike
 * does not) or in snapshotState (checkpoint-timeout).
 */
final class SleeperFunction implements MapFunction<Long, Long>, CheckpointedFunction {
  private static final long serialVersionUID = 1L;

  private final FaultOptions options;
  private final long jobStartMs;

  SleeperFunction(FaultOptions options, long jobStartMs) {
    this.options = options;
    this.jobStartMs = jobStartMs;
  }

  @Override
  public Long map(Long value) throws Exception {
    if (options.active("slow", jobStartMs) || options.is("rate-spike")) {
      Thread.sleep(options.sleepMs);
    }
    return value;
  }

  @Override
  public void snapshotState(FunctionSnapshotContext context) throws Exception {
    if (options.active("checkpoint-timeout", jobStartMs)) {
      Thread.sleep(options.snapshotSleepMs);
    }
  }

  @Override
  public void initializeState(FunctionInitializationContext context) {
    // stateless pass-through; implementing CheckpointedFunction gives the snapshot hook.
  }
}
