package dev.flotilla.adviser.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.AdviceInput;
import dev.flotilla.adviser.chain.ChainParser;
import dev.flotilla.adviser.chain.ExceptionLink;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FaultLocatorTest {
  private final FaultLocator locator =
      new FaultLocator(List.of("org.apache.iceberg", "org.apache.flink.streaming.connectors"));

  private static AdviceInput input(String text) {
    return new AdviceInput(
        text,
        Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList(),
        new ChainParser().parse(text),
        Optional.empty(),
        Set.of(),
        Optional.empty(),
        Optional.empty());
  }

  private ExceptionLink root(String text) {
    return new ChainParser().parse(text).get(0).root();
  }

  @Test
  void locate_libraryPackageFrame_isLibrary() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.NullPointerException: null\n"
                    + "\tat org.apache.iceberg.util.LockManagers$InMemoryLockManager.release("
                    + "LockManagers.java:225) ~[?:?]"));
    assertThat(l.owner()).isEqualTo(FaultOwner.LIBRARY);
    assertThat(l.evidence()).contains("org.apache.iceberg.util");
  }

  @Test
  void locate_thirdPartyCodeInFlinksNamespace_isLibraryNotFlink() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.IllegalStateException: no route\n"
                    + "\tat org.apache.flink.statefun.flink.core.functions.Router.route(Router.java:9)\n"
                    + "\tat org.apache.flink.streaming.runtime.tasks.OneInputStreamTask.run("
                    + "OneInputStreamTask.java:105)"));
    assertThat(l.owner()).isEqualTo(FaultOwner.LIBRARY);
    assertThat(l.evidence()).contains("library in Flink's namespace");

    FaultLocation flink =
        locator.locate(
            root(
                "java.lang.IllegalStateException: bad state\n"
                    + "\tat org.apache.flink.runtime.scheduler.DefaultScheduler.x(DefaultScheduler.java:1)"));
    assertThat(flink.owner()).isEqualTo(FaultOwner.FLINK);
  }

  @Test
  void isFlinkOwn_distributionPackagesOnly() {
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.runtime.taskmanager.Task")).isTrue();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.table.planner.X")).isTrue();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.streaming.api.operators.StreamMap"))
        .isTrue();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.kubernetes.KubernetesClusterDescriptor"))
        .isTrue();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.kubernetes.operator.Reconciler"))
        .isFalse();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.streaming.siddhi.SiddhiCEP")).isFalse();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.statefun.Foo")).isFalse();
    assertThat(FaultLocator.isFlinkOwn("org.apache.flink.ml.Foo")).isFalse();
    assertThat(FaultLocator.isFlinkOwn("com.acme.Job")).isFalse();
  }

  @Test
  void locate_userFrameBeforeFlink_isUserCode() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.IllegalArgumentException: bad\n"
                    + "\tat com.acme.job.Parse.map(Parse.java:10)\n"
                    + "\tat org.apache.flink.streaming.api.operators.StreamMap.processElement("
                    + "StreamMap.java:38)"));
    assertThat(l.owner()).isEqualTo(FaultOwner.USER_CODE);
  }

  @Test
  void locate_thirdPartyCalledByConnector_isLibrary() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.IllegalStateException: jar hell\n"
                    + "\tat org.elasticsearch.plugins.PluginsService.loadBundles(PluginsService.java:421)\n"
                    + "\tat org.apache.flink.streaming.connectors.elasticsearch2.ElasticsearchSink.open("
                    + "ElasticsearchSink.java:199)"));
    assertThat(l.owner()).isEqualTo(FaultOwner.LIBRARY);
  }

  @Test
  void locate_flinkClassFromToolJar_isLibrary() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.NullPointerException: null\n"
                    + "\tat org.apache.flink.streaming.runtime.tasks.OperatorChain.create("
                    + "OperatorChain.java:715) ~[gluten-flink-runtime-1.5.0.jar:1.19.2]"));
    assertThat(l.owner()).isEqualTo(FaultOwner.LIBRARY);
    assertThat(l.evidence()).contains("gluten-flink-runtime-1.5.0.jar");
  }

  @Test
  void locate_flinkDistFrame_isFlink() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.IllegalStateException: boom\n"
                    + "\tat org.apache.flink.runtime.checkpoint.Foo.bar(Foo.java:1)"
                    + " ~[flink-dist-1.18.1.jar:1.18.1]"));
    assertThat(l.owner()).isEqualTo(FaultOwner.FLINK);
  }

  @Test
  void locate_noFramesLibraryClassInMessage_isLibrary() {
    FaultLocation l =
        locator.locate(
            root(
                "java.lang.IllegalStateException: Failed to send request:"
                    + " org.apache.iceberg.Foo@5b433541"));
    assertThat(l.owner()).isEqualTo(FaultOwner.LIBRARY);
  }

  @Test
  void locate_libraryRelocatedIntoAnotherJar_isStillThatLibrary() {
    FaultLocation l =
        locator.locate(
            root(
                "org.example.shaded.org.apache.iceberg.exceptions.CommitFailedException: Failed\n"
                    + "\tat com.netease.arctic.shaded.org.apache.iceberg.hadoop.HadoopTableOperations"
                    + ".renameToFinal(HadoopTableOperations.java:366)"));
    assertThat(l.owner()).isEqualTo(FaultOwner.LIBRARY);
  }

  @Test
  void locate_kryoSerializationTrace_ownerOfTheTracedType() {
    String kryo =
        "com.esotericsoftware.kryo.KryoException: java.lang.UnsupportedOperationException\n"
            + "Serialization trace:\n"
            + "fields (%s)\n"
            + "\tat com.esotericsoftware.kryo.serializers.ObjectField.read(ObjectField.java:125)\n"
            + "\tat org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer.deserialize("
            + "KryoSerializer.java:403)";
    assertThat(locator.locate(input(kryo.formatted("org.apache.iceberg.flink.CdcRecord"))).owner())
        .isEqualTo(FaultOwner.LIBRARY);
    assertThat(locator.locate(input(kryo.formatted("com.acme.orders.Order"))).owner())
        .isEqualTo(FaultOwner.USER_CODE);
  }

  @Test
  void locate_stateBackendRefusingARequest_blamesTheRequester() {
    String refused =
        "org.apache.flink.util.StateMigrationException: The new state serializer must not be"
            + " incompatible.\n"
            + "\tat org.apache.flink.runtime.state.DefaultOperatorStateBackend.getListState("
            + "DefaultOperatorStateBackend.java:298)\n"
            + "\tat %s.initializeState(X.java:637)\n"
            + "\tat org.apache.flink.streaming.runtime.tasks.StreamTask.restoreGates(StreamTask.java:1)";
    assertThat(
            locator
                .locate(
                    root(refused.formatted("org.apache.flink.streaming.connectors.pulsar.Source")))
                .owner())
        .isEqualTo(FaultOwner.LIBRARY);
    assertThat(locator.locate(root(refused.formatted("com.acme.jobs.Dedup"))).owner())
        .isEqualTo(FaultOwner.USER_CODE);
    assertThat(
            locator
                .locate(
                    root(
                        refused.formatted(
                            "org.apache.flink.streaming.api.operators.AbstractStreamOperator")))
                .owner())
        .isEqualTo(FaultOwner.FLINK);
  }

  @Test
  void locate_noEvidence_isUnknown() {
    assertThat(locator.locate(root("java.lang.RuntimeException: something")).owner())
        .isEqualTo(FaultOwner.UNKNOWN);
  }

  @Test
  void isLibraryJar_jobAndFlinkJars_areNot() {
    assertThat(FaultLocator.isLibraryJar("flink-dist-1.17.2.jar")).isFalse();
    assertThat(FaultLocator.isLibraryJar("blob_p-ef15c0f9ed3a")).isFalse();
    assertThat(FaultLocator.isLibraryJar("my-job-1.0.jar")).isFalse();
    assertThat(FaultLocator.isLibraryJar("paimon-flink-1.17-0.8-SNAPSHOT.jar")).isTrue();
    assertThat(FaultLocator.isLibraryJar("flink-sql-connector-kafka-3.1.0.jar")).isTrue();
  }
}
