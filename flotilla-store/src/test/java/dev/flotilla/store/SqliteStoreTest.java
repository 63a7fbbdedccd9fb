package dev.flotilla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file. */
class SqliteStoreTest extends StoreContractTest {

  @TempDir static Path dir;

  @Override
  protected String url() {
    return "jdbc:sqlite:" + dir.resolve("flotilla.db");
  }

  @Test
  void open_sqlite_usesWalJournal() throws SQLException {
    try (Connection c = DriverManager.getConnection(url());
        ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
      rs.next();
      assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
    }
    assertThat(store.vendor()).isEqualTo(Vendor.SQLITE);
  }
}
