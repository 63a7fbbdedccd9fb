package dev.flotilla.config.load;

import dev.flotilla.config.ApiToken;
import dev.flotilla.config.ConfigError.Kind;
import dev.flotilla.config.Names;
import dev.flotilla.config.Role;
import dev.flotilla.config.ServerSettings;
import dev.flotilla.config.option.ServerOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads the {@code server} section; tokens come from the file and from {@code FLOTILLA_TOKENS}. */
final class ServerReader {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final String ENV_SOURCE = "env:" + ServerOptions.TOKENS_ENV;

  private ServerReader() {}

  static Optional<ServerSettings> read(Section s, Map<String, String> env, Problems problems) {
    List<Section> tokenSections = s.elements("tokens", ServerOptions.TOKEN_GROUP);
    References.requireUniqueNames(tokenSections, ServerOptions.TOKEN_NAME, "token", problems);
    List<ApiToken> tokens = new ArrayList<>();
    for (Section t : tokenSections) {
      fileToken(t, problems).ifPresent(tokens::add);
    }
    Set<String> names = new HashSet<>();
    tokens.forEach(t -> names.add(t.name()));
    String fromEnv = env.getOrDefault(ServerOptions.TOKENS_ENV, "");
    String[] entries = fromEnv.isBlank() ? new String[0] : fromEnv.split(",");
    for (int i = 0; i < entries.length; i++) {
      envToken(entries[i].trim(), i, problems)
          .ifPresent(
              t -> {
                if (names.add(t.name())) {
                  tokens.add(t);
                } else {
                  problems.outside(
                      ENV_SOURCE,
                      "server.tokens",
                      Kind.BAD_VALUE,
                      "duplicate token name '" + t.name() + "'");
                }
              });
    }
    int port = s.get(ServerOptions.PORT);
    String bind = s.get(ServerOptions.BIND);
    return problems.build(s.node(), s.path(), () -> new ServerSettings(port, bind, tokens));
  }

  private static Optional<ApiToken> fileToken(Section t, Problems problems) {
    Optional<String> name = t.find(ServerOptions.TOKEN_NAME);
    Optional<Role> role = t.find(ServerOptions.TOKEN_ROLE);
    Optional<String> hash = t.find(ServerOptions.TOKEN_SHA256);
    if (hash.isPresent() && !HEX64.matcher(hash.get()).matches()) {
      // Never echo it: a secret pasted here by mistake must not reach logs.
      problems.at(
          t.nodeOrSelf(ServerOptions.TOKEN_SHA256.key()),
          t.pathOf(ServerOptions.TOKEN_SHA256.key()),
          Kind.BAD_VALUE,
          "expected the SHA-256 of the secret as 64 hex digits (value not shown)");
      return Optional.empty();
    }
    if (name.isEmpty() || role.isEmpty() || hash.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ApiToken(name.get(), role.get(), hash.get()));
  }

  private static Optional<ApiToken> envToken(String entry, int index, Problems problems) {
    String[] parts = entry.split(":", 3);
    String where = "entry " + (index + 1) + ": ";
    if (parts.length != 3 || parts[2].isEmpty()) {
      problems.outside(
          ENV_SOURCE,
          "server.tokens",
          Kind.WRONG_TYPE,
          where + "expected name:role:secret (value not shown)");
      return Optional.empty();
    }
    if (!Names.isValid(parts[0])) {
      problems.outside(ENV_SOURCE, "server.tokens", Kind.BAD_VALUE, where + "invalid token name");
      return Optional.empty();
    }
    Optional<Role> role = Role.fromYaml(parts[1]);
    if (role.isEmpty()) {
      problems.outside(
          ENV_SOURCE,
          "server.tokens",
          Kind.BAD_VALUE,
          where + "role must be one of viewer, operator, admin but was '" + parts[1] + "'");
      return Optional.empty();
    }
    return Optional.of(ApiToken.fromSecret(parts[0], role.get(), parts[2]));
  }
}
