from build_cases import case

case("gh-streampark-530-hadoop-30s", "https://github.com/apache/streampark/issues/530",
 """java.lang.NumberFormatException: For input string: "30s\"""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.12.2", phase="startup")
case("gh-dinky-3533-cast-abc", "https://github.com/DataLinkDC/dinky/issues/3533",
 """Caused by: java.lang.NumberFormatException: For input string: 'abc'. Invalid character found""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime")
case("gh-flinkstreamsql-400-user-code-wrapper", "https://github.com/DTStack/flinkStreamSQL/issues/400",
 """Caused by: java.lang.RuntimeException: Deserializing the input/output formats failed: Could not read the user code wrapper: com.dtstack.flink.sql.sink.rdb.format.JDBCUpsertOutputFormat
	at org.apache.flink.runtime.jobgraph.InputOutputFormatContainer.<init>(InputOutputFormatContainer.java:68)
Caused by: org.apache.flink.runtime.operators.util.CorruptConfigurationException: Could not read the user code wrapper: com.dtstack.flink.sql.sink.rdb.format.JDBCUpsertOutputFormat
	at org.apache.flink.runtime.operators.util.TaskConfig.getStubWrapper(TaskConfig.java:290)
	... 22 more
Caused by: java.lang.ClassNotFoundException: com.dtstack.flink.sql.sink.rdb.format.JDBCUpsertOutputFormat
	at java.net.URLClassLoader.findClass(URLClassLoader.java:382)
	at java.lang.ClassLoader.loadClass(ClassLoader.java:418)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-flink-pr22929-serialize-udf", "https://github.com/apache/flink/pull/22929",
 """Caused by: org.apache.flink.streaming.runtime.tasks.StreamTaskException: Could not serialize object for key serializedUDF.
	at org.apache.flink.streaming.api.graph.StreamConfig.lambda$serializeAllConfigs$1(StreamConfig.java:198)
	at java.base/java.util.HashMap.forEach(HashMap.java:1337)
	at org.apache.flink.streaming.api.graph.StreamConfig.serializeAllConfigs(StreamConfig.java:192)""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="startup")
case("gh-seatunnel-4571-cannot-load-user-class", "https://github.com/apache/seatunnel/issues/4571",
 """2023-04-17 16:42:23,222 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Source: SeaTunnel FakeSource -> Sink Writer: Console (1/2) (aaaa32047c2b90e71b7947a7e8f46331) switched from INITIALIZING to FAILED on 192.168.137.2:50939-56eb38 @ bogon (dataPort=50942).
org.apache.flink.streaming.runtime.tasks.StreamTaskException: Cannot load user class: org.apache.seatunnel.translation.flink.source.SeaTunnelParallelSource
ClassLoader info: URL ClassLoader:
Class not resolvable through given classloader.
	at org.apache.flink.streaming.api.graph.StreamConfig.getStreamOperatorFactory(StreamConfig.java:336) ~[flink-dist_2.11-1.13.5.jar:1.13.5]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.13.5", phase="startup")
case("gh-dinky-4386-cannot-load-user-class", "https://github.com/DataLinkDC/dinky/issues/4386",
 """ org.apache.flink.streaming.runtime.tasks.StreamTaskException: Cannot load user class: com.mindflow.dws.app.JobProgressApplication$12
 ClassLoader info: URL ClassLoader:
     file: '/tmp/tm_job-progress-taskmanager-1-1/blobStorage/job_96f62a81c094504c3d8562c1a9c937d6/blob_p-ac702d7581d28abc3dbee8d2a725d3eb19cbbc54-cd79280239b2190219f2c29876cfceae' (valid JAR)
 Class not resolvable through given classloader.
 	at org.apache.flink.streaming.api.graph.StreamConfig.getStreamOperatorFactory(StreamConfig.java:414) ~[flink-dist-1.20.0.jar:1.20.0]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.20.0", phase="startup")
case("gh-dinky-3514-parse-cpu", "https://github.com/DataLinkDC/dinky/issues/3514",
 """Caused by: java.lang.IllegalArgumentException: Could not parse value '1000m' for key 'kubernetes.jobmanager.cpu.amount'.
	at org.apache.flink.configuration.Configuration.getOptional(Configuration.java:736) ~[flink-dist-1.18.1.jar:1.18.1]
	at org.apache.flink.configuration.Configuration.getDouble(Configuration.java:472) ~[flink-dist-1.18.1.jar:1.18.1]""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.18.1", phase="startup")
