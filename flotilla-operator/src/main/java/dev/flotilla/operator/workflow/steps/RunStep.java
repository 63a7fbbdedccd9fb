package dev.flotilla.operator.workflow.steps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.flotilla.operator.flink.FlinkJob;
import dev.flotilla.operator.flink.FlinkUnreachableException;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.Jsons;
import dev.flotilla.operator.workflow.Step;
import dev.flotilla.operator.workflow.StepContext;
import dev.flotilla.operator.workflow.StepFailedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the job on a cluster, optionally restored from a savepoint or checkpoint. Idempotent: if a
 * copy with the job's name is already active there (a crashed run started it), that copy is adopted
 * and any extra copies are cancelled, so exactly one runs. Refuses to run while a copy is still
 * active on {@code mustNotRunOn} (the source of a move). Result: {@code jobId}, {@code adopted}.
 */
public final class RunStep implements Step {
  private final String name;
  private final Function<StepContext, String> cluster;
  private final Function<StepContext, Deployment> deployment;
  private final Function<StepContext, Optional<String>> restoreFrom;
  private final Function<StepContext, Optional<String>> mustNotRunOn;

  public RunStep(
      String name,
      Function<StepContext, String> cluster,
      Function<StepContext, Deployment> deployment,
      Function<StepContext, Optional<String>> restoreFrom,
      Function<StepContext, Optional<String>> mustNotRunOn) {
    this.name = name;
    this.cluster = cluster;
    this.deployment = deployment;
    this.restoreFrom = restoreFrom;
    this.mustNotRunOn = mustNotRunOn;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ObjectNode intent(StepContext ctx) {
    Deployment d = deployment.apply(ctx);
    ObjectNode i = Jsons.object();
    i.put("action", "run");
    i.put("cluster", cluster.apply(ctx));
    i.put("jobName", ctx.params().jobName());
    i.put("jar", d.jarPath());
    i.put("entryClass", d.entryClass());
    i.set("args", Jsons.MAPPER.valueToTree(d.programArgs()));
    i.put("parallelism", d.parallelism());
    restoreFrom.apply(ctx).ifPresent(p -> i.put("restoreFrom", p));
    mustNotRunOn.apply(ctx).ifPresent(c -> i.put("mustNotRunOn", c));
    return i;
  }

  @Override
  public ObjectNode execute(StepContext ctx, JsonNode intent) {
    String c = intent.get("cluster").asText();
    String jobName = ctx.params().jobName();
    String other = JobLookup.text(intent, "mustNotRunOn");
    if (!other.isEmpty() && !other.equals(c)) {
      try {
        List<FlinkJob> left = ctx.flink().findRunningJobsByName(other, jobName);
        if (!left.isEmpty()) {
          throw new StepFailedException(
              "job "
                  + jobName
                  + " is still active on "
                  + other
                  + " ("
                  + left.get(0).jobId()
                  + "); refusing to start a second copy on "
                  + c);
        }
      } catch (FlinkUnreachableException e) {
        // a dead source cannot run the job (its TaskManagers stop without a JobManager)
      }
    }
    ObjectNode r = Jsons.object();
    List<FlinkJob> copies = ctx.flink().findRunningJobsByName(c, jobName);
    if (!copies.isEmpty()) {
      for (FlinkJob extra : copies.subList(1, copies.size())) {
        ctx.flink().cancel(c, extra.jobId());
      }
      r.put("jobId", copies.get(0).jobId());
      r.put("adopted", true);
      r.put("extraCopiesCancelled", copies.size() - 1);
      return r;
    }
    List<String> args = new ArrayList<>();
    intent.get("args").forEach(a -> args.add(a.asText()));
    String restore = JobLookup.text(intent, "restoreFrom");
    String jarId = ctx.flink().uploadJar(c, Path.of(intent.get("jar").asText()));
    String jobId =
        ctx.flink()
            .runJar(
                c,
                jarId,
                intent.get("entryClass").asText(),
                args,
                intent.get("parallelism").asInt(),
                restore.isEmpty() ? Optional.empty() : Optional.of(restore),
                false);
    r.put("jobId", jobId);
    r.put("adopted", false);
    return r;
  }
}
