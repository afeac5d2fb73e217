package org.seisaku.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
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

/**
 * Measures the concept search (issue 11) on an index built once: the concept set, the held-out set and the 88 judged
 * queries, per group and per query (the rank of the first hit of grade ≥ 2), with the synonym table made again from
 * the lists (so a change of {@link Synonyms} needs no new index). Not a test: the tool behind the figures
 * {@link SearchEvaluationTest} floors.
 *
 * <pre>
 *   java -cp … org.seisaku.index.ConceptTuning content ../shared/corpus/judgit ../shared/corpus/synonyms INDEX [-v]
 * </pre>
 *
 * The index is written to INDEX when that folder does not exist, else reused. {@code -v} prints each query of the
 * concept sets with the rank of its first relevant hit, its words and expansions; {@code -q QUERY…} prints only
 * the words and expansions of the queries given. {@code -Dbrowser=FILE} scores the browser search's top 10 instead
 * (the JSON lines {@code src/test/js/run-queries.js} prints on the static index of the same build) and compares them
 * with the CLI's; {@code -Dprf.docs=3 -Dprf.terms=10 -Dprf.weight=0.3} measures pseudo-relevance feedback
 * ({@link #prf}: measured, not in the product, BENCHMARKS.md "Concept search"). It also prints the exact program
 * names whose top hits the synonyms change (what {@code SearchEvaluationTest.synonymsLeaveExactNamesAlone} forbids).
 */
public final class ConceptTuning {
  private ConceptTuning() {}

