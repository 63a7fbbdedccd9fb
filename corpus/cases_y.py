from build_cases import case

case("y-cdc-mysql-connector-java-version", "https://github.com/apache/flink-cdc/issues/627",
 """mysql 升级2.1版本后，只能引用8.0.21的mysql-connector-java
pom文件中如果引入其他版本的jar包会启动失败。
Caused by: java.lang.NoSuchMethodError: com.mysql.cj.CharsetMapping.getJavaEncodingForMysqlCharset(Ljava/lang/String;)Ljava/lang/String;
  at io.debezium.connector.mysql.MySqlValueConverters.charsetFor(MySqlValueConverters.java:331)
  at io.debezium.connector.mysql.MySqlValueConverters.converter(MySqlValueConverters.java:298)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup", split="fresh-l")

case("y-gcp-operator-manager-oomkilled", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/467",
 """Flink Operator installation is failing
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
    Restart Count:  5
    Limits:
      cpu:     100m
      memory:  30Mi
    Requests:
      cpu:        100m
      memory:     20Mi""",
 "CONTAINER_KILLED_MEMORY", "PLATFORM", "FIX_CONFIG", phase="startup", split="fresh-l")

case("y-lyft-native-ha-same-cluster-id", "https://github.com/lyft/flinkk8soperator/issues/243",
 """Flink Native HA on Kubernetes is not supported
- New job manager and task manager pods for the new deployment are created
- The old job is canceled on the old pods
- The new job manager tries to start the job and prints "Submitting Job with JobId=<>", but fails repeatedly with "The connection was unexpectedly closed by the client."
- The old job manager eventually starts a job with a new job id""",
 "HA_OR_STORAGE", "USER", "FIX_CONFIG", version="1.14", phase="startup", split="fresh-l")

case("y-cdc-binlog-moved-by-db-backup", "https://github.com/apache/flink-cdc/issues/1794",
 """Caused by: io.debezium.DebeziumException: could not find next log;
An error was reported when the database was manually backed up.I have privileges like : select_priv, repl_slave_priv ,repl_client_priv,
when I use cdc sync the MySql tables  and the database was manually backed up together ,  this error occured.
Caused by: io.debezium.DebeziumException: could not find next log; the first event 'Storage.000086' at 57144201, the last event read from '/bak/binlog/Storage.000086' at 101689506, the last byte read from '/bak/binlog/Storage.000086' at 101689506. Error code: 1236; SQLSTATE: HY000.
	at io.debezium.connector.mysql.MySqlStreamingChangeEventSource.wrap(MySqlStreamingChangeEventSource.java:1146) ~[stationcmdsync.jar:?]
	at io.debezium.connector.mysql.MySqlStreamingChangeEventSource$ReaderThreadLifecycleListener.onCommunicationFailure(MySqlStreamingChangeEventSource.java:1185) ~[stationcmdsync.jar:?]""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.14.3", phase="runtime", split="fresh-l")

case("y-training-hourlytips-no-timestamps", "https://github.com/apache/flink-training/pull/52",
 """FLK-828: Flink Level 1 - Module 1 Training
> Task :hourly-tips:test

org.apache.flink.training.exercises.hourlytips.HourlyTipsTest > testMaxAcrossDrivers FAILED
    org.apache.flink.runtime.client.JobExecutionException at JobResult.java:144
        Caused by: org.apache.flink.runtime.JobException at ExecutionFailureHandler.java:138
            Caused by: java.lang.RuntimeException at TumblingEventTimeWindows.java:83

org.apache.flink.training.exercises.hourlytips.HourlyTipsTest > testOneDriverOneTip FAILED
    org.apache.flink.runtime.client.JobExecutionException at JobResult.java:144
        Caused by: org.apache.flink.runtime.JobException at ExecutionFailureHandler.java:138
            Caused by: java.lang.RuntimeException at TumblingEventTimeWindows.java:83""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-l")

case("y-cdc-server-time-zone-mismatch", "https://github.com/apache/flink-cdc/pull/2032",
 """[docs] add 'server-time-zone' config to mysql-cdc table
mysql> show global variables like '%time_zone%';
| system_time_zone | UTC    |
| time_zone        | SYSTEM |
thus, we may meet this error in Flink if this parameter is not specified.
org.apache.flink.table.api.ValidationException:
The MySQL server has a timezone offset (0 seconds ahead of UTC) which does not match the configured timezone Asia/Shanghai. Specify the right server-time-zone to avoid inconsistencies for time-related fields.""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup", split="fresh-l")

case("y-cdc-postgres-validator-not-serializable", "https://github.com/apache/flink-cdc/issues/311",
 """com.ververica.cdc.debezium.Validator$$Lambda$25/1712669532@12f41634 is not serializable.
当使用flink-cdc-postgres-2.0.0版本时，会报如下错误
Exception in thread "main" org.apache.flink.api.common.InvalidProgramException: com.ververica.cdc.debezium.Validator$$Lambda$25/1712669532@12f41634 is not serializable. The object probably contains or references non serializable fields.
	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:164)
	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:132)
	at org.apache.flink.api.java.ClosureCleaner.clean(ClosureCleaner.java:69)
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.clean(StreamExecutionEnvironment.java:2000)
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.addSource(StreamExecutionEnvironment.java:1685)
	at cdc.FlinkPgCdcStreamApiConnector.main(FlinkPgCdcStreamApiConnector.java:55)
Caused by: java.io.NotSerializableException: com.ververica.cdc.debezium.Validator$$Lambda$25/1712669532""",
 "SERIALIZATION", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-l")

case("y-cdc-211-on-flink-114-metricgroup", "https://github.com/apache/flink-cdc/issues/832",
 """NoSuchMethodError: org.apache.flink.api.connector.source.SourceReaderContext.metricGroup()Lorg/apache/flink/metrics/MetricGroup;
 - Flink version :  1.14.2
 - Flink CDC version: 2.1.1
java.lang.NoSuchMethodError: org.apache.flink.api.connector.source.SourceReaderContext.metricGroup()Lorg/apache/flink/metrics/MetricGroup;
	at com.ververica.cdc.connectors.mysql.source.MySqlSource.createReader(MySqlSource.java:134)
	at org.apache.flink.streaming.api.operators.SourceOperator.initReader(SourceOperator.java:259)
	at org.apache.flink.streaming.runtime.tasks.SourceOperatorStreamTask.init(SourceOperatorStreamTask.java:70)
	at org.apache.flink.streaming.runtime.tasks.StreamTask.restoreInternal(StreamTask.java:677)
	at org.apache.flink.runtime.taskmanager.Task.doRun(Task.java:766)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.14.2", phase="startup", split="fresh-l")

case("y-spotify-operator-cancel-nil-savepointdir", "https://github.com/spotify/flink-on-k8s-operator/issues/214",
 """Cancel running Flink job Failed（Is cancel running flink job must use with the savepoint）
When use  `kubectl annotate flinkclusters <CLUSTER-NAME> flinkclusters.flinkoperator.k8s.io/user-control=job-cancel` to cancel a jobcluster without setting the savepointsDir，the flink-operator-controller-manager failed with the log
{"level":"info","ts":1642668111.7550068,"logger":"controllers.FlinkCluster","msg":"Trigger savepoint for update","cluster":"default/flinkjobcluster-sample","jobID":"8e964772d5b0ec2860567f82703523cf"}
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1436a8b]

goroutine 306 [running]:
github.com/spotify/flink-on-k8s-operator/controllers.(*ClusterReconciler).triggerSavepoint(0xc0015b0300, {0xc00159d320, 0x20}, {0x17acabf, 0x6}, 0x0)
        /workspace/controllers/flinkcluster_reconciler.go:846 +0x1ab
github.com/spotify/flink-on-k8s-operator/controllers.(*ClusterReconciler).trySuspendJob(0xc0015b0300)
        /workspace/controllers/flinkcluster_reconciler.go:660 +0x13b""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-l")

case("y-cdc-pg-cannot-obtain-replication-slot", "https://github.com/apache/flink-cdc/issues/1059",
 """flinkcdc 拿不到数据库数据
启动flink连接pg数据库 ，请问怎么解决 一直提示这些io.debezium.connector.postgresql.connection.PostgresConnection [] - Cannot obtain valid replication slot 'h_appstore_new_slot_6' for plugin 'pgoutput' and database 'h_appstore_new' [during attempt 23 out of 900, concurrent tx probably blocks taking snapshot.""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", phase="startup", split="fresh-l")

case("y-cdc-oceanbase-snapshot-heap-oom", "https://github.com/apache/flink-cdc/issues/2429",
 """oceanbase全量获取的时候数据量大的时候内存溢出。
2023-08-25 05:05:49,459 ERROR com.ververica.cdc.connectors.oceanbase.source.OceanBaseRichSourceFunction [] - Read snapshot from table `nrms`.`t_urc_item_label` failed
java.sql.SQLException: Java heap space
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:129) ~[flink-sql-connector-mysql-cdc-2.4.1.jar:2.4.1]
	at com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:122) ~[flink-sql-connector-mysql-cdc-2.4.1.jar:2.4.1]
	at com.mysql.cj.jdbc.StatementImpl.executeQuery(StatementImpl.java:1201) ~[flink-sql-connector-mysql-cdc-2.4.1.jar:2.4.1]
	at io.debezium.jdbc.JdbcConnection.query(JdbcConnection.java:553) ~[flink-sql-connector-mysql-cdc-2.4.1.jar:2.4.1]
	at com.ververica.cdc.connectors.oceanbase.source.OceanBaseRichSourceFunction.readSnapshotRecordsByTable(OceanBaseRichSourceFunction.java:269) [flink-sql-connector-oceanbase-cdc-2.4.1.jar:2.4.1]""",
 "OOM_HEAP", "PLATFORM", "FIX_DEPENDENCIES", version="1.17.1", phase="runtime", split="fresh-l")

case("y-gcp-operator-duplicate-jobs-submit-timeout", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/88",
 """More than one job were found
We found a case that the first job submission was successful but the job client timed out somehow, then the operator submitted the job again which caused 2 jobs running in a job cluster.
2019-11-01T21:49:18.413Z	INFO	controllers.FlinkCluster	Observed Flink job status list	{"cluster": "default/flinkjobcluster-sample", "jobs": [{"ID":"cd8dca05e24e8c8f55b56bb9e8b40e61","Status":"RUNNING"},{"ID":"8ba52ec4edb730bdcc340b1f07d30a05","Status":"RUNNING"}]}
2019-11-01T21:49:18.413Z	ERROR	controllers.FlinkCluster		{"cluster": "default/flinkjobcluster-sample", "jobs": [{"ID":"cd8dca05e24e8c8f55b56bb9e8b40e61","Status":"RUNNING"},{"ID":"8ba52ec4edb730bdcc340b1f07d30a05","Status":"RUNNING"}], "error": "more than one Flink job were found"}
Based on logs, it is failing dues to short akka.ask.timeout
 Ask timed out on [Actor[akka://flink/user/dispatcher#-1630374064]] after [10000 ms].""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-l")

case("y-spotify-pyflink-submitter-permission-denied", "https://github.com/spotify/flink-on-k8s-operator/issues/280",
 """Job submitter doesn't work
I deployed PyFlink cluster on K8s and met this issue.
  image:
    name: pyflink:wordcount
The submitter ran until reaching the MAX_RETRY, and show these logs:
Waiting...
tee: job_check_log: Permission denied
curl -sS "http://wordcount-jobmanager:8081/jobs"
tee: job_check_log: Permission denied
tee: job_check_log: Permission denied
tee: job_check_log: Permission denied
{"jobs":[]}""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.14", phase="startup", split="fresh-l")
