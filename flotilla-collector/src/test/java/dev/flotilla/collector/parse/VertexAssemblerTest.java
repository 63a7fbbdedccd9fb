package dev.flotilla.collector.parse;

import static dev.flotilla.collector.parse.JsonTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.VertexObservation;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class VertexAssemblerTest {
  private static final VertexDetail V =
      new VertexDetail(
          "v",
          "src",
          2,
          OptionalInt.of(128),
          "RUNNING",
          OptionalLong.of(10),
          OptionalLong.of(20),
          OptionalLong.empty(),
          OptionalLong.empty());

  @Test
  void assemble_metricsPreferredForBusyAndRecords() {
    VertexObservation o =
        VertexAssembler.assemble(
            V,
            BackpressureParser.parse(
                json(
                    "{\"status\":\"ok\",\"backpressureLevel\":\"ok\",\"subtasks\":[{\"ratio\":0.1,\"busyRatio\":0.5}]}")),
            SubtaskMetricsParser.parse(
                json(
                    "[{\"id\":\"busyTimeMsPerSecond\",\"max\":999},{\"id\":\"numRecordsIn\","
                        + "\"sum\":300,\"skew\":12.5},{\"id\":\"numRecordsOut\",\"sum\":\"NaN\"}]")));
    assertThat(o.backpressureLevel()).hasValue("ok");
    assertThat(o.maxBackpressureRatio()).hasValue(0.1);
    assertThat(o.maxBusyRatio()).hasValue(0.999);
    assertThat(o.recordsInSkew()).hasValue(12.5);
    assertThat(o.recordsIn()).hasValue(300);
    assertThat(o.recordsOut()).hasValue(20);
  }

  @Test
  void assemble_nothingSampled_fallsBackOrEmpty() {
    VertexObservation o = VertexAssembler.assemble(V, BackpressureInfo.notObserved(), Map.of());
    assertThat(o.backpressureLevel()).isEmpty();
    assertThat(o.maxBackpressureRatio()).isEmpty();
    assertThat(o.maxBusyRatio()).isEmpty();
    assertThat(o.recordsInSkew()).isEmpty();
    assertThat(o.recordsIn()).hasValue(10);
  }
}
