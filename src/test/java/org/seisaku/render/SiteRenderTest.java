package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;
import org.w3c.dom.NodeList;

/** Renders the hand-made fixture once and reads the pages as a reader (or a crawler) would. */
class SiteRenderTest {
  @TempDir
  static Path tmp;
  static Path site;

  @BeforeAll
  static void render() throws IOException {
    site = tmp.resolve("site");
    new SiteRenderer(null).render(RenderFixture.model(), site);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  static String text(String path) throws IOException {
    return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
  }

  /** The cell text of a table row headed by {@code rowHeading}, by column heading. */
  static Map<String, String> row(Element table, String rowHeading) {
    List<String> cols = table.select("thead th").eachText();
    for (Element tr : table.select("tbody tr")) {
      if (!tr.child(0).text().equals(rowHeading)) continue;
      Map<String, String> out = new TreeMap<>();
      for (int i = 1; i < tr.children().size(); i++) out.put(cols.get(i), tr.child(i).ownText().strip());
      return out;
    }
    throw new AssertionError("no row " + rowHeading + " in " + table.outerHtml());
  }

  /** The hover (title) of a cell of a table row headed by {@code rowHeading}, by column heading. */
  static String exact(Element table, String rowHeading, String column) {
    List<String> cols = table.select("thead th").eachText();
    for (Element tr : table.select("tbody tr")) {
      if (tr.child(0).text().equals(rowHeading)) return tr.child(cols.indexOf(column)).attr("title");
    }
    throw new AssertionError("no row " + rowHeading);
  }

  @Test
  void everyPageIsHtml5InJapaneseWithOneH1AndRelativeLinks() throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.walk(site)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertTrue(pages.size() >= 25, "pages: " + pages.size());
    for (Path p : pages) {
      String html = Files.readString(p);
      assertTrue(html.startsWith("<!doctype html>\n<html lang=\"ja\">"), p.toString());
      Document d = Jsoup.parse(html);
      assertEquals(1, d.select("h1").size(), "one h1 in " + p);
      assertEquals(1, d.select("main#main").size(), p.toString());
      boolean searchPage = site.relativize(p).toString().equals("search/index.html");
      if (!searchPage) assertTrue(d.select("script").isEmpty(), "no script in " + p);
      for (Element input : d.select("input")) {
        assertEquals(1, d.select("label[for=" + input.id() + "]").size(), "label for input in " + p);
      }
      if (!p.getFileName().toString().equals("404.html")) {
        for (Element a : d.select("a[href]")) {
          String href = a.attr("href");
          assertFalse(href.startsWith("/"), "relative link " + href + " in " + p);
          if (!href.startsWith("http") && !href.startsWith("#") && !href.contains(".xml") && !href.contains(".json")
              && !href.contains(".csv") && !href.contains(".css")) {
            assertTrue(href.contains("index.html") || href.endsWith(".html"), "folder link ends in index.html: " + href + " in " + p);
            String target = href.replaceAll("#.*", "");
            if (!target.startsWith("search/") && !target.contains("/search/")) {
              assertTrue(Files.exists(p.getParent().resolve(target).normalize()), "link target exists: " + href + " in " + p);
            }
          }
        }
      }
    }
  }

  @Test
  void theSiteRootAnswersFaviconIcoWithTheSiteIcon() throws IOException {
    byte[] png = Files.readAllBytes(site.resolve("assets/favicon.png"));
    java.nio.ByteBuffer ico = java.nio.ByteBuffer.wrap(Files.readAllBytes(site.resolve("favicon.ico")))
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    assertEquals(0, ico.getShort(0), "reserved");
    assertEquals(1, ico.getShort(2), "an icon");
    assertEquals(1, ico.getShort(4), "one image");
    int width = java.nio.ByteBuffer.wrap(png).getInt(16);
    assertEquals(width & 0xFF, ico.get(6) & 0xFF, "its width as the PNG's");
    assertEquals(png.length, ico.getInt(6 + 8), "its size");
    assertEquals(22, ico.getInt(6 + 12), "where it starts");
    assertArrayEquals(png, java.util.Arrays.copyOfRange(ico.array(), 22, ico.capacity()), "the PNG as it is");
  }

