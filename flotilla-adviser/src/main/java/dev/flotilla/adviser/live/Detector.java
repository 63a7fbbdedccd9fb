package dev.flotilla.adviser.live;

import java.util.List;

/**
 * One rule over one job's live observations: observations in, diagnoses (each with evidence lines
 * quoting the observed values) out. Pure; an empty list when the rule does not apply.
 */
@FunctionalInterface
public interface Detector {
  List<JobDiagnosis> detect(JobContext job);
}
