package org.seisaku.serve;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.seisaku.diag.Limits;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;
import org.seisaku.index.Searcher;

/**
 * The preview server: the built site and {@code GET /api/search} on 127.0.0.1 only, with Jetty (its core
 * handlers, no servlets) and one shared {@link Searcher}.
 *
 * <pre>
 *   GET /api/search?q=協力隊&amp;ministry=総務省&amp;year=2015..2019&amp;kind=当初&amp;limit=10
 *       → 200 application/json, the JSON of {@code seisaku search --json} ({@link SearchJson})
 *       → 400 {"error":"year: 'x' is not a fiscal year or range …"} for a bad or unknown parameter
 *   GET /programs/junkan/   → programs/junkan/index.html
 *   GET /nowhere            → the site's 404.html, status 404
 *   anything, when all workers and their queue are busy → 503 {"error":"busy …"}, Retry-After: 1
 *   a request Jetty itself refuses (a bad request line or URI, headers over 8 KB) → 400/431 {"error":"…"}
 * </pre>
 *
 * <p>GET and HEAD only (405 otherwise). Pages are sent with {@code Cache-Control: no-cache} (a preview changes
 * with every build), search answers with {@code no-store}. Paths are confined to the site folder by
 * {@link SitePaths}. A failure inside a handler is answered 500 with a one-line message, never a stack trace.
 *
 * <p>Hostile clients ({@link Limits}): Jetty reads a request's line and headers without holding a thread, so
 * clients that send half a header (slowloris) hold only their connections; a connection that sends or reads
 * nothing for {@link Limits#HTTP_IDLE_MILLIS} is closed (headers, bodies and slow readers alike); at most
 * {@link Limits#HTTP_CONNECTIONS} are open at once (more wait in the kernel's accept queue); request line and
 * headers are limited to {@link Limits#HTTP_HEADER_BYTES}. At most {@code workers} requests are answered at once
 * and {@code queue} more wait; the rest get 503 at once.
 */
public final class PreviewServer implements Closeable {
  /** Defaults for {@code seisaku serve}: 4 workers suit a preview on a laptop; 64 waiting requests at most. */
  public static final int WORKERS = 4;
  public static final int QUEUE = 64;

  /** Jetty's own threads besides the handlers': an acceptor, a selector and some slack for its housekeeping. */
  private static final int JETTY_THREADS = 6;

  private static final Set<String> PARAMS = Set.of("q", "ministry", "year", "kind", "limit");
  private static final String JSON = "application/json; charset=utf-8";

  private final Server jetty;
  private final ServerConnector connector;
  private final SitePaths site;
  private volatile Searcher searcher;
  /** {@code serve --watch}: the reload of open pages, or null. */
  private volatile LiveReload live;
  private final Consumer<String> log;
  /** Requests being answered or waiting: at most workers + queue; beyond, 503. */
  private final Semaphore admitted;
  /** Requests being answered: at most workers. */
  private final Semaphore working;

