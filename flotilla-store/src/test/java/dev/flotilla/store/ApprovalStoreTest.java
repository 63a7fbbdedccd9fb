package dev.flotilla.store;

import static dev.flotilla.store.Rows.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalStoreTest {
  @TempDir Path dir;

  private Store open() {
    return Store.open("jdbc:sqlite:" + dir.resolve("a.db"), Optional.empty(), Optional.empty(), 1);
  }

  private static WorkflowRow awaiting(String id) {
    WorkflowRow w = Rows.workflow(id, "orders", "op-1", T0.plusSeconds(60));
    return new WorkflowRow(
        w.id(),
        w.type(),
        w.jobKey(),
        w.paramsJson(),
        WorkflowState.AWAITING_APPROVAL,
        w.createdBy(),
        w.reason(),
        w.createdAt(),
        w.updatedAt(),
        w.leaseOwner(),
        w.leaseUntil());
  }

  @Test
  void decide_awaitingApproval_movesStateOnceAndKeepsLease() {
    try (Store store = open()) {
      store.workflows().create(awaiting("w1"));
      assertThat(store.approvals().decide("w1", WorkflowState.PENDING, T0.plusSeconds(5))).isTrue();
      WorkflowRow after = store.workflows().get("w1").orElseThrow();
      assertThat(after.state()).isEqualTo(WorkflowState.PENDING);
      assertThat(after.updatedAt()).isEqualTo(T0.plusSeconds(5));
      assertThat(after.leaseOwner()).isEqualTo("op-1");
      assertThat(store.approvals().decide("w1", WorkflowState.CANCELLED, T0)).isFalse();
      assertThat(store.workflows().get("w1").orElseThrow().state())
          .isEqualTo(WorkflowState.PENDING);
    }
  }

  @Test
  void decide_unknownOrNotAwaiting_returnsFalse() {
    try (Store store = open()) {
      store.workflows().create(Rows.workflow("w2", "orders", "op-1", T0));
      assertThat(store.approvals().decide("w2", WorkflowState.CANCELLED, T0)).isFalse();
      assertThat(store.approvals().decide("nope", WorkflowState.PENDING, T0)).isFalse();
      assertThatThrownBy(() -> store.approvals().decide("w2", WorkflowState.RUNNING, T0))
          .hasMessageContaining("PENDING or CANCELLED");
    }
  }
}
