from build_cases import case

case("u-cdc-debezium-dup-class-nosuchmethod", "https://github.com/apache/flink-cdc/issues/3066",
 """[Bug] io/debezium/connector/mysql/MySqlConnection$MySqlConnectionConfiguration.class 类重复导致 异常java.lang.NoSuchMethodError
skipUpdateBeforeEvent -> Sink: dd_option_data (1/1)#0 (1c585b0b797021c76b125e4a50cc3922_cbc357ccb763df2852fee8c4fc7d55f2_0_0) switched from INITIALIZING to FAILED with failure cause:
java.lang.NoSuchMethodError: io.debezium.connector.mysql.MySqlConnection$MySqlConnectionConfiguration.<init>(Lio/debezium/config/Configuration;Ljava/util/Properties;)V
	at com.ververica.cdc.connectors.mysql.debezium.DebeziumUtils.createMySqlConnection(DebeziumUtils.java:85) ~[flink-connector-mysql-cdc-3.0.1.jar:3.0.1]
	at com.ververica.cdc.connectors.mysql.MySqlValidator.createJdbcConnection(MySqlValidator.java:86) ~[flink-connector-mysql-cdc-3.0.1.jar:3.0.1]
	at com.ververica.cdc.connectors.mysql.MySqlValidator.validate(MySqlValidator.java:68) ~[flink-connector-mysql-cdc-3.0.1.jar:3.0.1]
	at com.ververica.cdc.debezium.DebeziumSourceFunction.open(DebeziumSourceFunction.java:215) ~[flink-connector-debezium-3.0.1.jar:3.0.1]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.18.1", phase="startup", split="fresh-h")

case("u-paimon-flink2-sinkfunction-noclassdef", "https://github.com/apache/paimon/issues/6007",
 """[Bug] Flink 2.0 dependency error on paimon-flink-2.0-1.2.0
025-07-31 23:05:08,209 INFO org.apache.flink.runtime.executiongraph.ExecutionGraph [] - Writer : t_cq_log (1/3) (cdbdc5e1f1366ffb024d5c8f3f73c370_306d8342cb5b2ad8b53f1be57f65bee8_0_4) switched from INITIALIZING to FAILED on 34001c4f-7bfc-4e76-858f-fd9ff90118fd @ localhost (dataPort=-1).
java.lang.NoClassDefFoundError: org/apache/flink/streaming/api/functions/sink/SinkFunction$Context
at org.apache.paimon.flink.sink.RowDataStoreWriteOperator$Factory.createStreamOperator(RowDataStoreWriteOperator.java:271) ~[paimon-flink-2.0-1.2.0.jar:1.2.0]
at org.apache.flink.streaming.api.operators.StreamOperatorFactoryUtil.createOperator(StreamOperatorFactoryUtil.java:82) ~[flink-runtime-2.0.0.jar:2.0.0]
at org.apache.flink.streaming.runtime.tasks.OperatorChain.(OperatorChain.java:214) ~[flink-runtime-2.0.0.jar:2.0.0]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="2.0.0", phase="startup", split="fresh-h")

