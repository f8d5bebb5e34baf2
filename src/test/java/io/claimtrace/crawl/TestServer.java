package io.claimtrace.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP server on a loopback address and ephemeral port that logs every request. */
final class TestServer implements AutoCloseable {

  record Logged(String path, String host, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
  private final List<Logged> log = new CopyOnWriteArrayList<>();
  private final String bind;

  TestServer() throws IOException {
    this("127.0.0.1");
  }

  TestServer(String bindAddress) throws IOException {
    this.bind = bindAddress;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", ex -> {
      String path = ex.getRequestURI().getRawPath()
          + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
      log.add(new Logged(path, ex.getRequestHeaders().getFirst("Host"),
          ex.getRequestHeaders().getFirst("User-Agent")));
      HttpHandler h = handlers.get(ex.getRequestURI().getRawPath());
      try {
        if (h == null) {
          send(ex, 404, "text/plain", "not found");
        } else {
          h.handle(ex);
        }
      } catch (IOException e) {
        // client went away (size caps, timeouts): expected in these tests
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  TestServer on(String path, HttpHandler handler) {
    handlers.put(path, handler);
    return this;
  }

  TestServer page(String path, int status, String contentType, String body) {
    return on(path, ex -> send(ex, status, contentType, body));
  }

  TestServer redirect(String from, String location) {
    return on(from, ex -> {
      ex.getResponseHeaders().add("Location", location);
      ex.sendResponseHeaders(302, -1);
    });
  }

  int port() {
    return server.getAddress().getPort();
  }

  URI uri(String path) {
    return URI.create("http://" + bind + ":" + port() + path);
  }

  List<Logged> log() {
    return List.copyOf(log);
  }

  List<String> paths() {
    return log.stream().map(Logged::path).toList();
  }

  static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    send(ex, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().add("Content-Type", contentType);
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
