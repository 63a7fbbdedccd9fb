package dev.flotilla.adviser.live;

import dev.flotilla.adviser.Label;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Folds one job's raw detector output into its diagnoses: one diagnosis per (label, moment), the
 * first detector's signature and side kept, evidence/rules/actions merged, the highest confidence;
 * then, among RUNTIME diagnoses, a cause absorbs its symptoms: data skew absorbs backpressure (a
 * hot key back-pressures its upstream), skew or backpressure absorb failing checkpoints (barriers
 * stuck behind backed-up buffers), and so does a failure that makes the job restart (user
 * exception, connector, OOM, class conflict, serialization, lost TaskManager): checkpoints of a job
 * that keeps failing fail too. A checkpoint diagnosis from the exception text itself is never
 * absorbed. The absorbed diagnosis's evidence is kept on the cause.
 */
final class Precedence {
  private static final List<Label[]> ABSORBS =
      List.of(
          new Label[] {Label.DATA_SKEW, Label.BACKPRESSURE_OR_SLOW_OPERATOR},
          new Label[] {Label.DATA_SKEW, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.BACKPRESSURE_OR_SLOW_OPERATOR, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          // a job that keeps failing cannot complete checkpoints: the failure is the cause
          new Label[] {Label.USER_CODE_EXCEPTION, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.CONNECTOR_EXTERNAL_SYSTEM, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.OOM_HEAP, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.OOM_DIRECT_OR_NETWORK, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.OOM_METASPACE, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.CLASS_OR_DEPENDENCY_CONFLICT, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.SERIALIZATION, Label.CHECKPOINT_TIMEOUT_OR_FAILURE},
          new Label[] {Label.TASKMANAGER_LOST_OR_NETWORK, Label.CHECKPOINT_TIMEOUT_OR_FAILURE});

  /**
   * Detectors that read the job's and cluster's live state choose the remedy for their label: the
   * text of a lost-TaskManager exception says nothing about whether the cluster still has slots.
   */
  private static final Set<String> DECIDES_ACTIONS =
      Set.of(TaskManagerLostDetector.RULE, InsufficientResourcesDetector.RULE);

  private Precedence() {}

  private static JobDiagnosis merge(JobDiagnosis a, JobDiagnosis b) {
    JobDiagnosis m = a.mergedWith(b, Math.max(a.confidence(), b.confidence()));
    if (decides(a) && !decides(b)) {
      return m.withActions(a.actions());
    }
    if (decides(b) && !decides(a)) {
      return m.withActions(b.actions());
    }
    return m;
  }

  private static boolean decides(JobDiagnosis d) {
    return d.rules().stream().anyMatch(DECIDES_ACTIONS::contains);
  }

  static List<JobDiagnosis> apply(List<JobDiagnosis> raw) {
    Map<String, JobDiagnosis> merged = new LinkedHashMap<>();
    for (JobDiagnosis d : raw) {
      merged.merge(d.label() + "/" + d.moment(), d, Precedence::merge);
    }
    for (Label[] pair : ABSORBS) {
      String cause = pair[0] + "/" + Moment.RUNTIME;
      String symptom = pair[1] + "/" + Moment.RUNTIME;
      Optional<JobDiagnosis> c = Optional.ofNullable(merged.get(cause));
      JobDiagnosis s = merged.get(symptom);
      if (c.isPresent()
          && s != null
          && s.rules().stream().noneMatch(r -> r.equals(ExceptionDetector.RULE))) {
        List<String> ev = new ArrayList<>();
        s.evidence().forEach(e -> ev.add("explained by " + c.get().label() + ": " + e));
        JobDiagnosis folded =
            new JobDiagnosis(
                s.jobKey(),
                s.cluster(),
                s.at(),
                c.get().label(),
                c.get().side(),
                c.get().confidence(),
                c.get().actions(),
                ev,
                s.rules(),
                c.get().explanation(),
                Moment.RUNTIME,
                c.get().signature(),
                c.get().incidentId());
        merged.put(cause, c.get().mergedWith(folded, c.get().confidence()));
        merged.remove(symptom);
      }
    }
    return List.copyOf(merged.values());
  }
}