  @Test
  void programPageShowsNamesOverTimeAmountsInForceRevisionsAndProvenance() throws IOException {
    Document d = page("programs/teijuu/index.html");
    assertEquals("定住自立圏推進費", d.selectFirst("h1").text());
    assertEquals(List.of("定住自立圏構想推進費 2008〜2009年度", "定住自立圏推進費 2010年度"), d.select(".names li").eachText());

    Element table = d.selectFirst("table.amounts");
    assertEquals(List.of("年度", "当初", "補正", "要求", "執行"), table.select("thead th").eachText(),
        "no column of notes that would always be empty");
    assertTrue(table.selectFirst("caption").text().endsWith("（単位：億円）"), "one unit for the table, as the chart's");
    assertTrue(d.selectFirst("figure svg title").text().contains("単位：億円"));
    Map<String, String> fy2008 = row(table, "2008年度（平成20年度）");
    assertEquals("3.7", fy2008.get("当初"));
    assertEquals("370,000,000円", exact(table, "2008年度（平成20年度）", "当初"), "the exact yen on hover");
    assertEquals("-0.5", fy2008.get("補正"), "億円 even under 1億円: one unit for the column");
    Map<String, String> fy2009 = row(table, "2009年度（平成21年度）");
    assertEquals("5.2", fy2009.get("当初"), "the 2010 sheet's figure is in force");
    assertEquals("4.5", fy2009.get("執行"));
    assertEquals("—", row(table, "2010年度（平成22年度）").get("補正"), "a zero 補正 is none");
    assertEquals("", exact(table, "2010年度（平成22年度）", "補正"), "nothing to hover over");
    assertEquals("7.0", row(table, "2011年度（平成23年度）").get("要求"));

    Element svg = d.selectFirst("figure svg");
    assertEquals("img", svg.attr("role"));
    assertFalse(svg.select("title").isEmpty());
    assertFalse(svg.select("desc").isEmpty());
    assertEquals("520000000", svg.selectFirst("rect[data-year=2009][data-kind=initial]").attr("data-yen"));
    assertEquals("-50000000", svg.selectFirst("rect[data-year=2008][data-kind=supplementary]").attr("data-yen"));
    assertEquals("450000000", svg.selectFirst("circle[data-year=2009][data-kind=executed]").attr("data-yen"));
    assertEquals("700000000", svg.selectFirst("rect[data-year=2011][data-kind=request]").attr("data-yen"));
    assertTrue(svg.select("[data-year=2010][data-kind=supplementary]").isEmpty());
    // bars are proportional: 2010 (6億) is taller than 2009 (5.2億)
    assertTrue(Integer.parseInt(svg.selectFirst("rect[data-year=2010][data-kind=initial]").attr("height"))
        > Integer.parseInt(svg.selectFirst("rect[data-year=2009][data-kind=initial]").attr("height")));

    Element revisions = d.getElementById("revisions").parent();
    assertEquals("5.0", revisions.selectFirst("del").text());
    assertTrue(revisions.text().contains("このサイトの予算表（2009年度（平成21年度））"), revisions.text());

    Elements sources = d.select("table.sources tbody tr");
    assertEquals(6, sources.size());
    assertTrue(sources.text().contains("行政事業レビューシート（2010年度公開、総務省、事業番号 0020）"), sources.text());
    assertEquals("../../documents/judgit-2010-soumu-0020/index.html",
        sources.select("a").first().attr("href"), "review-sheet figures link to the sheet's page");
    assertTrue(d.text().contains(SiteRenderer.JUDGIT_LICENSE));
    assertEquals(List.of("../../documents/judgit-2010-soumu-0020/index.html", "../../documents/teijuu-gaiyou/index.html"),
        d.getElementById("h-documents").parent().select("li > a").eachAttr("href"));
    assertEquals("道路整備事業", d.getElementById("h-related").parent().selectFirst("li a").text());
    assertEquals("<b>メモ</b>は文字として表示される。", d.getElementById("h-notes").parent().select("p").get(1).text());
  }

  @Test
  void noPageShowsAnInternalPath() throws IOException {
    List<Path> pages;
    try (Stream<Path> s = Files.walk(site)) {
      // the data page names the files it offers, and their fields
      pages = s.filter(p -> p.toString().endsWith(".html") && !p.equals(site.resolve("data/index.html"))).sorted().toList();
    }
    for (Path p : pages) {
      String text = Jsoup.parse(p.toFile(), "UTF-8").text();
      for (String internal : List.of("content:", "judgit:", ".md:", ".csv:", ".json")) {
        assertFalse(text.contains(internal), site.relativize(p) + " shows " + internal + ": " + text);
      }
    }
    assertTrue(page("documents/index.html").select("ul.items li").eachText().stream()
        .anyMatch(t -> t.startsWith("定住自立圏推進費（2010年度レビューシート）") && t.endsWith("事業番号 0020")),
        "a review sheet in a list is told apart by its 事業番号");
    Document sheet = page("documents/" + RenderFixture.SHEET_SLUG + "/index.html");
    assertTrue(sheet.selectFirst("dl.facts").text().contains("原資料 行政事業レビューシート（2010年度公開、総務省、事業番号 0020）"),
        sheet.selectFirst("dl.facts").text());
  }