  private PreviewServer(SitePaths site, Searcher searcher, int port, int workers, int queue, Consumer<String> log) {
    this.site = site;
    this.searcher = searcher;
    this.log = log;
    this.admitted = new Semaphore(workers + queue);
    this.working = new Semaphore(workers, true);
    QueuedThreadPool threads = new QueuedThreadPool(workers + queue + JETTY_THREADS, 2, 60_000);
    threads.setName("seisaku-serve");
    threads.setDaemon(true);
    threads.setReservedThreads(0);
    this.jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(Limits.HTTP_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setIdleTimeout(Limits.HTTP_IDLE_MILLIS);
    this.connector = new ServerConnector(jetty, 1, 1, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(port);
    connector.setIdleTimeout(Limits.HTTP_IDLE_MILLIS);
    connector.setAcceptQueueSize(queue);
    jetty.addConnector(connector);
    NetworkConnectionLimit limit = new NetworkConnectionLimit(Limits.HTTP_CONNECTIONS, connector);
    limit.setEndPointIdleTimeout(Limits.HTTP_IDLE_MILLIS / 5); // at the limit, idle connections go sooner
    jetty.addBean(limit);
    jetty.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        PreviewServer.this.handle(request, response, callback);
        return true;
      }
    });
    jetty.setErrorHandler(new JsonErrors());
    jetty.setStopTimeout(1000);
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
    if (workers < 1 || queue < 1) throw new IllegalArgumentException("workers and queue must be at least 1");
    PreviewServer server = new PreviewServer(new SitePaths(siteDir), searcher, port, workers, queue, log);
    try {
      server.jetty.start();
    } catch (IOException e) {
      server.close();
      throw e;
    } catch (Exception e) {
      server.close();
      throw new IOException(e.getMessage(), e);
    }
    return server;
  }

  /** The port it listens on (the actual one when started with 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:PORT/}. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/";
  }

  /** Serves the reload of {@code serve --watch} from now on ({@link LiveReload}). */
  public void liveReload(LiveReload reload) {
    this.live = reload;
  }

  /** Answers searches from {@code next} from now on (a rebuilt index); returns the searcher it replaces. */
  public Searcher replaceSearcher(Searcher next) {
    Searcher old = searcher;
    searcher = next;
    return old;
  }

  /** Stops listening, lets requests under way finish (up to a second), and stops the threads. */
  @Override
  public void close() {
    try {
      jetty.stop();
    } catch (Exception e) {
      // stopping: nothing left to do about it
    }
  }

  private void handle(Request request, Response response, Callback callback) {
    String method = request.getMethod();
    String path = request.getHttpURI().getPath();
    boolean head = "HEAD".equals(method);
    if (!admitted.tryAcquire()) {
      response.getHeaders().put("Retry-After", "1");
      json(response, callback, 503, error("busy: too many requests at once; try again"), head);
      return;
    }
    try {
      working.acquire();
    } catch (InterruptedException e) {
      admitted.release();
      Thread.currentThread().interrupt();
      json(response, callback, 503, error("busy: stopping"), head);
      return;
    }
    try {
      if (!head && !"GET".equals(method)) {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
        json(response, callback, 405, error("method " + method + " is not allowed: GET or HEAD"), false);
      } else if ("/api/search".equals(path)) {
        search(request, response, callback, head);
      } else if (live != null && path != null && path.startsWith(LiveReload.PREFIX) && live.answer(path) != null) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        send(response, callback, 200, LiveReload.type(path), live.answer(path), head);
      } else if (path != null && (path.equals("/api") || path.startsWith("/api/"))) {
        json(response, callback, 404, error("no such API: " + path + " (there is /api/search)"), head);
      } else {
        file(response, callback, path, head);
      }
    } catch (RuntimeException | IOException e) {
      // an I/O error once the answer has begun is the client going away (a cancelled page load): not worth a line
      if (e instanceof RuntimeException || !response.isCommitted()) {
        log.accept(method + " " + path + ": " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ")));
      }
      if (!response.isCommitted()) {
        response.reset();
        json(response, callback, 500, error("internal error: " + e.getClass().getSimpleName()), head);
      } else {
        callback.failed(e);
      }
    } finally {
      working.release();
      admitted.release();
    }
  }

  private void search(Request request, Response response, Callback callback, boolean head) throws IOException {
    Searcher searcher = this.searcher; // one index for the whole request, even while a rebuild replaces it
    SearchRequest sr;
    try {
      Map<String, String> p = query(request.getHttpURI().getQuery());
      sr = SearchParams.request(p.get("q"), p.get("ministry"), p.get("year"), p.get("kind"), p.get("limit"),
          searcher.ministries());
    } catch (IllegalArgumentException e) {
      json(response, callback, 400, error(e.getMessage()), head);
      return;
    }
    SearchResult result;
    try {
      result = searcher.search(sr);
    } catch (IllegalArgumentException e) {
      json(response, callback, 400, error(e.getMessage()), head); // a query too complex for the index
      return;
    }
    json(response, callback, 200, SearchJson.write(result), head);
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
        "bad percent-encoding or UTF-8 in the query string: " + Limits.head(s)));
  }

  private void file(Response response, Callback callback, String path, boolean head) throws IOException {
    SitePaths.Target t = site.resolve(path);
    HttpFields.Mutable h = response.getHeaders();
    if (t instanceof SitePaths.Redirect r) {
      h.put(HttpHeader.LOCATION, r.location());
      send(response, callback, 301, "text/plain; charset=utf-8", ("moved to " + r.location() + "\n").getBytes(StandardCharsets.UTF_8), head);
    } else if (t instanceof SitePaths.FileTarget f) {
      h.put(HttpHeader.CACHE_CONTROL, "no-cache");
      LiveReload reload = live;
      if (reload != null && f.file().getFileName().toString().endsWith(".html")) {
        send(response, callback, 200, SitePaths.contentType(f.file()), reload.inject(Files.readAllBytes(f.file())), head);
      } else {
        sendFile(response, callback, 200, f.file(), head);
      }
    } else {
      h.put(HttpHeader.CACHE_CONTROL, "no-cache");
      var page = site.notFoundPage();
      if (page.isPresent()) sendFile(response, callback, 404, page.get(), head);
      else send(response, callback, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8), head);
    }
  }

  /**
   * Sends a file with blocking writes, so that a worker stays taken until the client has it (a client that reads
   * nothing is cut after the idle timeout).
   */
  private static void sendFile(Response response, Callback callback, int status, Path file, boolean head) throws IOException {
    long size = Files.size(file);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, SitePaths.contentType(file));
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
    if (head) {
      callback.succeeded();
      return;
    }
    try (InputStream in = Files.newInputStream(file); OutputStream out = Content.Sink.asOutputStream(response)) {
      in.transferTo(out);
    }
    callback.succeeded();
  }

  private static void json(Response response, Callback callback, int status, String json, boolean head) {
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    send(response, callback, status, JSON, (json + "\n").getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(Response response, Callback callback, int status, String type, byte[] body, boolean head) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    if (head) {
      callback.succeeded();
      return;
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** {@code {"error":"…"}}. */
  static String error(String message) {
    return SearchJson.error(message);
  }

  /**
   * Jetty's answers to what never reaches {@link #handle} (a request line it cannot parse, a bad URI, headers too
   * long, a failed callback) as {@code {"error":"…"}} like every other error, with no HTML, stack or server name.
   */
  private static final class JsonErrors extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
        Callback callback) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
      byte[] body = (error(describe(code, message)) + "\n").getBytes(StandardCharsets.UTF_8);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      fields.put(new HttpField(HttpHeader.CONTENT_TYPE, JSON));
      fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
      return ByteBuffer.wrap((error(describe(status, reason)) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(int status, String message) {
      String reason = HttpStatus.getMessage(status);
      return (status >= 500 ? "internal error: " : "bad request: ") + status + " " + reason
          + (message == null || message.isBlank() || message.equals(reason) ? "" : ": " + message);
    }
  }
}
