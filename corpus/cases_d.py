from build_cases import case

case("gh-exploreflink-7-npe-reduce", "https://github.com/felipegutierrez/explore-flink/issues/7",
 """java.lang.NullPointerException
	at org.apache.flink.runtime.state.heap.StateTable.put(StateTable.java:336)
	at org.apache.flink.runtime.state.heap.StateTable.put(StateTable.java:159)
	at org.apache.flink.runtime.state.heap.HeapValueState.update(HeapValueState.java:90)
	at org.apache.flink.streaming.api.operators.StreamGroupedReduce.processElement(StreamGroupedReduce.java:66)
	at org.apache.flink.streaming.runtime.io.StreamOneInputProcessor.processElement(StreamOneInputProcessor.java:163)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime")
case("gh-streampark-327-mysql-link", "https://github.com/apache/streampark/issues/327",
 """	at org.apache.flink.streaming.api.operators.StreamSink.open(StreamSink.java:46) ~[flink-dist_2.11-1.13.0.jar:1.13.0]
	at org.apache.flink.streaming.runtime.tasks.OperatorChain.initializeStateAndOpenOperators(OperatorChain.java:437) ~[flink-dist_2.11-1.13.0.jar:1.13.0]
Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure

The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.
	at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:172) ~[mysql_mysql-connector-java-8.0.11.jar:8.0.11]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.13.0", phase="startup")
case("gh-tis-184-mysql-validate", "https://github.com/datavane/tis/issues/184",
 """Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure
org.apache.flink.table.api.TableException: Unexpected error while connecting to MySQL and validating
at com.ververica.cdc.connectors.mysql.MySqlValidator.validate(MySqlValidator.java:77) ~[?:?]
        at com.ververica.cdc.debezium.DebeziumSourceFunction.open(DebeziumSourceFunction.java:215) ~[?:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.13.1", phase="startup")
case("gh-streampark-919-jdbc-stale-conn", "https://github.com/apache/streampark/issues/919",
 """Caused by: com.mysql.cj.exceptions.CJCommunicationsException: The last packet successfully received from the server was 2,816,808 milliseconds ago. The last packet sent successfully to the server was 2,816,809 milliseconds ago. is longer than the server co""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", version="1.14.4", phase="runtime")
case("gh-flinkcdc-1585-conn-refused", "https://github.com/apache/flink-cdc/issues/1585",
 """Flink SQL> select id from products_cdc;
[ERROR] Could not execute SQL statement. Reason:
java.net.ConnectException: 拒绝连接 (Connection refused)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="startup")
case("gh-kickstarter-259-s3-forbidden", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/259",
 """: java.io.UncheckedIOException: java.nio.file.AccessDeniedException: s3a://flink-kickstarter/airlines: getFileStatus on s3a://flink-kickstarter/airlines: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403; Error Code: 403 Forbidden; Request ID: X1JWQ70JD0SVDR22; S3 Extended Request ID: jXoZXd5cMY5dfOCAOc5JXFGbbnZsfHw0ZCQQzc6cIR+Fd47W/K6nhwncWuLxuVheiQwbdToCRxc=; Proxy: null)
        at org.apache.iceberg.hadoop.HadoopCatalog.isDirectory(HadoopCatalog.java:184)
        at org.apache.iceberg.flink.FlinkCatalog.getDatabase(FlinkCatalog.java:192)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="startup")
case("gh-awssamples-51-s3sink-access-denied", "https://github.com/aws-samples/amazon-managed-service-for-apache-flink-examples/issues/51",
 """"locationInformation": "org.apache.hadoop.fs.s3a.impl.MultiObjectDeleteSupport.translateDeleteException(MultiObjectDeleteSupport.java:107)",     "logger": "org.apache.hadoop.fs.s3a.impl.MultiObjectDeleteSupport",     "message": "AccessDenied: c58f178c2ef6ff2817d1152987576f6d-975050255052-1721331300896/: Access Denied\\n",     "messageType": "WARN\"""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="runtime")
case("gh-flink-pr14172-k8s-ha-services", "https://github.com/apache/flink/pull/14172",
 """Shutting KubernetesApplicationClusterEntrypoint down with application status FAILED. Diagnostics org.apache.flink.util.FlinkException: Could not create the ha services from the instantiated HighAvailabilityServicesFactory org.apache.flink.kubernetes.highavailability.KubernetesHaServicesFactory.
	at org.apache.flink.runtime.highavailability.HighAvailabilityServicesUtils.createCustomHAServices(HighAvailabilityServicesUtils.java:268)
	at org.apache.flink.runtime.highavailability.HighAvailabilityServicesUtils.createHighAvailabilityServices(HighAvailabilityServicesUtils.java:124)""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup")
case("gh-paimon-5850-canal-json-key", "https://github.com/apache/paimon/pull/5889",
 """Caused by: java.io.IOException: Failed to deserialize consumer record ConsumerRecord(topic = input_bd_input_test.column_type, partition = 0, leaderEpoch = 0, offset = 1, CreateTime = 1751959179914, serialized key size = 0, serialized value size = 804, headers = RecordHeaders(headers = [], isReadOnly = false), key = [B@7d4932cc, value = [B@3b78bfde).
	at org.apache.flink.connector.kafka.source.reader.deserializer.KafkaDeserializationSchemaWrapper.deserialize(KafkaDeserializationSchemaWrapper.java:59) ~[flink-sql-connector-kafka-3.4.0-1.20.jar:3.4.0-1.20]
Caused by: org.apache.paimon.shade.jackson2.com.fasterxml.jackson.databind.exc.MismatchedInputException: No content to map due to end-of-input
 at [Source: (byte[])""; line: 1, column: 0]
	at org.apache.paimon.shade.jackson2.com.fasterxml.jackson.databind.exc.MismatchedInputException.from(MismatchedInputException.java:59) ~[paimon-flink-1.20-1.2.0.jar:1.2.0]""",
 "USER_CODE_EXCEPTION", "PLATFORM", "FIX_DEPENDENCIES", version="1.20", phase="runtime")
case("gh-gcpop-366-zk-connectionloss", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/366",
 """04:47:52.588 [main] ERROR org.apache.flink.shaded.curator4.org.apache.curator.framework.imps.CuratorFrameworkImpl - Ensure path threw exception
org.apache.flink.shaded.zookeeper3.org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /opt
	at org.apache.flink.shaded.zookeeper3.org.apache.zookeeper.KeeperException.create(KeeperException.java:102) ~[flink-shaded-zookeeper-3.4.14.jar:3.4.14-11.0]""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", phase="startup")
