package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.optional;
import static dev.flotilla.config.option.Option.required;
import static dev.flotilla.config.option.Option.withDefault;

import java.net.URI;
import java.time.Duration;

/** Options of the {@code notifications} section and of its {@code channels} entries. */
public final class NotificationOptions {
  private NotificationOptions() {}

  public static final OptionGroup GROUP =
      OptionGroup.of(
              "notifications",
              "Notifications",
              "Webhook channels for exception intervals, platform incidents and pending actions."
                  + " Messages are de-duplicated (one per interval opening and one per"
                  + " recovery), grouped per cluster/incident, rate-limited per channel and"
                  + " signed with HMAC-SHA256 (see docs/notifications.md).")
          .withNested("channels");

  public static final Option<String> NAME = required("name", Types.name(), "Unique channel name.");

  public static final Option<URI> URL =
      required("url", Types.httpUrl(), "Webhook URL (http or https). Never logged in full.");

  public static final Option<String> FORMAT =
      withDefault(
          "format",
          Types.string(),
          "generic",
          "`generic` (Flotilla JSON) or `slack` (Slack-compatible).");

  public static final Option<String> SECRET_ENV =
      optional(
          "secret-env",
          Types.string(),
          "Name of the environment variable holding the HMAC secret for the"
              + " `X-Flotilla-Signature` header (the secret never goes in the file).");

  public static final Option<String> MIN_SEVERITY =
      withDefault(
          "min-severity",
          Types.string(),
          "warning",
          "`info`, `warning` or `critical`: less is not sent.");

  public static final Option<Duration> GROUPING_WINDOW =
      withDefault(
          "grouping-window",
          Types.positiveDuration(),
          "30s",
          "Events of one cluster or incident within this window go out as one message.");

  public static final Option<Integer> RATE_PER_MINUTE =
      withDefault(
          "rate-per-minute",
          Types.atLeast(1),
          "10",
          "At most this many messages a minute; more are folded into one digest, never dropped.");

  public static final OptionGroup CHANNEL_GROUP =
      OptionGroup.of(
          "notifications.channels[]",
          "Notification channels",
          "One webhook receiver each.",
          NAME,
          URL,
          FORMAT,
          SECRET_ENV,
          MIN_SEVERITY,
          GROUPING_WINDOW,
          RATE_PER_MINUTE);
}
