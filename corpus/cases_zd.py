from build_cases import case

case("zd-fdb-sink-not-serializable", "https://github.com/apple/foundationdb/issues/3449",
 """Using the Java binding with Apache Flink
Hi I'm trying to use FDB and Flink. It seems that some of the Java classes are not serializable.
[error] Exception in thread "main" org.apache.flink.api.common.InvalidProgramException: com.apple.foundationdb.DatabaseOptions@2ef3eef9 is not serializable. The object probably contains or references non serializable fields.
[error] 	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:151)
[error] 	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:126)
[error] 	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:71)
[error] 	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.clean(StreamExecutionEnvironment.java:1821)
[error] 	at org.apache.flink.streaming.api.datastream.DataStream.clean(DataStream.java:188)
[error] 	at org.apache.flink.streaming.api.datastream.DataStream.addSink(DataStream.java:1328)
[error] 	at org.apache.flink.streaming.api.scala.DataStream.addSink(DataStream.scala:1144)
[error] 	at OlayFlink$.main(OlayFlink.scala:23)
[error] Caused by: java.io.NotSerializableException: com.apple.foundationdb.DatabaseOptions
[error] 	at java.base/java.io.ObjectOutputStream.writeObject0(ObjectOutputStream.java:1185)""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="startup", split="fresh-q")

case("zd-redis-sentinel-unsupported-options", "https://github.com/jeff-zou/flink-connector-redis/issues/28",
 """连接器不支持连接哨兵模式集群？
Caused by: org.apache.flink.table.api.ValidationException: Unsupported options found for 'redis'.

Unsupported options:

master.name
sentinels.info
sentinels.password

Supported options:

cache.max-retries
cache.max-rows
cluster-nodes
command
connector
database
host
password
port
redis-mode
timeout
ttl""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-q")

case("zd-bigdl-serving-map-npe", "https://github.com/intel/BigDL/issues/2709",
 """Cluster serving fails sometimes due to npe
Caused by: java.lang.NullPointerException
	at scala.collection.Iterator$$anon$12.nextCur(Iterator.scala:435)
	at scala.collection.Iterator$$anon$12.hasNext(Iterator.scala:441)
	at scala.collection.AbstractIterator.toList(Iterator.scala:1334)
	at com.intel.analytics.zoo.serving.engine.FlinkInference.map(FlinkInference.scala:57)
	at com.intel.analytics.zoo.serving.engine.FlinkInference.map(FlinkInference.scala:29)
	at org.apache.flink.streaming.api.operators.StreamMap.processElement(StreamMap.java:41)
	at org.apache.flink.streaming.runtime.tasks.OperatorChain$CopyingChainingOutput.pushToOperator(OperatorChain.java:641)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-q")

case("zd-confluent-sql-query-sink-schema-mismatch", "https://github.com/confluentinc/terraform-provider-confluent/pull/495",
 """Using our current statement example to insert data into Flink SQL database table will result in:
 Query schema: [order_id: STRING NOT NULL, customer_id: INT NOT NULL, product_id: STRING NOT NULL, price: DOUBLE NOT NULL]
│ Sink schema:  [key: BYTES, order_id: STRING, customer_id: INT, product_id: STRING, price: DOUBLE]
Reason being that the Sink schema has additional intrinsic key: BYTES, select everything from the sink schema will cause table mismatch and Flink statement creation failure.""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="startup", split="fresh-q")

case("zd-hbase-sink-field-name-mismatch", "https://github.com/DTStack/flinkStreamSQL/issues/222",
 """HBase Sink Table如何定义？
Exception in thread "main" org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: Field name of query result and registered TableSink dh_account_info do not match.
Query result schema: product_id,account_id,dev_imei,dev_uuid,from_ch,ad_channel,ad_subchannel,dev_os,dev_model,dev_brand,third_account_id,account_type,first_login_time,first_login_ip
TableSink schema: f1:product_id,f1:account_id,f1:dev_imei,f1:dev_uuid,f1:from_ch,f1:ad_channel,f1""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-q")

case("zd-jedis-two-pools-read-timeout", "https://github.com/redis/jedis/issues/2161",
 """get JedisConnectionError:time out when use two jedispools in a same flink addsink function
I get Jedis time-out exceptions when I use two jedispool with different addresses in same addsink function of flink, which are same IP but different ports.
The data incoming speed is about 1000 per 10 second and the response time  from Redis is about 20ms
redis.clients.jedis.exceptions.JedisConnectionException: java.net.SocketTimeoutException: Read timed out""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime", split="fresh-q")

case("zd-cdc-shaded-guava-conflict", "https://github.com/apache/flink-cdc/issues/1845",
 """flink-shaded-guava造成的版本冲突
flink-streaming-scala_2.11:1.13.3中使用  flink-shaded-guava 18.0-13.0版本
flink-connector-mysql-cdc 2.3.0中使用  30.1.1-jre-16.0   版本
造成版本冲突，排除哪个版本都会报错
Exception in thread "main" java.lang.NoClassDefFoundError: org/apache/flink/shaded/guava18/com/google/common/collect/Lists
	at org.apache.flink.streaming.api.transformations.UnionTransformation.<init>(UnionTransformation.java:57)
	at org.apache.flink.streaming.api.datastream.DataStream.union(DataStream.java:243)
	at org.apache.flink.streaming.api.scala.DataStream.union(DataStream.scala:358)
	at com.eav.streaming.SyncWarehouseStreamingJob$.main(SyncWarehouseStreamingJob.scala:61)
Caused by: java.lang.ClassNotFoundException: org.apache.flink.shaded.guava18.com.google.common.collect.Lists""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.13.3", phase="startup", split="fresh-q")

case("zd-pulsar-sql-source-not-serializable", "https://github.com/streamnative/pulsar-flink/issues/169",
 """[BUG] non serializable fields
maven dependency pulsar-flink-2.11-1.11.1 version 2.5.5
case : pulsar on flink sql
Exception in thread "main" org.apache.flink.api.common.InvalidProgramException: The implementation of the FlinkPulsarSource is not serializable. The object probably contains or references non serializable fields.
	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:151)
	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:71)
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.clean(StreamExecutionEnvironment.java:1899)
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.addSource(StreamExecutionEnvironment.java:1612)
	at org.apache.flink.streaming.connectors.pulsar.PulsarTableSource.getDataStream(PulsarTableSource.java:200)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.11.1", phase="startup", split="fresh-q")
