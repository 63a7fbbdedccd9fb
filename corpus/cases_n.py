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
case("n-gh-streampark-2172-sql-savepoint-operator", "https://github.com/apache/streampark/issues/2172",
 """Caused by: java.util.concurrent.CompletionException: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint hdfs://hadoop-node01:8020/flink/jobs/savepoint/test/savepoint-8b63ea-6498a5f5861e. Cannot map checkpoint/savepoint state for operator e30ccce83304773b609843a7d9d3e8d7 to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.
	at java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:273) ~[?:1.8.0_181]""",
 "STATE_RESTORE_INCOMPATIBLE", "USER", "RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS", phase="restore", split="fresh-a")
case("n-gh-kickstarter-787-txn-timeout-broker-max", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/787",
 """org.apache.kafka.common.KafkaException: Unexpected error in InitProducerIdResponse; The transaction timeout is larger than the maximum value allowed by the broker (as configured by transaction.max.timeout.ms).
	at org.apache.kafka.clients.producer.internals.TransactionManager$InitProducerIdHandler.handleResponse(TransactionManager.java:1463)
	at org.apache.kafka.clients.producer.internals.TransactionManager$TxnRequestHandler.onComplete(TransactionManager.java:1363)
	Suppressed: java.lang.NullPointerException
		at org.apache.flink.connector.kafka.sink.ExactlyOnceKafkaWriter.abortCurrentProducer(ExactlyOnceKafkaWriter.java:278)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", split="fresh-a")
case("n-gh-flinkcdc-230-kafka-eo-fenced", "https://github.com/apache/flink-cdc/issues/230",
 """Caused by: org.apache.kafka.common.errors.ProducerFencedException: Producer attempted an operation with an old epoch. Either there is a newer producer with the same transactionalId, or the producer's transaction has been expired by the broker.
	Suppressed: java.lang.IllegalStateException: Pending record count must be zero at this point: 1
		at org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer.flush(FlinkKafkaProducer.java:1090) ~[flinkcdc.jar:?]
		at org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer.close(FlinkKafkaProducer.java:925) ~[flinkcdc.jar:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", split="fresh-a")
case("n-gh-kop-1333-endtxn-server-error", "https://github.com/streamnative/kop/issues/1333",
 """WARN  org.apache.flink.runtime.taskmanager.Task                    [] - Source: Custom Source -> Sink: Unnamed (1/1)#0 (e8f5badd7e0af0695ec5dbc797b23bce) switched from RUNNING to FAILED.
org.apache.kafka.common.KafkaException: Unhandled error in EndTxnResponse: The server experienced an unexpected error when processing the request.
	at org.apache.kafka.clients.producer.internals.TransactionManager$EndTxnHandler.handleResponse(TransactionManager.java:1362) ~[blob_p-dab1138064dbb2d3fcea71b826b490e4ebccff52-b1bb949c26be6b41d11561b6467bff3c:?]
	at org.apache.kafka.clients.producer.internals.TransactionManager$TxnRequestHandler.onComplete(TransactionManager.java:1074) ~[blob_p-dab1138064dbb2d3fcea71b826b490e4ebccff52-b1bb949c26be6b41d11561b6467bff3c:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", split="fresh-a")
case("n-gh-flink-pr15712-hive-map-npe", "https://github.com/apache/flink/pull/15712",
 """[FLINK-22400][hive connect]fix NPE problem when convert flink object for Map
ENV: flink 1.12   hive 2.0.0
Caused by: java.lang.RuntimeException: One or more fetchers have encountered exception
    at org.apache.flink.connector.base.source.reader.fetcher.SplitFetcherManager.checkErrors(SplitFetcherManager.java:199)
    at org.apache.flink.connector.base.source.reader.SourceReaderBase.getNextFetch(SourceReaderBase.java:154)
    at org.apache.flink.connector.base.source.reader.SourceReaderBase.pollNext(SourceReaderBase.java:116)
    at org.apache.flink.streaming.api.operators.SourceOperator.emitNext(SourceOperator.java:275)""",
 "PLATFORM_BUG", "PLATFORM", "UPGRADE_FLINK_VERSION", version="1.12", split="fresh-a")
case("n-gh-kickstarter-797-heartbeat", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/797",
 """java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 172.18.0.3:33783-3e38f6 timed out.
	at org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(JobMaster.java:1641)
	at org.apache.flink.runtime.heartbeat.DefaultHeartbeatMonitor.run(DefaultHeartbeatMonitor.java:158)
	at java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", split="fresh-a")
case("n-gh-flinkcdc-1171-offset-writer-flushing", "https://github.com/apache/flink-cdc/issues/1171",
 """org.apache.kafka.connect.errors.ConnectException: OffsetStorageWriter is already flushing
2022-05-13 20:43:32,898 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Triggering checkpoint 4040 (type=CHECKPOINT) @ 1652445812898 for job cf6809f95a770888f6d8b8b157ad51eb.
2022-05-13 20:43:32,902 INFO  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    [] - Completed checkpoint 4040 for job cf6809f95a770888f6d8b8b157ad51eb (41833 bytes in 3 ms).""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-a")
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
