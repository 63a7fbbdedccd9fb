from build_cases import case

# Fresh collection E, session 2026-11-25: gathered after round D's rule changes and scored before any
# rule was changed for them (split "fresh-e"). Quoted, trimmed.

case("r-gh-flinkcdc-1302-snapshot-closed-source", "https://github.com/apache/flink-cdc/issues/1302",
 """Call snapshotState() on closed source, checkpoint failed.
Caused by: org.apache.flink.runtime.checkpoint.CheckpointException: org.apache.flink.runtime.checkpoint.CheckpointException: Task has failed.
        at org.apache.flink.runtime.checkpoint.PendingCheckpoint.abort(PendingCheckpoint.java:550)
        at org.apache.flink.runtime.checkpoint.CheckpointCoordinator.abortPendingCheckpoint(CheckpointCoordinator.java:2096)
Caused by: org.apache.flink.runtime.checkpoint.CheckpointException: org.apache.flink.util.SerializedThrowable: org.apache.flink.runtime.checkpoint.CheckpointException: Task name with subtask : Source: sql_table[1] -> DropUpdateBefore[2] -> ConstraintEnforcer[3] (1/1)#2 Failure reason: Task has failed.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "PLATFORM", "FIX_DEPENDENCIES", phase="checkpoint", split="fresh-e")
case("r-gh-flink-pr7580-avro-serialversionuid", "https://github.com/apache/flink/pull/7580",
 """[FLINK-11436] Fix Java deserialization failure of the AvroSerializer
During the release of Flink-1.7 the value of `AvroSerializer.serialVersionUID` was uptick to 2 (was 1 before). In case that one of the nested serializers were Avro we would bump into deserialization exception due to a wrong `serialVersionUID`.""",
 "SERIALIZATION", "PLATFORM", "UPGRADE_FLINK_VERSION", version="1.7", phase="restore", split="fresh-e")
case("r-gh-flink-pr19508-operator-state-serializer", "https://github.com/apache/flink/pull/19508",
 """[FLINK-27218] fix the problem that the internal Serializer in OperatorState may have not been updated when schema changes
When `DefaultOperatorStateBackend` creates `ListState` or `BroadcastState`, if new Serializers are NOT incompatible, while updating `StateMetaInfo`, it also updates the internalSerializer inside State""",
 "SERIALIZATION", "PLATFORM", "UPGRADE_FLINK_VERSION", split="fresh-e")
case("r-gh-streampark-616-abstractmethod-entrypoint", "https://github.com/apache/streampark/issues/616",
 """2022-01-14 18:54:35,946 ERROR org.apache.flink.runtime.entrypoint.ClusterEntrypoint        [] - Could not start cluster entrypoint YarnApplicationClusterEntryPoint.
org.apache.flink.runtime.entrypoint.ClusterEntrypointException: Failed to initialize the cluster entrypoint YarnApplicationClusterEntryPoint.
	at org.apache.flink.runtime.entrypoint.ClusterEntrypoint.startCluster(ClusterEntrypoint.java:191) ~[quickstart-flink-1.2.0.jar:?]
	at org.apache.flink.runtime.entrypoint.ClusterEntrypoint.runClusterEntrypoint(ClusterEntrypoint.java:529) [quickstart-flink-1.2.0.jar:?]
	at org.apache.flink.yarn.entrypoint.YarnApplicationClusterEntryPoint.main(YarnApplicationClusterEntryPoint.java:111) [flink-dist_2.11-1.13.1.jar:1.13.1]
Caused by: java.lang.AbstractMethodError: org.apache.flink.runtime.entrypoint.ClusterEntrypoint.createSerializableExecutionGraphStore(""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.13.1", phase="startup", split="fresh-e")
case("r-gh-gcpop-464-manager-oomkilled", "https://github.com/GoogleCloudPlatform/flink-on-k8s-operator/issues/464",
 """Flink Session Cluster Installation is faling
Check the manager pod if there is no restarts or OOMKILL events. I increase requests and limits for the memory and after manager start with new resource config the cluster comes up as expected. When I execute `kubectl top pod -n flink` the manager consumes a bit more memory then 30Mi so default values does not work.""",
 "CONTAINER_KILLED_MEMORY", "PLATFORM", "FIX_CONFIG", split="fresh-e")
