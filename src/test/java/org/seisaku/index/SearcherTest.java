package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
  @TempDir static Path tmp;
  static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Indexer.write(tmp.resolve("index"), f.corpus(), f.linked());
    searcher = Searcher.open(tmp.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<String> ids(SearchRequest req) throws IOException {
    return searcher.search(req).hits().stream().map(SearchHit::id).toList();
  }

  private static List<String> ids(String query) throws IOException {
    return ids(SearchRequest.of(query));
  }

  @Test
  void nameMatchRanksFirst() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("協力隊"));
    SearchHit first = r.hits().get(0);
    assertEquals("soumu-kyoryokutai", first.id());
    assertEquals("program", first.type());
    assertEquals("地域おこし協力隊の推進に要する経費", first.title());
    assertEquals("soumu", first.ministry());
    assertEquals(List.of(2019, 2020), first.fiscalYears());
    assertEquals("programs/soumu-kyoryokutai/", first.url());
    assertTrue(first.snippet().marked("【", "】").contains("【協力】【隊】") || first.snippet().marked("【", "】").contains("【協力隊】"),
        first.snippet().marked("【", "】"));
    // the program, the other program named for 協力隊, the overview document, and the tourism program whose text says it
    assertEquals(List.of("soumu-kyoryokutai", "soumu-kyoryokutai-kenshu", "kyoryokutai-gaiyou", "mlit-kanko"),
        r.hits().stream().map(SearchHit::id).toList().subList(0, 4).stream().sorted(SearcherTest::byFixtureOrder).toList());
    assertEquals(4, r.total());
  }

  private static int byFixtureOrder(String a, String b) {
    List<String> order = List.of("soumu-kyoryokutai", "soumu-kyoryokutai-kenshu", "kyoryokutai-gaiyou", "mlit-kanko");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  @Test
  void widthAndCaseDoNotMatter() throws IOException {
    for (String q : List.of("ICT", "ＩＣＴ", "ict", "ｉｃｔ", "ＩＣＴ利活用")) {
      assertEquals("soumu-ict", ids(q).get(0), q);
    }
  }

  @Test
  void kanaQueryFindsKanjiByReading() throws IOException {
    assertTrue(ids("ちいきおこし").contains("soumu-kyoryokutai"));
    assertEquals("soumu-kyoryokutai", ids("ちいきおこしきょうりょくたい").get(0));
    assertEquals("soumu-teijuu", ids("ていじゅうじりつけん").get(0));
  }

  @Test
  void partOfACompoundIsFound() throws IOException {
    assertEquals("soumu-kiban", ids("通信基盤").get(0));
    assertEquals("soumu-kiban", ids("報通信基").get(0)); // no word of its own: character bigrams
  }

  @Test
  void aYearInTheQueryIsAFilter() throws IOException {
    assertEquals(List.of("soumu-kiban"), ids("交付金 2008"));
    for (String q : List.of("交付金 平成20年度", "交付金 Ｈ２０", "交付金　FY2008", "平成２０年度")) {
      assertEquals(List.of("soumu-kiban"), ids(q), q);
    }
    assertEquals(List.of(), ids("協力隊 2008"));
    assertEquals(List.of("soumu-kyoryokutai-kenshu"), ids("協力隊 令和3年度"));
  }

  @Test
  void quotedPartsMatchOnlyAsPhrases() throws IOException {
    assertEquals("soumu-kiban", ids("整備基盤 交付金").get(0));
    assertEquals(List.of(), ids("\"整備基盤\" 交付金"));
    assertEquals(List.of("soumu-kiban"), ids("\"基盤整備\" 交付金"));
    assertEquals(List.of("soumu-kiban"), ids("「基盤整備推進」"));
    assertEquals(List.of(new Queries.Part("特殊 詐欺", true), new Queries.Part("対策", false)),
        Queries.parse("\"特殊 詐欺\"　対策"));
  }

  @Test
  void aPartWithAMinusIsExcluded() throws IOException {
    assertTrue(ids("協力隊").contains("mlit-kanko"));
    // a ministry: none of its items (by name, alias or id; any of the three minus signs)
    for (String q : List.of("協力隊 -国交省", "協力隊 -mlit", "協力隊 －国土交通省", "-国交省 協力隊")) {
      List<String> got = ids(q);
      assertFalse(got.contains("mlit-kanko"), q + ": " + got);
      assertTrue(got.contains("soumu-kyoryokutai"), q + ": " + got);
    }
    SearchResult r = searcher.search(SearchRequest.of("協力隊 -国交省"));
    assertEquals(Map.of("soumu", 3L), r.facets().ministry(), "the counts leave the excluded out too");
    // a word: no item that has it, as a quoted part would match it
    List<String> without = ids("協力隊 -研修");
    assertFalse(without.contains("soumu-kyoryokutai-kenshu"), without.toString());
    assertTrue(without.contains("soumu-kyoryokutai"), without.toString());
    assertEquals(without, ids("協力隊 -\"研修\""));
    // a minus inside a word or alone is no exclusion
    assertEquals(List.of(new Queries.Part("協力隊", false), new Queries.Part("研修", false, true),
        new Queries.Part("地域", true, true), new Queries.Part("-", false), new Queries.Part("道路-橋", false)),
        Queries.parse("協力隊 -研修 -「地域」 - 道路-橋"));
  }

  @Test
  void itemsMatchingEveryPartComeFirst() throws IOException {
    assertEquals("mlit-kanko", ids("協力隊 観光").get(0));
    // fewer than RELAX_BELOW strict matches: the items with some of the words follow
    assertTrue(ids("協力隊 観光").containsAll(List.of("soumu-kyoryokutai", "soumu-kyoryokutai-kenshu")));
  }

  @Test
  void nothingMatchingEveryWordRelaxesToSomeOfThem() throws IOException {
    // 防ぐ is in no text: the strict search finds nothing, the relaxed one the item with 地場産品
    assertEquals("kyoryokutai-gaiyou", ids("地場産品を防ぐ").get(0));
    SearchResult relaxed = searcher.search(SearchRequest.of("地場産品を防ぐ"));
    assertTrue(relaxed.relaxed(), "the result says it relaxed");
    assertTrue(org.seisaku.serve.SearchJson.write(relaxed).startsWith("{\"total\":" + relaxed.total() + ",\"hits\":["),
        "--json keeps the shape of DESIGN §4");
    assertFalse(searcher.search(SearchRequest.of("\"協力隊\"")).relaxed(), "a quoted part has nothing to relax");
    // each has one of the words in its name: they come first, in either order
    assertEquals(List.of("mlit-road", "soumu-kyoryokutai"), ids("協力隊 道路").subList(0, 2).stream().sorted().toList());
    // quoted parts stay strict
    assertEquals(List.of(), ids("\"協力隊 道路\""));
  }

  @Test
  void kanjiIsNeverMatchedBySound() {
    assertFalse(searcher.queries().part("過疎", false).json().contains(Fields.TITLE_READING));
    assertTrue(searcher.queries().part("かそ", false).json().contains(Fields.TITLE_READING));
    assertTrue(searcher.queries().part("ｶｿ", false).json().contains(Fields.TITLE_READING));
  }

  @Test
  void spellingVariantsMatchEachOther() {
    assertEquals(List.of("子どもの貧困", "子供の貧困", "こどもの貧困"), Queries.variants("子どもの貧困"));
    assertEquals(List.of("空家対策", "空き家対策"), Queries.variants("空家対策"));
    assertEquals(List.of("協力隊"), Queries.variants("協力隊"));
  }

  @Test
  void aMinistryNamedInTheQueryRanksItsItemsFirst() throws IOException {
    assertEquals("mlit-kanko", ids("協力隊 国交省").get(0));
    assertEquals("mlit-kanko", ids("国土交通省 協力隊").get(0));
    assertEquals(List.of("mlit-kanko", "mlit-road"), ids("国交省").stream().limit(2).sorted().toList());
    assertEquals(List.of("cao-bousai", "bousai-keikaku"), ids("内閣府"));
    SearchResult r = searcher.search(SearchRequest.of("総務 協力隊"));
    assertEquals("soumu", r.hits().get(0).ministry());
    assertEquals("soumu", r.hits().get(1).ministry());
    // a ministry's id names it as its names do (ministries/mlit/ is what its page's URL shows)
    assertEquals(ids("国交省"), ids("mlit"));
  }

  @Test
  void yearFilter() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("地域").withYears(2019, 2019));
    assertFalse(r.hits().isEmpty());
    for (SearchHit h : r.hits()) assertTrue(h.fiscalYears().contains(2019), h.toString());
    List<String> got = r.hits().stream().map(SearchHit::id).toList();
    assertTrue(got.contains("soumu-kyoryokutai") && got.contains("mlit-kanko"), got.toString());
    assertFalse(got.contains("soumu-kiban"));
    assertEquals(List.of("soumu-kiban"), ids(SearchRequest.of("地域").withYears(null, 2008)));
    assertEquals(List.of("soumu-kyoryokutai-kenshu"), ids(SearchRequest.of("協力隊").withYears(2021, null)));
  }

  @Test
  void ministryFilter() throws IOException {
    assertEquals(List.of("mlit-road"), ids(SearchRequest.of("整備").withMinistry("mlit")));
    assertEquals(List.of("mlit-kanko"), ids(SearchRequest.of("協力隊").withMinistry("mlit")));
  }

  @Test
  void ministryFilterByNameOrAlias() throws IOException {
    for (String m : List.of("mlit", "国土交通省", "国交省", "国土交通省 ")) {
      assertEquals(List.of("mlit-road"), ids(SearchRequest.of("整備").withMinistry(m)), m);
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> searcher.search(SearchRequest.of("整備").withMinistry("財務省")));
    assertEquals("unknown ministry: 財務省", e.getMessage());
  }

  @Test
  void facetsCountEveryMatchNotOnlyTheHits() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("協力隊").withLimit(1));
    assertEquals(1, r.hits().size());
    assertEquals(Map.of("soumu", 3L, "mlit", 1L), r.facets().ministry());
    assertEquals(List.of("mlit", "soumu"), List.copyOf(r.facets().ministry().keySet()), "sorted");
    assertEquals(Map.of(2019, 2L, 2020, 2L, 2021, 1L), r.facets().year());
    assertEquals(Map.of("initial", 3L, "概要", 1L), r.facets().kind());
    SearchResult none = searcher.search(SearchRequest.of("存在しない語彙ですね"));
    assertEquals(SearchResult.Facets.EMPTY, none.facets());
    SearchResult sheets = searcher.search(SearchRequest.of("協力隊").withKind("レビューシート"));
    assertEquals(Map.of("レビューシート", 4L), sheets.facets().kind());
  }

  @Test
  void matchingYearsAreThoseOfTheMatchingSheets() throws IOException {
    SearchHit teichaku = searcher.search(SearchRequest.of("定着 協力隊")).hits().stream()
        .filter(h -> h.id().equals("soumu-kyoryokutai")).findFirst().orElseThrow();
    assertEquals(List.of(2019, 2020), teichaku.fiscalYears());
    assertEquals(List.of(2020), teichaku.matchingYears(), "only the 2020 sheet says 定着");
    SearchHit byName = searcher.search(SearchRequest.of("協力隊")).hits().get(0);
    assertEquals(List.of(2019, 2020), byName.matchingYears());
    SearchHit filtered = searcher.search(SearchRequest.of("協力隊 2019")).hits().get(0);
    assertEquals("soumu-kyoryokutai", filtered.id());
    assertEquals(List.of(2019), filtered.matchingYears());
    SearchHit doc = searcher.search(SearchRequest.of("地場産品")).hits().get(0);
    assertEquals(List.of(2020), doc.matchingYears());
  }

  @Test
  void kindFilter() throws IOException {
    assertEquals(List.of("soumu-ict"), ids(SearchRequest.of("").withKind("補正")));
    assertEquals(List.of("soumu-ict"), ids(SearchRequest.of("").withKind("supplementary")));
    assertEquals(List.of("bousai-keikaku"), ids(SearchRequest.of("防災").withKind("計画")));
    List<String> sheets = ids(SearchRequest.of("協力隊").withKind("レビューシート"));
    assertTrue(sheets.stream().allMatch(id -> id.startsWith("judgit-")), sheets.toString());
    assertEquals(4, sheets.size());
  }

  @Test
  void sheetsFoldIntoTheirProgramUnlessAskedFor() throws IOException {
    List<String> without = ids("住民票");
    assertEquals("soumu-kyoryokutai", without.get(0));
    assertTrue(without.stream().noneMatch(id -> id.startsWith("judgit-")), without.toString());
    List<String> with = ids(SearchRequest.of("住民票").withSheets(true));
    assertEquals(List.of("judgit-2019-soumu-kyoryokutai", "judgit-2020-soumu-kyoryokutai", "soumu-kyoryokutai"),
        with.stream().limit(3).sorted().toList());
  }

  @Test
  void emptyQueryListsWhatTheFiltersKeep() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("").withMinistry("cao"));
    assertEquals(List.of("cao-bousai", "bousai-keikaku"), r.hits().stream().map(SearchHit::id).toList());
    assertEquals(2, r.total());
    assertEquals(List.of(), ids("の"));
  }

  @Test
  void limitAndTotal() throws IOException {
    SearchResult r = searcher.search(SearchRequest.of("地域").withLimit(2));
    assertEquals(2, r.hits().size());
    assertTrue(r.total() > 2);
  }

  @Test
  void documentHits() throws IOException {
    SearchHit h = searcher.search(SearchRequest.of("地場産品")).hits().get(0);
    assertEquals("document", h.type());
    assertEquals("kyoryokutai-gaiyou", h.id());
    assertEquals("documents/kyoryokutai-gaiyou/", h.url());
    assertEquals(List.of(2020), h.fiscalYears());
    assertTrue(h.snippet().html().contains("<mark>地場</mark>") || h.snippet().html().contains("<mark>地場産品</mark>"),
        h.snippet().html());
    assertFalse(h.snippet().text().contains("https://"), "link targets are not text");
  }

  @Test
  void concurrentSearchesAgree() throws Exception {
    List<String> queries = List.of("協力隊", "ＩＣＴ", "ちいきおこし", "整備", "防災", "地域");
    List<List<String>> expected = new ArrayList<>();
    for (String q : queries) expected.add(ids(q));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 5; i++) {
            for (int q = 0; q < queries.size(); q++) if (!ids(queries.get(q)).equals(expected.get(q))) return false;
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) assertTrue(f.get());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The boost of programs in the collector gives the ranking of the function query it replaced (issue 10: twice
   * as fast): the same documents, the same scores to the bit, the same order, the same count; strict and relaxed
   * queries, with and without sheets.
   */
  @Test
  void programBoostInTheCollectorRanksAsTheFunctionQuery() throws IOException {
    IndexSearcher is = searcher.indexSearcher();
    Queries queries = searcher.queries();
    Query programs = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROGRAM));
    int compared = 0;
    for (String q : List.of("協力隊", "ＩＣＴ", "ちいきおこし", "整備", "防災", "地域", "国交省 道路", "自殺を防ぐ", "")) {
      for (SearchRequest req : List.of(SearchRequest.of(q), SearchRequest.of(q).withSheets(true).withLimit(3))) {
        for (boolean relaxed : new boolean[] {false, true}) {
          Query query = queries.build(req, null, relaxed);
          TopDocs expected = is.search(FunctionScoreQuery.boostByQuery(query, programs, Queries.PROGRAM_BOOST),
              new TopScoreDocCollectorManager(req.limit(), null, Integer.MAX_VALUE));
          TopDocs actual = searcher.top(query, req.limit());
          assertEquals(expected.totalHits, actual.totalHits, q);
          assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, q);
          for (int i = 0; i < expected.scoreDocs.length; i++) {
            assertEquals(expected.scoreDocs[i].doc, actual.scoreDocs[i].doc, q + " #" + i);
            assertEquals(Float.floatToIntBits(expected.scoreDocs[i].score), Float.floatToIntBits(actual.scoreDocs[i].score),
                q + " #" + i);
          }
          compared += expected.scoreDocs.length;
        }
      }
    }
    assertTrue(compared > 50, "hits compared: " + compared);
  }
}
