package dev.flotilla.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsRecordsTest {
  private static final Instant T0 = Instant.parse("2026-01-10T02:00:00Z");
  private static final Instant T1 = Instant.parse("2026-01-10T04:00:00Z");

  @Test
  void placement_fallbackRepeatingPreferred_isRejected() {
    assertThatThrownBy(() -> new Placement("a", List.of("b", "a")))
        .hasMessageContaining("must not repeat the preferred cluster 'a'");
  }

  @Test
  void placement_clusters_preferredFirst() {
    assertThat(new Placement("a", List.of("c", "b")).clusters()).containsExactly("a", "c", "b");
  }

  @Test
  void maintenanceWindow_coversClusterJobsWithinHalfOpenInterval() {
    MaintenanceWindow w = new MaintenanceWindow(Optional.empty(), Optional.of("east-a"), T0, T1);
    assertThat(w.covers("orders", "east-a", T0)).isTrue();
    assertThat(w.covers("orders", "east-a", T1.minusSeconds(1))).isTrue();
    assertThat(w.covers("orders", "east-a", T1)).isFalse();
    assertThat(w.covers("orders", "east-b", T0)).isFalse();
  }

  @Test
  void maintenanceWindow_coversNamedJobOnly() {
    MaintenanceWindow w = new MaintenanceWindow(Optional.of("orders"), Optional.empty(), T0, T1);
    assertThat(w.covers("orders", "east-b", T0)).isTrue();
    assertThat(w.covers("clicks", "east-b", T0)).isFalse();
  }

  @Test
  void maintenanceWindow_needsExactlyOneTarget() {
    assertThatThrownBy(() -> new MaintenanceWindow(Optional.empty(), Optional.empty(), T0, T1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void role_allows_isOrdered() {
    assertThat(Role.ADMIN.allows(Role.OPERATOR)).isTrue();
    assertThat(Role.OPERATOR.allows(Role.OPERATOR)).isTrue();
    assertThat(Role.VIEWER.allows(Role.OPERATOR)).isFalse();
  }

  @Test
  void apiToken_matchesOnlyItsSecret_andToStringHidesHash() {
    ApiToken token = ApiToken.fromSecret("ci", Role.OPERATOR, "s3cret");
    assertThat(token.matches("s3cret")).isTrue();
    assertThat(token.matches("s3cret ")).isFalse();
    assertThat(token.toString()).isEqualTo("ApiToken[name=ci, role=operator]");
  }

  @Test
  void apiToken_knownSha256() {
    // printf %s viewer-secret | sha256sum
    assertThat(ApiToken.sha256Hex("viewer-secret"))
        .isEqualTo("f6aa3a0aabbb721b4aa7763a987a47688a702b1bcf4850cb4ba5bdab26f9cc4b");
  }

  @Test
  void names_rejectSlashAndBlank() {
    assertThat(Names.isValid("east-a.1_x")).isTrue();
    assertThat(Names.isValid("a/b")).isFalse();
    assertThat(Names.isValid("")).isFalse();
    assertThat(Names.isValid("-a")).isFalse();
  }

  @Test
  void autoAction_yamlNames() {
    assertThat(AutoAction.fromYaml("config-change")).contains(AutoAction.CONFIG_CHANGE);
    assertThat(AutoAction.fromYaml("Memory-Fix")).contains(AutoAction.MEMORY_FIX);
    assertThat(AutoAction.fromYaml("config_change")).isEmpty();
  }
}
