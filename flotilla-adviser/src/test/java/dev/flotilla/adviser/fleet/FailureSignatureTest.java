package dev.flotilla.adviser.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Label;
import org.junit.jupiter.api.Test;

class FailureSignatureTest {
  @Test
  void of_twoTaskManagerIdsAndPorts_sameSignature() {
    String a =
        FailureSignature.of(
            Label.TASKMANAGER_LOST_OR_NETWORK,
            "TaskManager with id localhost:40115-2c8a1e is no longer reachable.");
    String b =
        FailureSignature.of(
            Label.TASKMANAGER_LOST_OR_NETWORK,
            "TaskManager with id 10.0.3.7:36859-7443e5 is no longer reachable.");

    assertThat(a)
        .isEqualTo(b)
        .isEqualTo(
            "TASKMANAGER_LOST_OR_NETWORK: TaskManager with id <endpoint> is no longer reachable.");
    assertThat(FailureSignature.label(a)).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
  }

  @Test
  void normalize_pathsIdsNumbers_replaced() {
    assertThat(
            FailureSignature.normalize(
                "Cannot read file:/data/chk/4e15a6c09f97188c7e8ff1a8466bba68/chk-42 after 3 tries"))
        .isEqualTo("Cannot read <path> after <n> tries");
    assertThat(FailureSignature.normalize("job 4e15a6c09f97188c7e8ff1a8466bba68 failed"))
        .isEqualTo("job <id> failed");
  }
}
