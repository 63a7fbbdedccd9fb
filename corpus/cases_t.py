from build_cases import case

case("t-ha-old-job-resurrected", "https://issues.apache.org/jira/browse/FLINK-10011",
 """Old job resurrected during HA failover
15:19:57 JM 2 reports it can't read data from ZK
Unable to read additional data from server sessionid 0x30000003f4a0003, likely server has closed socket, closing socket connection and attempting reconnect)
org.apache.flink.shaded.zookeeper.org.apache.zookeeper.ClientCnxn
Connection to ZooKeeper suspended. Can no longer retrieve the leader from ZooKeeper.
ZooKeeper connection SUSPENDED. Changes to the submitted job graphs are not monitored (temporarily).
Connection to ZooKeeper suspended. The contender akka.tcp://flink@flink-jm-2:6123/user/jobmanager no longer participates in the leader election
JobManager akka://flink/user/jobmanager#33755521 was revoked leadership.""",
 "HA_OR_STORAGE", "PLATFORM", "UPGRADE_FLINK_VERSION", version="1.4.2", phase="restore", split="fresh-g")

case("t-yarn-session-slot-shortage", "https://jishuzhan.net/article/1959922974923993089",
 """Flink Slot 不足导致任务Pending修复方案
taskmanager.numberOfTaskSlots: 4
如图,提交23个 FlinkSQL任务(flink-cdc -> hudi-ods),由于slot数量不够,将导致12个任务之外的剩余任务处于pending的状态
java.util.concurrent.CompletionException: org.apache.flink.runtime.jobmanager.scheduler.NoResourceAvailableException: Slot request bulk is not fulfillable! Could not allocate the required slot within slot request timeout
	at java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:292)
	at java.util.concurrent.CompletableFuture.completeThrowable(CompletableFuture.java:308)""",
 "INSUFFICIENT_RESOURCES", "USER", "ADD_RESOURCES_OR_SLOTS", phase="startup", split="fresh-g")

case("t-standalone-tm-metaspace", "https://583.cn/article/328.html",
 """Flink集群元空间内存溢出报错处理 java.lang.OutOfMemoryError: Metaspace
ERROR org.apache.flink.runtime.taskexecutor.TaskManagerRunner
[] - Fatal error occurred while executing the TaskManager. Shutting it down...
java.lang.OutOfMemoryError: Metaspace. The metaspace out-of-memory error has occurred.
This can mean two things: either the job requires a larger size of JVM metaspace to load classes or there is a class loading leak.
In the first case 'taskmanager.memory.jvm-metaspace.size' configuration option should be increased.
If the error persists (usually in cluster after several job (re-)submissions) then there
is probably a class loading leak in user code or some of its dependencies which has to be investigated and fixed.
The task executor has to be shutdown...""",
 "OOM_METASPACE", "USER", "INCREASE_METASPACE", version="1.13.1", phase="runtime", split="fresh-g")

case("t-docker-tm-exit137-offheap", "https://medium.com/hadoop-noob/flink-docker-oom-94883af7d17",
 """Debug Flink OOM in Docker Container
When I deploy it to serve the full traffic, the TaskManagers are killed randomly.
From the stderr, I got Container exited with status 137
From the exit code, we can tell the container is killed by the Linux OOM killer
production environment, I give 24GB to each TaskManager and 22GB for taskmanager.heap.mb. So 2GB for everything else
-XX:NativeMemoryTracking=detail -XX:+UnlockDiagnosticVMOptions -XX:+PrintNMTStatistics
If we sum up everything off-heap it is actually more than 2GB on reserved. We may wonder why GC took around 800MB and Class reserved around 1GB""",
 "CONTAINER_KILLED_MEMORY", "USER", "INCREASE_MANAGED_OR_NATIVE_MEMORY", version="1.3.3", phase="runtime", split="fresh-g")

