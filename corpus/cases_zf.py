from build_cases import case

case("zf-iceberg-cdc-initial-snapshot-heap", "https://github.com/apache/iceberg/issues/2504",
 """I am using flink CDC to stream CDC changes in an iceberg table. When I first run the flink job for a topic with all the data for a table, it gets out of heap memory as flink tries to load all the data during my 15mins checkpointing interval. Right now, the only solution I have is to pass `-ytm 8192 -yjm 2048m -p 2` for a table with 10M rows and then reduce it after the flink has consumed all the data.
Shouldn't my iceberg sink have propagated the back-pressure up the source since it has not written that data yet and it will only do that after the checkpointing interval?
openinx: I think that's because we've maintained all the keys that come from the same checkpoint in a in-memory HashMap""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="runtime",
 metrics="heap runs out during initial load of a 10M-row table within a 15 min checkpoint interval; only works with -ytm 8192 and -p 2; no backpressure propagated from sink", split="fresh-s")

case("zf-http-lookup-asyncio-queue-full", "https://github.com/getindata/flink-http-connector/issues/38",
 """LookupSource - Flink's task queue for async mode not clean up after HTTP client timeout
The Async version of LookupSource is guarded by two timeout timers.
First one is coming from Flink's AsyncIO operator with default value set to 3 minutes.
The second one is set by connect code on HTTP request and currently is set to 2 minutes.
In case of HTTP request timeout, the the task representing this request is not removed from Flink's AsyncIO intenral task queue.
This will eventually fill the entire queue (default value 100) and created backpresure on upstream elements.""",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime",
 metrics="AsyncIO task queue (capacity 100) fills with timed-out HTTP lookup requests (HTTP timeout 2 min, AsyncIO timeout 3 min); upstream operators backpressured", split="fresh-s")

case("zf-postgres-cdc-source-busy-100-checkpoint-timeout", "https://github.com/apache/flink-cdc/issues/2586",
 """[Bug] flink-postgresql-cdc buzy 100%
Flink version 1.17.0 / Flink CDC version 2.4.1
At present, too many tables seem to cause this problem.
I thought that if I saw that the buzy was not 100% checkpoint, it would not time out, and the task would not fail.
I have 1000 tables, but only 10 tables in the test environment have data, about 600W, but according to the log, does it make sense that the snapshot phase ended in an hour?
After the checkpoint completes the snapshot phase, it will time out, causing the task to fail, and the task failure and cancellation will block until the taskmanager kill is dropped.
From stack, flame diagram, database query process, all see the information with tableScheme has replacement, as shown below.
Is it possible that there are too many meters, resulting in a long-term blockage here?""",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "PLATFORM", "FIX_DEPENDENCIES", version="1.17.0", phase="checkpoint",
 metrics="CDC source busy 100%; 1000 captured tables, 10 with data (~6M rows); snapshot phase took an hour; checkpoints time out after snapshot phase; flame graph dominated by table schema refresh", split="fresh-s")

case("zf-hudi-bucket-index-partitioner-skew", "https://github.com/apache/hudi/pull/7815",
 """[HUDI-5671] BucketIndexPartitioner partition algorithm skew
The online job runs for 13 days and finds that there are subtasks but no data processing, as shown in the figure below, this job uses the update time as the partition, uses the bucket index, the number of buckets is 128, and the write parallelism is 128. The key is uniform because the file size of each bucket is not much different from the storage point of view. After positioning, there is a skew in the shuffle algorithm.
Potential disadvantages of algorithmic tilt:
  1. The memory usage is uneven, some nodes may have high pressure on the JVM, and TM nodes are prone to timeout
  2. It may cause the checkpoint to time out, because the data will be flushed to hdfs during the snapshot state. If the skew is serious, it will cause some nodes to take too long and cause timeout.""",
 "DATA_SKEW", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime",
 metrics="after 13 days some write subtasks process no data while others take it all; 128 buckets, write parallelism 128; per-bucket file sizes similar (keys uniform)", split="fresh-s")

case("zf-hudi-flink-bucket-partitioner-multi-partition-skew", "https://github.com/apache/hudi/issues/11288",
 """[SUPPORT] Flink bucket index partitioner may cause data skew
https://github.com/apache/hudi/pull/7815 works well for a single partition sink.
If we write two or more partition in a batch, the partitioner may cause data skew.
For example, we set the write parallelism to 8, bucket num to 4, and we write two partitions in a batch.
Suppose that the partition hash modulo parallelism is 1 and 2。
partition1:  globalIndex  = [1, 2, 3, 4]
partition2:  globalIndex  = [2, 3, 4, 5]
The partition result will be [1, 2, 3, 4, 5]，our parallelism is 8, but we get 5 buckets,  bucket 2 and bucket 3""",
 "DATA_SKEW", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime",
 metrics="write parallelism 8, 4 buckets, 2 partitions per batch: only 5 of 8 write subtasks receive data, some subtasks get two buckets", split="fresh-s")

case("zf-frocksdb-checkpoint-stuck-flush-stall", "https://github.com/ververica/frocksdb/pull/25",
 """[FLINK-21726] Fix checkpoint stuck
When RocksDB Checkpoint, it may be stuck in `WaitUntilFlushWouldNotStallWrites` method.
# Flink yaml:
state.backend.rocksdb.predefined-options: SPINNING_DISK_OPTIMIZED_HIGH_MEM
state.backend.rocksdb.compaction.style: UNIVERSAL
max_write_buffer_number : 4
min_write_buffer_number_to_merge : 3
Checkpoint is usually very fast. When the Checkpoint is executed, `WaitUntilFlushWouldNotStallWrites` is called. If there are 2 Immutable MemTables, which are less than `min_write_buffer_number_to_merge`, they will not be flushed.
Checkpoint thought there was a FlushJob, but it didn't. So will always wait.""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "PLATFORM", "UPGRADE_FLINK_VERSION", version="1.12", phase="checkpoint",
 metrics="checkpoint usually very fast, then stuck waiting forever in RocksDB sync phase; 2 immutable memtables unflushed (max_write_buffer_number 4, min_write_buffer_number_to_merge 3)", split="fresh-s")