  @Test
  void hostileProgramNameIsText() throws IOException {
    Document d = page("programs/xss-program/index.html");
    assertEquals(RenderFixture.XSS, d.selectFirst("h1").text());
    assertTrue(d.select("script").isEmpty());
    assertTrue(text("programs/xss-program/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(page("years/2009/index.html").select("script").isEmpty());
  }

  @Test
  void yearAndMinistryTotalsNeverAddPartOfOrUnquantified() throws IOException {
    Element table = page("years/2009/index.html").selectFirst("table.amounts");
    Map<String, String> total = row(table, "合計");
    assertEquals("約18.2", total.get("当初"), "5.2億 + 1億 + 約12億, without the 973百万円の内数");
    assertEquals("約1,820,000,000円", exact(table, "合計", "当初"));
    assertTrue(table.selectFirst("caption").text().endsWith("（単位：億円）"));
    assertEquals("内数 1件を含まない", total.get("合計から除いたもの"));
    assertEquals("—", row(table, "国税庁").get("当初"));

    Element nta = page("ministries/nta/index.html").selectFirst("table.amounts");
    assertEquals("2.0", row(nta, "2010年度（平成22年度）").get("当初"));
    assertEquals("事項要求 1件を含まない", row(nta, "2010年度（平成22年度）").get("合計から除いたもの"));
    Element mlit = page("ministries/mlit/index.html").selectFirst("table.amounts");
    assertEquals("—", row(mlit, "2010年度（平成22年度）").get("当初"), "上限 is not summed");

    Document years = page("years/index.html");
    Element all = years.selectFirst("table.amounts");
    assertEquals("8.0", row(all, "2010年度（平成22年度）").get("当初（億円）"), "6億 + 2億 (+ 上限3億 left out)");
    // each column in the unit of its own range: 補正 is at most 5,000万円, so 百万円
    assertEquals("-50.0", row(all, "2008年度（平成20年度）").get("補正（百万円）"));
    assertEquals("-50,000,000円", exact(all, "2008年度（平成20年度）", "補正（百万円）"));
  }

  @Test
  void ministriesAreInOrderWithAgenciesUnderTheirParent() throws IOException {
    Document d = page("ministries/index.html");
    assertEquals(List.of("総務省", "財務省", "国税庁", "国土交通省"), d.select(".tree li > a").eachText());
    assertEquals("depth-1", d.select(".tree li").get(2).className());
    assertEquals("財務省", page("ministries/nta/index.html").select(".crumbs a").get(1).text());
  }

  @Test
  void yearPageListsNewAndEndedPrograms() throws IOException {
    Document d = page("years/2009/index.html");
    assertEquals("2009年度（平成21年度）", d.selectFirst("h1").text());
    assertEquals(List.of("<script>alert(1)</script>", "税務行政の情報化"),
        d.getElementById("h-new").parent().select("li a").eachText());
    assertEquals(List.of("<script>alert(1)</script>"), d.getElementById("h-ended").parent().select("li a").eachText());
    assertEquals(List.of("財務省 1事業", "国税庁 1事業"), d.getElementById("h-new").parent().select("h3").eachText());
    assertTrue(page("years/2008/index.html").getElementById("h-new").parent().select("li").isEmpty(),
        "the first year of the data cannot tell new programs");
  }

  @Test
  void documentIsSanitisedAndLinked() throws IOException {
    Document d = page("documents/teijuu-gaiyou/index.html");
    String raw = text("documents/teijuu-gaiyou/index.html");
    assertFalse(raw.contains("<script"), raw);
    assertFalse(raw.contains("alert(2)"));
    assertFalse(raw.contains("onerror"));
    assertFalse(raw.contains("onclick"));
    assertFalse(raw.contains("href=\"javascript:"));
    Element body = d.selectFirst("article.prose");
    assertEquals("定住自立圏構想", body.selectFirst("h2:not(.visually-hidden)").text(), "Markdown # becomes h2 under the page h1");
    assertEquals(1, body.select("table td").stream().filter(td -> td.text().equals("5億円")).count());
    assertEquals("../news-2010/index.html", body.selectFirst("a[href]:not(.mention)").attr("href"), "relative links survive");
    assertTrue(d.select("dd a[href^=javascript]").isEmpty(), "a javascript: source URL is shown as text");
    assertTrue(d.text().contains("javascript:alert(1)"));
    assertEquals("定住自立圏推進費", d.getElementById("h-concerns").parent().selectFirst("a").text());
    // mentions in the body link to the program pages (MentionLinker), and the mentioned program lists the document
    assertEquals(List.of("../../programs/teijuu/index.html", "../../programs/mlit-road/index.html"),
        body.select("a.mention").eachAttr("href"));
    assertEquals(List.of("道路整備事業"), d.getElementById("h-mentions").parent().select("li a").eachText());
    assertEquals(List.of("定住自立圏構想の概要"), page("programs/mlit-road/index.html").getElementById("h-documents").parent()
        .select("li > a").eachText());
    Document sheet = page("documents/judgit-2010-soumu-0020/index.html");
    assertTrue(sheet.getElementById("h-license").parent().text().contains(SiteRenderer.JUDGIT_LICENSE));
  }

  @Test
  void programsJsonHasExactlyTheContractFields() throws IOException {
    JsonNode arr = new ObjectMapper().readTree(text("data/programs.json"));
    List<String> ids = new ArrayList<>();
    arr.forEach(n -> ids.add(n.get("id").asText()));
    assertEquals(List.of("kokuzei-part", "mlit-road", "teijuu", "xss-program"), ids);
    JsonNode t = arr.get(2);
    assertEquals(List.of("id", "name", "names", "ministry", "fiscalYears", "url", "sheets"), fields(t));
    assertEquals("定住自立圏推進費", t.get("name").asText());
    assertEquals("[\"定住自立圏構想推進費\",\"定住自立圏推進費\"]", t.get("names").toString());
    assertEquals("soumu", t.get("ministry").asText());
    assertEquals("[2008,2009,2010,2011]", t.get("fiscalYears").toString());
    assertEquals("https://example.jp/seisaku/programs/teijuu/", t.get("url").asText());
    JsonNode sheet = t.get("sheets").get(2);
    assertEquals(List.of("source", "path", "fiscalYear", "linkRule"), fields(sheet));
    assertEquals("judgit", sheet.get("source").asText());
    assertEquals("data/2010/総務省/0020.json", sheet.get("path").asText());
    assertEquals(2010, sheet.get("fiscalYear").asInt());
    assertEquals("name", sheet.get("linkRule").asText());
    assertEquals("first", t.get("sheets").get(0).get("linkRule").asText());
  }

  @Test
  void budgetJsonHasOneFigureInForcePerProgramYearAndKind() throws IOException {
    JsonNode arr = new ObjectMapper().readTree(text("data/budget.json"));
    assertEquals(13, arr.size());
    assertEquals(13 + 2, text("data/budget.json").split("\n").length, "one figure per line");
    for (JsonNode n : arr) {
      assertEquals(List.of("programId", "fiscalYear", "kind", "amountYen", "qualifier", "source", "path"), fields(n));
    }
    JsonNode first = find(arr, "teijuu", 2009, "initial");
    assertEquals(520_000_000L, first.get("amountYen").asLong());
    assertEquals("exact", first.get("qualifier").asText());
    assertEquals("judgit", first.get("source").asText());
    assertEquals("data/2010/総務省/0020.json", first.get("path").asText());
    assertEquals(-50_000_000L, find(arr, "teijuu", 2008, "supplementary").get("amountYen").asLong());
    assertEquals("part_of", find(arr, "kokuzei-part", 2009, "initial").get("qualifier").asText());
    JsonNode request = find(arr, "kokuzei-part", 2010, "request");
    assertTrue(request.get("amountYen").isNull());
    assertEquals("unquantified", request.get("qualifier").asText());
    assertEquals("upper_bound", find(arr, "mlit-road", 2010, "initial").get("qualifier").asText());
    assertEquals("approximate", find(arr, "mlit-road", 2009, "initial").get("qualifier").asText());
    assertEquals(null, findOrNull(arr, "teijuu", 2010, "supplementary"), "zero 補正 is not exported");

    List<String> csv = Files.readAllLines(site.resolve("data/budget.csv"));
    assertEquals("\uFEFF" + String.join(",", DataFiles.CSV_HEADER), csv.get(0));
    assertEquals(14, csv.size());
    assertTrue(csv.contains("xss-program,<script>alert(1)</script>,mof,2009,initial,100000000,exact,1億円,content,budget/2009.csv,5,"));
    assertEquals("{\n  \"old-teijuu\" : \"teijuu\"\n}\n", text("data/redirects.json"));
    assertTrue(page("data/index.html").text().contains(SiteRenderer.JUDGIT_LICENSE));
  }

  @Test
  void redirectPageSendsReadersToTheCurrentProgram() throws IOException {
    Document d = page("programs/old-teijuu/index.html");
    assertEquals("0; url=../../programs/teijuu/index.html", d.selectFirst("meta[http-equiv=refresh]").attr("content"));
    assertEquals("https://example.jp/seisaku/programs/teijuu/", d.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("../../programs/teijuu/index.html", d.selectFirst("main a").attr("href"));
    assertFalse(text("sitemap.xml").contains("old-teijuu"));
  }

  @Test
  void sitemapAndFeedAreXmlWithAbsoluteUrlsAndContentDates() throws Exception {
    var builder = DocumentBuilderFactory.newInstance();
    builder.setNamespaceAware(true);
    org.w3c.dom.Document sitemap = builder.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(site.resolve("sitemap.xml"))));
    NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
    assertTrue(urls.contains("https://example.jp/seisaku/"));
    assertTrue(urls.contains("https://example.jp/seisaku/programs/teijuu/"));
    assertTrue(urls.contains("https://example.jp/seisaku/years/2008/"));
    assertTrue(urls.contains("https://example.jp/seisaku/documents/teijuu-gaiyou/"));
    assertTrue(urls.stream().allMatch(u -> u.startsWith("https://example.jp/seisaku/") && u.endsWith("/")));

    org.w3c.dom.Document feed = builder.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(site.resolve("feed.xml"))));
    String atom = "http://www.w3.org/2005/Atom";
    assertEquals("feed", feed.getDocumentElement().getLocalName());
    NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
    assertEquals(2, entries.getLength(), "documents with a date");
    org.w3c.dom.Element e0 = (org.w3c.dom.Element) entries.item(0);
    assertEquals("2010年の動き", e0.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
    assertEquals("https://example.jp/seisaku/documents/news-2010/", e0.getElementsByTagNameNS(atom, "id").item(0).getTextContent());
    assertEquals("2010-06-01T00:00:00+09:00", feed.getDocumentElement().getElementsByTagNameNS(atom, "updated").item(0).getTextContent());
  }

