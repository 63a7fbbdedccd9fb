from build_cases import case

case("zc-pyflink-kpl-heap-oom", "https://github.com/aws-samples/pyflink-getting-started/issues/5",
 """OutOfMemoryError with the Tumbing Window example
Exception in thread "kpl-daemon-0000" java.lang.OutOfMemoryError: Java heap space""",
 "OOM_HEAP", "USER", "FIX_CONFIG", phase="runtime", split="fresh-p")

case("zc-dbt-flink-tutorial-missing-kafka-jar", "https://github.com/getindata/dbt-flink-adapter/issues/66",
 """error when following your tutorial
Could not find any factory for identifier 'kafka' that implements 'org.apache.flink.table.factories.CatalogFactory' in the classpath""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.16", phase="startup", split="fresh-p")

case("zc-flink-scala-api-case-class-evolution", "https://github.com/flink-extended/flink-scala-api/issues/80",
 """Case class evolution: ArrayIndexOutOfBoundsException
Caused by: org.apache.flink.util.FlinkException: Could not restore keyed state backend for KeyedProcessOperator_20ba6b65f97481d5570070de90e4e791_(1/1) from any of the 1 provided restore options.
	at org.apache.flink.streaming.api.operators.BackendRestorerProcedure.createAndRestore(BackendRestorerProcedure.java:160)
	at org.apache.flink.streaming.api.operators.StreamTaskStateInitializerImpl.keyedStatedBackend(StreamTaskStateInitializerImpl.java:345)""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", version="1.15", phase="restore", split="fresh-p")

case("zc-pyflink-playgrounds-volume-permission", "https://github.com/pyflink/playgrounds/issues/2",
 """Examples using file system fail - Permission Denied
Caused by: java.io.FileNotFoundException: /opt/examples/data/word_count_output (Permission denied)
org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy
	at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.handleFailure(ExecutionFailureHandler.java:110)
	at org.apache.flink.runtime.executiongraph.failover.flip1.ExecutionFailureHandler.getFailureHandlingResult(ExecutionFailureHandler.java:76)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="runtime", split="fresh-p")

case("zc-alink-local-networkbufferpool", "https://github.com/alibaba/Alink/issues/215",
 """本地IDEA运行Alink计算person系数的demo抛出OOM异常
尝试调大VM内存，还是 ： Could not allocate enough memory segments for NetworkBufferPool (required (Mb): 1536, allocated (Mb): 247, missing (Mb): 1289)""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_NETWORK_MEMORY", phase="startup", split="fresh-p")

case("zc-aiven-sqlcli-unknownhost-jobmanager", "https://github.com/Aiven-Open/sql-cli-for-apache-flink-docker/issues/25",
 """Getting Error - java.net.UnknownHostException: jobmanager: Name or service not known
I am trying to run the below sql commands and getting the error
SELECT * FROM orders;""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-p")

case("zc-recsys-demo-kafka-localhost-in-docker", "https://github.com/water8394/flink-recommandSystem-demo/issues/27",
 """几个内网ip地址的配置
root@db0dba1666b2:/opt/flink# flink run /opt/flink-2-hbase-1.0-SNAPSHOT.jar
{bootstrap.servers=localhost:9092, group.id=test, zookeeper.connect=localhost:2181}
Job has been submitted with JobID 144b101ff9964cf7ba109cfd95e7f005
 The program finished with the following exception:
org.apache.flink.client.program.ProgramInvocationException: The main method caused an error: org.apache.flink.client.program.ProgramInvocationException: Job failed (JobID: 144b101ff9964cf7ba109cfd95e7f005)
	at org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:335)
kafka.bootstrap.servers=192.168.1.7:9092
KAFKA_ADVERTISED_LISTENERS: INSIDE://kafka:9093,OUTSIDE://192.168.56.103:9092""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", phase="runtime", split="fresh-p")

case("zc-cloudflow-flink110-tm-jvm-params", "https://github.com/lightbend/cloudflow/pull/149",
 """Fixed a Flink 1.10 issue
Without this PR, the following error will occur in the task manager when running `taxi-ride-fare` app:
/opt/flink/bin/taskmanager.sh: line 52: runBashJavaUtilsCmd: command not found
/opt/flink/bin/taskmanager.sh: line 53: extractExecutionParams: command not found
[ERROR] Could not get JVM parameters properly.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.10", phase="startup", split="fresh-p")

case("zc-nussknacker-demo-decode-eventdate", "https://github.com/TouK/nussknacker/issues/435",
 """The Demo Processe can't work
pl.touk.nussknacker.engine.api.CirceUtil$DecodingError: Failed to decode - , error: Attempt to decode value on failed cursor: DownField(eventDate)
	at pl.touk.nussknacker.engine.api.CirceUtil$.unsafe(CirceUtil.scala:26)
	at pl.touk.nussknacker.engine.api.CirceUtil$.decodeJsonUnsafe(CirceUtil.scala:23)
	at pl.touk.nussknacker.engine.example.ExampleProcessConfigCreator.$anonfun$createTransactionSource$1(ExampleProcessConfigCreator.scala:67)
	at pl.touk.nussknacker.engine.flink.util.source.EspDeserializationSchema.deserialize(EspDeserializationSchema.scala:10)
	at org.apache.flink.streaming.util.serialization.KeyedDeserializationSchemaWrapper.deserialize(KeyedDeserializationSchemaWrapper.java:44)
	at org.apache.flink.streaming.connectors.kafka.internal.Kafka09Fetcher.runFetchLoop(Kafka09Fetcher.java:142)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-p")

case("zc-statefun-ridesharing-example-npe", "https://github.com/ververica/stateful-functions/issues/33",
 """Ride Sharing Example NullPointerException
Sink: com.ververica.statefun.examples.ridesharing-to-driver-egress, Sink: com.ververica.statefun.examples.ridesharing-to-passenger-egress) (8/8) (adf0bdac695657a878c50dfc5efaeca2) switched from RUNNING to FAILED.
com.ververica.statefun.flink.core.functions.StatefulFunctionInvocationException: An error occurred when attempting to invoke function FunctionType(com.ververica.statefun.examples.ridesharing, driver).
	at com.ververica.statefun.flink.core.functions.StatefulFunction.receive(StatefulFunction.java:54)
	at com.ververica.statefun.flink.core.functions.ReusableContext.apply(ReusableContext.java:70)
	at com.ververica.statefun.flink.core.functions.FunctionActivation.applyNextPendingEnvelope(FunctionActivation.java:49)
	at com.ververica.statefun.flink.core.functions.LocalFunctionGroup.processNextEnvelope(LocalFunctionGroup.java:60)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-p")

case("zc-sql-training-jackson-lrumap-cce", "https://github.com/ververica/sql-training/issues/8",
 """Jackson issue when selecting data from table
[ERROR] Could not execute SQL statement. Reason:
java.lang.ClassCastException: cannot assign instance of java.util.concurrent.ConcurrentHashMap to field org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.deser.DeserializerCache._cachedDeserializers of type org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.util.LRUMap in instance of org.apache.flink.shaded.jackson2.com.fasterxml.jackson.databind.deser.DeserializerCache
The issue comes from the update to Flink 1.9. If we checkout an earlier version in the commit log, the problem is not there anymore.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.9", phase="startup", split="fresh-p")

case("zc-dts-subscribe-avro-heap-oom", "https://github.com/LioRoger/subscribe_example/issues/19",
 """flink 解析 avro数据报内存溢出
我们数据量很少的，就几万条，但是任务启动就报这个错误？？
java.lang.OutOfMemoryError: Java heap space
	at org.apache.avro.util.Utf8.setByteLength(Utf8.java:78) ~[usercode.jar:?]
	at org.apache.avro.io.BinaryDecoder.readString(BinaryDecoder.java:261) ~[usercode.jar:?]
	at org.apache.avro.io.ResolvingDecoder.readString(ResolvingDecoder.java:214) ~[usercode.jar:?]
	at org.apache.avro.generic.GenericDatumReader.readString(GenericDatumReader.java:412) ~[usercode.jar:?]
	at org.apache.avro.specific.SpecificDatumReader.readField(SpecificDatumReader.java:116) ~[usercode.jar:?]
	at org.apache.flink.formats.avro.AvroDeserializationSchema.deserialize(AvroDeserializationSchema.java:135) ~[usercode.jar:?]""",
 "OOM_HEAP", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-p")
