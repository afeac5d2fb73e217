package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Requirements;

/**
 * Every kind of page of the fixture site passes axe-core's WCAG 2.x A/AA rules (contrast, labels, landmarks,
 * lang, link names …) in headless Chromium, at a desktop and a phone width, the search page with a query run.
 *
 * <p>Needs node, Debian's chromium and {@code npm ci} (which {@code .ci/run} installs): {@link Requirements#chromium()}
 * skips outside CI when they are missing and fails under CI, so the check cannot go quiet.
 */
class AccessibilityIT {
  @TempDir Path tmp;

  static final List<String> PAGES = List.of("index.html", "programs/index.html", "programs/junkan/index.html",
      "ministries/index.html", "ministries/soumu/index.html", "years/index.html", "years/2008/index.html",
      "documents/index.html", "documents/genki-plan/index.html", "search/index.html?q=地域", "data/index.html", "404.html");

  @Test
  void everyKindOfPagePassesAxe() throws Exception {
    Path node = Requirements.node();
    Requirements.chromium();

    Path site = tmp.resolve("site");
    Fixtures.Run build = Fixtures.run("build", "--content", Fixtures.resource("content").toString(),
        "--source", "judgit:" + Fixtures.resource("judgit"), "--out", site.toString(), "--index", tmp.resolve("index").toString(), "-q");
    assertEquals(0, build.exit(), build.err());

    List<JsonNode> results = Fixtures.browserCheck(node, "a11y.mjs", site, PAGES);
    List<String> violations = new ArrayList<>();
    for (JsonNode r : results) {
      if (r.get("page").asText().contains("?q=")) {
        assertTrue(r.get("results").asInt() > 0, "the search page is checked with its results on screen: " + r);
      }
      for (JsonNode v : r.get("violations")) {
        violations.add(r.get("page").asText() + " @" + r.get("width").asInt() + "px: " + v.get("id").asText() + " ("
            + v.get("impact").asText() + ") " + v.get("help").asText() + " " + v.get("nodes"));
      }
    }
    assertEquals(PAGES.size() * 2, results.size(), results.toString());
    assertEquals(List.of(), violations);
  }
}