  @Test
  void notFoundPageLinksFromTheBaseUrlPath() throws IOException {
    Document d = page("404.html");
    assertNull(d.selectFirst("link[rel=stylesheet]"), "served at any depth: no relative stylesheet link");
    assertTrue(d.selectFirst("head style").data().contains(".site-header"), "the site's stylesheet inline");
    assertEquals("/seisaku/programs/index.html", d.select("main a").get(1).attr("href"));
  }

  /**
   * Sudachi's dictionary asks for its credit wherever it is used (Apache License 2.0): the search page and the data
   * page show it when the index expands with it (SiteModel.searchCredits, from the index's commit data), and only then.
   */
  @Test
  void theSynonymDictionarysCreditIsShownWhereTheSearchIsOnlyWhenItIsUsed() throws IOException {
    assertFalse(page("search/index.html").text().contains("Sudachi"), "this site's index expands with no dictionary");
    assertFalse(page("data/index.html").text().contains("Sudachi"));
    SiteModel m = RenderFixture.model();
    SiteModel withSudachi = new SiteModel(m.config(), m.ministries(), m.programs(), m.documents(), m.redirects(),
        m.documentPrograms(), m.related(), List.of(org.seisaku.source.SynonymReader.SUDACHI_CREDIT));
    Path out = tmp.resolve("with-sudachi");
    new SiteRenderer(null).render(withSudachi, out);
    String credit = "Sudachi 同義語辞書（SudachiDict, © Works Applications Co., Ltd.）, Apache License 2.0";
    Document search = Jsoup.parse(out.resolve("search/index.html").toFile(), "UTF-8");
    assertTrue(search.selectFirst("main .search-credit").text().contains(credit), search.select("main").text());
    Document data = Jsoup.parse(out.resolve("data/index.html").toFile(), "UTF-8");
    assertTrue(data.getElementById("h-search-credits").parent().text().contains(credit), data.select("main").text());
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertFalse(home.text().contains("Sudachi"), "the other pages show the data's credits, not the search's");
  }

