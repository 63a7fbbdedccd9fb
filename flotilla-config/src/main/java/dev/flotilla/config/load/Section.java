package dev.flotilla.config.load;

import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.option.Option;
import dev.flotilla.config.option.OptionGroup;
import dev.flotilla.config.option.Shapes;
import dev.flotilla.config.option.ValueException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One YAML mapping read against the dotted key paths it may contain. On creation it reports unknown
 * and duplicate keys; reading an option reports missing and malformed values. Nested mappings
 * ({@code placement.preferred}) become nested sections.
 */
final class Section {
  private final Node self;
  private final String path;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final Map<String, Section> nested = new LinkedHashMap<>();

  /** Keys suggested for misspelt keys; their absence is already explained by the typo error. */
  private final Set<String> suggested = new java.util.HashSet<>();

  private final Problems problems;
  private final Map<String, String> env;

  private Section(
      Node self,
      String path,
      Collection<String> keyPaths,
      Problems problems,
      Map<String, String> env,
      boolean present) {
    this.self = self;
    this.path = path;
    this.problems = problems;
    this.env = env;
    if (present && self instanceof MappingNode mapping) {
      readEntries(mapping, keyPaths);
    }
  }

  /**
   * The mapping at {@code node}; a null node reads as an empty mapping, anything else is an error.
   */
  static Optional<Section> of(
      Node node,
      String path,
      Collection<String> keyPaths,
      Problems problems,
      Map<String, String> env) {
    if (!(node instanceof MappingNode) && !Shapes.isNull(node)) {
      problems.at(
          node, path, Kind.WRONG_TYPE, "expected a mapping but was " + Shapes.describe(node));
      return Optional.empty();
    }
    return Optional.of(new Section(node, path, keyPaths, problems, env, true));
  }

  /** A section that is absent from the file: every option takes its default. */
  static Section absent(Node anchor, String path, Problems problems, Map<String, String> env) {
    return new Section(anchor, path, List.of(), problems, env, false);
  }

  Node node() {
    return self;
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Value of an option that has a default; the default when absent or invalid. */
  <T> T get(Option<T> option) {
    return find(option).orElseGet(option::defaultOrThrow);
  }

  /** Value of an option; empty when absent (an error if required) or invalid (an error). */
  <T> Optional<T> find(Option<T> option) {
    Optional<T> fromEnv = fromEnvironment(option);
    if (fromEnv.isPresent()) {
      return fromEnv;
    }
    Optional<Node> node = valueNode(option.key());
    if (node.isEmpty() || Shapes.isNull(node.get())) {
      if (option.required() && !parentMalformed(option.key()) && !misspelt(option.key())) {
        String what = node.isEmpty() ? "missing required key" : "required key has no value";
        problems.at(
            node.orElse(deepest(option.key())),
            pathOf(option.key()),
            Kind.MISSING,
            what + "; expected " + option.type().expected());
      }
      return Optional.empty();
    }
    try {
      return Optional.of(option.type().read(node.get()));
    } catch (ValueException e) {
      for (ValueException.Problem p : e.problems()) {
        problems.at(
            p.at().orElse(node.get()), pathOf(option.key()) + p.subPath(), p.kind(), p.message());
      }
      return Optional.empty();
    }
  }

  /** The value node of a dotted key, if written. */
  Optional<Node> valueNode(String dottedKey) {
    int dot = dottedKey.indexOf('.');
    if (dot > 0 && nested.containsKey(dottedKey.substring(0, dot))) {
      return nested.get(dottedKey.substring(0, dot)).valueNode(dottedKey.substring(dot + 1));
    }
    return Optional.ofNullable(entries.get(dottedKey)).map(NodeTuple::getValueNode);
  }

  /** The value node of a key, or this mapping when the key is absent (for error positions). */
  Node nodeOrSelf(String dottedKey) {
    return valueNode(dottedKey).orElse(self);
  }

  /**
   * The mappings of a list-of-mappings key such as {@code clusters}; each reports its own errors.
   */
  List<Section> elements(String key, OptionGroup group) {
    Optional<Node> node = valueNode(key);
    if (node.isEmpty() || Shapes.isNull(node.get())) {
      return List.of();
    }
    if (!(node.get() instanceof SequenceNode sequence)) {
      problems.at(
          node.get(),
          pathOf(key),
          Kind.WRONG_TYPE,
          "expected a list (entries starting with '- ') but was " + Shapes.describe(node.get()));
      return List.of();
    }
    List<Section> sections = new ArrayList<>();
    List<Node> items = sequence.getValue();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = pathOf(key) + "[" + i + "]";
      if (Shapes.isNull(items.get(i))) {
        problems.at(items.get(i), itemPath, Kind.WRONG_TYPE, "expected a mapping but was empty");
        continue;
      }
      of(items.get(i), itemPath, group.keyPaths(), problems, env).ifPresent(sections::add);
    }
    return sections;
  }

