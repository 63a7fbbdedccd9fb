from build_cases import case

case("gh-redpanda-16250-producer-fenced", "https://github.com/redpanda-data/redpanda/pull/16250",
 """        Caused by: org.apache.flink.kafka.shaded.org.apache.kafka.common.errors.ProducerFencedException: There is a newer producer with the same transactionalId which fences the current one.
Caused by: org.apache.flink.util.FlinkRuntimeException: Failed to send data to Kafka flink_workload_topic-0@-1 with FlinkKafkaInternalProducer{transactionalId='flink_transaction_test_1-0-1', inTransaction=true, closed=false}
        at org.apache.flink.connector.kafka.sink.KafkaWriter$WriterCallback.decorateException(KafkaWriter.java:477) ~[?:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", phase="runtime")
case("gh-flinkcdc-230-producer-epoch", "https://github.com/apache/flink-cdc/issues/230",
 """Caused by: org.apache.kafka.common.errors.ProducerFencedException: Producer attempted an operation with an old epoch. Either there is a newer producer with the same transactionalId, or the producer's transaction has been expired by the broker.
	Suppressed: java.lang.IllegalStateException: Pending record count must be zero at this point: 1
		at org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer.flush(FlinkKafkaProducer.java:1090) ~[flinkcdc.jar:?]
		at org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer.close(FlinkKafkaProducer.java:925) ~[flinkcdc.jar:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "FIX_CONFIG", phase="runtime")
case("gh-kop-1333-endtxn", "https://github.com/streamnative/kop/issues/1333",
 """2022-07-28 01:12:18,726 WARN  org.apache.flink.runtime.taskmanager.Task                    [] - Source: Custom Source -> Sink: Unnamed (1/1)#0 (e8f5badd7e0af0695ec5dbc797b23bce) switched from RUNNING to FAILED.
org.apache.kafka.common.KafkaException: Unhandled error in EndTxnResponse: The server experienced an unexpected error when processing the request.
	at org.apache.kafka.clients.producer.internals.TransactionManager$EndTxnHandler.handleResponse(TransactionManager.java:1362) ~[blob_p-dab1138064dbb2d3fcea71b826b490e4ebccff52-b1bb949c26be6b41d11561b6467bff3c:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime")
case("gh-iceberg-10710-generic-disabled", "https://github.com/apache/iceberg/issues/10710",
 """Exception in thread "main" java.lang.UnsupportedOperationException: Generic types have been disabled in the ExecutionConfig and type org.apache.iceberg.io.WriteResult is treated as a generic type. at org.apache.flink.api.java.typeutils.GenericTypeInfo.createSerializer(GenericTypeInfo.java:87) at org.apache.flink.streaming.api.graph.StreamGraph.createSerializer(StreamGraph.java:1037)""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", version="1.16", phase="startup")
case("gh-gcpop-14-fencing-token", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/14",
 """Caused by: org.apache.flink.runtime.rest.util.RestClientException: [Internal server error., <Exception on server side:
org.apache.flink.runtime.rpc.exceptions.FencingTokenException: Fencing token not set: Ignoring message LocalFencedMessage(ac4f896e2897c5bc96eef1d93be5433d, LocalRpcInvocation(requestJobStatus(JobID, Time))) sent to akka.tcp://flink@flinkjobcluster-sample-ha-jobmanager:6123/user/dispatcher because the fencing token is null.
	at org.apache.flink.runtime.rpc.akka.FencedAkkaRpcActor.handleRpcMessage(FencedAkkaRpcActor.java:63)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup")
