package dev.flotilla.cli.actions;

import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.operator.policy.ApprovalQueue;
import dev.flotilla.store.Store;
import dev.flotilla.store.StoreException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** The shared body of {@code approve} and {@code reject}. */
final class DecideSupport {
  private DecideSupport() {}

  static int decide(
      CommandSpec spec,
      ActionsContext context,
      String id,
      String actor,
      boolean approve,
      Optional<String> note) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (actor == null || actor.isBlank()) {
      err.println("flotilla: --as must not be blank");
      return ExitCodes.USAGE;
    }
    Optional<Store> opened;
    try {
      opened = context.openStore(err);
    } catch (StoreException e) {
      err.println("flotilla: store unreachable: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (Store store = opened.get()) {
      ApprovalQueue queue =
          new ApprovalQueue(store.workflows(), store.approvals(), store.audit(), context.clock());
      ApprovalQueue.Result r =
          approve ? queue.approve(id, actor, note) : queue.reject(id, actor, note);
      switch (r) {
        case DONE -> {
          out.printf(
              "%s %s by %s%s%n",
              id,
              approve ? "approved; the operator runs it next cycle" : "rejected",
              actor,
              note.map(n -> " (" + n + ")").orElse(""));
          out.flush();
          return ExitCodes.OK;
        }
        case NOT_FOUND -> err.println("flotilla: no workflow '" + id + "'");
        case NOT_AWAITING ->
            err.println(
                "flotilla: workflow "
                    + id
                    + " is "
                    + store.workflows().get(id).map(w -> w.state().name()).orElse("gone")
                    + ", not AWAITING_APPROVAL");
      }
      err.flush();
      return ExitCodes.FAILURE;
    }
  }
}