  @Test
  void searchPageIsWritten() throws IOException {
    Document d = page("search/index.html");
    assertEquals("検索", d.selectFirst("h1").text());
    // the static index next to it (head.js and its shards) is the build's next stage: search.StaticIndex
    // its boot script writes the tags of head.js and search.js (parser-blocking with a query: search.ftlh)
    assertEquals(List.of(), d.select("script[src]").eachAttr("src"));
    String boot = d.selectFirst("head > script").data();
    assertTrue(boot.contains("script('head.js', 'head');") && boot.contains("script('../assets/search.js');"), boot);
    assertTrue(Files.exists(site.resolve("assets/search.js")));
    assertTrue(text("sitemap.xml").contains("https://example.jp/seisaku/search/"));
  }

  @Test
  void homePageShowsCountsAndNewestDocuments() throws IOException {
    Document d = page("index.html");
    assertEquals("政策データ試験サイト", d.selectFirst("h1").text());
    assertTrue(d.selectFirst(".counts").text().contains("4 事業"));
    assertEquals(List.of("2010年の動き", "定住自立圏構想の概要"), d.getElementById("h-newest").parent().select("li > a").eachText());
    assertEquals("search/index.html", d.selectFirst("main form[role=search]").attr("action"));
    assertTrue(Files.exists(site.resolve("assets/site.css")));
  }

