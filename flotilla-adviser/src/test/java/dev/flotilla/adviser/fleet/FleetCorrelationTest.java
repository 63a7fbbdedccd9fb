package dev.flotilla.adviser.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Adviser;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.live.AdviserCycle;
import dev.flotilla.adviser.live.LiveAdviser;
import dev.flotilla.adviser.live.LiveSettings;
import dev.flotilla.adviser.live.Obs;
import dev.flotilla.adviser.live.RecordedFixtures;
import dev.flotilla.model.ClusterObservation;
import dev.flotilla.model.ClusterSnapshot;
import dev.flotilla.model.JobObservation;
import dev.flotilla.model.JobState;
import dev.flotilla.model.SettableClock;
import dev.flotilla.model.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fleet correlation through the live adviser: N jobs, one platform incident. */
class FleetCorrelationTest {
  private static final Instant T0 = Instant.parse("2026-11-24T19:10:00Z");
  private static final JobObservation HEALTHY = RecordedFixtures.job("2.2.0", "healthy", T0);
  private static final JobObservation LOOP = RecordedFixtures.job("2.2.0", "exception-loop", T0);

  private final SettableClock clock = new SettableClock(T0);
  private final LiveAdviser adviser =
      new LiveAdviser(Adviser.builtIn(), LiveSettings.defaults(), clock);

  @Test
  void observe_taskManagerKilledUnderFourJobs_onePlatformIncident() {
    adviser.observe(
        List.of(cluster("prod-a", 2, running(4)), cluster("prod-b", 1, running(1))), Map.of(), T0);
    Instant t1 = T0.plusSeconds(60);
    List<JobObservation> hit = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      JobObservation j = Obs.renamed(HEALTHY, "prod-a", "job" + i, t1);
      hit.add(
          Obs.withState(
              j,
              JobState.RESTARTING,
              List.of(Obs.exception(t1.minusSeconds(11), Obs.TM_LOST)),
              t1));
    }
    AdviserCycle c =
        adviser.observe(
            List.of(
                new ClusterSnapshot(clusterObs("prod-a", t1, 1), hit),
                new ClusterSnapshot(
                    clusterObs("prod-b", t1, 1),
                    List.of(Obs.renamed(HEALTHY, "prod-b", "job1", t1)))),
            Map.of(),
            t1);

