from build_cases import case

# Second collection round (adviser-accuracy): deployment/K8s/YARN, HA/storage, connector and
# format library bugs, serialization across upgrades, state restore, config. Quoted, trimmed.

case("gh-dockerflink-98-jm-dns", "https://github.com/docker-flink/docker-flink/issues/98",
 """java.net.UnknownHostException: flink-jobmanager: Temporary failure in name resolution
        at java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)
        at java.net.InetAddress.getByName(InetAddress.java:1077)
        at org.apache.flink.runtime.rpc.akka.AkkaRpcServiceUtils.getRpcUrl(AkkaRpcServiceUtils.java:203)
        at org.apache.flink.runtime.highavailability.HighAvailabilityServicesUtils.createHighAvailabilityServices(HighAvailabilityServicesUtils.java:97)
        at org.apache.flink.runtime.taskexecutor.TaskManagerRunner.<init>(TaskManagerRunner.java:132)""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "FIX_CONFIG", phase="startup")
case("gh-bitnami-22225-tm-unresolved", "https://github.com/bitnami/charts/issues/22225",
 """ERROR org.apache.flink.runtime.jobmaster.JobMaster                 [] - Could not accept TaskManager registration.
org.apache.flink.util.FlinkException: TaskManager address flink-ushur-taskmanager-2.flink-ushur-taskmanager-headless.flink.svc.cluster.local cannot be resolved. flink-ushur-taskmanager-2.flink-ushur-taskmanager-headless.flink.svc.cluster.local: Name or service not known
	at org.apache.flink.runtime.jobmaster.JobMaster.resolveTaskManagerLocation(JobMaster.java:828) ~[flink-dist-1.18.1.jar:1.18.1]
	at org.apache.flink.runtime.jobmaster.JobMaster.registerTaskManager(JobMaster.java:755) ~[flink-dist-1.18.1.jar:1.18.1]""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "FIX_CONFIG", version="1.18.1", phase="startup")
