package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus site read as a citizen or an official reads it (issue 7): what a reader would check on the pages
 * themselves, over every list page and a sample of the program pages of the shared-corpus site ({@link CorpusSite},
 * built once per JVM). Needs the shared corpus: skipped outside CI when it is absent, failed under CI.
 */
class CorpusReadingIT {
  /** A count of 1,000 or more written without separators: 「3305 事業」, 「14810件」. */
  static final Pattern UNSEPARATED_COUNT = Pattern.compile("(?<![\\d,.\\-A-Za-z])(?<!番号\\s{0,2})[1-9]\\d{3,}\\s*(事業|件|文書|府省庁)");

  static Path site;
  static List<Path> pages;

  @BeforeAll
  static void site() throws IOException {
    site = CorpusSite.get().site();
    List<Path> all;
    try (Stream<Path> s = Files.walk(site)) {
      all = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    // every page that lists or sums (home, indexes, years, ministries, documents by year, data) and every 40th
    // program and document page
    pages = new ArrayList<>();
    int i = 0;
    for (Path p : all) {
      String rel = site.relativize(p).toString();
      boolean one = rel.startsWith("programs/") && !rel.equals("programs/index.html")
          || rel.startsWith("documents/") && !rel.startsWith("documents/years/") && !rel.equals("documents/index.html");
      if (!one || i++ % 40 == 0) pages.add(p);
    }
  }

  static Document page(String rel) throws IOException {
    return Jsoup.parse(site.resolve(rel).toFile(), "UTF-8");
  }

  @Test
  void everyCountOfAThousandOrMoreHasSeparators() throws IOException {
    List<String> bad = new ArrayList<>();
    for (Path p : pages) {
      Matcher m = UNSEPARATED_COUNT.matcher(Jsoup.parse(p.toFile(), "UTF-8").text());
      while (m.find()) bad.add(site.relativize(p) + ": " + m.group());
    }
    assertEquals(List.of(), bad);
    assertTrue(page("index.html").selectFirst(".counts").text().matches(".*\\d,\\d{3} 事業.*"), "the home page's count is large");
  }

  @Test
  void aMinistryIsListedInAYearOnlyWhileItExisted() throws IOException {
    // the periods as the ministries page states them: 「2021年度〜」, 「〜2000年度」
    Map<String, int[]> periods = new TreeMap<>();
    for (Element li : page("ministries/index.html").select("ul.tree > li")) {
      String name = li.selectFirst("a").text();
      Matcher m = Pattern.compile("(\\d{4})?年度?〜(\\d{4})?").matcher(li.select("span.meta").text());
      int since = Integer.MIN_VALUE;
      int until = Integer.MAX_VALUE;
      if (m.find()) {
        if (m.group(1) != null) since = Integer.parseInt(m.group(1));
        if (m.group(2) != null) until = Integer.parseInt(m.group(2));
      }
      periods.put(name, new int[] {since, until});
    }
    assertEquals(2021, periods.get("デジタル庁")[0], "the ministries page states デジタル庁's period");
    List<String> bad = new ArrayList<>();
    try (Stream<Path> s = Files.list(site.resolve("years"))) {
      for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
        int year = Integer.parseInt(dir.getFileName().toString());
        Document d = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        for (Element a : d.select("main a[href*=ministries/]")) {
          int[] p = periods.get(a.text());
          if (p != null && (year < p[0] || year > p[1])) bad.add(year + ": " + a.text());
        }
      }
    }
    assertEquals(List.of(), bad);
    String y2019 = page("years/2019/index.html").selectFirst("table.amounts").text();
    assertFalse(y2019.contains("デジタル庁") || y2019.contains("こども家庭庁"), y2019);
  }

  @Test
  void aFigureIsShownOnlyWhereASourceStatesIt() throws IOException {
    // budget.json holds every figure in force: a program's table shows a figure for (year, kind) exactly then
    JsonNode items = new ObjectMapper().readTree(site.resolve("data/budget.json").toFile());
    Set<String> stated = new HashSet<>();
    for (JsonNode i : items) stated.add(i.get("programId").asText() + " " + i.get("fiscalYear").asInt() + " " + i.get("kind").asText());
    int cells = 0;
    List<String> bad = new ArrayList<>();
    for (Path p : pages) {
      String rel = site.relativize(p).toString();
      if (!rel.startsWith("programs/") || rel.equals("programs/index.html")) continue;
      String id = rel.split("/")[1];
      Element table = Jsoup.parse(p.toFile(), "UTF-8").selectFirst("table.amounts");
      if (table == null) continue;
      for (Element tr : table.select("tbody tr")) {
        String year = tr.child(0).text().substring(0, 4);
        for (Element td : tr.select("td[data-kind]")) {
          boolean shown = !td.ownText().strip().equals("—");
          if (shown != stated.contains(id + " " + year + " " + td.attr("data-kind"))) bad.add(rel + " " + year + " " + td.attr("data-kind"));
          if (td.ownText().contains("円")) bad.add(rel + " " + year + ": unit in a cell: " + td.ownText());
          cells++;
        }
      }
    }
    assertEquals(List.of(), bad);
    assertTrue(cells > 1000, "cells checked: " + cells);
  }

  @Test
  void programsThatShareANameAreToldApartInEveryList() throws IOException {
    // two entries of one list never read the same (name, years, 事業番号)
    List<String> same = new ArrayList<>();
    int lists = 0;
    for (Path p : pages) {
      for (Element ul : Jsoup.parse(p.toFile(), "UTF-8").select("ul.items")) {
        Set<String> seen = new HashSet<>();
        for (Element li : ul.select("> li")) if (!seen.add(li.text())) same.add(site.relativize(p) + ": " + li.text());
        lists++;
      }
    }
    assertEquals(List.of(), same);
    assertTrue(lists > 100, "lists read: " + lists);
  }

  @Test
  void homeCountsAgreeWithItsListsAndTheMissingYearsAreExplained() throws IOException {
    Document home = page("index.html");
    int listed = home.getElementById("h-ministries").parent().select("li").size();
    assertTrue(home.selectFirst(".counts").text().contains(listed + " 府省庁"), home.selectFirst(".counts").text());
    assertTrue(home.text().contains("2009〜2011年度の額を記載した資料はこのデータにない"), home.text());
  }

  @Test
  void noPageShowsAnInternalPath() throws IOException {
    List<String> bad = new ArrayList<>();
    for (Path p : pages) {
      if (p.equals(site.resolve("data/index.html"))) continue; // names its files and fields
      String text = Jsoup.parse(p.toFile(), "UTF-8").text();
      for (String internal : List.of("content:", "judgit:", ".md:", ".csv:", ".json")) {
        if (text.contains(internal)) bad.add(site.relativize(p) + ": " + internal);
      }
    }
    assertEquals(List.of(), bad);
  }
}
