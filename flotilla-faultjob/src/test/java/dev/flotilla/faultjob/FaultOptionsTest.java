package dev.flotilla.faultjob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultOptionsTest {

  @Test
  void parse_readsOptionsAndConfKeys() {
    FaultOptions o =
        FaultOptions.parse(
            new String[] {
              "--fault",
              "skew",
              "--rate",
              "2500",
              "--skew-fraction",
              "0.75",
              "--fault-after-seconds",
              "1.5",
              "--conf.execution.checkpointing.interval",
              "5s"
            });

    assertThat(o.fault).isEqualTo("skew");
    assertThat(o.rate).isEqualTo(2500.0);
    assertThat(o.skewFraction).isEqualTo(0.75);
    assertThat(o.faultAfterMs).isEqualTo(1500);
    assertThat(o.conf).containsEntry("execution.checkpointing.interval", "5s");
    assertThat(o.name).isEqualTo("faultjob-skew");
  }

  @Test
  void parse_rejectsUnknownFaultAndOddArguments() {
    assertThatThrownBy(() -> FaultOptions.parse(new String[] {"--fault", "explode"}))
        .hasMessageContaining("explode");
    assertThatThrownBy(() -> FaultOptions.parse(new String[] {"--rate"}))
        .hasMessageContaining("'--rate'");
    assertThatThrownBy(() -> FaultOptions.parse(new String[] {"--keys", "many"}))
        .hasMessageContaining("--keys 'many'");
  }

  @Test
  void flinkConfig_defaultsAndOverrides() {
    FaultOptions o =
        FaultOptions.parse(
            new String[] {
              "--fault",
              "checkpoint-timeout",
              "--name",
              "cp",
              "--conf.restart-strategy.fixed-delay.attempts",
              "100"
            });
    Map<String, String> conf = FaultJob.flinkConfig(o);

    assertThat(conf)
        .containsEntry("execution.checkpointing.interval", "2s")
        .containsEntry("execution.checkpointing.timeout", "2s")
        .containsEntry("restart-strategy.type", "fixed-delay")
        .containsEntry("restart-strategy.fixed-delay.attempts", "100")
        .containsEntry("restart-strategy.fixed-delay.delay", "1s")
        .containsEntry("pipeline.name", "cp");
  }

  @Test
  void active_respectsFaultAfterSeconds() {
    FaultOptions o =
        FaultOptions.parse(new String[] {"--fault", "slow", "--fault-after-seconds", "60"});
    long now = System.currentTimeMillis();

    assertThat(o.active("slow", now)).isFalse();
    assertThat(o.active("slow", now - 61_000)).isTrue();
    assertThat(o.active("skew", now - 61_000)).isFalse();
  }
}
