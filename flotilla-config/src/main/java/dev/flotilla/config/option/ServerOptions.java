package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.required;
import static dev.flotilla.config.option.Option.withDefault;

import dev.flotilla.config.Role;

/** Options of the {@code server} section and of its {@code tokens} entries. */
public final class ServerOptions {
  private ServerOptions() {}

  /** Adds tokens as comma-separated {@code name:role:secret} entries. */
  public static final String TOKENS_ENV = "FLOTILLA_TOKENS";

  public static final Option<Integer> PORT =
      withDefault("port", Types.integer(0, 65535), "8080", "HTTP port (0 = any free port).");

  public static final Option<String> BIND =
      withDefault("bind", Types.string(), "127.0.0.1", "Address to listen on.");

  public static final OptionGroup GROUP =
      OptionGroup.of("server", "Server", "The REST API and dashboard.", PORT, BIND)
          .withNested("tokens");

  public static final Option<String> TOKEN_NAME =
      required("name", Types.name(), "Unique token name (shown in the audit log).");

  public static final Option<Role> TOKEN_ROLE =
      required("role", Types.role(), "viewer (read), operator (act on jobs) or admin.");

  public static final Option<String> TOKEN_SHA256 =
      required(
          "sha256",
          Types.string(),
          "SHA-256 of the secret, 64 hex digits (`printf %s SECRET | sha256sum`). Secrets"
              + " themselves never go in the file; use `"
              + TOKENS_ENV
              + "` for those.");

  public static final OptionGroup TOKEN_GROUP =
      OptionGroup.of(
          "server.tokens[]",
          "API tokens",
          "Bearer tokens accepted by the API. The environment variable `"
              + TOKENS_ENV
              + "` adds more as comma-separated `name:role:secret` entries.",
          TOKEN_NAME,
          TOKEN_ROLE,
          TOKEN_SHA256);
}
