package dev.flotilla.config;

import java.util.Optional;

/** Kinds of change Flotilla may make on its own when policy (and the job) allow it. */
public enum AutoAction {
  RESTART("restart"),
  RESCALE("rescale"),
  MIGRATE("migrate"),
  CONFIG_CHANGE("config-change"),
  UPGRADE("upgrade"),
  MEMORY_FIX("memory-fix");

  private final String yamlName;

  AutoAction(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The spelling used in flotilla.yaml, e.g. {@code config-change}. */
  public String yamlName() {
    return yamlName;
  }

  /** Parses the YAML spelling (case-insensitive). */
  public static Optional<AutoAction> fromYaml(String text) {
    for (AutoAction action : values()) {
      if (action.yamlName.equalsIgnoreCase(text.trim())) {
        return Optional.of(action);
      }
    }
    return Optional.empty();
  }
}
