package dev.flotilla.config;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The HTTP API and dashboard: where to listen and which tokens are accepted. */
public record ServerSettings(int port, String bind, List<ApiToken> tokens) {

  public ServerSettings {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be in 0..65535 but was " + port);
    }
    tokens = List.copyOf(tokens);
    Set<String> names = new HashSet<>();
    for (ApiToken token : tokens) {
      if (!names.add(token.name())) {
        throw new IllegalArgumentException("duplicate token name '" + token.name() + "'");
      }
    }
  }

  /** The token whose secret this is, if any. */
  public Optional<ApiToken> authenticate(String presentedSecret) {
    return tokens.stream().filter(t -> t.matches(presentedSecret)).findFirst();
  }
}
