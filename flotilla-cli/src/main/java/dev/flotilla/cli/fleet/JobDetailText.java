package dev.flotilla.cli.fleet;

import dev.flotilla.model.CheckpointSummary;
import dev.flotilla.model.ExceptionRecord;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.VertexObservation;
import java.time.Duration;
import java.util.OptionalLong;

/** Human-readable rendering of one job's live details. */
final class JobDetailText {
  private JobDetailText() {}

  static String render(JobObservation j) {
    StringBuilder b = new StringBuilder();
    line(b, "job", j.name() + "  (" + j.jobId() + ")");
    line(b, "cluster", j.cluster());
    line(b, "state", j.state() + j.unknownReason().map(r -> " — " + r).orElse(""));
    line(
        b,
        "parallelism",
        j.parallelism().isPresent() ? "" + j.parallelism().getAsInt() : "not observed");
    line(b, "restarts", text(j.metrics().numRestarts()));
    CheckpointSummary c = j.checkpoints();
    line(
        b,
        "checkpoints",
        "completed "
            + text(c.completed())
            + ", failed "
            + text(c.failed())
            + c.latestCompletedAt()
                .map(
                    at ->
                        ", latest "
                            + JobsCommand.human(Duration.between(at, j.observedAt()))
                            + " ago")
                .orElse(", none completed yet"));
    c.latestFailureMessage().ifPresent(m -> line(b, "last ckpt failure", m));
    for (VertexObservation v : j.vertices()) {
      line(
          b,
          "vertex",
          v.name()
              + "  p="
              + v.parallelism()
              + "  "
              + v.status()
              + v.backpressureLevel().map(l -> "  backpressure " + l).orElse("")
              + (v.maxBusyRatio().isPresent()
                  ? String.format("  busy %.0f%%", v.maxBusyRatio().getAsDouble() * 100)
                  : "")
              + (v.recordsInSkew().isPresent()
                  ? String.format("  skew %.0f", v.recordsInSkew().getAsDouble())
                  : ""));
    }
    line(
        b,
        "last exception",
        j.exceptions().stream().findFirst().map(ExceptionRecord::firstLine).orElse("none"));
    return b.append('\n').toString();
  }

  private static String text(OptionalLong v) {
    return v.isPresent() ? String.valueOf(v.getAsLong()) : "not observed";
  }

  private static void line(StringBuilder b, String key, String value) {
    b.append(String.format("%-18s %s%n", key + ":", value));
  }
}