  @Test
  void aTemplatesFolderOverridesSomeTemplatesAndAddsAssets() throws IOException {
    Path templates = tmp.resolve("templates");
    Files.createDirectories(templates.resolve("assets"));
    Files.writeString(templates.resolve("index.ftlh"), "<#import \"layout.ftlh\" as layout>"
        + "<@layout.page title=site.title root=root current=\"home\"><h1>独自 ${site.title}</h1></@layout.page>\n");
    Files.writeString(templates.resolve("assets/extra.css"), "body{}\n");
    Path out = tmp.resolve("custom");
    new SiteRenderer(templates).render(RenderFixture.model(), out);
    assertEquals("独自 政策データ試験サイト", Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").selectFirst("h1").text());
    assertTrue(Files.exists(out.resolve("assets/extra.css")));
    assertTrue(Files.exists(out.resolve("assets/site.css")), "built-in assets stay");
    assertArrayEquals(Files.readAllBytes(site.resolve("programs/teijuu/index.html")),
        Files.readAllBytes(out.resolve("programs/teijuu/index.html")), "templates it lacks come from the built-in set");
  }

  @Test
  void twoRendersAreByteIdentical() throws IOException {
    Path again = tmp.resolve("again");
    new SiteRenderer(null).render(RenderFixture.model(), again);
    Map<String, byte[]> a = tree(site);
    Map<String, byte[]> b = tree(again);
    assertEquals(a.keySet(), b.keySet());
    for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
  }

  @Test
  void hostileSlugsAndIdsAreRejectedBeforeAnythingIsWritten() {
    for (String slug : List.of("../evil", "a//b", "..", "Evil", "総務", "", "years/2008")) { // a/b is nested: allowed
      var doc = new org.seisaku.model.Document(slug, "t", null, null, LocalDate.of(2020, 1, 1), null, null, List.of(), "x",
          Provenance.ofLine("content", "documents/x.md", 1), null);
      Path out = tmp.resolve("hostile");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new SiteRenderer(null).render(RenderFixture.model(List.of(doc)), out));
      assertTrue(e.getMessage().contains("document slug"), e.getMessage());
      assertFalse(Files.exists(out));
    }
    assertThrows(IllegalArgumentException.class, () -> SafePaths.resolve(tmp, "../x"));
    assertThrows(IllegalArgumentException.class, () -> SafePaths.resolve(tmp, "/etc/passwd"));
  }

  @Test
  void aMinistryIsListedOnlyInTheYearsItExisted() throws IOException {
    // a sheet of a ministry set up in 2010 restates the 2009 figure of the program it took over
    Ministries ms = new Ministries(List.of(
        new Ministry("soumu", "総務省", null, List.of(), 10, null, null, null),
        new Ministry("cfa", "こども家庭庁", null, List.of(), 20, null, 2010, null)));
    ProgramYear sheet = new ProgramYear("judgit:data/2010/こども家庭庁/0001.json", new FiscalYear(2010), "cfa", "児童手当",
        List.of(RenderFixture.item(2009, BudgetKind.INITIAL, "300百万円", 2010, RenderFixture.sheet("data/2010/こども家庭庁/0001.json", "予算[0].当初予算")),
            RenderFixture.item(2010, BudgetKind.INITIAL, "400百万円", 2010, RenderFixture.sheet("data/2010/こども家庭庁/0001.json", "予算[1].当初予算"))),
        new Provenance("judgit", "data/2010/こども家庭庁/0001.json", 0, null), SourceIds.NONE, null);
    Program teate = RenderFixture.program("teate", "cfa", List.of(sheet), null);
    Program other = RenderFixture.program("other", "soumu", List.of(RenderFixture.csvYear(2008, "soumu", "別の事業",
        List.of(RenderFixture.item(2008, BudgetKind.INITIAL, "1億円", 2008, RenderFixture.csv(2008, 2))))), null);
    SiteModel model = new SiteModel(RenderFixture.config(), ms, List.of(teate, other), List.of(), Map.of(), Map.of(), Map.of());
    Path out = tmp.resolve("in-office");
    new SiteRenderer(null).render(model, out);
    Document y2009 = Jsoup.parse(out.resolve("years/2009/index.html").toFile(), "UTF-8");
    Element table = y2009.selectFirst("table.amounts");
    assertTrue(table.select("a[href*=ministries/cfa/]").isEmpty(), "no link to こども家庭庁 in 2009");
    assertEquals("3.0", row(table, "こども家庭庁（2010年度設置）が引き継いだ事業").get("当初"), "the figure is shown apart, not dropped");
    assertTrue(y2009.select("main a[href*=ministries/cfa/]").isEmpty(), y2009.select("main").html());
    Document y2010 = Jsoup.parse(out.resolve("years/2010/index.html").toFile(), "UTF-8");
    assertEquals("4.0", row(y2010.selectFirst("table.amounts"), "こども家庭庁").get("当初"));
    Document cfa = Jsoup.parse(out.resolve("ministries/cfa/index.html").toFile(), "UTF-8");
    assertEquals(List.of("年度", "事業数", "当初"), cfa.selectFirst("table.amounts").select("thead th").eachText());
    assertEquals(List.of("2010年度（平成22年度）"), cfa.select("table.amounts tbody th").eachText());
    assertTrue(cfa.text().contains("2009年度の額は、こども家庭庁の期間（2010年度〜）の外の年度のため"), cfa.text());
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertTrue(home.selectFirst(".counts").text().contains("2 府省庁"), "as many as listed");
    assertEquals(2, home.getElementById("h-ministries").parent().select("li").size());
  }

