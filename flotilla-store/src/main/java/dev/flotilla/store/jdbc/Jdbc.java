package dev.flotilla.store.jdbc;

import dev.flotilla.store.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs units of work on pooled connections. {@link #inTransaction} commits when the work returns
 * and rolls back when it throws, so a failed batch leaves no half rows.
 */
public final class Jdbc {

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource);
  }

  /** Runs {@code work} in one transaction; {@code what} names the operation in error messages. */
  public <T> T inTransaction(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw translate(what + " (rolled back, nothing written)", e);
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw translate(what, e);
    }
  }

  /** Runs read-only {@code work} in auto-commit mode. */
  public <T> T read(String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw translate(what, e);
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  private static StoreException translate(String what, Exception e) {
    if (e instanceof StoreException se) {
      return se;
    }
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new StoreException(what + " failed: " + detail, e);
  }
}
