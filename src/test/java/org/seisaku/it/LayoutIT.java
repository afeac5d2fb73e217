package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Requirements;

/**
 * Phone first: every kind of page, at 375 px (a phone) and 1,280 px (a desk), in headless Chromium
 * ({@code src/test/js/layout.mjs}): nothing but a scroll box reaches past the right edge of the screen (the page
 * never scrolls sideways, no table or text is cut), and every budget chart shows, whole, inside the screen, with
 * every year and labels of at least 10 px. On the fixture site and on a sample of the corpus site
 * ({@link CorpusSite}): the program with the most years, the one with the longest name, the largest ministry, a busy
 * year, a review sheet, search with results.
 *
 * <p>Needs node, Debian's chromium and {@code npm ci}: {@link Requirements#chromium()} skips outside CI and fails
 * under CI; the corpus sample likewise needs the shared corpus ({@link Requirements#corpus()}).
 */
class LayoutIT {
  /** The smallest font size (px) a chart's labels may show at. */
  static final double MIN_CHART_FONT = 10.0;

  @TempDir Path tmp;

  /** Every kind of page of the fixture site: those the accessibility check covers, and the documents of a year. */
  static List<String> fixturePages() {
    List<String> pages = new ArrayList<>(AccessibilityIT.PAGES);
    pages.add("documents/years/2021/index.html");
    return pages;
  }

  @Test
  void fixtureSiteFitsAPhoneAndADesk() throws Exception {
    Path node = Requirements.node();
    Requirements.chromium();
    Path site = tmp.resolve("site");
    Fixtures.buildSite(site, tmp.resolve("index"));
    List<String> pages = fixturePages();
    List<JsonNode> results = Fixtures.browserCheck(node, "layout.mjs", site, pages);
    assertEquals(pages.size() * 2, results.size());
    assertFits(results);
    assertEquals(2, results.stream().filter(r -> r.get("page").asText().equals("programs/junkan/index.html"))
        .mapToInt(r -> r.get("charts").size()).sum(), "the program's chart shows at both widths, one form each");
  }

  @Test
  void corpusSiteFitsAPhoneAndADesk() throws Exception {
    Path node = Requirements.node();
    Requirements.chromium();
    Path site = CorpusSite.get().site();
    List<String> pages = corpusSample(site);
    List<JsonNode> results = Fixtures.browserCheck(node, "layout.mjs", site, pages);
    assertEquals(pages.size() * 2, results.size());
    assertFits(results);
  }

  /** A sample of the corpus site with the pages most likely to overflow, chosen from its programs.json. */
  static List<String> corpusSample(Path site) throws IOException {
    JsonNode programs = new ObjectMapper().readTree(site.resolve("data/programs.json").toFile());
    List<JsonNode> all = StreamSupport.stream(programs.spliterator(), false).toList();
    JsonNode mostYears = all.stream().max(Comparator.comparingInt((JsonNode p) -> p.get("fiscalYears").size())
        .thenComparing(p -> p.get("id").asText(), Comparator.reverseOrder())).orElseThrow();
    JsonNode longestName = all.stream().max(Comparator.comparingInt((JsonNode p) -> p.get("name").asText().length())
        .thenComparing(p -> p.get("id").asText(), Comparator.reverseOrder())).orElseThrow();
    String sheet;
    try (var docs = java.nio.file.Files.list(site.resolve("documents"))) {
      sheet = docs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("judgit-2023-mlit-")).sorted().findFirst()
          .orElseThrow();
    }
    List<String> pages = new ArrayList<>(List.of("index.html", "programs/index.html",
        "programs/chiiki-okoshi-kyoryokutai/index.html",
        "programs/" + mostYears.get("id").asText() + "/index.html", "programs/" + longestName.get("id").asText() + "/index.html",
        "ministries/index.html", "ministries/mlit/index.html", "ministries/cfa/index.html", "years/index.html",
        "years/2019/index.html", "documents/index.html", "documents/years/2019/index.html", "search/index.html?q=協力隊",
        "data/index.html", "404.html", "documents/" + sheet + "/index.html"));
    return pages;
  }

  static void assertFits(List<JsonNode> results) {
    List<String> problems = new ArrayList<>();
    for (JsonNode r : results) {
      String at = r.get("page").asText() + " @" + r.get("width").asInt() + "px: ";
      int viewport = r.get("viewport").asInt();
      if (r.get("scrollWidth").asInt() > viewport) problems.add(at + "the page scrolls sideways (" + r.get("scrollWidth") + "px)");
      for (JsonNode o : r.get("overflow")) problems.add(at + o.get("element").asText() + " reaches " + o.get("right") + "px");
      for (JsonNode c : r.get("charts")) {
        String chart = at + c.get("form").asText() + " chart ";
        if (c.get("left").asInt() < 0 || c.get("right").asInt() > viewport) problems.add(chart + "passes the screen: " + c);
        if (c.get("outside").size() > 0) problems.add(chart + "has years outside the screen: " + c.get("outside"));
        if (c.get("font").asDouble() < MIN_CHART_FONT) problems.add(chart + "labels are " + c.get("font") + "px");
        List<Integer> years = StreamSupport.stream(c.get("years").spliterator(), false).map(JsonNode::asInt).toList();
        for (int i = 1; i < years.size(); i++) {
          if (years.get(i) != years.get(i - 1) + 1) problems.add(chart + "skips years: " + years);
        }
      }
    }
    assertEquals(List.of(), problems);
  }
}
