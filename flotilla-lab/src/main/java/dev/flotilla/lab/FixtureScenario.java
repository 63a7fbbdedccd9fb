package dev.flotilla.lab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One recorded fault scenario: the job to run and the REST condition that must hold before its JSON
 * is recorded (so each fixture shows the fault's signature, not a job still starting).
 */
enum FixtureScenario {
  HEALTHY("healthy", FaultJobArgs.healthy("healthy").withRate(500)) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      JsonNode cp = jobs.get(c, "jobs/" + jobId + "/checkpoints");
      return allRunning(jobs.get(c, "jobs/" + jobId))
          && cp.path("counts").path("completed").asInt() >= 2
          && jobs.vertexMetric(c, jobId, 1, "numRecordsIn", "sum").orElse(0) > 0;
    }
  },
  EXCEPTION_LOOP(
      "exception-loop",
      FaultJobArgs.of("exception-loop", "exception-loop")
          .withEvery(1500)
          .withConf("restart-strategy.fixed-delay.attempts", "1000")
          .withConf("restart-strategy.fixed-delay.delay", "4s")) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      return "RESTARTING".equals(jobs.jobState(c, jobId))
          && exceptionCount(jobs, c, jobId) >= 2
          && jobs.metric(c, jobId, "numRestarts").orElse(0) >= 2;
    }
  },
  FAILED(
      "failed",
      FaultJobArgs.of("exception-loop", "failed")
          .withEvery(1500)
          .withConf("restart-strategy.fixed-delay.attempts", "2")) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      return "FAILED".equals(jobs.jobState(c, jobId))
          && text(jobs, c, "jobs/" + jobId + "/exceptions").contains("Recovery is suppressed");
    }
  },
  HEAP_OOM("heap-oom", FaultJobArgs.of("heap-oom", "heap-oom").withFaultAfterSeconds(4)) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      return text(jobs, c, "jobs/" + jobId + "/exceptions").contains("java.lang.OutOfMemoryError");
    }
  },
  SLOW("slow", FaultJobArgs.of("slow", "slow").withRate(4000)) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      String source = jobs.vertexIds(c, jobId).get(0);
      return "high"
              .equals(
                  jobs.get(c, "jobs/" + jobId + "/vertices/" + source + "/backpressure")
                      .path("backpressureLevel")
                      .asText())
          && jobs.vertexMetric(c, jobId, 1, "busyTimeMsPerSecond", "max").orElse(0) > 500;
    }
  },
  SKEW("skew", FaultJobArgs.of("skew", "skew").withRate(2000).withKeys(8)) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      double min = jobs.vertexMetric(c, jobId, 1, "numRecordsIn", "min").orElse(0);
      double max = jobs.vertexMetric(c, jobId, 1, "numRecordsIn", "max").orElse(0);
      return max > 5000 && max > 4 * min;
    }
  },
  CHECKPOINT_TIMEOUT(
      "checkpoint-timeout",
      FaultJobArgs.of("checkpoint-timeout", "checkpoint-timeout")
          .withRate(200)
          .withConf("execution.checkpointing.tolerable-failed-checkpoints", "100")) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      return text(jobs, c, "jobs/" + jobId + "/checkpoints")
              .contains("Checkpoint expired before completing.")
          && jobs.metric(c, jobId, "numberOfFailedCheckpoints").orElse(0) >= 2;
    }
  },
  MISSING_CLASS("missing-class", FaultJobArgs.of("missing-class", "missing-class").withRate(50)) {
    @Override
    boolean ready(LabJobs jobs, LabCluster c, String jobId) {
      return exceptionCount(jobs, c, jobId) >= 2
          && text(jobs, c, "jobs/" + jobId + "/exceptions").contains("ClassNotFoundException");
    }
  };

  final String dirName;
  final FaultJobArgs args;

  FixtureScenario(String dirName, FaultJobArgs args) {
    this.dirName = dirName;
    this.args = args;
  }

  abstract boolean ready(LabJobs jobs, LabCluster cluster, String jobId);

  static FixtureScenario byName(String name) {
    for (FixtureScenario s : values()) {
      if (s.dirName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown scenario '"
            + name
            + "'; known: "
            + List.of(values()).stream().map(s -> s.dirName).toList());
  }

  private static boolean allRunning(JsonNode job) {
    boolean all = "RUNNING".equals(job.path("state").asText());
    for (JsonNode v : job.path("vertices")) {
      all &= "RUNNING".equals(v.path("status").asText());
    }
    return all;
  }

  private static String text(LabJobs jobs, LabCluster c, String path) {
    return jobs.getRaw(c, path).body();
  }

  private static int exceptionCount(LabJobs jobs, LabCluster c, String jobId) {
    return jobs.get(c, "jobs/" + jobId + "/exceptions")
        .path("exceptionHistory")
        .path("entries")
        .size();
  }
}
