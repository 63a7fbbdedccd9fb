package dev.flotilla.store;

import static dev.flotilla.store.Rows.minute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flotilla.model.SliInterval;
import dev.flotilla.model.SliState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that finalizes several minutes at once (a cycle longer than a minute) may carry an
 * interval that opened and closed inside the batch: it is in {@code closed} only, and must be
 * stored, not rejected as unknown.
 */
class SliMultiMinuteBatchTest {
  @TempDir Path dir;

  @Test
  void saveIntervalChanges_intervalOpenedAndClosedInsideTheBatch_isInsertedClosed() {
    try (Store store =
        Store.open("jdbc:sqlite:" + dir.resolve("s.db"), Optional.empty(), Optional.empty(), 2)) {
      store.sli().saveIntervalChanges(List.of(), List.of(), minute(0));
      SliInterval inside = Rows.open("job", 1, SliState.UNKNOWN).closedAt(minute(3));
      SliInterval stillOpen = Rows.open("job", 3, SliState.SCHEDULING);
      store.sli().saveIntervalChanges(List.of(stillOpen), List.of(inside), minute(5));

      assertThat(store.sli().watermark()).contains(minute(5));
      assertThat(store.sli().intervals(minute(0), minute(5), Optional.empty()))
          .extracting(SliIntervalRow::interval)
          .containsExactlyInAnyOrder(inside, stillOpen);
    }
  }

  @Test
  void saveIntervalChanges_closedIntervalStartingBeforeTheWatermarkButUnknown_isRejected() {
    try (Store store =
        Store.open("jdbc:sqlite:" + dir.resolve("s.db"), Optional.empty(), Optional.empty(), 2)) {
      store.sli().saveIntervalChanges(List.of(), List.of(), minute(2));
      SliInterval ghost = Rows.open("ghost", 1, SliState.UNKNOWN).closedAt(minute(3));
      assertThatThrownBy(
              () -> store.sli().saveIntervalChanges(List.of(), List.of(ghost), minute(4)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("ghost");
      assertThat(store.sli().watermark()).contains(minute(2));
    }
  }
}
