package dev.flotilla.config.option;

import static dev.flotilla.config.option.Option.optional;
import static dev.flotilla.config.option.Option.withDefault;

/** Options of the {@code store} section. */
public final class StoreOptions {
  private StoreOptions() {}

  public static final Option<String> URL =
      withDefault(
          "url",
          Types.jdbcUrl(),
          "jdbc:sqlite:./flotilla.db",
          "JDBC URL of the store: `jdbc:sqlite:FILE` or `jdbc:postgresql://HOST/DB`. A relative"
              + " SQLite path is resolved against the directory of the configuration file.");

  public static final Option<String> USER =
      optional("user", Types.string(), "Database user (PostgreSQL).");

  public static final Option<String> PASSWORD =
      optional(
              "password",
              Types.string(),
              "Database password. Prefer the environment variable; it wins over the file.")
          .withEnv("FLOTILLA_STORE_PASSWORD");

  public static final Option<Integer> POOL_SIZE =
      withDefault("pool-size", Types.atLeast(1), "4", "Maximum number of pooled connections.");

  public static final OptionGroup GROUP =
      OptionGroup.of(
          "store",
          "Store",
          "Where Flotilla keeps jobs, SLI minutes, diagnoses, workflows and the audit log.",
          URL,
          USER,
          PASSWORD,
          POOL_SIZE);
}
