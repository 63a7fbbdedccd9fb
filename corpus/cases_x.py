from build_cases import case

case("x-seatunnel-same-jar-blob-registration", "https://github.com/apache/seatunnel/pull/2015",
 """[bugfix][seatunnel-core-flink]fix same source and sink registerplugin librarycache error
java.lang.IllegalStateException: The library registration references a different set of library BLOBs than previous registrations for this job:
old:[file:/home/seatunnel-v2.1.1-release/connectors/flink/seatunnel-connector-flink-kafka-2.1.1-SNAPSHOT.jar]
new:[file:/home/seatunnel-v2.1.1-release/connectors/flink/seatunnel-connector-flink-kafka-2.1.1-SNAPSHOT.jar, file:/home/seatunnel-v2.1.1-release/connectors/flink/seatunnel-connector-flink-kafka-2.1.1-SNAPSHOT.jar]
        at org.apache.flink.runtime.execution.librarycache.BlobLibraryCacheManager$ResolvedClassLoader.verifyClassLoader(BlobLibraryCacheManager.java:431) ~[flink-dist_2.11-1.13.6.jar:1.13.6]
        at org.apache.flink.runtime.execution.librarycache.BlobLibraryCacheManager$ResolvedClassLoader.access$500(BlobLibraryCacheManager.java:356) ~[flink-dist_2.11-1.13.6.jar:1.13.6]
        at org.apache.flink.runtime.execution.librarycache.BlobLibraryCacheManager$LibraryCacheEntry.getOrResolveClassLoader(BlobLibraryCacheManager.java:232) ~[flink-dist_2.11-1.13.6.jar:1.13.6]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.6", phase="startup", split="fresh-k")

case("x-starrocks-rows-no-partition", "https://github.com/StarRocks/starrocks-connector-for-apache-flink/issues/39",
 """Reason: there are 280 rows couldn't find a partition
Caused by: com.starrocks.connector.flink.manager.StarRocksStreamLoadFailedException: Failed to flush data to StarRocks, Error response:
{"Status":"Fail","BeginTxnTimeMs":1,"Message":"too many filtered rows","NumberUnselectedRows":0,"CommitAndPublishTimeMs":0,"Label":"94952a3a-32ce-44bd-a9ef-97392411fa45","LoadBytes":2867274,"StreamLoadPutTimeMs":4,"NumberTotalRows":1725,"WriteDataTimeMs":2879,"TxnId":360,"LoadTimeMs":2885,"ReadDataTimeMs":15,"NumberLoadedRows":1445,"NumberFilteredRows":280}
{"streamLoadErrorLog":"Reason: there are 280 rows couldn't find a partition. src line: [[2021-12-22 15:37:00, '17de1122ff5307-04554ab9f1db16-5373e62-1395396-17de1122ff6950', 'c0cbf7ba22784439b38199145b791998', '1.0.0', 'xxxxx', 0]]; \\n"}""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime", split="fresh-k")

case("x-alink-lr-network-buffers", "https://github.com/alibaba/Alink/issues/114",
 """调用alink中LogisticRegression算法报错内存不足
Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy
	at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:110)
	at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.getFailureHandlingResult(ExecutionFailureHandler.java:76)
	at org.apache.flink.runtime.scheduler.DefaultScheduler.handleTaskFailure(DefaultScheduler.java:192)
Caused by: java.io.IOException: Insufficient number of network buffers: required 29, but only 18 available. The total number of network buffers is currently set to 2048 of 32768 bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_NETWORK_MEMORY", phase="startup", split="fresh-k")

case("x-streampark-faq-legacy-kafka-table-props", "https://github.com/apache/streampark/issues/507",
 """Could not find a suitable table factory for 'org.apache.flink.table.factories.TableSourceFactory' in the classpath
2021-12-24T04:43:28.901627819Z Caused by: org.apache.flink.table.api.NoMatchingTableFactoryException: Could not find a suitable table factory for 'org.apache.flink.table.factories.TableSourceFactory' in
2021-12-24T04:43:28.901630469Z the classpath.
2021-12-24T04:43:28.901635342Z Reason: Required context properties mismatch.
2021-12-24T04:43:28.901640154Z The matching candidates:
2021-12-24T04:43:28.901642578Z org.apache.flink.table.sources.CsvAppendTableSourceFactory
2021-12-24T04:43:28.901645059Z Mismatched properties:
2021-12-24T04:43:28.901647812Z 'connector.type' expects 'filesystem', but is 'kafka'
2021-12-24T04:43:28.901650202Z 'format.type' expects 'csv', but is 'json'""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.14.0", phase="startup", split="fresh-k")

case("x-dolphinscheduler-jdbc-factory-missing", "https://github.com/apache/dolphinscheduler/issues/14380",
 """Could not find any factory for identifier 'jdbc'
创建了一个flink 工作流，日志提示：lib包下加入了如下依赖
flink 1.17""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.17", phase="startup", split="fresh-k")

case("x-hudi-bulk-insert-kryo-npe", "https://github.com/apache/hudi/issues/6540",
 """[SUPPORT]KryoException when bulk insert into hudi with flink
When bulk insert into hudi with flink, flink job fail with Exception
com.esotericsoftware.kryo.KryoException: java.lang.NullPointerException
    'write.operation' = 'bulk_insert',
    'table.type' = 'MERGE_ON_READ',""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.13", phase="runtime", split="fresh-k")

case("x-hudi-hadoop-fs-metaspace-leak", "https://github.com/apache/hudi/issues/8148",
 """When running a Flink workflow that writes to a Hudi table, metaspace is leaked whenever the job restarts from a checkpoint.
Additionally, if a persistent (not session or application mode) cluster is being used, running a job twice triggers a `ClassCastException`.
2022-12-16 14:01:15
java.io.IOException: java.io.IOException: Exception happened when bulk insert.
    at org.apache.hudi.sink.bulk.BulkInsertWriterHelper.write(BulkInsertWriterHelper.java:118)
    at org.apache.hudi.sink.bulk.BulkInsertWriteFunction.processElement(BulkInsertWriteFunction.java:124)
    at org.apache.flink.streaming.api.operators.ProcessOperator.processElement(ProcessOperator.java:66)
    at org.apache.flink.streaming.runtime.tasks.ChainingOutput.pushToOperator(ChainingOutput.java:99)""",
 "OOM_METASPACE", "PLATFORM", "FIX_DEPENDENCIES", version="1.15.1", phase="restore", split="fresh-k")

case("x-iceberg-source-pending-splits-2gb-checkpoint", "https://github.com/apache/iceberg/issues/14463",
 """Flink checkpoint failure when reading iceberg tables. serializePendingSplits exceeds Java array limit 2GB
[Checkpoint Timer] WARN org.apache.flink.runtime.checkpoint.CheckpointFailureManager - Failed to trigger or complete checkpoint 1 for job 000000004e9d64eb0000000000000000. (0 consecutive failed attempts so far) org.apache.flink.runtime.checkpoint.CheckpointException: An Exception occurred while triggering the checkpoint. IO-problem detected. at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.getCheckpointException(CheckpointCoordinator.java:2511) at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.onTriggerFailure(CheckpointCoordinator.java:1200) at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.onTriggerFailure(CheckpointCoordinator.java:1178) at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.lambda$startTriggeringCheckpoint$7(CheckpointCoordinator.java:905""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "PLATFORM", "FIX_DEPENDENCIES", version="1.20.0", phase="checkpoint", split="fresh-k")

case("x-iceberg-split-utf-too-long", "https://github.com/apache/iceberg/issues/9410",
 """Failed to assign splits due to the serialized split size
Caused by: org.apache.flink.util.FlinkRuntimeException: Failed to serialize splits.
	at org.apache.flink.runtime.source.coordinator.SourceCoordinatorContext.lambda$assignSplits$4(SourceCoordinatorContext.java:223)
	at java.base/java.util.HashMap.forEach(HashMap.java:1337)
	at org.apache.flink.runtime.source.coordinator.SourceCoordinatorContext.lambda$assignSplits$5(SourceCoordinatorContext.java:213)
	at org.apache.flink.runtime.source.coordinator.SourceCoordinatorContext.callInCoordinatorThread(SourceCoordinatorContext.java:428)
	... 14 more
Caused by: java.io.UTFDataFormatException: Encoded string is too long: 123214
	at org.apache.flink.core.memory.DataOutputSerializer.writeUTF(DataOutputSerializer.java:257)
	at org.apache.iceberg.flink.source.split.IcebergSourceSplit.serializeV2(IcebergSourceSplit.java:150)
	at org.apache.iceberg.flink.source.split.IcebergSourceSplitSerializer.serialize(IcebergSourceSplitSerializer.java:42)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime", split="fresh-k")

case("x-seatunnel-socketstream-host-default", "https://github.com/apache/seatunnel/issues/1540",
 """Quick start-Flink-nc Stream demo:Error:Connection refused
source {
    SocketStream{
          result_table_name = "fake"
          field_name = "info"
    }
}
>Caused by: java.net.ConnectException: 拒绝连接 (Connection refused)
	at java.net.PlainSocketImpl.socketConnect(Native Method)
	at java.net.AbstractPlainSocketImpl.doConnect(AbstractPlainSocketImpl.java:350)
	at java.net.AbstractPlainSocketImpl.connectToAddress(AbstractPlainSocketImpl.java:206)
	at java.net.AbstractPlainSocketImpl.connect(AbstractPlainSocketImpl.java:188)
	at java.net.SocksSocketImpl.connect(SocksSocketImpl.java:392)
	at java.net.Socket.connect(Socket.java:589)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="runtime", split="fresh-k")

case("x-flink-pr-null-key-keyselector", "https://github.com/apache/flink/pull/6724",
 """[FLINK-10380] Add precondition for assignToKeyGroup method
Without it, Flink cluster throws obscure NullPointerException at runtime.
Exception in thread "main" org.apache.flink.runtime.client.JobExecutionException: java.lang.RuntimeException
 at org.apache.flink.runtime.minicluster.MiniCluster.executeJobBlocking(MiniCluster.java:623)
 at org.apache.flink.streaming.api.environment.LocalStreamEnvironment.execute(LocalStreamEnvironment.java:123)
 at org.myorg.quickstart.BuggyKeyedStream.main(BuggyKeyedStream.java:61)
Caused by: java.lang.RuntimeException
 at org.apache.flink.streaming.runtime.io.RecordWriterOutput.pushToRecordWriter(RecordWriterOutput.java:110)
 at org.apache.flink.streaming.runtime.io.RecordWriterOutput.collect(RecordWriterOutput.java:89)
 at org.apache.flink.streaming.api.operators.AbstractStreamOperator$CountingOutput.collect(AbstractStreamOperator.java:689)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-k")

case("x-iceberg-rewrite-eqdeletes-heap-oom", "https://github.com/apache/iceberg/issues/4312",
 """Flink: Rewrite all data files( upsert mode, v2 table) lead to taskmanager out of memory
> TM's memory       16G
      numFiles              717
      numRows             176450547
Caused by: java.lang.RuntimeException: java.lang.OutOfMemoryError: Java heap space
	at org.apache.iceberg.flink.source.RowDataRewriter$RewriteMap.map(RowDataRewriter.java:150) ~[iceberg-flink-runtime-1.12-0.13.1.jar:?]
	at org.apache.iceberg.flink.source.RowDataRewriter$RewriteMap.map(RowDataRewriter.java:91) ~[iceberg-flink-runtime-1.12-0.13.1.jar:?]
	at org.apache.flink.streaming.api.operators.StreamMap.processElement(StreamMap.java:41) ~[flink-dist_2.11-1.12.0.jar:1.12.0]
	at org.apache.flink.streaming.runtime.tasks.OneInputStreamTask$StreamTaskNetworkOutput.emitRecord(OneInputStreamTask.java:193) ~[flink-dist_2.11-1.12.0.jar:1.12.0]""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", version="1.12.0", phase="runtime", split="fresh-k")

case("x-kickstarter-tm-heartbeat-docker-memory", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/796",
 """`Heartbeat of TaskManager with id 172.18.0.3:33783-3e38f6 timed out.`.
java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 172.18.0.3:33783-3e38f6 timed out.
	at org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(JobMaster.java:1641)
	at org.apache.flink.runtime.heartbeat.DefaultHeartbeatMonitor.run(DefaultHeartbeatMonitor.java:158)
	at java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)
	at java.base/java.util.concurrent.FutureTask.run(FutureTask.java:317)
	at org.apache.flink.runtime.rpc.pekko.PekkoRpcActor.lambda$handleRunAsync$4(PekkoRpcActor.java:460)
	at org.apache.flink.runtime.concurrent.ClassLoadingUtils.runWithContextClassLoader(ClassLoadingUtils.java:68)""",
 "TASKMANAGER_LOST_OR_NETWORK", "USER", "ADD_RESOURCES_OR_SLOTS", phase="runtime", split="fresh-k")

case("x-minio-tenant-checkpoint-storage-tls", "https://github.com/minio/operator/issues/649",
 """Flink cannot connect to MINIO Tenant as S3 Persistent Store
When Flink attempts to initialize a job, a certificate error is thrown trying to connect to MINIO:
Caused by: org.apache.flink.util.FlinkRuntimeException: Failed to create checkpoint storage at checkpoint coordinator side.
	at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.<init>(CheckpointCoordinator.java:324)
	at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.<init>(CheckpointCoordinator.java:240)
	at org.apache.flink.runtime.executiongraph.DefaultExecutionGraph.enableCheckpointing(DefaultExecutionGraph.java:448)
	at org.apache.flink.runtime.executiongraph.DefaultExecutionGraphBuilder.buildGraph(DefaultExecutionGraphBuilder.java:311)
	at org.apache.flink.runtime.scheduler.DefaultExecutionGraphFactory.createAndRestoreExecutionGraph(DefaultExecutionGraphFactory.java:107)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup", split="fresh-k")
