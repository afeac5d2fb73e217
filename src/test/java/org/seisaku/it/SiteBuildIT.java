package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture site (content/ plus three review sheets of a renamed program, one with the 2023
 * Python-literal quirk) through the CLI and checks the pages and downloads as a reader would.
 */
class SiteBuildIT {
  @TempDir static Path tmp;
  static Path site;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void build() {
    site = tmp.resolve("site");
    Fixtures.Run r = Fixtures.run("build", "--content", Fixtures.resource("content").toString(),
        "--source", "judgit:" + Fixtures.resource("judgit"), "--out", site.toString(),
        "--index", tmp.resolve("index").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("render"), "progress on stderr: " + r.err());
  }

  static Document page(String path) throws IOException {
    Path p = site.resolve(path);
    assertTrue(Files.isRegularFile(p), "missing page " + path);
    return Jsoup.parse(Fixtures.read(p));
  }

  static JsonNode json(String path) throws IOException {
    return JSON.readTree(site.resolve(path).toFile());
  }

  @Test
  void everyPageOfTheDesignExists() throws IOException {
    for (String p : List.of("index.html", "programs/index.html", "programs/junkan/index.html", "ministries/index.html",
        "ministries/soumu/index.html", "years/index.html", "years/2008/index.html", "years/2012/index.html",
        "documents/genki-plan/index.html", "search/index.html", "data/index.html", "data/budget.csv",
        "data/budget.json", "data/programs.json", "sitemap.xml", "feed.xml", "404.html")) {
      assertTrue(Files.isRegularFile(site.resolve(p)), p);
    }
    for (String p : List.of("index.html", "programs/junkan/index.html", "years/2008/index.html", "404.html")) {
      Document d = page(p);
      assertEquals("ja", d.selectFirst("html").attr("lang"), p);
      assertNotNull(d.selectFirst("meta[name=viewport]"), p);
      assertEquals(1, d.select("h1").size(), "one h1 on " + p);
    }
  }

  @Test
  void programPageJoinsContentAndReviewSheetsAcrossARename() throws IOException {
    Document d = page("programs/junkan/index.html");
    String text = d.text();
    assertTrue(text.contains("「地域経済循環の創造」の推進に要する経費"), "old name shown");
    assertTrue(text.contains("地域経済循環創造事業交付金に要する経費"), "newest sheet name shown");
    assertTrue(text.contains("21.9億円"), "FY2012 supplementary figure from content/");
    assertTrue(text.contains("2012年度（平成24年度）"), "era label");
    for (int y = 2018; y <= 2024; y++) assertTrue(text.contains(y + "年度"), "year " + y + " in the table");
    assertNotNull(d.selectFirst("svg"), "budget chart");
    assertTrue(text.contains("CC BY 4.0"), "licence of the review-sheet data");
    assertTrue(text.contains("地域の元気創造プラン"), "the document that mentions it");
    String sources = d.selectFirst("table.sources").text();
    assertTrue(sources.contains("地域の元気創造プラン（テスト）（2012年度）"), "the document the content figure's row names: " + sources);
    assertTrue(sources.contains("行政事業レビューシート（2023年度公開、総務省、事業番号 2023-総務-22-0015）"), "a sheet figure's sheet");
    assertFalse(text.contains("budget/2012.csv") || text.contains(".json"), "no internal path: " + text);
  }

  @Test
  void revisedFiguresKeepTheNewestAndShowTheOlder() throws IOException {
    // FY2021 initial: the 2021 sheet said 400 (百万円), the 2022 and 2023 sheets restate 380.
    JsonNode items = json("data/budget.json");
    JsonNode fy2021 = null;
    int junkanItems = 0;
    for (JsonNode i : items) {
      if (!i.get("programId").asText().equals("junkan")) continue;
      junkanItems++;
      if (i.get("fiscalYear").asInt() == 2021 && i.get("kind").asText().equals("initial")) fy2021 = i;
    }
    assertNotNull(fy2021, "FY2021 initial in budget.json");
    assertEquals(380_000_000L, fy2021.get("amountYen").asLong());
    assertEquals("exact", fy2021.get("qualifier").asText());
    assertTrue(junkanItems >= 8, "figures for several years and kinds: " + junkanItems);
    Document page = page("programs/junkan/index.html");
    assertTrue(page.selectFirst("table.amounts caption").text().contains("単位：億円"));
    assertFalse(page.select("table.amounts td[title=380,000,000円]").isEmpty(), "the figure in force, exact on hover");
    assertTrue(page.select("#revisions ~ div del").eachText().contains("4.0"), "the older figure, struck through");
  }

