package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Limits;

/**
 * {@code search} on the fixture site's index, as officials and scripts use it: the JSON of DESIGN §4 (fields,
 * types, order, filters, facets), the text for people, and one-line errors with exit codes 2 (bad option) and 3
 * (no usable index).
 */
class SearchCommandIT {
  @TempDir static Path tmp;
  static Path index;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void build() {
    index = tmp.resolve("index");
    Fixtures.buildSite(tmp.resolve("site"), index);
  }

  static Fixtures.Run search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index.toString()));
    all.addAll(List.of(args));
    return Fixtures.run(all.toArray(String[]::new));
  }

  static JsonNode json(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--json");
    Fixtures.Run r = search(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals("", r.err());
    assertEquals(1, r.out().strip().lines().count(), "one line of JSON: " + r.out());
    return JSON.readTree(r.out());
  }

  static List<String> ids(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void jsonHasTheShapeOfTheDesign() throws Exception {
    JsonNode r = json("交付金");
    assertEquals(List.of("total", "hits", "facets"), names(r));
    assertTrue(r.get("total").isIntegralNumber());
    assertTrue(r.get("total").asLong() >= 1);
    JsonNode hit = r.get("hits").get(0);
    assertEquals(List.of("type", "id", "title", "ministry", "fiscalYears", "url", "score", "snippet"), names(hit));
    assertEquals("program", hit.get("type").asText());
    assertEquals("junkan", hit.get("id").asText());
    assertEquals("地域経済循環創造事業交付金", hit.get("title").asText());
    assertEquals("soumu", hit.get("ministry").asText());
    assertEquals("programs/junkan/", hit.get("url").asText());
    assertTrue(hit.get("score").isNumber() && hit.get("score").asDouble() > 0);
    List<Integer> years = new ArrayList<>();
    hit.get("fiscalYears").forEach(y -> {
      assertTrue(y.isInt(), "years are integers: " + y);
      years.add(y.asInt());
    });
    // the content's FY2012 figure and the sheets' years (the newest sheet may add a request for the next year)
    assertTrue(years.containsAll(List.of(2012, 2018, 2019, 2020, 2021, 2022, 2023)), years.toString());
    assertEquals(years.stream().sorted().distinct().toList(), years, "ascending, once each");
    assertTrue(hit.get("snippet").asText().contains("<mark>交付金</mark>"), hit.get("snippet").asText());
    assertTrue(r.get("facets").isObject());
  }

  @Test
  void hitsComeBestFirst() throws Exception {
    JsonNode r = json("整備");
    assertEquals(2, r.get("hits").size(), r.toString());
    double last = Double.MAX_VALUE;
    for (JsonNode h : r.get("hits")) {
      assertTrue(h.get("score").asDouble() <= last, "descending scores: " + r);
      last = h.get("score").asDouble();
    }
  }

  @Test
  void yearKeepsOnlyHitsOfThatYearInAnyForm() throws Exception {
    for (String y : List.of("2008", "平成20年度", "H20", "Ｈ２０", "2007..2009", "平成19年度..平成21年度", "..2008")) {
      JsonNode r = json("整備", "--year", y);
      assertEquals(2, r.get("total").asInt(), y + ": " + r);
      for (JsonNode h : r.get("hits")) assertTrue(h.get("fiscalYears").toString().contains("2008"), y + ": " + h);
    }
    assertEquals(0, json("整備", "--year", "2012").get("total").asInt());
    assertEquals(List.of("junkan"), ids(json("地域", "--year", "2018..2019")));
    assertEquals(List.of(), ids(json("地域", "--year", "2009..2011")));
  }

  @Test
  void ministryByIdNameOrAlias() throws Exception {
    for (String m : List.of("mlit", "国土交通省", "国交省")) {
      JsonNode r = json("整備", "--ministry", m);
      assertEquals(List.of("mlit-zu3jj7q7"), ids(r), m + ": " + r);
      assertEquals("mlit", r.get("hits").get(0).get("ministry").asText());
    }
  }

  @Test
  void unknownMinistryIsAUsageError() {
    Fixtures.Run r = search("整備", "--ministry", "外務省");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("外務省"), r.err());
  }

  @Test
  void limitCutsTheHitsNotTheTotal() throws Exception {
    JsonNode r = json("整備", "--limit", "1");
    assertEquals(1, r.get("hits").size());
    assertEquals(2, r.get("total").asInt());
  }

  @Test
  void facetsCountEveryMatch() throws Exception {
    JsonNode f = json("整備", "--limit", "1").get("facets");
    assertEquals(1, f.get("ministry").get("mlit").asInt(), f.toString());
    assertEquals(1, f.get("ministry").get("fdma").asInt(), f.toString());
    assertEquals(2, f.get("year").get("2008").asInt(), f.toString());
    assertTrue(f.get("kind").get("initial").asInt() >= 2, f.toString());
  }

  @Test
  void textForPeople() {
    Fixtures.Run r = search("地域", "--limit", "5");
    assertEquals(0, r.exit(), r.err());
    String out = r.out();
    assertTrue(out.startsWith("1. 地域経済循環創造事業交付金\n"), out);
    assertTrue(out.matches("(?s).*\n   総務省 · 2012、2018–202[34]年度.*"), "ministry name and years as runs: " + out);
    assertTrue(out.contains(" · programs/junkan/\n"), out);
    assertTrue(out.contains("【地域】"), "matches marked: " + out);
    assertTrue(out.contains("1 of 1 hit"), out);
    assertTrue(out.contains("\nministry: 総務省 1\n"), "facets: " + out);
    assertTrue(out.contains("\nyear: 2012 1 · 2018 1"), "facets: " + out);
    assertTrue(out.contains("当初 1"), "budget kinds by their labels: " + out);
    Fixtures.Run none = search("存在しない言葉ですよ");
    assertEquals(0, none.exit());
    assertTrue(none.out().startsWith("no hits for '存在しない言葉ですよ'"), none.out());
  }

  @Test
  void badOptionsAreUsageErrors() {
    for (String[] args : List.of(new String[] {"整備", "--year", "来年"}, new String[] {"整備", "--year", "2012..2008"},
        new String[] {"整備", "--year", "2008..2009..2010"}, new String[] {"整備", "--limit", "0"},
        new String[] {"整備", "--limit", "many"})) {
      Fixtures.Run r = search(args);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
      assertTrue(r.err().startsWith("seisaku: --"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertEquals(2, Fixtures.run("search").exit(), "QUERY is required");
    Fixtures.Run blank = search("  ");
    assertEquals(2, blank.exit(), "a blank query without a filter lists nothing useful: " + blank.out());
    assertTrue(blank.err().startsWith("seisaku: query: "), blank.err());
    assertEquals(0, search("", "--ministry", "消防庁").exit(), "a filter alone lists that ministry's items");
  }

  /** Issue 9, failure 9: queries that made 0.1 fail with exit 3, list everything, or read a word as an option. */
  @Test
  void hostileQueriesAreUsageErrorsOrQueries() throws Exception {
    StringBuilder terms = new StringBuilder();
    for (int i = 0; i < 1100; i++) terms.append("語").append(i).append(' ');
    for (String q : List.of(terms.toString(), "協".repeat(40_000), "a ".repeat(Limits.QUERY_WORDS + 1))) {
      Fixtures.Run r = search(q);
      assertEquals(2, r.exit(), r.err());
      assertTrue(r.err().startsWith("seisaku: query: too "), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
    }
    // the longest queries allowed, of characters the index has in every order (the most distinct terms): an answer,
    // not TooManyClauses (0.1 failed from 64 such characters on)
    String letters = "地域おこし協力隊の推進に要する経費国土交通省子ども子育て支援交付金空き家取組";
    java.util.Random random = new java.util.Random(9);
    for (int i = 0; i < 6; i++) {
      StringBuilder q = new StringBuilder();
      while (q.length() < Limits.QUERY_CHARS) {
        boolean space = i % 2 == 1 && q.length() % 16 == 15;
        q.append(space ? ' ' : letters.charAt(random.nextInt(letters.length())));
      }
      Fixtures.Run r = search(q.toString(), "--json");
      assertEquals(0, r.exit(), q + ": " + r.err());
    }
    // only punctuation is as an empty query: a usage error alone, a listing with a filter
    Fixtures.Run punct = search("!!! 「」");
    assertEquals(2, punct.exit(), punct.out());
    assertTrue(punct.err().startsWith("seisaku: query: '!!! 「」' has nothing to look for"), punct.err());
    assertEquals(json("", "--ministry", "消防庁").toString(), json("!!!", "--ministry", "消防庁").toString());
    // a word beginning with '-' is a query word (what it names is excluded); a mistyped option is not taken for one
    List<String> with = ids(json("地域", "--limit", "100"));
    List<String> without = ids(json("整備", "-地域", "--limit", "100"));
    assertFalse(without.isEmpty());
    assertTrue(without.stream().noneMatch(with::contains), with + " / " + without);
    assertTrue(ids(json("整備", "--limit", "100")).containsAll(without));
    Fixtures.Run typo = search("整備", "--limt", "5");
    assertEquals(2, typo.exit(), typo.out());
    assertTrue(typo.err().startsWith("seisaku: unknown option '--limt'"), typo.err());
    Fixtures.Run dashed = search("--", "-x");
    assertEquals(0, dashed.exit(), dashed.err());
  }

  @Test
  void noIndexSaysToBuild() throws Exception {
    Fixtures.Run r = Fixtures.run("search", "整備", "--index", tmp.resolve("nowhere").toString());
    assertEquals(3, r.exit());
    assertTrue(r.err().contains("run `seisaku build`"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    Path empty = Files.createDirectories(tmp.resolve("empty-index"));
    Fixtures.Run e = Fixtures.run("search", "整備", "--index", empty.toString());
    assertEquals(3, e.exit());
    assertTrue(e.err().contains("run `seisaku build`"), e.err());
    assertFalse(e.err().contains("\tat "), e.err());
  }

  private static List<String> names(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
