from build_cases import case

# Fresh collection A, session 2026-11-25: gathered after the rules were written and scored before any
# rule was changed for them (split "fresh-a"). Quoted, trimmed.

case("n-gh-paimon-9795-metaspace-user-jar", "https://github.com/apache/paimon/issues/9795",
 """[Bug] TaskManager Metaspace never reclaimed: ~18.2 MB leaked per finished SQL job that ships the Paimon connector as a user jar (Flink 1.20.5 session cluster)
TaskManager -XX:MaxMetaspaceSize=768m, JobManager 2048m.""",
 "OOM_METASPACE", "PLATFORM", "FIX_DEPENDENCIES", version="1.20.5", split="fresh-a")
case("n-gh-beam-32372-jm-metaspace-leak", "https://github.com/apache/beam/issues/32372",
 """[Bug]: Flink Job manager metaspace classloader leak
The metaspace memory is only growing in flink (after each submit):
At some point, it is not possible to submit new jobs (the Flink api hang).
there is a lot of duplicate class like: `org.apache.beam.vendor.grpc.v1p60p1.com.google.protobuf.DescriptorProtos$DescriptorProto`""",
 "OOM_METASPACE", "PLATFORM", "FIX_DEPENDENCIES", version="1.18.1", split="fresh-a")
case("n-gh-beam-25510-session-metaspace", "https://github.com/apache/beam/issues/25510",
 """[Bug]: beam (even word count example) on flink ( session mode job submission in flink) results in memory leak when submitting job multiple times
Submit the same multiple times. Based on JVM configuration, after some jobs we get Outofmemoryerror - metaspace.
it can be observed that ChildFirstClassLoader is not getting garbage collected after each job is finished. Leading to memory leakage.""",
 "OOM_METASPACE", "PLATFORM", "FIX_DEPENDENCIES", version="1.14.5", split="fresh-a")
case("n-gh-dinky-pr3169-jdbc-typeutil", "https://github.com/DataLinkDC/dinky/pull/3169",
 """Could not initialize class org.apache.flink.connector.jdbc.utils.JdbcTypeUtil when executing mysqlcdc2mysql in local mode""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.18", split="fresh-a")
case("n-gh-kickstarter-787-txn-timeout-broker-max", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/787",
 """org.apache.kafka.common.KafkaException: Unexpected error in InitProducerIdResponse; The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms).
	at org.apache.kafka.clients.producer.internals.TransactionManager$InitProducerIdHandler.handleResponse(TransactionManager.java:1463)
	at org.apache.kafka.clients.producer.internals.TransactionManager$TxnRequestHandler.onComplete(TransactionManager.java:1363)
	Suppressed: java.lang.NullPointerException
		at org.apache.flink.connector.kafka.sink.ExactlyOnceKafkaWriter.abortCurrentProducer(ExactlyOnceKafkaWriter.java:278)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", split="fresh-a")
case("n-gh-iceberg-3551-kryo-rowdatawrapper", "https://github.com/apache/iceberg/issues/3551",
 """Flink: Get KryoException when starting a flink job.
2021-11-12 18:07:03,976 WARN  org.apache.flink.runtime.taskmanager.Task                    dw_rt_ods.ods_mysql_cdc_hive_exec_job-IcebergStreamWriter (1/1)#0 [] - database.table-IcebergStreamWriter (1/1)#0 (2377289ed0fedccf9d510099ec769e24) switched from RUNNING to FAILED.
java.lang.RuntimeException: Exception occurred while setting the current key context.
	at org.apache.flink.streaming.api.operators.StreamOperatorStateHandler.setCurrentKey(StreamOperatorStateHandler.java:322) ~[flink-dist_2.12-1.12.1.jar:1.12.1]
	at org.apache.flink.streaming.api.operators.AbstractStreamOperator.setCurrentKey(AbstractStreamOperator.java:532) ~[flink-dist_2.12-1.12.1.jar:1.12.1]""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.12.1", split="fresh-a")
case("n-gh-hudi-6478-kryo-upgrade-restore", "https://github.com/apache/hudi/issues/6478",
 """[SUPPORT]Get KryoException when upgrade from 0.10 to 0.11 in flink
restore flink job from ckp with hudi 0.11 version
java.lang.Exception: Exception while creating StreamOperatorStateContext.
    at org.apache.flink.streaming.api.operators.StreamTaskStateInitializerImpl.streamOperatorStateContext(StreamTaskStateInitializerImpl.java:254)
    at org.apache.flink.streaming.api.operators.AbstractStreamOperator.initializeState(AbstractStreamOperator.java:272)
    at org.apache.flink.streaming.runtime.tasks.OperatorChain.initializeStateAndOpenOperators(OperatorChain.java:454)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", phase="restore", split="fresh-a")
case("n-gh-kryo-564-avro-verifyerror", "https://github.com/EsotericSoftware/kryo/issues/564",
 """Caused by: org.apache.flink.runtime.client.JobExecutionException: Job execution failed.
	at org.apache.flink.runtime.jobmanager.JobManager$$anonfun$handleMessage$1$$anonfun$applyOrElse$6.apply$mcV$sp(JobManager.scala:897)
Caused by: java.lang.VerifyError: Bad type on operand stack
Exception Details:
  Location:
    org/apache/flink/formats/avro/utils""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.4", phase="startup", split="fresh-a")
