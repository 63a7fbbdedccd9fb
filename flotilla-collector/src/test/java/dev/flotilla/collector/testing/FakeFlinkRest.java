package dev.flotilla.collector.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flotilla.collector.ClusterTarget;
import dev.flotilla.collector.FlinkRest;
import dev.flotilla.collector.RestResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory Flink REST: JSON by exact path (with query); anything else answers 404. */
public final class FakeFlinkRest implements FlinkRest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, String> bodies = new ConcurrentHashMap<>();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
  private final List<String> requested = new CopyOnWriteArrayList<>();
  private volatile boolean down;

  public FakeFlinkRest answer(String path, String json) {
    bodies.put(path, json);
    statuses.remove(path);
    return this;
  }

  public FakeFlinkRest fail(String path, int status) {
    statuses.put(path, status);
    return this;
  }

  /** Every request is refused while down. */
  public void setDown(boolean down) {
    this.down = down;
  }

  public List<String> requested() {
    return List.copyOf(requested);
  }

  public void clearRequested() {
    requested.clear();
  }

  @Override
  public CompletableFuture<RestResult> get(ClusterTarget target, String pathAndQuery) {
    requested.add(pathAndQuery);
    var url = target.resolve(pathAndQuery);
    if (down) {
      return CompletableFuture.completedFuture(
          new RestResult.IoFailure(url, RestResult.Kind.REFUSED, "", Duration.ofSeconds(5)));
    }
    Integer status = statuses.get(pathAndQuery);
    String body = bodies.get(pathAndQuery);
    if (status != null || body == null) {
      int code = status == null ? 404 : status;
      return CompletableFuture.completedFuture(
          new RestResult.HttpError(url, code, "{\"errors\":[\"fake " + code + "\"]}"));
    }
    try {
      return CompletableFuture.completedFuture(new RestResult.Ok(url, 200, JSON.readTree(body)));
    } catch (Exception e) {
      throw new IllegalArgumentException("bad fake JSON for " + pathAndQuery + ": " + body, e);
    }
  }
}
