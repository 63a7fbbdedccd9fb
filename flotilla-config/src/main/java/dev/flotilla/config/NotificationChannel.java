package dev.flotilla.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One webhook channel of the {@code notifications} section.
 *
 * @param format {@code generic} (Flotilla's JSON) or {@code slack} (Slack-compatible payload)
 * @param secretEnv name of the environment variable holding the HMAC secret (never the secret)
 * @param minSeverity {@code info}, {@code warning} or {@code critical}
 */
public record NotificationChannel(
    String name,
    URI url,
    String format,
    Optional<String> secretEnv,
    String minSeverity,
    Duration groupingWindow,
    int ratePerMinute) {

  public NotificationChannel {
    Names.requireName(name, "notifications.channels[].name");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(secretEnv, "secretEnv");
    Objects.requireNonNull(minSeverity, "minSeverity");
    Objects.requireNonNull(groupingWindow, "groupingWindow");
    if (ratePerMinute < 1) {
      throw new IllegalArgumentException("rate-per-minute must be >= 1 but was " + ratePerMinute);
    }
  }

  @Override
  public String toString() {
    // The URL may carry a token (Slack webhooks do): show only scheme, host and port.
    return "NotificationChannel["
        + name
        + " "
        + url.getScheme()
        + "://"
        + url.getHost()
        + (url.getPort() > 0 ? ":" + url.getPort() : "")
        + "/… "
        + format
        + "]";
  }
}
