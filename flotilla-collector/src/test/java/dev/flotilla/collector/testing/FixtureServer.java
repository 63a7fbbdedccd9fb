package dev.flotilla.collector.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server on a free loopback port serving canned Flink REST answers (see {@link
 * FixtureRoutes}). Its threads are named {@code fixture-server-*} so benchmarks can tell its cost
 * apart from the client's.
 */
public final class FixtureServer implements AutoCloseable {
  public static final String THREAD_PREFIX = "fixture-server-";

  /** Maps a request path (with query) to an answer; empty means 404. */
  @FunctionalInterface
  public interface Router {
    Optional<Reply> route(String pathAndQuery);
  }

  /** One canned answer. */
  public record Reply(int status, byte[] body) {
    public static Reply json(String body) {
      return new Reply(200, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicLong bytesServed = new AtomicLong();

  static {
    // Without TCP_NODELAY, small keep-alive answers wait for delayed ACKs (~40 ms each).
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private FixtureServer(Router router, int threads) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    AtomicInteger n = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, THREAD_PREFIX + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> handle(router, exchange));
    server.start();
  }

  public static FixtureServer start(Router router) throws IOException {
    return new FixtureServer(router, 2);
  }

  public static FixtureServer start(Router router, int threads) throws IOException {
    return new FixtureServer(router, threads);
  }

  public static FixtureServer serveDirectory(Path dir) throws IOException {
    return start(FixtureRoutes.fromDirectory(dir));
  }

  private void handle(Router router, HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      Reply reply =
          router
              .route(path)
              .orElseGet(
                  () ->
                      new Reply(
                          404,
                          ("{\"errors\":[\"Not found: " + uri.getRawPath() + "\"]}")
                              .getBytes(StandardCharsets.UTF_8)));
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
      exchange.sendResponseHeaders(reply.status(), reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
      bytesServed.addAndGet(reply.body().length);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int requestCount() {
    return requests.get();
  }

  public long bytesServed() {
    return bytesServed.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
