package dev.flotilla.config.reference;

import dev.flotilla.config.option.ConfigSchema;
import dev.flotilla.config.option.Option;
import dev.flotilla.config.option.OptionGroup;
import dev.flotilla.config.option.ServerOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates {@code docs/configuration.md} from the option declarations, so the reference can never
 * disagree with the code. A unit test fails when the checked-in file is stale.
 */
public final class ConfigReference {

  /** The command that rewrites the checked-in reference (run from the repository root). */
  public static final String REGENERATE_COMMAND =
      "mvn -B -q -pl flotilla-config compile exec:java"
          + " -Dexec.mainClass=dev.flotilla.config.reference.ConfigReference"
          + " -Dexec.args=docs/configuration.md";

  private ConfigReference() {}

  /** Writes the reference to the file given as argument, or to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.out.print(markdown());
      return;
    }
    Path target = Path.of(args[0]);
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(target, markdown(), StandardCharsets.UTF_8);
    System.out.println("wrote " + target.toAbsolutePath());
  }

  /** The whole reference as Markdown. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Flotilla configuration reference\n\n")
        .append("<!-- Generated from the option declarations in flotilla-config")
        .append(" (dev.flotilla.config.option). Do not edit by hand. Regenerate from the")
        .append(" repository root with:\n     ")
        .append(REGENERATE_COMMAND)
        .append("\n-->\n\n")
        .append(Intro.TEXT);
    for (OptionGroup group : ConfigSchema.groups()) {
      appendGroup(md, group);
    }
    appendEnvironment(md);
    return md.toString();
  }

  private static void appendGroup(StringBuilder md, OptionGroup group) {
    md.append("## `").append(group.path()).append("` — ").append(group.title()).append("\n\n");
    md.append(group.description()).append("\n\n");
    md.append("| Key | Type | Default | Env | Description |\n");
    md.append("|---|---|---|---|---|\n");
    for (Option<?> option : group.options()) {
      md.append("| `")
          .append(option.key())
          .append("` | ")
          .append(cell(option.type().name()))
          .append(" | ")
          .append(defaultCell(option))
          .append(" | ")
          .append(option.envVar().map(v -> "`" + v + "`").orElse(""))
          .append(" | ")
          .append(cell(option.description()))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static String defaultCell(Option<?> option) {
    if (option.required()) {
      return "**required**";
    }
    if (option.defaultValue().isEmpty()) {
      return "—";
    }
    return "`" + cell(option.defaultText()) + "`";
  }

  private static void appendEnvironment(StringBuilder md) {
    md.append("## Environment variables\n\n")
        .append("Secrets belong in the environment, not in the file. Values are never printed,")
        .append(" not even in error messages.\n\n")
        .append("| Variable | Effect |\n|---|---|\n");
    for (OptionGroup group : ConfigSchema.groups()) {
      for (Option<?> option : group.options()) {
        option
            .envVar()
            .ifPresent(
                v ->
                    md.append("| `")
                        .append(v)
                        .append("` | Overrides `")
                        .append(group.path())
                        .append('.')
                        .append(option.key())
                        .append("` (wins over the file). |\n"));
      }
    }
    md.append("| `")
        .append(ServerOptions.TOKENS_ENV)
        .append("` | Adds API tokens to `server.tokens`: comma-separated `name:role:secret`")
        .append(" entries, e.g. `ci:operator:s3cret,ops:admin:t0ps3cret`. Secrets are hashed")
        .append(" with SHA-256 on load. |\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
