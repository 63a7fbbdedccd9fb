package dev.flotilla.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** grafana/flotilla-dashboard.json only queries series that Flotilla's /metrics exports. */
class GrafanaDashboardTest {
  static final Path DASHBOARD = Path.of("..", "grafana", "flotilla-dashboard.json");

  /**
   * The Prometheus names of the meters in flotilla-app's FlotillaMetrics: Micrometer adds {@code
   * _total} to counters and {@code _seconds_count/_sum/_max} to timers.
   */
  static final Set<String> KNOWN =
      Set.of(
          "flotilla_job_sli_state",
          "flotilla_sla_breach_minutes_total",
          "flotilla_sla_intervals_open",
          "flotilla_sla_error_budget_remaining_ratio",
          "flotilla_poll_latency_seconds_count",
          "flotilla_poll_latency_seconds_sum",
          "flotilla_poll_latency_seconds_max",
          "flotilla_poll_errors_total",
          "flotilla_cycle_duration_seconds_count",
          "flotilla_cycle_duration_seconds_sum",
          "flotilla_cycle_duration_seconds_max",
          "flotilla_store_writes_total");

  static final Pattern SERIES = Pattern.compile("flotilla_[a-z0-9_]+");

  @Test
  void everyExpression_refersOnlyToKnownSeries() throws Exception {
    JsonNode dash = new ObjectMapper().readTree(Files.readString(DASHBOARD));
    List<String> exprs = new ArrayList<>();
    dash.get("panels")
        .forEach(p -> p.get("targets").forEach(t -> exprs.add(t.get("expr").asText())));
    dash.get("templating")
        .get("list")
        .forEach(
            v -> {
              if (v.has("definition")) {
                exprs.add(v.get("definition").asText());
              }
            });
    assertThat(exprs).hasSizeGreaterThan(10);
    Set<String> used = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (String e : exprs) {
      Matcher m = SERIES.matcher(e);
      boolean any = false;
      while (m.find()) {
        any = true;
        used.add(m.group());
        if (!KNOWN.contains(m.group())) {
          problems.add("unknown series " + m.group() + " in: " + e);
        }
      }
      if (!any) {
        problems.add("no flotilla series in: " + e);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(used).as("every exported series has a panel").isEqualTo(KNOWN);
  }

  @Test
  void panels_haveUniqueIdsAndUseTheDatasourceVariable() throws Exception {
    JsonNode dash = new ObjectMapper().readTree(Files.readString(DASHBOARD));
    Set<Integer> ids = new TreeSet<>();
    dash.get("panels")
        .forEach(
            p -> {
              assertThat(ids.add(p.get("id").asInt())).as("duplicate panel id").isTrue();
              assertThat(p.get("datasource").get("uid").asText()).isEqualTo("${datasource}");
            });
    assertThat(dash.get("uid").asText()).isEqualTo("flotilla-fleet");
  }
}
