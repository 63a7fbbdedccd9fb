from build_cases import case

case("zh-kyuubi-flink-bootstrap-pipeline-jars", "https://github.com/apache/kyuubi/issues/5108",
 """[Bug] [Flink] FileNotFoundException during Flink engine bootstrap
Caused by: org.apache.flink.util.FlinkException: Could not upload job files.
	at org.apache.flink.runtime.client.ClientUtils.uploadJobGraphFiles(ClientUtils.java:86)
	at org.apache.flink.runtime.client.ClientUtils.extractAndUploadJobGraphFiles(ClientUtils.java:62)
	at org.apache.flink.client.deployment.application.executors.EmbeddedExecutor.lambda$submitJob$6(EmbeddedExecutor.java:177)
	at java.util.concurrent.CompletableFuture.uniCompose(CompletableFuture.java:952)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-u")

case("zh-redis-conn-netty-charsetutil-nosuchmethod", "https://github.com/jeff-zou/flink-connector-redis/issues/41",
 """导入依赖运行test示例报错
Caused by: java.lang.NoSuchMethodError: io.netty.util.CharsetUtil.encoder(Ljava/nio/charset/Charset;)Ljava/nio/charset/CharsetEncoder;""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup", split="fresh-u")

case("zh-redis-conn-select-sink-table-verifyerror", "https://github.com/jeff-zou/flink-connector-redis/issues/14",
 """java.lang.VerifyError: Bad return type
> select * from  sink_redis;
[ERROR] Could not execute SQL statement. Reason:
java.lang.VerifyError: Bad return type
Exception Details:
  Location:  org/apache/flink/streaming/connectors/redis/common/mapper/row/sink/RowRedisSinkMapper.getCommandDescription()Lorg/apache/flink/streaming/connectors/redis/common/mapper/RedisCommandBaseDescription; @4: areturn
  Reason:
    Type 'org/apache/flink/streaming/connectors/redis/common/mapper/RedisCommandDescription' (current frame, stack[0]) is not assignable to 'org/apache/flink/streaming/connectors/redis/common/mapper/RedisCommandBaseDescription' (from method signature)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="1.13.6", phase="startup", split="fresh-u")


case("zh-pulsar-flink-producer-already-closed", "https://github.com/streamnative/pulsar-flink/issues/302",
 """Observing dataloss due to "Producer already closed" exceptions
ERROR o.a.flink.streaming.connectors.pulsar.FlinkPulsarSinkBase  - Error while sending message to Pulsar: org.apache.pulsar.client.api.PulsarClientException$AlreadyClosedException: Producer already closed
        at org.apache.pulsar.client.impl.PartitionedProducerImpl.internalSendAsync(PartitionedProducerImpl.java:172)
        at org.apache.pulsar.client.impl.TypedMessageBuilderImpl.sendAsync(TypedMessageBuilderImpl.java:95)
        at org.apache.flink.streaming.connectors.pulsar.FlinkPulsarSink.invoke(FlinkPulsarSink.java:104)
        at org.apache.flink.streaming.api.operators.StreamSink.processElement(StreamSink.java:56)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", version="1.11.3", phase="runtime", split="fresh-u")

case("zh-clickhouse-1002-connection-pool-shut-down", "https://github.com/itinycheng/flink-connector-clickhouse/issues/67",
 """finkcdc同步到clickhouse，出现1002异常
org.apache.flink.connector.clickhouse.internal.executor.ClickHouseExecutor [] - ClickHouse executeBatch error, retry times = 1
ru.yandex.clickhouse.except.ClickHouseUnknownException: ClickHouse exception, code: 1002, host: 10.240.1.155, port: 8123; Connection pool shut down""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime", split="fresh-u")

case("zh-kyuubi-flink-home-unset-npe", "https://github.com/apache/kyuubi/issues/6126",
 """[Bug] NPE occurs when FLINK_HOME is not set
Error: org.apache.kyuubi.KyuubiSQLException: Error operating LaunchEngine: java.lang.NullPointerException
	at scala.collection.mutable.ArrayOps$ofRef$.length$extension(ArrayOps.scala:204)
	at scala.collection.mutable.ArrayOps$ofRef.length(ArrayOps.scala:204)
	at scala.collection.SeqLike.size(SeqLike.scala:108)
	at scala.collection.SeqLike.size$(SeqLike.scala:108)
	at scala.collection.mutable.ArrayOps$ofRef.size(ArrayOps.scala:198)
	at scala.collection.IndexedSeqLike.sizeHintIfCheap(IndexedSeqLike.scala:103)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-u")

case("zh-linkis-flink-ec-empty-conf-hive-plugin", "https://github.com/apache/linkis/issues/1676",
 """An error occurs when running the flick task: Failed to create engineConnPlugin: com.webank.wedatasphere.linkis.engineplugin.hive.HiveEngineConnPluginjava.lang.ClassNotFoundException: com.webank.wedata""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-u")

case("zh-tis-cdc-text-varchar-length", "https://github.com/datavane/tis/issues/332",
 """MySQL创建增量通道到ES时，部署报错
org.apache.flink.table.api.ValidationException: Variable character string length must be between 1 and 2147483647 (both inclusive).
        at org.apache.flink.table.types.logical.VarCharType.<init>(VarCharType.java:75)
        at com.qlangtech.tis.plugins.incr.flink.cdc.AbstractRowDataMapper$DefaultTypeVisitor.varcharType(AbstractRowDataMapper.java:285)
        at com.qlangtech.tis.plugins.incr.flink.cdc.AbstractRowDataMapper$DefaultTypeVisitor.varcharType(AbstractRowDataMapper.java:113)
        at com.qlangtech.tis.plugin.ds.DataType.accept(DataType.java:265)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-u")

case("zh-redis-conn-factory-not-found-1153", "https://github.com/jeff-zou/flink-connector-redis/issues/53",
 """【新人疑惑】报错org.apache.flink.table.api.ValidationException: Cannot discover a connector using option: 'connector'='redis'
Caused by: org.apache.flink.table.api.ValidationException: Cannot discover a connector using option: 'connector'='redis'
Caused by: org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'redis' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.
Available factory identifiers are:
blackhole
datagen
filesystem
jdbc
kafka
mysql-cdc
paimon
print
starrocks
upsert-kafka
java.lang.ClassNotFoundException: org.apache.flink.calcite.shaded.com.google.common.cache.Cache""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.15.3", phase="startup", split="fresh-u")
