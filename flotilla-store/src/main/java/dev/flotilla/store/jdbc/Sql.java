package dev.flotilla.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Binds and reads optional values and instants (epoch millis) the same way on every database. */
final class Sql {

  private Sql() {}

  static void text(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(i, value.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  static void instant(PreparedStatement ps, int i, Instant value) throws SQLException {
    ps.setLong(i, value.toEpochMilli());
  }

  static void instant(PreparedStatement ps, int i, Optional<Instant> value) throws SQLException {
    if (value.isPresent()) {
      ps.setLong(i, value.get().toEpochMilli());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }

  static void integer(PreparedStatement ps, int i, OptionalInt value) throws SQLException {
    if (value.isPresent()) {
      ps.setInt(i, value.getAsInt());
    } else {
      ps.setNull(i, Types.INTEGER);
    }
  }

  static void bigint(PreparedStatement ps, int i, OptionalLong value) throws SQLException {
    if (value.isPresent()) {
      ps.setLong(i, value.getAsLong());
    } else {
      ps.setNull(i, Types.BIGINT);
    }
  }

  static Optional<String> text(ResultSet rs, String column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return Instant.ofEpochMilli(rs.getLong(column));
  }

  static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }

  static OptionalInt integer(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
  }

  static OptionalLong bigint(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
  }
}
