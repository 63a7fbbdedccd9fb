from build_cases import case

# Fresh collection F, session 2026-11-25: gathered after the last rule change of the session and
# NOT used to change any rule (split "fresh-f"): an untouched measure of the final catalogue.

case("s-gh-amoro-635-commit-rename-failed", "https://github.com/apache/amoro/issues/635",
 """[Bug]: Flink Ingestion jobs will occasionally delete snapshot files causing Optimize and Flink Job to fail
com.netease.arctic.shaded.org.apache.iceberg.exceptions.CommitFailedException: Failed to commit changes using rename: hdfs://easyops-cluster/user/arctic/hive_db/arctic.db/avro_lost_test/change/metadata/v801.metadata.json
	at com.netease.arctic.shaded.org.apache.iceberg.hadoop.HadoopTableOperations.renameToFinal(HadoopTableOperations.java:366) ~[plugin_ne-flink-1.12.4-1.1.7_scala2.12_hive2.1.1-3.9.4-1.4.4.1-snap-test.jar:?]
	at com.netease.arctic.shaded.org.apache.iceberg.hadoop.HadoopTableOperations.commit(HadoopTableOperations.java:158) ~[plugin_ne-flink-1.12.4-1.1.7_scala2.12_hive2.1.1-3.9.4-1.4.4.1-snap-test.jar:?]
	at com.netease.arctic.op.ArcticHadoopTableOperations.lambda$commit$1(ArcticHadoopTableOperations.java:45) ~[plugin_ne-flink-1.12.4-1.1.7_scala2.12_hive2.1.1-3.9.4-1.4.4.1-snap-test.jar:?]""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", version="1.12.4", split="fresh-f")
case("s-gh-iceberg-10165-duplication-on-commit-failure", "https://github.com/apache/iceberg/issues/10165",
 """Iceberg may occur data duplication when use flink to write data to iceberg and commit failed, it cannot distinguish the snapshot emit by each checkpoint, and then once the committer stuck for a moment or similar situation, it will commit all the snapshots produced by current checkpoint and all previous checkpoints.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-f")
case("s-gh-sqlgateway-17-no-table-factory", "https://github.com/ververica/flink-sql-gateway/issues/17",
 """Caused by: org.apache.flink.table.api.NoMatchingTableFactoryException: Could not find a suitable table factory for 'org.apache.flink.table.factories.TableSourceFactory' in
the classpath.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup", split="fresh-f")
case("s-gh-sqlsubmit-1-find-and-create-source", "https://github.com/wuchong/flink-sql-submit/issues/1",
 """Exception in thread "main" org.apache.flink.table.api.ValidationException: SQL validation failed. findAndCreateTableSource failed.
	at org.apache.flink.table.planner.calcite.FlinkPlannerImpl.validate(FlinkPlannerImpl.scala:125)
	at com.github.wuchong.sqlsubmit.SqlSubmit.callInsertInto(SqlSubmit.java:102)
Caused by: org.apache.flink.table.api.TableException: findAndCreateTableSource failed.
	at org.apache.flink.table.factories.TableFactoryUtil.findAndCreateTableSource(TableFactoryUtil.java:67)
Caused by: org.apache.flink.table.api.NoMatchingTableFactoryException:""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup", split="fresh-f")
case("s-gh-streampark-553-connector-not-packaged", "https://github.com/apache/streampark/issues/553",
 """Flinkjobs can be submitted to the Flink cluster normally, However, the dependent connector jar package cannot be found.
Caused by: org.apache.flink.table.api.NoMatchingTableFactoryException: Could not find a suitable table factory for 'org.apache.flink.table.factories.TableSourceFactory' in
the classpath.
Reason: Required context properties mismatch.
'connector.type' expects 'filesystem', but is 'kafka'
I think the jar package that streamx relies on is not entered into the streamx task jar package when the source code of streamx is compiled.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", phase="startup", split="fresh-f")
case("s-gh-streampark-1456-starrocks-not-discovered", "https://github.com/apache/streampark/issues/1456",
 """Caused by: org.apache.flink.table.api.ValidationException: Cannot discover a connector using option: 'connector'='starrocks'
	at org.apache.flink.table.factories.FactoryUtil.enrichNoMatchingConnectorError(FactoryUtil.java:728)
	at org.apache.flink.table.factories.FactoryUtil.discoverTableFactory(FactoryUtil.java:702)
Caused by: org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'starrocks' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.15.1", phase="startup", split="fresh-f")
case("s-gh-fluss-pr650-factory-missing-in-jar", "https://github.com/apache/fluss/pull/650",
 """[ERROR] Could not execute SQL statement. Reason:
org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'fluss' that implements 'org.apache.flink.table.factories.CatalogFactory' in the classpath.
Then I found my jar doesn't contain the classes or `org.apache.flink.table.factories.Factory` file.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-f")
case("s-gh-chconnector-82-clickhouse-factory", "https://github.com/itinycheng/flink-connector-clickhouse/issues/82",
 """org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'clickhouse' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", split="fresh-f")
case("s-gh-lyft-221-jm-recreated-job-not-found", "https://github.com/lyft/flinkk8soperator/issues/221",
 """When I recreate the jobmanager container of a streamlet in my pipeline (or it crashes for some reason), after starting, I see errors like this in the JobManager's logs:
2020-09-22T08:51:55.311Z ERROR org.apache.flink.runtime.rest.handler.job.JobDetailsHandler [{}] - Exception occurred in REST handler: Job ed952687752d2a5b2c60d843d7e5605f8 not found
The directory with checkpoints exists and contains binary data and metadata
But the jobmanager doesn't find it.""",
 "HA_OR_STORAGE", "PLATFORM", "FIX_STORAGE_OR_HA", split="fresh-f")
case("s-gh-streampark-866-ha-zero-jobid-shared-checkpoints", "https://github.com/apache/streampark/issues/866",
 """when i set ha for jobmaster on yarn-application mode use high-availability: zookeeper,the job alway be 000000000000000000000,and the multi job will has the same checkpoint path such as hdfs://hadoop3/flink-checkpoints/00000000000000000000000000000000,this will cause job recover with a wrong checkpont data.""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", split="fresh-f")
