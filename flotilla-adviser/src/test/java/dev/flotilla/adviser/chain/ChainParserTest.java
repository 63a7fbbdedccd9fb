package dev.flotilla.adviser.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Parser tests over real traces quoted in corpus/cases.jsonl. */
class ChainParserTest {
  private final ChainParser parser = new ChainParser();

  @Test
  void parse_causedByChain_rootIsDeepestLink() {
    String trace =
        """
        Caused by: java.util.concurrent.CompletionException: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint hdfs://hadoop-node01:8020/flink/jobs/savepoint/test/savepoint-8b63ea-6498a5f5861e. Cannot map checkpoint/savepoint state for operator e30ccce83304773b609843a7d9d3e8d7 to the new program
        \tat java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:273) ~[?:1.8.0_181]
        \tat java.lang.Thread.run(Thread.java:748) ~[?:1.8.0_181]
        Caused by: java.lang.IllegalStateException: Failed to rollback to checkpoint/savepoint hdfs://hadoop-node01:8020/flink/jobs/savepoint/test/savepoint-8b63ea-6498a5f5861e. Cannot map
        """;
    List<ExceptionChain> chains = parser.parse(trace);
    assertThat(chains).hasSize(1);
    ExceptionChain chain = chains.get(0);
    assertThat(chain.links())
        .extracting(ExceptionLink::className)
        .containsExactly(
            "java.util.concurrent.CompletionException", "java.lang.IllegalStateException");
    assertThat(chain.outermost().frames()).hasSize(2);
    assertThat(chain.outermost().frames().get(0).className())
        .isEqualTo("java.util.concurrent.CompletableFuture");
    assertThat(chain.root().message()).startsWith("Failed to rollback to checkpoint/savepoint");
  }

  @Test
  void mostTelling_recoverySuppressedWrapper_pointsAtRealCause() {
    String text =
        """
        org.apache.flink.runtime.JobException: Recovery is suppressed by FixedDelayRestartBackoffTimeStrategy(maxNumberRestartAttempts=4, backoffTimeMS=1000)
        Caused by: java.lang.RuntimeException: Injected failure: record 3000 on subtask 0
        """;
    ExceptionChain chain = parser.parse(text).get(0);
    assertThat(chain.outermost().className()).isEqualTo("org.apache.flink.runtime.JobException");
    assertThat(chain.mostTelling().className()).isEqualTo("java.lang.RuntimeException");
    assertThat(chain.mostTelling().message())
        .isEqualTo("Injected failure: record 3000 on subtask 0");
  }

  @Test
  void parse_twoTracesWithLogPrefixes_givesTwoChains() {
    String text =
        """
        2020-03-18 23:08:47 [WARN ](KafkaFetcher                  ) [TxId :  , SpanId : ] [ET:,AN:,SN:,CN:,CI:] Error while closing Kafka consumer
        java.lang.NullPointerException at org.apache.flink.streaming.connectors.kafka.internal.KafkaConsumerThread.run(KafkaConsumerThread.java:282)
        2020-03-18 23:08:47 [INFO ](ExecutionGraph                ) [TxId :  , SpanId : ] [ET:,AN:,SN:,CN:,CI:] Source: Custom Source -> Map (3/4) (63c794e9466b43ba2fb7c09f3114844b) switched from RUNNING to FAILED.
        org.apache.kafka.common.errors.TimeoutException: Timeout of 60000ms expired before the position for partition con-0 could be determined
        """;
    List<ExceptionChain> chains = parser.parse(text);
    assertThat(chains)
        .extracting(c -> c.root().className())
        .containsExactly(
            "java.lang.NullPointerException", "org.apache.kafka.common.errors.TimeoutException");
    assertThat(chains.get(0).root().frames())
        .extracting(StackFrame::className)
        .containsExactly(
            "org.apache.flink.streaming.connectors.kafka.internal.KafkaConsumerThread");
  }

  @Test
  void parse_failureCauseInsideLogLine_findsException() {
    String line =
        "2021-12-20 11:53:11,946 WARN  org.apache.flink.runtime.taskmanager.Task                    [] -"
            + " IcebergFilesCommitter -> Sink: IcebergSink ice.t1.d (1/1)#0 (e74babbac1ebb51fe72958bd177ae534)"
            + " switched from RUNNING to FAILED with failure cause: java.lang.IllegalStateException: Trying to"
            + " access closed classloader.";
    ExceptionLink link = parser.parse(line).get(0).root();
    assertThat(link.className()).isEqualTo("java.lang.IllegalStateException");
    assertThat(link.message()).isEqualTo("Trying to access closed classloader.");
  }

  @Test
  void parse_suppressedAndTruncated_keepsSuppressedLinkWithFrames() {
    String text =
        """
        Caused by: org.apache.kafka.common.errors.ProducerFencedException: Producer attempted an operation with an old epoch.
        \tSuppressed: java.lang.IllegalStateException: Pending record count must be zero at this point: 1
        \t\tat org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer.flush(FlinkKafkaProducer.java:1090) ~[flinkcdc.jar:?]
        \t\tat org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer.close(FlinkKafkaProducer.java:925) ~[flinkcdc.jar:?]
        \t\t... 27 more
        """;
    ExceptionChain chain = parser.parse(text).get(0);
    assertThat(chain.root().simpleName()).isEqualTo("ProducerFencedException");
    assertThat(chain.root().suppressed()).hasSize(1);
    assertThat(chain.root().suppressed().get(0).frames()).hasSize(2);
    assertThat(chain.contains("IllegalStateException")).isTrue();
  }

  @Test
  void parse_shortNameWithoutPackage_isRecognised() {
    ExceptionLink link =
        parser
            .parse(
                "NoSuchMethodError:org.apache.flink.util.CollectionUtil.newHashMapWithExpectedSize")
            .get(0)
            .root();
    assertThat(link.className()).isEqualTo("NoSuchMethodError");
    assertThat(link.message()).contains("CollectionUtil.newHashMapWithExpectedSize");
  }

  @Test
  void parse_multiLineMessage_isJoinedUntilFrames() {
    String text =
        """
        Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure

        The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.
        \tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:172) ~[mysql_mysql-connector-java-8.0.11.jar:8.0.11]
        """;
    ExceptionLink link = parser.parse(text).get(0).root();
    assertThat(link.message()).contains("Communications link failure").contains("The last packet");
    assertThat(link.frames()).hasSize(1);
  }

  @Test
  void parse_textWithoutExceptions_givesNoChains() {
    assertThat(parser.parse("job RUNNING for 3 days, nothing to see")).isEmpty();
    assertThat(parser.parse("")).isEmpty();
    assertThat(parser.parse(null)).isEmpty();
  }
}
