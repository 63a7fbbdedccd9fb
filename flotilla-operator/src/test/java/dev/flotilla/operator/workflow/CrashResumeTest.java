package dev.flotilla.operator.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.operator.flink.FakeFlinkActions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workflow, crashed at every step (right after its intent is stored, and right after it acted
 * but before its result is stored), then resumed by a new engine on the same store: it completes
 * with exactly one copy of the job, restored from state no older than before.
 */
class CrashResumeTest {
  @TempDir Path dir;

  static Stream<Arguments> crashPoints() {
    Map<WorkflowType, WorkflowParams> cases =
        Map.of(
            WorkflowType.MIGRATE, Harness.params().withTargetCluster("b"),
            WorkflowType.UPGRADE, Harness.params().withTargetCluster("b"),
            WorkflowType.RESCALE, Harness.params().withParallelism(4),
            WorkflowType.CONFIG_UPDATE, Harness.params().withConfig(Map.of("k", "v")),
            WorkflowType.MEMORY_FIX, Harness.params().withTargetCluster("b").withParallelism(1),
            WorkflowType.RESTART_FROM_CHECKPOINT, Harness.params(),
            WorkflowType.SAVEPOINT, Harness.params(),
            WorkflowType.STOP_WITH_SAVEPOINT, Harness.params(),
            WorkflowType.DEPLOY, Harness.params());
    Stream.Builder<Arguments> out = Stream.builder();
    for (var e : cases.entrySet()) {
      int steps = Plans.of(e.getKey(), e.getValue().withInPlace(false)).steps().size();
      for (int i = 0; i < steps; i++) {
        for (StepListener.Event ev : List.of(StepListener.Event.INTENT, StepListener.Event.ACTED)) {
          out.add(Arguments.of(e.getKey(), e.getValue(), i, ev));
        }
      }
    }
    return out.build();
  }

  @ParameterizedTest(name = "{0} crash at step {2} {3}")
  @MethodSource("crashPoints")
  void resumeAbandoned_afterCrashAtStep_completesWithOneCopy(
      WorkflowType type, WorkflowParams params, int step, StepListener.Event event) {
    try (Harness h = new Harness(dir)) {
      String old = type == WorkflowType.DEPLOY ? null : h.flink.startJob("a", Harness.JOB, 2);
      if (old != null) {
        h.flink.checkpoint("a", old);
      }
      WorkflowRequest request = Harness.request(type, params);
      assertThatThrownBy(() -> h.engine("first", Harness.crashAt(step, event)).start(request))
          .isInstanceOf(Harness.Crash.class);

      h.clock.advance(Duration.ofSeconds(31));
      List<String> resumed = h.engine("second").resumeAbandoned();

      assertThat(resumed).hasSize(1);
      WorkflowView view = h.engine("second").status(resumed.get(0)).orElseThrow();
      assertThat(view.state()).isEqualTo("SUCCEEDED");
      List<FakeFlinkActions.Job> copies = h.flink.activeCopies(Harness.JOB);
      if (type == WorkflowType.STOP_WITH_SAVEPOINT) {
        assertThat(copies).isEmpty();
      } else {
        assertThat(copies).hasSize(1);
      }
      long stops = h.flink.mutations().stream().filter(m -> m.startsWith("stop ")).count();
      assertThat(stops).isLessThanOrEqualTo(1);
      if (old != null && !copies.isEmpty() && type != WorkflowType.SAVEPOINT) {
        // restored from this job's own checkpoint or a savepoint taken during the workflow
        String from = copies.get(0).restoredFrom.orElseThrow();
        assertThat(from).matches("file:///fake/(savepoints/.*|checkpoints/" + old + "/chk-1)");
      }
    }
  }
}
