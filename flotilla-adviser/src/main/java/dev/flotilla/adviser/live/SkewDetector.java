package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.VertexObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * Data skew: a vertex with an upstream (so its input is partitioned, typically keyed) and
 * parallelism above one whose records-in skew is at least {@code skewMin}, once it has received
 * {@code skewMinRecords} records. The most skewed such vertex is reported.
 */
public final class SkewDetector implements Detector {
  static final String RULE = "live.skew";
  private final RuntimeThresholds t;

  public SkewDetector(RuntimeThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    if (job.latest().state() != JobState.RUNNING) {
      return List.of();
    }
    List<VertexObservation> vs = job.latest().vertices();
    VertexObservation worst = null;
    for (VertexObservation v : vs.subList(Math.min(1, vs.size()), vs.size())) {
      if (v.parallelism() > 1
          && v.recordsInSkew().orElse(0) >= t.skewMin()
          && v.recordsIn().orElse(Long.MAX_VALUE) >= t.skewMinRecords()
          && (worst == null
              || v.recordsInSkew().getAsDouble() > worst.recordsInSkew().getAsDouble())) {
        worst = v;
      }
    }
    if (worst == null) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    evidence.add(
        "vertex '"
            + worst.name()
            + "' records-in skew "
            + Diagnoses.num(worst.recordsInSkew().getAsDouble())
            + " (of 100) over "
            + worst.parallelism()
            + " subtasks"
            + worst.recordsIn().stream()
                .mapToObj(n -> ", " + n + " records in")
                .findFirst()
                .orElse(""));
    worst
        .maxBusyRatio()
        .ifPresent(b -> evidence.add("its busiest subtask is busy " + Diagnoses.percent(b)));
    return List.of(
        Diagnoses.of(
            job,
            Label.DATA_SKEW,
            Side.USER,
            0.75,
            List.of(Action.REBALANCE_KEYS_FOR_SKEW),
            evidence,
            RULE,
            "A few keys get most records: one subtask does most of the work of '"
                + worst.name()
                + "'. Spread hot keys (salting, two-phase aggregation) rather than adding parallelism.",
            Moment.RUNTIME,
            FailureSignature.of(Label.DATA_SKEW, "skew " + worst.name())));
  }
}