  @Test
  void programsJsonFollowsTheContract() throws IOException {
    JsonNode programs = json("data/programs.json");
    assertTrue(programs.isArray());
    List<String> ids = new ArrayList<>();
    JsonNode junkan = null;
    for (JsonNode p : programs) {
      ids.add(p.get("id").asText());
      if (p.get("id").asText().equals("junkan")) junkan = p;
      for (String f : List.of("id", "name", "names", "ministry", "fiscalYears", "url", "sheets")) assertTrue(p.has(f), f);
    }
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(null);
    assertEquals(sorted, ids, "sorted by id");
    assertNotNull(junkan);
    assertEquals("soumu", junkan.get("ministry").asText());
    List<Integer> years = new ArrayList<>();
    junkan.get("fiscalYears").forEach(y -> years.add(y.asInt()));
    assertTrue(years.contains(2012) && years.contains(2023), years.toString());
    List<String> paths = new ArrayList<>();
    for (JsonNode s : junkan.get("sheets")) {
      paths.add(s.get("source").asText() + ":" + s.get("path").asText());
      assertFalse(s.get("linkRule").asText().isEmpty());
    }
    assertTrue(paths.contains("judgit:data/2023/総務省/2023-総務-22-0015.json"), paths.toString());
    assertTrue(paths.contains("judgit:data/2021/総務省/2021-総務-20-0013.json"), paths.toString());
  }

  @Test
  void partOfAmountsAreNeverSummed() throws IOException {
    JsonNode items = json("data/budget.json");
    boolean sawPartOf = false;
    for (JsonNode i : items) {
      if (i.get("qualifier").asText().equals("part_of")) {
        sawPartOf = true;
        assertEquals(973_000_000L, i.get("amountYen").asLong());
      }
      if (i.get("qualifier").asText().equals("unquantified")) assertTrue(i.get("amountYen").isNull());
    }
    assertTrue(sawPartOf);
    // FY2008 has 973百万円の内数 (soumu), 事項要求 (mlit) and 85,259千円 (fdma): only the last is a summable figure.
    Document year = page("years/2008/index.html");
    Element total = year.select("table.amounts tbody tr").last();
    assertEquals("合計", total.child(0).text());
    assertEquals("85.3", total.child(2).ownText(), "百万円, only the 85,259千円: " + year.text());
    assertEquals("85,259,000円", total.child(2).attr("title"));
  }

