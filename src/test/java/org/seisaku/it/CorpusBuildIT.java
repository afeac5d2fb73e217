package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled content/ plus all 14,793 review sheets of ../shared/corpus, built through the CLI as a publisher
 * would ({@link CorpusSite}, shared with the other ITs). Needs the shared corpus: skipped outside CI when it is
 * absent, failed under CI.
 */
class CorpusBuildIT {
  static Path site;
  static JsonNode programs;

  @BeforeAll
  static void build() throws Exception {
    site = CorpusSite.get().site();
    programs = new ObjectMapper().readTree(site.resolve("data/programs.json").toFile());
  }

  static JsonNode programNamed(String name) {
    for (JsonNode p : programs) {
      for (JsonNode n : p.get("names")) if (n.asText().equals(name)) return p;
    }
    return null;
  }

  static Document page(JsonNode program) throws Exception {
    Path p = site.resolve("programs/" + program.get("id").asText() + "/index.html");
    return Jsoup.parse(Files.readString(p));
  }

  @Test
  void chiikiOkoshiShowsEveryYearFrom2015To2023OnOnePage() throws Exception {
    JsonNode p = programNamed("地域おこし協力隊の推進に要する経費");
    assertNotNull(p, "program found by name");
    TreeSet<Integer> sheetYears = new TreeSet<>();
    for (JsonNode s : p.get("sheets")) if (s.get("source").asText().equals("judgit")) sheetYears.add(s.get("fiscalYear").asInt());
    for (int y = 2015; y <= 2023; y++) assertTrue(sheetYears.contains(y), "sheet of " + y + " linked: " + sheetYears);
    Document d = page(p);
    assertNotNull(d.selectFirst("svg"), "chart");
    String text = d.text();
    for (int y = 2015; y <= 2023; y++) assertTrue(text.contains(y + "年度"), "year " + y + " on the page");
  }

  @Test
  void junkanJoinsContentFigureAndReviewSheets() throws Exception {
    JsonNode p = programNamed("地域経済循環創造事業交付金に要する経費");
    assertNotNull(p);
    boolean content = false;
    TreeSet<Integer> sheetYears = new TreeSet<>();
    for (JsonNode s : p.get("sheets")) {
      if (s.get("source").asText().equals("content")) content = true;
      else sheetYears.add(s.get("fiscalYear").asInt());
    }
    assertTrue(content, "content/ figure joined");
    assertTrue(sheetYears.containsAll(java.util.List.of(2015, 2020, 2021, 2022, 2023)), sheetYears.toString());
    String text = page(p).text();
    // the amounts tables are in one unit (億円, stated in the header), so the figure is 21.9 beside its source
    assertTrue(text.contains("以前の額（億円）") && text.contains("21.9") && text.contains("平成24年度補正予算"),
        "2012 supplementary figure from content/");
  }

  @Test
  void realPagesAreValidHtml() throws Exception {
    // every 97th page of the real site (about 190 pages of every kind), plus the two programs above
    java.util.List<Path> pages = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> s = Files.walk(site)) {
      s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
    validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
    java.util.List<String> problems = new java.util.ArrayList<>();
    for (int i = 0; i < pages.size(); i += 97) {
      for (String line : validator.validate(pages.get(i)).split("\\R")) {
        if (Fixtures.htmlError(line)) problems.add(site.relativize(pages.get(i)) + ": " + line);
      }
    }
    assertEquals(java.util.List.of(), problems);
  }

  @Test
  void everyProgramHasAPage() throws Exception {
    int n = 0;
    for (JsonNode p : programs) {
      assertTrue(Files.isRegularFile(site.resolve("programs/" + p.get("id").asText() + "/index.html")), p.get("id").asText());
      n++;
    }
    assertTrue(n > 2000, "programs: " + n);
  }
}
