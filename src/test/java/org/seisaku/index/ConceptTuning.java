package org.seisaku.index;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
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
 * The index is written to INDEX when that folder does not exist, else reused.
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
    for (String set : List.of("concept-queries", "concept-heldout", "judged-queries")) {
      sets.put(set, SearchEvaluationTest.read(Path.of("src/test/resources/search", set + ".tsv"), programOfKey));
    }
    try (Searcher searcher = Searcher.open(index); DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      long t0 = System.nanoTime();
      Synonyms table = Indexer.synonyms(reader, corpus.synonyms());
      System.out.printf(Locale.ROOT, "synonym table: %d triggers, %d bytes of JSON (%.1f s)%n", table.size(),
          table.json().getBytes(java.nio.charset.StandardCharsets.UTF_8).length, (System.nanoTime() - t0) / 1e9);
      Queries queries = searcher.queries(table);
      if (args.length > 4 && args[4].equals("-q")) {
        for (String q : List.of(args).subList(5, args.length)) {
          String norm = QueryText.normalise(q);
          QueryTerms.Words ws = QueryTerms.words(norm, searcher.vocabulary());
          System.out.printf("%s: words %s aligned %s → %s%n", q, ws.words(), ws.aligned(), table.expand(norm, ws));
        }
        return;
      }
      for (Map.Entry<String, List<SearchEvaluationTest.Judged>> set : sets.entrySet()) {
        List<List<String>> runs = new ArrayList<>();
        for (SearchEvaluationTest.Judged j : set.getValue()) {
          runs.add(searcher.search(SearchRequest.of(j.query()).withLimit(10), queries).hits().stream()
              .map(h -> Fields.TYPE_PROGRAM.equals(h.type()) ? h.id() : "doc:" + h.id()).toList());
        }
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
}