  public static void main(String[] args) throws Exception {
    Problems problems = new Problems();
    Corpus corpus = Sources.read(Path.of(args[0]), List.of(new SourceSpec("judgit", args[1]),
        new SourceSpec("sudachi", args[2])), problems);
    LinkResult linked = new Linker().link(corpus, PreviousIds.empty(), problems);
    Path index = Path.of(args[3]);
    boolean verbose = args.length > 4 && args[4].equals("-v");
    if (!Files.isDirectory(index)) Indexer.write(index, corpus, linked);
    Map<String, String> programOfKey = new HashMap<>();
    Map<String, Program> programs = new HashMap<>();
    for (Program p : linked.programs()) {
      programs.put(p.id(), p);
      for (ProgramYear y : p.years()) programOfKey.put(y.key(), p.id());
    }
    Map<String, List<SearchEvaluationTest.Judged>> sets = new LinkedHashMap<>();
    List<String> files = new ArrayList<>(JudgedSets.concept());
    files.add(JudgedSets.JUDGED);
    for (String file : files) {
      String set = file.replace(".tsv", "");
      sets.put(set, SearchEvaluationTest.read(JudgedSets.DIR.resolve(file), programOfKey));
    }
    try (Searcher searcher = Searcher.open(index); DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      long t0 = System.nanoTime();
      Synonyms table = Indexer.synonyms(reader, corpus.synonyms());
      System.out.printf(Locale.ROOT, "synonym table: %d triggers, %d bytes of JSON (%.1f s)%n", table.size(),
          table.json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, (System.nanoTime() - t0) / 1e9);
      Queries queries = searcher.queries(table);
      Map<String, List<String>> browser = browser();
      if (args.length > 4 && args[4].equals("-q")) {
        for (String q : List.of(args).subList(5, args.length)) {
          String norm = QueryText.normalise(q);
          QueryTerms.Words ws = QueryTerms.words(norm, searcher.vocabulary());
          System.out.printf("%s: words %s aligned %s → %s%n", q, ws.words(), ws.aligned(), table.expand(norm, ws));
        }
        return;
      }
      // what SearchEvaluationTest.synonymsLeaveExactNamesAlone asserts: a program's name finds the same top hits
      Queries plain = searcher.queries(Synonyms.empty());
      Set<String> names = new HashSet<>();
      for (Program p : programs.values()) names.add(p.name());
      for (SearchEvaluationTest.Judged j : sets.get("judged-queries")) {
        if (!names.contains(j.query()) && !j.difficulty().equals("exact_name")) continue;
        SearchRequest req = SearchRequest.of(j.query()).withLimit(SearchEvaluationTest.EXACT_TOP);
        List<String> with = searcher.search(req, queries).hits().stream().map(SearchHit::id).toList();
        List<String> without = searcher.search(req, plain).hits().stream().map(SearchHit::id).toList();
        if (!with.equals(without)) System.out.printf("exact name changed: %s: %s → %s%n", j.query(), without, with);
      }
      for (Map.Entry<String, List<SearchEvaluationTest.Judged>> set : sets.entrySet()) {
        List<List<String>> runs = new ArrayList<>();
        int sameTop = 0;
        for (SearchEvaluationTest.Judged j : set.getValue()) {
          if (browser != null) {
            List<String> b = browser.getOrDefault(j.query(), List.of());
            runs.add(b);
            List<String> cli = searcher.search(SearchRequest.of(j.query()).withLimit(10)).hits().stream()
                .map(h -> Fields.TYPE_PROGRAM.equals(h.type()) ? h.id() : "doc:" + h.id()).toList();
            if (cli.equals(b)) sameTop++;
            else System.out.printf("  browser differs: %s%n    cli     %s%n    browser %s%n", j.query(), cli, b);
            continue;
          }
          if (PRF_DOCS > 0) {
            runs.add(prf(searcher, queries, j.query()));
            continue;
          }
          runs.add(searcher.search(SearchRequest.of(j.query()).withLimit(10), queries).hits().stream()
              .map(h -> Fields.TYPE_PROGRAM.equals(h.type()) ? h.id() : "doc:" + h.id()).toList());
        }
        if (browser != null) System.out.printf("%s: the browser's top 10 is the CLI's for %d of %d queries%n", set.getKey(),
            sameTop, set.getValue().size());
        SearchEvaluationTest.Scores all = SearchEvaluationTest.scores(set.getValue(), runs, null);
        System.out.printf(Locale.ROOT, "%-16s all %3d  %.3f / %.3f / %.3f%n", set.getKey(), all.queries(), all.ndcg(),
            all.mrr(), all.success());
        for (String g : set.getValue().stream().map(SearchEvaluationTest.Judged::difficulty).distinct().sorted().toList()) {
          SearchEvaluationTest.Scores s = SearchEvaluationTest.scores(set.getValue(), runs, g);
          System.out.printf(Locale.ROOT, "%-16s %-18s %3d  %.3f / %.3f / %.3f%n", "", g, s.queries(), s.ndcg(), s.mrr(),
              s.success());
        }
        if (!verbose || set.getKey().equals("judged-queries")) continue;
        for (int i = 0; i < runs.size(); i++) {
          SearchEvaluationTest.Judged j = set.getValue().get(i);
          int rank = 0;
          for (int k = 0; k < runs.get(i).size(); k++) {
            if (j.grades().getOrDefault(runs.get(i).get(k), 0) >= 2) {
              rank = k + 1;
              break;
            }
          }
          List<String> top = runs.get(i).stream().limit(3)
              .map(id -> j.grades().getOrDefault(id, 0) + ":" + (programs.containsKey(id) ? programs.get(id).name() : id))
              .toList();
          String want = j.grades().entrySet().stream().filter(e -> e.getValue() == 3).map(e -> programs.get(e.getKey()).name())
              .findFirst().orElse("");
          System.out.printf(Locale.ROOT, "  %s %-8s rank %-2s %.2f %s | want %s | %s%n", j.qid(), j.difficulty(),
              rank == 0 ? "-" : String.valueOf(rank), SearchEvaluationTest.ndcg(runs.get(i), j.grades()), j.query(), want,
              top);
          if (rank != 1) {
            for (String part : queries.parts(j.query())) {
              String norm = QueryText.normalise(part);
              QueryTerms.Words ws = QueryTerms.words(norm, searcher.vocabulary());
              System.out.printf("      words %s → %s%n", ws.words(), table.expand(norm, ws));
            }
            List<String> deep = searcher.search(SearchRequest.of(j.query()).withLimit(200), queries).hits().stream()
                .map(SearchHit::id).toList();
            int r = -1;
            for (int k = 0; k < deep.size() && r < 0; k++) if (j.grades().getOrDefault(deep.get(k), 0) >= 2) r = k + 1;
            System.out.printf("      first relevant within 200: %d%n", r);
          }
        }
      }
    }
  }

