from build_cases import case

case("gh-kickstarter-245-direct-oom", "https://github.com/j3-signalroom/apache_flink-kickstarter/issues/245",
 """        at org.apache.flink.streaming.api.functions.source.InputFormatSourceFunction.run(InputFormatSourceFunction.java:100)
        at org.apache.flink.streaming.api.operators.StreamSource.run(StreamSource.java:113)
Caused by: java.lang.OutOfMemoryError: Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either job(s) require(s) a larger size of JVM direct memory or there is a direct memory leak. The direct memory can be allocated by user code or s""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_MANAGED_OR_NATIVE_MEMORY", phase="runtime")
case("gh-chunjun-1750-es7-direct-oom", "https://github.com/DTStack/chunjun/issues/1750",
 """[Bug] [connector][elasticsearch7] java.lang.OutOfMemoryError: Direct buffer memory
	at org.apache.flink.streaming.runtime.tasks.SourceStreamTask$LegacySourceFunctionThread.run(SourceStreamTask.java:333) ~[flink-dist-1.16.1.jar:1.16.1]
2023-06-27 16:28:29,146 INFO  org.apache.flink.runtime.executiongraph.ExecutionGraph       [] - Job Flink_Job (075a25a83a5ce14f82280f00b96508df) switched from state FAILING to FAILED.
org.apache.flink.runtime.JobException: Recovery is suppressed by NoRestartBackoffTimeStrategy""",
 "OOM_DIRECT_OR_NETWORK", "PLATFORM", "FIX_DEPENDENCIES", version="1.16.1", phase="runtime")
case("web-csdn-117569723-direct-oom", "https://blog.csdn.net/qq_21383435/article/details/117569723",
 """Direct buffer memory. The direct out-of-memory error has occurred. This can mean two things: either job(s) require(s) a larger size of JVM direct memory or there is a direct memory leak. The direct memory can be allocated by user code or some of its dependencies. In this case 'taskmanager.memory.task.off-heap.size' configuration option should be increased.""",
 "OOM_DIRECT_OR_NETWORK", "USER", "INCREASE_MANAGED_OR_NATIVE_MEMORY", phase="runtime")
case("web-553668-memory-state-too-large", "https://553668.com/manong/920174.html",
 """Caused by: AsynchronousException{java.lang.Exception: Could not materialize checkpoint 14 for operator Window(SlidingEventTimeWindows(3600000, 180000), EventTimeTrigger, CountAgg, WindowResultFunction) (1/1).} at org.apache.flink.streaming.runtime.tasks.StreamTask$AsyncCheckpointExceptionHandler.tryHandleCheckpointException(StreamTask.java:1153)
Caused by: java.lang.Exception: Could not materialize checkpoint 14 for operator Window(SlidingEventTimeWindows(3600000, 180000), EventTimeTrigger, CountAgg, WindowResultFunction) (1/1). at org.apache.flink.streaming.runtime.tasks.StreamTask$AsyncCheckpointRunnable.handleExecutionException(StreamTask.java:942) ... 6 more
Caused by: java.util.concurrent.ExecutionException: java.io.IOException: Size of the state is larger than the maximum permitted memory-backed state. Size=14068058 , maxSize=5242880 . Consider using a different state backend, like the File System State backend.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "USER", "FIX_CONFIG", phase="checkpoint")
case("web-flinkdocs-lambda-collector-types", "https://link.sov5.org/l/Klv5rYoviF",
 """org.apache.flink.api.common.functions.InvalidTypesException: The generic type parameters of 'Collector' are missing.
    In many cases lambda methods don't provide enough information for automatic type extraction when Java generics are involved.""",
 "SERIALIZATION", "USER", "FIX_USER_CODE", phase="startup")
case("gh-dinky-844-tm-memory-sum", "https://github.com/DataLinkDC/dinky/issues/844",
 """Caused by: org.apache.flink.configuration.IllegalConfigurationException: Sum of configured Framework Heap Memory (1024.000mb (1073741824 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (634.880mb (665719939 bytes)) and Network Memory (158.720mb (166429984 bytes)) exceed configured Total Flink Memory (1.550gb (1664299824 bytes)).""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", phase="startup")
case("gh-flinkstreamsql-23-memory-size", "https://github.com/DTStack/flinkStreamSQL/issues/23",
 """Exception in thread "main" org.apache.flink.configuration.IllegalConfigurationException: Could not read taskmanager.memory.size
	at org.apache.flink.runtime.taskexecutor.TaskManagerServicesConfiguration.fromConfiguration(TaskManagerServicesConfiguration.java:236)
	at org.apache.flink.runtime.minicluster.LocalFlinkMiniCluster.startTaskManager(LocalFlinkMiniCluster.scala:234)""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.6", phase="startup")
case("gh-sylph-161-jm-memory-required", "https://github.com/harbby/sylph/issues/161",
 """Caused by: org.apache.flink.configuration.IllegalConfigurationException: Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.11.1", phase="startup")
case("gh-streampark-3330-tm-memory-failed", "https://github.com/apache/streampark/issues/3330",
 """Caused by: org.apache.flink.configuration.IllegalConfigurationException: TaskManager memory configuration failed: Sum of configured Framework Heap Memory (1.508gb (1619001344 bytes)), Framework Off-Heap Memory (128.000mb (134217728 bytes)), Task Off-Heap Memory (0 bytes), Managed Memory (947.200mb (993211202 bytes)) and Network Memory (236.800mb (248302800 bytes)) exceed configured Total Flink Memory (2.313gb (2483027968 bytes))""",
 "CONFIG_ERROR", "USER", "FIX_CONFIG", version="1.17", phase="startup")