case("u-paimon-cdc-kryo-unmodifiable-list", "https://github.com/apache/paimon/issues/3630",
 """[Bug] RichCdcMultiplexRecord cant be deserialized by kryoSerializer. throw UnsupportedOperationException
com.esotericsoftware.kryo.KryoException: java.lang.UnsupportedOperationException
Serialization trace:
fields (org.apache.paimon.flink.sink.cdc.RichCdcMultiplexRecord)
	at com.esotericsoftware.kryo.serializers.ObjectField.read(ObjectField.java:125) ~[kryo-2.24.0.jar:?]
	at com.esotericsoftware.kryo.serializers.FieldSerializer.read(FieldSerializer.java:528) ~[kryo-2.24.0.jar:?]
	at com.esotericsoftware.kryo.Kryo.readClassAndObject(Kryo.java:761) ~[kryo-2.24.0.jar:?]
	at org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer.deserialize(KryoSerializer.java:403) ~[flink-core-1.18.0.jar:1.18.0]
	at org.apache.flink.streaming.runtime.streamrecord.StreamElementSerializer.deserialize(StreamElementSerializer.java:188) ~[flink-streaming-java-1.18.0.jar:1.18.0]""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.18.0", phase="runtime", split="fresh-h")

case("u-paimon-07-08-committable-state-incompatible", "https://github.com/apache/paimon/issues/3367",
 """[Bug] After upgrading Paimon from 0.7 to 0.8, Flink state is incompatible
1. Use version 0.7 of `paimon-flink-1.17` to write to the paimon table and make a checkpoint;
2. after upgrading `paimon-flink-1.17` to version 0.8, restore and restart from the previous checkpoint.
Commit Operator throws exception:
java.lang.ArrayIndexOutOfBoundsException: Index 1 out of bounds for length 1
	at org.apache.paimon.memory.MemorySegmentUtils.getIntSlowly(MemorySegmentUtils.java:695)
	at org.apache.paimon.memory.MemorySegmentUtils.getIntMultiSegments(MemorySegmentUtils.java:685)
	at org.apache.paimon.memory.MemorySegmentUtils.getInt(MemorySegmentUtils.java:673)
	at org.apache.paimon.data.BinaryArray.pointTo(BinaryArray.java:127)
	at org.apache.paimon.memory.MemorySegmentUtils.readArrayData(MemorySegmentUtils.java:1140)
	at org.apache.paimon.data.BinaryRow.getArray(BinaryRow.java:337)
	at org.apache.paimon.index.IndexFileMetaSerializer.fromRow(IndexFileMetaSerializer.java:58)
	at org.apache.paimon.index.IndexFileMetaSerializer.fromRow(IndexFileMetaSerializer.java:33)""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "FIX_DEPENDENCIES", version="1.17", phase="restore", split="fresh-h")

