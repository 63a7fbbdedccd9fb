package dev.flotilla.config.load;

import dev.flotilla.config.ConfigError;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.ConfigResult;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads flotilla.yaml. Never throws for a bad file: every problem (syntax, unknown key, wrong type,
 * missing key, bad value) comes back in {@link ConfigResult#errors()}, located by line and column.
 */
public final class ConfigLoader {
  private static final int MAX_CHARS = 10 * 1024 * 1024;

  private ConfigLoader() {}

  /** Loads a file, with secrets from the process environment. */
  public static ConfigResult load(Path file) {
    return load(file, System.getenv());
  }

  /** Loads a file with the given environment (tests pass a map). */
  public static ConfigResult load(Path file, Map<String, String> env) {
    String source = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return ioError(source, "no such file");
    } catch (MalformedInputException e) {
      return ioError(source, "not UTF-8 text");
    } catch (IOException e) {
      return ioError(source, "cannot read: " + e.getMessage());
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path baseDir = Optional.ofNullable(absolute.getParent()).orElse(absolute);
    return parse(text, source, file, baseDir, env);
  }

  /**
   * Parses YAML text, ignoring the environment; relative paths resolve against the working
   * directory.
   */
  public static ConfigResult parse(String yaml, String sourceName) {
    return parse(yaml, sourceName, Map.of());
  }

  /** Parses YAML text with the given environment. */
  public static ConfigResult parse(String yaml, String sourceName, Map<String, String> env) {
    Path cwd = Path.of("").toAbsolutePath();
    return parse(yaml, sourceName, Path.of(sourceName), cwd, env);
  }

  private static ConfigResult parse(
      String yaml, String source, Path sourceFile, Path baseDir, Map<String, String> env) {
    Problems problems = new Problems(source);
    Optional<Node> root;
    try {
      LoadSettings settings =
          LoadSettings.builder()
              .setLabel(source)
              .setUseMarks(true)
              .setAllowDuplicateKeys(true) // reported by Section with both line numbers
              .setCodePointLimit(MAX_CHARS)
              .build();
      root = new Compose(settings).composeString(yaml);
    } catch (MarkedYamlEngineException e) {
      problems.at(e.getProblemMark().or(e::getContextMark), "", Kind.SYNTAX, syntaxMessage(e));
      return ConfigResult.invalid(problems.sorted());
    } catch (YamlEngineException e) {
      problems.at(Optional.empty(), "", Kind.SYNTAX, "invalid YAML: " + e.getMessage());
      return ConfigResult.invalid(problems.sorted());
    }
    if (root.isEmpty()) {
      problems.atStart(
          Kind.EMPTY,
          "the file is empty; it needs at least a 'clusters' list (see docs/configuration.md)");
      return ConfigResult.invalid(problems.sorted());
    }
    return new DocumentReader(problems, baseDir, env).read(root.get(), sourceFile);
  }

  private static String syntaxMessage(MarkedYamlEngineException e) {
    String problem = Optional.ofNullable(e.getProblem()).orElse("syntax error");
    String context = Optional.ofNullable(e.getContext()).orElse("");
    return "invalid YAML: " + (context.isEmpty() ? problem : problem + " (" + context + ")");
  }

  private static ConfigResult ioError(String source, String message) {
    return ConfigResult.invalid(List.of(new ConfigError(source, 0, 0, "", Kind.IO, message)));
  }
}
