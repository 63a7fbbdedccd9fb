from build_cases import case

case("gh-paimon-4116-closed-classloader", "https://github.com/apache/paimon/pull/4116",
 """Caused by: java.lang.IllegalStateException: Trying to access closed classloader. Please check if you store classloaders directly or indirectly in static fields. If the stacktrace suggests that the leak occurs in a third party library and cannot be fixed immediately, you can disable this check with the configuration 'classloader.check-leaked-classloader'.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime")
case("gh-iceberg-5101-closed-classloader", "https://github.com/apache/iceberg/issues/5101",
 """java.lang.IllegalStateException: Trying to access closed classloader. Please check if you store classloaders directly or indirectly in static fields. If the stacktrace suggests that the leak occurs in a third party library and cannot be fixed immediately, you can disable this check with the configuration 'classloader.check-leaked-classloader'.
at org.apache.flink.runtime.execution.librarycache.FlinkUserCodeClassLoaders$SafetyNetWrapperClassLoader.ensureInner(FlinkUserCodeClassLoaders.java:161)
at org.apache.flink.runtime.execution.librarycache.FlinkUserCodeClassLoaders$SafetyNetWrapperClassLoader.loadClass(FlinkUserCodeClassLoaders.java:168)
at java.lang.Class.forName0(Native Method)
at java.lang.Class.forName(Class.java:348)
at org.apache.iceberg.common.DynClasses$Builder.impl(DynClasses.java:68)
at org.apache.iceberg.avro.GenericAvroReader$ReadBuilder.record(GenericAvroReader.java:85)""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime")
case("gh-iceberg-3776-closed-classloader-commit", "https://github.com/apache/iceberg/issues/3776",
 """2021-12-20 11:53:11,854 INFO  org.apache.iceberg.flink.sink.IcebergFilesCommitter          [] - Committing dynamic partition overwrite with 1 data files and 0 delete files to table ice.t1.d
2021-12-20 11:53:11,946 WARN  org.apache.flink.runtime.taskmanager.Task                    [] - IcebergFilesCommitter -> Sink: IcebergSink ice.t1.d (1/1)#0 (e74babbac1ebb51fe72958bd177ae534) switched from RUNNING to FAILED with failure cause: java.lang.IllegalStateException: Trying to access closed classloader. Please check if you store classloaders directly or indirectly in static fields. If the stacktrace suggests that the leak occurs in a third party library and canno""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "PLATFORM", "FIX_DEPENDENCIES", version="1.13.1", phase="runtime")
case("gh-pageviews-1-upsert-kafka-factory", "https://github.com/fsk119/flink-pageviews-demo/issues/1",
 """[ERROR] Could not execute SQL statement. Reason:
org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'upsert-kafka' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.

Available factory identifiers are:

blackhole
clickhouse
datagen
filesystem
jdbc
kafka
mysql-cdc
postgres-cdc
print""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-clickhouse-80-factory", "https://github.com/itinycheng/flink-connector-clickhouse/issues/80",
 """Caused by: org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'clickhouse' that implements 'org.apache.flink.table.factories.DynamicTableFactory' in the classpath.

Available factory identifiers are:

blackhole
datagen
filesystem
kafka
print
upsert-kafka
        at org.apache.flink.table.factories.FactoryUtil.discoverFactory(FactoryUtil.java:545) ~[flink-table-api-java-uber-1.16.0.jar:1.16.0]""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.16.0", phase="startup")
case("gh-flinkcdc-1405-oceanbase-factory", "https://github.com/apache/flink-cdc/issues/1405",
 """Could not find any factory for identifier 'oceanbase-cdc' that implements 'org.apache.flink.table.factories.DynamicTableFact ory' in the classpath.""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.13.2", phase="startup")
case("gh-flinkcdc-99-changelog-json-factory", "https://github.com/apache/flink-cdc/issues/99",
 """Could not execute SQL statement. Reason:
org.apache.flink.table.api.ValidationException: Could not find any factory for identifier 'changelog-json' that implements 'org.apache.flink.table.factories.DeserializationFormatFactory' in the classpath.

Available factory identifiers are:

canal-json
csv
debezium-json
json
maxwell-json
raw""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", phase="startup")
case("gh-iceberg-4228-sink-skew", "https://github.com/apache/iceberg/pull/4228",
 "", "DATA_SKEW", "PLATFORM", "FIX_DEPENDENCIES",
 metrics="I found data skew problem on FlinkSQL IcebergWriter stage. We set parrallism 128 on this stage, there are only 49 taskmanagers has data processing tasks, others are finished so quickly.",
 phase="runtime")
