package dev.flotilla.config.option;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The options of one YAML mapping: a top-level section ({@code store}) or each element of a list
 * ({@code clusters[]}).
 *
 * @param path where the mapping lives, e.g. {@code sla} or {@code server.tokens[]}
 * @param nestedKeys keys of this mapping read by another group (e.g. {@code tokens} in {@code
 *     server})
 */
public record OptionGroup(
    String path,
    String title,
    String description,
    List<Option<?>> options,
    List<String> nestedKeys) {

  public OptionGroup {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    options = List.copyOf(options);
    nestedKeys = List.copyOf(nestedKeys);
  }

  public static OptionGroup of(
      String path, String title, String description, Option<?>... options) {
    return new OptionGroup(path, title, description, List.of(options), List.of());
  }

  public OptionGroup withNested(String... keys) {
    return new OptionGroup(path, title, description, options, List.of(keys));
  }

  /** Every dotted key this mapping may contain (options and nested groups). */
  public Set<String> keyPaths() {
    Set<String> keys = new LinkedHashSet<>();
    options.forEach(o -> keys.add(o.key()));
    keys.addAll(nestedKeys);
    return keys;
  }
}
