package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problems;
import org.seisaku.link.LinkResult;
import org.seisaku.link.Linker;
import org.seisaku.link.PreviousIds;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.source.Corpus;
import org.seisaku.source.Sources;
import org.seisaku.testing.JudgedSets;
import org.seisaku.testing.Metrics;
import org.seisaku.testing.Requirements;

/**
 * Search quality on the shared corpus ({@code content/} + {@code ../shared/corpus/judgit}, 14,793 review sheets):
 * the judged queries of {@code src/test/resources/search/judged-queries.tsv} (see the README there) against our
 * index and, in the same run over the same program documents, two baselines.
 *
 * <p><b>Systems.</b> <i>ours</i>: {@link Searcher} over the index {@link Indexer} writes (programs and documents;
 * a document hit counts as irrelevant, the judgements name programs). <i>standard</i> and <i>cjk</i>: one Lucene
 * document per program with the same names ({@code title}) and text ({@code text}) as ours, analysed with
 * {@link StandardAnalyzer} (a Han character is a token) or {@link CJKAnalyzer} (width folding, character bigrams), and
 * queried as a plain query parser would: each space-separated part as a bag of words (OR) over both fields, a
 * quoted part as a phrase. The baselines know nothing of years, ministries or readings.
 *
 * <p><b>Judgements.</b> Each target sheet stands for the program the linker puts it in; a program judged twice for a
 * query counts once, at the higher grade. <b>Metrics</b> (at 10 hits): nDCG@10 with gain 2<sup>grade</sup>−1 and
 * the ideal ranking of all judged programs of the query; MRR = 1 / rank of the first hit of grade ≥ 2 (0 if none in
 * the top 10); success@10 = a hit of grade ≥ 2 in the top 10 (grade-1 hits are "marginally relevant" and are
 * not a success). Averages over queries, overall and per difficulty.
 *
 * <p>The floors asserted are set just under what ours reaches; ours must beat both baselines on nDCG@10 overall.
 * The everyday-word and concept queries of {@code concept-queries.tsv} are reported apart.
 * {@code -Dseisaku.eval.verbose=true} prints every query's top hits with their grades.
 */
class SearchEvaluationTest {
  static final int K = 10;
  /** Floors: just under what ours reaches (see BENCHMARKS.md, "Search quality"). */
  static final double FLOOR_NDCG = 0.90;
  static final double FLOOR_MRR = 0.93;
  static final double FLOOR_SUCCESS = 0.975;
  /** The hits of an exact program name that synonyms leave as they were. */
  static final int EXACT_TOP = 5;
  /**
   * Floors of the concept queries with synonyms (BENCHMARKS.md, "Concept search"): just under what ours reaches
   * (0.541 / 0.618 / 0.764 with a phrase trigger read for its meaning when the search relaxes and synonyms matched
   * by their bigrams too, 2026-12-02; 0.545 / 0.629 / 0.775 with stop words before katakana or a word, 2026-12-03;
   * 0.574 / 0.665 / 0.809 with a trigger known only by its characters read for its meaning and no word only of
   * hiragana standing alone in a relaxed search, 2026-12-06; 0.663 / 0.764 / 0.933 with the synonym lines of
   * 2026-12-06, some written after reading this set's misses: an upper bound, concept-fresh.tsv is the fair figure;
   * 0.669 / 0.779 / 0.944 relaxing when too few items match the words as typed, 2026-12-06; 0.690 / 0.805 / 0.955 with
   * a cost for each word of a query's cut, 2026-12-06; 0.676 / 0.774 / 0.944 with a sentence's bag of bigrams, which
   * this set, whose list was written for it, loses while the held-out and the three fresh sets gain, 2026-12-06).
   */
  static final double CONCEPT_NDCG = 0.67;
  static final double CONCEPT_MRR = 0.77;
  static final double CONCEPT_SUCCESS = 0.94;

