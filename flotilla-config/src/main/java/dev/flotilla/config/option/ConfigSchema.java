package dev.flotilla.config.option;

import java.util.List;

/** Every option group, in the order of the reference documentation. */
public final class ConfigSchema {
  private ConfigSchema() {}

  /** The top-level keys of flotilla.yaml. */
  public static final List<String> SECTIONS =
      List.of("store", "clusters", "jobs", "policy", "sla", "collector", "server", "notifications");

  public static List<OptionGroup> groups() {
    return List.of(
        StoreOptions.GROUP,
        ClusterOptions.GROUP,
        JobOptions.GROUP,
        PolicyOptions.GROUP,
        SlaOptions.GROUP,
        SlaOptions.WINDOW_GROUP,
        CollectorOptions.GROUP,
        ServerOptions.GROUP,
        ServerOptions.TOKEN_GROUP,
        NotificationOptions.GROUP,
        NotificationOptions.CHANNEL_GROUP);
  }
}
