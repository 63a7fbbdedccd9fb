from build_cases import case

case("gh-pulsarflink-256-operator-state-incompatible", "https://github.com/streamnative/pulsar-flink/issues/256",
 """org.apache.flink.util.StateMigrationException: The new state typeSerializer for operator state must not be incompatible.
    at org.apache.flink.runtime.state.DefaultOperatorStateBackend.getListState(DefaultOperatorStateBackend.java:298)
    at org.apache.flink.runtime.state.DefaultOperatorStateBackend.getUnionListState(DefaultOperatorStateBackend.java:219)
    at org.apache.flink.streaming.connectors.pulsar.FlinkPulsarSource.initializeState(FlinkPulsarSource.java:637)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.11.3", phase="restore")
case("gh-iceberg-3776-metaspace-worker-pool", "https://github.com/apache/iceberg/issues/3776",
 """java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred. This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak. In the first case 'taskmanager.memory.jvm-metaspace.size' configuration option should be increased. If the error persists (usually in cluster after several job (re-)submissions) then there is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown...
You can also see many `iceberg-worker-pool-0` threads because the worker pool can not be released along with the loaded user classes.""",
 "OOM_METASPACE", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.1", phase="runtime")
case("gh-flinkcdc-2243-mixed-finished-state", "https://github.com/apache/flink-cdc/issues/2243",
 """Can not restore vertex Source: MySQL Source -> Process -> (test: Writer -> test: Committer, test2: Writer -> test2: Committer)(cbc357ccb763df2852fee8c4fc7d55f2) which contain mixed operator finished state: [ALL_RUNNING, PARTIALLY_FINISHED]
org.apache.flink.runtime.client.JobInitializationException: Could not start the JobMaster.
	at org.apache.flink.runtime.jobmaster.DefaultJobMasterServiceProcess.lambda$new$0(DefaultJobMasterServiceProcess.java:97)""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "FIX_DEPENDENCIES", phase="restore")
case("gh-dinky-2994-serializedlambda", "https://github.com/DataLinkDC/dinky/issues/2994",
 """	at org.apache.flink.runtime.taskmanager.Task.run(Task.java:562) ~[flink-dist-1.17.2.jar:1.17.2]
Caused by: java.lang.ClassCastException: cannot assign instance of java.lang.invoke.SerializedLambda to field org.apache.flink.streaming.api.operators.AbstractUdfStreamOperator.userFunction of type org.apache.flink.api.common.functions.Function in instance of org.apache.flink.streaming.api.operators.StreamFlatMap
	at java.io.ObjectStreamClass$FieldReflector.setObjFieldValues(ObjectStreamClass.java:2287) ~[?:1.8.0_181]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.17.2", phase="startup")
case("gh-hudi-9339-akka-gated", "https://github.com/apache/hudi/issues/9339",
 """2023-08-01 18:17:57,618 WARN  akka.remote.ReliableDeliverySupervisor                       [] - Association with remote system [akka.tcp://flink@hadoop-02:34821] has failed, address is now gated for [50] ms. Reason: [Association failed with [akka.tcp://flink@hadoop-02:34821]] Caused by: [java.net.ConnectException: Connection refused: hadoop-02/191.1.1.2:34821]""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", phase="runtime")
case("gh-siddhi-53-npe-library", "https://github.com/haoch/flink-siddhi/issues/53",
 """2019-10-11 13:42:26,364 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph        - Job  (ab76398582b1ffb8b58edb1a3bcd8dcd) switched from state RUNNING to FAILING.

java.lang.NullPointerException
	at org.apache.flink.streaming.siddhi.router.AddRouteOperator.processElement(AddRouteOperator.java:88)
	at org.apache.flink.streaming.runtime.io.StreamInputProcessor.processInput(StreamInputProcessor.java:202)
	at org.apache.flink.streaming.runtime.tasks.OneInputStreamTask.run(OneInputStreamTask.java:105)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime")
case("gh-chunjun-1683-npe-source", "https://github.com/DTStack/chunjun/issues/1683",
 """[Bug] [core] DtInputFormatSourceFunction run NullPointerException
2023-05-24 02:19:43,777 INFO  org.apache.flink.runtime.dispatcher.MiniDispatcher           [] - Job d6e302309112751b0b21342c2e423672 reached terminal state FAILED.
org.apache.flink.runtime.JobException: Recovery is suppressed by FailureRateRestartBackoffTimeStrategy(FailureRateRestartBackoffTimeStrategy(failuresIntervalMS=3600000,backoffTimeMS=30000,maxFailuresPerInterval=3)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime")
case("gh-fhir-580-networkbufferpool", "https://github.com/ohs-foundation/fhir-data-pipes/issues/580",
 """pipeline-controller  | Exception in thread "Thread-1" java.lang.OutOfMemoryError: Could not allocate enough memory segments for NetworkBufferPool (required (Mb): 5120, allocated (Mb): 1965, missing (Mb): 3155). Cause: Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either job(s) require(s) a larger siz""",
 "OOM_DIRECT_OR_NETWORK", "USER", "FIX_CONFIG", phase="startup")
case("gh-seatunnel-4956-aioobe", "https://github.com/apache/seatunnel/issues/4956",
 """[Bug] [Flink] java.lang.ArrayIndexOutOfBoundsException: -1
org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy
	at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:139) ~[flink-dist-1.16.2.jar:1.16.2]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.16.2", phase="runtime")
case("gh-flinkcdc-2447-utf8mb4", "https://github.com/apache/flink-cdc/issues/2447",
 """after running for awhile, the jos restaring ,then failed  Caused by: java.lang.NumberFormatException: For input string: "UTF8MB4'0\"""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.15.3", phase="runtime")
case("gh-flink-pr16457-slot-status", "https://github.com/apache/flink/pull/16457",
 """2021-07-12 03:19:58,603 WARN Could not fulfill resource requirements of job 6cd8e69cfbb5ec959bac512dedce65f5. Free slots: 0 [DeclarativeSlotManager flink-akka.actor.default-dispatcher-2]
java.util.concurrent.CompletionException: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimu m required resources. Acquired: [ResourceRequirement{resourceProfile=ResourceProfile{taskHeapMemory=1024.000gb (1099511627776 bytes), taskOffHeapM emory=1024.000gb (1099511627776 bytes), managedMemory=80.000mb (83886080 bytes), networkMemory=64.000mb (67108864 bytes)}, numberOfRequiredSlots=3*}]. Current slot service status: registered TMs: 0, registered slots: 0 free slots: 0""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="runtime")
case("gh-bitnami-22225-missing-resources", "https://github.com/bitnami/charts/issues/22225",
 """2024-03-13 10:30:28,860 INFO  org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager [] - Received resource requirements from job cac21b400351f0b604e60daecdd4e53e: [ResourceRequirement{resourceProfile=ResourceProfile{UNKNOWN}, numberOfRequiredSlots=1}]
2024-03-13 10:30:28,929 INFO  org.apache.flink.runtime.resourcemanager.slotmanager.FineGrainedSlotManager [] - Matching resource requirements against available resources.
Missing resources:
	 Job cac21b400351f0b604e60daecdd4e53e""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup")
case("gh-flinkcdc-1171-offset-writer-flushing", "https://github.com/apache/flink-cdc/issues/1171",
 """org.apache.kafka.connect.errors.ConnectException: OffsetStorageWriter is already flushing""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="checkpoint")