case("t-client-heap-512mb-jobgraph", "https://github.com/apache/flink/pull/18",
 """Do not limit the client's heap space (See FLINK-934)
Similar to FLINK-934 and https://github.com/apache/incubator-flink/pull/14 we should not limit the heap space of the job submission client to 512MB.
A user actually had the following exception while using Flink:
java.lang.OutOfMemoryError: Java heap space
    at eu.stratosphere.runtime.io.serialization.DataOutputSerializer.resize(DataOutputSerializer.java:243)
    at eu.stratosphere.runtime.io.serialization.DataOutputSerializer.write(DataOutputSerializer.java:87)
    at eu.stratosphere.nephele.jobgraph.JobGraph.writeRequiredJarFiles(JobGraph.java:706)
    at eu.stratosphere.nephele.jobgraph.JobGraph.write(JobGraph.java:641)
    at eu.stratosphere.nephele.ipc.RPC$Invocation.write(RPC.java:153)
    at eu.stratosphere.nephele.client.JobClient.submitJobAndWait(JobClient.java:258)
    at eu.stratosphere.client.program.Client.run(Client.java:284)""",
 "OOM_HEAP", "PLATFORM", "INCREASE_HEAP", phase="startup", split="fresh-g")

case("t-keygroup-skew-default-maxpar", "https://engineering.contentsquare.com/2021/ten-flink-gotchas",
 """1 - Workloads skew due to parallelism settings
when investigating a task's subtasks in the Flink UI, you may encounter a strange pattern regarding the amount of data handled by each subtask.
This indicates that the operators inside each subtask do not receive the same amount of Key Groups, which represent a slice of the total number of possible keys. If a given operator receives 1 Key Group while another receives 2, the second subtask will most likely have twice as much work to do.
public static int computeOperatorIndexForKeyGroup(int maxParallelism, int parallelism, int keyGroupId) { return keyGroupId * parallelism / maxParallelism; }
The total number of Key Groups is determined by the maxParallelism argument, while the number of operators is equal to parallelism. This is fine, but what is more problematic is the default value for maxParallelism""",
 "DATA_SKEW", "USER", "FIX_CONFIG", phase="runtime", metrics="records processed per subtask uneven (some subtasks ~2x others)", split="fresh-g")

case("t-map-returns-null-tupleserializer", "http://itsharecircle.com/articles/1397",
 """简单分析Flink算子返回NULL导致的异常
假设我们作业中有这样一段逻辑stream.map(xxx).filter(_ != null).xxx,并且map算子有可能返回NULL
Caused by: java.lang.NullPointerException
    at org.apache.flink.api.java.typeutils.runtime.TupleSerializer.copy(TupleSerializer.java:111)
    at org.apache.flink.api.java.typeutils.runtime.TupleSerializer.copy(TupleSerializer.java:37)
    at org.apache.flink.streaming.runtime.tasks.OperatorChain$CopyingChainingOutput.pushToOperator(OperatorChain.java:635)
    at org.apache.flink.streaming.runtime.tasks.OperatorChain$CopyingChainingOutput.collect(OperatorChain.java:612)
    at org.apache.flink.streaming.api.operators.AbstractStreamOperator$CountingOutput.collect(AbstractStreamOperator.java:727)
    at org.apache.flink.streaming.api.operators.StreamMap.processElement(StreamMap.java:41)
    at org.apache.flink.runtime.taskmanager.Task.run(Task.java:530)
Caused by: java.lang.NullPointerException
    at org.apache.flink.api.scala.typeutils.CaseClassSerializer.copy(CaseClassSerializer.scala:92)""",
 "USER_CODE_EXCEPTION", "USER", "FIX_USER_CODE", phase="runtime", split="fresh-g")

