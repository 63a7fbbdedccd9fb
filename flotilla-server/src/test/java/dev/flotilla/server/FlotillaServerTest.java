package dev.flotilla.server;

import static dev.flotilla.server.TestServer.ADMIN;
import static dev.flotilla.server.TestServer.OPERATOR;
import static dev.flotilla.server.TestServer.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.store.WorkflowState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every API route over real HTTP against a real SQLite store. */
class FlotillaServerTest {
  @TempDir static Path dir;
  static TestServer t;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    t = new TestServer(dir, true);
  }

  @AfterAll
  static void stop() {
    t.close();
  }

  static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  @Test
  void metrics_servesTheScrapeAsPrometheusTextWithoutToken() throws Exception {
    HttpResponse<String> r = t.get("/metrics", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(r.body()).isEqualTo("flotilla_up 1\n");
    assertThat(t.get("/api/v1/health", null).body()).contains("\"status\":\"ok\"");
  }

  @Test
  void api_withoutToken_is401AndWithBadToken_is401() throws Exception {
    HttpResponse<String> none = t.get("/api/v1/jobs", null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(json(none).get("error").asText()).contains("missing token");
    HttpResponse<String> bad = t.get("/api/v1/jobs", "wrong");
    assertThat(bad.statusCode()).isEqualTo(401);
    assertThat(bad.body()).doesNotContain("wrong");
  }

  @Test
  void overview_countsJobsByStateTiersAndIncidents() throws Exception {
    JsonNode o = json(t.get("/api/v1/overview", VIEWER));
    assertThat(o.get("jobs").asInt()).isEqualTo(8);
    assertThat(o.get("jobsBySliState").get("RUNNING_ABNORMAL").asInt()).isEqualTo(1);
    assertThat(o.get("jobsBySliState").get("UNKNOWN").asInt()).isEqualTo(2);
    assertThat(o.get("jobsBySliState").get("NOT_RUNNING").asInt()).isEqualTo(1);
    assertThat(o.get("jobsBySliState").get("RUNNING_NORMAL").asInt()).isEqualTo(4);
    assertThat(o.get("byTier")).hasSize(4);
    JsonNode sla = json(t.get("/api/v1/sla?since=7d&by=fleet", VIEWER)).get("rows").get(0);
    JsonNode fleet = o.get("fleet").get(0);
    assertThat(fleet.get("availabilityPct").asDouble())
        .isCloseTo(
            sla.get("availability_pct").asDouble(), org.assertj.core.data.Offset.offset(0.001));
    assertThat(fleet.get("breachMinutes").asLong()).isEqualTo(sla.get("breach_min").asLong());
    assertThat(fleet.get("burnRate").asDouble())
        .isCloseTo(sla.get("burn_rate").asDouble(), org.assertj.core.data.Offset.offset(0.01));
    assertThat(o.get("byCluster").get(0).get("group").asText()).isEqualTo("east-a");
    assertThat(o.get("openIncidents").get(0).get("jobCount").asInt()).isEqualTo(2);
    assertThat(o.get("clustersUnreachable").asInt()).isEqualTo(1);
  }

  @Test
  void clusters_listAndDetailAnd404() throws Exception {
    assertThat(json(t.get("/api/v1/clusters", VIEWER)).get("items")).hasSize(2);
    JsonNode c = json(t.get("/api/v1/clusters/west-b", VIEWER));
    assertThat(c.get("reachable").asBoolean()).isFalse();
    assertThat(c.get("lastError").asText()).contains("timed out");
    HttpResponse<String> missing = t.get("/api/v1/clusters/nope", VIEWER);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("error").asText()).isEqualTo("no cluster 'nope'");
  }

  @Test
  void jobs_filtersByTierClusterHealthAndPages() throws Exception {
    JsonNode all = json(t.get("/api/v1/jobs", VIEWER));
    assertThat(all.get("total").asInt()).isEqualTo(8);
    JsonNode p0 = json(t.get("/api/v1/jobs?tier=P0&cluster=east-a", VIEWER));
    assertThat(p0.get("total").asInt()).isEqualTo(2);
    JsonNode sick = json(t.get("/api/v1/jobs?maxHealth=50", VIEWER));
    assertThat(sick.get("items").findValuesAsText("jobKey"))
        .containsExactly("east-a/adhoc-backfill", "orders-enrichment");
    JsonNode oom = sick.get("items").get(1);
    assertThat(oom.get("health").asInt()).isEqualTo(38); // the adviser's latest score
    assertThat(oom.get("healthSource").asText()).isEqualTo("adviser");
    JsonNode backfill = sick.get("items").get(0);
    assertThat(backfill.get("health").asInt()).isEqualTo(10); // derived: open NOT_RUNNING
    assertThat(backfill.get("healthSource").asText()).isEqualTo("derived");
    assertThat(oom.get("diagnosis").asText()).isEqualTo("OOM_HEAP");
    JsonNode page = json(t.get("/api/v1/jobs?limit=3&offset=6", VIEWER));
    assertThat(page.get("items")).hasSize(2);
    assertThat(page.get("total").asInt()).isEqualTo(8);
    assertThat(json(t.get("/api/v1/jobs?state=FAILED", VIEWER)).get("total").asInt()).isOne();
    assertThat(json(t.get("/api/v1/jobs?owner=team-web", VIEWER)).get("total").asInt()).isOne();
  }

  @Test
  void jobs_badParameters_are400NamingTheParameter() throws Exception {
    for (String[] c :
        new String[][] {
          {"/api/v1/jobs?tier=P9", "tier"},
          {"/api/v1/jobs?limit=0", "limit"},
          {"/api/v1/jobs?limit=abc", "limit"},
          {"/api/v1/jobs?state=SLEEPING", "state"},
          {"/api/v1/jobs?minHealth=101", "minHealth"},
          {"/api/v1/jobs?offset=-1", "offset"},
          {"/api/v1/jobs/orders-enrichment/sli?since=6x", "since"},
          {"/api/v1/jobs/orders-enrichment/sli?from=yesterday", "from"},
          {"/api/v1/sla?by=planet", "by"},
          {"/api/v1/sla?format=xml", "format"},
          {"/api/v1/audit?limit=-5", "limit"},
          {"/api/v1/workflows?state=DONE", "state"},
          {"/api/v1/diagnoses?side=left", "side"}
        }) {
      HttpResponse<String> r = t.get(c[0], VIEWER);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(json(r).get("parameter").asText()).as(c[0]).isEqualTo(c[1]);
    }
  }

  @Test
  void jobDetail_hasOpenIntervalsDiagnosisAndWorkflows_evenWithSlashInKey() throws Exception {
    JsonNode d = json(t.get("/api/v1/jobs/orders-enrichment", VIEWER));
    assertThat(d.get("openIntervals")).hasSize(1);
    assertThat(d.get("healthHistory").findValuesAsText("score"))
        .containsExactly("96", "71", "82", "38");
    assertThat(d.get("latestDiagnosis").get("evidence").get(0).asText())
        .isEqualTo(FleetFixture.OOM_EVIDENCE);
    assertThat(d.get("workflows").get(0).get("id").asText())
        .isEqualTo(FleetFixture.PENDING_WORKFLOW);
    JsonNode slash = json(t.get("/api/v1/jobs/east-a/adhoc-backfill", VIEWER));
    assertThat(slash.get("sliState").asText()).isEqualTo("NOT_RUNNING");
    assertThat(t.get("/api/v1/jobs/ghost", VIEWER).statusCode()).isEqualTo(404);
  }

  @Test
  void jobSli_returnsIntervalsInWindow() throws Exception {
    JsonNode six = json(t.get("/api/v1/jobs/orders-enrichment/sli?since=6h", VIEWER));
    assertThat(six.get("intervals")).hasSize(3);
    JsonNode one = json(t.get("/api/v1/jobs/orders-enrichment/sli?since=1h", VIEWER));
    assertThat(one.get("intervals")).hasSize(1);
    JsonNode w =
        json(
            t.get(
                "/api/v1/jobs/orders-enrichment/sli?from=2026-05-01T10:00:00Z"
                    + "&to=2026-05-01T11:00:00Z",
                VIEWER));
    assertThat(w.get("intervals").findValuesAsText("state")).containsExactly("NOT_RUNNING");
    JsonNode diag = json(t.get("/api/v1/jobs/orders-enrichment/diagnoses", VIEWER));
    assertThat(diag.get("items").get(0).get("label").asText()).isEqualTo("OOM_HEAP");
    assertThat(json(t.get("/api/v1/jobs/east-a/adhoc-backfill/sli", VIEWER)).get("intervals"))
        .hasSize(1);
  }

  @Test
  void sla_jsonAndCsvByTier() throws Exception {
    JsonNode j = json(t.get("/api/v1/sla?since=1d&by=tier", VIEWER));
    assertThat(j.get("rows").findValuesAsText("group")).containsExactly("P0", "P1", "P2", "P3");
    HttpResponse<String> csv = t.get("/api/v1/sla?since=1d&by=cluster&format=csv", VIEWER);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body().lines().toList()).hasSize(3).first().asString().startsWith("group,jobs");
  }

  @Test
  void diagnosesAndIncidents() throws Exception {
    assertThat(json(t.get("/api/v1/diagnoses", VIEWER)).get("items")).hasSize(4);
    assertThat(json(t.get("/api/v1/diagnoses?side=platform", VIEWER)).get("items")).hasSize(2);
    JsonNode inc = json(t.get("/api/v1/incidents", VIEWER)).get("items");
    assertThat(inc).hasSize(1);
    assertThat(inc.get(0).get("jobs").findValuesAsText("jobs")).isEmpty();
    JsonNode one = json(t.get("/api/v1/incidents/inc-west-b-unreachable", VIEWER));
    assertThat(one.get("diagnoses")).hasSize(2);
    assertThat(one.get("label").asText()).isEqualTo("TASKMANAGER_LOST_OR_NETWORK");
    assertThat(t.get("/api/v1/incidents/none", VIEWER).statusCode()).isEqualTo(404);
  }

  @Test
  void workflows_listDetailAndPending() throws Exception {
    assertThat(json(t.get("/api/v1/workflows", VIEWER)).get("items").size())
        .isGreaterThanOrEqualTo(3);
    assertThat(json(t.get("/api/v1/workflows?state=SUCCEEDED", VIEWER)).get("items")).hasSize(1);
    JsonNode d = json(t.get("/api/v1/workflows/wf-rescale-clicks", VIEWER));
    assertThat(d.get("type").asText()).isEqualTo("RESCALE");
    assertThat(d.get("steps")).isEmpty();
    assertThat(json(t.get("/api/v1/actions/pending", VIEWER)).get("items").findValuesAsText("id"))
        .contains("wf-restart-backfill");
    assertThat(t.get("/api/v1/workflows/nope", VIEWER).statusCode()).isEqualTo(404);
  }

  @Test
  void reject_asViewer_is403AndChangesNothing() throws Exception {
    HttpResponse<String> r = t.post("/api/v1/workflows/wf-restart-backfill/reject", VIEWER);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).get("error").asText()).contains("needs operator");
    assertThat(t.store.workflows().get("wf-restart-backfill").orElseThrow().state())
        .isEqualTo(WorkflowState.AWAITING_APPROVAL);
  }

  @Test
  void approveThenReject_asOperator_movesStateAuditsAndConflicts() throws Exception {
    t.store
        .workflows()
        .create(
            FleetFixture.workflow(
                "wf-approve-me", "payments-fraud", WorkflowState.AWAITING_APPROVAL, 1));
    HttpResponse<String> ok =
        t.post("/api/v1/workflows/wf-approve-me/approve?comment=go", OPERATOR);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok).get("state").asText()).isEqualTo("PENDING");
    assertThat(json(ok).get("decidedBy").asText()).isEqualTo("bob-operator");
    HttpResponse<String> again = t.post("/api/v1/workflows/wf-approve-me/reject", ADMIN);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).get("error").asText()).contains("is PENDING");
    var audit =
        t.store
            .audit()
            .query(
                Instant.EPOCH,
                Instant.parse("2100-01-01T00:00:00Z"),
                Optional.of("payments-fraud"),
                10);
    assertThat(audit)
        .extracting(a -> a.actor() + " " + a.action() + " " + a.outcome())
        .containsExactly(
            "bob-operator workflow.approve OK", "carol-admin workflow.reject CONFLICT");
    JsonNode api =
        json(t.get("/api/v1/audit?target=payments-fraud&from=2026-05-01T00:00:00Z", VIEWER));
    assertThat(api.get("items").findValuesAsText("actor"))
        .containsExactly("bob-operator", "carol-admin");
    assertThat(t.post("/api/v1/workflows/nope/approve", OPERATOR).statusCode()).isEqualTo(404);
  }

  @Test
  void whoami_namesTheTokenAndRole() throws Exception {
    JsonNode me = json(t.get("/api/v1/whoami", OPERATOR));
    assertThat(me.get("name").asText()).isEqualTo("bob-operator");
    assertThat(me.get("role").asText()).isEqualTo("operator");
  }

  @Test
  void adminTokens_needAdmin_andNeverShowHashes() throws Exception {
    assertThat(t.get("/api/v1/admin/tokens", OPERATOR).statusCode()).isEqualTo(403);
    HttpResponse<String> r = t.get("/api/v1/admin/tokens", ADMIN);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).get("items").findValuesAsText("name"))
        .containsExactly("alice-viewer", "bob-operator", "carol-admin");
    assertThat(r.body()).doesNotContain("sha").doesNotContain("secret");
  }

  @Test
  void unknownApiRoute_isJson404_andDashboardIsServed() throws Exception {
    HttpResponse<String> r = t.get("/api/v1/nothing", VIEWER);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("error").asText()).contains("no such route");
    assertThat(t.get("/ui/index.html", null).body()).contains("Flotilla");
    assertThat(t.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", null).statusCode())
        .isEqualTo(200);
  }

  @Test
  void noTokens_localCallerIsAdmin() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("open"));
    try (TestServer open = new TestServer(dir.resolve("open"), false)) {
      assertThat(open.get("/api/v1/admin/tokens", null).statusCode()).isEqualTo(200);
    }
  }
}