  static final int PRF_DOCS = Integer.getInteger("prf.docs", 0);
  static final int PRF_TERMS = Integer.getInteger("prf.terms", 10);
  static final float PRF_WEIGHT = Float.parseFloat(System.getProperty("prf.weight", "0.3"));

  /**
   * Pseudo-relevance feedback (measured, not in the product): the words of the text of the first {@link #PRF_DOCS}
   * hits, weighted by log(1 + tf) × the word's cost (rarer words weigh more), the best {@link #PRF_TERMS} that are not
   * the query's own added as optional terms of the text field at {@link #PRF_WEIGHT}, scaled by their weight.
   */
  static List<String> prf(Searcher s, Queries q, String query) throws IOException {
    SearchRequest req = SearchRequest.of(query).withLimit(10);
    IndexSearcher is = s.indexSearcher();
    Query strict = q.build(req, null, false);
    boolean relaxed = q.plans(query).relaxed() != null && is.count(strict) < Queries.RELAX_BELOW;
    Query first = relaxed ? q.build(req, null, true) : strict;
    TopDocs top = s.top(first, PRF_DOCS);
    Set<String> own = new HashSet<>();
    for (String part : q.parts(query)) own.addAll(QueryTerms.words(QueryText.normalise(part), s.vocabulary()).words());
    Map<String, Double> weight = new HashMap<>();
    StoredFields texts = is.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      // the text's words, as the index has them (it keeps no term vectors)
      Map<String, Integer> freq = new HashMap<>();
      String text = texts.document(sd.doc).get(Fields.TEXT);
      if (text == null) continue;
      for (String t : JapaneseAnalysis.terms(JapaneseAnalysis.text(), Fields.TEXT, text)) freq.merge(t, 1, Integer::sum);
      for (Map.Entry<String, Integer> f : freq.entrySet()) {
        String t = f.getKey();
        int cost = s.vocabulary().cost(t);
        if (t.length() < 2 || cost < 300 || own.contains(t)) continue;
        weight.merge(t, Math.log1p(f.getValue()) * cost, Double::sum);
      }
    }
    List<Map.Entry<String, Double>> best = weight.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(PRF_TERMS).toList();
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(first, BooleanClause.Occur.MUST);
    double max = best.isEmpty() ? 1 : best.get(0).getValue();
    for (Map.Entry<String, Double> e : best) {
      b.add(new BoostQuery(new TermQuery(
          new Term(Fields.TEXT, e.getKey())), (float) (PRF_WEIGHT * e.getValue() / max)),
          BooleanClause.Occur.SHOULD);
    }
    StoredFields stored = is.storedFields();
    List<String> out = new ArrayList<>();
    for (ScoreDoc sd : s.top(b.build(), 10).scoreDocs) {
      Document d = stored.document(sd.doc);
      out.add(Fields.TYPE_PROGRAM.equals(d.get(Fields.TYPE)) ? d.get(Fields.ID) : "doc:" + d.get(Fields.ID));
    }
    return out;
  }

  /**
   * The browser search's top 10 by query, from {@code -Dbrowser=FILE}: what {@code src/test/js/run-queries.js} printed
   * on the static index of the same index (one JSON line a query); null without it.
   */
  static Map<String, List<String>> browser() throws IOException {
    String file = System.getProperty("browser");
    if (file == null) return null;
    Map<String, List<String>> out = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(Path.of(file))) {
      if (line.isBlank()) continue;
      JsonNode r = json.readTree(line);
      List<String> hits = new ArrayList<>();
      for (JsonNode h : r.get("hits")) {
        hits.add(h.get("type").asText().equals(Fields.TYPE_PROGRAM) ? h.get("id").asText() : "doc:" + h.get("id").asText());
      }
      out.put(r.get("q").asText(), hits);
    }
    return out;
  }
}
