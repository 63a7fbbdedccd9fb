from build_cases import case

# Fresh collection C, session 2026-11-25: gathered after round B's rule changes and scored before any
# rule was changed for them (split "fresh-c"). Quoted, trimmed.

case("p-gh-pulsarflink-267-direct-oom-after-close", "https://github.com/streamnative/pulsar-flink/issues/267",
 """[BUG] OOM occurs when a new task is submitted after the pulsar connector is closed
Caused by: org.apache.pulsar.shade.io.netty.handler.codec.EncoderException: java.lang.OutOfMemoryError: Cannot reserve 16777216 bytes of direct buffer memory (allocated: 252674791, limit: 268435458)
	at org.apache.pulsar.shade.io.netty.handler.codec.MessageToMessageEncoder.write(MessageToMessageEncoder.java:107)
	at org.apache.pulsar.shade.io.netty.channel.CombinedChannelDuplexHandler.write(CombinedChannelDuplexHandler.java:346)""",
 "OOM_DIRECT_OR_NETWORK", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-c")
case("p-gh-chronon-pr370-direct-memory-restarts", "https://github.com/zipline-ai/chronon/pull/370",
 """While running our Flink jobs we do see periodic restarts as we're low on direct memory. Direct mem is required by Kafka consumer clients as well as BigTable's client sdk. Flink's default seems to be 0 bytes. Bumping this a bit to 1G seems to result in the jobs running without restarting every hour.""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_MANAGED_OR_NATIVE_MEMORY", split="fresh-c")
case("p-gh-taier-895-jdbc-connection-closed-overnight", "https://github.com/DTStack/Taier/issues/895",
 """任务刚起来往kafka插入数据经过计算将结果正确写入mysql。过了一夜，早上再给kafka插入数据，sink端就报错了：
java.lang.RuntimeException: Connection maybe closed
 at com.dtstack.flinkx.connector.jdbc.sink.JdbcOutputFormat.processWriteException(JdbcOutputFormat.java:343)
 at com.dtstack.flinkx.connector.jdbc.sink.JdbcOutputFormat.writeSingleRecordInternal(JdbcOutputFormat.java:193)
 at com.dtstack.flinkx.sink.format.BaseRichOutputFormat.writeSingleRecord(BaseRichOutputFormat.java:427)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-c")
case("p-gh-flinkcdc-1372-db-unavailable-retries", "https://github.com/apache/flink-cdc/issues/1372",
 """2022-07-21 19:20:34.046 ERROR System.err                                                   - Jul 21, 2022 7:20:34 PM com.github.shyiko.mysql.binlog.BinaryLogClient$5 run
WARNING: Failed to restore connection to 10.136.140.44:13114. Next attempt in 60000ms
2022-07-21 19:21:34.046 ERROR System.err                                                   - Jul 21, 2022 7:21:34 PM com.github.shyiko.mysql.binlog.BinaryLogClient$5 run
INFO: Trying to restore lost connection to 10.136.140.44:13114""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", split="fresh-c")
case("p-gh-iceberg-pr5873-committer-restore-uid", "https://github.com/apache/iceberg/pull/5873",
 """Without this fix, checkpoint/savepoint won't be usable if committer operator uid changed (with allowNonRestoredState enabled).
java.util.NoSuchElementException
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:1000)
	at org.apache.iceberg.flink.sink.IcebergFilesCommitter.initializeState(IcebergFilesCommitter.java:175)""",
 "STATE_RESTORE_INCOMPATIBLE", "PLATFORM", "FIX_DEPENDENCIES", phase="restore", split="fresh-c")
case("p-gh-dremio-nessie-1-s3-wrong-endpoint", "https://github.com/developer-advocacy-dremio/flink-iceberg-nessie-environment/issues/1",
 """flink-jobmanager_1   |  at org.apache.flink.client.program.PackagedProgram.callMainMethod(PackagedProgram.java:355) ~[flink-dist-1.16.1.jar:1.16.1]
flink-jobmanager_1   | Caused by: software.amazon.awssdk.services.s3.model.S3Exception: The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint. (Service: S3, Status Code: 301, Request ID: DDK4T7RWQQ90M4SD)
flink-jobmanager_1   |  at software.amazon.awssdk.protocols.xml.internal.unmarshall.AwsXmlPredicatedResponseHandler.handleErrorResponse(AwsXmlPredicatedResponseHandler.java:156) ~[bundle-2.20.18.jar:?]""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.16.1", phase="startup", split="fresh-c")
case("p-gh-kinesisconn-47-sequencenumber-not-pojo", "https://github.com/awslabs/amazon-kinesis-connector-flink/issues/47",
 """TypeExtractor - class software.amazon.kinesis.connectors.flink.model.SequenceNumber does not contain a setter for field sequenceNumber
While the warning itself or inability to use optimal sterilizer for such a small state is not the problem, this warning prevents us to disable Generic Types via `disableGenericTypes()`""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-c")
case("p-gh-paimon-2761-outofrange-no-failover", "https://github.com/apache/paimon/issues/2761",
 """[Bug] Flink can't recover from exception as 'OutOfRangeException' when sometime the paimon snapshot is expired
Flink job can't reading latest data on paimon，bu only log "Failed to enumerate files，org.apache.paimon.table.source OutOfRangeException.... ", won't try to cancel job an restart。""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-c")
case("p-gh-streampark-3159-provided-lib-dirs-local", "https://github.com/apache/streampark/issues/3159",
 """Caused by: java.lang.IllegalArgumentException: The "yarn.provided.lib.dirs" should only contain dirs accessible from all worker nodes, while the "file:/streampark/flink/flink-1.16.2/lib" is local.
	at org.apache.flink.yarn.Utils.getRemoteSharedLibPaths(Utils.java:662)
	at org.apache.flink.yarn.Utils.getQualifiedRemoteProvidedLibDirs(Utils.java:641)
	at org.apache.flink.yarn.YarnClusterDescriptor.startAppMaster(YarnClusterDescriptor.java:814)
But Whether it is yarn-site or flink-conf, yarn.provided.lib.dir=hdfs://XXX has been configured.""",
 "CONFIG_ERROR", "PLATFORM", "FIX_CONFIG", version="1.16.2", phase="startup", split="fresh-c")
case("p-gh-streampark-1319-status-stuck-starting", "https://github.com/apache/streampark/issues/1319",
 """[Bug] flink1.14，when start flink job , status always in starting
flink1.14，when start flink job , status always in starting,but job has error.
use yarn application mode.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.14.5", split="fresh-c")
