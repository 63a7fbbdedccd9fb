from build_cases import case

case("zg-hbase-sqljar-netty-unshaded", "https://github.com/apache/flink-connector-hbase/pull/17",
 """[FLINK-28013] Shade all netty dependencies in sql jar
Shade all netty dependencies to resolve `java.lang.NoClassDefFoundError: org/apache/flink/hbase/shaded/io/netty/channel/EventLoopGroup`.
I tested this patch locally which resolves this NoClassDefFoundError exception;
java.lang.NoClassDefFoundError: org/apache/flink/hbase/shaded/io/netty/channel/EventLoopGroup.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-t")

case("zg-es8-restore-kryo-npe", "https://github.com/apache/flink-connector-elasticsearch/pull/126",
 """[FLINK-37830] V3.1 restore checkpoint arraylist NPE
When using flink-connector-elasticsearch8 ver. 3.1.0-1.20 with flink ver. 1.20.1, restore checkpoint state in the connector fails the NullPointerException for ArrayList:
2025-05-12 08:14:09
com.esotericsoftware.kryo.KryoException: java.lang.NullPointerException
Serialization trace:
_children (com.fasterxml.jackson.databind.node.ArrayNode)
_children (com.fasterxml.jackson.databind.node.ObjectNode)
document (co.elastic.clients.elasticsearch.core.bulk.IndexOperation)
bulkOperationVariant (org.apache.flink.connector.elasticsearch.sink.Operation)
	at com.esotericsoftware.kryo.serializers.ObjectField.read(ObjectField.java:125)
	at com.esotericsoftware.kryo.serializers.FieldSerializer.read(FieldSerializer.java:528)
	at com.esotericsoftware.kryo.Kryo.readClassAndObject(Kryo.java:761)
	at com.esotericsoftware.kryo.serializers.MapSerializer.read(MapSerializer.java:143)
	at com.esotericsoftware.kryo.Kryo.readObject(Kryo.java:679)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.20.1", phase="restore", split="fresh-t")

case("zg-upsert-kafka-timestamp-npe", "https://github.com/apache/flink/pull/19995",
 """[FLINK-28060][BP 1.15][Connector/Kafka] Updated Kafka Clients to 3.1.1
After modification, only another error will be thrown.
Caused by: java.lang.NullPointerException: timestamp must to be set before retrieving it.
	at org.apache.flink.util.Preconditions.checkNotNull(Preconditions.java:76) ~[flink-dist-1.15.1-vip.jar:1.15.1-vip]
	at org.apache.flink.streaming.connectors.kafka.table.ReducingUpsertWriter$WrappedContext.timestamp(ReducingUpsertWriter.java:171) ~[flink-sql-connector-kafka-1.15.1-vip.jar:1.15.1-vip]
	at org.apache.flink.connector.kafka.sink.KafkaWriter.write(KafkaWriter.java:199) ~[flink-sql-connector-kafka-1.15.1-vip.jar:1.15.1-vip]""",
 "PLATFORM_BUG", "PLATFORM", "UPGRADE_FLINK_VERSION", version="1.15.1", phase="runtime", split="fresh-t")

case("zg-amoro-logstore-classcast", "https://github.com/apache/amoro/issues/1431",
 """[Bug]: when read from Logstore, will encounter ClassCastException.
when read from logstore, flink job will fail and shows ClassCastException.
2023-05-09 20:30:45
java.lang.ClassCastException: com.netease.arctic.flink.read.source.log.kafka.LogKafkaPartitionSplitReader cannot be cast to org.apache.flink.connector.kafka.source.reader.KafkaPartitionSplitReader
	at com.netease.arctic.flink.read.internals.KafkaSourceFetcherManager.enqueueOffsetsCommitTask(KafkaSourceFetcherManager.java:90)
	at com.netease.arctic.flink.read.internals.KafkaSourceFetcherManager.commitOffsets(KafkaSourceFetcherManager.java:77)
	at com.netease.arctic.flink.read.internals.KafkaSourceReader.notifyCheckpointComplete(KafkaSourceReader.java:133)
	at org.apache.flink.streaming.api.operators.SourceOperator.notifyCheckpointComplete(SourceOperator.java:307)
	at org.apache.flink.streaming.runtime.tasks.StreamOperatorWrapper.notifyCheckpointComplete(StreamOperatorWrapper.java:99)""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="checkpoint", split="fresh-t")

case("zg-hudi-bucket-bulkinsert-heap-oom", "https://github.com/apache/hudi/issues/5131",
 """OOM occurred  when use bulk_insert cow table with flink BUCKET index
* Hudi version : master 0.11.0
* Flink version : 1.14.3
  'index.type' = 'BUCKET',
  'table.type' = 'COPY_ON_WRITE',
  'write.operation' = 'bulk_insert',
  'write.tasks' = '3',
  'hoodie.bucket.index.num.buckets' = '6',
core & heap size total : 6c 36G
Caused by: java.lang.OutOfMemoryError: Java heap space
	at org.apache.parquet.column.values.dictionary.IntList.initSlab(IntList.java:90) ~[bigdata-hudi-dataware-CK.jar:?]
	at org.apache.parquet.column.values.dictionary.IntList.<init>(IntList.java:86) ~[bigdata-hudi-dataware-CK.jar:?]""",
 "OOM_HEAP", "PLATFORM", "FIX_DEPENDENCIES", version="1.14.3", phase="runtime", split="fresh-t")

case("zg-cdc-mysql-no-suitable-driver-resubmit", "https://github.com/apache/flink-cdc/issues/643",
 """[mysql] java.sql.SQLException: No suitable driver
2021-11-23 17:34:34,013 INFO  com.ververica.cdc.connectors.shaded.com.zaxxer.hikari.HikariDataSource [] - connection-pool-xxx.xxx.xxx:3306 - Starting...
2021-11-23 17:34:34,024 ERROR com.ververica.cdc.connectors.mysql.debezium.DebeziumUtils    [] - Failed to open MySQL connection
java.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:mysql://xxx.xxx.xxx:3306/?useInformationSchema=true&nullCatalogMeansCurrent=false&useUnicode=true&characterEncoding=UTF-8&characterSetResults=UTF-8&zeroDateTimeBehavior=CONVERT_TO_NULL
	at com.ververica.cdc.connectors.shaded.com.zaxxer.hikari.util.DriverDataSource.<init>(DriverDataSource.java:114) ~[blob_p-a1a1796103e7ef9d8b6691d201a3426342cdac2c-8669d6803806968f8d3f1d156fcef5a0:2.1.0]
	at com.ververica.cdc.connectors.shaded.com.zaxxer.hikari.pool.PoolBase.initializeDataSource(PoolBase.java:331) ~[blob_p-a1a1796103e7ef9d8b6691d201a3426342cdac2c-8669d6803806968f8d3f1d156fcef5a0:2.1.0]
	at com.ververica.cdc.connectors.shaded.com.zaxxer.hikari.pool.PoolBase.<init>(PoolBase.java:114) ~[blob_p-a1a1796103e7ef9d8b6691d201a3426342cdac2c-8669d6803806968f8d3f1d156fcef5a0:2.1.0]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-t")

case("zg-kafka-sasl-jaas-escaped-quotes", "https://github.com/apache/flink-connector-kafka/pull/67",
 """[hotfix] fix_kafka_sasl_ssl_example in the docs
- Removing unnecessary transition symbols'/'in  the document
  'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"username\\" password=\\"password\\";'
- using transition characters can cause "Value not specified for key 'username' in JAAS config" error,The examples in the document can mislead users""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-t")

case("zg-cdc-es7-connection-reset", "https://github.com/apache/flink-cdc/issues/1517",
 """flink cdc(mysql) -> elasticsearch7, 任务每次持续跑了一段时间之后(elasticsearch connection reset by peer)，就自动结束了
Elasticsearch7 connection reset by peer
 - Flink version :  1.13.6
 - Flink CDC version: 2.2.1
 - Flink-sql-connector-elasticsearch7: 2.11-1.13.6
10:27:27.535 [I/O dispatcher 1] ERROR org.apache.flink.streaming.connectors.elasticsearch.util.NoOpFailureHandler - Failed Elasticsearch item request: Connection reset by peer
java.io.IOException: Connection reset by peer
	at sun.nio.ch.FileDispatcherImpl.read0(Native Method) ~[?:1.8.0_272]
	at sun.nio.ch.SocketDispatcher.read(SocketDispatcher.java:39) ~[?:1.8.0_272]
	at sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:223) ~[?:1.8.0_272]
	at sun.nio.ch.IOUtil.read(IOUtil.java:197) ~[?:1.8.0_272]
	at sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:379) ~[?:1.8.0_272]
	at org.apache.http.impl.nio.reactor.SessionInputBufferImpl.fill(SessionInputBufferImpl.java:231) ~[danchuang-flink-.jar:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.13.6", phase="runtime", split="fresh-t")

case("zg-cdc-paimon-sink-rescale-restore-nsee", "https://github.com/apache/flink-cdc/pull/4457",
 """[FLINK-40043] fix the paimon pipeline job couldn't increase job parallelism.
Fix a NoSuchElementException thrown by PaimonSink.restoreWriter when a CDC pipeline job using the Paimon sink is restored from a savepoint with a higher pipeline.parallelism than the original run.
java.util.NoSuchElementException
    at java.util.ArrayList$Itr.next(ArrayList.java:1000)
    at org.apache.flink.cdc.connectors.paimon.sink.v2.PaimonSink.restoreWriter(PaimonSink.java:101)
    at org.apache.flink.streaming.runtime.operators.sink.StatefulSinkWriterStateHandler.createWriter(StatefulSinkWriterStateHandler.java:120)
    at org.apache.flink.streaming.runtime.operators.sink.SinkWriterOperator.initializeState(SinkWriterOperator.java:153)
    at org.apache.flink.cdc.runtime.operators.sink.DataSinkWriterOperator.initializeState(DataSinkWriterOperator.java:132)""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "FIX_DEPENDENCIES", phase="restore", split="fresh-t")

case("zg-jaeger-analytics-protobuf-vs-avro", "https://github.com/jaegertracing/jaeger-analytics-flink/issues/9",
 """ArrayIndexOutOfBoundsException happened
env:  jaeger-collector:v1.12.0 , how could i  resolve it?
2019-12-08 12:40:32.624 [Source: KafkaSource -> DeserializeSpan -> FilterLocalSpans (2/4)] INFO  org.apache.flink.runtime.taskmanager.Task  - Source: KafkaSource -> DeserializeSpan -> FilterLocalSpans (2/4) (9324a78eb55fe4cda7a015c6cc16fabf) switched from RUNNING to FAILED.
java.lang.ArrayIndexOutOfBoundsException: 5
	at org.apache.avro.io.parsing.Symbol$Alternative.getSymbol(Symbol.java:424)
	at org.apache.avro.io.ResolvingDecoder.doAction(ResolvingDecoder.java:290)
	at org.apache.avro.io.parsing.Parser.advance(Parser.java:88)
	at org.apache.avro.io.ResolvingDecoder.readIndex(ResolvingDecoder.java:267)
	at org.apache.avro.generic.GenericDatumReader.readWithoutConversion(GenericDatumReader.java:179)
	at org.apache.avro.specific.SpecificDatumReader.readField(SpecificDatumReader.java:116)
kafka send a protobuf message to analytics, should i modify SpecificDatumReader to  ProtobufDatumReader?""",
 "SERIALIZATION", "USER", "FIX_CONFIG", phase="runtime", split="fresh-t")

case("zg-fluss-yarn-direct-oom", "https://github.com/apache/fluss/issues/2236",
 """Flink job is deployed to YARN failed with java.lang.OutOfMemoryError: Direct buffer memory
Fluss version 0.8.0 (latest release)
Caused by: java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either job(s) require(s) a larger size of JVM direct memory or there is a direct memory leak. The direct memory can be allocated by user code or some of its dependencies. In this case 'taskmanager.memory.task.off-heap.size' configuration option should be increased. Flink framework and its dependencies also consume the direct memory, mostly for network communication. The most of network memory is managed by Flink and should not result in out-of-memory error. In certain special cases, in particular for jobs with high parallelism, the framework may require more direct memory which is not managed by Flink. In this case 'taskmanager.memory.framework.off-heap.size' configuration option should be increased. If the error persists then there is probably a direct memory leak in user code or some of its dependencies which has to be investigated and fixed. The task executor has to be shutdown...
	at java.nio.Bits.reserveMemory(Bits.java:178) ~[?:?]""",
 "OOM_DIRECT_OR_NETWORK", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime", split="fresh-t")

case("zg-pinpoint-flink-job-local-env-config", "https://github.com/pinpoint-apm/pinpoint/issues/4618",
 """The LocalStreamEnvironment cannot be used when submitting a program through a client, or running in a TestEnvironment context. : help me
조언에 따라 버전을 호환되는 버전으로 바꿨는데 같은 오류가 발생하였습니다.
특히 C항목의 설명대로 flink 인스턴스를 별도로 띄우고(cluster) job을 동작시킬경우(cluster 방식) flink.StreamExecutionEnvironment=server 설정을 추가해야합니다.""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-t")
