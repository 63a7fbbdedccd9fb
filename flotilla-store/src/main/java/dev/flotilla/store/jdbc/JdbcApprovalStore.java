package dev.flotilla.store.jdbc;

import dev.flotilla.store.ApprovalStore;
import dev.flotilla.store.WorkflowState;
import java.sql.PreparedStatement;
import java.time.Instant;

/** {@link ApprovalStore} as one conditional {@code UPDATE} on table {@code workflow}. */
public final class JdbcApprovalStore implements ApprovalStore {
  private final Jdbc jdbc;

  public JdbcApprovalStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean decide(String id, WorkflowState decision, Instant at) {
    if (decision != WorkflowState.PENDING && decision != WorkflowState.CANCELLED) {
      throw new IllegalArgumentException(
          "an approval decision must be PENDING or CANCELLED but was " + decision);
    }
    int updated =
        jdbc.inTransaction(
            "decision " + decision + " on workflow " + id,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE workflow SET state = ?, updated_at = ? WHERE id = ? AND state = ?")) {
                ps.setString(1, decision.name());
                ps.setLong(2, at.toEpochMilli());
                ps.setString(3, id);
                ps.setString(4, WorkflowState.AWAITING_APPROVAL.name());
                return ps.executeUpdate();
              }
            });
    return updated == 1;
  }
}