case("u-cdc-mysql-failover-binlog-missing", "https://github.com/apache/flink-cdc/issues/200",
 """mysql 数据库切换导致cdc 消费binlog出错，是否支持gtid同步？
dba进行数据库备库切换操作，导致binlog出错
org.apache.kafka.connect.errors.ConnectException: The connector is trying to read binlog starting at GTIDs 3fa7d5bb-65f3-11eb-9413-b0262879b560:1-730774004 and binlog file 'mysql-bin.000650', pos=521310219, skipping 2 events plus 1 rows, but this is no longer available on the server. Reconfigure the connector to use a snapshot when needed.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="restore", split="fresh-h")

case("u-iceberg-batch-read-tm-heartbeat-gc", "https://github.com/apache/iceberg/issues/5388",
 """read iceberg table by flink timeout
when I want read all data by flink batch mode,I always get error.
TimeoutException: Heartbeat of TaskManager with id container_e148_1653747647067_1367745_01_000008(bjtx-hd-data-160.bjtx.keep:8041) timed out.
I guess  some one cotainer load too many data,so the container always execute gc.
My table hava 130 millon datas,storage as parquet+gzip on hdfs,about 3gb.
iceberg version is 0.14,flink verison is 1.15.1.""",
 "TASKMANAGER_LOST_OR_NETWORK", "USER", "INCREASE_HEAP", version="1.15.1", phase="runtime", split="fresh-h")

case("u-cdc-splitinfo-jobmanager-oom", "https://github.com/apache/flink-cdc/issues/865",
 """[mysql] Too many splitInfo cause OOM of jobmanager
in the issue https://issues.apache.org/jira/browse/FLINK-24855， have some problems when we sync big tables or full database
1. Thes test data :  The data scale more than billion ，and produce more than one hundred thousand enumerator state
2. The test code :  The multiple tables sync by stream api
3. The error :
Source Coordinator Thread already exists. There should never be more than one thread driving the actions of a Source Coordinator.""",
 "OOM_HEAP", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.3", phase="runtime", split="fresh-h")

case("u-gcp-operator-tm-pods-pending-replicas", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/276",
 """Maximum number of beam-flink-cluster-taskmanager replicas
When I change the replicas flag to 1, 2, or 4 the there are no issues. But when it's changed to 8, four of the beam-flink-cluster-taskmanager have a Running status and four have Pending, no matter how long I wait.
NAME                                                                                    READY   STATUS    RESTARTS   AGE
beam-flink-cluster-jobmanager-75b6578586-77k2b             1/1          Running   0          5m29s
beam-flink-cluster-taskmanager-78f8875d4-24zls                0/2          Pending   0          5m29s
beam-flink-cluster-taskmanager-78f8875d4-25f4j                 2/2         Running   0          5m29s
beam-flink-cluster-taskmanager-78f8875d4-c9mgj               2/2         Running   0          5m29s
beam-flink-cluster-taskmanager-78f8875d4-flcj7                  2/2         Running   0          5m29s
beam-flink-cluster-taskmanager-78f8875d4-jvckl                  0/2         Pending   0          5m29s
beam-flink-cluster-taskmanager-78f8875d4-nsxqj                 0/2         Pending   0          5m29s""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup", split="fresh-h")

case("u-cdc-duplicate-server-id", "https://github.com/apache/flink-cdc/issues/709",
 """java.lang.RuntimeException: One or more fetchers have encountered exception
同样遇到了这个问题， flink 1.13.6 CDC 2.2.1。在阿里云上通过flink-cdc 将PoladrDB数据库的数据同步到holo上，启动多个任务 ， 每个任务同步一张表，多个表的数据源是相同的。
原来只有一个任务在跑的时候，没发生报错的情况
java.lang.RuntimeException: One or more fetchers have encountered exception
	at org.apache.flink.connector.base.source.reader.fetcher.SplitFetcherManager.checkErrors(SplitFetcherManager.java:223)
	at org.apache.flink.connector.base.source.reader.SourceReaderBase.getNextFetch(SourceReaderBase.java:154)
	at org.apache.flink.connector.base.source.reader.SourceReaderBase.pollNext(SourceReaderBase.java:116)
	at org.apache.flink.streaming.api.operators.SourceOperator.emitNext(SourceOperator.java:294)
Caused by: io.debezium.DebeziumException: A slave with the same server_uuid/server_id as this slave has connected to the master; the first event 'mysql-bin.000047' at 64977309""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.13.6", phase="runtime", split="fresh-h")

case("u-hesse-network-memory-oom-parallelism", "https://github.com/Spycsh/hesse/issues/11",
 """OutOfMemory error in the Flink network native memory when setting parallelism > 3
It occurs when I increase the number of slots assigned to one TaskManager to 4. OOM error shows that the network buffer failed to handle the frequent communication messages between threads (slots) when the number of slots is set too big. Only increasing network memory size is not useful enough. The solution is to also increase the off-heap size of Flink framework.
taskmanager.memory.network.min: 64mb
taskmanager.memory.network.max: 2g
taskmanager.memory.framework.off-heap.size: 4g
taskmanager.memory.network.fraction: 0.1""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_NETWORK_MEMORY", phase="runtime", split="fresh-h")

case("u-sqrl-iceberg-writer-heap-oom", "https://github.com/DataSQRL/sqrl/issues/780",
 """IcebergStreamWriter fails with OutOfMemoryError
While executing the snowflake example in the usecase directory, an OutOfMemoryError occurs.
flink-jobmanager-1     | 2024-08-28 14:13:15,833 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - IcebergStreamWriter (1/1) (f966f8fc0a7f93fd68e512b0d5608058_d16a7e91106d6270b396431c1e06a587_0_0) switched from RUNNING to FAILED on 192.168.165.5:33911-ca8437 @ deploy-flink-taskmanager-1.deploy_default (dataPort=38035).
flink-jobmanager-1     | java.lang.OutOfMemoryError: Java heap space
flink-jobmanager-1     |        at java.io.ByteArrayOutputStream.<init>(Unknown Source) ~[?:?]
flink-jobmanager-1     |        at org.apache.iceberg.shaded.org.apache.parquet.hadoop.CodecFactory$HeapBytesCompressor.<init>(CodecFactory.java:158) ~[?:?]
flink-jobmanager-1     |        at org.apache.iceberg.shaded.org.apache.parquet.hadoop.CodecFactory.createCompressor(CodecFactory.java:219) ~[?:?]
flink-jobmanager-1     |        at org.apache.iceberg.parquet.ParquetWriter.<init>(ParquetWriter.java:90) ~[?:?]
flink-jobmanager-1     |        at org.apache.iceberg.parquet.Parquet$WriteBuilder.build(Parquet.java:352) ~[?:?]
flink-jobmanager-1     | 2024-08-28 14:13:15,851 WARN  org.apache.flink.runtime.checkpoint.CheckpointFailureManager [] - Failed to trigger or complete checkpoint 1 for job 4d9e33b80124e9ffc2cd92deb591a7d3. (0 consecutive failed attempts so far)""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", version="1.18.1", phase="runtime", split="fresh-h")

case("u-streampark-jm-yarn-container-killed-native", "https://github.com/apache/streampark/issues/2995",
 """[Bug] JobManager frequent GC causes Yarn container memory overflow
jobmanager.memory.heap.size	469762048b
jobmanager.memory.jvm-metaspace.size	268435456b
jobmanager.memory.jvm-overhead.max	201326592b
jobmanager.memory.jvm-overhead.min	201326592b
jobmanager.memory.off-heap.size	134217728b
jobmanager.memory.process.size	1024mb
After the task runs for a period of time (about 3 to 20 days), the Container running the JobManager will always be killed by ResourceManager. Then I start the GC log of the JobManager. The process that discovered JobManager performs a next-generation GC about every 2 minutes or so, as follows:
2023-08-30T13:56:57.694+0800: [GC (Allocation Failure)] [PSYoungGen: 149956K->1673K(150528K)] 315127K->166876K(456704K), 0.0138514 secs] [Times: user=0.54 sys=0.05, real=0.02 secs]
2023-08-30T13:59:17.558+0800: [GC (Allocation Failure)] [PSYoungGen: 150141K->1636K(150528K)] 315344K->166871K(456704K), 0.0285263 secs]""",
 "CONTAINER_KILLED_MEMORY", "USER", "INCREASE_MANAGED_OR_NATIVE_MEMORY", version="1.15.4", phase="runtime",
 metrics="JobManager heap after young GC stays ~166MB of 456MB while the YARN container (1024mb process size) is killed after 3-20 days", split="fresh-h")

case("u-cdc-pg-snapshot-never-checkpoint-lock", "https://github.com/apache/flink-cdc/pull/3568",
 """[FLINK-35890][cdc] Select only the increment but still enter the SNAPSHOT lead to ckp failed
when I was using Flink CDC Postgre, I chose 'debezium.snapshot.mode' = 'never' to skip the snapshot phase, but the code still entered the snapshot branch, and this log was printed, 'Database snapshot phase can 't perform checkpoint, acquired Checkpoint lock.'
the task cannot perform ckp, and the status is always stuck in in progress. After the timeout, the task restarts.
The failure of ckp does not mean that the first one fails. After multiple ckp are successfully performed, it will then get stuck, causing a timeout and restarting the task.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "PLATFORM", "FIX_DEPENDENCIES", phase="checkpoint", split="fresh-h")

