package dev.flotilla.config.load;

import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.NotificationChannel;
import dev.flotilla.config.option.NotificationOptions;
import dev.flotilla.config.option.Option;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the {@code notifications} section. */
final class NotificationReader {
  private static final Set<String> FORMATS = Set.of("generic", "slack");
  private static final Set<String> SEVERITIES = Set.of("info", "warning", "critical");

  private NotificationReader() {}

  static List<NotificationChannel> read(Section s, Problems problems) {
    List<Section> sections = s.elements("channels", NotificationOptions.CHANNEL_GROUP);
    References.requireUniqueNames(sections, NotificationOptions.NAME, "channel", problems);
    List<NotificationChannel> out = new ArrayList<>();
    for (Section c : sections) {
      channel(c, problems).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<NotificationChannel> channel(Section c, Problems problems) {
    Optional<String> name = c.find(NotificationOptions.NAME);
    Optional<URI> url = c.find(NotificationOptions.URL);
    String format = oneOf(c, NotificationOptions.FORMAT, FORMATS, problems);
    String severity = oneOf(c, NotificationOptions.MIN_SEVERITY, SEVERITIES, problems);
    Optional<String> secretEnv = c.find(NotificationOptions.SECRET_ENV);
    Duration window = c.get(NotificationOptions.GROUPING_WINDOW);
    int rate = c.get(NotificationOptions.RATE_PER_MINUTE);
    if (name.isEmpty() || url.isEmpty() || format.isEmpty() || severity.isEmpty()) {
      return Optional.empty();
    }
    return problems.build(
        c.node(),
        c.path(),
        () ->
            new NotificationChannel(
                name.get(), url.get(), format, secretEnv, severity, window, rate));
  }

  private static String oneOf(
      Section c, Option<String> option, Set<String> allowed, Problems problems) {
    String value = c.get(option).toLowerCase(Locale.ROOT);
    if (!allowed.contains(value)) {
      problems.at(
          c.nodeOrSelf(option.key()),
          c.pathOf(option.key()),
          Kind.BAD_VALUE,
          "expected one of " + new java.util.TreeSet<>(allowed) + " but was '" + value + "'");
      return "";
    }
    return value;
  }
}
