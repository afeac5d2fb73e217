package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.index.SearchHit;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;
import org.seisaku.index.Searcher;
import org.seisaku.testing.JudgedSets;
import org.seisaku.testing.Metrics;
import org.seisaku.testing.Requirements;

/**
 * The browser search gives the Lucene search's answers (issue 6): on the corpus site, search.js under node (on the
 * static index the build wrote) and {@link Searcher} (what {@code search --json} prints) answer the 88 judged queries
 * and the must-work queries; their top 10 overlap by at least {@link #MIN_OVERLAP} on average and the browser's
 * nDCG@10 is within {@link #MAX_NDCG_GAP} of Lucene's. The must-work queries also run in headless Chromium from
 * file://, with no console error, giving the CLI's top 10. The everyday-word and concept queries (issue 11) are run
 * too: the browser expands synonyms as the CLI does, so their nDCG@10 is within the same gap. Fails (not skips)
 * under CI when the corpus, node or Chromium are missing.
 */
class BrowserParityIT {
  static final double MIN_OVERLAP = 0.9;
  static final double MAX_NDCG_GAP = 0.02;
  static final List<String> MUST_WORK = List.of("ちいきおこし", "協力隊", "ＩＣＴ", "ict", "平成20年度 過疎", "H20",
      "国交省 道路", "地域経済循環の創造の推進", "soumu", "道路 -国交省", "協力隊 -\"推進\"");
  static final String JUDGED = JudgedSets.JUDGED;
  /** The everyday-word and concept queries (issue 11): the browser expands synonyms as the CLI does. */
  static final List<String> CONCEPT = JudgedSets.concept();
  @TempDir static Path tmp;

  static CorpusSite corpus;
  static Searcher searcher;

  @BeforeAll
  static void site() throws IOException {
    corpus = CorpusSite.get();
    searcher = Searcher.open(corpus.index());
  }

  @AfterAll
  static void close() throws IOException {
    if (searcher != null) searcher.close();
  }

  /** The URLs of Lucene's top 10 (as in search --json). */
  static List<String> lucene(String q) throws IOException {
    SearchResult r = searcher.search(SearchRequest.of(q).withLimit(10));
    return r.hits().stream().map(SearchHit::url).toList();
  }

  @Test
  void nodeGivesTheLuceneSearchsTopTenAndQuality() throws Exception {
    Path node = Requirements.node();
    Path programs = corpus.site().resolve("data/programs.json");
    Map<String, Map<String, Integer>> judged = judged(programs, JUDGED);
    Map<String, Map<String, Map<String, Integer>>> concept = new LinkedHashMap<>();
    for (String set : CONCEPT) concept.put(set, judged(programs, set));
    Set<String> queries = new LinkedHashSet<>(judged.keySet());
    queries.addAll(MUST_WORK);
    for (Map<String, Map<String, Integer>> c : concept.values()) queries.addAll(c.keySet());
    Path list = tmp.resolve("queries.txt");
    Files.write(list, queries, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(node.toString(), "src/test/js/run-queries.js", corpus.site().resolve("search").toString(),
        list.toString(), "10").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "node timed out");
    assertEquals(0, p.exitValue(), out);
    ObjectMapper json = new ObjectMapper();
    double overlap = 0;
    double ndcgBrowser = 0;
    double ndcgLucene = 0;
    int n = 0;
    List<String> report = new ArrayList<>();
    Map<String, List<String>> browserTop = new HashMap<>();
    List<String> relaxedDiffer = new ArrayList<>(); // the two searches relax for the same queries
    int relaxedCount = 0;
    for (String line : out.split("\\R")) {
      if (line.isBlank()) continue;
      JsonNode r = json.readTree(line);
      String q = r.get("q").asText();
      List<String> browser = new ArrayList<>();
      for (JsonNode h : r.get("hits")) {
        browser.add((h.get("type").asText().equals("program") ? "programs/" : "documents/") + h.get("id").asText() + "/");
      }
      browserTop.put(q, browser);
      List<String> expected = lucene(q);
      boolean cliRelaxed = searcher.search(SearchRequest.of(q).withLimit(10)).relaxed();
      if (r.get("relaxed").asBoolean() != cliRelaxed) relaxedDiffer.add(q + " (CLI " + cliRelaxed + ")");
      relaxedCount += cliRelaxed ? 1 : 0;
      Set<String> common = new HashSet<>(browser);
      common.retainAll(expected);
      double o = expected.isEmpty() && browser.isEmpty() ? 1 : common.size() / (double) Math.max(expected.size(), browser.size());
      overlap += o;
      if (o < 1) report.add(String.format("%s: overlap %.1f", q, o));
      if (judged.containsKey(q)) {
        ndcgBrowser += Metrics.ndcg(browser, judged.get(q), 10);
        ndcgLucene += Metrics.ndcg(expected, judged.get(q), 10);
      }
      n++;
    }
    assertEquals(queries.size(), n, out);
    overlap /= n;
    ndcgBrowser /= judged.size();
    ndcgLucene /= judged.size();
    System.out.printf("parity: %d queries, mean top-10 overlap %.3f; nDCG@10 browser %.3f, Lucene %.3f (%d judged)%n%s%n",
        n, overlap, ndcgBrowser, ndcgLucene, judged.size(), String.join("\n", report));
    System.out.printf("relaxed: %d of %d queries in the CLI; the browser differs on %d%n", relaxedCount, n,
        relaxedDiffer.size());
    assertEquals(List.of(), relaxedDiffer, "the browser relaxes where the CLI does");
    assertTrue(overlap >= MIN_OVERLAP, "mean overlap " + overlap + "\n" + report);
    assertTrue(Math.abs(ndcgBrowser - ndcgLucene) <= MAX_NDCG_GAP, "nDCG@10 " + ndcgBrowser + " vs " + ndcgLucene);
    for (Map.Entry<String, Map<String, Map<String, Integer>>> set : concept.entrySet()) {
      double[] b = quality(set.getValue(), browserTop);
      Map<String, List<String>> luceneTop = new HashMap<>();
      for (String q : set.getValue().keySet()) luceneTop.put(q, lucene(q));
      double[] l = quality(set.getValue(), luceneTop);
      System.out.printf("%s (%d queries): nDCG@10 / MRR / S@10 browser %.3f / %.3f / %.3f, Lucene %.3f / %.3f / %.3f%n",
          set.getKey(), set.getValue().size(), b[0], b[1], b[2], l[0], l[1], l[2]);
      assertTrue(Math.abs(b[0] - l[0]) <= MAX_NDCG_GAP, set.getKey() + ": nDCG@10 " + b[0] + " vs " + l[0]);
    }
  }

