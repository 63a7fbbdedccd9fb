from build_cases import case

case("w-cdc-21-on-flink114-nosuchmethod", "https://github.com/apache/flink-cdc/issues/610",
 """strange NoSuchMethodError
there's strange NoSuchMethodError just like picture
the method sign is org.apache.flink.api.connector.source.SourceReaderContext metricGroup()Lorg/apache/flink/metrics/groups/SourceReaderMetricGroup; org.apache.flink.metrics.groups.SourceReaderMetricGroup is subinterface of org.apache.flink.metrics.MetricGroup. it's very strange
 - Flink version :  1.14.0
 - Flink CDC version:  flink-sql-connector-mysql-cdc-2.1.0""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.14.0", phase="startup", split="fresh-j")

case("w-pulsar-sink-schema-not-serializable", "https://github.com/streamnative/pulsar-flink/issues/237",
 """[BUG] NotSerializableException in submitting flink job
`org.apache.pulsar.client.api.Schema` is not serializable and therefore it leads a `java.io.NotSerializableException` in `PulsarSerializationSchemaWrapper` when submitting a flink job.
org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: org.apache.pulsar.client.impl.schema.BytesSchema@5c089b2f is not serializable. The object probably contains or references non serializable fields.
        at org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:330) ~[flink-dist_2.12-1.12.0.jar:1.12.0]
        at org.apache.flink.client.program.PackagedProgram.invokeInteractiveModeForExecution(PackagedProgram.java:198) ~[flink-dist_2.12-1.12.0.jar:1.12.0]
        at org.apache.flink.client.ClientUtils.executeProgram(ClientUtils.java:114) ~[flink-dist_2.12-1.12.0.jar:1.12.0]""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.12.0", phase="startup", split="fresh-j")

