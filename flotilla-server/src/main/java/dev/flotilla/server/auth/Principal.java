package dev.flotilla.server.auth;

import dev.flotilla.config.Role;
import java.util.Objects;

/** Who is calling: the token's name (the audit actor) and its role. Never the secret. */
public record Principal(String name, Role role) {
  public Principal {
    Objects.requireNonNull(name);
    Objects.requireNonNull(role);
  }
}
