package dev.flotilla.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Append-only record of who did what to which target. */
public interface AuditLog {

  /** Appends one entry and returns its id. */
  long append(AuditEntry entry);

  /**
   * Entries with {@code from <= at < to}, optionally for one target, oldest first, at most {@code
   * limit}.
   */
  List<AuditEntry> query(Instant from, Instant to, Optional<String> target, int limit);
}