case("t-cdc-hybrid-assigner-npe-restart-loop", "https://www.mail-archive.com/dev@flink.apache.org/msg87253.html",
 """FLINK-40052: NullPointerException in MySqlHybridSplitAssigner.createBinlogSplit when snapshot split reader fails after assigner status has reached FINISHED
A MySQL CDC pipeline job (snapshot + binlog hybrid mode) fails with a repeated NullPointerException and cannot recover even after restart.
java.lang.NullPointerException: null
    at org.apache.flink.cdc.connectors.mysql.source.assigners.MySqlHybridSplitAssigner.createBinlogSplit(MySqlHybridSplitAssigner.java:220)
    at org.apache.flink.cdc.connectors.mysql.source.assigners.MySqlHybridSplitAssigner.getNext(MySqlHybridSplitAssigner.java:124)
    at org.apache.flink.cdc.connectors.mysql.source.enumerator.MySqlSourceEnumerator.assignSplits(MySqlSourceEnumerator.java:226)
    at org.apache.flink.cdc.connectors.mysql.source.enumerator.MySqlSourceEnumerator.handleSplitRequest(MySqlSourceEnumerator.java:118)
    at org.apache.flink.runtime.source.coordinator.SourceCoordinator.handleRequestSplitEvent(SourceCoordinator.java:634)
The job keeps failing and restarting (50 attempts configured), each time hitting the same NPE immediately after restoring from the last checkpoint.""",
 "PLATFORM_BUG", "PLATFORM", "FIX_DEPENDENCIES", phase="restore", split="fresh-g")

