package dev.flotilla.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionMemoryStoreTest {
  @TempDir Path dir;

  private Store open() {
    return Store.open("jdbc:sqlite:" + dir.resolve("m.db"), Optional.empty(), Optional.empty(), 1);
  }

  private static ActionMemoryRow row(String job, String label, String action, long at) {
    return new ActionMemoryRow(job, label, action, Instant.ofEpochSecond(at), "wf-" + at, "slow");
  }

  @Test
  void remember_sameKeyTwice_keepsOneRowWithNewestValues() {
    try (Store store = open()) {
      store.actionMemory().remember(row("a", "OOM_HEAP", "MEMORY_FIX", 10));
      store.actionMemory().remember(row("a", "OOM_HEAP", "MEMORY_FIX", 20));
      assertThat(store.actionMemory().list(Optional.empty()))
          .containsExactly(row("a", "OOM_HEAP", "MEMORY_FIX", 20));
    }
  }

  @Test
  void list_survivesReopen() {
    try (Store store = open()) {
      store.actionMemory().remember(row("a", "OOM_HEAP", "MEMORY_FIX", 10));
    }
    try (Store store = open()) {
      assertThat(store.actionMemory().list(Optional.of("a"))).hasSize(1);
      assertThat(store.actionMemory().list(Optional.of("b"))).isEmpty();
    }
  }

  @Test
  void reset_withLabel_forgetsOnlyThatLabel() {
    try (Store store = open()) {
      store.actionMemory().remember(row("a", "OOM_HEAP", "MEMORY_FIX", 10));
      store.actionMemory().remember(row("a", "TASKMANAGER_LOST", "MIGRATE", 11));
      store.actionMemory().remember(row("b", "OOM_HEAP", "MEMORY_FIX", 12));
      assertThat(store.actionMemory().reset("a", Optional.of("OOM_HEAP"))).isEqualTo(1);
      assertThat(store.actionMemory().list(Optional.empty()))
          .extracting(ActionMemoryRow::jobKey, ActionMemoryRow::label)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("a", "TASKMANAGER_LOST"),
              org.assertj.core.groups.Tuple.tuple("b", "OOM_HEAP"));
      assertThat(store.actionMemory().reset("b", Optional.empty())).isEqualTo(1);
    }
  }
}
