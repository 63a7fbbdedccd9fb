package dev.flotilla.model;

/** The state a job is given for one minute by the SLA engine. */
public enum SliState {
  RUNNING_NORMAL,
  RUNNING_ABNORMAL,
  SCHEDULING,
  NOT_RUNNING,
  /** Not observed: never counted as healthy, never counted as a breach. */
  UNKNOWN,
  /** Intentionally stopped (user cancel, approved maintenance): excluded from the SLA. */
  EXCLUDED;

  /** True when the minute counts against the SLA. */
  public boolean isBreach() {
    return this == RUNNING_ABNORMAL || this == SCHEDULING || this == NOT_RUNNING;
  }
}
