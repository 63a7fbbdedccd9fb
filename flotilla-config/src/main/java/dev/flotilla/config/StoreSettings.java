package dev.flotilla.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where Flotilla keeps its state: a JDBC URL (SQLite or PostgreSQL), credentials and pool size.
 * Relative SQLite paths have already been resolved against the configuration file's directory.
 */
public record StoreSettings(
    String url, Optional<String> user, Optional<String> password, int poolSize) {

  public StoreSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    if (!url.startsWith("jdbc:")) {
      throw new IllegalArgumentException("store url must start with 'jdbc:' but was '" + url + "'");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool-size must be >= 1 but was " + poolSize);
    }
  }

  /** True for {@code jdbc:sqlite:…} URLs. */
  public boolean isSqlite() {
    return url.startsWith("jdbc:sqlite:");
  }

  /** Never prints the password. */
  @Override
  public String toString() {
    return "StoreSettings[url="
        + url
        + ", user="
        + user.orElse("")
        + ", password="
        + (password.isPresent() ? "****" : "")
        + ", poolSize="
        + poolSize
        + "]";
  }
}
