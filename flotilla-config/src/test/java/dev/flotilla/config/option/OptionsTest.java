package dev.flotilla.config.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

  @Test
  void groups_keysAreUniqueWithinEachGroup() {
    for (OptionGroup group : ConfigSchema.groups()) {
      Set<String> seen = new HashSet<>();
      for (Option<?> option : group.options()) {
        assertThat(seen.add(option.key())).as(group.path() + "." + option.key()).isTrue();
      }
    }
  }

  @Test
  void groups_everyDefaultRoundTripsThroughItsType() throws ValueException {
    int withDefault = 0;
    for (OptionGroup group : ConfigSchema.groups()) {
      for (Option<?> option : group.options()) {
        if (option.defaultValue().isPresent()) {
          withDefault++;
          assertThat(option.type().fromText(option.defaultText()))
              .as(option.key())
              .isEqualTo(option.defaultValue().get());
        } else {
          assertThat(option.defaultText()).as(option.key()).isEmpty();
        }
      }
    }
    assertThat(withDefault).isGreaterThan(25);
  }

  @Test
  void withDefault_invalidDefault_failsAtDeclaration() {
    assertThatThrownBy(() -> Option.withDefault("x", Types.duration(), "ten", "d"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("default 'ten' of option 'x' is invalid");
  }

  @Test
  void required_withDefault_isRejected() {
    assertThatThrownBy(
            () ->
                new Option<>(
                    "x",
                    Types.string(),
                    true,
                    java.util.Optional.of("a"),
                    "a",
                    "d",
                    java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void storePassword_declaresItsEnvironmentVariable() {
    assertThat(StoreOptions.PASSWORD.envVar()).contains("FLOTILLA_STORE_PASSWORD");
    assertThat(StoreOptions.URL.envVar()).isEmpty();
  }
}
