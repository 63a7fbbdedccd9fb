from build_cases import case

case("gh-spotifyop-157-jm-heap", "https://github.com/spotify/flink-on-k8s-operator/issues/157",
 """java.lang.OutOfMemoryError: Java heap space
        at org.apache.flink.client.program.OptimizerPlanEnvironment.generateException(OptimizerPlanEnvironment.java:150)
        at org.apache.flink.client.program.OptimizerPlanEnvironment.getPipeline(OptimizerPlanEnvironment.java:90)
        at org.apache.flink.client.program.PackagedProgramUtils.getPipelineFromProgram(PackagedProgramUtils.java:108)
        at org.apache.flink.runtime.webmonitor.handlers.JarRunHandler.lambda$getJobGraphAsync$6(JarRunHandler.java:138)""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="startup")
case("gh-kickstarter-797-heartbeat", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/797",
 """java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 172.18.0.3:33783-3e38f6 timed out.
	at org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyHeartbeatTimeout(JobMaster.java:1641)
	at org.apache.flink.runtime.heartbeat.DefaultHeartbeatMonitor.run(DefaultHeartbeatMonitor.java:158)""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", phase="runtime")
case("gh-flinkcdc-104-heartbeat", "https://github.com/apache/flink-cdc/issues/104",
 """ERROR akka.remote.EndpointWriter   [] - dropping message [class org.apache.flink.runtime.rpc.messages.RemoteRpcInvocation] for non-local recipient [Actor[akka.tcp://flink@192.xx:45578/user/rpc/taskmanager_0#1283715547]] arriving at [akka.tcp://flink@192.xx::45578] inbound addresses are [akka.tcp://flink@localhost:6123]

Caused by: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id eaffacbed6a9d6025a362df2738d5299 timed out.""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", phase="runtime")
case("gh-kafkaconn-pr91-position-timeout", "https://github.com/apache/flink-connector-kafka/pull/91",
 """"org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition aaa-1 could be determined\"""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="startup")
case("gh-recodemo-29-kafka-position", "https://github.com/water8394/flink-recommandSystem-demo/issues/29",
 """2020-03-18 23:08:47 [WARN ](KafkaFetcher                  ) [TxId :  , SpanId : ] [ET:,AN:,SN:,CN:,CI:] Error while closing Kafka consumer
java.lang.NullPointerException at org.apache.flink.streaming.connectors.kafka.internal.KafkaConsumerThread.run(KafkaConsumerThread.java:282)
2020-03-18 23:08:47 [INFO ](ExecutionGraph                ) [TxId :  , SpanId : ] [ET:,AN:,SN:,CN:,CI:] Source: Custom Source -> Map (3/4) (63c794e9466b43ba2fb7c09f3114844b) switched from RUNNING to FAILED.
org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition con-0 could be determined""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime")
case("gh-flinkcdc-417-gc-overhead", "https://github.com/apache/flink-cdc/issues/417",
 """java.lang.OutOfMemoryError: GC overhead limit exceeded
	at org.rocksdb.RocksIterator.key0(Native Method)
	at org.rocksdb.RocksIterator.key(RocksIterator.java:37)
	at org.apache.flink.contrib.streaming.state.RocksIteratorWrapper.key(RocksIteratorWrapper.java:99)
	at org.apache.flink.contrib.streaming.state.RocksDBMapState$RocksDBMapIterator.loadCache(RocksDBMapState.java:670)
	at org.apache.flink.table.runtime.operators.join.stream.StreamingJoinOperator.processElement(StreamingJoinOperator.java:211)""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="runtime")
