from build_cases import case

case("v-ververica-key-serializer-incompatible", "https://ververica.zendesk.com/hc/en-us/articles/360016155139-StateMigrationException-The-new-key-serializer-must-be-compatible",
 """StateMigrationException: The new key serializer must be compatible
When loading/restoring a Flink state snapshot (checkpoint/savepoint), you may face the following exception:
java.lang.Exception: Exception while creating StreamOperatorStateContext.
at org.apache.flink.streaming.api.operators.StreamTaskStateInitializerImpl.streamOperatorStateContext(StreamTaskStateInitializerImpl.java:222)
at org.apache.flink.streaming.api.operators.AbstractStreamOperator.initializeState(AbstractStreamOperator.java:248)
Caused by: org.apache.flink.util.FlinkException: Could not restore keyed state backend for StreamMap_0a448493b4782967b150582570326227_(1/1) from any of the 1 provided restore options.
at org.apache.flink.streaming.api.operators.BackendRestorerProcedure.createAndRestore(BackendRestorerProcedure.java:135)
Caused by: org.apache.flink.runtime.state.BackendBuildingException: Failed when trying to restore heap backend
at org.apache.flink.runtime.state.heap.HeapKeyedStateBackendBuilder.build(HeapKeyedStateBackendBuilder.java:116)
Caused by: org.apache.flink.util.StateMigrationException: The new key serializer must be compatible.
at org.apache.flink.runtime.state.heap.HeapRestoreOperation.restore(""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="restore", split="fresh-i")

case("v-cdc-fatjar-shade-linkedmap", "https://blog.gitcode.com/c082c0d4b724f24530a755c16ec6c18a.html",
 """Flink CDC Connectors中类重定位问题的分析与解决
在使用Flink CDC 2.4版本时,开发者自行构建fat jar包后运行时遇到了类加载异常。具体表现为java.lang.NoClassDefFoundError错误,提示找不到com/ververica/cdc/connectors/shaded/org/apache/commons/collections/map/LinkedMap类。
初步判断是缺少了Apache Commons Collections库,但补充依赖后却出现了更复杂的ClassCastException。
在flink-sql-connector-oceanbase-cdc项目的POM文件中,存在一个过于宽泛的类重定位规则:
<pattern>org.apache.commons</pattern>
<shadedPattern>com.ververica.cdc.connectors.shaded.org.apache.commons</shadedPattern>""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-i")

case("v-aboutyun-small-keyset-skew", "https://aboutyun.com/thread-28686-1-1.html",
 """在我们的场景下,除了有批量写入降低 IO 的需求,对数据延迟也需要控制,当 key set 太大时,每个 key 累积指定数据条数的时间将增加,会导致数据写入的延迟增大,因此我们需要控制 key set 的大小。经过分析,当 key set 较小时,Flink 默认的数据分发策略在并发间分布不均,从而导致了上述数据倾斜的问题。
首先,Flink 为了保证从 state 中恢复数据时产生最小的 IO,引入了 key group 的概念。Key group 数目等于最大并发数(max parallelism),取值范围是 128-32768。""",
 "DATA_SKEW", "USER", "REBALANCE_KEYS_FOR_SKEW", phase="runtime",
 metrics="small key set: records unevenly distributed across parallel subtasks of the keyed operator (some subtasks get several keys, others none)", split="fresh-i")

case("v-dinky-serializedlambda-missing-app-jar", "https://blog.gitcode.com/175640880bbd223fcbc382562c6089d4.html",
 """Dinky项目中使用MySQL2Hudi时遇到的序列化问题解析
任务在YARN上以Per-job模式运行时,虽然应用程序显示成功,但实际任务执行失败。
cannot assign instance of java.lang.invoke.SerializedLambda to field
org.apache.flink.streaming.api.operators.AbstractUdfStreamOperator.userFunction
of type org.apache.flink.api.common.functions.Function in instance of
org.apache.flink.streaming.api.operators.StreamFlatMap""",
 "SERIALIZATION", "USER", "FIX_DEPENDENCIES", phase="startup", split="fresh-i")

case("v-kryo-cnf-springboot-classloader", "http://www.caolvse.com/d/336859.html",
 """Flink中使用Kryo序列化器的注意事项
还记得上一篇关于Kryo序列化的问题的文章:Kryo序列化:Class Not Found的可能原因. 里面介绍了因为在Spark环境下由于类加载器原因导致Kryo反序列化时找不到类的问题。没错,还有续集。这次是在Flink下,也出现了同样的问题。
是Flink提交给YARN的主函数类,里面反序列化一个 StreamParam的参数类。这个类就在提交的jar包里。
在本地单测运行是没问题的,在服务器会发现类找不到。
Caused by: java.lang.ClassNotFoundException: com.jimo.sdk.core.analyze.stream.StreamParam
at java.net.URLClassLoader.findClass(URLClassLoader.java:381) ~[?:1.8.0_66]
at java.lang.ClassLoader.loadClass(ClassLoader.java:424) ~[?:1.8.0_66]
at org.springframework.boot.loader.LaunchedURLClassLoader.loadClass(LaunchedURLClassLoader.java:151) ~[just-cmc.jar:2.2.3-SNAPSHOT]
at java.lang.Class.forName(Class.java:348) ~[?:1.8.0_66]
at com.esotericsoftware.kryo.util.DefaultClassResolver.readName(DefaultClassResolver.java:136) ~[kryo-2.24.0.jar!/:?]
at com.esotericsoftware.kryo.util.DefaultClassResolver.readClass(DefaultClassResolver.java:115) ~[kryo-2.24.0.jar!/:?]
at com.esotericsoftware.kryo.Kryo.readClass(Kryo.java:641) ~[kryo-2.24.0.jar!/:?]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_USER_CODE", phase="startup", split="fresh-i")

case("v-littlemagic-yarn-deploy-no-resources", "http://39.103.169.235/p/a2302724e6d6",
 """(3) Deployment took more than 60 seconds. Please check if the requested resources are available in the YARN cluster
就是字面意思,YARN集群内没有足够的资源启动Flink作业。检查一下当前YARN集群的状态、正在运行的YARN App以及Flink作业所处的队列,释放一些资源或者加入新的资源。
(4) java.util.concurrent.TimeoutException: Slot allocation request timed out
slot分配请求超时,是因为TaskManager申请资源时无法正常获得,按照上一条的思路检查即可。""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup", split="fresh-i")

case("v-taobao-hop-window-countdistinct-skew", "https://besthub.dev/articles/flink-real-time-data-development-cases-on-data-skew-watermark-failure-and-groupby-issues-bc03b5a9a3b7",
 """Flink Real-Time Data Development: Cases on Data Skew, Watermark Failure, and GroupBy Issues
Case 1: Data Skew
Background : Real-time exposure streams need to count UV and PV for each creative over the last 24 hours, updated every minute. The typical solution uses a hop sliding window:
SELECT HOP_START(ts, INTERVAL '1' MINUTE, INTERVAL '24' HOUR) AS window_start, ... creative_id, COUNT(DISTINCT uid) AS exp_uv, COUNT(uid) AS exp_pv
FROM dwd_expos_detail GROUP BY HOP(ts, INTERVAL '1' MINUTE, INTERVAL '24' HOUR), creative_id;
Problem : The GlobalWindowAggregate operator becomes busy for a long time, causing back-pressure and high latency.
Analysis : The bottleneck is caused by data skew when grouping by a key that is unevenly distributed (e.g., group-by + count distinct). The skew leads to one subtask being overloaded.
Solution : Enable PartialFinal for count-distinct to split the aggregation into two stages: table.optimizer.distinct-agg""",
 "DATA_SKEW", "USER", "REBALANCE_KEYS_FOR_SKEW", phase="runtime",
 metrics="GlobalWindowAggregate busy for a long time, back-pressure upstream and high latency; one subtask overloaded by the skewed group-by key", split="fresh-i")

case("v-shopee-backpressure-checkpoint-timeouts", "https://developer.aliyun.com/article/1114464",
 """Flink Unaligned Checkpoint 在 Shopee 的优化和实践
1.1 Checkpoint 存在的技术问题
Flink 作业反压严重导致 Checkpoint 超时失败是 Flink 生产中普遍存在的问题,而持续的反压会造成长时间没有成功的 Checkpoint。
例如:外部查询或写入性能瓶颈、CPU 瓶颈、数据倾斜等在大促或高峰期常见的场景都会间接导致 Checkpoint 持续失败。
当消费 lag 时,如果 tolerable-failed-checkpoints(容忍 CP 失败的次数默认是 0)太低,Flink job 可能进入死循环(消费 lag 导致 job 反压严重,反压严重导致 Checkpoint 超""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "TUNE_CHECKPOINTING", phase="checkpoint",
 metrics="sustained backpressure during consumer lag catch-up; checkpoints time out continuously", split="fresh-i")

case("v-csliubo-cdc-source-queue-heap-oom", "https://csliubo.com/p/flink-cdc-source-queue-oom/",
 """Why Is My Flink TaskManager Eating 8 GB on a 10K-Row UPDATE?
A stock-config Flink CDC pipeline OOMs when one MySQL transaction is large and the UPDATE hits an id range clustered with fat rows. The root cause is two independent source-side queues: Debezium's ChangeEventQueue (default cap: 8192 events) and Flink's FutureCompletingBlockingQueue (default cap: 2 elements, each holding up to max.batch.size events). Together they can hold gigabytes of in-flight events. Each fat event also sits on heap at roughly MySQL byte size x 2 (BEFORE+AFTER) x 2 (UTF-16 compact-string fallback)
Fix (three config lines, no code change):
debezium.max.queue.size=100
debezium.max.batch.size=50
taskmanager.memory.managed.fraction=0.1
Our MySQL-to-Doris CDC pipeline (Flink CDC + flink-doris-connector) had a recurring problem: after a large UPDATE on one particular table, the downstream Flink TaskManager would OOM.
Fact check (confirmed post-mortem): production had zero Debezium / Flink CDC tuning. max.batch.size=2048, max.queue.size=8192, managed.fraction=0.4 were all defaults. TM 12 GiB, JM 24 GiB.""",
 "OOM_HEAP", "USER", "FIX_CONFIG", phase="runtime", split="fresh-i")

case("v-aliyun-dim-join-mysql-backpressure", "http://39.107.221.112/article/787378",
 """flink做流表维表关联,每天TB级数据量,维表存储在mysql。程序提交后,查看背压率为1.严重背压了
flink源是kafka,sink到hdfs。用到算子filter、process算子
filter按规则过滤
process关联维表,并作数据转换拼接
从flinkUI中看到filter方框的背压率为1,查看参数是output产生的背压,也就是process算子产生的背压。
优化手段:
checkpoint存储到rockDB,缩短checkpoint时间
给维表添加缓存,先读缓存,读不到再读数据库
mysql匹配字段添加索引
提高process算子并行度""",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "USER", "FIX_USER_CODE", phase="runtime",
 metrics="backpressure ratio 1 on the filter operator, caused by the downstream process operator that looks up a MySQL dimension table per record", split="fresh-i")