case("gh-melentye-4-jm-actor-system", "https://github.com/melentye/flink-kubernetes/issues/4",
 """ERROR org.apache.flink.runtime.jobmanager.JobManager                - Failed to run JobManager.
java.lang.Exception: Could not create JobManager actor system""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "FIX_CONFIG", phase="startup")
case("gh-pinpoint-7160-rm-registration", "https://github.com/pinpoint-apm/pinpoint/issues/7160",
 """WARN  akka.remote.ReliableDeliverySupervisor                       [] - Association with remote system [akka.tcp://flink@localhost:6123] has failed, address is now gated for [50] ms. Reason: [Association failed with [akka.tcp://flink@localhost:6123]] Caused by: [java.net.ConnectException: Connection refused: localhost/127.0.0.1:6123]
INFO  org.apache.flink.runtime.taskexecutor.TaskExecutor           [] - Could not resolve ResourceManager address akka.tcp://flink@localhost:6123/user/rpc/resourcemanager_*, retrying in 10000 ms
ERROR org.apache.flink.runtime.taskexecutor.TaskExecutor           [] - Fatal error occurred in TaskExecutor akka.tcp://flink@localhost:62301/user/rpc/taskmanager_0.
org.apache.flink.runtime.taskexecutor.exceptions.RegistrationTimeoutException: Could not register at the ResourceManager within the specified maximum registration duration 300000 ms. This indicates a problem with this instance. Terminating now.""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "FIX_CONFIG", phase="startup")
case("gh-analyticszoo-926-tm-rpc-timeout", "https://github.com/intel/analytics-zoo/issues/926",
 """Caused by: java.lang.Exception: Cannot deploy task Split Reader: Custom File Source -> Map (1/1) (0b4d1a1a1fab62d353c5e73aebf74e3a) - TaskManager (4e65e0d10781d24c56af04a6eb34b726 @ Gondolin-Node-072 (dataPort=42246)) not responding after a rpcTimeout of 10000 ms
        at org.apache.flink.runtime.executiongraph.Execution.lambda$deploy$5(Execution.java:624)
Caused by: akka.pattern.AskTimeoutException: Ask timed out on [Actor[akka.tcp://""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", phase="startup")
case("gh-flinkop-pr668-services-forbidden", "https://github.com/apache/flink-kubernetes-operator/pull/668",
 """io.fabric8.kubernetes.client.KubernetesClientException: Failure executing: GET at: https://10.100.0.1/api/v1/namespaces/default/services/flink-session-cluster-rest. Message: Forbidden!Configured service account doesn't have access. Service account may have been revoked. services "flink-session-cluster-rest" is forbidden: User "system:serviceaccount:default:flink" cannot get resource "services" in API group "" in the namespace "default".""",
 "CONFIG_ERROR", "PLATFORM", "FIX_CONFIG")
case("gh-statefun-pr157-jm-memory-chart", "https://github.com/apache/flink-statefun/pull/157",
 """INFO  [] - Loading configuration property: jobmanager.memory.process.size, 500m
INFO  [] - The derived from fraction jvm overhead memory (50.000mb (52428800 bytes)) is less than its min value 192.000mb (201326592 bytes), min value will be used instead
Exception in thread "main" org.apache.flink.configuration.IllegalConfigurationException: The configured Total Flink Memory (52.000mb (54525952 bytes)) is less than the configured Off-heap Memory (128.000mb (134217728 bytes)).
	at org.apache.flink.runtime.util.config.memory.jobmanager.JobManagerFlinkMemoryUtils.deriveFromTotalFlinkMemory(JobManagerFlinkMemoryUtils.java:107)""",
 "CONFIG_ERROR", "PLATFORM", "FIX_CONFIG", phase="startup")
case("gh-spotifyop-629-kerberos-tgt", "https://github.com/spotify/flink-on-k8s-operator/issues/629",
 """Caused by GSSException: No valid credentials provided(Mechanism level: Failed to find any Kerberos tgt)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.14.2")
case("gh-pulsarflink-364-not-tls", "https://github.com/streamnative/pulsar-flink/issues/364",
 """Could not complete the operation. Number of retries has been exhausted. Failed reason: not an SSL/TLS record""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG")
# ---- HA / storage ----
case("gh-dockerhadoop-158-no-datanodes", "https://github.com/big-data-europe/docker-hadoop/issues/158",
 """java.io.IOException: File /flink-checkpoints/afb7c64c25dcdc45205f86672f13c9c6/chk-1/afc6c102-f508-43d7-b168-fc786e91ea13 could only be written to 0 of the 1 minReplication nodes. There are 0 datanode(s) running and 0 node(s) are excluded in this operation.
	at org.apache.hadoop.hdfs.server.blockmanagement.BlockManager.chooseTarget4NewBlock(BlockManager.java:2350)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="checkpoint")
case("gh-streampark-964-hdfs-excluded", "https://github.com/apache/streampark/issues/964",
 """ERROR | streamx-build-pipeline-executor-0 | com.streamxhub.streamx.flink.packer.pipeline.impl.FlinkYarnApplicationBuildPipeline:77] [StreamX] [streamx-packer] building pipeline has failed. | appName=flink-demo
org.apache.hadoop.ipc.RemoteException: File /streamx/client/streamx-flink-sqlclient_2.11-1.2.3.jar could only be written to 0 of the 1 minReplication nodes. There are 1 datanode(s) running and 1 node(s) are excluded in this operation.""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", version="1.13.2", phase="startup")
case("gh-streampark-1134-s3-plugin", "https://github.com/apache/streampark/issues/1134",
 """Caused by: org.apache.flink.core.fs.UnsupportedFileSystemSchemeException:
Could not find a file system implementation for scheme 's3'. The scheme is directly supported by Flink through the following plugins: flink-s3-fs-hadoop, flink-s3-fs-presto. Please ensure that each plugin resides within its own subfolder within the plugins directory""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.12.5", phase="startup")
case("gh-flinkshaded-94-hadoop-missing", "https://github.com/apache/flink-shaded/issues/94",
 """Caused by: org.apache.flink.core.fs.UnsupportedFileSystemSchemeException: Hadoop is not in the classpath/dependencies""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.1", phase="startup")
case("gh-iceberg-5256-s3-pool", "https://github.com/apache/iceberg/issues/5256",
 """WARN  org.apache.flink.runtime.taskmanager.Task  - Source: Iceberg table (s3a://jykj/warehouse/MKJXZYRYGLXT16323793634643071688555102209/person/ps_t_real_result) monitor (1/1)#1 (a67a9858a8ff1079afd508ef3e89137b) switched from RUNNING to FAILED.
org.apache.iceberg.exceptions.RuntimeIOException: Failed to refresh the table
	at org.apache.iceberg.hadoop.HadoopTableOperations.refresh(HadoopTableOperations.java:121)
	at org.apache.iceberg.flink.source.StreamingMonitorFunction.monitorAndForwardSplits(StreamingMonitorFunction.java:133)
Caused by: java.io.InterruptedIOException: getFileStatus on s3a://jykj/warehouse/: com.amazonaws.SdkClientException: Unable to execute HTTP request: Timeout waiting for connection from pool""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", version="1.12.1")
# ---- connector / format library bugs ----
case("gh-flink-pr1792-es-jar-hell", "https://github.com/apache/flink/pull/1792",
 """INFO  org.apache.flink.runtime.taskmanager.Task                     - Source: Out of order data generator -> (Flat Map, Sink: Unnamed) (1/1) switched to FAILED with exception.
java.lang.IllegalStateException: failed to load bundle [file:/home/robert/flink-workdir/elasticsearch/elasticsearch-2.2.1/modules/lang-groovy/lang-groovy-2.2.1.jar, file:/home/robert/flink-workdir/elasticsearch/elasticsearch-2.2.1/modules/lang-groovy/groovy-all-2.4.4-indy.jar] due to jar hell
	at org.elasticsearch.plugins.PluginsService.loadBundles(PluginsService.java:421)
	at org.elasticsearch.node.Node.<init>(Node.java:146)
	at org.apache.flink.streaming.connectors.elasticsearch2.ElasticsearchSink.open(ElasticsearchSink.java:199)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.0", phase="startup")
case("gh-inlong-7363-iceberg-npe", "https://github.com/apache/inlong/issues/7363",
 """Caused by: org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: null
	at org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:372) ~[flink-dist_2.11-1.13.6.jar:1.13.6]
Caused by: java.lang.NullPointerException
	at org.apache.inlong.sort.iceberg.sink.FlinkSink$Builder.appendMultipleCommitter(FlinkSink.java:544) ~[sort-connector-iceberg-dlc-1.5.0-SNAPSHOT.jar:1.4.0]
	at org.apache.inlong.sort.iceberg.sink.FlinkSink$Builder.chainIcebergMultipleSinkOperators(FlinkSink.java:451) ~[sort-connector-iceberg-dlc-1.5.0-SNAPSHOT.jar:1.4.0]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.6", phase="startup")
case("gh-iceberg-4550-lockmanager-npe", "https://github.com/apache/iceberg/issues/4550",
 """INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - flink_fae_iface_ma_details_header-IcebergFilesCommitter -> Sink: flink_fae_iface_ma_details_header-IcebergSink (1/1) switched from RUNNING to FAILED on 192.168.3.221:6122-088419 @ 192.168.3.221 (dataPort=42400).
java.lang.NullPointerException: null
	at org.apache.iceberg.util.LockManagers$InMemoryLockManager.release(LockManagers.java:225) ~[?:?]
	at org.apache.iceberg.hadoop.HadoopTableOperations.renameToFinal(HadoopTableOperations.java:374) ~[?:?]
	at org.apache.iceberg.hadoop.HadoopTableOperations.commit(HadoopTableOperations.java:158) ~[?:?]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.12", phase="runtime")
case("gh-iceberg-11644-sortkey-npe", "https://github.com/apache/iceberg/issues/11644",
 """Caused by: org.apache.flink.util.SerializedThrowable: java.lang.NullPointerException
	at org.apache.iceberg.flink.sink.shuffle.SortKeySerializer.serialize(SortKeySerializer.java:133) ~[flink-onejar-4.0.0.jar:?]
	at org.apache.iceberg.flink.sink.shuffle.SortKeySerializer.serialize(SortKeySerializer.java:49) ~[flink-onejar-4.0.0.jar:?]
	at org.apache.flink.api.common.typeutils.base.MapSerializer.serialize(MapSerializer.java:136) ~[flink-dist-1.19.1.jar:1.19.1]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.19.1", phase="runtime")
case("gh-hudi-10306-heartbeat-expired", "https://github.com/apache/hudi/issues/10306",
 """org.apache.flink.util.FlinkException: Global failure triggered by OperatorCoordinator for 'stream_write: test1' (operator 8b0eff726c52aac1276bd5cfcb9bf178).
	at org.apache.flink.runtime.operators.coordination.OperatorCoordinatorHolder$LazyInitializedCoordinatorContext.failJob(OperatorCoordinatorHolder.java:545)
	at org.apache.hudi.sink.StreamWriteOperatorCoordinator.lambda$start$0(StreamWriteOperatorCoordinator.java:191)
Caused by: org.apache.hudi.exception.HoodieException: Executor executes action [commits the instant 20231212110524061] error
Caused by: org.apache.hudi.exception.HoodieException: Heartbeat for instant 20231212110524061 has expired, last heartbeat 0
	at org.apache.hudi.client.heartbeat.HeartbeatUtils.abortIfHeartbeatExpired(HeartbeatUtils.java:95)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime")
case("gh-hudi-6143-commit-details", "https://github.com/apache/hudi/issues/6143",
 """Exception org.apache.hudi.exception.HoodieIOException: Could not read commit details
java.lang.Exception: Could not perform checkpoint 7303 for operator Source: TableSourceScan(...) -> hoodie_append_write: ... -> Sink: dummy (21/128)#2.
	at org.apache.flink.streaming.runtime.tasks.StreamTask.triggerCheckpointAsyncInMailbox(StreamTask.java:1006)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="checkpoint")
case("gh-paimon-6137-file-already-added", "https://github.com/apache/paimon/issues/6137",
 """Caused by: java.lang.IllegalStateException: Trying to add file {org.apache.paimon.data.BinaryRow@9c67b85d, 37, 0, data-975fb37d-56c3-4767-93d0-053ed8c0e21c-1.orc} which is already added.
	at org.apache.paimon.utils.Preconditions.checkState(Preconditions.java:204) ~[paimon-flink-1.17-0.8-SNAPSHOT.jar:0.8-SNAPSHOT]
	at org.apache.paimon.manifest.FileEntry.mergeEntries(FileEntry.java:134) ~[paimon-flink-1.17-0.8-SNAPSHOT.jar:0.8-SNAPSHOT]
	at org.apache.paimon.operation.AbstractFileStoreScan.readAndMergeFileEntries(AbstractFileStoreScan.java:397) ~[paimon-flink-1.17-0.8-SNAPSHOT.jar:0.8-SNAPSHOT]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.17.2", phase="runtime")
case("gh-paimon-5524-levels-unexpected", "https://github.com/apache/paimon/issues/5524",
 """java.lang.IllegalStateException: Number of files stored in Levels does not equal to the size of inputFiles. This is unexpected.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.19.1")
case("gh-paimon-5434-read-4-bytes", "https://github.com/apache/paimon/issues/5434",
 """[Bug] Failed to finish checkpoint due to the expection: 'Failed to read 4 bytes'
org.apache.flink.runtime.JobException: Recovery is suppressed by FailureRateRestartBackoffTimeStrategy(FailureRateRestartBackoffTimeStrategy(failuresIntervalMS=3600000,backoffTimeMS=10000,maxFailuresPerInterval=3)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.17.1", phase="checkpoint")
case("gh-flinkcdc-3474-coordinator-request", "https://github.com/apache/flink-cdc/issues/3474",
 """java.lang.IllegalStateException: Failed to send request to coordinator: com.ververica.cdc.runtime.operators.schema.event.ReleaseUpstreamRequest@5b433541""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES")
case("gh-flink-pr15712-hive-map-npe", "https://github.com/apache/flink/pull/15712",
 """[FLINK-22400][hive connect]fix NPE problem when convert flink object for Map
Caused by: java.lang.RuntimeException: One or more fetchers have encountered exception
    at org.apache.flink.connector.base.source.reader.fetcher.SplitFetcherManager.checkErrors(SplitFetcherManager.java:199)
    at org.apache.flink.connector.base.source.reader.SourceReaderBase.getNextFetch(SourceReaderBase.java:154)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.12", phase="runtime")
case("gh-gluten-10315-operatorchain-npe", "https://github.com/apache/gluten/issues/10315",
 """WARN  org.apache.flink.runtime.taskmanager.Task                    [] - Source: Collection Source -> TableB[3] -> Calc[4] (1/1)#0 switched from INITIALIZING to FAILED with failure cause:
java.lang.NullPointerException: null
	at org.apache.flink.streaming.runtime.tasks.OperatorChain.createOutputCollector(OperatorChain.java:715) ~[gluten-flink-runtime-1.5.0-SNAPSHOT.jar:1.19.2]
	at org.apache.flink.streaming.runtime.tasks.OperatorChain.createOperatorChain(OperatorChain.java:799) ~[gluten-flink-runtime-1.5.0-SNAPSHOT.jar:1.19.2]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.19.2", phase="startup")
case("gh-pulsarflink-203-client-closed", "https://github.com/streamnative/pulsar-flink/issues/203",
 """[BUG] Exception: Client instance has been closed.
INFO  o.a.f.s.c.pulsar.internal.CachedPulsarClient - Closing the Pulsar client with conifg ClientConfigurationData(serviceUrl=pulsar://localhost:6650""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES")
case("gh-pulsarflink-112-remove-cursor", "https://github.com/streamnative/pulsar-flink/issues/112",
 """java.util.concurrent.ExecutionException: java.lang.RuntimeException: java.lang.RuntimeException: Failed to remove cursor for persistent://public/default/person-flink-test-topic
	at java.util.concurrent.CompletableFuture.reportGet(CompletableFuture.java:357)
	at org.apache.flink.streaming.runtime.tasks.StreamOperatorWrapper.quiesceTimeServiceAndCloseOperator(StreamOperatorWrapper.java:161)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.11.1")
case("gh-pulsarflink-449-consumer-busy", "https://github.com/streamnative/pulsar-flink/issues/449",
 """ERROR org.apache.flink.streaming.connectors.pulsar.FlinkPulsarSource [] - Failed to cancel the pulsar Fetcher java.lang.RuntimeException:  Failed to remove cursor or TopicRange[topic=persistent://xxxxx/xxxx/xxxx-partition-2, key-range=SerializableRange{range=[0,65535]}]
org.apache.pulsar.clint.api.PulsarClientException$ConsumerBusyException: Exclusive consumer  is already connected""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.1")
case("gh-lyft-256-job-not-found", "https://github.com/lyft/flinkk8soperator/issues/256",
 """ERROR org.apache.flink.runtime.rest.handler.job.JobDetailsHandler  [] - Exception occurred in REST handler: Job <HASH> not found
"msg":"Failed to reconcile resource <NAMESPACE>/<APP NAME>: GetJobOverview call failed with status 404 Not Found and message ''\"""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES")
case("gh-gcpop-93-ask-timeout-submit", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/93",
 """Job submission failed for akka.pattern.AskTimeoutException
org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Pipeline execution failed
	at org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:593)""",
 "PLATFORM_BUG", "PLATFORM", "UPGRADE_FLINK_VERSION", phase="startup")
case("gh-dinky-3436-no-execute", "https://github.com/DataLinkDC/dinky/issues/3436",
 """Caused by: org.apache.flink.client.deployment.application.ApplicationExecutionException: The application contains no execute() calls.
ERROR org.apache.flink.runtime.entrypoint.ClusterEntrypoint        [] - Fatal error occurred in the cluster entrypoint.
java.util.concurrent.CompletionException: org.apache.flink.client.deployment.application.ApplicationExecutionException: The application contains no execute() calls.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.15.4", phase="startup")
case("gh-paimon-5998-s3-pool-conflict", "https://github.com/apache/paimon/issues/5998",
 """[Bug] The `paimon-s3-1.0.1.jar` and the flink plugins `flink-s3-fs-hadoop-1.20.1.jar` conflict with each other, resulting in the shutdown of the S3 connection pool.
Caused by: org.apache.flink.util.SerializedThrowable: java.lang.Exception: Could not materialize checkpoint 17 for operator Join[467] -> Calc[468] -> ConstraintEnforcer[469] -> Map (1/1)#15.
Caused by: org.apache.flink.util.SerializedThrowable: java.util.concurrent.ExecutionException: java.io.IOException: Could not open output stream for state backend""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.20.1", phase="checkpoint")
# ---- serialization across upgrades ----
case("gh-pulsarflink-256-invalidclass", "https://github.com/streamnative/pulsar-flink/issues/256",
 """org.apache.flink.streaming.runtime.tasks.StreamTaskException: Cannot instantiate user function.
    at org.apache.flink.streaming.api.graph.StreamConfig.getStreamOperatorFactory(StreamConfig.java:275)
Caused by: java.io.InvalidClassException: org.apache.flink.streaming.connectors.pulsar.FlinkPulsarSource; local class incompatible: stream classdesc serialVersionUID = 6092119106917196776, local class serialVersionUID = 1180113614479873613
    at java.io.ObjectStreamClass.initNonProxy(ObjectStreamClass.java:699)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.11.3", phase="restore")
case("gh-kafkaconn-pr143-serialversionuid", "https://github.com/apache/flink-connector-kafka/pull/143",
 """Caused by: java.io.InvalidClassException: org.apache.flink.streaming.connectors.kafka.table.DynamicKafkaRecordSerializationSchema; local class incompatible: stream classdesc serialVersionUID = 7922944055764611744, local class serialVersionUID = -3355247194660797383""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES")
case("gh-paimon-5349-invalidclass-upgrade", "https://github.com/apache/paimon/issues/5349",
 """[Bug] InvalidClassException when upgrading from Paimon 0.8 to 1.0 due to incompatible serialVersionUID
Caused by: org.apache.flink.streaming.runtime.tasks.StreamTaskException: Could not instantiate serializer.
	at org.apache.flink.streaming.api.graph.StreamConfig.getTypeSerializerOut(StreamConfig.java:303)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.18")
case("gh-scio-2892-user-code-wrapper-uid", "https://github.com/spotify/scio/issues/2892",
 """Caused by: java.lang.RuntimeException: Deserializing the input/output formats failed: Could not read the user code wrapper: org.apache.beam.runners.core.construction.SerializablePipelineOptions; local class incompatible: stream classdesc serialVersionUID = -5067588320286657615, local class serialVersionUID = 8599785494114821479
	at org.apache.flink.runtime.jobgraph.InputOutputFormatContainer.<init>(InputOutputFormatContainer.java:68)
Caused by: java.io.InvalidClassException: org.apache.beam.runners.core.construction.SerializablePipelineOptions; local class incompatible: stream classdesc serialVersionUID = -5067588320286657615, local class serialVersionUID = 85""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
# ---- state restore ----
case("gh-flink-pr27084-unaligned-restore", "https://github.com/apache/flink/pull/27084",
 """[FLINK-38483][checkpoint] Fix the bug that Job cannot be recovered from unaligned checkpoint due to `Cannot get old subtasks from a descriptor that represents no state.` exception""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "UPGRADE_FLINK_VERSION", version="2.1", phase="restore")
case("gh-paimon-2590-savepoint-deleted-files", "https://github.com/apache/paimon/issues/2590",
 """[Bug] paimon-0.6 flink-1.18.0 savepoint start 404 data file
Cannot recover from this checkpoint because some files in the snapshot that need to be resubmitted have been deleted""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "FIX_DEPENDENCIES", version="1.18.0", phase="restore")
# ---- external systems the job talks to ----
case("gh-flinkcdc-1947-binlog-purged", "https://github.com/apache/flink-cdc/issues/1947",
 """io.debezium.DebeziumException: The connector is trying to read binlog starting at SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin.xxx, currentBinlogPosition=xxx, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed. at io.debezium.connector.mysql.MySqlConnectorTask.validateSnapshotFeasibility(MySqlConnectorTask.java:329) at io.debezium.connector.mysql.MySqlConnectorTask.start(MySqlConnectorTask.java:98)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.14.6", phase="restore")
case("gh-flinkcdc-1021-binlog-unavailable", "https://github.com/apache/flink-cdc/issues/1021",
 """Caused by: java.lang.IllegalStateException: The connector is trying to read binlog starting at Struct{version=1.5.4.Final,connector=mysql,name=mysql_binlog_source,ts_ms=1648567265495,db=,server_id=0,file=mysql-bin.000090,pos=154,row=0}, but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.14.4")
case("gh-flinkcdc-442-binlog-restart-loop", "https://github.com/apache/flink-cdc/issues/442",
 """io.debezium.DebeziumException: The connector is trying to read binlog starting at SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin.003008, currentBinlogPosition=169375401, currentRowNumber=0, serverId=0, sourceTime=null, threadId=-1, currentQuery=null, tableIds=[], databaseName=null], but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed.
	at io.debezium.connector.mysql.MySqlConnectorTask.validateSnapshotFeasibility(MySqlConnectorTask.java:329)
	at io.debezium.embedded.EmbeddedEngine.run(EmbeddedEngine.java:759)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="restore")
case("gh-flinkcdc-65-replication-slot-exists", "https://github.com/apache/flink-cdc/issues/65",
 """Caused by: io.debezium.DebeziumException: Creation of replication slot failed; when setting up multiple connectors for the same database host, please make sure to use a distinct replication slot name for each
Caused by: org.postgresql.util.PSQLException: ERROR: replication slot "debezium" already exists""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", version="1.11.2", phase="startup")
case("gh-flinkcdc-1879-mongo-resume-token", "https://github.com/apache/flink-cdc/issues/1879",
 """MongoDB CDC will appear "the resume token was not found" error
	at com.mongodb.internal.operation.CommandOperationHelper.executeCommand(CommandOperationHelper.java:318)
	at com.mongodb.internal.operation.ChangeStreamOperation.execute(ChangeStreamOperation.java:319)
	at com.mongodb.client.internal.MongoClientDelegate$DelegateOperationExecutor.execute(MongoClientDelegate.java:184)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime")
case("gh-flinkcdc-2279-mongo-oplog", "https://github.com/apache/flink-cdc/issues/2279",
 """Caused by: com.mongodb.MongoCommandException: Command failed with error 40576 (Location40576): 'Resume of change stream was not possible, as the resume point may no longer be in the oplog.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.16.1")
case("gh-flinkcdc-583-mongo-resumetoken-savepoint", "https://github.com/apache/flink-cdc/issues/583",
 """(1/1) (b81d27480ff9b0d453924ac523fc8920) switched from RUNNING to FAILED on container_e35_1636342777876_0002_01_000002 @  (dataPort=27193).
org.apache.kafka.connect.errors.ConnectException: ResumeToken not found. Cannot create a change stream cursor
	at com.mongodb.kafka.connect.source.MongoSourceTask.tryCreateCursor(MongoSourceTask.java:471) ~[prsr-1.0.jar:?]
	at com.ververica.cdc.connectors.mongodb.internal.MongoDBConnectorSourceTask.start(MongoDBConnectorSourceTask.java:77) ~[flink-cdc-connectors-2.1-SNAPSHOT.jar:2.1-SNAPSHOT]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="restore")
case("gh-pulsarflink-616-admin-502", "https://github.com/streamnative/pulsar-flink/issues/616",
 """[BUG]Flink connects pulsar ,that offtens responses PulsarAdminException HTTP 502 Bad Gateway
org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=0, backoffTimeMS=3000)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.15.2")
case("gh-doris-86-be-down", "https://github.com/apache/doris-flink-connector/issues/86",
 """[Bug] DorisRuntimeException: stream load error
When a BE node process fails, the flink program cannot recover automatically. The following error occurs：
org.apache.flink.streaming.runtime.tasks.AsynchronousException: Caught exception while processing timer.
	at org.apache.flink.streaming.runtime.tasks.StreamTask$StreamTaskAsyncExceptionHandler.handleAsyncException(StreamTask.java:1583)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.14")
case("gh-bushfire-1-kinesis-throughput", "https://github.com/aws-samples/realtime-bushfire-alert-with-apache-flink-cep/issues/1",
 """WARN  org.apache.flink.streaming.connectors.kinesis.proxy.KinesisProxy  - Got recoverable SdkClientException. Backing off for 258 millis (Rate exceeded for shard shardId-000000000000 in stream CSV under account  xxxxxxxxx  . (Service: AmazonKinesis; Status Code: 400; Error Code: ProvisionedThroughputExceededException; Request ID: e1c0caa4-8c4c-7738-b59f-4977bc762cf3))""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM")
# ---- user code / user dependencies ----
case("gh-streampipes-453-npe-processor", "https://github.com/apache/streampipes/issues/453",
 """Caused by: java.lang.NullPointerException
	at org.apache.streampipes.processors.pattern.detection.flink.processor.sequence.Sequence.processElement1(Sequence.java:48)
	at org.apache.streampipes.processors.pattern.detection.flink.processor.sequence.Sequence.processElement1(Sequence.java:26)
	at org.apache.flink.streaming.api.operators.co.LegacyKeyedCoProcessOperator.processElement1(LegacyKeyedCoProcessOperator.java:81)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime")
case("web-youkuaiyun-110454119-map-null", "https://blog.youkuaiyun.com/yscoder/article/details/110454119",
 """Caused by: java.lang.NullPointerException
    at org.apache.flink.api.java.typeutils.runtime.TupleSerializer.copy(TupleSerializer.java:111)
    at org.apache.flink.api.java.typeutils.runtime.TupleSerializer.copy(TupleSerializer.java:37)
    at org.apache.flink.streaming.runtime.tasks.OperatorChain$CopyingChainingOutput.pushToOperator(OperatorChain.java:635)
    at org.apache.flink.streaming.api.operators.AbstractStreamOperator$CountingOutput.collect(AbstractStreamOperator.java:705)
    at org.apache.flink.streaming.api.operators.StreamMap.processElement(StreamMap.java:41)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime")
case("gh-seatunnel-482-sql-object-not-found", "https://github.com/apache/seatunnel/issues/482",
 """Reason: SQL validation failed. From line 1, column 15 to line 1, column 23: Object 'ORDER_CNT' not found
Exception StackTrace: org.apache.flink.table.api.ValidationException: SQL validation failed. From line 1, column 15 to line 1, column 23: Object 'ORDER_CNT' not found
	at org.apache.flink.table.calcite.FlinkPlannerImpl.validate(FlinkPlannerImpl.scala:128)
	at org.apache.flink.table.api.internal.TableEnvImpl.sqlQuery(TableEnvImpl.scala:431)
	at io.github.interestinglab.waterdrop.flink.transform.Sql.processBatch(Sql.java:40)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="1.9.2", phase="startup")
case("gh-flink-pr12848-no-executor-factory", "https://github.com/apache/flink/pull/12848",
 """Exception in thread "main" java.lang.IllegalStateException: No ExecutorFactory found to execute the application.
	at org.apache.flink.core.execution.DefaultExecutorServiceLoader.getExecutorFactory(DefaultExecutorServiceLoader.java:84)
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.executeAsync(StreamExecutionEnvironment.java:1803)
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.execute(StreamExecutionEnvironment.java:1699)
	at com.bit.bfsm.flink.event.job.EventBuildJob.main(EventBuildJob.java:392)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.11.0", phase="startup")
case("gh-kickstarter-212-pyflink-jar-missing", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/212",
 """TypeError: Could not found the Java class 'org.apache.flink.connector.kafka.source.KafkaSource.builder'. The Java dependencies could be specified via command line argument '--jarfile' or the config option 'pipeline.jars'""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-flinkagents-pr526-pkg-resources", "https://github.com/apache/flink-agents/pull/526",
 """java.lang.RuntimeException: Failed to create stage bundle factory! INFO:root:Initializing Python harness: /Users/alazhang/Workspaces/Python/linkedin_extend/flink-agent/.venv/lib/python3.11/site-packages/pyflink/fn_execution/beam/beam_boot.py --id=2-1 --provision_endpoint=localhost:62283
Traceback (most recent call last):
  File "/Users/alazhang/Workspaces/Python/linkedin_extend/flink-agent/.venv/lib/python3.11/site-packages/pyflink/fn_execution/beam/beam_operations.py", line 21, in <module>
    from apache_beam.runners.worker import bundle_processor, operation_specs""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-lyft-154-savepoint-trigger-failed", "https://github.com/lyft/flinkk8soperator/issues/154",
 """Logged Warning event: SavepointFailed: Failed to take savepoint for job e19cc109c6833d123f5435ea938ef7ab: {java.util.concurrent.CompletionException java.util.concurrent.CompletionException: java.util.concurrent.CompletionException: org.apache.flink.runtime.checkpoint.CheckpointException: Failed to trigger savepoint. Failure reason: An Exception occurred while triggering the checkpoint.
	at org.apache.flink.runtime.scheduler.LegacyScheduler.lambda$triggerSavepoint$0(LegacyScheduler.java:510)""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING", phase="checkpoint")
# ---- added after the rule pass (not used for tuning) ----
case("gh-flinkcdc-2476-binlog-rds", "https://github.com/apache/flink-cdc/issues/2476",
 """[Bug] The connector is trying to read binlog starting at Struct{version=1.9.7.Final,connector=mysql, ... } but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.14.6")
case("gh-flinkcdc-1058-slot-active", "https://github.com/apache/flink-cdc/issues/1058",
 """[ERROR] Could not execute SQL statement. Reason:
org.postgresql.util.PSQLException: ERROR: replication slot "test_cc" is active for PID 79319""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", version="1.14.4", phase="startup")
case("gh-hudi-4297-no-fs-s3", "https://github.com/apache/hudi/issues/4297",
 """[SUPPORT]Flink SQL No FileSystem for scheme s3
org.apache.flink.runtime.rpc.akka.exceptions.AkkaRpcException: Could not start RpcEndpoint jobmanager_2.
	at org.apache.flink.runtime.rpc.akka.AkkaRpcActor$StoppedState.start(AkkaRpcActor.java:610) ~[flink-dist_2.11-1.13.2.jar:1.13.2]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.2", phase="startup")
case("gh-iceberg-14388-no-fs-s3", "https://github.com/apache/iceberg/issues/14388",
 """WARN  org.apache.iceberg.flink.maintenance.operator.ListFileSystemFiles [] - Exception listing files for s3://my-bucket/lakehouse/default/myevent at 1761044386378
java.io.UncheckedIOException: org.apache.hadoop.fs.UnsupportedFileSystemException: No FileSystem for scheme "s3"
	at org.apache.iceberg.util.FileSystemWalker.listDirRecursivelyWithHadoop(FileSystemWalker.java:150) ~[blob_p-ef15c0f9ed3a94bf50410ee82ee6b54aef3e1cb9-25ceff8143517830512ab6bf201c518d:?]
	at org.apache.iceberg.flink.maintenance.operator.ListFileSystemFiles.processElement(ListFileSystemFiles.java:111)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="2.1.0", phase="runtime")
case("gh-kickstarter-245-bucket-null", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/245",
 """py4j.protocol.Py4JJavaError: An error occurred while calling o8.executeSql. : java.lang.IllegalArgumentException: bucket is null/empty""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup")
