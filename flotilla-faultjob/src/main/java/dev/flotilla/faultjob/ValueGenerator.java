package dev.flotilla.faultjob;

import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Produces the record values. Handles two source-side faults: {@code skew} (a fraction of values
 * maps to key 0) and {@code rate-spike} (paced at the base rate until the fault starts; the outer
 * rate limiter allows rate x spike-factor).
 */
final class ValueGenerator implements GeneratorFunction<Long, Long> {
  private static final long serialVersionUID = 1L;

  private final FaultOptions options;
  private final long jobStartMs;
  private transient long nextEmitNanos;
  private transient int parallelism;

  ValueGenerator(FaultOptions options, long jobStartMs) {
    this.options = options;
    this.jobStartMs = jobStartMs;
  }

  @Override
  public void open(SourceReaderContext readerContext) {
    parallelism = Math.max(1, readerContext.currentParallelism());
  }

  @Override
  public Long map(Long index) throws Exception {
    if (options.is("rate-spike") && !options.active("rate-spike", jobStartMs)) {
      pace();
    }
    if (options.active("skew", jobStartMs)) {
      long bucket = Math.floorMod(index * 7919L, 1000L);
      if (bucket < options.skewFraction * 1000) {
        return index - Math.floorMod(index, (long) options.keys);
      }
    }
    return index;
  }

  /** Keeps this reader at rate / parallelism records per second (the base rate). */
  private void pace() throws InterruptedException {
    long now = System.nanoTime();
    if (nextEmitNanos == 0) {
      nextEmitNanos = now;
    }
    nextEmitNanos += (long) (1_000_000_000L * parallelism / options.rate);
    long aheadMs = (nextEmitNanos - now) / 1_000_000L;
    if (aheadMs >= 5) {
      Thread.sleep(aheadMs);
    }
  }
}