  @TempDir static Path tmp;
  static Searcher ours;
  static Baseline standard;
  static Baseline cjk;
  static List<Judged> judged;
  /** The everyday-word and concept queries of {@code concept-queries.tsv} (issue 11), reported apart. */
  static List<Judged> concept;
  /** The queries of each set of {@link JudgedSets#MEASURED}, by file. */
  static final Map<String, List<Judged>> measuredSets = new LinkedHashMap<>();
  static Map<String, Program> programs = new HashMap<>();
  static boolean verbose = Boolean.getBoolean("seisaku.eval.verbose");

  /** A query with its graded programs (program id → grade 1–3). */
  record Judged(String qid, String query, String difficulty, Map<String, Integer> grades) {}

  /** Mean metrics over a set of queries. */
  record Scores(double ndcg, double mrr, double success, int queries) {}

  @BeforeAll
  static void build() throws IOException {
    Path judgit = Requirements.corpus();
    long t0 = System.nanoTime();
    Problems problems = new Problems();
    Path sudachi = Requirements.sharedFolder().resolve("corpus").resolve("synonyms");
    Corpus corpus = Sources.read(Path.of("content"),
        List.of(new SourceSpec("judgit", judgit.toString()), new SourceSpec("sudachi", sudachi.toString())), problems);
    LinkResult linked = new Linker().link(corpus, PreviousIds.empty(), problems);
    long t1 = System.nanoTime();
    Map<String, String> programOfKey = new HashMap<>();
    for (Program p : linked.programs()) {
      programs.put(p.id(), p);
      for (ProgramYear y : p.years()) programOfKey.put(y.key(), p.id());
    }
    judged = read(JudgedSets.DIR.resolve(JudgedSets.JUDGED), programOfKey);
    concept = read(JudgedSets.DIR.resolve(JudgedSets.CONCEPT), programOfKey);
    for (String set : JudgedSets.MEASURED.keySet()) measuredSets.put(set, read(JudgedSets.DIR.resolve(set), programOfKey));
    Indexer.write(tmp.resolve("index"), corpus, linked);
    ours = Searcher.open(tmp.resolve("index"));
    long t2 = System.nanoTime();
    IndexDocuments docs = new IndexDocuments(corpus, linked);
    standard = new Baseline(new StandardAnalyzer(), docs, linked.programs());
    cjk = new Baseline(new CJKAnalyzer(), docs, linked.programs());
    long t3 = System.nanoTime();
    System.out.printf("eval: read+link %.1f s, our index %.1f s, baselines %.1f s; %d programs, %d queries%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, linked.programs().size(), judged.size());
  }

  @AfterAll
  static void close() throws IOException {
    if (ours != null) ours.close();
    if (standard != null) standard.close();
    if (cjk != null) cjk.close();
  }

  /** Reads the judged queries; every target must be a sheet the linker put in a program. */
  static List<Judged> read(Path tsv, Map<String, String> programOfKey) throws IOException {
    Map<String, Judged> byQid = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      assertEquals(5, f.length, line);
      String program = programOfKey.get("judgit:" + f[4]);
      if (program == null) {
        unknown.add(f[4]);
        continue;
      }
      Judged j = byQid.computeIfAbsent(f[0], q -> new Judged(q, f[1], f[2], new HashMap<>()));
      assertEquals(f[1], j.query(), "one text per qid: " + f[0]);
      j.grades().merge(program, Integer.parseInt(f[3]), Math::max);
    }
    assertEquals(List.of(), unknown, "targets in no program");
    return List.copyOf(byQid.values());
  }

  /** The program ids of our top hits (a document hit as "doc:slug", which no judgement names). */
  static List<String> ours(String query) throws IOException {
    return ours.search(SearchRequest.of(query).withLimit(K)).hits().stream()
        .map(h -> Fields.TYPE_PROGRAM.equals(h.type()) ? h.id() : "doc:" + h.id()).toList();
  }

