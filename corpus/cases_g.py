from build_cases import case

LAB = "lab:/work/shared/flink-local-recipe.md"
case("lab-injected-failure", LAB,
 """java.lang.RuntimeException: Injected failure: record 3000 on subtask 0""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="2.3.0", phase="runtime")
case("lab-recovery-suppressed-injected", LAB,
 """org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=4, backoffTimeMS=1000)
Caused by: java.lang.RuntimeException: Injected failure: record 3000 on subtask 0""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="2.3.0", phase="runtime")
case("lab-heap-oom", LAB,
 """java.lang.OutOfMemoryError: Java heap space""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", version="2.3.0", phase="runtime")
case("lab-checkpoint-expired", LAB,
 """Checkpoint expired before completing.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING", version="2.3.0", phase="checkpoint")
case("lab-checkpoint-threshold", LAB,
 """org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING", version="2.3.0", phase="checkpoint")
case("lab-no-resource", LAB,
 """org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", version="2.3.0", phase="runtime")
case("lab-tm-unreachable", LAB,
 """org.apache.flink.runtime.resourcemanager.exceptions.ResourceManagerException: TaskManager with id localhost:40115-2c8a1e is no longer reachable.""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", version="2.3.0", phase="runtime")
case("lab-slow-operator", LAB, "",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "USER", "SCALE_UP_PARALLELISM",
 metrics="source backpressureLevel high ratio 0.95; downstream busyRatio 0.999, busyTimeMsPerSecond 999; aligned checkpoints slowed to about 17 s",
 version="2.3.0", phase="runtime")
case("lab-key-skew", LAB, "",
 "DATA_SKEW", "USER", "REBALANCE_KEYS_FOR_SKEW",
 metrics="90% of records to key 0, p=4: downstream numRecordsIn min 2819 / max 112626, skew 100.0",
 version="2.3.0", phase="runtime")
case("lab-brief-backpressure-hint", LAB, "",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "USER", "SCALE_UP_PARALLELISM",
 metrics="backpressure high on source, busy 100% on window", phase="runtime")
case("lab-brief-skew-hint", LAB, "",
 "DATA_SKEW", "USER", "REBALANCE_KEYS_FOR_SKEW",
 metrics="one subtask receives 90% of records", phase="runtime")
case("lab-brief-ckpt-rising-hint", LAB, "",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING",
 metrics="checkpoint duration rising towards timeout", phase="checkpoint")
case("gh-flinkop-pr706-operator-event-lost", "https://github.com/apache/flink-kubernetes-operator/pull/706",
 """An OperatorEvent from an OperatorCoordinator to a task was lost. Triggering task failover to ensure consistency. Event: 'AddSplitEvents[[[B@722a23fa]]', targetTask: Source (1/2) - execution #0
Caused by:
org.apache.flink.runtime.operators.coordination.TaskNotRunningException: Task is not running, but in state FINISHED
   at org.apache.flink.runtime.taskmanager.Task.deliverOperatorEvent(Task.java:1502)""",
 "PLATFORM_BUG", "PLATFORM", "UPGRADE_FLINK_VERSION", phase="runtime")
case("gh-dockerflink-3-blob-upload", "https://github.com/docker-flink/examples/issues/3",
 """org.apache.flink.client.program.ProgramInvocationException: The program execution failed: Could not upload the jar files to the job manager.
	at org.apache.flink.client.program.ClusterClient.run(ClusterClient.java:478)
	at org.apache.flink.client.program.StandaloneClusterClient.submitJob(StandaloneClusterClient.java:105)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup")
case("gh-melentye-1-blob-timeout", "https://github.com/melentye/flink-kubernetes/issues/1",
 """org.apache.flink.client.program.ProgramInvocationException: The program execution failed: Could not upload the jar files to the job manager.
	at org.apache.flink.client.program.ClusterClient.run(ClusterClient.java:409)
	at org.apache.flink.client.program.StandaloneClusterClient.submitJob(StandaloneClusterClient.java:95)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup")
