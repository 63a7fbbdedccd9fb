package dev.flotilla.adviser.rules;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.metrics.Symptom;
import dev.flotilla.model.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns metric symptoms into findings. Skew outranks backpressure (a hot key is what backpressures
 * its upstream), and backpressure outranks slow checkpoints (aligned barriers queue behind it).
 * Priorities stay below exception patterns, so a real exception in the log wins.
 */
public final class MetricsHintRule implements Rule {
  private static final Optional<String> BACKPRESSURE_DOC =
      Optional.of(
          "https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/monitoring/back_pressure/");

  @Override
  public List<Finding> evaluate(AdviceInput in) {
    List<Finding> out = new ArrayList<>();
    List<String> quote =
        in.metricsHint().map(h -> List.of("metrics: " + h.strip())).orElse(List.of());
    if (in.hasSymptom(Symptom.KEY_SKEW)) {
      out.add(
          new Finding(
              "metrics-key-skew",
              Label.DATA_SKEW,
              Side.USER,
              Action.REBALANCE_KEYS_FOR_SKEW,
              0.75,
              45,
              "One subtask or key receives far more records than the others; more parallelism"
                  + " will not help until the key distribution is fixed (salting, pre-aggregation).",
              Optional.empty(),
              quote));
    }
    boolean bp = in.hasSymptom(Symptom.BACKPRESSURE_HIGH);
    boolean busy = in.hasSymptom(Symptom.OPERATOR_BUSY);
    boolean lag = in.hasSymptom(Symptom.LAG_GROWING);
    if (!bp && !busy && lag) {
      out.add(
          new Finding(
              "metrics-lag-growing",
              Label.BACKPRESSURE_OR_SLOW_OPERATOR,
              Side.USER,
              Action.SCALE_UP_PARALLELISM,
              0.6,
              40,
              "The source lag keeps growing: the job processes fewer records than arrive. Find"
                  + " the busiest (or backpressure-free but slow) vertex and scale it up.",
              BACKPRESSURE_DOC,
              quote));
    }
    if (in.hasSymptom(Symptom.HEAP_PRESSURE)) {
      out.add(
          new Finding(
              "metrics-heap-pressure",
              Label.OOM_HEAP,
              Side.USER,
              Action.INCREASE_HEAP,
              0.6,
              38,
              "The heap stays nearly full after garbage collection (or GC takes a large share of"
                  + " the time): the job is heading for an OutOfMemoryError. Give it more heap or"
                  + " keep less state on the heap.",
              Optional.of(
                  "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_trouble/"),
              quote));
    }
    if (bp || busy) {
      out.add(
          new Finding(
              "metrics-backpressure",
              Label.BACKPRESSURE_OR_SLOW_OPERATOR,
              Side.USER,
              Action.SCALE_UP_PARALLELISM,
              bp && busy ? 0.8 : 0.7,
              40,
              "An operator is saturated (busy near 100%) and backpressures its upstream; scale it"
                  + " up or make it cheaper per record.",
              BACKPRESSURE_DOC,
              quote));
    }
    if (in.hasSymptom(Symptom.CHECKPOINT_SLOW)) {
      out.add(
          new Finding(
              "metrics-checkpoint-slow",
              Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
              Side.USER,
              Action.TUNE_CHECKPOINTING,
              0.65,
              35,
              "Checkpoint duration grows towards the timeout; expect expired checkpoints.",
              Optional.empty(),
              quote));
    }
    return out;
  }
}