  /** The issue's "done means" queries, on the shared corpus. */
  @Test
  void mustWorkQueries() throws IOException {
    SearchResult kyoryokutai = ours.search(SearchRequest.of("協力隊"));
    assertEquals("地域おこし協力隊の推進に要する経費", kyoryokutai.hits().get(0).title());
    assertFacets(kyoryokutai);

    SearchResult jisatsu = ours.search(SearchRequest.of("じさつ"));
    assertTrue(titles(jisatsu, 3).contains("自殺対策推進経費"), titles(jisatsu, 3).toString());
    assertFacets(jisatsu);

    SearchResult full = ours.search(SearchRequest.of("ＩＣＴ").withLimit(K));
    SearchResult ascii = ours.search(SearchRequest.of("ict").withLimit(K));
    assertEquals(K, full.hits().size());
    assertEquals(ids(full), ids(ascii));
    assertEquals(full.total(), ascii.total());
    assertEquals(full.facets(), ascii.facets());
    assertFacets(full);

    SearchResult kaso = ours.search(SearchRequest.of("平成30年度 過疎"));
    SearchHit first = kaso.hits().get(0);
    assertEquals("過疎地域振興対策等に要する経費", first.title());
    assertTrue(first.matchingYears().contains(2018), first.matchingYears().toString());
    for (SearchHit h : kaso.hits()) assertTrue(h.fiscalYears().contains(2018), h.toString());
    assertFacets(kaso);

    SearchResult road = ours.search(SearchRequest.of("国交省 道路").withLimit(K));
    assertEquals(K, road.hits().size());
    for (SearchHit h : road.hits()) {
      assertEquals("mlit", h.ministry(), h.title());
      assertTrue(h.title().contains("道路"), h.title());
    }
    assertFacets(road);
    System.out.printf("must-work: 協力隊 → %s; じさつ → %s; ＩＣＴ = ict → %s …; 平成30年度 過疎 → %s %s; 国交省 道路 → %s …%n",
        titles(kyoryokutai, 1), titles(jisatsu, 3), titles(full, 3), first.title(), first.matchingYears(),
        titles(road, 3));
  }

  private static List<String> titles(SearchResult r, int n) {
    return r.hits().stream().limit(n).map(SearchHit::title).toList();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }

  private static void assertFacets(SearchResult r) {
    assertFalse(r.facets().ministry().isEmpty(), "ministry facet");
    assertFalse(r.facets().year().isEmpty(), "year facet");
    assertFalse(r.facets().kind().isEmpty(), "kind facet");
    long ministries = r.facets().ministry().values().stream().mapToLong(Long::longValue).sum();
    assertTrue(ministries <= r.total() && ministries >= r.hits().size() - 1, ministries + " of " + r.total());
  }

  @Test
  void oursBeatsBothBaselines() throws IOException {
    Map<String, Scores> total = report("judged queries", judged);
    Scores ourAll = total.get("ours");
    assertTrue(ourAll.ndcg() > total.get("standard").ndcg(), "nDCG@10 above StandardAnalyzer");
    assertTrue(ourAll.ndcg() > total.get("cjk").ndcg(), "nDCG@10 above CJK bigrams");
    assertTrue(ourAll.ndcg() >= FLOOR_NDCG, "nDCG@10 " + ourAll.ndcg());
    assertTrue(ourAll.mrr() >= FLOOR_MRR, "MRR " + ourAll.mrr());
    assertTrue(ourAll.success() >= FLOOR_SUCCESS, "success@10 " + ourAll.success());
  }

