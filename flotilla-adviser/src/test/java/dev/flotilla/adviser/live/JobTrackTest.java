package dev.flotilla.adviser.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flotilla.model.JobObservation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTrackTest {
  private static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");

  @Test
  void add_keepsTheNewestWhole_olderSlim_boundedBySize() {
    JobTrack track = new JobTrack(20);
    for (int i = 0; i < 30; i++) {
      track.add(RecordedFixtures.job("2.3.0", "exception-loop", T0.plusSeconds(60L * i)));
    }
    List<JobObservation> h = track.history();
    assertThat(h).hasSize(20);
    assertThat(h.get(0).observedAt()).isEqualTo(T0.plusSeconds(60L * 10));
    assertThat(h.get(19).observedAt()).isEqualTo(T0.plusSeconds(60L * 29));
    List<JobObservation> whole = h.subList(20 - JobTrack.FULL, 20);
    List<JobObservation> slim = h.subList(0, 20 - JobTrack.FULL);
    assertThat(whole).allSatisfy(o -> assertThat(o.vertices()).isNotEmpty());
    assertThat(whole.get(0).exceptions().get(0).stacktrace()).contains("\n");
    assertThat(slim)
        .allSatisfy(
            o -> {
              assertThat(o.vertices()).isEmpty();
              assertThat(o.exceptions()).isNotEmpty();
              assertThat(o.exceptions())
                  .allSatisfy(e -> assertThat(e.stacktrace()).doesNotContain("\n"));
              assertThat(o.exceptions().get(0).firstLine()).contains("Injected failure");
              assertThat(o.metrics()).isEqualTo(whole.get(0).metrics());
            });
  }
}
