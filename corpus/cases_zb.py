from build_cases import case

case("zb-s3-scheme-plugin-missing", "https://qa.1r1g.com/sf/ask/4495861821",
 """Apache Flink to use S3 for backend state and checkpoints
I was planning to use S3 to store the Flink's checkpoints using the FsStateBackend. But somehow I was getting the following error.
org.apache.flink.core.fs.UnsupportedFileSystemSchemeException: Could not find a file system implementation for scheme 's3'. The scheme is not directly supported by Flink and no Hadoop file system to support this scheme could be loaded.
Flink version: I am using Flink 1.10.0 version.""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.10.0", phase="startup", split="fresh-o")

case("zb-kafka-broker-shrink-restarts", "https://syntaxbug.com/1471737dcc/",
 """Kafka broker shrink in Flink causes Task to keep restarting
Flink version 1.12.2
Kafka client 2.4.1
2023-10-07 10:02:52.975 INFO org.apache.flink.runtime.executiongraph.ExecutionGraph - Source: TableSourceScan(table=[[default_catalog, default_database, ubt_start, watermark=[-(LOCALTIMESTAMP, 1000:INTERVAL SECOND)] ]]) (34/64) (e33d9ad0196a71e8eb551c181eb779b5) switched from RUNNING to FAILED on container_e08_1690538387235_2599_01_000010 @ task-xxxx-shanghai.emr.aliyuncs.com (dataPort=xxxx).
org.apache.flink.streaming.connectors.kafka.internals.Handover$ClosedException: null
        at org.apache.flink.streaming.connectors.kafka.internals.Handover.close(Handover.java:177)
        at org.apache.flink.streaming.connectors.kafka.internals.KafkaFetcher.cancel(KafkaFetcher.java:164)
        at org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumerBase.cancel(FlinkKafkaConsumerBase.java:945)
        at org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumerBase.lambda$createAndStartDiscoveryLoop$2(FlinkKafkaConsumerBase.java:913)
2023-10-07 10:02:24.604 WARN org.apache.kafka.clients.NetworkClient - [Consumer clientId=xxxx] Connection to node 46129 (sh-bs-b1-303-i14-kafka-129-46.ximalaya. local/192.168.129.46:9092) could not be established. Broker may not be available.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.12.2", phase="runtime", split="fresh-o")

case("zb-csdn-halt-on-fatal-version-mismatch", "https://blog.csdn.net/u013749274/article/details/110563763",
 """启动flink,通过yarn管理集群,报以下错误:
org.apache.flink.runtime.entrypoint.ClusterEntrypointException: Failed to initialize the cluster entrypoint YarnJobClusterEntrypoint.
at org.apache.flink.runtime.entrypoint.ClusterEntrypoint.startCluster(ClusterEntrypoint.java:189)
at org.apache.flink.runtime.entrypoint.ClusterEntrypoint.runClusterEntrypoint(ClusterEntrypoint.java:520)
at org.apache.flink.yarn.entrypoint.YarnJobClusterEntrypoint.main(YarnJobClusterEntrypoint.java:119)
Caused by: java.lang.NoSuchFieldError: HALT_ON_FATAL_ERROR
at org.apache.flink.runtime.security.ExitTrappingSecurityManager.replaceGracefulExitWithHaltIfConfigured(ExitTrappingSecurityManager.java:79)
at org.apache.flink.runtime.entrypoint.ClusterEntrypoint.startCluster(ClusterEntrypoint.java:165)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup", split="fresh-o")

case("zb-csdn-standalone-no-resource-memory", "https://blog.csdn.net/s_unbo/article/details/134105156",
 """Flink测试单机模式遇到
flink报错NoResourceAvailableException: Could not acquire the minimum required resources
没有可以使用的资源。那么究竟什么资源没有可以被使用了?一般都是说内存。所以我们给他调整内存的参数。
修改了flink conf里面的flink-conf.yaml
jobmanager.memory.process.size: 2600m
taskmanager.memory.process.size: 2728m""",
 "INSUFFICIENT_RESOURCES", "USER", "FIX_CONFIG", phase="startup", split="fresh-o")

case("zb-csdn-hive-bigtable-gc-overhead", "https://blog.csdn.net/qq_32068809/article/details/124147431",
 """当我们要读取大表时,例如hive表,很容易出现task内存不够用的情况,当这种情况出现时,任务可能会报出GC异常或者TaskManager心跳异常等,如下:
1、java.lang.OutOfMemoryError: GC overhead limit exceeded
2、java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 【containerID】 timed out.
-Djobmanager.memory.process.size=2048mb
-Dtaskmanager.memory.process.size=4096mb
-Dtaskmanager.numberOfTaskSlots=2""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="runtime", metrics="one slot's task consumed 1.28G of TaskManager memory (from the TaskManager memory view)", split="fresh-o")

case("zb-aliyun-ask-cannot-map-operator-state", "https://developer.aliyun.com/ask/364705",
 """Failed to rollback to checkpoint/savepoint hdfs://xxx/savepoint-9d5b7a-66c0340f6672. Cannot map checkpoint/savepoint state for operator cbc357ccb763df2852fee8c4fc7d55f2 to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.
像上面这个错误,我怎么根据 operator cbc357ccb763df2852fee8c4fc7d55f2 去找是我程序中的哪个算子不能恢复呢?
如果没有显示指定的话,operator id将是一个随机生成的值[1]. 当从savepoint恢复时,将依据这些id来匹配,如果发生了变化,可能是你修改了你的jobGraph。Flink推荐显示的指定operator id字面量。""",
 "STATE_RESTORE_INCOMPATIBLE", "USER", "RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS", phase="restore", split="fresh-o")

case("zb-csdn-ck-restore-logic-changed", "https://blog.csdn.net/a123147abc/article/details/120785361",
 """Caused by: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint hdfs://prod-yingzi-cluster/flink_realtime_cal/checkpoints_1209/dwd_fpf_kfk_non_anc_insert_into/4b0b4993665c2a175083c271b2193e34/chk-162. Cannot map checkpoint/savepoint state for operator feb21fd8aa9424483512b307686ad3e4 to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.
原因:
1、打的jar逻辑有变动, 导致代码数据链路对不上
2、flink 客户端有变动,原本是13.2 版本,改为了 12.2
解决:
1、回滚代码,并重新打包, 再次从 ck 启动成功,任务恢复""",
 "STATE_RESTORE_INCOMPATIBLE", "USER", "FIX_USER_CODE", phase="restore", split="fresh-o")

case("zb-cloudsqale-yarn-offheap-pmem-killed", "https://cloudsqale.com/2020/04/29/flink-1-9-off-heap-memory-on-yarn-troubleshooting-container-is-running-beyond-physical-memory-limits-errors/",
 """Flink 1.9 - Off-Heap Memory on YARN - Troubleshooting Container is Running Beyond Physical Memory Limits Errors
Container is running beyond physical memory limits. Current usage: 99.5 GB of 99.5 GB physical memory used; 105.1 GB of 227.8 GB virtual memory used. Killing container.
taskmanager.heap.size: 102400m
containerized.heap-cutoff-ratio: 0.1
taskmanager.network.memory.max: 4gb
taskmanager.memory.fraction: 0.4
taskmanager.memory.off-heap: true
taskmanager.memory.preallocate: true""",
 "CONTAINER_KILLED_MEMORY", "USER", "FIX_CONFIG", version="1.9", phase="runtime", split="fresh-o")

case("zb-izualzhy-kafka-metadata-timeout-offline-brokers", "https://izualzhy.cn/kafka-timeout-exception-tcp-syn-retries",
 """一个环境导致读取 Kakfa TimeoutException 的问题
最近遇到一个比较奇怪的现象:相同 Flink 任务,换个运行环境就会报读取 kafka 失败,但是排查环境跟 Kafka 源的连通性又没有问题。
org.apache.kafka.common.errors.TimeoutException: Timeout expired while fetching topic metadata
但是从我的情况看,任务代码及配置是一致的,报错跟环境相关,唯一的疑点是任务 KafkaConsumer 配置的 bootstrap.server 存在多个已经下线的节点。
FlinkKafkaConsumerBase.open --> partitionDiscoverer.discoverPartitions --> getAllPartitionsForTopics --> kafkaConsumer.partitionsFor --> fetcher.getTopicMetadata""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", phase="startup", split="fresh-o")

case("zb-csdn-yarn-total-flink-memory-too-small", "https://blog.csdn.net/Joseph25/article/details/124442835",
 """问题一:
Caused by: org.apache.flink.configuration.IllegalConfigurationException: Sum of configured Framework Heap Memory (128.000mb (134217728 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (52.800mb (55364813 bytes)) and Network Memory (64.000mb (67108864 bytes)) exceed configured Total Flink Memory (132.000mb (138412032 bytes)).
解决:这是给的内存少了,flink run -m yarn-cluster -yjm 800 -ytm 800,加大内存就行""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-o")

case("zb-csdn-restore-after-namenode-failover-standby", "https://blog.csdn.net/fseast/article/details/107317070",
 """这次程序挂了,然后HDFS的NameNode的Active也从原来的110节点换成了107节点,原本我写的恢复的路径是:hdfs://192.168.2.110:8020/flink/checkpoints/pack-download-streaming/6d2efb85e595f43d34e66245fb95e32a/chk-8181
,那报Operation category READ is not supported in state standby
java.lang.Exception: Exception while creating StreamOperatorStateContext.
at org.apache.flink.streaming.api.operators.StreamTaskStateInitializerImpl.streamOperatorStateContext(StreamTaskStateInitializerImpl.java:195)
at org.apache.flink.streaming.api.operators.AbstractStreamOperator.initializeState(AbstractStreamOperator.java:250)
at org.apache.flink.streaming.runtime.tasks.StreamTask.initializeState(StreamTask.java:738)
at org.apache.flink.streaming.runtime.tasks.StreamTask.invoke(StreamTask.java:289)
at org.apache.flink.runtime.taskmanager.Task.run(Task.java:711)
Caused by: org.apache.flink.util.FlinkException: Could not restore keyed state backend for WindowOperator_8bc812d845cf0f5bd12a296dec28757b_(1/1) from any of the 1 prov""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="restore", split="fresh-o")

case("zb-csdn-es-sinkfunction-not-serializable", "https://blog.csdn.net/weixin_43833048/article/details/106437857",
 """问题如下:
The implementation of the provided ElasticsearchSinkFunction is not serializable. The object probably contains or references non-serializable fields
按照说法就是这个类传入了外部参数,导致无法序列化。所以就需要自己自定义一个类去实现这个类,然后用构造函数去接收参数""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="startup", split="fresh-o")

case("zb-csdn-minicluster-gc-overhead", "https://blog.csdn.net/weixin_42902669/article/details/127259641",
 """本文只是简单记录在 maven 项目中如何修改 flink 的 taskmanager 和 jobmanager 的总内存大小.
1. 报错信息
org.apache.flink.runtime.client.JobExecutionException: Job execution failed.
at org.apache.flink.runtime.jobmaster.JobResult.toJobExecutionResult(JobResult.java:144)
at org.apache.flink.runtime.minicluster.MiniClusterJobClient.lambda$getJobExecutionResult$2(MiniClusterJobClient.java:117)
Caused by: org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy
at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:118)
at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.getFailureHandlingResult(ExecutionFailureHandler.java:80)
Caused by: java.lang.OutOfMemoryError: GC overhead limit exceeded""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="runtime", split="fresh-o")