  /** Mean nDCG@10, MRR and success@10 (a hit of grade ≥ 2 in the top 10) of ranked URLs. */
  static double[] quality(Map<String, Map<String, Integer>> judged, Map<String, List<String>> top) {
    double[] sum = new double[3];
    for (Map.Entry<String, Map<String, Integer>> j : judged.entrySet()) {
      List<String> r = top.get(j.getKey());
      sum[0] += Metrics.ndcg(r, j.getValue(), 10);
      for (int k = 0; k < Math.min(10, r.size()); k++) {
        if (j.getValue().getOrDefault(r.get(k), 0) >= 2) {
          sum[1] += 1.0 / (k + 1);
          sum[2] += 1;
          break;
        }
      }
    }
    for (int i = 0; i < 3; i++) sum[i] /= judged.size();
    return sum;
  }

  @Test
  void mustWorkQueriesGiveTheCliAnswersInChromium() throws Exception {
    Requirements.chromium();
    List<String> command = new ArrayList<>(List.of("node", "src/test/js/browser-queries.mjs", corpus.site().toString()));
    command.addAll(MUST_WORK);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "chromium timed out");
    assertEquals(0, p.exitValue(), out);
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> got = new LinkedHashMap<>();
    for (String line : out.split("\\R")) {
      if (line.isBlank()) continue;
      JsonNode r = json.readTree(line);
      assertEquals("[]", r.get("errors").toString(), r.get("q").asText());
      List<String> hits = new ArrayList<>();
      for (JsonNode h : r.get("hits")) hits.add(h.asText());
      got.put(r.get("q").asText(), hits);
    }
    for (String q : MUST_WORK) assertEquals(lucene(q), got.get(q), q);
  }

  /** Judged query → program URL → grade, the judged sheets mapped to their programs by the site's programs.json. */
  static Map<String, Map<String, Integer>> judged(Path programsJson, String tsv) throws IOException {
    Map<String, String> programOfSheet = new HashMap<>();
    for (JsonNode p : new ObjectMapper().readTree(programsJson.toFile())) {
      for (JsonNode s : p.get("sheets")) programOfSheet.put(s.get("path").asText(), "programs/" + p.get("id").asText() + "/");
    }
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/search", tsv), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      String program = programOfSheet.get(f[4]);
      if (program != null) out.computeIfAbsent(f[1], k -> new HashMap<>()).merge(program, Integer.parseInt(f[3]), Math::max);
    }
    return out;
  }
}