case("u-spotify-operator-jm-lost-node-upgrade-no-ha", "https://github.com/spotify/flink-on-k8s-operator/issues/683",
 """Flink Operator Loses Job Manager Contact during EKS upgrade
We have Spotify operator v0.4.2 deployed. We also have our Flink pipelines to be rack-aware meaning that one flink cluster is deployed only one AZ mainly to reduce inter-AZ data-transfer costs. Although this helped us reduce data transfer cost, HA doesn't seem to work at all!
When there is an EKS node group upgrade happening, and a particular node that had one or more of the job managers for different clusters goes down, the Flink operator is not even aware of this scenario. The job manager goes down and the entire cluster is out.
Are you sure you set all the high availability related flink properties?
Also, the serviceAccount with which the `FlinkCluster` runs should have permissions to create and edit configmaps in the corresponding namespace.""",
 "HA_OR_STORAGE", "USER", "FIX_STORAGE_OR_HA", phase="runtime", split="fresh-h")

case("u-dinky-cdcsource-null-into-not-null-column", "https://github.com/DataLinkDC/dinky/issues/839",
 """[Feature][CDCSOURCE] support option : table.exec.sink.not-null-enforcer
使用 CDCSOURCE 整库同步时，某些表有不规范字段 null 值问题。
异常报错：
java.io.IOException: java.sql.BatchUpdateException: Column 'xxx' cannot be null""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-h")