case("w-beam-upgrade-codertypeserializer-restore", "https://github.com/apache/beam/issues/20774",
 """InvalidClassException when upgrading from v2.23 to v.26
We were using Beam v2.23 and recently, we are testing upgrade to Beam v2.26. For Beam v2.26, we are passing --experiments=use_deprecated_read and --fasterCopy=true. We run into this exception when we resume our pipeline:
Caused by: java.io.InvalidClassException: org.apache.beam.runners.flink.translation.types.CoderTypeSerializer;
local class incompatible: stream classdesc serialVersionUID = 5241803328188007316, local class serialVersionUID
= 7247319138941746449 at java.io.ObjectStreamClass.initNonProxy(ObjectStreamClass.java:699) at java.io.ObjectInputStream.readNonProxyDesc(ObjectInputStream.java:1942)
at org.apache.flink.api.common.typeutils.TypeSerializerSerializationUtil$TypeSerializerSerializationProxy.read(TypeSerializerSerializationUtil.java:301)
at org.apache.flink.api.common.typeutils.TypeSerializerSerializationUtil.tryReadSerializer(TypeSerializerSerializationUtil.java:116)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", phase="restore", split="fresh-j")

case("w-pgcdc-decoderbufs-plugin-missing", "https://github.com/apache/flink-cdc/issues/37",
 """flink sql postgres cdc 模式下报错
[ERROR] Could not execute SQL statement. Reason:
org.postgresql.util.PSQLException: 错误: 无法访问文件 "decoderbufs": No such file or directory
请问这是什么原因，貌似是pg的问题，用的pg10 window版本，请问有什么解决办法吗？""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-j")

case("w-kinesis-efo-consumer-deregistered-restart-loop", "https://github.com/awslabs/amazon-kinesis-connector-flink/issues/44",
 """Flink Kinesis EFO keep job restart forever after expired first 5 minutes
I'm using this version >> 'software.amazon.kinesis:amazon-kinesis-connector-flink:2.1.0' and It works fine with Polling Strategy. However, I tried to use EFO (Lazy, Eager and None) instead and found strange issues
I found consumer arn has been deleted already, I think it was deleted once it's tear down state and I've seen error below.
If consumer arn is deleted why kinesis connector Flink SDK throw this error over and over again and let Flink restart forever.
It works fine at the first 5 minutes and everything went down after subscription is expired and I got errors below and It seem new consumer arn is created and then deleted by some flink subtask.
- Consumer Arn for Lazy and Eager are recreated over and over again.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime", split="fresh-j")

case("w-mysqlcdc-server-time-zone-mismatch", "https://github.com/apache/flink-cdc/issues/1671",
 """时区问题
1.设置server-time-zone在MySqlSource中设置该值时，如果数据库是CST，设置UTC+8会快8小时，设置UTC会报错：org.apache.flink.table.api.ValidationException: The MySQL server has a timezone offset (28800 seconds ahead of UTC) which does not match the configured timezone UTC. Specify the right server-time-zone to avoid inconsistencies for time-related fields.
ruanhang1993: 1. The configuration 'server-time-zone' should be the same as the time zone setting in the MySQL server.""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-j")

case("w-cdc3-pipeline-missing-mysql-driver", "https://github.com/apache/flink-cdc/issues/3457",
 """flinkcdc3 official website operation error
then i run this script called bash  'bash flink-cdc.sh mysql-to-doris.yaml'
it goes wrong
`java.lang.NoClassDefFoundError: Could not initialize class io.debezium.connector.mysql.MySqlConnectorConfig`
1. flink1.18
2.flinkcdc3.1
yuxiqian: `mysql-connector-java` should be placed to `$FLINK_HOME/lib` or be passed with CDC `--jar` argument.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.18", phase="startup", split="fresh-j")

case("w-mysqlcdc-binlog-eof-under-backpressure", "https://github.com/apache/flink-cdc/issues/432",
 """com.github.shyiko.mysql.binlog.event.deserialization.EventDataDeserializationException: Failed to deserialize data of EventHeaderV4{timestamp=1631767918000, eventType=UPDATE_ROWS, serverId=2121124478,
xhmz: 我们也遇到了， 背压严重的时候, 引起的 binlog client 空闲. 被 svr 踢掉了
leonardBang: I've investigated the root cause and will fix in the next version.
kylemeow: This issue might be caused by a long pause of TaskManager, such as a prolonged full GC, at which time the MySQL server thinks the client is not responsive so it stops transmitting binlog to the client, resulting in the EOFException.""",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime", split="fresh-j")

case("w-beam-flink-jm-metaspace-leak-deserialization-context", "https://github.com/apache/beam/issues/29890",
 """[Bug]: Flink Job manager metaspace classloader leak caused by not releasing PipelineOptionFactory DESERIALIZATION_CONTEXT
After a beam job (using Flink runner) submitted, the Flink ChildFirstClassLoader is not released after job completion.  Observing from its GCRoot, this classloader is not released due to a thread local static variable DESERIALIZATION_CONTEXT being hold by a parking Flink thread.
Flink 1.13 + beam-flink-runner-1.13, both JM and TM can observe the same leak.
Flink 1.16 + beam-flink-runner-1.16, only JM can observe this leak.""",
 "OOM_METASPACE", "PLATFORM", "FIX_DEPENDENCIES", version="1.16", phase="runtime", split="fresh-j")

case("w-beam-flink-cogbk-not-reiterable", "https://github.com/apache/beam/issues/31981",
 """[Bug]: CoGroupByKey throws with large (10K+) output groups on Flink runner
`CoGroupByKey` when being run on Flink runner with the default settings throws `IllegalStateException: GBK result is not re-iterable.` when trying to iterate over any of `CoGbkResult` iterarables. This only happens on large collections, when Beam doesn't load the CoGBK result into memory.
Runs fine on `DirectRunner`, but fails on `FlinkRunner`.
My preliminary investigation suggests that the bug could have been introduced by #30851. The problem is that the result of GBK with the Flink runner is once-iterable.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime", split="fresh-j")

case("w-cdc-jdbc-snapshot-heap-oom", "https://github.com/apache/flink-cdc/issues/224",
 """Flink SQL 执行snapshot时java.lang.OutOfMemoryError: Java heap space
Flink 版本1.11.2，cdc版本1.1.0
表数据量20万条，有没有办法分批执行？
java.lang.OutOfMemoryError: Java heap space
	at com.mysql.jdbc.Buffer.(Buffer.java:62)
	at com.mysql.jdbc.MysqlIO.nextRow(MysqlIO.java:2024)
	at com.mysql.jdbc.MysqlIO.readSingleRowSet(MysqlIO.java:3368)
	at com.mysql.jdbc.MysqlIO.getResultSet(MysqlIO.java:464)
	at com.mysql.jdbc.PreparedStatement.executeQuery(PreparedStatement.java:2023)
	at org.apache.flink.api.java.io.jdbc.JDBCInputFormat.open(JDBCInputFormat.java:247)
	at org.apache.flink.streaming.api.functions.source.InputFormatSourceFunction.run(SourceFile:85)""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", version="1.11.2", phase="runtime", split="fresh-j")

case("w-mysqlcdc-datastream-no-deserializer-npe", "https://github.com/apache/flink-cdc/issues/2555",
 """[Bug] Not possible to not choose a deserializer
Flink version 1.17.1, Flink CDC version 2.4.1
Just follow this example: https://ververica.github.io/flink-cdc-connectors/master/content/connectors/mysql-cdc.html#datastream-source but don't specify a deserializer
One gets the following error
org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: null
        at org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:372)
        at org.apache.flink.client.program.PackagedProgram.invokeInteractiveModeForExecution(PackagedProgram.java:222)
        at org.apache.flink.client.ClientUtils.executeProgram(ClientUtils.java:105)
        at org.apache.flink.client.cli.CliFrontend.executeProgram(CliFrontend.java:851)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="1.17.1", phase="startup", split="fresh-j")

case("w-gcp-operator-job-lost-after-jm-restart", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/398",
 """Job is lost after JobManager restart
I have a JobCluster, but now, if the JobManager is restarted for any reason, the FlinkCluster cannot recover. Operator shows this in the logs:
INFO    controllers.FlinkCluster        Desired state   {"cluster": "namespace-a/job-a", "Job": "nil"}
Why is the Desired State of Job null? Also, the FlinkCluster object shows Job Status "Lost".
elanv: The operator recovers the job under the following conditions. Could you check if it meets the conditions below?
- `spec.job.savepointsDir` is set
- `spec.job.restartPolicy` is set to `FromSavepointOnFailure`. The default is `Never`, in which case the job is not recovered and remains in the "Lost" state in the event of a job manager failure.
- `status.job.savepointLocation` is recorded. (It is required for job recovery)""",
 "HA_OR_STORAGE", "USER", "FIX_STORAGE_OR_HA", phase="restore", split="fresh-j")

case("w-tis-docker-flink-parallelism-exceeds-slots", "https://github.com/datavane/tis/issues/331",
 """基于docker-compose安装TIS后，配置增量通道成功执行任务时，flink job提示Could not acquire the minimum required resources
创建的增量任务状态一直是CREATED，查看日志也一直在报Could not acquire the minimum required resources ，请问这应该怎么解决呢？
jiewenk: 然后，并行度确实重新设置了
baisui1981: 我就知道你肯定设置了并行度了，先改成1，docker-compose 运行的flink只是作为示例用，flink-config配置文件中的slot写死是 1，当并行度大于1 时候，确实是会报资源不足的异常的。""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup", split="fresh-j")

case("w-streampark-ignore-restored-option-not-applied", "https://github.com/apache/streampark/issues/1838",
 """[Bug] ignore restored option is not valid when starting the job from savepoint
Selecting the ignore restored option does not work when the program is restored from savepoint but the job logic is modified
StreamPark Version 1.2.4-snapshot, Flink Version 1.13.6/1.14.6
Failed to rollback to checkpoint/savepoint hdfs:///user/flink/job-ck/test_mult_insert/savepoint-0099dc-f829fdf835d0. Cannot map checkpoint/savepoint state for operator 9dd63673dd41ea021b896d5203f3ba7c to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "FIX_DEPENDENCIES", version="1.14.6", phase="restore", split="fresh-j")