  /**
   * Synonyms change nothing at the top for a query that is a program's full name: every query of the 88 that is the
   * name of a program (the exact_name group and the others) returns the same top {@link #EXACT_TOP}, in the same
   * order, as without them (below that, a synonym's match may enter: 登記所備付地図整備の推進 gets a sixth hit of
   * デジタル庁, measured 2026-12-02). Their judged figures are the 88's, floored above.
   */
  @Test
  void synonymsLeaveExactNamesAlone() throws IOException {
    Set<String> names = new HashSet<>();
    for (Program p : programs.values()) names.add(p.name());
    Queries plain = ours.queries(Synonyms.empty());
    int checked = 0;
    List<String> changed = new ArrayList<>();
    for (Judged j : judged) {
      if (!names.contains(j.query()) && !j.difficulty().equals("exact_name")) continue;
      SearchRequest req = SearchRequest.of(j.query()).withLimit(EXACT_TOP);
      List<String> with = ours.search(req).hits().stream().map(SearchHit::id).toList();
      List<String> without = ours.search(req, plain).hits().stream().map(SearchHit::id).toList();
      if (!with.equals(without)) changed.add(j.query() + ": " + without + " → " + with);
      checked++;
    }
    System.out.printf("exact names: %d queries, the same top %d with and without synonyms%n", checked, EXACT_TOP);
    assertTrue(checked >= 6, checked + " queries");
    assertEquals(List.of(), changed);
  }

  /**
   * The everyday-word and concept queries (issue 11), reported apart so that the figures above stay comparable.
   * Every one of their targets is a sheet the linker puts in a program ({@link #read}); floored just under what
   * the synonym expansion reaches (BENCHMARKS.md, "Concept search"). The sets of {@link JudgedSets#MEASURED} are
   * measured, never floored nor tuned on.
   */
  @Test
  void conceptQueries() throws IOException {
    Map<String, Scores> total = report("concept queries", concept);
    assertEquals(JudgedSets.qids(JudgedSets.CONCEPT), total.get("ours").queries(), "concept-queries.tsv: queries read");
    Scores ourConcept = total.get("ours");
    assertTrue(ourConcept.ndcg() >= CONCEPT_NDCG, "concept nDCG@10 " + ourConcept.ndcg());
    assertTrue(ourConcept.mrr() >= CONCEPT_MRR, "concept MRR " + ourConcept.mrr());
    assertTrue(ourConcept.success() >= CONCEPT_SUCCESS, "concept success@10 " + ourConcept.success());
    for (Map.Entry<String, String> set : JudgedSets.MEASURED.entrySet()) {
      Map<String, Scores> scores = report(set.getValue(), measuredSets.get(set.getKey()));
      assertEquals(JudgedSets.qids(set.getKey()), scores.get("ours").queries(), set.getKey() + ": queries read");
    }
  }

  /**
   * Runs a set of judged queries through ours and both baselines, prints the table (all, then per difficulty) and,
   * when verbose, every query's top hits; returns the "all" scores by system.
   */
  private static Map<String, Scores> report(String title, List<Judged> queries) throws IOException {
    Map<String, Scores> total = new LinkedHashMap<>();
    Map<String, Map<String, Scores>> byDifficulty = new TreeMap<>();
    Map<String, List<List<String>>> runs = new LinkedHashMap<>();
    List<List<String>> o = new ArrayList<>();
    List<List<String>> s = new ArrayList<>();
    List<List<String>> c = new ArrayList<>();
    for (Judged j : queries) {
      o.add(ours(j.query()));
      s.add(standard.search(j.query()));
      c.add(cjk.search(j.query()));
    }
    runs.put("ours", o);
    runs.put("standard", s);
    runs.put("cjk", c);
    for (Map.Entry<String, List<List<String>>> run : runs.entrySet()) {
      total.put(run.getKey(), scores(queries, run.getValue(), null));
      for (String d : queries.stream().map(Judged::difficulty).distinct().sorted().toList()) {
        byDifficulty.computeIfAbsent(d, k -> new LinkedHashMap<>()).put(run.getKey(), scores(queries, run.getValue(), d));
      }
    }
    StringBuilder t = new StringBuilder(title).append('\n');
    t.append(String.format("%-18s %3s | %-20s | %-20s | %-20s%n", "", "n", "ours nDCG MRR S@10", "standard", "cjk bigram"));
    t.append(row("all", total));
    for (Map.Entry<String, Map<String, Scores>> e : byDifficulty.entrySet()) t.append(row(e.getKey(), e.getValue()));
    System.out.print(t);
    if (verbose) {
      for (int i = 0; i < queries.size(); i++) {
        Judged j = queries.get(i);
        System.out.printf("%s %s ndcg=%.2f (standard %.2f, cjk %.2f)%n", j.qid(), j.query(), ndcg(o.get(i), j.grades()),
            ndcg(s.get(i), j.grades()), ndcg(c.get(i), j.grades()));
        for (String id : o.get(i)) {
          Program p = programs.get(id);
          System.out.printf("   %d %s %s%n", j.grades().getOrDefault(id, 0), id, p == null ? "" : p.name());
        }
        for (Map.Entry<String, Integer> g : j.grades().entrySet()) {
          if (g.getValue() >= 2 && !o.get(i).contains(g.getKey())) {
            System.out.printf("   missed %d %s %s%n", g.getValue(), g.getKey(), programs.get(g.getKey()).name());
          }
        }
      }
    }
    return total;
  }

