package dev.flotilla.operator.process;

import dev.flotilla.operator.flink.FlinkEndpoint;
import dev.flotilla.operator.flink.RestFlinkActions;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Sleeper;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowView;
import dev.flotilla.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workflow process for crash tests and for running workflows outside the server:
 *
 * <pre>
 * OperatorProcessMain --store jdbc:sqlite:ops.db --clusters a=http://localhost:8081|/ckpts,...
 *     [--start request.json] [--resume-wait-ms N] [--lease-ms N] [--owner NAME]
 *     [--pause-after-intent-ms N] [--pause-after-action-ms N]
 * </pre>
 *
 * It starts the workflow in {@code request.json} (a {@link WorkflowRequest} as JSON), and/or
 * resumes abandoned ones (waiting up to {@code --resume-wait-ms} for a lease to expire), printing
 * {@code STEP <wf> <index> <name> INTENT|ACTED|DONE|FAILED} per step event and {@code WORKFLOW <wf>
 * <state>} at the end of each, so a test can {@code kill -9} it at an exact point. Exit code 0 when
 * every workflow it ran ended SUCCEEDED or ROLLED_BACK, 1 otherwise, 2 on bad usage.
 */
public final class OperatorProcessMain {
  private OperatorProcessMain() {}

  public static void main(String[] argv) {
    ProcessArgs args;
    try {
      args = ProcessArgs.parse(argv);
    } catch (IllegalArgumentException e) {
      System.err.println("usage error: " + e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(run(args));
  }

  static int run(ProcessArgs args) {
    List<FlinkEndpoint> endpoints = args.clusters();
    try (Store store = Store.open(args.store(), Optional.empty(), Optional.empty(), 2)) {
      StepListener printer =
          (wf, index, name, event) -> {
            System.out.println("STEP " + wf + " " + index + " " + name + " " + event);
            System.out.flush();
            if (event == StepListener.Event.INTENT) {
              pause(args.pauseAfterIntentMs());
            } else if (event == StepListener.Event.ACTED) {
              pause(args.pauseAfterActionMs());
            }
          };
      WorkflowEngine engine =
          new WorkflowEngine(
              store,
              new RestFlinkActions(endpoints, Duration.ofSeconds(10)),
              Clock.systemUTC(),
              Sleeper.real(),
              EngineOptions.defaults()
                  .withOwner(args.owner())
                  .withLease(Duration.ofMillis(args.leaseMs())),
              printer);
      List<String> ran = new ArrayList<>();
      if (args.start().isPresent()) {
        WorkflowRequest request = read(args.start().get());
        String id = engine.create(request).id();
        System.out.println("STARTED " + id);
        System.out.flush();
        engine.run(store.workflows().get(id).orElseThrow());
        ran.add(id);
      }
      long deadline = System.currentTimeMillis() + args.resumeWaitMs();
      while (args.resumeWaitMs() > 0) {
        List<String> resumed = engine.resumeAbandoned();
        ran.addAll(resumed);
        if (!resumed.isEmpty() || System.currentTimeMillis() > deadline) {
          break;
        }
        pause(200);
      }
      boolean ok = true;
      for (String id : ran) {
        WorkflowView view = engine.status(id).orElseThrow();
        System.out.println("WORKFLOW " + id + " " + view.state());
        ok &= view.state().equals("SUCCEEDED") || view.state().equals("ROLLED_BACK");
      }
      System.out.flush();
      return ok ? 0 : 1;
    }
  }

  private static WorkflowRequest read(Path file) {
    try {
      return Jsons.MAPPER.readValue(Files.readString(file), WorkflowRequest.class);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read workflow request " + file + ": " + e.getMessage(), e);
    }
  }

  private static void pause(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
