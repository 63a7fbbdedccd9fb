from build_cases import case

case("gh-flinkcdc-273-ckpt-expired", "https://github.com/apache/flink-cdc/issues/273",
 """2021-07-26 17:04:57,627 INFO  [74] org.apache.flink.runtime.checkpoint.CheckpointCoordinator    - Checkpoint 17 of job 9ee5f488e87f39d44f7cd9e6da6ff1cd expired before completing.
2021-07-26 17:04:57,629 INFO  [69] org.apache.flink.runtime.jobmaster.JobMaster                 - Trying to recover from a global failure.
org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold.
	at org.apache.flink.runtime.checkpoint.CheckpointFailureManager.handleJobLevelCheckpointException(SourceFile:66) ~[flink-dist_2.11-1.11.2.jar:1.11.2]""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING", version="1.11.2", phase="checkpoint")
case("gh-hudi-8276-ckpt-threshold", "https://github.com/apache/hudi/issues/8276",
 """there will be errors such as org. apache. link. runtime. checkpoint. CheckpointException: Checkpoint expired before completing or Exceeded checkpoint tolerable failure threshold.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING", phase="checkpoint")
case("gh-kickstarter-463-kryo-unmodifiable", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/463",
 """com.esotericsoftware.kryo.KryoException: java.lang.UnsupportedOperationException
The error trace shows `java.util.Collections$UnmodifiableCollection.add`""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="runtime")
case("gh-paimon-2484-kafka-metadata-sasl", "https://github.com/apache/paimon/pull/2484",
 """Caused by: org.apache.flink.kafka.shaded.org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", phase="startup")
case("gh-flinkcdc-3406-doris-classcast", "https://github.com/apache/flink-cdc/issues/3406",
 """Caused by: java.lang.ClassCastException: cannot assign instance of org.apache.doris.flink.cfg.DorisOptions to field org.apache.flink.cdc.connectors.doris.sink.DorisMetadataApplier.dorisOptions of type""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-dinky-1977-classcast", "https://github.com/DataLinkDC/dinky/issues/1977",
 """Caused by: java.lang.ClassCastException: org.dinky.trans.ddl.ShowFragmentsOperation cannot be cast to org.dinky.trans.Operation
	at org.dinky.trans.Operations.lambda$getAllOperations$1(Operations.java:61) ~[dinky-app-1.16-0.8.0-jar-with-dependencies.jar:?]
	at java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:193) ~[?:1.8.0_321]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.16", phase="startup")
case("gh-seatunnel-717-janino-classcast", "https://github.com/apache/seatunnel/issues/717",
 """        at org.apache.flink.client.cli.CliFrontend.main(CliFrontend.java:1081)
Caused by: java.lang.ClassCastException: org.codehaus.janino.CompilerFactory cannot be cast to org.codehaus.commons.compiler.ICompilerFactory
        at org.codehaus.commons.compiler.CompilerFactoryFactory.getCompilerFactory(CompilerFactoryFactory.java:129)
        at org.codehaus.commons.compiler.CompilerFactoryFactory.getDefaultCompilerFactory(CompilerFactoryFactory.java:79)
        at org.apache.calcite.rel.metadata.JaninoRelMetadataProvider.compile(JaninoRelMetadataProvider.java:432)
        ... 61 more""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.9.3", phase="startup")
case("gh-starrocks-227-linkage", "https://github.com/StarRocks/starrocks-connector-for-apache-flink/issues/227",
 """java.lang.LinkageError: loader constraint violation: loader (instance of org/apache/flink/util/ChildFirstClassLoader) previously initiated loading for a different type with name "org/apache/flink/streaming/api/functions/sink/SinkFunction$Context"
	at java.lang.ClassLoader.defineClass1(Native Method)
	at java.lang.ClassLoader.defineClass(ClassLoader.java:763)
	at org.apache.flink.util.ChildFirstClassLoader.loadClassWithoutExceptionHandling(ChildFirstClassLoader.java:71)
	at org.apache.flink.util.FlinkUserCodeClassLoader.loadClass(FlinkUserCodeClassLoader.java:48)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.12", phase="runtime")
case("gh-hudi-9339-yarn-vmem", "https://github.com/apache/hudi/issues/9339",
 """Container [pid=8296,containerID=container_e07_1669378398064_0904_01_000002] is running beyond virtual memory limits. Current usage: 2.0 GB of 6 GB physical memory used; 39.9 GB of 12.6 GB virtual memory used. Killing container.""",
 "CONTAINER_KILLED_MEMORY", "PLATFORM", "FIX_CONFIG", phase="runtime")
case("gh-spotify-op-618-quarantined", "https://github.com/spotify/flink-on-k8s-operator/issues/618",
 """Tried to associate with unreachable remote address [akka.tcp://flink@flinkjobcluster-sample-jobmanager:6123]. Address is now gated for 50 ms, all messages to this address will be delivered to dead letters. Reason: [The remote system has quarantined this system. No further associations to the remote system are possible until this system is restarted.]""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", version="1.15.3", phase="runtime")
