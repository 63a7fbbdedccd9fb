package dev.flotilla.config.option;

import java.util.Objects;
import java.util.Optional;

/**
 * One configuration option, declared once: key (dotted for nested mappings, e.g. {@code
 * placement.preferred}), type, default or "required", description and an optional environment
 * variable that overrides the file (for secrets).
 *
 * @param defaultText the default as written in YAML (shown in the reference); empty when none
 */
public record Option<T>(
    String key,
    ValueType<T> type,
    boolean required,
    Optional<T> defaultValue,
    String defaultText,
    String description,
    Optional<String> envVar) {

  public Option {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(defaultText, "defaultText");
    Objects.requireNonNull(envVar, "envVar");
    if (key.isBlank() || description.isBlank()) {
      throw new IllegalArgumentException("option key and description must not be blank");
    }
    if (required && defaultValue.isPresent()) {
      throw new IllegalArgumentException("required option '" + key + "' cannot have a default");
    }
  }

  /** An option the user must set. */
  public static <T> Option<T> required(String key, ValueType<T> type, String description) {
    return new Option<>(key, type, true, Optional.empty(), "", description, Optional.empty());
  }

  /** An option that may be left out; it then has no value. */
  public static <T> Option<T> optional(String key, ValueType<T> type, String description) {
    return new Option<>(key, type, false, Optional.empty(), "", description, Optional.empty());
  }

  /**
   * An option with a default. The default is given as YAML text and converted with the option's own
   * type, so the documented default is exactly the value used.
   */
  public static <T> Option<T> withDefault(
      String key, ValueType<T> type, String defaultText, String description) {
    try {
      T value = type.fromText(defaultText);
      return new Option<>(
          key, type, false, Optional.of(value), defaultText, description, Optional.empty());
    } catch (ValueException e) {
      throw new IllegalArgumentException(
          "default '" + defaultText + "' of option '" + key + "' is invalid: " + e.getMessage(), e);
    }
  }

  /** This option, overridable by an environment variable. */
  public Option<T> withEnv(String variable) {
    return new Option<>(
        key, type, required, defaultValue, defaultText, description, Optional.of(variable));
  }

  /** The default; only for options declared with one. */
  public T defaultOrThrow() {
    return defaultValue.orElseThrow(
        () -> new IllegalStateException("option '" + key + "' has no default"));
  }
}
