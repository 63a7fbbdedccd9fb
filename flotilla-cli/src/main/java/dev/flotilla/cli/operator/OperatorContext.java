package dev.flotilla.cli.operator;

import dev.flotilla.operator.workflow.WorkflowEngine;
import dev.flotilla.operator.workflow.WorkflowParams;

/**
 * What the operator commands need, wired by the root command from flotilla.yaml: an engine (store +
 * Flink clusters) and the base parameters of a job (its cluster, Flink job name and deployment from
 * its managed-job spec).
 */
public interface OperatorContext {

  /**
   * The workflow engine; opens the store on first use.
   *
   * @throws dev.flotilla.store.StoreException if the store cannot be opened
   */
  WorkflowEngine engine();

  /**
   * Base parameters for the job: {@code WorkflowParams.of(cluster, flinkJobName)} plus its
   * deployment for managed jobs.
   *
   * @throws IllegalArgumentException naming the job if it is not known
   */
  WorkflowParams job(String jobKey);
}
