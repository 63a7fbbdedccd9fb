package dev.flotilla.adviser.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.adviser.Adviser;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CaseRunner runner = new CaseRunner(Adviser.builtIn());

  private List<JsonNode> run(String input) throws Exception {
    StringWriter out = new StringWriter();
    runner.run(new StringReader(input), out);
    return out.toString()
        .lines()
        .map(
            l -> {
              try {
                return JSON.readTree(l);
              } catch (Exception e) {
                throw new AssertionError("output line is not JSON: " + l, e);
              }
            })
        .toList();
  }

  @Test
  void run_validLine_printsDiagnosisFields() throws Exception {
    JsonNode out =
        run("{\"id\":\"a\",\"log_excerpt\":\"java.lang.OutOfMemoryError: Java heap space\",\"phase\":\"runtime\"}\n")
            .get(0);
    assertThat(out.get("id").asText()).isEqualTo("a");
    assertThat(out.get("label").asText()).isEqualTo("OOM_HEAP");
    assertThat(out.get("side").asText()).isEqualTo("USER");
    assertThat(out.get("action").asText()).isEqualTo("INCREASE_HEAP");
    assertThat(out.get("confidence").asDouble()).isGreaterThan(0.5);
    assertThat(out.get("rules").get(0).asText()).isEqualTo("oom-heap");
    assertThat(out.get("evidence").get(0).asText()).contains("Java heap space");
  }

  @Test
  void run_badLines_giveErrorObjectsInOrderWithoutStopping() throws Exception {
    String input =
        String.join(
            "\n",
            "not json at all",
            "{\"log_excerpt\":\"x\"}",
            "{\"id\":\"no-log\"}",
            "[1,2]",
            "",
            "{\"id\":\"ok\",\"log_excerpt\":\"\",\"metrics_hint\":\"one subtask receives 90% of records\"}");
    List<JsonNode> out = run(input);
    assertThat(out).hasSize(6);
    assertThat(out.get(0).get("error").asText()).startsWith("line 1: not JSON");
    assertThat(out.get(0).get("id").isNull()).isTrue();
    assertThat(out.get(1).get("error").asText()).isEqualTo("line 2: missing string field 'id'");
    assertThat(out.get(2).get("id").asText()).isEqualTo("no-log");
    assertThat(out.get(2).get("error").asText())
        .isEqualTo("line 3: missing string field 'log_excerpt'");
    assertThat(out.get(3).get("error").asText()).contains("expected a JSON object");
    assertThat(out.get(4).has("error")).isTrue();
    assertThat(out.get(5).get("label").asText()).isEqualTo("DATA_SKEW");
  }

  @Test
  void run_unknownDiagnosis_printsNullAction() throws Exception {
    JsonNode out = run("{\"id\":\"u\",\"log_excerpt\":\"all good\"}").get(0);
    assertThat(out.get("label").asText()).isEqualTo("UNKNOWN");
    assertThat(out.get("action").isNull()).isTrue();
  }
}
