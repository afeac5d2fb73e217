package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages that do not grow with the corpus (issue 10), on the corpus site ({@link CorpusSite}): no HTML page over
 * {@link #MAX_PAGE_BYTES}, and the long lists (a ministry's programs, a year's documents) paged with links that
 * reach every page, every item on exactly one page.
 */
class PageSizeIT {
  /** The bound a page must stay under (≈ 300 KB: a phone on a slow line still gets it in a few seconds). */
  static final long MAX_PAGE_BYTES = 300 * 1024;

  static Path site;

  @BeforeAll
  static void build() {
    site = CorpusSite.get().site();
  }

  @Test
  void noPageIsOverTheBound() throws IOException {
    List<String> over = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        long size = Files.size(p);
        if (size > MAX_PAGE_BYTES) over.add(site.relativize(p) + " " + size);
      }
    }
    assertEquals(List.of(), over, "pages over " + MAX_PAGE_BYTES + " bytes");
  }

  @Test
  void aMinistryWithManyProgramsIsPagedAndEveryProgramIsOnOnePage() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (JsonNode p : new ObjectMapper().readTree(site.resolve("data/programs.json").toFile())) {
      if ("mlit".equals(p.get("ministry").asText())) expected.add("programs/" + p.get("id").asText() + "/");
    }
    assertTrue(expected.size() > 400, "国土交通省 has more programs than one page holds: " + expected.size());
    List<String> seen = walk("ministries/mlit/", ".items a[href*=programs/]");
    assertEquals(expected, new TreeSet<>(seen), "every program of the ministry, on its pages");
    assertEquals(expected.size(), seen.size(), "each on one page only");
    Document first = page("ministries/mlit/");
    assertTrue(first.selectFirst("table.amounts") != null, "the totals on the first page");
    assertTrue(first.select(".items .meta").text().contains("億円"), "each program's latest budget");
  }

  @Test
  void aYearsDocumentsArePagedAndEveryDocumentIsOnOnePage() throws IOException {
    long expected;
    try (Stream<Path> docs = Files.list(site.resolve("documents"))) {
      expected = docs.filter(d -> d.getFileName().toString().startsWith("judgit-2023-")).count();
    }
    List<String> seen = walk("documents/years/2023/", ".items a[href*=documents/judgit-2023-]");
    assertTrue(expected > 1000, "2023's review sheets: " + expected);
    assertEquals(expected, seen.size(), "every document of the year, on its pages");
    assertEquals(seen.size(), new TreeSet<>(seen).size(), "each on one page only");
  }

  /** The items of a paged list, following its page links from the first page; the hrefs as site paths. */
  private static List<String> walk(String first, String items) throws IOException {
    Document d = page(first);
    Element nav = d.selectFirst("nav.paging");
    assertTrue(nav != null, first + " has page links");
    List<String> pages = new ArrayList<>();
    pages.add(first);
    for (Element a : nav.select("a:not([rel])")) pages.add(resolve(first, a.attr("href")));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String dir = pages.get(i);
      Document p = page(dir);
      assertEquals(Integer.toString(i + 1), p.selectFirst("nav.paging [aria-current=page]").text(), dir);
      for (Element a : p.select(items)) out.add(resolve(dir, a.attr("href")));
    }
    assertTrue(pages.size() > 1, first + " has more than one page");
    return out;
  }

  private static Document page(String dir) throws IOException {
    Path p = site.resolve(dir).resolve("index.html");
    assertTrue(Files.isRegularFile(p), dir + " exists");
    return Jsoup.parse(Files.readString(p));
  }

  /** A relative href from a page in {@code dir}, as a site path ({@code ../../programs/x/index.html} → {@code programs/x/}). */
  private static String resolve(String dir, String href) {
    Path p = Path.of("/", dir).resolve(href.replaceFirst("#.*", "")).normalize();
    String s = p.toString().substring(1);
    return s.endsWith("index.html") ? s.substring(0, s.length() - "index.html".length()) : s;
  }
}
