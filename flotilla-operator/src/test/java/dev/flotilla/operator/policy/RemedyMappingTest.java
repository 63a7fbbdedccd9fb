package dev.flotilla.operator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.AutoAction;
import dev.flotilla.operator.workflow.WorkflowType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RemedyMappingTest {

  @ParameterizedTest
  @CsvSource({
    "INCREASE_HEAP, MEMORY_FIX, MEMORY_FIX",
    "INCREASE_MANAGED_OR_NATIVE_MEMORY, MEMORY_FIX, MEMORY_FIX",
    "INCREASE_METASPACE, MEMORY_FIX, MEMORY_FIX",
    "INCREASE_NETWORK_MEMORY, MEMORY_FIX, MEMORY_FIX",
    "RESTART_FROM_CHECKPOINT, RESTART_FROM_CHECKPOINT, RESTART",
    "SCALE_UP_PARALLELISM, RESCALE, RESCALE",
    "MIGRATE_TO_HEALTHY_CLUSTER, MIGRATE, MIGRATE",
    "UPGRADE_FLINK_VERSION, UPGRADE, UPGRADE",
    "TUNE_CHECKPOINTING, CONFIG_UPDATE, CONFIG_CHANGE"
  })
  void of_automatableAction_mapsToWorkflowAndPermission(
      String action, WorkflowType workflow, AutoAction permission) {
    Remedy r = RemedyMapping.of(action).orElseThrow();
    assertThat(r.workflow()).isEqualTo(workflow);
    assertThat(r.permission()).isEqualTo(permission);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FIX_USER_CODE",
        "FIX_DEPENDENCIES",
        "FIX_CONFIG",
        "CHECK_EXTERNAL_SYSTEM",
        "REBALANCE_KEYS_FOR_SKEW",
        "ADD_RESOURCES_OR_SLOTS",
        "FIX_STORAGE_OR_HA"
      })
  void of_humanAction_isEmpty(String action) {
    assertThat(RemedyMapping.of(action)).isEmpty();
  }
}
