package dev.flotilla.operator.policy;

import static dev.flotilla.operator.policy.BlastRadiusBreaker.Transition.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlastRadiusBreakerTest {
  private final BlastRadiusBreaker breaker = new BlastRadiusBreaker(20, 10, 3);

  @Test
  void update_atThreshold_staysClosed_aboveOpens() {
    assertThat(breaker.update(20, List.of())).isEqualTo(STAYED_CLOSED);
    assertThat(breaker.update(21, List.of())).isEqualTo(OPENED);
    assertThat(breaker.isOpen()).isTrue();
    assertThat(breaker.update(25, List.of())).isEqualTo(STAYED_OPEN);
  }

  @Test
  void update_platformIncident_opensWithFewFailures() {
    assertThat(breaker.update(1, List.of("inc-1"))).isEqualTo(OPENED);
  }

  @Test
  void update_closesOnlyAfterCalmCyclesBelowLowerThreshold() {
    breaker.update(25, List.of());
    assertThat(breaker.update(15, List.of())).isEqualTo(STAYED_OPEN); // below open, not below close
    assertThat(breaker.update(9, List.of())).isEqualTo(STAYED_OPEN);
    assertThat(breaker.update(9, List.of())).isEqualTo(STAYED_OPEN);
    assertThat(breaker.update(12, List.of())).isEqualTo(STAYED_OPEN); // calm streak broken
    assertThat(breaker.update(3, List.of())).isEqualTo(STAYED_OPEN);
    assertThat(breaker.update(3, List.of("inc"))).isEqualTo(STAYED_OPEN); // incident breaks it too
    assertThat(breaker.update(3, List.of())).isEqualTo(STAYED_OPEN);
    assertThat(breaker.update(3, List.of())).isEqualTo(STAYED_OPEN);
    assertThat(breaker.update(3, List.of())).isEqualTo(CLOSED);
    assertThat(breaker.isOpen()).isFalse();
  }

  @Test
  void constructor_closeAboveOpen_fails() {
    assertThatThrownBy(() -> new BlastRadiusBreaker(5, 6, 1)).hasMessageContaining("closeBelow=6");
  }
}
