package dev.flotilla.store;

import java.util.Locale;

/** The databases the store runs on, told apart by JDBC URL. */
public enum Vendor {
  SQLITE("jdbc:sqlite:", "sqlite"),
  POSTGRESQL("jdbc:postgresql:", "postgresql");

  private final String urlPrefix;
  private final String migrationFolder;

  Vendor(String urlPrefix, String migrationFolder) {
    this.urlPrefix = urlPrefix;
    this.migrationFolder = migrationFolder;
  }

  /** The vendor of {@code jdbcUrl}; a clear error for any other URL. */
  public static Vendor of(String jdbcUrl) {
    String lower = jdbcUrl.toLowerCase(Locale.ROOT);
    for (Vendor v : values()) {
      if (lower.startsWith(v.urlPrefix)) {
        return v;
      }
    }
    throw new StoreException(
        "store URL "
            + Store.masked(jdbcUrl)
            + " is not supported: use jdbc:sqlite:<file> or jdbc:postgresql://host:port/db");
  }

  /** Flyway location of this vendor's SQL migrations. */
  String migrations() {
    return "classpath:db/migration/" + migrationFolder;
  }
}