  @Test
  void programsThatShareMinistryAndNameAreToldApartWhereverListed() throws IOException {
    List<Program> programs = new ArrayList<>();
    for (String number : List.of("0101", "0202")) {
      String path = "data/2012/国土交通省/" + number + ".json";
      ProgramYear py = new ProgramYear("judgit:" + path, new FiscalYear(2012), "mlit", "海岸事業",
          List.of(RenderFixture.item(2012, BudgetKind.INITIAL, "1億円", 2012, RenderFixture.sheet(path, "予算[0].当初予算"))),
          new Provenance("judgit", path, 0, null), new SourceIds(null, number, 2012, null, List.of()), null);
      programs.add(RenderFixture.program("kaigan-" + number, "mlit", List.of(py), null));
    }
    programs.add(RenderFixture.program("teibou", "mlit", List.of(RenderFixture.csvYear(2012, "mlit", "堤防事業",
        List.of(RenderFixture.item(2012, BudgetKind.INITIAL, "1億円", 2012, RenderFixture.csv(2012, 2))))), null));
    Path out = tmp.resolve("namesakes");
    new SiteRenderer(null).render(new SiteModel(RenderFixture.config(), RenderFixture.ministries(), programs, List.of(),
        Map.of(), Map.of(), Map.of("teibou", List.of("kaigan-0202", "kaigan-0101"))), out);
    // related programs too: best first, each with its years, ministry and the number that tells it apart
    assertEquals(List.of("海岸事業 2012年度 国土交通省 事業番号 0202", "海岸事業 2012年度 国土交通省 事業番号 0101"),
        Jsoup.parse(out.resolve("programs/teibou/index.html").toFile(), "UTF-8").getElementById("h-related").parent()
            .select("li").eachText());
    for (String list : List.of("ministries/mlit/index.html", "programs/index.html")) {
      List<String> items = Jsoup.parse(out.resolve(list).toFile(), "UTF-8").select("ul.items li").eachText()
          .stream().filter(t -> t.startsWith("海岸事業")).toList();
      assertEquals(2, items.size(), list);
      assertTrue(items.get(0).startsWith("海岸事業 2012年度 事業番号 0101"), list + ": " + items);
      assertTrue(items.get(1).startsWith("海岸事業 2012年度 事業番号 0202"), list + ": " + items);
    }
    Document one = Jsoup.parse(out.resolve("programs/kaigan-0101/index.html").toFile(), "UTF-8");
    assertTrue(one.selectFirst("dl.facts").text().contains("事業番号 0101"));
    assertEquals(List.of("../../programs/kaigan-0202/index.html"),
        one.getElementById("h-namesakes").parent().select("li a").eachAttr("href"));
  }

