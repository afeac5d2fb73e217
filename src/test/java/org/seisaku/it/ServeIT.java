package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Limits;
import org.seisaku.index.Searcher;
import org.seisaku.serve.PreviewServer;

/**
 * {@code serve} over HTTP on 127.0.0.1, against the fixture site: the search API answers what
 * {@code search --json} prints, bad parameters get 400 with a message, the site's files come with their types,
 * unknown paths get the site's 404 page, no path reaches outside the site, and a burst of requests is answered.
 */
class ServeIT {
  @TempDir static Path tmp;
  static Path site;
  static Path index;
  static Searcher searcher;
  static PreviewServer server;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    site = tmp.resolve("site");
    index = tmp.resolve("index");
    Fixtures.buildSite(site, index);
    Files.writeString(tmp.resolve("secret.txt"), "SECRET outside the site");
    searcher = Searcher.open(index);
    server = PreviewServer.start(site, searcher, 0, PreviewServer.WORKERS, PreviewServer.QUEUE);
  }

  @AfterAll
  static void stop() throws IOException {
    if (server != null) server.close();
    if (searcher != null) searcher.close();
  }

  static HttpResponse<String> get(String pathAndQuery) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.url()).resolve(pathAndQuery))
        .timeout(Duration.ofSeconds(20)).GET().build();
    return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A request written byte for byte, so that no client tidies the path first; returns the whole response. */
  static String raw(String requestTarget) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + requestTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void listensOnLoopbackOnly() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    assertTrue(server.port() > 0);
  }

  @Test
  void apiAnswersWhatSearchJsonPrints() throws Exception {
    String[][] cases = {
      {"整備", null, null}, {"整備", "H20", null}, {"地域", "2018..2019", null}, {"整備", null, "国交省"}, {"交付金", null, "soumu"}};
    for (String[] c : cases) {
      List<String> args = new ArrayList<>(List.of("search", c[0], "--index", index.toString(), "--json"));
      StringBuilder url = new StringBuilder("/api/search?q=" + q(c[0]));
      if (c[1] != null) {
        args.addAll(List.of("--year", c[1]));
        url.append("&year=").append(q(c[1]));
      }
      if (c[2] != null) {
        args.addAll(List.of("--ministry", c[2]));
        url.append("&ministry=").append(q(c[2]));
      }
      Fixtures.Run cli = Fixtures.run(args.toArray(String[]::new));
      assertEquals(0, cli.exit(), cli.err());
      HttpResponse<String> r = get(url.toString());
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
      assertEquals(cli.out().strip(), r.body().strip(), String.join(" ", c));
    }
    JsonNode limited = JSON.readTree(get("/api/search?q=" + q("整備") + "&limit=1").body());
    assertEquals(1, limited.get("hits").size());
    assertEquals(2, limited.get("total").asInt());
  }

  @Test
  void badParametersGet400WithAMessage() throws Exception {
    for (String query : List.of("q=x&year=" + q("来年"), "q=x&year=2012..2008", "q=x&limit=0", "q=x&limit=abc",
        "q=x&limit=100000", "q=x&colour=red", "q=x&q=y", "q=%E3%81", "q=", "q=+&limit=5")) {
      HttpResponse<String> r = get("/api/search?" + query);
      assertEquals(400, r.statusCode(), query + ": " + r.body());
      assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""), query);
      JsonNode body = JSON.readTree(r.body());
      assertEquals(List.of("error"), List.copyOf(iterable(body.fieldNames())), query);
      assertFalse(body.get("error").asText().isBlank(), query);
      assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
    }
    assertEquals(404, get("/api/other").statusCode());
  }

  @Test
  void sitePagesWithTheirTypes() throws Exception {
    String[][] cases = {
      {"/", "text/html; charset=utf-8", "index.html"},
      {"/index.html", "text/html; charset=utf-8", "index.html"},
      {"/programs/junkan/", "text/html; charset=utf-8", "programs/junkan/index.html"},
      {"/assets/site.css", "text/css; charset=utf-8", "assets/site.css"},
      {"/assets/search.js", "text/javascript; charset=utf-8", "assets/search.js"},
      {"/data/programs.json", "application/json; charset=utf-8", "data/programs.json"},
      {"/sitemap.xml", "application/xml; charset=utf-8", "sitemap.xml"},
      {"/search/head.js", "text/javascript; charset=utf-8", "search/head.js"}};
    for (String[] c : cases) {
      HttpResponse<String> r = get(c[0]);
      assertEquals(200, r.statusCode(), c[0]);
      assertEquals(c[1], r.headers().firstValue("Content-Type").orElse(""), c[0]);
      assertEquals("no-cache", r.headers().firstValue("Cache-Control").orElse(""), c[0]);
      assertEquals(Fixtures.read(site.resolve(c[2])), r.body(), c[0]);
    }
    HttpResponse<String> moved = get("/programs/junkan");
    assertEquals(301, moved.statusCode());
    assertEquals("junkan/", moved.headers().firstValue("Location").orElse(""));
  }

  @Test
  void svgComesAsSvg() throws Exception {
    Files.writeString(site.resolve("assets/test.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    assertEquals("image/svg+xml", get("/assets/test.svg").headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void headGivesTheLengthWithoutTheBody() throws Exception {
    HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "index.html"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertEquals(String.valueOf(Files.size(site.resolve("index.html"))), r.headers().firstValue("Content-Length").orElse(""));
    assertEquals("", r.body());
    HttpRequest post = HttpRequest.newBuilder(URI.create(server.url() + "index.html"))
        .POST(HttpRequest.BodyPublishers.ofString("x")).build();
    HttpResponse<String> p = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
    assertEquals(405, p.statusCode());
    assertEquals("GET, HEAD", p.headers().firstValue("Allow").orElse(""));
  }

  @Test
  void unknownPathsGetThe404Page() throws Exception {
    HttpResponse<String> r = get("/programs/no-such-program/");
    assertEquals(404, r.statusCode());
    assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
    assertEquals(Fixtures.read(site.resolve("404.html")), r.body());
  }

  @Test
  void noPathLeavesTheSite() throws Exception {
    Path outside = Files.createSymbolicLink(site.resolve("link-out.txt"), tmp.resolve("secret.txt"));
    String abs = tmp.resolve("secret.txt").toAbsolutePath().toString();
    for (String target : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
        "/..%5csecret.txt", "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "//etc/passwd",
        "/%2F..%2F..%2Fetc%2Fpasswd", abs, "/" + abs, "/%00../secret.txt", "/link-out.txt", "/%c0%ae%c0%ae/secret.txt",
        "/../pom.xml", "/%2e%2e/pom.xml", "/../../../../../../../../etc/passwd")) {
      String response = raw(target);
      String status = response.lines().findFirst().orElse("");
      assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + " → " + status);
      assertFalse(response.contains("SECRET"), target);
      assertFalse(response.contains("root:"), target);
      assertFalse(response.contains("<artifactId>"), target);
    }
    Files.delete(outside);
  }

  @Test
  void aBurstOfRequestsIsAllAnswered() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String path = i % 2 == 0 ? "/api/search?q=" + q(i % 4 == 0 ? "整備" : "地域") : "/programs/junkan/";
      all.add(HTTP.sendAsync(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    int ok = 0;
    for (CompletableFuture<HttpResponse<String>> f : all) {
      int s = f.get().statusCode();
      assertTrue(s == 200 || s == 503, "answered: " + s);
      if (s == 200) ok++;
    }
    assertTrue(ok > 0, "some served");
  }

  @Test
  void busyWorkersMean503NotAHang() throws Exception {
    // a file that fills the socket buffers of a client that reads nothing, so that its worker stays taken
    Path big = site.resolve("assets/big.txt");
    Files.write(big, new byte[48 << 20]);
    try (Searcher own = Searcher.open(index)) {
      PreviewServer s = PreviewServer.start(site, own, 0, 1, 1);
      // two clients that never read their answer: one holds the only worker, one waits in the queue
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 2; i++) {
          Socket c = new Socket();
          c.setReceiveBufferSize(4096);
          c.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), s.port()));
          c.getOutputStream().write("GET /assets/big.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          c.getOutputStream().flush();
          slow.add(c);
          Thread.sleep(300);
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/search?q=" + q("整備")))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("1", r.headers().firstValue("Retry-After").orElse(""));
        assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("busy"), r.body());
      } finally {
        for (Socket c : slow) c.close();
        s.close();
        Files.delete(big);
      }
    }
  }

  /**
   * Issue 9, failure 8 (slowloris): clients that send half a request header hold no worker; a normal request is
   * answered at once, and the server closes the idle ones after {@link Limits#HTTP_IDLE_MILLIS}. On 0.1's JDK
   * HttpServer, 4 such clients froze every request until they closed.
   */
  @Test
  void halfSentHeadersFreezeNobody() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < PreviewServer.WORKERS * 2; i++) {
        Socket c = new Socket(InetAddress.getLoopbackAddress(), server.port());
        c.getOutputStream().write("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        c.getOutputStream().flush();
        slow.add(c);
      }
      Thread.sleep(200);
      long start = System.nanoTime();
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "api/search?q=" + q("整備")))
          .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode(), r.body());
      assertTrue(System.nanoTime() - start < 2_000_000_000L, "answered within 2 s");
      Socket first = slow.get(0);
      first.setSoTimeout(Limits.HTTP_IDLE_MILLIS + 5_000);
      long waited = System.nanoTime();
      int read = first.getInputStream().read();
      long millis = (System.nanoTime() - waited) / 1_000_000;
      assertEquals(-1, read, "closed without an answer");
      assertTrue(millis < Limits.HTTP_IDLE_MILLIS + 3_000, "closed after about the idle timeout: " + millis + " ms");
    } finally {
      for (Socket c : slow) c.close();
    }
  }

  /**
   * More idle connections than {@link Limits#HTTP_CONNECTIONS}: the extra ones wait to be accepted, the idle ones
   * are closed, and a normal request is answered once they are, well within a few idle timeouts.
   */
  @Test
  void connectionsAreCappedAndIdleOnesClosed() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < Limits.HTTP_CONNECTIONS + 16; i++) idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
      long start = System.nanoTime();
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "index.html"))
          .timeout(Duration.ofSeconds(4L * Limits.HTTP_IDLE_MILLIS / 1000)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 2L * Limits.HTTP_IDLE_MILLIS, "answered in " + millis + " ms");
      for (Socket c : idle) {
        c.setSoTimeout(3 * Limits.HTTP_IDLE_MILLIS);
        assertEquals(-1, c.getInputStream().read(), "an idle connection is closed by the server");
      }
    } finally {
      for (Socket c : idle) c.close();
    }
  }

  /**
   * Every bad request gets JSON, also those Jetty refuses before the handler (issue 9, failure 9: {@code q=%zz} got
   * the JDK's HTML 400): bad percent-encoding, a request line that is no request, headers over the limit, a bad
   * URI, an unknown method.
   */
  @Test
  void everyBadRequestGetsJson() throws Exception {
    String[][] cases = {
      {"GET /api/search?q=%zz HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"GET /api/search?q=%E3%81 HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"GARBAGE\r\n\r\n", "400"},
      {"GET /%zz/ HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(Limits.HTTP_HEADER_BYTES * 2) + "\r\n\r\n", "431"},
      {"GET / HTTP/9.9\r\nHost: x\r\n\r\n", "*"},
      {"DELETE /index.html HTTP/1.1\r\nHost: x\r\n\r\n", "405"},
      {"GET /api/search?" + "q=" + "a".repeat(Limits.QUERY_CHARS + 1) + " HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"GET /api/search?q=" + "a+".repeat(1100) + " HTTP/1.1\r\nHost: x\r\n\r\n", "400"},
      {"GET /api/search?q=%21%21%21 HTTP/1.1\r\nHost: x\r\n\r\n", "400"}};
    for (String[] c : cases) {
      String response = rawRequest(c[0]);
      String status = response.lines().findFirst().orElse("");
      String where = c[0].substring(0, Math.min(60, c[0].length())) + " → " + status;
      assertTrue(c[1].equals("*") ? status.matches("HTTP/1\\.1 [45]\\d\\d .*") : status.startsWith("HTTP/1.1 " + c[1] + " "), where);
      assertTrue(response.contains("\r\nContent-Type: application/json; charset=utf-8\r\n"), where + "\n" + response);
      String body = response.substring(response.indexOf("\r\n\r\n") + 4);
      JsonNode json = JSON.readTree(body);
      assertEquals(List.of("error"), List.copyOf(iterable(json.fieldNames())), where);
      assertFalse(body.contains("Exception") || body.contains("<") || body.toLowerCase().contains("jetty"), where + ": " + body);
    }
  }

  /** A request written as it is; returns the whole response (the server closes or answers within 10 s). */
  static String rawRequest(String request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      StringBuilder b = new StringBuilder();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          b.append(new String(buf, 0, n, StandardCharsets.UTF_8));
          int end = b.indexOf("\r\n\r\n");
          int length = end < 0 ? -1 : contentLength(b.substring(0, end));
          if (length >= 0 && b.length() - end - 4 >= length) break;
        }
      } catch (java.net.SocketException closed) {
        // the server may close after answering a request it would not read to its end
      }
      return b.toString();
    }
  }

  private static int contentLength(String headers) {
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) return Integer.parseInt(line.substring(15).strip());
    }
    return -1;
  }

  @Test
  void aFailureInsideIs500WithALineInTheLog() throws Exception {
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    Searcher own = Searcher.open(index);
    PreviewServer s = PreviewServer.start(site, own, 0, 2, 4, log::add);
    try {
      own.close(); // the index gone from under the server
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/search?q=" + q("整備")))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(500, r.statusCode());
      assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("internal error"), r.body());
      assertFalse(r.body().contains("\tat "), r.body());
      assertEquals(1, log.size(), log.toString());
      assertTrue(log.get(0).startsWith("GET /api/search: "), log.toString());
    } finally {
      s.close();
    }
  }

  @Test
  void stopsAndFreesThePort() throws Exception {
    Searcher own = Searcher.open(index);
    PreviewServer s = PreviewServer.start(site, own, 0, 2, 4);
    int port = s.port();
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + "api/search?q=" + q("整備"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    s.close();
    own.close();
    assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close());
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
