package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch} as a user runs it (the jar, in a process of its own): it builds, serves pages carrying the
 * reload script (which the built site itself never has), and when a document is edited the page it serves changes
 * within seconds, the build id the open pages poll changes, and search finds the new words. Content with an error
 * leaves the previous build served.
 */
class ServeWatchIT {
  @TempDir Path tmp;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
  static final String PAGE = "documents/genki-plan/index.html";

  @Test
  void anEditedDocumentIsServedWithinSeconds() throws Exception {
    Path content = Fixtures.copy("content", tmp.resolve("content"));
    Fixtures.copy("judgit", tmp.resolve("judgit"));
    Path site = tmp.resolve("site");
    Path index = tmp.resolve("index");
    Process p = new ProcessBuilder(OutputSafetyIT.java(), "-Xmx512m", "-jar",
        Path.of("target/seisaku.jar").toAbsolutePath().toString(), "serve", "--watch", "--port", "0", "--content",
        content.toString(), "--source", "judgit:" + tmp.resolve("judgit"), "--site", site.toString(), "--index",
        index.toString(), "-q").redirectError(tmp.resolve("stderr.txt").toFile()).start();
    try {
      String base = null;
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line;
      while (base == null && (line = out.readLine()) != null) { // left open: serve may print more
        Matcher m = URL.matcher(line);
        if (m.find()) base = m.group(1);
      }
      assertTrue(base != null, "serve printed its URL: " + Files.readString(tmp.resolve("stderr.txt")));

      String page = get(base + PAGE);
      String build = get(base + "_seisaku/build").strip();
      assertTrue(page.contains("<script src=\"/_seisaku/reload.js\" data-build=\"" + build + "\" defer></script></body>"),
          "the served page reloads itself: " + page);
      assertFalse(Files.readString(site.resolve(PAGE)).contains("_seisaku"), "the built site has no reload script");
      assertTrue(get(base + "_seisaku/reload.js").contains("location.reload()"));

      Path doc = content.resolve("documents/genki-plan.md");
      Files.writeString(doc, Files.readString(doc) + "\n結合試験ではユニコーン事業にもふれる。\n");
      long start = System.nanoTime();
      while (!get(base + PAGE).contains("ユニコーン事業") && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90)) {
        Thread.sleep(200);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      assertTrue(get(base + PAGE).contains("ユニコーン事業"), "the edit is served (waited " + seconds + " s): "
          + Files.readString(tmp.resolve("stderr.txt")));
      System.out.printf("ServeWatchIT: the edited page was served %.1f s after the save%n", seconds);
      // the id changes once the new index serves the searches too, a moment after the site's files
      String rebuilt = get(base + "_seisaku/build").strip();
      for (long t = System.nanoTime(); rebuilt.equals(build) && System.nanoTime() - t < TimeUnit.SECONDS.toNanos(30); ) {
        Thread.sleep(100);
        rebuilt = get(base + "_seisaku/build").strip();
      }
      assertNotEquals(build, rebuilt, "open pages see a new build id");
      String found = get(base + "api/search?q=" + java.net.URLEncoder.encode("ユニコーン", StandardCharsets.UTF_8));
      assertTrue(!found.contains("\"total\":0") && found.contains("<mark>ユニコーン</mark>"),
          "search answers from the new index: " + found);

      Files.writeString(content.resolve("documents/broken.md"), "---\ntitle: [unclosed\n---\n本文\n");
      Thread.sleep(3000);
      assertTrue(p.isAlive(), "an error in the content does not stop serve");
      assertTrue(get(base + PAGE).contains("ユニコーン事業"), "the previous build stays served");
      String err = Files.readString(tmp.resolve("stderr.txt"));
      long waited = System.nanoTime();
      while (!err.contains("broken.md") && System.nanoTime() - waited < TimeUnit.SECONDS.toNanos(60)) {
        Thread.sleep(200);
        err = Files.readString(tmp.resolve("stderr.txt"));
      }
      assertTrue(err.contains("broken.md"), "the problem is reported: " + err);
      assertEquals(rebuilt, get(base + "_seisaku/build").strip(), "no new build was served");
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
      if (p.isAlive()) p.destroyForcibly();
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET()
        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), url);
    return r.body();
  }
}