  private <T> Optional<T> fromEnvironment(Option<T> option) {
    if (option.envVar().isEmpty() || !env.containsKey(option.envVar().get())) {
      return Optional.empty();
    }
    String variable = option.envVar().get();
    try {
      return Optional.of(option.type().fromText(env.get(variable)));
    } catch (ValueException e) {
      // The value may be a secret: name the variable, never echo it.
      problems.outside(
          "env:" + variable,
          pathOf(option.key()),
          Kind.WRONG_TYPE,
          "expected " + option.type().expected() + " (value not shown)");
      return Optional.empty();
    }
  }

  /** True when the enclosing mapping of a dotted key is written but is not a mapping. */
  private boolean parentMalformed(String dottedKey) {
    int dot = dottedKey.indexOf('.');
    if (dot < 0) {
      return false;
    }
    String first = dottedKey.substring(0, dot);
    if (nested.containsKey(first)) {
      return nested.get(first).parentMalformed(dottedKey.substring(dot + 1));
    }
    return entries.containsKey(first);
  }

  /** True when the key is absent because it was misspelt (an unknown key was close to it). */
  private boolean misspelt(String dottedKey) {
    int dot = dottedKey.indexOf('.');
    if (dot > 0 && nested.containsKey(dottedKey.substring(0, dot))) {
      return nested.get(dottedKey.substring(0, dot)).misspelt(dottedKey.substring(dot + 1));
    }
    return suggested.contains(dot > 0 ? dottedKey.substring(0, dot) : dottedKey);
  }

  private Node deepest(String dottedKey) {
    int dot = dottedKey.indexOf('.');
    if (dot > 0 && nested.containsKey(dottedKey.substring(0, dot))) {
      return nested.get(dottedKey.substring(0, dot)).deepest(dottedKey.substring(dot + 1));
    }
    return self;
  }

  private void readEntries(MappingNode mapping, Collection<String> keyPaths) {
    Set<String> allowed = new LinkedHashSet<>();
    for (String keyPath : keyPaths) {
      allowed.add(keyPath.contains(".") ? keyPath.substring(0, keyPath.indexOf('.')) : keyPath);
    }
    for (NodeTuple tuple : mapping.getValue()) {
      if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
        problems.at(tuple.getKeyNode(), path, Kind.WRONG_TYPE, "keys must be plain text");
        continue;
      }
      String key = keyNode.getValue();
      if (!allowed.contains(key)) {
        Optional<String> suggestion = Suggestions.closest(key, allowed);
        suggestion.ifPresent(suggested::add);
        String hint = suggestion.map(k -> "; did you mean '" + k + "'?").orElse("");
        if (hint.isEmpty()) {
          hint = "; allowed keys here: " + String.join(", ", allowed);
        }
        problems.at(keyNode, pathOf(key), Kind.UNKNOWN_KEY, "unknown key '" + key + "'" + hint);
      } else if (entries.containsKey(key)) {
        int firstLine =
            entries.get(key).getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(0);
        problems.at(
            keyNode,
            pathOf(key),
            Kind.BAD_VALUE,
            "duplicate key '" + key + "' (first given on line " + firstLine + ")");
      } else {
        entries.put(key, tuple);
        readNested(key, tuple.getValueNode(), keyPaths);
      }
    }
  }

  private void readNested(String key, Node value, Collection<String> keyPaths) {
    List<String> inner = new ArrayList<>();
    for (String keyPath : keyPaths) {
      if (keyPath.startsWith(key + ".")) {
        inner.add(keyPath.substring(key.length() + 1));
      }
    }
    if (!inner.isEmpty()) {
      of(value, pathOf(key), inner, problems, env).ifPresent(s -> nested.put(key, s));
    }
  }
}
