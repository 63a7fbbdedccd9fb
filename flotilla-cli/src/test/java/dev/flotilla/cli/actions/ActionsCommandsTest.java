package dev.flotilla.cli.actions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.SettableClock;
import dev.flotilla.operator.policy.ApprovalQueue;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.operator.workflow.WorkflowRequest;
import dev.flotilla.operator.workflow.WorkflowType;
import dev.flotilla.store.ActionMemoryRow;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.Store;
import dev.flotilla.store.WorkflowState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ActionsCommandsTest {
  @TempDir Path dir;
  final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T12:00:00Z"));

  record Run(int code, String out, String err) {}

  private Store open() {
    return Store.open("jdbc:sqlite:" + dir.resolve("a.db"), Optional.empty(), Optional.empty(), 1);
  }

  private ActionsContext context() {
    return new ActionsContext() {
      @Override
      public Optional<Store> openStore(PrintWriter err) {
        return Optional.of(open());
      }

      @Override
      public Clock clock() {
        return clock;
      }
    };
  }

  private static Run run(Callable<Integer> command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = new CommandLine(command);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String park(String job) {
    try (Store store = open()) {
      ApprovalQueue q =
          new ApprovalQueue(store.workflows(), store.approvals(), store.audit(), clock);
      return q.park(
          new WorkflowRequest(
              WorkflowType.RESTART_FROM_CHECKPOINT,
              job,
              WorkflowParams.of("c1", job),
              "flotilla",
              "TASKMANAGER_LOST → RESTART; tier P0 needs approval"));
    }
  }

  private void recommend(String job, String label, String action) {
    try (Store store = open()) {
      store
          .audit()
          .append(
              new AuditEntry(
                  clock.instant(),
                  "flotilla",
                  Recommendation.AUDIT_ACTION,
                  job,
                  "{\"label\":\""
                      + label
                      + "\",\"actions\":[\""
                      + action
                      + "\"],\"reason\":\"fix it\"}",
                  "OK"));
    }
  }

  @Test
  void actions_listsAwaitingApprovalAndRecommendations() {
    String id = park("pay");
    recommend("orders", "USER_CODE_EXCEPTION", "FIX_USER_CODE");
    Run r = run(new ActionsCommand(context()));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(id).contains("RESTART_FROM_CHECKPOINT").contains("pay");
    assertThat(r.out())
        .contains("orders")
        .contains("USER_CODE_EXCEPTION")
        .contains("FIX_USER_CODE");

    Run json = run(new ActionsCommand(context()), "--json");
    assertThat(json.out()).contains("\"awaitingApproval\"").contains("\"id\" : \"" + id + "\"");
    assertThat(json.out()).contains("\"label\" : \"USER_CODE_EXCEPTION\"");
  }

  @Test
  void actions_oldRecommendation_outsideSince_notListed() {
    recommend("orders", "USER_CODE_EXCEPTION", "FIX_USER_CODE");
    clock.advance(java.time.Duration.ofHours(25));
    assertThat(run(new ActionsCommand(context())).out()).doesNotContain("USER_CODE_EXCEPTION");
    assertThat(run(new ActionsCommand(context()), "--since", "2d").out())
        .contains("USER_CODE_EXCEPTION");
  }

  @Test
  void approve_movesToPendingAndAuditsActor() {
    String id = park("pay");
    Run r = run(new ApproveCommand(context()), id, "--as", "alice", "--comment", "go");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(id + " approved").contains("alice");
    try (Store store = open()) {
      assertThat(store.workflows().get(id).orElseThrow().state()).isEqualTo(WorkflowState.PENDING);
      List<AuditEntry> audit =
          store
              .audit()
              .query(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.of("pay"), 100);
      assertThat(audit)
          .filteredOn(e -> e.action().equals("workflow.approve"))
          .extracting(AuditEntry::actor)
          .containsExactly("alice");
    }
    Run again = run(new ApproveCommand(context()), id);
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("is PENDING, not AWAITING_APPROVAL");
  }

  @Test
  void reject_cancelsWithReason_unknownIdFails() {
    String id = park("pay");
    Run r = run(new RejectCommand(context()), id, "--reason", "freeze", "--as", "bob");
    assertThat(r.code()).isZero();
    try (Store store = open()) {
      assertThat(store.workflows().get(id).orElseThrow().state())
          .isEqualTo(WorkflowState.CANCELLED);
    }
    Run missing = run(new RejectCommand(context()), "wf-nope");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no workflow 'wf-nope'");
  }

  @Test
  void actions_memoryAndReset() {
    try (Store store = open()) {
      store
          .actionMemory()
          .remember(
              new ActionMemoryRow(
                  "orders", "OOM_HEAP", "MEMORY_FIX", clock.instant(), "wf-1", "SLI abnormal"));
      store
          .actionMemory()
          .remember(
              new ActionMemoryRow(
                  "orders", "TM_LOST", "MIGRATE", clock.instant(), "wf-2", "still lost"));
    }
    Run mem = run(new ActionsCommand(context()), "--memory");
    assertThat(mem.out())
        .contains("OOM_HEAP")
        .contains("MEMORY_FIX")
        .contains("wf-1")
        .contains("TM_LOST");

    Run reset =
        run(
            new ActionsCommand(context()),
            "--reset",
            "orders",
            "--label",
            "OOM_HEAP",
            "--as",
            "carol");
    assertThat(reset.code()).isZero();
    assertThat(reset.out()).contains("forgot 1 failed action(s) of orders for OOM_HEAP");
    Run after = run(new ActionsCommand(context()), "--memory", "--json");
    assertThat(after.out()).doesNotContain("OOM_HEAP").contains("TM_LOST");

    Run bad = run(new ActionsCommand(context()), "--label", "X");
    assertThat(bad.code()).isEqualTo(2);
  }
}