case("t-forst-writing-files-cp-finalize-fail", "https://github.com/apache/flink/pull/26271",
 """[FLINK-37437][state/forst] Fix #exist and #getFileStatus to give the information of writing files
We leverage disableFileDeletions and enableFileDeletions of ForSt to keep files alive during checkpoint. When checkpoint finished, the enableFileDeletions will be invoked, while ForSt will list all the files and check status. These files, however, include the writing ones, which is not visible in some DFS (e.g. oss or s3) yet. Although the checkpoints are actually not missing, the thrown exception make the finalization of checkpoint failed, resulting in consecutive cp failures.
The root cause would be the ForStFlinkFileSystem does not give correct information of files which are being written.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "PLATFORM", "UPGRADE_FLINK_VERSION", version="2.0", phase="checkpoint", split="fresh-g")

case("t-cdc301-flink1162-shaded-guava", "https://blog.gitcode.com/6a0b412888a1ce265b29bfc9c1f99ada.html",
 """Flink CDC Connectors与Flink版本兼容性问题深度解析
开发者在使用Flink 1.16.2与CDC 3.0.1集成时,遇到了以下两类典型错误:
当使用CDC 3.0.1自带的Guava 30.1.1-jre-16.2版本时,报错:
java.lang.NoClassDefFoundError: org/apache/flink/shaded/guava31/com/google/common/util/concurrent/ThreadFactoryBuilder
当尝试排除CDC的Guava依赖,引入Flink 1.16.2的Guava 31.1-jre-17.0版本时,又会出现:
java.lang.NoClassDefFoundError: org/apache/flink/shaded/guava30/com/google/common/collect/Lists""",
 "CLASS_OR_DEPENDENCY_CONFLICT", "USER", "FIX_DEPENDENCIES", version="1.16.2", split="fresh-g")

case("t-heap-mapstate-serializer-migration", "https://go.mail-archive.com/user@flink.apache.org/msg54314.html",
 """Flink 1.20.1, I've deployed job via UI. Job with checkpoints.
Found problem, fix in code, cancel job, write last checkpoint path, reupload jar, submit job again with same args and with last checkpoint path as savepoint. But got StateMigrationException:
java.lang.RuntimeException: Error while getting state
at org.apache.flink.runtime.state.DefaultKeyedStateStore.getMapState(DefaultKeyedStateStore.java:109)
at org.apache.flink.streaming.api.operators.StreamingRuntimeContext.getMapState(StreamingRuntimeContext.java:242)
at xxx.xxx.xxx.flink.jobs.function.xxx.open(xxxxFunction.java:63)
at org.apache.flink.streaming.api.operators.KeyedProcessOperator.open(KeyedProcessOperator.java:55)
at org.apache.flink.streaming.runtime.tasks.StreamTask.restoreStateAndGates(StreamTask.java:858)
at org.apache.flink.runtime.taskmanager.Task.restoreAndInvoke(Task.java:939)
Caused by: org.apache.flink.util.StateMigrationException: For heap backends, the new state serializer (org.apache.flink.api.common.typeutils.ba""",
 "STATE_RESTORE_INCOMPATIBLE", "USER", "FIX_USER_CODE", version="1.20.1", phase="restore", split="fresh-g")

case("t-pinterest-direct-mem-leak-operator", "https://medium.com/pinterest-engineering/lessons-from-debugging-a-tricky-direct-memory-leak-f638c722d9f2",
 """Lessons from debugging a tricky direct memory leak
every once in a while some tasks get hit with nasty direct out-of-memory (OOM) errors on multiple operators
towards the end of last year, we initiated the consolidation of our clusters and readjusted memory allocation across all our jobs to achieve better resource efficiency. As an unintended consequence, we began receiving pages for these direct memory OOMs early this year
During this incident, we noticed high back pressure on several operators along with task failures accompanied by the stack trace above. At first glance, it also looked like the container ran out of memory while allocating direct memory for network buffers used for channel I/O.""",
 "OOM_DIRECT_OR_NETWORK", "USER", "FIX_USER_CODE", phase="runtime", metrics="high back pressure on several operators; direct memory growing across task failures/restarts", split="fresh-g")

case("t-oci-batch-jobs-metaspace-leak", "https://blogs.oracle.com/cloud-infrastructure/post/bts-optimizing-high-throughput-applications",
 """Behind the scenes: Optimizing high-throughput applications by reducing resource leaks and tuning database connections
After several successful runs, new job submissions started failing even though the environment was unchanged. We looked at the usual suspects—CPU, heap, and disk metrics—but nothing was out of the ordinary. But the following strange error in the logs appeared:
Caused by: java.util.concurrent.CompletionException: java.lang.OutOfMemoryError: Metaspace
at java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:273)
at java.util.concurrent.CompletableFuture.completeThrowable(CompletableFuture.java:280)
at java.util.concurrent.CompletableFuture$AsyncSupply.run(CompletableFuture.java:1606)
... 7 more
Caused by: java.lang.OutOfMemoryError: Metaspace
After this error was encountered, the Flink cluster refused to accept new jobs.""",
 "OOM_METASPACE", "USER", "FIX_USER_CODE", phase="startup", metrics="CPU, heap and disk metrics normal", split="fresh-g")

case("t-socket-source-nc-not-listening", "https://github.com/apache/flink/pull/7015",
 """Add the -p option to nc
When I run the quick start tutorial in Docker containers (docker run flink), the example/streaming/SocketWindowCount.jar job would fail if it listens on a netcat process started with nc -l 9000. This tutorial works if I change the command into nc -l -p 9000.
root@493ef04c41ee:/opt/flink# flink run examples/streaming/SocketWindowWordCount.jar --port 9000
Starting execution of program
 The program finished with the following exception:
org.apache.flink.client.program.ProgramInvocationException: Job failed. (JobID: b58996c431847f40852dad17f0d21244)""",
 "CONNECTOR_EXTERNAL_SYSTEM", "USER", "CHECK_EXTERNAL_SYSTEM", version="1.6", phase="startup", split="fresh-g")

case("t-fromcollection-iterator-not-serializable", "https://programmerah.com/how-to-solve-flick-operate-error-not-serialized-39376/",
 """How to Solve Flick operate Error: not serialized
Iterator<String> it = list.iterator();
DataStreamSource<String> stream02 = env.fromCollection(it, TypeInformation.of(String.class));
Exception in thread "main" org.apache.flink.api.common.InvalidProgramException: java.util.ArrayList$Itr@a1cdc6d is not serializable. The implementation accesses fields of its enclosing class, which is a common reason for non-serializability. A common solution is to make the function a proper (non-inner) class, or a static inner class.
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.clean(
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.addSource(
	at org.apache.flink.streaming.api.environment.StreamExecutionEnvironment.fromCollection(
	at Examples.JavaSourceEx.main(
Caused by: java.util.ArrayList$Itr
	at org.apache.flink.util.InstantiationUtil.serializeObject(
	... 6 more""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="startup", split="fresh-g")
