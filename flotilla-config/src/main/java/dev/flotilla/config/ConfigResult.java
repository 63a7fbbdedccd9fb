package dev.flotilla.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of loading a configuration: either a valid {@link FlotillaConfig} or a non-empty list
 * of errors (sorted by position), never both.
 */
public record ConfigResult(Optional<FlotillaConfig> config, List<ConfigError> errors) {

  public ConfigResult {
    Objects.requireNonNull(config, "config");
    errors = List.copyOf(errors);
    if (config.isPresent() == !errors.isEmpty()) {
      throw new IllegalArgumentException("exactly one of config or errors must be given");
    }
  }

  public static ConfigResult valid(FlotillaConfig config) {
    return new ConfigResult(Optional.of(config), List.of());
  }

  public static ConfigResult invalid(List<ConfigError> errors) {
    return new ConfigResult(Optional.empty(), errors);
  }

  public boolean isValid() {
    return config.isPresent();
  }

  /** All errors, one {@link ConfigError#format()} line each. */
  public String formatErrors() {
    return errors.stream().map(ConfigError::format).collect(Collectors.joining("\n"));
  }

  /**
   * The configuration, or an {@link InvalidConfigException} whose message lists every error.
   * Convenient in tests and wiring code where a bad file is a programming error.
   */
  public FlotillaConfig orElseThrow() {
    return config.orElseThrow(() -> new InvalidConfigException(formatErrors()));
  }

  /** Thrown by {@link #orElseThrow()}; its message is the formatted error list. */
  public static final class InvalidConfigException extends IllegalStateException {
    InvalidConfigException(String message) {
      super(message);
    }
  }
}
