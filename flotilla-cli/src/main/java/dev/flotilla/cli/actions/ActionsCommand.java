package dev.flotilla.cli.actions;

import dev.flotilla.cli.support.ConfigFile;
import dev.flotilla.cli.support.ExitCodes;
import dev.flotilla.cli.support.Json;
import dev.flotilla.cli.support.Since;
import dev.flotilla.store.ActionMemoryRow;
import dev.flotilla.store.AuditEntry;
import dev.flotilla.store.Store;
import dev.flotilla.store.StoreException;
import dev.flotilla.store.WorkflowRow;
import dev.flotilla.store.WorkflowState;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flotilla actions}: workflows awaiting approval and recent recommendations for a human;
 * {@code --memory} shows actions that failed verification, {@code --reset JOB [--label L]} forgets
 * them so the policy may try again.
 */
@Command(
    name = "actions",
    mixinStandardHelpOptions = true,
    description = {
      "List workflows awaiting approval and recommendations for a human.",
      "--memory lists actions that failed verification (not retried automatically);",
      "--reset JOB [--label L] forgets them."
    })
public final class ActionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin ConfigFile configFile;

  @Option(names = "--json", description = "JSON output.")
  boolean json;

  @Option(
      names = "--since",
      paramLabel = "AGE",
      converter = Since.class,
      description = "Recommendations this recent (default 24h; e.g. 30m, 6h, 7d).")
  Duration since = Duration.ofHours(24);

  @Option(names = "--memory", description = "List remembered failed actions instead.")
  boolean memory;

  @Option(names = "--reset", paramLabel = "JOB", description = "Forget the job's failed actions.")
  Optional<String> reset = Optional.empty();

  @Option(names = "--label", paramLabel = "L", description = "With --reset: only this diagnosis.")
  Optional<String> label = Optional.empty();

  @Option(names = "--as", paramLabel = "NAME", description = "Who resets (default: OS user).")
  String actor = ActionsContext.osUser();

  private final Optional<ActionsContext> context;

  public ActionsCommand() {
    this.context = Optional.empty();
  }

  public ActionsCommand(ActionsContext context) {
    this.context = Optional.of(context);
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (label.isPresent() && reset.isEmpty()) {
      err.println("flotilla: --label needs --reset JOB");
      return ExitCodes.USAGE;
    }
    ActionsContext c = context.orElseGet(() -> ActionsContext.fromConfig(configFile));
    Optional<Store> opened;
    try {
      opened = c.openStore(err);
    } catch (StoreException e) {
      err.println("flotilla: store unreachable: " + e.getMessage());
      return ExitCodes.UNREACHABLE;
    }
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (Store store = opened.get()) {
      PrintWriter out = spec.commandLine().getOut();
      int code =
          reset.isPresent()
              ? reset(store, c, out)
              : memory ? memory(store, out) : pending(store, c, out);
      out.flush();
      return code;
    }
  }

  private int reset(Store store, ActionsContext c, PrintWriter out) {
    int n = store.actionMemory().reset(reset.get(), label);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("label", label.orElse("*"));
    details.put("forgotten", n);
    store
        .audit()
        .append(
            new AuditEntry(
                c.clock().instant(),
                actor,
                "healing.memory-reset",
                reset.get(),
                Json.write(details),
                "OK"));
    out.printf(
        "forgot %d failed action(s) of %s%s%n",
        n, reset.get(), label.map(l -> " for " + l).orElse(""));
    return ExitCodes.OK;
  }

  private int memory(Store store, PrintWriter out) {
    List<ActionMemoryRow> rows = store.actionMemory().list(Optional.empty());
    if (json) {
      out.println(Json.write(rows));
      return ExitCodes.OK;
    }
    Tables.memory(rows, out);
    return ExitCodes.OK;
  }

  private int pending(Store store, ActionsContext c, PrintWriter out) {
    Instant now = c.clock().instant();
    List<WorkflowRow> waiting =
        store.workflows().list(Optional.empty(), Optional.of(WorkflowState.AWAITING_APPROVAL));
    List<AuditEntry> audit =
        store.audit().query(now.minus(since), now.plusMillis(1), Optional.empty(), 100_000);
    List<Recommendation> recs = Recommendation.newestPerJobAndLabel(audit);
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("awaitingApproval", waiting.stream().map(Tables::workflow).toList());
      body.put("recommendations", recs);
      out.println(Json.write(body));
      return ExitCodes.OK;
    }
    Tables.pending(waiting, recs, out);
    return ExitCodes.OK;
  }
}
