package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.JobState;
import dev.flotilla.model.Side;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small helpers shared by the detectors. */
final class Diagnoses {
  private Diagnoses() {}

  static JobDiagnosis of(
      JobContext job,
      Label label,
      Side side,
      double confidence,
      List<Action> actions,
      List<String> evidence,
      String rule,
      String explanation,
      Moment moment,
      String signature) {
    return new JobDiagnosis(
        job.jobKey(),
        job.cluster(),
        job.now(),
        label,
        side,
        confidence,
        actions,
        evidence,
        List.of(rule),
        explanation,
        moment,
        signature,
        Optional.empty());
  }

  /**
   * True when the job's newest exception describes a current problem: the job is failing,
   * restarting or failed, or the exception is younger than the window (or undated).
   */
  static boolean exceptionIsCurrent(JobContext job, Duration window) {
    JobState s = job.latest().state();
    if (s == JobState.FAILED || s == JobState.FAILING || s == JobState.RESTARTING) {
      return true;
    }
    return job.exception()
        .flatMap(r -> r.newest().timestamp())
        .map(t -> !t.isBefore(job.now().minus(window)))
        .orElse(true);
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f %%", ratio * 100);
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String num2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String seconds(double ms) {
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 120) {
      return s + " s";
    }
    return (s / 60) + " min";
  }
}
