package dev.flotilla.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FaultJobArgsTest {

  @Test
  void toList_rendersEveryOptionAndConfKeys() {
    FaultJobArgs args =
        FaultJobArgs.of("skew", "skewed")
            .withRate(2500)
            .withSkewFraction(0.75)
            .withFaultAfterSeconds(1.5)
            .withConf("execution.checkpointing.interval", "5s");

    assertThat(args.toList())
        .containsSequence("--fault", "skew")
        .containsSequence("--name", "skewed")
        .containsSequence("--rate", "2500")
        .containsSequence("--skew-fraction", "0.75")
        .containsSequence("--fault-after-seconds", "1.5")
        .containsSequence("--conf.execution.checkpointing.interval", "5s");
    assertThat(args.toList()).hasSize(22);
  }

  @Test
  void constructor_rejectsUnknownFaultAndBadNumbers() {
    assertThatThrownBy(() -> FaultJobArgs.of("explode", "x")).hasMessageContaining("explode");
    assertThatThrownBy(() -> FaultJobArgs.healthy("x").withSkewFraction(1.5))
        .hasMessageContaining("skewFraction");
  }

  @Test
  void scratchPom_listsTheFlinkRuntimeArtifacts() {
    String pom = FlinkClasspath.scratchPom("1.20.3");
    assertThat(pom)
        .contains("<artifactId>flink-runtime-web</artifactId><version>1.20.3</version>")
        .contains("<artifactId>flink-connector-datagen</artifactId><version>1.20.3</version>")
        .contains("<artifactId>slf4j-simple</artifactId><version>1.7.36</version>");
    assertThatThrownBy(() -> FlinkClasspath.resolve("latest", Path.of("x"), s -> {}))
        .hasMessageContaining("'latest'");
  }
}
