package dev.flotilla.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about one notification channel. {@link #toString()} never shows the secret or the
 * URL's token-bearing parts.
 *
 * @param secret HMAC key for {@code X-Flotilla-Signature}; empty means requests are not signed
 * @param groupAll group every event of this channel (not only those sharing a group key) that
 *     arrives within one grouping window
 * @param maxListed how many job names a grouped message spells out before "and N more"
 */
public record ChannelSettings(
    String name,
    URI url,
    PayloadFormat format,
    Optional<String> secret,
    Severity minSeverity,
    Duration groupingWindow,
    boolean groupAll,
    int maxListed,
    RateLimit rateLimit,
    ReminderSchedule reminders,
    RetryPolicy retry,
    Duration requestTimeout) {

  public ChannelSettings {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("channel name must not be blank");
    }
    Objects.requireNonNull(url, "channel '" + name + "': url");
    if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())) {
      throw new IllegalArgumentException(
          "channel '" + name + "': url must be http(s) but was " + UrlMask.mask(url));
    }
    Objects.requireNonNull(format, "channel '" + name + "': format");
    Objects.requireNonNull(secret, "channel '" + name + "': secret");
    secret = secret.filter(s -> !s.isEmpty());
    Objects.requireNonNull(minSeverity, "channel '" + name + "': minSeverity");
    Objects.requireNonNull(groupingWindow, "channel '" + name + "': groupingWindow");
    if (groupingWindow.isNegative()) {
      throw new IllegalArgumentException(
          "channel '" + name + "': grouping window must not be negative: " + groupingWindow);
    }
    if (maxListed < 1) {
      throw new IllegalArgumentException(
          "channel '" + name + "': maxListed must be >= 1 but was " + maxListed);
    }
    Objects.requireNonNull(rateLimit, "channel '" + name + "': rateLimit");
    Objects.requireNonNull(reminders, "channel '" + name + "': reminders");
    Objects.requireNonNull(retry, "channel '" + name + "': retry");
    Objects.requireNonNull(requestTimeout, "channel '" + name + "': requestTimeout");
  }

  /** Defaults: GENERIC, unsigned, WARNING and up, 30 s window, 10/min, 1h-2h-4h reminders. */
  public static Builder builder(String name, URI url) {
    return new Builder(name, url);
  }

  /**
   * Reads the secret from an environment variable (pass {@code System.getenv()}); fails naming the
   * variable, never its value, when it is missing.
   */
  public static String secretFromEnv(String variable, Map<String, String> env) {
    String value = env.get(variable);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(
          "notification secret variable " + variable + " is not set in the environment");
    }
    return value;
  }

  @Override
  public String toString() {
    return "ChannelSettings[name="
        + name
        + ", url="
        + UrlMask.mask(url)
        + ", format="
        + format
        + ", secret="
        + (secret.isPresent() ? "***" : "none")
        + ", minSeverity="
        + minSeverity
        + ", groupingWindow="
        + groupingWindow
        + ", groupAll="
        + groupAll
        + ", rateLimit="
        + rateLimit
        + ", reminders="
        + reminders
        + ", retry="
        + retry
        + "]";
  }

  /** Fluent construction with defaults. */
  public static final class Builder {
    private final String name;
    private final URI url;
    private PayloadFormat format = PayloadFormat.GENERIC;
    private Optional<String> secret = Optional.empty();
    private Severity minSeverity = Severity.WARNING;
    private Duration groupingWindow = Duration.ofSeconds(30);
    private boolean groupAll;
    private int maxListed = 10;
    private RateLimit rateLimit = RateLimit.perMinute(10);
    private ReminderSchedule reminders = ReminderSchedule.defaults();
    private RetryPolicy retry = RetryPolicy.defaults();
    private Duration requestTimeout = Duration.ofSeconds(10);

    private Builder(String name, URI url) {
      this.name = name;
      this.url = url;
    }

    public Builder format(PayloadFormat value) {
      this.format = value;
      return this;
    }

    public Builder secret(String value) {
      this.secret = Optional.of(value);
      return this;
    }

    public Builder minSeverity(Severity value) {
      this.minSeverity = value;
      return this;
    }

    public Builder groupingWindow(Duration value) {
      this.groupingWindow = value;
      return this;
    }

    public Builder groupAll(boolean value) {
      this.groupAll = value;
      return this;
    }

    public Builder maxListed(int value) {
      this.maxListed = value;
      return this;
    }

    public Builder rateLimit(RateLimit value) {
      this.rateLimit = value;
      return this;
    }

    public Builder reminders(ReminderSchedule value) {
      this.reminders = value;
      return this;
    }

    public Builder retry(RetryPolicy value) {
      this.retry = value;
      return this;
    }

    public Builder requestTimeout(Duration value) {
      this.requestTimeout = value;
      return this;
    }

    public ChannelSettings build() {
      return new ChannelSettings(
          name,
          url,
          format,
          secret,
          minSeverity,
          groupingWindow,
          groupAll,
          maxListed,
          rateLimit,
          reminders,
          retry,
          requestTimeout);
    }
  }
}
