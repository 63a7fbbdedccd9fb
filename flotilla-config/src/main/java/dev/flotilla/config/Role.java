package dev.flotilla.config;

import java.util.Optional;

/** What an API token may do; each role includes the ones before it. */
public enum Role {
  VIEWER,
  OPERATOR,
  ADMIN;

  /** True when this role is at least {@code required}. */
  public boolean allows(Role required) {
    return compareTo(required) >= 0;
  }

  /** Parses {@code viewer}, {@code operator} or {@code admin} (case-insensitive). */
  public static Optional<Role> fromYaml(String text) {
    for (Role role : values()) {
      if (role.name().equalsIgnoreCase(text.trim())) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  public String yamlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
