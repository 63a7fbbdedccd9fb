package dev.flotilla.operator.policy;

import java.util.Objects;

/** A remedy the policy considers for a diagnosis of a job. */
public record Candidate(DiagnosisInput diagnosis, JobContext job, Remedy remedy) {
  public Candidate {
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(remedy, "remedy");
  }
}
