from build_cases import case

# Fresh collection D, session 2026-11-25: reports that quote real exception text, gathered after
# round C's rule changes and scored before any rule was changed for them (split "fresh-d").

case("q-gh-flink-pr12505-savepoint-path-missing", "https://github.com/apache/flink/pull/12505",
 """Caused by: org.apache.flink.runtime.client.JobExecutionException: Could not set up JobManager
        at org.apache.flink.runtime.jobmaster.JobManagerRunnerImpl.<init>(JobManagerRunnerImpl.java:149)
Caused by: java.io.FileNotFoundException: Cannot find checkpoint or savepoint file/directory 'file:///does/not/exist' on file system 'file'.
        at org.apache.flink.runtime.state.filesystem.AbstractFsCheckpointStorage.resolveCheckpointPointer(AbstractFsCheckpointStorage.java:243)
        at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.restoreSavepoint(CheckpointCoordinator.java:1300)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="restore", split="fresh-d")
case("q-gh-pinpoint-6720-runtime-context-not-initialized", "https://github.com/pinpoint-apm/pinpoint/issues/6720",
 """Caused by: org.apache.flink.runtime.client.JobExecutionException: Cannot initialize task 'Window(TumblingEventTimeWindows(10000), EventTimeTrigger, ApplicationStatBoWindow) -> Sink: Unnamed': Configuring the output format (null) failed: The runtime context has not been initialized yet. Try accessing it in one of the other life cycle methods.
	at org.apache.flink.runtime.executiongraph.ExecutionGraphBuilder.buildGraph(ExecutionGraphBuilder.java:216)
	at org.apache.flink.runtime.scheduler.SchedulerBase.createExecutionGraph(SchedulerBase.java:255)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="startup", split="fresh-d")
case("q-gh-flinkstreamsql-258-slot-removed", "https://github.com/DTStack/flinkStreamSQL/issues/258",
 """20/01/22 11:08:49 INFO executiongraph.ExecutionGraph: Source: testFlink_kafkaTable -> Map -> to: Tuple2 -> Sink: MyResult (1/1) (083db3e18b24bc9329931aa39bf3109e) switched from RUNNING to FAILED.
org.apache.flink.util.FlinkException: The assigned slot container_e10_1579661300080_0005_01_000002_0 was removed.
	at org.apache.flink.runtime.resourcemanager.slotmanager.SlotManager.removeSlot(SlotManager.java:899)
	at org.apache.flink.runtime.resourcemanager.ResourceManager.closeTaskManagerConnection(ResourceManager.java:845)
	at org.apache.flink.runtime.resourcemanager.ResourceManager$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(ResourceManager.java:1187)""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", split="fresh-d")
case("q-gh-flink-pr19442-illegal-null", "https://github.com/apache/flink/pull/19442",
 """Flink SQL> select if(1>2,1,NULL) as col1;
[ERROR] Could not execute SQL statement. Reason:
org.apache.calcite.sql.validate.SqlValidatorException: Illegal use of 'NULL'""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="1.13.6", phase="startup", split="fresh-d")
case("q-gh-kafscale-36-partition-splits", "https://github.com/KafScale/platform/issues/36",
 """[SourceCoordinator-Source: kafscale-kafka-source] ERROR org.apache.flink.runtime.source.coordinator.SourceCoordinatorContext - Exception while handling result from async call in SourceCoordinator-Source: kafscale-kafka-source. Triggering job failover.
org.apache.flink.util.FlinkRuntimeException: Failed to initialize partition splits due to 
        at org.apache.flink.connector.kafka.source.enumerator.KafkaSourceEnumerator.handlePartitionSplitChanges(KafkaSourceEnumerator.java:327)
        at org.apache.flink.runtime.source.coordinator.ExecutorNotifier.lambda$null$1(ExecutorNotifier.java:83)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", split="fresh-d")
case("q-gh-beam-19313-restore-state-heap", "https://github.com/apache/beam/issues/19313",
 """When job is restored from a savepoint taken a few hours ago than we see that checkpoint size starts growing rediciously high which leads to the job running out of heap space error. We use filesystem state backend, which keeps state on the heap.""",
 "OOM_HEAP", "PLATFORM", "FIX_DEPENDENCIES", phase="restore", split="fresh-d")
case("q-gh-fluss-2110-lookup-timeout-during-upgrade", "https://github.com/apache/fluss/issues/2110",
 """Flink lookup will Intermittent timeout when Fluss cluster upgrading. Once a timeout occurs, it causes the Flink job to fail. This cannot be avoided no matter how large the `table.exec.async-lookup.timeout` is set.
java.lang.Exception: Could not complete the stream element: Record @ (undef) : +I(xxx)
	at org.apache.flink.streaming.api.operators.async.AsyncWaitOperator$ResultHandler.completeExceptionally(AsyncWaitOperator.java:636)
	at org.apache.flink.streaming.api.functions.async.AsyncFunction.timeout(AsyncFunction.java:97)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-d")
case("q-gh-scaleph-627-rest-connect-timeout", "https://github.com/flowerfine/scaleph/issues/627",
 """java.util.concurrent.ExecutionException: org.apache.flink.runtime.client.JobSubmissionException: Failed to submit JobGraph
Caused by: org.apache.flink.util.concurrent.FutureUtils$RetryException: Could not complete the operation. Number of retries has been exhausted.
	at org.apache.flink.util.concurrent.FutureUtils.lambda$retryOperationWithDelay$6(FutureUtils.java:293)
Caused by: java.util.concurrent.CompletionException: org.apache.flink.shaded.netty4.io.netty.channel.ConnectTimeoutException: connection timed out: /192.168.11.85:8081
Caused by: org.apache.flink.shaded.netty4.io.netty.channel.ConnectTimeoutException: connection timed out: /192.168.11.85:8081
	at org.apache.flink.shaded.netty4.io.netty.channel.nio.AbstractNioChannel$AbstractNioUnsafe$1.run(AbstractNioChannel.java:261)""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "FIX_CONFIG", phase="startup", split="fresh-d")