  private static String row(String name, Map<String, Scores> bySystem) {
    StringBuilder b = new StringBuilder(String.format("%-18s %3d", name, bySystem.get("ours").queries()));
    for (String sys : List.of("ours", "standard", "cjk")) {
      Scores x = bySystem.get(sys);
      b.append(String.format(" | %.3f %.3f %.3f   ", x.ndcg(), x.mrr(), x.success()));
    }
    return b.append('\n').toString();
  }

  static Scores scores(List<Judged> queries, List<List<String>> ranked, String difficulty) {
    double n = 0;
    double m = 0;
    double s = 0;
    int count = 0;
    for (int i = 0; i < queries.size(); i++) {
      Judged j = queries.get(i);
      if (difficulty != null && !difficulty.equals(j.difficulty())) continue;
      List<String> r = ranked.get(i);
      n += ndcg(r, j.grades());
      double rr = 0;
      for (int k = 0; k < Math.min(K, r.size()); k++) {
        if (j.grades().getOrDefault(r.get(k), 0) >= 2) {
          rr = 1.0 / (k + 1);
          break;
        }
      }
      m += rr;
      s += rr > 0 ? 1 : 0;
      count++;
    }
    return new Scores(n / count, m / count, s / count, count);
  }

  /** nDCG@10: gain 2^grade − 1, discount log2(rank + 1), ideal = all judged programs by grade. */
  static double ndcg(List<String> ranked, Map<String, Integer> grades) {
    return Metrics.ndcg(ranked, grades, K);
  }

  /**
   * A plain Lucene index of the programs (id, names, text) with one analyzer, queried as a plain query parser
   * would: each part a bag of words over title and text, quoted parts as phrases.
   */
  static final class Baseline implements AutoCloseable {
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryBuilder builder;

    Baseline(Analyzer analyzer, IndexDocuments docs, List<Program> programs) throws IOException {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        for (Program p : programs) {
          Document d = new Document();
          d.add(new StringField("id", p.id(), Field.Store.YES));
          for (String name : IndexDocuments.names(p)) d.add(new TextField("title", name, Field.Store.NO));
          d.add(new TextField("text", docs.programText(p), Field.Store.NO));
          w.addDocument(d);
        }
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
      builder = new QueryBuilder(analyzer);
    }

    List<String> search(String query) throws IOException {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      Matcher m = PART.matcher(query.replace('\u3000', ' '));
      while (m.find()) {
        for (String field : List.of("title", "text")) {
          Query q = m.group(1) != null ? builder.createPhraseQuery(field, m.group(1))
              : builder.createBooleanQuery(field, m.group(2), Occur.SHOULD);
          if (q != null) b.add(q, Occur.SHOULD);
        }
      }
      StoredFields stored = searcher.storedFields();
      List<String> out = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(b.build(), K).scoreDocs) out.add(stored.document(sd.doc).get("id"));
      return out;
    }

    @Override
    public void close() throws IOException {
      reader.close();
      dir.close();
    }
  }
}
