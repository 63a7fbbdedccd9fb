package dev.flotilla.adviser.live;

import java.util.List;

/**
 * The newest exception-history entries (and those concurrent with them) read by the text adviser:
 * its label, side, actions and quoted evidence, when the exception is current.
 */
public final class ExceptionDetector implements Detector {
  static final String RULE = "live.exception";
  private final RuntimeThresholds t;

  public ExceptionDetector(RuntimeThresholds thresholds) {
    this.t = thresholds;
  }

  @Override
  public List<JobDiagnosis> detect(JobContext job) {
    if (job.exception().isEmpty() || !Diagnoses.exceptionIsCurrent(job, t.exceptionWindow())) {
      return List.of();
    }
    ExceptionReading r = job.exception().get();
    String state = "job state " + job.latest().state();
    return List.of(
        JobDiagnosis.fromAdvice(
            job.jobKey(),
            job.cluster(),
            job.now(),
            r.advice(),
            Moment.RUNTIME,
            r.signature(),
            List.of(r.quote(), state),
            RULE));
  }
}
