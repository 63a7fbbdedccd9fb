package dev.flotilla.cli.support;

import dev.flotilla.app.operator.FlinkEndpoints;
import dev.flotilla.cli.operator.OperatorContext;
import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.load.ConfigLoader;
import dev.flotilla.operator.flink.FlinkEndpoint;
import dev.flotilla.operator.flink.RestFlinkActions;
import dev.flotilla.operator.workflow.Deployment;
import dev.flotilla.operator.workflow.EngineOptions;
import dev.flotilla.operator.workflow.Sleeper;
import dev.flotilla.operator.workflow.StepListener;
import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowParams;
import dev.flotilla.store.JobRow;
import dev.flotilla.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The operator commands' context, built lazily from flotilla.yaml (the command's {@code --config}):
 * the store, the clusters as Flink endpoints (with their shared checkpoint directory for restores
 * when a JobManager is dead) and the managed jobs' deployments.
 */
public final class ConfigOperatorContext implements OperatorContext {
  private final ConfigFile configFile;
  private FlotillaConfig config;
  private WorkflowEngine engine;
  private Store store;

  public ConfigOperatorContext(ConfigFile configFile) {
    this.configFile = configFile;
  }

  public ConfigFile configFile() {
    return configFile;
  }

  private synchronized FlotillaConfig config() {
    if (config == null) {
      ConfigResult r = ConfigLoader.load(configFile.path());
      if (!r.isValid()) {
        throw new IllegalArgumentException(
            "configuration " + configFile.path() + " is invalid:\n" + r.formatErrors());
      }
      config = r.orElseThrow();
    }
    return config;
  }

  @Override
  public synchronized WorkflowEngine engine() {
    if (engine == null) {
      store = OpenStore.from(config());
      List<FlinkEndpoint> endpoints = FlinkEndpoints.from(config());
      engine =
          new WorkflowEngine(
              store,
              new RestFlinkActions(endpoints, Duration.ofSeconds(30)),
              Clock.systemUTC(),
              Sleeper.real(),
              EngineOptions.defaults(),
              StepListener.none());
      Runtime.getRuntime().addShutdownHook(new Thread(store::close, "flotilla-store-close"));
    }
    return engine;
  }

  @Override
  public WorkflowParams job(String jobKey) {
    Optional<JobSpec> managed = config().job(jobKey);
    if (managed.isPresent()) {
      JobSpec spec = managed.get();
      engine();
      String cluster =
          store.jobs().get(jobKey).map(JobRow::cluster).orElse(spec.placement().preferred());
      return WorkflowParams.of(cluster, spec.name())
          .withDeployment(
              new Deployment(
                  spec.artifact(),
                  spec.entryClass()
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "managed job '"
                                      + jobKey
                                      + "' has no entry-class in "
                                      + configFile.path())),
                  spec.args(),
                  spec.parallelism(),
                  spec.flinkConfig()));
    }
    int slash = jobKey.indexOf('/');
    if (slash > 0 && config().cluster(jobKey.substring(0, slash)).isPresent()) {
      return WorkflowParams.of(jobKey.substring(0, slash), jobKey.substring(slash + 1));
    }
    throw new IllegalArgumentException(
        "no job '"
            + jobKey
            + "': not a managed job in "
            + configFile.path()
            + " and not CLUSTER/NAME of a configured cluster");
  }
}
