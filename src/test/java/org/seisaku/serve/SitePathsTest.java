package org.seisaku.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request paths → files of the site, and nothing outside it; content types; strict percent-decoding. */
class SitePathsTest {
  @TempDir Path tmp;

  @Test
  void pathsResolveInsideTheSiteOnly() throws Exception {
    Path site = Files.createDirectories(tmp.resolve("site"));
    Files.createDirectories(site.resolve("programs/a"));
    Files.writeString(site.resolve("index.html"), "home");
    Files.writeString(site.resolve("programs/a/index.html"), "a");
    Files.writeString(site.resolve("programs/a/地域.txt"), "kanji");
    Files.writeString(tmp.resolve("secret.txt"), "secret");
    SitePaths p = new SitePaths(site);
    Path root = site.toRealPath();
    String[][] table = {
      // request path             | file (relative to the site), → redirect, or - for not found
      {"/", "index.html"},
      {"", "index.html"},
      {"/index.html", "index.html"},
      {"/programs/a/", "programs/a/index.html"},
      {"/programs//a/./", "programs/a/index.html"},
      {"/programs/a", "→a/"},
      {"/programs/a/%E5%9C%B0%E5%9F%9F.txt", "programs/a/地域.txt"},
      {"/../secret.txt", "-"},
      {"/%2e%2e/secret.txt", "-"},
      {"/..%2Fsecret.txt", "-"},
      {"/programs/../../secret.txt", "-"},
      {"/..\\secret.txt", "-"},
      {"/%5c..%5csecret.txt", "-"},
      {"/c:/secret.txt", "-"},
      {"/%00", "-"},
      {"/%zz", "-"},
      {"/%c0%ae%c0%ae/secret.txt", "-"},
      {"//etc/passwd", "-"},
      {"/nothing.html", "-"},
    };
    for (String[] row : table) {
      SitePaths.Target t = p.resolve(row[0]);
      if (row[1].equals("-")) {
        assertInstanceOf(SitePaths.NotFound.class, t, row[0]);
      } else if (row[1].startsWith("→")) {
        assertEquals(new SitePaths.Redirect(row[1].substring(1)), t, row[0]);
      } else {
        assertEquals(new SitePaths.FileTarget(root.resolve(row[1])), t, row[0]);
      }
    }
  }

  @Test
  void contentTypes() {
    String[][] table = {
      {"a.html", "text/html; charset=utf-8"}, {"a.css", "text/css; charset=utf-8"},
      {"a.js", "text/javascript; charset=utf-8"}, {"a.json", "application/json; charset=utf-8"},
      {"a.svg", "image/svg+xml"}, {"feed.xml", "application/xml; charset=utf-8"},
      {"budget.csv", "text/csv; charset=utf-8"}, {"A.PNG", "image/png"}, {"noext", "application/octet-stream"}};
    for (String[] row : table) assertEquals(row[1], SitePaths.contentType(Path.of(row[0])), row[0]);
  }

  @Test
  void decodingIsStrict() {
    assertEquals(Optional.of("/a+b c"), SitePaths.decode("/a+b%20c"));
    assertEquals(Optional.of("/地域"), SitePaths.decode("/%E5%9C%B0%E5%9F%9F"));
    assertEquals(Optional.empty(), SitePaths.decode("/%E5%9C"));
    assertEquals(Optional.empty(), SitePaths.decode("/%"));
    assertEquals(Optional.empty(), SitePaths.decode("/%g0"));
  }
}
