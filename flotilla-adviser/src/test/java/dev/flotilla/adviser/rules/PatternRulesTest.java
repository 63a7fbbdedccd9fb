package dev.flotilla.adviser.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Advice;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.model.Side;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One case per non-trivial catalogue pattern, each with real failure text from a public report. */
class PatternRulesTest {
  private static final Adviser ADVISER = Adviser.builtIn();

  static Stream<Arguments> realTexts() {
    return Stream.of(
        Arguments.of(
            "oom-metaspace",
            "java.lang.OutOfMemoryError: Compressed class space",
            Label.OOM_METASPACE,
            Side.USER,
            Action.INCREASE_METASPACE),
        Arguments.of(
            "sql-validation",
            "org.apache.flink.table.api.SqlParserException: SQL parse failed. Encountered \"FROM\" at line 3, column 1.",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "not-null-enforcer",
            "java.io.IOException: java.sql.BatchUpdateException: Column 'xxx' cannot be null",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "container-killed-physical",
            "After the task runs for a period of time, the Container running the JobManager will always be killed by ResourceManager.",
            Label.CONTAINER_KILLED_MEMORY,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "taskmanager-lost",
            "Caused by: java.lang.Exception: Container released on a *lost* node",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            Action.RESTART_FROM_CHECKPOINT),
        Arguments.of(
            "taskmanager-lost",
            "org.apache.flink.runtime.io.network.partition.consumer.PartitionConnectionException: Connection for partition 6f4c@e4a2 not reachable.\nCaused by: java.net.ConnectException: Connection refused: /10.0.0.9:42311",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            Action.RESTART_FROM_CHECKPOINT),
        Arguments.of(
            "no-resource-available",
            "Caused by: org.apache.flink.yarn.YarnClusterDescriptor$YarnDeploymentException: The cluster does not have the requested resources for the TaskManagers available!",
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "zookeeper-connection-loss",
            "org.apache.flink.runtime.leaderretrieval.LeaderRetrievalException: Could not retrieve the leader address and leader session ID.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "hdfs-quota-exceeded",
            "org.apache.hadoop.hdfs.protocol.DSQuotaExceededException: The DiskSpace quota of /flink/checkpoints is exceeded: quota = 1099511627776 B = 1 TB",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "object-store-throttled",
            "com.amazonaws.services.s3.model.AmazonS3Exception: Slow Down (Service: Amazon S3; Status Code: 503; Error Code: 503 Slow Down)",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "checkpoint-storage-access-denied",
            "java.nio.file.AccessDeniedException: s3a://bucket/checkpoints/abc/chk-5: getFileStatus on s3a://bucket/checkpoints: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "ha-state-handle-broken",
            "Caused by: org.apache.flink.util.FlinkException: Could not retrieve checkpoint 1234 from state handle under checkpointID-0000000000000001234. This indicates that the retrieved state handle is broken. Try cleaning the state handle store.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "kubernetes-ha-configmap",
            "io.fabric8.kubernetes.client.KubernetesClientException: Operation: [get] for kind: [ConfigMap] with name: [flink-cluster-config-map] in namespace: [flink] failed.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "ha-described",
            "HA doesn't seem to work at all! The job manager goes down and the entire cluster is out.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "kubernetes-quota-exceeded",
            "Failure executing: POST at: https://10.96.0.1/api/v1/namespaces/flink/pods. Message: pods \"tm-1\" is forbidden: exceeded quota: compute-quota, requested: limits.memory=4Gi",
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "kubernetes-quota-exceeded",
            "beam-flink-cluster-taskmanager-78f8875d4-24zls                0/2          Pending   0          5m29s",
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "cdc-duplicate-server-id",
            "Caused by: io.debezium.DebeziumException: A slave with the same server_uuid/server_id as this slave has connected to the master",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "network-memory-oom-described",
            "OutOfMemory error in the Flink network native memory when setting parallelism > 3",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.INCREASE_NETWORK_MEMORY),
        Arguments.of(
            "oom-described",
            "[mysql] Too many splitInfo cause OOM of jobmanager",
            Label.OOM_HEAP,
            Side.USER,
            Action.INCREASE_HEAP),
        Arguments.of(
            "oom-direct",
            "every once in a while some tasks get hit with nasty direct out-of-memory (OOM) errors on multiple operators",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "state-incompatible-described",
            "[Bug] After upgrading the connector from 0.7 to 0.8, Flink state is incompatible",
            Label.STATE_RESTORE_INCOMPATIBLE,
            Side.USER,
            Action.RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS),
        Arguments.of(
            "state-incompatible-described",
            "java.lang.IllegalStateException: There is no operator for the state 4ed5b66b2d2e8e3b4e12c74e7d3b4f27",
            Label.STATE_RESTORE_INCOMPATIBLE,
            Side.USER,
            Action.RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS),
        Arguments.of(
            "checkpoint-stuck-described",
            "the task cannot perform ckp, and the status is always stuck in in progress. After the timeout, the task restarts.\nThe checkpoint is stuck",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.TUNE_CHECKPOINTING),
        Arguments.of(
            "checkpoint-stuck-described",
            "the thrown exception make the finalization of checkpoint failed, resulting in consecutive cp failures.",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.TUNE_CHECKPOINTING),
        Arguments.of(
            "sql-validation",
            "org.apache.flink.table.api.TableException: Table sink 'default_catalog.default_database.sink' doesn't support consuming update changes which is produced by node GroupAggregate(groupBy=[id], select=[id, COUNT(*) AS cnt])",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "sql-validation",
            "org.apache.flink.table.api.ValidationException: Type TIMESTAMP(3) of table field 'ts' does not match with the physical type TIMESTAMP_LTZ(3) of the 'ts' field of the TableSink consumed type.",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "sql-validation",
            "Caused by: org.apache.flink.table.api.TableException: Cannot find table 'orders' in any of the catalogs [default_catalog], nor as a temporary table.",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "rest-port-in-use",
            "java.net.BindException: Could not start rest endpoint on any port in port range 8081",
            Label.CONFIG_ERROR,
            Side.PLATFORM,
            Action.FIX_CONFIG),
        Arguments.of(
            "kafka-record-too-large",
            "org.apache.kafka.common.errors.RecordTooLargeException: The message is 1500000 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "jdbc-statement-timeout",
            "com.mysql.cj.jdbc.exceptions.MySQLTimeoutException: Statement cancelled due to timeout or client request",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "external-client-unavailable",
            "org.elasticsearch.client.ResponseException: method [POST], host [http://es:9200], URI [/_bulk?timeout=1m], status line [HTTP/1.1 429 Too Many Requests]",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "external-client-unavailable",
            "org.apache.pulsar.client.api.PulsarClientException$TimeoutException: The producer pulsar-1-2 can not send message to the topic persistent://public/default/t within given timeout",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "cdc-log-position-gone",
            "io.debezium.DebeziumException: The db history topic or its content is fully or partially missing. Please check database history topic configuration and re-execute the snapshot.",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "hdfs-namenode-standby-or-block-missing",
            "org.apache.hadoop.ipc.RemoteException(org.apache.hadoop.ipc.StandbyException): Operation category READ is not supported in state standby.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "hdfs-namenode-standby-or-block-missing",
            "org.apache.hadoop.hdfs.BlockMissingException: Could not obtain block: BP-1-10.0.0.1-1:blk_1073741825_1001 file=/flink/checkpoints/abc/chk-10/_metadata",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "local-state-corrupt",
            "org.rocksdb.RocksDBException: Corruption: block checksum mismatch: stored = 1234, computed = 5678 in /data/flink/rocksdb/000123.sst",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.RESTART_FROM_CHECKPOINT),
        Arguments.of(
            "jvm-native-memory-exhausted",
            "# There is insufficient memory for the Java Runtime Environment to continue.\n# Native memory allocation (mmap) failed to map 12288 bytes for committing reserved memory.\nOpenJDK 64-Bit Server VM warning: INFO: os::commit_memory(0x00007f, 12288, 0) failed; error='Cannot allocate memory' (errno=12)",
            Label.CONTAINER_KILLED_MEMORY,
            Side.PLATFORM,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "checkpoint-tasks-not-running",
            "Checkpoint triggering task Source: Custom Source (1/1) of job 7d3b is not being executed at the moment. Aborting checkpoint. Failure reason: Not all required tasks are currently running.",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.TUNE_CHECKPOINTING),
        Arguments.of(
            "serializer-stream-mismatch",
            "java.io.EOFException\n\tat org.apache.flink.core.memory.DataInputDeserializer.readUnsignedByte(DataInputDeserializer.java:329)\n\tat org.apache.flink.types.StringValue.readString(StringValue.java:781)\n\tat org.apache.flink.api.common.typeutils.base.StringSerializer.deserialize(StringSerializer.java:73)",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "serializer-stream-mismatch",
            "java.lang.RuntimeException: Row arity of from (5) does not match this serializers field length (4).",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "avro-type-failure",
            "org.apache.avro.AvroRuntimeException: Not a Specific class: class com.acme.Event",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "restore-state-backend-failed",
            "java.lang.Exception: Exception while creating StreamOperatorStateContext.\nCaused by: org.apache.flink.util.FlinkException: Could not restore keyed state backend for WindowOperator_3b(2/4) from any of the 1 provided restore options.\nCaused by: java.lang.IllegalStateException: Unexpected key-group in restore.",
            Label.STATE_RESTORE_INCOMPATIBLE,
            Side.USER,
            Action.RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS),
        Arguments.of(
            "checkpoint-storage-missing",
            "java.lang.Exception: Exception while creating StreamOperatorStateContext.\nCaused by: org.apache.flink.util.FlinkException: Could not restore keyed state backend for KeyedProcessOperator_7a1f(1/4) from any of the 1 provided restore options.\nCaused by: org.apache.flink.runtime.state.BackendBuildingException: Failed when trying to restore heap backend\nCaused by: java.io.FileNotFoundException: /tmp/flink/chk-23/9f4e (No such file or directory)",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "yarn-request-above-maximum",
            "org.apache.flink.runtime.resourcemanager.exceptions.ResourceManagerException: Could not start the ResourceManager akka.tcp://flink@host:6123/user/rpc/resourcemanager\nCaused by: org.apache.hadoop.yarn.exceptions.InvalidResourceRequestException: Invalid resource request, requested memory < 0, or requested memory > max configured, requestedMemory=16384, maxMemory=8192",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "ha-state-handle-broken",
            "java.util.concurrent.CompletionException: org.apache.flink.util.FlinkException: Could not retrieve the JobResult from the job result store",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "class-missing-from-library-relocation",
            "java.lang.NoClassDefFoundError: com/ververica/cdc/connectors/shaded/org/apache/commons/collections/map/LinkedMap",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "cdc-server-config-mismatch",
            "org.apache.flink.table.api.ValidationException: The MySQL server has a timezone offset (28800 seconds ahead of UTC) which does not match the configured timezone UTC. Specify the right server-time-zone to avoid inconsistencies for time-related fields.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "cdc-server-config-mismatch",
            "org.postgresql.util.PSQLException: ERROR: could not access file \"decoderbufs\": No such file or directory",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "job-lost-after-jobmanager-restart",
            "Job is lost after JobManager restart. If the JobManager is restarted for any reason, the FlinkCluster cannot recover.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "sink-load-rejected",
            "Caused by: com.starrocks.connector.flink.manager.StarRocksStreamLoadFailedException: Failed to flush data to StarRocks, Error response: {\"Status\":\"Fail\",\"Message\":\"too many filtered rows\"}",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "cdc-log-position-gone",
            "Caused by: io.debezium.DebeziumException: could not find next log; the first event 'Storage.000086' at 57144201. Error code: 1236; SQLSTATE: HY000.\n\tat io.debezium.connector.mysql.MySqlStreamingChangeEventSource.wrap(MySqlStreamingChangeEventSource.java:1146)",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "oom-heap",
            "java.sql.SQLException: Java heap space\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129)",
            Label.OOM_HEAP,
            Side.USER,
            Action.INCREASE_HEAP),
        Arguments.of(
            "checkpoint-failed",
            "WARN org.apache.flink.runtime.checkpoint.CheckpointFailureManager - Failed to trigger or complete checkpoint 1 for job 0000. (0 consecutive failed attempts so far)",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.TUNE_CHECKPOINTING),
        Arguments.of(
            "checkpoint-storage-missing",
            "Caused by: org.apache.flink.util.FlinkRuntimeException: Failed to create checkpoint storage at checkpoint coordinator side.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "serialize-failed",
            "Caused by: org.apache.flink.util.FlinkRuntimeException: Failed to serialize splits.\nCaused by: java.io.UTFDataFormatException: Encoded string is too long: 123214\n\tat org.apache.flink.core.memory.DataOutputSerializer.writeUTF(DataOutputSerializer.java:257)\n\tat org.apache.iceberg.flink.source.split.IcebergSourceSplit.serializeV2(IcebergSourceSplit.java:150)",
            Label.SERIALIZATION,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "not-serializable",
            "org.apache.flink.api.common.InvalidProgramException: com.ververica.cdc.debezium.Validator$$Lambda$25/1712669532@12f41634 is not serializable. The object probably contains or references non serializable fields.",
            Label.SERIALIZATION,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "not-serializable",
            "Caused by: java.io.NotSerializableException: com.acme.jobs.EnrichFunction$Cache",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "ha-storage-write-failed",
            "Caused by: java.lang.Exception: Could not open output stream for state backend\n\tat org.apache.flink.runtime.persistence.filesystem.FileSystemStateStorageHelper.store(FileSystemStateStorageHelper.java:72)",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "checkpoint-storage-write-failed",
            "Caused by: java.lang.Exception: Could not materialize checkpoint 60 for operator Source (1/1).\nCaused by: java.util.concurrent.ExecutionException: java.io.IOException: Could not flush and close the file system output stream to hdfs:/flink/chk-60/9e in order to obtain the stream state handle",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "table-sink-or-source-not-created",
            "Caused by: org.apache.flink.table.api.ValidationException: Unable to create a sink for writing table 'default_catalog.default_database.report'.",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "avro-type-failure",
            "Caused by: java.lang.NullPointerException: in com.app.flink.model.Line in string null of string in field switchKey of com.app.flink.model.Line\n\tat org.apache.avro.reflect.ReflectDatumWriter.write(ReflectDatumWriter.java:145)",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "sink-load-rejected",
            "doris flink-sql streamload load failed: MEM_LIMIT_EXCEEDED",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "kafka-metadata-timeout",
            "WARN org.apache.kafka.clients.NetworkClient - [Consumer clientId=x] Connection to node 46129 (kafka-129-46/192.168.129.46:9092) could not be established. Broker may not be available.",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "zookeeper-no-auth",
            "org.apache.zookeeper.KeeperException$NoAuthException: KeeperErrorCode = NoAuth for /flink_base/flink/application_1499222480199_0013",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_CONFIG),
        Arguments.of(
            "tls-trust-failure",
            "Caused by: sun.security.validator.ValidatorException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "table-program-not-compiled",
            "org.apache.flink.api.common.InvalidProgramException: Table program cannot be compiled. This is a bug. Please file an issue.",
            Label.PLATFORM_BUG,
            Side.PLATFORM,
            Action.UPGRADE_FLINK_VERSION),
        Arguments.of(
            "java9-classloader-cast",
            "java.lang.ClassCastException: class jdk.internal.loader.ClassLoaders$AppClassLoader can't be cast to class java.net.URLClassLoader",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "ha-state-handle-broken",
            "org.apache.flink.kubernetes.operator.exception.RecoveryFailureException: HA metadata not available to restore from last state. It is possible that the job has finished or terminally failed, or the configmaps have been deleted.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "local-path-permission-denied",
            "Caused by: java.io.FileNotFoundException: /opt/examples/data/word_count_output (Permission denied)",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "sql-validation",
            "The main method caused an error: Field name of query result and registered TableSink dh_account_info do not match.\nQuery result schema: product_id,account_id\nTableSink schema: f1:product_id,f1:account_id",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "zookeeper-unreachable",
            "java.net.UnknownHostException: foo-host: Name or service not known\n\tat java.net.InetAddress.getAllByName(InetAddress.java:1127)\n\tat org.apache.flink.shaded.zookeeper.org.apache.zookeeper.client.StaticHostProvider.<init>(StaticHostProvider.java:61)",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "kafka-jaas-config",
            "org.apache.kafka.common.KafkaException: Failed to construct kafka consumer\nCaused by: java.lang.IllegalArgumentException: Value not specified for key 'username' in JAAS config",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "local-environment-on-cluster",
            "org.apache.flink.api.common.InvalidProgramException: The LocalStreamEnvironment cannot be used when submitting a program through a client, or running in a TestEnvironment context.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "jdbc-no-driver",
            "java.sql.SQLException: No suitable driver\nERROR DebeziumUtils - Failed to open MySQL connection\njava.lang.RuntimeException: Failed to get driver instance for jdbcUrl=jdbc:mysql://db:3306",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "environment-variable-not-set",
            "[Bug] NPE occurs when FLINK_HOME is not set",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "external-client-unavailable",
            "ru.yandex.clickhouse.except.ClickHouseUnknownException: ClickHouse exception, code: 1002, host: 10.240.1.155, port: 8123; Connection pool shut down",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "legacy-table-factory-mismatch",
            "Caused by: org.apache.flink.table.api.NoMatchingTableFactoryException: Could not find a suitable table factory for 'org.apache.flink.table.factories.TableSourceFactory' in\nthe classpath.\nReason: Required context properties mismatch.",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "database-error",
            "java.sql.BatchUpdateException: Data truncation: Data too long for column 'name' at row 1",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "cdc-replication-slot",
            "WARN io.debezium.connector.postgresql.connection.PostgresConnection [] - Cannot obtain valid replication slot 'flink_slot' for plugin 'pgoutput' and database 'app' [during attempt 23 out of 900, concurrent tx probably blocks taking snapshot.",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "restore-cannot-recover-described",
            "Cannot recover from this checkpoint because some files in the snapshot that need to"
                + " be resubmitted have been deleted",
            Label.STATE_RESTORE_INCOMPATIBLE,
            Side.USER,
            Action.RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS),
        Arguments.of(
            "oom-heap",
            "java.lang.OutOfMemoryError: Java heap space",
            Label.OOM_HEAP,
            Side.USER,
            Action.INCREASE_HEAP),
        Arguments.of(
            "oom-heap",
            "java.lang.OutOfMemoryError: GC overhead limit exceeded\n\tat org.rocksdb.RocksIterator.key0(Native Method)",
            Label.OOM_HEAP,
            Side.USER,
            Action.INCREASE_HEAP),
        Arguments.of(
            "oom-metaspace",
            "java.lang.OutOfMemoryError:Metaspce:This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak.",
            Label.OOM_METASPACE,
            Side.USER,
            Action.INCREASE_METASPACE),
        Arguments.of(
            "oom-direct",
            "Caused by: java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred.",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "network-buffers-insufficient",
            "Caused by: java.io.IOException: Insufficient number of network buffers: required 17, but only 0 available.",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.INCREASE_NETWORK_MEMORY),
        Arguments.of(
            "network-buffer-pool-allocation",
            "java.lang.OutOfMemoryError: Could not allocate enough memory segments for NetworkBufferPool (required (Mb): 5120, allocated (Mb): 1965, missing (Mb): 3155). Cause: Direct buffer memory.",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "container-killed-physical",
            "Container [pid=122806,containerID=container_e10_1634010428940_125776_01_000003] is running beyond physical memory limits. Current usage: 4.0 GB of 4 GB physical memory used; 6.2 GB of 8.4 GB virtual memory used. Killing container.",
            Label.CONTAINER_KILLED_MEMORY,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "container-killed-virtual",
            "Container [pid=8296,containerID=container_e07_1669378398064_0904_01_000002] is running beyond virtual memory limits. Current usage: 2.0 GB of 6 GB physical memory used; 39.9 GB of 12.6 GB virtual memory used. Killing container.",
            Label.CONTAINER_KILLED_MEMORY,
            Side.PLATFORM,
            Action.FIX_CONFIG),
        Arguments.of(
            "no-resource-available",
            "org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Could not acquire the minimum required resources.",
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "no-such-method",
            "Caused by: java.lang.NoSuchMethodError: 'void org.apache.flink.connector.base.source.reader.fetcher.SingleThreadFetcherManager.<init>(org.apache.flink.connector.base.source.reader.synchronization.FutureCompletingBlockingQueue, java.util.function.Supplier, java.util.function.Consumer)'\n        at org.apache.flink.connector.kafka.source.reader.fetcher.KafkaSourceFetcherManager.<init>(KafkaSourceFetcherManager.java:71)",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "class-not-found",
            "org.apache.flink.streaming.runtime.tasks.StreamTaskException: Cannot load user class: org.apache.seatunnel.translation.flink.source.SeaTunnelParallelSource",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "table-factory-missing",
            "org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'upsert-kafka' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "linkage-error",
            "java.lang.LinkageError: loader constraint violation: loader (instance of org/apache/flink/util/ChildFirstClassLoader) previously initiated loading for a different type with name \"org/apache/flink/streaming/api/functions/sink/SinkFunction$Context\"",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "closed-classloader",
            "Caused by: java.lang.IllegalStateException: Trying to access closed classloader. Please check if you store classloaders directly or indirectly in static fields.",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "hadoop-duration-number-format",
            "java.lang.NumberFormatException: For input string: \"30s\"",
            Label.CLASS_OR_DEPENDENCY_CONFLICT,
            Side.USER,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "type-extraction",
            "org.apache.flink.api.common.functions.InvalidTypesException: The generic type parameters of 'Collector' are missing.",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "not-serializable",
            "Caused by: org.apache.flink.streaming.runtime.tasks.StreamTaskException: Could not serialize object for key serializedUDF.",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "kryo-failure",
            "com.esotericsoftware.kryo.KryoException: java.lang.UnsupportedOperationException",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "state-serializer-incompatible",
            "org.apache.flink.util.StateMigrationException: The new state typeSerializer for operator state must not be incompatible.\n    at org.apache.flink.runtime.state.DefaultOperatorStateBackend.getListState(DefaultOperatorStateBackend.java:298)\n    at org.apache.flink.streaming.connectors.pulsar.FlinkPulsarSource.initializeState(FlinkPulsarSource.java:637)",
            Label.SERIALIZATION,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "restore-unmapped-state",
            "Cannot map checkpoint/savepoint state for operator 141d3e51f76730254ed522f0ecc3aaed to the new program, because the operator is not available in the new program.",
            Label.STATE_RESTORE_INCOMPATIBLE,
            Side.USER,
            Action.RESTORE_WITH_ALLOW_NON_RESTORED_OR_FIX_UIDS),
        Arguments.of(
            "checkpoint-expired",
            "org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing.",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.TUNE_CHECKPOINTING),
        Arguments.of(
            "checkpoint-memory-state-too-large",
            "Caused by: java.util.concurrent.ExecutionException: java.io.IOException: Size of the state is larger than the maximum permitted memory-backed state. Size=14068058 , maxSize=5242880 .",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "illegal-configuration",
            "Caused by: org.apache.flink.configuration.IllegalConfigurationException: Sum of configured Framework Heap Memory (1024.000mb (1073741824 bytes)) ... exceed configured Total Flink Memory (1.550gb (1664299824 bytes)).",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "config-parse-value",
            "Caused by: java.lang.IllegalArgumentException: Could not parse value '1000m' for key 'kubernetes.jobmanager.cpu.amount'.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "taskmanager-lost",
            "java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id 172.18.0.3:33783-3e38f6 timed out.",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            Action.RESTART_FROM_CHECKPOINT),
        Arguments.of(
            "taskmanager-lost",
            "org.apache.flink.runtime.resourcemanager.exceptions.ResourceManagerException: TaskManager with id localhost:40115-2c8a1e is no longer reachable.",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            Action.RESTART_FROM_CHECKPOINT),
        Arguments.of(
            "zookeeper-connection-loss",
            "org.apache.flink.shaded.zookeeper3.org.apache.zookeeper.KeeperException$ConnectionLossException: KeeperErrorCode = ConnectionLoss for /opt",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "leadership-lost",
            "org.apache.flink.runtime.rpc.exceptions.FencingTokenException: Fencing token not set: Ignoring message LocalFencedMessage(ac4f896e2897c5bc96eef1d93be5433d, LocalRpcInvocation(requestJobStatus(JobID, Time)))",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA),
        Arguments.of(
            "kafka-metadata-timeout",
            "org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition con-0 could be determined",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "kafka-producer-fenced",
            "Caused by: org.apache.kafka.common.errors.ProducerFencedException: Producer attempted an operation with an old epoch.",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "jdbc-connection",
            "Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "object-store-access-denied",
            "java.nio.file.AccessDeniedException: s3a://flink-kickstarter/airlines: getFileStatus on s3a://flink-kickstarter/airlines: com.amazonaws.services.s3.model.AmazonS3Exception: Forbidden (Service: Amazon S3; Status Code: 403",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "managed-memory-exhausted",
            "org.apache.flink.runtime.memory.MemoryAllocationException: Could not allocate 512"
                + " pages. Only 128 pages are remaining.",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "kafka-transaction-timeout-above-broker-max",
            "org.apache.kafka.common.KafkaException: Unexpected error in InitProducerIdResponse; The"
                + " transaction timeout is larger than the maximum value allowed by the broker (as"
                + " configured by transaction.max.timeout.ms).",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "external-client-unavailable",
            "redis.clients.jedis.exceptions.JedisConnectionException: Could not get a resource from"
                + " the pool\n\tat redis.clients.util.Pool.getResource(Pool.java:53)\n"
                + "\tat com.acme.RedisSink.invoke(RedisSink.java:44)",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "missing-event-timestamp",
            "java.lang.RuntimeException: Record has Long.MIN_VALUE timestamp (= no timestamp"
                + " marker). Is the time characteristic set to 'ProcessingTime', or did you forget"
                + " to call 'DataStream.assignTimestampsAndWatermarks(...)'?",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "class-cast-value-types",
            "java.lang.ClassCastException: class java.lang.String cannot be cast to class"
                + " java.lang.Long (java.lang.String and java.lang.Long are in module java.base of"
                + " loader 'bootstrap')\n\tat com.acme.orders.Totals.map(Totals.java:31)",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "cluster-cannot-place-containers",
            "org.apache.flink.yarn.YarnClusterDescriptor - Deployment took more than 60 seconds."
                + " Please check if the requested resources are available in the YARN cluster",
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "rpc-frame-size",
            "org.apache.flink.runtime.rpc.exceptions.RpcException: The method submitTask's argument"
                + " was too large. The rpc message size exceeded the maximum frame size"
                + " (akka.framesize = 10485760b)",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "container-killed-physical",
            "Container [pid=21011,containerID=container_1_0003_01_000002] is running 120193536B"
                + " beyond the 'PHYSICAL' memory limit. Current usage: 2.1 GB of 2 GB physical"
                + " memory used; 4.1 GB of 4.2 GB virtual memory used. Killing container.",
            Label.CONTAINER_KILLED_MEMORY,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "no-resource-available",
            "java.util.concurrent.TimeoutException: Slot allocation request timed out",
            Label.INSUFFICIENT_RESOURCES,
            Side.USER,
            Action.ADD_RESOURCES_OR_SLOTS),
        Arguments.of(
            "oom-direct",
            "Caused by: java.lang.OutOfMemoryError: Cannot reserve 16777216 bytes of direct buffer"
                + " memory (allocated: 252674791, limit: 268435458)",
            Label.OOM_DIRECT_OR_NETWORK,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "object-store-wrong-endpoint",
            "Caused by: software.amazon.awssdk.services.s3.model.S3Exception: The bucket you are"
                + " attempting to access must be addressed using the specified endpoint. (Service:"
                + " S3, Status Code: 301)",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "argument-names-config-key",
            "Caused by: java.lang.IllegalArgumentException: The \"yarn.provided.lib.dirs\" should"
                + " only contain dirs accessible from all worker nodes, while the"
                + " \"file:/opt/flink/lib\" is local.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "external-connection-closed",
            "WARNING: Failed to restore connection to 10.0.0.44:3306. Next attempt in 60000ms",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "savepoint-path-not-found",
            "Caused by: java.io.FileNotFoundException: Cannot find checkpoint or savepoint"
                + " file/directory 'file:///does/not/exist' on file system 'file'.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "runtime-context-too-early",
            "Configuring the output format (null) failed: The runtime context has not been"
                + " initialized yet. Try accessing it in one of the other life cycle methods.",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "kafka-partition-discovery-failed",
            "org.apache.flink.util.FlinkRuntimeException: Failed to initialize partition splits due"
                + " to \n\tat org.apache.flink.connector.kafka.source.enumerator"
                + ".KafkaSourceEnumerator.handlePartitionSplitChanges(KafkaSourceEnumerator.java:327)",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "flink-endpoint-unreachable",
            "Caused by: org.apache.flink.shaded.netty4.io.netty.channel.ConnectTimeoutException:"
                + " connection timed out: /192.168.11.85:8081",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            Action.FIX_CONFIG),
        Arguments.of(
            "checkpoint-task-failed",
            "Caused by: org.apache.flink.runtime.checkpoint.CheckpointException: Task name with"
                + " subtask : Source: orders (1/1)#2 Failure reason: Task has failed.\n"
                + "\tat org.apache.flink.runtime.checkpoint.PendingCheckpoint.abort("
                + "PendingCheckpoint.java:550)",
            Label.CHECKPOINT_TIMEOUT_OR_FAILURE,
            Side.USER,
            Action.TUNE_CHECKPOINTING),
        Arguments.of(
            "container-killed-physical",
            "Check the manager pod for restarts or OOMKILL events",
            Label.CONTAINER_KILLED_MEMORY,
            Side.USER,
            Action.INCREASE_MANAGED_OR_NATIVE_MEMORY),
        Arguments.of(
            "bad-json-record",
            "Caused by: org.apache.paimon.shade.jackson2.com.fasterxml.jackson.databind.exc.MismatchedInputException: No content to map due to end-of-input\n\tat org.apache.paimon.shade.jackson2.com.fasterxml.jackson.databind.exc.MismatchedInputException.from(MismatchedInputException.java:59)",
            Label.USER_CODE_EXCEPTION,
            Side.PLATFORM,
            Action.FIX_DEPENDENCIES),
        Arguments.of(
            "number-format",
            "Caused by: java.lang.NumberFormatException: For input string: 'abc'. Invalid character found",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "operator-event-lost",
            "An OperatorEvent from an OperatorCoordinator to a task was lost. Triggering task failover to ensure consistency.",
            Label.PLATFORM_BUG,
            Side.PLATFORM,
            Action.UPGRADE_FLINK_VERSION),
        Arguments.of(
            "blob-server",
            "org.apache.flink.client.program.ProgramInvocationException: The program execution failed: Could not upload the jar files to the job manager.",
            Label.HA_OR_STORAGE,
            Side.PLATFORM,
            Action.FIX_STORAGE_OR_HA));
  }

