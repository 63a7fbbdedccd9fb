from build_cases import case

case("z-msf-beam-idle-source-checkpoint", "https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-chk-failure-beam.html",
 """"locationInformation": "org.apache.flink.runtime.checkpoint.CheckpointCoordinator.onTriggerFailure(CheckpointCoordinator.java:888)",
"logger": "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
"message": "Failed to trigger checkpoint for job your job ID since some tasks of job your job ID has been finished, abort the checkpoint Failure reason: Not all required tasks are currently running.",
"threadName": "Checkpoint Timer",
This can also be found on Flink dashboard where some tasks have entered "FINISHED" state, and checkpointing is not possible anymore.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "FIX_CONFIG", phase="checkpoint", split="fresh-m")

case("z-msf-vpc-kafka-metadata-timeout", "https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-symptoms.html#troubleshooting-rt-vpc",
 """org.apache.kafka.common.errors.TimeoutException: Failed to update metadata after 60000 ms.
This error indicates that your application cannot access resources in your VPC""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", phase="runtime", split="fresh-m")

case("z-msf-cacerts-truststore-missing", "https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-symptoms.html#troubleshooting-rt-fnf",
 """java.nio.file.NoSuchFileException: /usr/local/openjdk-8/lib/security/cacerts""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", split="fresh-m")

case("z-flinkdocs-mem-heap-space", "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_trouble/#outofmemoryerror-java-heap-space",
 """OutOfMemoryError: Java heap space
The exception usually indicates that the JVM Heap is too small.""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="runtime", split="fresh-m")

case("z-flinkdocs-mem-network-buffers", "https://nightlies.apache.org/flink/flink-docs-stable/docs/deployment/memory/mem_trouble/#ioexception-insufficient-number-of-network-buffers",
 """IOException: Insufficient number of network buffers
This is only relevant for TaskManagers.
The exception usually indicates that the size of the configured network memory is not big enough.""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_NETWORK_MEMORY", split="fresh-m")

case("z-flinkdocs-classloading-x-cannot-be-cast-to-x", "https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/debugging/debugging_classloading/#x-cannot-be-cast-to-x-exceptions",
 """In setups with dynamic classloading, you may see an exception in the style `com.foo.X cannot be cast to com.foo.X`.
This means that multiple versions of the class `com.foo.X` have been loaded by different class loaders, and types of that class are attempted to be assigned to each other.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", split="fresh-m")

case("z-flinkdocs-classloading-unloading-metaspace-leak", "https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/debugging/debugging_classloading/#unloading-of-dynamically-loaded-classes-in-user-code",
 """Whenever a TaskManager starts (or restarts) a task, it will load that specific task's code. Unless classes can be unloaded, this will
become a memory leak, as new versions of classes are loaded and the total number of loaded classes accumulates over time. This
typically manifests itself though a OutOfMemoryError: Metaspace.""",
 "OOM_METASPACE", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-m")

case("z-alibaba-vvp-exceeded-quota-resourcequota", "https://www.alibabacloud.com/help/en/flink/support/common-sql-errors",
 """When you click Start in the Actions column, the job status changes from STARTING to FAILED.
ERROR:exceeded quota: resourcequota
The current Resource Queue has insufficient resources to start the job.""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup", split="fresh-m")

case("z-flinkdocs-kafka-unknowntopicorpartition", "https://nightlies.apache.org/flink/flink-docs-stable/docs/connectors/datastream/kafka/#unknowntopicorpartitionexception",
 """UnknownTopicOrPartitionException
One possible cause of this error is when a new leader election is taking place,
for example after or during restarting a Kafka broker.
This is a retriable exception, so Flink job should be able to restart and resume normal operation.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime", split="fresh-m")

case("z-cloudera-csa5525-join-reorder-temporal", "https://docs.cloudera.com/cdf-datahub/7.3.1/release-notes/topics/cdf-datahub-known-issues-streaming-analytics.html",
 """CSA-5525 - Illegal join reordering in Flink optimizer
Flink optimizer's reordering might violate certain clauses (for example FOR SYSTEM_TIME AS OF) that are supported only on a specific side of a join operation, resulting in an error.
Caused by: org.apache.flink.table.api.TableException: Temporal table join only support apply FOR SYSTEM_TIME AS OF on the right table""",
 "PLATFORM_BUG", "PLATFORM", "FIX_CONFIG", phase="startup", split="fresh-m")

case("z-cloudera-csa5138-udf-checkpoint-compile", "https://docs.cloudera.com/cdf-datahub/7.2.18/release-notes/topics/cdf-datahub-known-issues-streaming-analytics.html",
 """CSA-5138 - SQL job submissions with UDF JARs fail when checkpointing is enabled
Due to the handling of ClassLoaders for custom JARs, uploading any Java UDFs with checkpoints enabled will cause the SQL job to fail with the following error:
ERROR com.cloudera.ssb.sqlio.service.SqlExecutorService: Error while submitting streaming job
org.apache.flink.util.FlinkRuntimeException: org.apache.flink.api.common.InvalidProgramException: Table program cannot be compiled.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_CONFIG", phase="startup", split="fresh-m")

case("z-hdinsight-aks-hive-dialect-classcast", "https://learn.microsoft.com/en-us/Azure/hdinsight-aks/flink/hive-dialect-flink",
 """The user can't change the default flink dialect to hive dialect for their usage on HDInsight on AKS clusters. All the SQL operations fail once changed to hive dialect with the following error.
java.lang.ClassCastException: class jdk.internal.loader.ClassLoaders$AppClassLoader can't be cast to class java.net.URLClassLoader
The reason for this issue arises due to an open Hive Jira. Currently, Hive assumes that the system class loader is an instance of URLClassLoader. In Java 11, this assumption isn't the case.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.17", split="fresh-m")

case("z-ibm-ep-ha-metadata-not-available", "https://ibm.github.io/event-automation/ep/troubleshooting/recover-flink-deployment",
 """The FlinkDeployment custom resource is not able to reconcile and have the following error in the FlinkDeployment custom resource:
org.apache.flink.kubernetes.operator.exception.RecoveryFailureException: HA metadata not available to restore from last state.
It is possible that the job has finished or terminally failed, or the configmaps have been deleted""",
 "HA_OR_STORAGE", "PLATFORM", "RESTART_FROM_CHECKPOINT", phase="restore", split="fresh-m")

case("z-flinkdocs-kryo-javaserializer-classloader", "https://nightlies.apache.org/flink/flink-docs-stable/docs/dev/datastream/fault-tolerance/serialization/third_party_serializers/#issue-with-using-kryos-javaserializer",
 """If you register Kryo's `JavaSerializer` for your custom type, you may
encounter `ClassNotFoundException`s even though your custom type class is
included in the submitted user code jar. This is due to a know issue with
Kryo's `JavaSerializer`, which may incorrectly use the wrong classloader.""",
 "SERIALIZATION", "PLATFORM", "FIX_USER_CODE", phase="runtime", split="fresh-m")

case("z-huawei-mrs-zk-noauth-ha-path", "https://support.huaweicloud.com/intl/en-us/devg-lts-mrs/mrs_07_260051.html",
 """When I use a newly-created Flink user to submit tasks, the task submission fails because of insufficient permission on the ZooKeeper directory. The error message in the log is as follows:
NoAuth for /flink_base/flink/application_1499222480199_0013""",
 "HA_OR_STORAGE", "USER", "FIX_CONFIG", phase="startup", split="fresh-m")

case("z-msf-restarts-tm-crash-heartbeat", "https://docs.aws.amazon.com/managed-flink/latest/java/troubleshooting-rt-restarts.html",
 """Application fails with TimeoutException, FlinkException, or RemoteTransportException: These errors may appear in your application log if your task managers are crashing. If your application is overloaded, your task managers can experience CPU or memory resource pressure, causing them to fail.
java.util.concurrent.TimeoutException: The heartbeat of JobManager with id xxx timed out
org.apache.flink.util.FlinkException: The assigned slot xxx was removed
org.apache.flink.runtime.io.network.netty.exception.RemoteTransportException: Connection unexpectedly closed by remote task manager""",
 "TASKMANAGER_LOST_OR_NETWORK", "USER", "ADD_RESOURCES_OR_SLOTS", phase="runtime", metrics="unusual spikes in CPU or memory usage (cpuUtilization, heapMemoryUtilization)", split="fresh-m")
