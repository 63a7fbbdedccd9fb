package dev.flotilla.config.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.config.AutoAction;
import dev.flotilla.config.ClusterSettings;
import dev.flotilla.config.ConfigResult;
import dev.flotilla.config.FlotillaConfig;
import dev.flotilla.config.JobSpec;
import dev.flotilla.config.Role;
import dev.flotilla.model.Tier;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValidConfigTest {
  private static final Path VALID = Path.of("src/test/resources/valid/valid.yaml");

  private static FlotillaConfig loadValid() {
    ConfigResult result = ConfigLoader.load(VALID, Map.of());
    assertThat(result.errors()).as(result.formatErrors()).isEmpty();
    return result.orElseThrow();
  }

  @Test
  void load_validFile_readsStoreAndResolvesSqlitePathAgainstFileDirectory() {
    FlotillaConfig config = loadValid();
    Path dir = VALID.toAbsolutePath().getParent().normalize();
    assertThat(config.store().url()).isEqualTo("jdbc:sqlite:" + dir.resolve("flotilla.db"));
    assertThat(config.store().poolSize()).isEqualTo(4);
    assertThat(config.store().password()).isEmpty();
    assertThat(config.sourceFile()).isEqualTo(VALID);
  }

  @Test
  void load_validFile_readsClusters() {
    List<ClusterSettings> clusters = loadValid().clusters();
    assertThat(clusters)
        .extracting(ClusterSettings::name)
        .containsExactly("east-a", "east-b", "west-a");
    ClusterSettings eastA = clusters.get(0);
    assertThat(eastA.rest()).isEqualTo(URI.create("http://localhost:8081"));
    assertThat(eastA.flinkVersion()).contains("2.3");
    assertThat(eastA.zone()).contains("east");
    assertThat(eastA.sharedStorage()).contains(URI.create("file:///var/flotilla/checkpoints/east"));
    assertThat(eastA.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(eastA.maxConcurrentRequests()).isEqualTo(8);
    assertThat(eastA.labels()).containsEntry("env", "demo").containsEntry("team", "platform");
    assertThat(clusters.get(2).flinkVersion()).contains("1.20");
    assertThat(clusters.get(2).sharedStorage()).isEmpty();
  }

  @Test
  void load_validFile_readsManagedJobs() {
    FlotillaConfig config = loadValid();
    JobSpec orders = config.job("orders-enrichment").orElseThrow();
    assertThat(orders.tier()).isEqualTo(Tier.P0);
    assertThat(orders.owner()).contains("team-orders");
    assertThat(orders.artifact())
        .isEqualTo(
            VALID.toAbsolutePath().getParent().resolve("jobs/orders.jar").normalize().toString());
    assertThat(orders.entryClass()).contains("com.example.Orders");
    assertThat(orders.args()).containsExactly("--topic", "orders");
    assertThat(orders.parallelism()).isEqualTo(4);
    assertThat(orders.maxParallelism()).hasValue(32);
    assertThat(orders.flinkConfig())
        .containsEntry("execution.checkpointing.interval", "10s")
        .containsEntry("taskmanager.memory.process.size", "2g");
    assertThat(orders.placement().preferred()).isEqualTo("east-a");
    assertThat(orders.placement().fallback()).containsExactly("east-b");
    assertThat(orders.slo().maxCheckpointAge()).contains(Duration.ofMinutes(1));
    assertThat(orders.slo().maxLag()).hasValue(100_000);
    assertThat(orders.slo().maxRestartsPerHour()).hasValue(3);
    assertThat(orders.autoActions()).contains(Set.of(AutoAction.RESTART, AutoAction.MIGRATE));
    JobSpec clicks = config.job("clickstream-sessions").orElseThrow();
    assertThat(clicks.tier()).isEqualTo(Tier.P2);
    assertThat(clicks.flinkVersion()).contains("1.20");
    assertThat(clicks.autoActions()).isEmpty();
    assertThat(clicks.maxParallelism()).isEmpty();
  }

  @Test
  void load_validFile_readsPolicySlaCollectorServer() {
    FlotillaConfig config = loadValid();
    assertThat(config.policy().autoActions())
        .containsExactly(AutoAction.RESTART, AutoAction.RESCALE, AutoAction.MIGRATE);
    assertThat(config.policy().cooldown()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.policy().requiresApproval(Tier.P0)).isTrue();
    assertThat(config.policy().requiresApproval(Tier.P1)).isFalse();
    assertThat(config.sla().sloTarget(Tier.P0)).isEqualTo(99.95);
    assertThat(config.sla().sloTarget(Tier.P3)).isEqualTo(99.0);
    assertThat(config.sla().maintenanceWindows()).hasSize(2);
    assertThat(config.sla().maintenanceWindows().get(0).cluster()).contains("west-a");
    assertThat(config.sla().maintenanceWindows().get(0).from())
        .isEqualTo(Instant.parse("2026-01-10T02:00:00Z"));
    assertThat(config.collector().pollInterval()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.collector().cycleDeadline()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.server().port()).isEqualTo(8080);
    assertThat(config.server().tokens()).hasSize(2);
    assertThat(config.server().authenticate("admin-secret").orElseThrow().role())
        .isEqualTo(Role.ADMIN);
    assertThat(config.server().authenticate("wrong")).isEmpty();
  }

  @Test
  void autoActionsFor_jobNarrowsPolicy() {
    FlotillaConfig config = loadValid();
    assertThat(config.autoActionsFor(config.job("orders-enrichment").orElseThrow()))
        .containsExactly(AutoAction.RESTART, AutoAction.MIGRATE);
    assertThat(config.autoActionsFor(config.job("clickstream-sessions").orElseThrow()))
        .containsExactly(AutoAction.RESTART, AutoAction.RESCALE, AutoAction.MIGRATE);
  }

  @Test
  void load_checkedInExample_isValid() {
    ConfigResult result = ConfigLoader.load(Path.of("../examples/flotilla.yaml"), Map.of());
    assertThat(result.errors()).as(result.formatErrors()).isEmpty();
    assertThat(result.orElseThrow().jobs()).hasSize(2);
  }

  @Test
  void parse_minimalFile_appliesEveryDefault() {
    FlotillaConfig config =
        Yaml.valid("clusters: [{name: a, rest: 'https://flink.example:443'}]\n");
    assertThat(config.store().url()).startsWith("jdbc:sqlite:/").endsWith("/flotilla.db");
    assertThat(config.store().poolSize()).isEqualTo(4);
    assertThat(config.clusters().get(0).requestTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.clusters().get(0).maxConcurrentRequests()).isEqualTo(8);
    assertThat(config.jobs()).isEmpty();
    assertThat(config.policy().autoActions()).isEmpty();
    assertThat(config.policy().maxConcurrentActions()).isEqualTo(5);
    assertThat(config.policy().maxConcurrentActionsPerCluster()).isEqualTo(2);
    assertThat(config.policy().breakerFailingJobs()).isEqualTo(20);
    assertThat(config.policy().dryRun()).isFalse();
    assertThat(config.policy().approvalTiers()).containsExactly(Tier.P0);
    assertThat(config.policy().verifyWindow()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.sla().schedulingGrace()).isEqualTo(Duration.ofMinutes(2));
    assertThat(config.sla().checkpointAgeFactor()).isEqualTo(3);
    assertThat(config.sla().maxCheckpointAge()).isEqualTo(Duration.ofMinutes(10));
    assertThat(config.sla().restartsAbnormalPer10m()).isEqualTo(2);
    assertThat(config.sla().backpressureAbnormalMinutes()).isEqualTo(5);
    assertThat(config.sla().sloTarget(Tier.P1)).isEqualTo(99.9);
    assertThat(config.sla().sloTarget(Tier.P2)).isEqualTo(99.5);
    assertThat(config.collector().detailEvery()).isEqualTo(1);
    assertThat(config.server().bind()).isEqualTo("127.0.0.1");
    assertThat(config.server().tokens()).isEmpty();
  }

  @Test
  void parse_jobDefaults_tierP2ParallelismOneNoFallback() {
    FlotillaConfig config =
        Yaml.valid(
            Yaml.CLUSTERS
                + "jobs:\n  - name: j\n    artifact: https://repo.example/j.jar\n"
                + "    placement: { preferred: east-b }\n");
    JobSpec job = config.jobs().get(0);
    assertThat(job.tier()).isEqualTo(Tier.P2);
    assertThat(job.parallelism()).isEqualTo(1);
    assertThat(job.artifact()).isEqualTo("https://repo.example/j.jar");
    assertThat(job.placement().clusters()).containsExactly("east-b");
    assertThat(job.flinkConfig()).isEmpty();
  }

  @Test
  void parse_durationUnits_allAccepted() {
    FlotillaConfig config =
        Yaml.valid(
            Yaml.CLUSTERS
                + "policy: { cooldown: 500ms, verify-window: 7d }\n"
                + "sla: { scheduling-grace: 1h }\n");
    assertThat(config.policy().cooldown()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.policy().verifyWindow()).isEqualTo(Duration.ofDays(7));
    assertThat(config.sla().schedulingGrace()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void parse_postgresUrl_keptAsWritten() {
    FlotillaConfig config =
        Yaml.valid("store: { url: 'jdbc:postgresql://db/flotilla', user: fl }\n" + Yaml.CLUSTERS);
    assertThat(config.store().url()).isEqualTo("jdbc:postgresql://db/flotilla");
    assertThat(config.store().user()).contains("fl");
  }
}
