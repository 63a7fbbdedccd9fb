package dev.flotilla.adviser.catalogue;

import dev.flotilla.adviser.Action;
import dev.flotilla.adviser.Label;
import dev.flotilla.adviser.Phase;
import dev.flotilla.adviser.VersionRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pattern catalogue as data: {@code patterns} and {@code known_bugs} (each a pattern with a
 * {@code jira} id and an {@code affected} version range) plus {@code library_packages}. The
 * built-in file is {@code dev/flotilla/adviser/patterns.yaml}; users may add their own with {@link
 * #plus(PatternCatalogue)}.
 */
public record PatternCatalogue(
    List<CataloguePattern> patterns,
    List<CataloguePattern> knownBugs,
    List<String> libraryPackages) {

  public static final String BUILT_IN = "/dev/flotilla/adviser/patterns.yaml";

  public PatternCatalogue {
    patterns = List.copyOf(patterns);
    knownBugs = List.copyOf(knownBugs);
    libraryPackages = List.copyOf(libraryPackages);
  }

  /** The catalogue shipped in the jar. */
  public static PatternCatalogue builtIn() {
    try (InputStream in = PatternCatalogue.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a user catalogue; {@code source} names it in error messages. */
  public static PatternCatalogue read(Reader reader, String source) {
    try {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = reader.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return parse(sb.toString(), source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This catalogue followed by the other's entries. */
  public PatternCatalogue plus(PatternCatalogue other) {
    List<CataloguePattern> p = new ArrayList<>(patterns);
    p.addAll(other.patterns);
    List<CataloguePattern> k = new ArrayList<>(knownBugs);
    k.addAll(other.knownBugs);
    List<String> l = new ArrayList<>(libraryPackages);
    l.addAll(other.libraryPackages);
    return new PatternCatalogue(p, k, l);
  }

  public int size() {
    return patterns.size() + knownBugs.size();
  }

  static PatternCatalogue parse(String yaml, String source) {
    Object doc = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(yaml);
    if (!(doc instanceof Map<?, ?> root)) {
      throw new IllegalArgumentException(source + ": expected a mapping at the top");
    }
    List<CataloguePattern> patterns = entries(root.get("patterns"), source, "patterns", false);
    List<CataloguePattern> bugs = entries(root.get("known_bugs"), source, "known_bugs", true);
    return new PatternCatalogue(patterns, bugs, strings(root.get("library_packages")));
  }

  private static List<CataloguePattern> entries(
      Object node, String source, String section, boolean bug) {
    List<CataloguePattern> out = new ArrayList<>();
    if (node == null) {
      return out;
    }
    if (!(node instanceof List<?> list)) {
      throw new IllegalArgumentException(source + ": '" + section + "' must be a list");
    }
    for (int i = 0; i < list.size(); i++) {
      String where = source + ": " + section + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> m)) {
        throw new IllegalArgumentException(where + " must be a mapping");
      }
      try {
        out.add(entry(m, bug));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + " (" + m.get("id") + "): " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static CataloguePattern entry(Map<?, ?> m, boolean bug) {
    String id = bug ? required(m, "jira") : required(m, "id");
    String versions = bug ? required(m, "affected") : string(m.get("versions"));
    String link = string(m.get("link"));
    if (bug && link.isEmpty()) {
      link = "https://issues.apache.org/jira/browse/" + id;
    }
    return new CataloguePattern(
        id,
        regexes(m.get("any")),
        strings(m.get("exception")),
        strings(m.get("frame")),
        strings(m.get("phase")).stream()
            .map(
                p ->
                    Phase.parse(p)
                        .orElseThrow(() -> new IllegalArgumentException("bad phase " + p)))
            .toList(),
        VersionRange.parse(versions),
        regexes(m.get("none")),
        Label.valueOf(required(m, "label")),
        SideRule.valueOf(required(m, "side")),
        Action.valueOf(required(m, "action")),
        string(m.get("library_action")).isEmpty()
            ? Optional.empty()
            : Optional.of(Action.valueOf(string(m.get("library_action")))),
        Double.parseDouble(required(m, "confidence")),
        m.get("priority") == null ? 50 : Integer.parseInt(String.valueOf(m.get("priority"))),
        required(m, "explanation"),
        link.isEmpty() ? Optional.empty() : Optional.of(link));
  }

  private static String required(Map<?, ?> m, String key) {
    String v = string(m.get(key));
    if (v.isEmpty()) {
      throw new IllegalArgumentException("missing '" + key + "'");
    }
    return v;
  }

  private static String string(Object o) {
    return o == null ? "" : String.valueOf(o).trim();
  }

  private static List<String> strings(Object o) {
    if (o == null) {
      return List.of();
    }
    if (o instanceof List<?> l) {
      return l.stream().map(String::valueOf).toList();
    }
    return List.of(String.valueOf(o));
  }

  private static List<Pattern> regexes(Object o) {
    List<Pattern> out = new ArrayList<>();
    for (String s : strings(o)) {
      try {
        out.add(Pattern.compile(s, Pattern.CASE_INSENSITIVE));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException("bad regex '" + s + "': " + e.getDescription());
      }
    }
    return out;
  }
}