  @Test
  void everythingFromTheInputIsEscapedAndSanitised() throws IOException {
    try (Stream<Path> s = Files.walk(site)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!p.toString().endsWith(".html")) continue;
        String html = Fixtures.read(p);
        assertFalse(html.contains("<script>alert"), "unescaped script in " + site.relativize(p));
        assertFalse(html.contains("javascript:"), "javascript: URL in " + site.relativize(p));
        assertFalse(html.contains("<b>太字ではない</b>"), "sheet text is plain text in " + site.relativize(p));
      }
    }
    Document doc = page("documents/genki-plan/index.html");
    assertTrue(doc.text().contains("危ないリンク"), "the link text survives sanitising");
    Element table = doc.selectFirst("main table");
    assertNotNull(table, "Markdown table rendered");
    Element mention = doc.selectFirst("a.mention");
    assertNotNull(mention, "program name in the body links to the program");
  }

  @Test
  void sameInputGivesByteIdenticalOutput() throws IOException {
    Path again = tmp.resolve("again");
    Fixtures.Run r = Fixtures.run("build", "--content", Fixtures.resource("content").toString(),
        "--source", "judgit:" + Fixtures.resource("judgit"), "--out", again.toString(),
        "--index", tmp.resolve("index2").toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    List<String> files = Fixtures.files(site);
    assertEquals(files, Fixtures.files(again));
    for (String f : files) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(site.resolve(f)), Files.readAllBytes(again.resolve(f))), f);
    }
  }

  @Test
  void rebuildingOverThePublishedSiteChangesNothingAndAddingASourceKeepsEveryUrl() throws IOException {
    Path out = tmp.resolve("published");
    String content = Fixtures.resource("content").toString();
    Fixtures.Run first = Fixtures.run("build", "--content", content, "--out", out.toString(), "--index", tmp.resolve("i4").toString(), "-q");
    assertEquals(0, first.exit(), first.err());
    Path before = tmp.resolve("published-before");
    Fixtures.copy(out, before);
    Fixtures.Run again = Fixtures.run("build", "--content", content, "--out", out.toString(), "--index", tmp.resolve("i4").toString(), "-q");
    assertEquals(0, again.exit(), again.err());
    List<String> files = Fixtures.files(before);
    assertEquals(files, Fixtures.files(out));
    for (String f : files) {
      assertTrue(java.util.Arrays.equals(Files.readAllBytes(before.resolve(f)), Files.readAllBytes(out.resolve(f))), "changed on rebuild: " + f);
    }
    // the next cycle adds the review sheets: every program page published before still answers
    Fixtures.Run grown = Fixtures.run("build", "--content", content, "--source", "judgit:" + Fixtures.resource("judgit"),
        "--out", out.toString(), "--index", tmp.resolve("i4").toString(), "-q");
    assertEquals(0, grown.exit(), grown.err());
    for (String f : files) {
      if (f.startsWith("programs/") && f.endsWith("/index.html")) assertTrue(Files.isRegularFile(out.resolve(f)), "URL lost: " + f);
    }
  }

  @Test
  void programIdsStayWhenASourceIsAdded() throws IOException {
    Path contentOnly = tmp.resolve("content-only");
    Fixtures.Run r = Fixtures.run("build", "--content", Fixtures.resource("content").toString(),
        "--out", contentOnly.toString(), "--index", tmp.resolve("index3").toString(), "-q");
    assertEquals(0, r.exit(), r.err());
    JsonNode before = JSON.readTree(contentOnly.resolve("data/programs.json").toFile());
    List<String> after = new ArrayList<>();
    json("data/programs.json").forEach(p -> after.add(p.get("url").asText()));
    for (JsonNode p : before) assertTrue(after.contains(p.get("url").asText()), "URL kept: " + p.get("url"));
  }

  @Test
  void everyPageIsValidHtml() throws Exception {
    nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
    validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
    List<String> problems = new ArrayList<>();
    int pages = 0;
    try (Stream<Path> s = Files.walk(site)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (!p.toString().endsWith(".html")) continue;
        pages++;
        String report = validator.validate(p);
        for (String line : report.split("\\R")) {
            if (Fixtures.htmlError(line)) problems.add(site.relativize(p) + ": " + line);
        }
      }
    }
    assertTrue(pages > 20, "pages checked: " + pages);
    assertEquals(List.of(), problems);
  }

  @Test
  void feedAndSitemapAreXmlWithAbsoluteUrls() throws IOException {
    org.jsoup.nodes.Document sitemap = Jsoup.parse(Fixtures.read(site.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
    assertFalse(sitemap.select("url > loc").isEmpty());
    for (Element loc : sitemap.select("url > loc")) assertTrue(loc.text().startsWith("https://example.test/seisaku/"), loc.text());
    org.jsoup.nodes.Document feed = Jsoup.parse(Fixtures.read(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
    assertEquals("http://www.w3.org/2005/Atom", feed.selectFirst("feed").attr("xmlns"));
    assertTrue(feed.select("entry > title").eachText().contains("地域の元気創造プラン（テスト）"));
  }
}