  @Test
  void dataPageDescribesEveryColumnInJapaneseAndEnglishAndLicensesEachFile() throws IOException {
    Document d = page("data/index.html");
    Element fields = d.selectFirst("table.fields");
    for (String column : DataFiles.CSV_HEADER) {
      Element row = fields.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(column)).findFirst()
          .orElseThrow(() -> new AssertionError("column " + column + " not described"));
      assertFalse(row.child(1).text().isBlank(), column);
      assertEquals("en", row.child(2).attr("lang"), column);
      assertTrue(row.child(2).text().matches(".*[A-Za-z]{3,}.*"), column + " in English");
    }
    Element files = d.selectFirst("table");
    assertEquals("ライセンス", files.select("thead th").last().text());
    for (Element tr : files.select("tbody tr")) assertFalse(tr.child(3).text().isBlank(), tr.text());
    assertTrue(files.text().contains(SiteRenderer.JUDGIT_LICENSE), "the review sheets' licence with the files of their figures");
  }

  @Test
  void theYearsWithoutDataAreExplained() throws IOException {
    Program a = RenderFixture.program("a", "soumu", List.of(RenderFixture.csvYear(2008, "soumu", "甲",
        List.of(RenderFixture.item(2008, BudgetKind.INITIAL, "1億円", 2008, RenderFixture.csv(2008, 2))))), null);
    Program b = RenderFixture.program("b", "soumu", List.of(RenderFixture.csvYear(2012, "soumu", "乙",
        List.of(RenderFixture.item(2012, BudgetKind.INITIAL, "1億円", 2012, RenderFixture.csv(2012, 2))))), null);
    Path out = tmp.resolve("gap");
    new SiteRenderer(null).render(new SiteModel(RenderFixture.config(), RenderFixture.ministries(), List.of(a, b), List.of(),
        Map.of(), Map.of(), Map.of()), out);
    String home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8").text();
    assertTrue(home.contains("2009〜2011年度の額を記載した資料はこのデータにないため"), home);
    assertTrue(Jsoup.parse(out.resolve("years/index.html").toFile(), "UTF-8").text().contains("2009〜2011年度の額を記載した資料"));
  }

  private static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static JsonNode find(JsonNode arr, String id, int fy, String kind) {
    JsonNode n = findOrNull(arr, id, fy, kind);
    if (n == null) throw new AssertionError("no " + id + " " + fy + " " + kind);
    return n;
  }

  private static JsonNode findOrNull(JsonNode arr, String id, int fy, String kind) {
    for (Iterator<JsonNode> it = arr.elements(); it.hasNext();) {
      JsonNode n = it.next();
      if (n.get("programId").asText().equals(id) && n.get("fiscalYear").asInt() == fy && n.get("kind").asText().equals(kind)) return n;
    }
    return null;
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
    }
    return out;
  }

  // data downloads open where officials open them: every CSV in a spreadsheet, with its Japanese intact

  static List<Path> dataFiles(String glob) throws IOException {
    try (Stream<Path> s = Files.walk(site.resolve("data"))) {
      return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).sorted().toList();
    }
  }

  @Test
  void everyCsvStartsWithTheBomAndItsHeaderParses() throws IOException {
    List<Path> csvs = dataFiles("*.csv");
    assertFalse(csvs.isEmpty(), "no CSV in data/");
    assertTrue(csvs.contains(site.resolve("data/budget.csv")));
    for (Path csv : csvs) {
      byte[] bytes = Files.readAllBytes(csv);
      assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), csv + " starts with the UTF-8 BOM");
      assertFalse(bytes.length > 3 && bytes[3] == (byte) 0xEF, csv + " has one BOM, not two");
      // a reader that skips the BOM, as spreadsheets do, finds the header and rows of the same width
      try (Reader r = new InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8)) {
        assertEquals(0xFEFF, r.read());
        CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r);
        if (csv.getFileName().toString().equals("budget.csv")) assertEquals(DataFiles.CSV_HEADER, parser.getHeaderNames());
        int rows = 0;
        for (CSVRecord rec : parser) {
          assertEquals(parser.getHeaderNames().size(), rec.size(), csv + ":" + rec.getRecordNumber());
          rows++;
        }
        assertTrue(rows > 0, csv + " has rows");
      }
    }
    String text = Files.readString(site.resolve("data/budget.csv"), StandardCharsets.UTF_8);
    assertTrue(text.contains("定住自立圏"), "Japanese names read back as written");
  }

  @Test
  void eachYearsDataFilesHoldThatYearsRowsOfTheWholeFiles() throws IOException {
    List<String> whole = Files.readAllLines(site.resolve("data/budget.csv"));
    List<String> joined = new ArrayList<>();
    List<Path> years = dataFiles("budget.csv").stream().filter(p -> p.getParent().getParent().endsWith("years")).toList();
    assertTrue(years.size() >= 3, "a budget.csv per fiscal year: " + years);
    for (Path y : years) {
      List<String> lines = Files.readAllLines(y);
      assertEquals(whole.get(0), lines.get(0), y + " has the header, after the BOM");
      String fy = y.getParent().getFileName().toString();
      for (String row : lines.subList(1, lines.size())) assertEquals(fy, row.split(",")[3], y + ": " + row);
      joined.addAll(lines.subList(1, lines.size()));
      JsonNode json = new ObjectMapper().readTree(y.resolveSibling("budget.json").toFile());
      assertEquals(lines.size() - 1, json.size(), y.resolveSibling("budget.json") + " has the same rows");
    }
    assertEquals(new java.util.TreeSet<>(whole.subList(1, whole.size())), new java.util.TreeSet<>(joined),
        "the years' rows together are the whole file's");
    assertEquals(whole.size() - 1, joined.size());
    assertTrue(page("data/index.html").select("a[href=years/2009/budget.csv]").size() == 1, "the data page links them");
  }

  @Test
  void jsonFilesHaveNoBom() throws IOException {
    for (Path json : dataFiles("*.json")) {
      byte first = Files.readAllBytes(json)[0];
      assertTrue(first == '[' || first == '{', json + " starts with its value (RFC 8259: no BOM)");
    }
  }
}
