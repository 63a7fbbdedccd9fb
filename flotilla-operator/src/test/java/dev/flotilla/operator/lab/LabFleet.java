package dev.flotilla.operator.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.lab.FaultJobArgs;
import dev.flotilla.lab.FaultJobJar;
import dev.flotilla.lab.FlinkLabExtension;
import dev.flotilla.lab.LabCluster;
import dev.flotilla.lab.LabJobs;
import dev.flotilla.lab.LabRestException;
import dev.flotilla.operator.flink.FlinkEndpoint;
import dev.flotilla.operator.workflow.Deployment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Helpers over lab clusters for operator tests: endpoints, active copies, the keyed counter. */
final class LabFleet {
  private static final Set<String> TERMINAL = Set.of("FINISHED", "CANCELED", "FAILED");
  private final FlinkLabExtension lab;

  LabFleet(FlinkLabExtension lab) {
    this.lab = lab;
  }

  LabJobs jobs() {
    return lab.jobs();
  }

  static FlinkEndpoint endpoint(LabCluster c) {
    return new FlinkEndpoint(c.name(), c.restUrl(), Optional.of(c.checkpointDir()));
  }

  /** {@code name=url|checkpointDir} for the operator process. */
  static String spec(LabCluster c) {
    return c.name() + "=" + c.restUrl() + "|" + c.checkpointDir();
  }

  static Deployment deployment(String name, int parallelism) {
    return new Deployment(
        FaultJobJar.locate().toString(),
        FaultJobJar.ENTRY_CLASS,
        FaultJobArgs.healthy(name).withRate(200).withKeys(4).toList(),
        parallelism,
        Map.of());
  }

  /** Non-terminal copies of the job on the given clusters, as cluster/jobId. */
  List<String> activeCopies(String name, LabCluster... clusters) {
    List<String> out = new ArrayList<>();
    for (LabCluster c : clusters) {
      try {
        for (JsonNode j : jobs().get(c, "jobs/overview").path("jobs")) {
          if (name.equals(j.path("name").asText())
              && !TERMINAL.contains(j.path("state").asText())) {
            out.add(c.name() + "/" + j.path("jid").asText());
          }
        }
      } catch (LabRestException unreachable) {
        // a dead cluster runs nothing
      }
    }
    return out;
  }

  String start(LabCluster c, String name, int parallelism) {
    String jarId = jobs().uploadJar(c, FaultJobJar.locate());
    String id =
        jobs()
            .run(
                c,
                jarId,
                FaultJobArgs.healthy(name).withRate(200).withKeys(4),
                parallelism,
                Optional.empty());
    jobs().waitForAllRunning(c, id, Duration.ofSeconds(60));
    return id;
  }

  /** The keyed counter gauge (max over keys), 0 when not reported yet. */
  double maxKeyCount(LabCluster c, String jobId) {
    try {
      return jobs().vertexMetric(c, jobId, 1, "counter.maxKeyCount", "max").orElse(0);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** Polls the counter until it reaches {@code atLeast}; returns the last value seen. */
  double awaitCount(LabCluster c, String jobId, double atLeast, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    double v = 0;
    while (System.nanoTime() < deadline) {
      v = maxKeyCount(c, jobId);
      if (v >= atLeast) {
        return v;
      }
      sleep(250);
    }
    return v;
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
