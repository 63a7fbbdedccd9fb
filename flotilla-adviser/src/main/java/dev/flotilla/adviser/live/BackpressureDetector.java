package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.fleet.FailureSignature;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import dev.flotilla.model.VertexObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backpressure on a RUNNING job: a vertex at Flink's level "high" or back-pressured at least {@code
 * backpressureRatio} of the time. The bottleneck is the first vertex downstream of it (vertices
 * come in Flink's topological order) that is not back-pressured itself and busy at least {@code
 * bottleneckBusyRatio}. Without such a vertex the confidence is lower (the slowness may be outside
 * the job).
 */
public final class BackpressureDetector implements Detector {
  static final String RULE = "live.backpressure";
  private final RuntimeThresholds t;

  public BackpressureDetector(RuntimeThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    if (job.latest().state() != JobState.RUNNING) {
      return List.of();
    }
    List<VertexObservation> vs = job.latest().vertices();
    for (int i = 0; i < vs.size(); i++) {
      if (!backpressured(vs.get(i))) {
        continue;
      }
      VertexObservation up = vs.get(i);
      Optional<VertexObservation> bottleneck = Optional.empty();
      for (int j = i + 1; j < vs.size() && bottleneck.isEmpty(); j++) {
        VertexObservation v = vs.get(j);
        if (!backpressured(v) && v.maxBusyRatio().orElse(0) >= t.bottleneckBusyRatio()) {
          bottleneck = Optional.of(v);
        }
      }
      List<String> evidence = new ArrayList<>();
      evidence.add(
          "vertex '"
              + up.name()
              + "' back-pressured: level "
              + up.backpressureLevel().orElse("n/a")
              + ", max back-pressured ratio "
              + up.maxBackpressureRatio().stream()
                  .mapToObj(Diagnoses::num2)
                  .findFirst()
                  .orElse("n/a"));
      String signature;
      double confidence;
      if (bottleneck.isPresent()) {
        VertexObservation b = bottleneck.get();
        evidence.add(
            "bottleneck '"
                + b.name()
                + "' busy "
                + Diagnoses.percent(b.maxBusyRatio().getAsDouble())
                + " (max subtask busy ratio "
                + Diagnoses.num2(b.maxBusyRatio().getAsDouble())
                + "), parallelism "
                + b.parallelism());
        signature =
            FailureSignature.of(Label.BACKPRESSURE_OR_SLOW_OPERATOR, "bottleneck " + b.name());
        confidence = 0.8;
      } else {
        evidence.add("no downstream vertex busy ≥ " + Diagnoses.percent(t.bottleneckBusyRatio()));
        signature =
            FailureSignature.of(Label.BACKPRESSURE_OR_SLOW_OPERATOR, "backpressure " + up.name());
        confidence = 0.55;
      }
      return List.of(
          Diagnoses.of(
              job,
              Label.BACKPRESSURE_OR_SLOW_OPERATOR,
              Side.USER,
              confidence,
              List.of(Action.SCALE_UP_PARALLELISM),
              evidence,
              RULE,
              bottleneck.isPresent()
                  ? "'"
                      + bottleneck.get().name()
                      + "' cannot keep up and back-pressures its upstream;"
                      + " give it more parallelism or make it cheaper."
                  : "An upstream vertex is back-pressured but no downstream vertex is saturated.",
              Moment.RUNTIME,
              signature));
    }
    return List.of();
  }

  boolean backpressured(VertexObservation v) {
    return v.backpressureLevel().filter("high"::equalsIgnoreCase).isPresent()
        || v.maxBackpressureRatio().orElse(0) >= t.backpressureRatio();
  }
}
