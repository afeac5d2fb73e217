package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of page of the fixture site passes axe-core's WCAG 2.x A/AA rules (contrast, labels, landmarks,
 * lang, link names …) in headless Chromium, at a desktop and a phone width, the search page with a query run.
 *
 * <p>Needs node, Debian's chromium and {@code npm ci} (which {@code .ci/run} installs). Outside CI it skips
 * when they are missing; under CI ({@code CI} set) their absence is a failure, so the check cannot go quiet.
 */
class AccessibilityIT {
  @TempDir Path tmp;

  static final List<String> PAGES = List.of("index.html", "programs/index.html", "programs/junkan/index.html",
      "ministries/index.html", "ministries/soumu/index.html", "years/index.html", "years/2008/index.html",
      "documents/index.html", "documents/genki-plan/index.html", "search/index.html?q=地域", "data/index.html", "404.html");

  static boolean available(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void everyKindOfPagePassesAxe() throws Exception {
    String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
    boolean ready = available("node", "--version") && Files.isExecutable(Path.of(chromium))
        && Files.isDirectory(Path.of("node_modules/axe-core")) && Files.isDirectory(Path.of("node_modules/playwright-core"));
    if (System.getenv("CI") != null) assertTrue(ready, "CI must have node, chromium and node_modules (see .ci/run)");
    assumeTrue(ready, "needs node, " + chromium + " and `npm ci`");

    Path site = tmp.resolve("site");
    Fixtures.Run build = Fixtures.run("build", "--content", Fixtures.resource("content").toString(),
        "--source", "judgit:" + Fixtures.resource("judgit"), "--out", site.toString(), "--index", tmp.resolve("index").toString(), "-q");
    assertEquals(0, build.exit(), build.err());

    List<String> command = new ArrayList<>(List.of("node", "src/test/js/a11y.mjs", site.toString()));
    command.addAll(PAGES);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "axe run timed out");
    assertEquals(0, p.exitValue(), out);

    ObjectMapper json = new ObjectMapper();
    List<String> violations = new ArrayList<>();
    int checked = 0;
    for (String line : out.split("\\R")) {
      if (line.isBlank()) continue;
      JsonNode r = json.readTree(line);
      checked++;
      for (JsonNode v : r.get("violations")) {
        violations.add(r.get("page").asText() + " @" + r.get("width").asInt() + "px: " + v.get("id").asText() + " ("
            + v.get("impact").asText() + ") " + v.get("help").asText() + " " + v.get("nodes"));
      }
    }
    assertEquals(PAGES.size() * 2, checked, out);
    assertEquals(List.of(), violations);
  }
}
