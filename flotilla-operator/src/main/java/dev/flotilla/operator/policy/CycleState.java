package dev.flotilla.operator.policy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one cycle has seen and decided so far: the input plus the jobs and action slots taken by
 * this cycle's own decisions (so two diagnoses of one job, or a burst of jobs, respect the limits).
 */
public final class CycleState {
  private final PolicyInput input;
  private final Set<String> heldJobs = new HashSet<>();
  private final Map<String, Integer> runningPerCluster = new HashMap<>();
  private int running;

  public CycleState(PolicyInput input) {
    this.input = input;
    for (ActiveWorkflow w : input.active()) {
      heldJobs.add(w.jobKey());
      if (w.running()) {
        take(w.cluster());
      }
    }
  }

  public PolicyInput input() {
    return input;
  }

  public boolean held(String jobKey) {
    return heldJobs.contains(jobKey);
  }

  public int running() {
    return running;
  }

  public int running(String cluster) {
    return runningPerCluster.getOrDefault(cluster, 0);
  }

  /** Records a decision that holds the job; {@code runs} when it also takes an action slot. */
  public void hold(String jobKey, String cluster, boolean runs) {
    heldJobs.add(jobKey);
    if (runs) {
      take(cluster);
    }
  }

  private void take(String cluster) {
    running++;
    runningPerCluster.merge(cluster, 1, Integer::sum);
  }
}
