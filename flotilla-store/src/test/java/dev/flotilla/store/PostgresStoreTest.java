package dev.flotilla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The store contract on PostgreSQL at 127.0.0.1:5432/test, in a schema of its own. */
class PostgresStoreTest extends StoreContractTest {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String SCHEMA =
      "flotilla_t_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);

  @BeforeAll
  static void createSchema() throws SQLException {
    execute("CREATE SCHEMA " + SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, "postgres", null);
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Override
  protected String url() {
    return SERVER + "?currentSchema=" + SCHEMA;
  }

  @Override
  protected Optional<String> user() {
    return Optional.of("postgres");
  }

  @Test
  void open_postgres_createsTablesInOwnSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER, "postgres", null);
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_schema = '"
                        + SCHEMA
                        + "'")) {
      rs.next();
      assertThat(rs.getInt(1))
          .as("every table + flyway history, in its own schema")
          .isGreaterThanOrEqualTo(11);
    }
    assertThat(store.vendor()).isEqualTo(Vendor.POSTGRESQL);
  }
}
