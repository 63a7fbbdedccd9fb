from build_cases import case

# Fresh collection B, session 2026-11-25: gathered after round A's rule changes and scored before any
# rule was changed for them (split "fresh-b"). Quoted, trimmed.

case("o-gh-flinkweb-4-slot-released", "https://github.com/apache/flink-web/pull/4",
 """java.lang.Exception: The slot in which the task was executed has been released. Probably loss of TaskManager""",
 "TASKMANAGER_LOST_OR_NETWORK", "PLATFORM", "RESTART_FROM_CHECKPOINT", split="fresh-b")
case("o-gh-dinky-4094-commons-cli", "https://github.com/DataLinkDC/dinky/issues/4094",
 """[Bug] [flink] java.lang.NoSuchMethodError: org.apache.commons.cli.Option.builder(Ljava/lang/String;)Lorg/apache/commons/cli/Option$Builder;
hadoop版本：3.2.0 flink版本：1.8.0 dink版本：1.2.0""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", split="fresh-b")
case("o-gh-flinkcdc-946-shaded-guava18", "https://github.com/apache/flink-cdc/issues/946",
 """package org.apache.flink.shaded.guava version conflict in flink 1.14
java.lang.ClassNotFoundException: org.apache.flink.shaded.guava18.com.google.common.util.concurrent.ThreadFactoryBuilder""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.14", split="fresh-b")
case("o-gh-dinky-4466-calcite-parser", "https://github.com/DataLinkDC/dinky/issues/4466",
 """[help] run flinksql found java.lang.NoSuchMethodError: org.apache.calcite.sql.parser.SqlParser
runtime environment： fink1.18.0  、dinky 1.2.4
flink-connector-hive_2.12-1.18.0.jar
flink-sql-connector-hive-3.1.3_2.12-1.18.0.jar
flink-table-planner_2.12-1.18.0.jar""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.18.0", split="fresh-b")
case("o-gh-dinky-852-clickhouse-jackson", "https://github.com/DataLinkDC/dinky/issues/852",
 """plugins目录添加以下jar包后 https://github.com/liekkassmile/flink-connector-clickhouse-1.13.git
出现Handler dispatch failed; nested exception is java.lang.NoSuchMethodError: com.fasterxml.jackson.annotation.JsonFormat$Value.hasLenient()Z异常""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", split="fresh-b")
case("o-gh-flinkcdc-2593-chunk-skew", "https://github.com/apache/flink-cdc/issues/2593",
 """[Bug] Flink CDC MySQL Data skewness""",
 "DATA_SKEW", "USER", "FIX_CONFIG", split="fresh-b")
case("o-gh-paimon-pr2705-sort-compact-skew", "https://github.com/apache/paimon/pull/2705",
 """[flink] Random choose task while sorting to avoid data skew
Run sort compact action in flink job may cause a data skew with lots of hot data.""",
 "DATA_SKEW", "PLATFORM", "FIX_DEPENDENCIES", split="fresh-b")
case("o-gh-lanceflink-81-hot-primary-key", "https://github.com/lance-format/lance-flink/issues/81",
 """Hot primary keys can starve subtasks
if the primary key distribution is skewed (e.g. one `tenant_id` accounts for the majority of traffic), that subtask becomes a bottleneck while peers idle.""",
 "DATA_SKEW", "USER", "REBALANCE_KEYS_FOR_SKEW", split="fresh-b")
case("o-gh-hudi-10895-nested-deserialize", "https://github.com/apache/hudi/issues/10895",
 """14:38:06,411 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Source: Kafka Source -> (Map -> row_data_to_hoodie_record, Sink: Print to Std. Out) (6/10) (b41f7215661da4d1d3d1c157a58c57e4) switched from RUNNING to FAILED on 8d293143-6737-4451-a2c5-4e4f6f85cbd4 @ localhost (dataPort=-1).
java.io.IOException: Failed to deserialize consumer record due to
	at org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord(KafkaRecordEmitter.java:56) ~[flink-connector-kafka-1.15.0.jar:1.15.0]
	at org.apache.flink.connector.kafka.source.reader.KafkaRecordEmitter.emitRecord(KafkaRecordEmitter.java:33) ~[flink-connector-kafka-1.15.0.jar:1.15.0]
	at org.apache.flink.connector.base.source.reader.SourceReaderBase.pollNext(SourceReaderBase.java:143) ~[flink-connector-base-1.15.0.jar:1.15.0]""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", version="1.15.0", split="fresh-b")
case("o-gh-inlong-pr7001-garbage-data-restarts", "https://github.com/apache/inlong/pull/7001",
 """When the reported message contains garbage data, any problem of the message format will cause the Flink job to automatically restart until the data in the MQ is repaired""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", split="fresh-b")