    assertThat(c.incidents()).hasSize(1);
    PlatformIncident inc = c.incidents().get(0);
    assertThat(inc.scope()).isEqualTo(IncidentScope.CLUSTER);
    assertThat(inc.scopeValue()).isEqualTo("prod-a");
    assertThat(inc.label()).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
    assertThat(inc.side()).isEqualTo(Side.PLATFORM);
    assertThat(inc.affectedJobs())
        .containsExactly("prod-a/job1", "prod-a/job2", "prod-a/job3", "prod-a/job4");
    assertThat(inc.evidence().get(0))
        .startsWith("4 jobs of cluster prod-a (4 of 4 jobs of the cluster)");
    assertThat(inc.evidence())
        .anySatisfy(e -> assertThat(e).contains("localhost:40115-2c8a1e is no longer reachable"));
    assertThat(c.newOrChanged()).hasSize(4);
    assertThat(c.newOrChanged())
        .allSatisfy(
            d -> {
              assertThat(d.side()).isEqualTo(Side.PLATFORM);
              assertThat(d.incidentId()).hasValue(inc.id());
              assertThat(d.label()).isEqualTo(Label.TASKMANAGER_LOST_OR_NETWORK);
              assertThat(d.evidence())
                  .anySatisfy(e -> assertThat(e).contains("TaskManagers 2 → 1"));
            });
    assertThat(c.health().get("prod-b/job1").score()).isEqualTo(100);
  }

  @Test
  void observe_incidentOngoing_sameIdNoNewRowsThenClosesAfterWindow() {
    Instant t1 = T0.plusSeconds(60);
    List<JobObservation> hit = tmLost("prod-a", 3, t1);
    String id =
        adviser
            .observe(List.of(new ClusterSnapshot(clusterObs("prod-a", t1, 1), hit)), Map.of(), t1)
            .incidents()
            .get(0)
            .id();

    Instant t2 = t1.plusSeconds(60);
    AdviserCycle again =
        adviser.observe(
            List.of(new ClusterSnapshot(clusterObs("prod-a", t2, 1), tmLost("prod-a", 3, t2))),
            Map.of(),
            t2);
    assertThat(again.incidents()).extracting(PlatformIncident::id).containsExactly(id);
    assertThat(again.newOrChanged()).as("unchanged diagnoses are not repeated").isEmpty();

    Instant t3 = t2.plus(Duration.ofMinutes(6));
    List<JobObservation> fine = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      fine.add(Obs.renamed(HEALTHY, "prod-a", "job" + i, t3));
    }
    AdviserCycle later =
        adviser.observe(
            List.of(new ClusterSnapshot(clusterObs("prod-a", t3, 2), fine)), Map.of(), t3);
    assertThat(later.incidents()).isEmpty();
  }

  @Test
  void observe_sameUserExceptionOnTwoOfTenJobs_staysUserNoIncident() {
    Instant t1 = T0.plusSeconds(60);
    List<JobObservation> jobs = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      JobObservation j = Obs.renamed(i <= 2 ? LOOP : HEALTHY, "prod-a", "job" + i, t1);
      jobs.add(j);
    }
    AdviserCycle c =
        adviser.observe(
            List.of(new ClusterSnapshot(clusterObs("prod-a", t1, 2), jobs)), Map.of(), t1);

    assertThat(c.incidents()).isEmpty();
    assertThat(c.newOrChanged())
        .hasSize(2)
        .allSatisfy(d -> assertThat(d.side()).isEqualTo(Side.USER));
  }

  @Test
  void observe_sameExceptionOnFiveJobsOfOneVersionOnThreeClusters_oneVersionIncident() {
    Instant t1 = T0.plusSeconds(60);
    List<ClusterSnapshot> snaps = new ArrayList<>();
    int n = 0;
    for (String cl : List.of("c1", "c2", "c3")) {
      List<JobObservation> jobs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        n++;
        jobs.add(Obs.renamed(n <= 5 ? LOOP : HEALTHY, cl, "job" + n, t1));
      }
      snaps.add(new ClusterSnapshot(clusterObs(cl, t1, 2), jobs));
    }
    AdviserCycle c = adviser.observe(snaps, Map.of(), t1);

    assertThat(c.incidents()).hasSize(1);
    PlatformIncident inc = c.incidents().get(0);
    assertThat(inc.scope()).isEqualTo(IncidentScope.VERSION);
    assertThat(inc.scopeValue()).isEqualTo("2.2.0");
    assertThat(inc.affectedJobs()).hasSize(5);
    assertThat(inc.signature()).contains("Injected failure: record <n> on subtask <n>");
    assertThat(c.newOrChanged())
        .hasSize(5)
        .allSatisfy(
            d -> {
              assertThat(d.side()).isEqualTo(Side.PLATFORM);
              assertThat(d.actions()).first().isEqualTo(Action.UPGRADE_FLINK_VERSION);
              assertThat(d.incidentId()).hasValue(inc.id());
            });
  }

  @Test
  void observe_sameBottleneckOnSixJobsOfOneVersionOnThreeClusters_metricOnlySoNoIncident() {
    JobObservation slow = RecordedFixtures.job("2.2.0", "slow", T0);
    Instant t1 = T0.plusSeconds(60);
    List<ClusterSnapshot> snaps = new ArrayList<>();
    for (String cl : List.of("c1", "c2", "c3")) {
      List<JobObservation> jobs = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        jobs.add(Obs.renamed(i < 2 ? slow : HEALTHY, cl, "job" + i, t1));
      }
      snaps.add(new ClusterSnapshot(clusterObs(cl, t1, 2), jobs));
    }
    AdviserCycle c = adviser.observe(snaps, Map.of(), t1);

    assertThat(c.incidents()).isEmpty();
    assertThat(c.newOrChanged())
        .hasSize(6)
        .allSatisfy(d -> assertThat(d.label()).isEqualTo(Label.BACKPRESSURE_OR_SLOW_OPERATOR))
        .allSatisfy(d -> assertThat(d.side()).isEqualTo(Side.USER));
  }

  @Test
  void observe_clusterRefusingForTwoPolls_oneHaIncidentForItsJobs() {
    adviser.observe(List.of(cluster("prod-a", 1, running(4))), Map.of(), T0);
    AdviserCycle first = null;
    AdviserCycle second = null;
    for (int poll = 1; poll <= 2; poll++) {
      Instant t = T0.plusSeconds(60L * poll);
      String reason = "connection refused to http://prod-a:8081/overview";
      List<JobObservation> unknown = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        unknown.add(
            JobObservation.unknown(
                "prod-a",
                "job" + i + "-id",
                "job" + i,
                t,
                "cluster prod-a unreachable: " + reason));
      }
      AdviserCycle c =
          adviser.observe(
              List.of(
                  new ClusterSnapshot(
                      ClusterObservation.unreachable("prod-a", t, reason, Duration.ofSeconds(5)),
                      unknown)),
              Map.of(),
              t);
      if (poll == 1) {
        first = c;
      } else {
        second = c;
      }
    }

    assertThat(first.newOrChanged()).as("one failed poll is not yet an outage").isEmpty();
    assertThat(second.incidents()).hasSize(1);
    assertThat(second.incidents().get(0).label()).isEqualTo(Label.HA_OR_STORAGE);
    assertThat(second.incidents().get(0).affectedJobs()).hasSize(4);
    assertThat(second.newOrChanged())
        .hasSize(4)
        .allSatisfy(
            d -> {
              assertThat(d.evidence())
                  .anySatisfy(
                      e ->
                          assertThat(e)
                              .contains("connection refused to http://prod-a:8081/overview"));
              assertThat(d.actions()).contains(Action.FIX_STORAGE_OR_HA);
            });
    assertThat(second.health().get("prod-a/job1").score())
        .as("unknown is not counted as unhealthy by state")
        .isLessThan(100);
  }

  private static List<JobObservation> tmLost(String cluster, int n, Instant t) {
    List<JobObservation> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      JobObservation j = Obs.renamed(HEALTHY, cluster, "job" + i, t);
      out.add(
          Obs.withState(
              j, JobState.RESTARTING, List.of(Obs.exception(t.minusSeconds(5), Obs.TM_LOST)), t));
    }
    return out;
  }

  private static List<String> running(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      names.add("job" + i);
    }
    return names;
  }

  private static ClusterSnapshot cluster(String name, int tms, List<String> jobs) {
    return new ClusterSnapshot(
        clusterObs(name, T0, tms),
        jobs.stream().map(j -> Obs.renamed(HEALTHY, name, j, T0)).toList());
  }

  private static ClusterObservation clusterObs(String name, Instant at, int tms) {
    return Obs.cluster(name, at, "2.2.0", tms, 4 * tms, 2 * tms, List.of());
  }
}