case("zf-ff-skew-kafka-partitions-rebalance", "https://es.slideshare.net/FlinkForward/evening-out-the-uneven-dealing-with-skew-in-flink-252485368",
 """Evening Out the Uneven: Dealing with Skews in Flink
Impact of Skew: Less resource utilization; Back pressure; Low throughput and/or high latency; Potential high memory usage: JVM Garbage Collection, TM heartbeats timeout, Task failure, Job restart
Data Skew: File Source: some files are much larger than than the others; Kafka Source: some Kafka partitions hold much more data than the others (10x)
Sympotoms: One task/TM is much busier that the others: Bytes/Records Received is skewed
Option 2: re-partition data by calling rebalance() shuffle() partitionCustom() keyBy()
Throughput improved by using rebalance(): Rebalance then consume / Consume directly""",
 "DATA_SKEW", "USER", "REBALANCE_KEYS_FOR_SKEW", phase="runtime",
 metrics="some Kafka partitions hold 10x more data; one task/TM much busier than the others; Bytes/Records Received skewed across subtasks; throughput improved after rebalance()", split="fresh-s")

case("zf-iceberg-cdc-g1-old-gc-checkpoint-timeout", "https://github.com/apache/iceberg/issues/2900",
 """Flink CDC job getting failed due to G1 old gc and large checkpointing time
We are using Flink + iceberg to consume CDC data. We have combined all the tables of a single DB in one job. Our job is frequently running into GC issues. Earlier it was running default on parallel GC and I have changed it to G1GC. G1GC did bring some improvements but still, I am facing the same problem.
Following are the params on my job - -ytm 5120m -yjm 1024m -yD env.java.opts="-XX:+UseG1GC -XX:InitiatingHeapOccupancyPercent=35"
This job is running CDC ingestion for 17 tables with a parallelism of 1 and throughput is around ~10k messages for the 10minutes checkpointing interval
During old GC, the job gets stuck and its checkpointing which is normally under 1 sec gets increased exponentially to the timeout threshold. Job either get failed due to checkpointing timeout or it failed to get the heartbeat of the task manager""",
 "OOM_HEAP", "USER", "INCREASE_HEAP", phase="runtime",
 metrics="frequent G1 old-gen GC pauses stall the job; checkpoint duration normally under 1 s grows exponentially to the timeout; TM heartbeat lost; 17 tables at parallelism 1 on 5120m TM, ~10k messages per 10 min checkpoint interval", split="fresh-s")

case("zf-hudi-jm-compaction-blocks-checkpoint", "https://github.com/apache/hudi/issues/9849",
 """[SUPPORT]Hudi file compaction in JobManager blocks flink job checkpoint even using offline compaction
1. using Flink job to consume kafka data and upsert to Hudi (MOR table, bucket index).
2. flink job checkpoint is blocked and timeout finally.
3. find file compaction in jobmanager when checkpoint hanging.
4. same result when trying online/offline compaction and num_commits/time_elapsed compaction strategy.
Expected behavior: Compaction should be done in compaction task.
Hudi version : 0.13.1
Flink version : 1.15.1""",
 "CHECKPOINT_TIMEOUT_OR_FAILURE", "PLATFORM", "FIX_DEPENDENCIES", version="1.15.1", phase="checkpoint",
 metrics="checkpoint hangs and finally times out while file compaction runs inside the JobManager; same with online and offline compaction", split="fresh-s")

case("zf-doris-lookup-point-query-backpressure", "https://github.com/apache/doris-flink-connector/pull/97",
 """[improve] improve lookup join to async and batch
The current lookup join #61 is based on thrfit reading data. After each piece of data comes, point query doris once.
When the amount of data is too large, the point query is too high, causing the QPS and CPU to be too high.
At the same time, it will cause Flink's data back pressure, resulting in data delay.
Improvements: Modify the query method to JDBC ... Save batch to query ... Support asynchronous LookupJoin. The current queries are all synchronous. Using Flink's async io can greatly improve the throughput of tasks.""",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime",
 metrics="synchronous per-record lookup queries drive Doris QPS and CPU too high; Flink job back pressured and data delayed", split="fresh-s")

case("zf-paimon-lookup-join-cache-miss-slow", "https://github.com/apache/paimon/issues/3440",
 """[Feature] lookup join performance is particularly poor in the case of cache penetration
insert into blackhole_table select l.product_id, l.msg, r.price from orders l join `my_catalog`.`default`.`tb_fixed_bucket_primary` FOR SYSTEM_TIME AS OF l.proc_time AS r on l.product_id = r.product_id;
如果 'fields.product_id.max' = '20'  则维表join速度: 9000c/s
如果 'fields.product_id.max' = '2000000'  则维表join速度: 8c/s    -- 说明join不到的数据,lookup join service 没缓存.""",
 "BACKPRESSURE_OR_SLOW_OPERATOR", "PLATFORM", "FIX_DEPENDENCIES", phase="runtime",
 metrics="lookup join throughput 9000 records/s when keys hit (20 distinct keys) but 8 records/s when most keys miss (2,000,000 key range); source datagen at 300000 rows/s", split="fresh-s")