  /**
   * Flink's own error messages (the strings in Flink's source: PackagedProgram, AsyncFunction, the
   * SQL NOT NULL enforcer, the RPC layer, flink-json) around typical job frames.
   */
  static Stream<Arguments> flinkMessages() {
    return Stream.of(
        Arguments.of(
            "rpc-timeout-to-taskmanager",
            "akka.pattern.AskTimeoutException: Ask timed out on"
                + " [Actor[akka.tcp://flink@10.0.0.5:6122/user/rpc/taskmanager_0#-1]] after [10000"
                + " ms]. Message of type [org.apache.flink.runtime.rpc.messages.RemoteRpcInvocation].",
            Label.TASKMANAGER_LOST_OR_NETWORK,
            Side.PLATFORM,
            Action.RESTART_FROM_CHECKPOINT),
        Arguments.of(
            "not-null-enforcer",
            "org.apache.flink.table.api.TableException: Column 'user_id' is NOT NULL, however, a"
                + " null value is being written into it. You can set job configuration"
                + " 'table.exec.sink.not-null-enforcer'='DROP' to suppress this exception and drop"
                + " such records silently.",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "async-function-timeout",
            "java.util.concurrent.TimeoutException: Async function call has timed out.\n"
                + "\tat org.apache.flink.streaming.api.functions.async.AsyncFunction.timeout(AsyncFunction.java:97)",
            Label.CONNECTOR_EXTERNAL_SYSTEM,
            Side.USER,
            Action.CHECK_EXTERNAL_SYSTEM),
        Arguments.of(
            "type-cannot-be-key",
            "org.apache.flink.api.common.InvalidProgramException: This type"
                + " (GenericType<com.acme.Event>) cannot be used as key.",
            Label.SERIALIZATION,
            Side.USER,
            Action.FIX_USER_CODE),
        Arguments.of(
            "entry-class-not-in-jar",
            "org.apache.flink.client.program.ProgramInvocationException: The program's entry point"
                + " class 'com.acme.Main' was not found in the jar file.",
            Label.CONFIG_ERROR,
            Side.USER,
            Action.FIX_CONFIG),
        Arguments.of(
            "bad-json-record",
            "Caused by: java.io.IOException: Failed to deserialize JSON '{\"ts\": \"abc\"}'.\n"
                + "\tat org.apache.flink.formats.json.JsonRowDataDeserializationSchema.deserialize(JsonRowDataDeserializationSchema.java:106)",
            Label.USER_CODE_EXCEPTION,
            Side.USER,
            Action.FIX_USER_CODE));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("flinkMessages")
  void adviseText_flinkMessage_firesExpectedRule(
      String ruleId, String text, Label label, Side side, Action action) {
    adviseText_realFailureText_firesExpectedRule(ruleId, text, label, side, action);
  }

  @Test
  void metaspaceLeakInProse_sideFollowsTheLibraryTheReportNames() {
    Advice library =
        ADVISER.adviseText(
            "TaskManager Metaspace never reclaimed: ~18 MB leaked per finished SQL job that ships"
                + " the Paimon connector as a user jar",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(library.rules()).contains("metaspace-leak");
    assertThat(library.label()).isEqualTo(Label.OOM_METASPACE);
    assertThat(library.side()).isEqualTo(Side.PLATFORM);
    assertThat(library.action()).contains(Action.FIX_DEPENDENCIES);
    assertThat(library.evidence()).anyMatch(e -> e.contains("names library Paimon"));

    Advice own =
        ADVISER.adviseText(
            "metaspace keeps growing after each job submission until the TaskManager dies",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(own.label()).isEqualTo(Label.OOM_METASPACE);
    assertThat(own.side()).isEqualTo(Side.USER);
    assertThat(own.action()).contains(Action.FIX_USER_CODE);
  }

  @Test
  void skewAndDirtyDataDescribedInProse_areRecognised() {
    Advice skew =
        ADVISER.adviseText(
            "if the primary key distribution is skewed (one tenant has most traffic), that subtask"
                + " becomes a bottleneck while peers idle",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(skew.label()).isEqualTo(Label.DATA_SKEW);
    assertThat(skew.side()).isEqualTo(Side.USER);
    assertThat(skew.action()).contains(Action.REBALANCE_KEYS_FOR_SKEW);

    Advice dirty =
        ADVISER.adviseText(
            "When the message contains garbage data, the Flink job restarts until the data in the"
                + " MQ is repaired",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(dirty.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
    assertThat(dirty.side()).isEqualTo(Side.USER);
  }

  @Test
  void kafkaDeserializationWrapper_isNotBlamedForTheRecordItWraps() {
    Advice a =
        ADVISER.adviseText(
            "java.io.IOException: Failed to deserialize consumer record due to\n"
                + "\tat org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord("
                + "KafkaRecordEmitter.java:56) ~[flink-connector-kafka-1.15.0.jar:1.15.0]",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(a.label()).isEqualTo(Label.USER_CODE_EXCEPTION);
    assertThat(a.side()).isEqualTo(Side.USER);
    assertThat(a.action()).contains(Action.FIX_USER_CODE);
  }

  @Test
  void restoreFailureThrownByAConnector_isThatConnectorsFix() {
    Advice a =
        ADVISER.adviseText(
            "checkpoint won't be usable if committer operator uid changed (with"
                + " allowNonRestoredState enabled)\njava.util.NoSuchElementException\n"
                + "\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:1000)\n"
                + "\tat org.apache.iceberg.flink.sink.IcebergFilesCommitter.initializeState("
                + "IcebergFilesCommitter.java:175)",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(a.label()).isEqualTo(Label.STATE_RESTORE_INCOMPATIBLE);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.FIX_DEPENDENCIES);
    assertThat(a.confidence()).isLessThan(0.8);
  }

  @Test
  void libraryMisbehaviourInProse_isALowConfidenceLibraryBug() {
    Advice a =
        ADVISER.adviseText(
            "Flink can't recover when the paimon snapshot is expired; it only logs and won't"
                + " restart",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.action()).contains(Action.FIX_DEPENDENCIES);
    assertThat(a.confidence()).isLessThanOrEqualTo(0.4);
  }

  @Test
  void classThatCannotInitialiseOrVerify_isDependencyConflict() {
    for (String text :
        List.of(
            "java.lang.NoClassDefFoundError: Could not initialize class org.xerial.snappy.Snappy",
            "Caused by: java.lang.VerifyError: Bad type on operand stack")) {
      Advice a = ADVISER.adviseText(text, Optional.empty(), Optional.empty(), Optional.empty());
      assertThat(a.label()).as(text).isEqualTo(Label.CLASS_OR_DEPENDENCY_CONFLICT);
      assertThat(a.action()).as(text).contains(Action.FIX_DEPENDENCIES);
    }
  }

  @Test
  void missingClassInFlinksOwnShadedNamespace_isTheUsersMixOfFlinkJars() {
    Advice a =
        ADVISER.adviseText(
            "java.lang.NoClassDefFoundError:"
                + " org/apache/flink/shaded/guava30/com/google/common/collect/Lists",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(a.rules()).doesNotContain("class-missing-from-library-relocation");
    assertThat(a.side()).isEqualTo(Side.USER);
  }

  @Test
  void libraryNamedInProseNextToAFramelessException_isThatLibrarysBug() {
    Advice a =
        ADVISER.adviseText(
            "[Bug]: CoGroupByKey throws with large output groups on the Flink runner of Beam\n"
                + "IllegalStateException: GBK result is not re-iterable.",
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(a.label()).isEqualTo(Label.PLATFORM_BUG);
    assertThat(a.side()).isEqualTo(Side.PLATFORM);
    assertThat(a.confidence()).isLessThanOrEqualTo(0.4);
  }

  @Test
  void messagesThatOnlyWrapTheRealReason_areNotConfident() {
    for (String text :
        List.of(
            "Reason: Required context properties mismatch.",
            "java.sql.BatchUpdateException: Data truncation",
            "java.lang.Exception: Could not materialize checkpoint 17 for operator Map (1/1)#15.")) {
      Advice a = ADVISER.adviseText(text, Optional.empty(), Optional.empty(), Optional.empty());
      assertThat(a.confidence()).as(text).isLessThan(0.8);
    }
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("realTexts")
  void adviseText_realFailureText_firesExpectedRule(
      String ruleId, String text, Label label, Side side, Action action) {
    Advice a = ADVISER.adviseText(text, Optional.empty(), Optional.empty(), Optional.empty());
    assertThat(a.rules()).contains(ruleId);
    assertThat(a.label()).isEqualTo(label);
    assertThat(a.side()).isEqualTo(side);
    assertThat(a.action()).contains(action);
    assertThat(a.evidence()).isNotEmpty();
  }

  @Test
  void startupMissingArgument_configErrorAtStartupOnly() {
    String text =
        "org.apache.flink.table.api.ValidationException: Unable to create a source\n"
            + "Caused by: java.lang.IllegalArgumentException: table-name must not be empty";
    Advice startup =
        ADVISER.adviseText(text, Optional.empty(), Optional.empty(), Optional.of("startup"));
    assertThat(startup.rules()).contains("startup-argument-missing");
    assertThat(startup.label()).isEqualTo(Label.CONFIG_ERROR);
    assertThat(startup.action()).contains(Action.FIX_CONFIG);

    Advice runtime =
        ADVISER.adviseText(text, Optional.empty(), Optional.empty(), Optional.of("runtime"));
    assertThat(runtime.rules()).doesNotContain("startup-argument-missing");
  }
}
