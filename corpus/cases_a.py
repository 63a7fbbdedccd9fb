from build_cases import case

case("gh-seatunnel-11645-metaspace", "https://github.com/apache/seatunnel/pull/11645",
 """[tyrantlucifer/flink:1.20.1-scala_2.12_hadoop27:taskmanager] - STDOUT: java.lang.OutOfMemoryError: Metaspace. ...
	at java.lang.ClassLoader.defineClass1(Native Method)
	at java.net.URLClassLoader.defineClass(URLClassLoader.java:473)""",
 "OOM_METASPACE", "USER", "INCREASE_METASPACE", version="1.20.1", phase="runtime")
case("gh-seatunnel-11645-heartbeat", "https://github.com/apache/seatunnel/pull/11645",
 """Caused by: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 172.18.0.5:36859-7443e5 timed out.
Job http_binary_to_assert.conf (...) switched from state FAILING to FAILED.
Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", version="1.20.1", phase="runtime")
case("gh-flinkcdc-1085-metaspace", "https://github.com/apache/flink-cdc/issues/1085",
 """java.lang.OutOfMemoryError:Metaspce:This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak. In the first case 'taskmanager.memory.jvm-metaspace.size' configuration option should be increased. If the error persists (usually in cluster after several job (re-)submissions) then there is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown...""",
 "OOM_METASPACE", "USER", "INCREASE_METASPACE", version="1.13.6", phase="runtime")
case("gh-beam-21094-netbuffers", "https://github.com/apache/beam/issues/21094",
 """Caused by: java.io.IOException: Insufficient number of network buffers: required 17, but only 0 available. The total number of network buffers is currently set to 2048 of 32768 bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_NETWORK_MEMORY", version="1.15", phase="startup")
case("gh-flinkcdc-250-noresource", "https://github.com/apache/flink-cdc/issues/250",
 """[ERROR] Could not execute SQL statement. Reason:
org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources.""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup")
case("gh-alink-87-noslot", "https://github.com/alibaba/Alink/issues/87",
 """Caused by: java.util.concurrent.CompletionException: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: No pooled slot available and request to ResourceManager for new slot failed
        at java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:292)
        ... 29 more
Caused by: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: No pooled slot available and request to ResourceManager for new slot failed
        ... 27 more
Caused by: java.util.concurrent.CompletionException: org.apache.flink.runtime.resourcemanager.exceptions.ResourceManagerException: Could not fulfill slot request 7f564f58302cdefe06b0bc4eba29e520.""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup")
case("gh-flinkk8s-1-slots-timeout", "https://github.com/Aleksandr-Filichkin/flink-k8s/issues/1",
 """org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not allocate all requires slots within timeout of 300000 ms.""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup")
case("gh-hibench-427-free-slots", "https://github.com/Intel-bigdata/HiBench/issues/427",
 """org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Not enough free slots available to run the job. You can decrease the operator parallelism or increase the number of slots per TaskManager in the configuration. Task to schedule: < Attempt #0 (Source: Custom Source -> Map (2/20)) @ (unassigned) - [SCHEDULED] > with groupID < cbc357ccb763df2852fee8c4fc7d55f2 > in sharing group < SlotSharingGroup [cbc357ccb763df2852fee8c4fc7d55f2] >. Resources available to scheduler: Number of instances=1, total number of slots=1, available slots=0
	at org.apache.flink.runtime.jobmanager.scheduler.Scheduler.scheduleTask(Scheduler.java:256)
	at org.apache.flink.runtime.jobmanager.scheduler.Scheduler.allocateSlot(Scheduler.java:142)""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup")
case("gh-streampark-2172-unmapped-state", "https://github.com/apache/streampark/issues/2172",
 """Caused by: java.util.concurrent.CompletionException: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint hdfs://hadoop-node01:8020/flink/jobs/savepoint/test/savepoint-8b63ea-6498a5f5861e. Cannot map checkpoint/savepoint state for operator e30ccce83304773b609843a7d9d3e8d7 to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.
	at java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:273) ~[?:1.8.0_181]
	at java.lang.Thread.run(Thread.java:748) ~[?:1.8.0_181]
Caused by: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint hdfs://hadoop-node01:8020/flink/jobs/savepoint/test/savepoint-8b63ea-6498a5f5861e. Cannot map checkpoint/savepoint state for operator e30ccce83304773b609843a7d9d3e8d7 to the new program, because the operator is not available in the new""",
 "STATE_RESTORE_INCOMPATIBLE", "USER", "RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS", phase="restore")
case("gh-dinky-2273-unmapped-state", "https://github.com/DataLinkDC/dinky/issues/2273",
 """Cannot map checkpoint/savepoint state for operator 141d3e51f76730254ed522f0ecc3aaed to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.""",
 "STATE_RESTORE_INCOMPATIBLE", "USER", "RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS", phase="restore")
case("gh-iceberg-3695-yarn-pmem", "https://github.com/apache/iceberg/issues/3695",
 """2021-12-06 00:16:36,280 INFO  org.apache.flink.runtime.resourcemanager.active.ActiveResourceManager [] - Worker container_e10_1634010428940_125776_01_000003 is terminated. Diagnostics: Container [pid=122806,containerID=container_e10_1634010428940_125776_01_000003] is running beyond physical memory limits. Current usage: 4.0 GB of 4 GB physical memory used; 6.2 GB of 8.4 GB virtual memory used. Killing container.""",
 "CONTAINER_KILLED_MEMORY", "USER", "INCREASE_MANAGED_OR_NATIVE_MEMORY", version="1.12.1", phase="runtime")
case("gh-flinkdemos-24-kafka-nosuchmethod", "https://github.com/jaehyeon-kim/flink-demos/issues/24",
 """Caused by: java.lang.NoSuchMethodError: 'void org.apache.flink.connector.base.source.reader.fetcher.SingleThreadFetcherManager.<init>(org.apache.flink.connector.base.source.reader.synchronization.FutureCompletingBlockingQueue, java.util.function.Supplier, java.util.function.Consumer)'
        at org.apache.flink.connector.kafka.source.reader.fetcher.KafkaSourceFetcherManager.<init>(KafkaSourceFetcherManager.java:71)
        at org.apache.flink.connector.kafka.source.KafkaSource.createReader(KafkaSource.java:160)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-flink-pr21574-pyflink-kafka", "https://github.com/apache/flink/pull/21574",
 """java.lang.NoSuchMethodError: org.apache.flink.connector.base.source.reader.fetcher.SingleThreadFetcherManager.<init>(Lorg/apache/flink/connector/base/source/reader/synchronization/FutureCompletingBlockingQueue;Ljava/util/function/Supplier;Ljava/util/function/Consumer;)V""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.16")
case("gh-flinkcdc-112-json-nosuchmethod", "https://github.com/apache/flink-cdc/issues/112",
 """[ERROR] Could not execute SQL statement. Reason:
java.lang.NoSuchMethodError: org.apache.flink.formats.json.JsonRowDataSerializationSchema.<init>(Lorg/apache/flink/table/types/logical/RowType;Lorg/apache/flink/formats/json/TimestampFormat;)V""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.12", phase="startup")
case("gh-flinkcdc-3327-committer-nosuchmethod", "https://github.com/apache/flink-cdc/issues/3327",
 """Exception in thread "main" java.lang.NoSuchMethodError: 'void org.apache.flink.streaming.runtime.operators.sink.CommitterOperatorFactory.<init>(org.apache.flink.api.connector.sink2.TwoPhaseCommittingSink, boolean, boolean)'
	at org.apache.flink.cdc.composer.flink.translator.DataSinkTranslator.addCommittingTopology(DataSinkTranslator.java:137)
	at org.apache.flink.cdc.composer.flink.translator.DataSinkTranslator.sinkTo(DataSinkTranslator.java:86)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-pulsarflink-471-avro-nosuchmethod", "https://github.com/streamnative/pulsar-flink/issues/471",
 """java.lang.NoSuchMethodError:org.apache.flink.formats.avro.typeutils.AvroSchemaConverter.convertToSchema(Lorg/apache/flink/table/types/logical/LogicalType;)Lorg/apache/avro/Schema""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.13.2")
case("gh-flinkcdc-2943-collectionutil", "https://github.com/apache/flink-cdc/issues/2943",
 """NoSuchMethodError:org.apache.flink.util.CollectionUtil.newHashMapWithExpectedSize""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.17.1", phase="startup")
