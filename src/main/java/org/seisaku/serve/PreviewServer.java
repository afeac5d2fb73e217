package org.seisaku.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;
import org.seisaku.index.Searcher;

/**
 * The preview server: the built site and {@code GET /api/search} on 127.0.0.1 only, with the JDK's
 * {@link HttpServer} and one shared {@link Searcher}.
 *
 * <pre>
 *   GET /api/search?q=協力隊&amp;ministry=総務省&amp;year=2015..2019&amp;kind=当初&amp;limit=10
 *       → 200 application/json, the JSON of {@code seisaku search --json} ({@link SearchJson})
 *       → 400 {"error":"year: 'x' is not a fiscal year or range …"} for a bad or unknown parameter
 *   GET /programs/junkan/   → programs/junkan/index.html
 *   GET /nowhere            → the site's 404.html, status 404
 *   anything, when all workers and their queue are busy → 503 {"error":"busy …"}, Retry-After: 1
 * </pre>
 *
 * <p>GET and HEAD only (405 otherwise). Pages are sent with {@code Cache-Control: no-cache} (a preview changes
 * with every build), search answers with {@code no-store}. Paths are confined to the site folder by
 * {@link SitePaths}. A failure inside a handler is answered 500 with a one-line message, never a stack trace.
 */
public final class PreviewServer implements Closeable {
  /** Defaults for {@code seisaku serve}: 4 workers suit a preview on a laptop; 64 waiting exchanges at most. */
  public static final int WORKERS = 4;
  public static final int QUEUE = 64;

  private static final Set<String> PARAMS = Set.of("q", "ministry", "year", "kind", "limit");

  private final HttpServer http;
  private final BoundedExecutor executor;
  private final SitePaths site;
  private final Searcher searcher;

  private final Consumer<String> log;

  private PreviewServer(HttpServer http, BoundedExecutor executor, SitePaths site, Searcher searcher,
      Consumer<String> log) {
    this.http = http;
    this.executor = executor;
    this.log = log;
    this.site = site;
    this.searcher = searcher;
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port the port, or 0 for any free one ({@link #port()} tells which)
   * @param searcher shared by all requests; the caller closes it after {@link #close()}
   * @throws IOException if the port is taken or the site folder cannot be read
   */
  public static PreviewServer start(Path siteDir, Searcher searcher, int port, int workers, int queue)
      throws IOException {
    return start(siteDir, searcher, port, workers, queue, message -> {});
  }

  /**
   * As {@link #start(Path, Searcher, int, int, int)}, telling {@code log} of each request that failed inside the
   * server (one line: method, path, what went wrong).
   */
  public static PreviewServer start(Path siteDir, Searcher searcher, int port, int workers, int queue,
      Consumer<String> log) throws IOException {
    SitePaths site = new SitePaths(siteDir);
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), queue);
    BoundedExecutor executor = new BoundedExecutor(workers, queue);
    PreviewServer server = new PreviewServer(http, executor, site, searcher, log);
    http.setExecutor(executor);
    http.createContext("/", server::handle);
    http.start();
    return server;
  }

  /** The port it listens on (the actual one when started with 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://" + http.getAddress().getAddress().getHostAddress() + ":" + port() + "/";
  }

  /** Stops listening, lets requests under way finish (up to a second), and stops the threads. */
  @Override
  public void close() {
    http.stop(0);
    executor.shutdown(1000);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      boolean head = "HEAD".equals(method);
      if (BoundedExecutor.overloaded()) {
        ex.getResponseHeaders().set("Retry-After", "1");
        json(ex, 503, error("busy: too many requests at once; try again"), head);
        return;
      }
      if (!head && !"GET".equals(method)) {
        ex.getResponseHeaders().set("Allow", "GET, HEAD");
        json(ex, 405, error("method " + method + " is not allowed: GET or HEAD"), false);
        return;
      }
      String path = ex.getRequestURI().getRawPath();
      try {
        if ("/api/search".equals(path)) {
          search(ex, head);
        } else if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
          json(ex, 404, error("no such API: " + path + " (there is /api/search)"), head);
        } else {
          file(ex, path, head);
        }
      } catch (RuntimeException | IOException e) {
        // an I/O error once the answer has begun is the client going away (a cancelled page load): not worth a line
        if (e instanceof RuntimeException || ex.getResponseCode() < 0) {
          log.accept(method + " " + path + ": " + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")));
        }
        if (ex.getResponseCode() < 0) json(ex, 500, error("internal error: " + e.getClass().getSimpleName()), head);
      }
    }
  }

  private void search(HttpExchange ex, boolean head) throws IOException {
    SearchRequest request;
    try {
      Map<String, String> p = query(ex.getRequestURI().getRawQuery());
      request = SearchParams.request(p.get("q"), p.get("ministry"), p.get("year"), p.get("kind"), p.get("limit"),
          searcher.ministries());
    } catch (IllegalArgumentException e) {
      json(ex, 400, error(e.getMessage()), head);
      return;
    }
    SearchResult result;
    try {
      result = searcher.search(request);
    } catch (IllegalArgumentException e) {
      json(ex, 400, error(e.getMessage()), head); // a query too complex for the index
      return;
    }
    json(ex, 200, SearchJson.write(result), head);
  }

  /**
   * The query string's parameters, form-decoded.
   *
   * @throws SearchParams.BadParameterException for an unknown or repeated parameter, or bad percent-encoding
   */
  static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) return out;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!PARAMS.contains(name)) {
        throw new SearchParams.BadParameterException("unknown parameter '" + name + "' (known: q, ministry, year, kind, limit)");
      }
      if (out.put(name, value) != null) throw new SearchParams.BadParameterException("parameter '" + name + "' given twice");
    }
    return out;
  }

  /** Form decoding ({@code +} is a space), strict: bad percent-encoding or UTF-8 is refused, not replaced. */
  private static String decode(String s) {
    return SitePaths.decode(s.replace('+', ' ')).orElseThrow(() -> new SearchParams.BadParameterException(
        "bad percent-encoding or UTF-8 in the query string: " + s));
  }

  private void file(HttpExchange ex, String path, boolean head) throws IOException {
    SitePaths.Target t = site.resolve(path);
    Headers h = ex.getResponseHeaders();
    if (t instanceof SitePaths.Redirect r) {
      h.set("Location", r.location());
      send(ex, 301, "text/plain; charset=utf-8", ("moved to " + r.location() + "\n").getBytes(StandardCharsets.UTF_8), head);
    } else if (t instanceof SitePaths.FileTarget f) {
      h.set("Cache-Control", "no-cache");
      sendFile(ex, 200, f.file(), head);
    } else {
      h.set("Cache-Control", "no-cache");
      var page = site.notFoundPage();
      if (page.isPresent()) sendFile(ex, 404, page.get(), head);
      else send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8), head);
    }
  }

  private static void sendFile(HttpExchange ex, int status, Path file, boolean head) throws IOException {
    long size = Files.size(file);
    ex.getResponseHeaders().set("Content-Type", SitePaths.contentType(file));
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head) {
      ex.getResponseHeaders().set("Content-Length", Long.toString(size));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, size == 0 ? -1 : size);
    try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
      in.transferTo(out);
    }
  }

  private static void json(HttpExchange ex, int status, String json, boolean head) throws IOException {
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    send(ex, status, "application/json; charset=utf-8", (json + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head) {
      ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  /** {@code {"error":"…"}}. */
  static String error(String message) {
    return SearchJson.error(message);
  }
}
