package dev.flotilla.collector.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flotilla.model.TaskManagerObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Parses {@code GET /taskmanagers} and {@code /taskmanagers/:id/metrics?get=...} (the names in
 * {@link #METRICS_QUERY}).
 */
public final class TaskManagersParser {
  /** The exact query the collector sends (and the fixtures were recorded with). */
  public static final String METRICS_QUERY =
      "get=Status.JVM.Memory.Heap.Used,Status.JVM.Memory.Heap.Max,"
          + "Status.JVM.GarbageCollector.G1_Young_Generation.Count";

  private TaskManagersParser() {}

  /** TaskManagers with slots; heap and GC are empty until {@link #withMetrics} adds them. */
  public static List<TaskManagerObservation> parse(JsonNode root) {
    List<TaskManagerObservation> out = new ArrayList<>();
    for (JsonNode tm : Json.array(root, "taskmanagers")) {
      Optional<String> id = Json.text(tm, "id").filter(s -> !s.isBlank());
      id.ifPresent(
          i ->
              out.add(
                  new TaskManagerObservation(
                      i,
                      Json.smallInteger(tm, "slotsNumber"),
                      Json.smallInteger(tm, "freeSlots"),
                      OptionalLong.empty(),
                      OptionalLong.empty(),
                      OptionalLong.empty())));
    }
    return out;
  }

  public static TaskManagerObservation withMetrics(TaskManagerObservation tm, JsonNode metrics) {
    MetricValues m = MetricValues.parse(metrics);
    return new TaskManagerObservation(
        tm.id(),
        tm.slots(),
        tm.freeSlots(),
        m.longValue("Status.JVM.Memory.Heap.Used"),
        m.longValue("Status.JVM.Memory.Heap.Max"),
        m.longValue("Status.JVM.GarbageCollector.G1_Young_Generation.Count"));
  }
}
