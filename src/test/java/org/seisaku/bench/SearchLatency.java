package org.seisaku.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.seisaku.index.Fields;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.Searcher;
import org.seisaku.serve.SearchJson;

/**
 * Warm query latency of {@code Searcher.search} over the judged queries, against a peer: a plain
 * {@link StandardAnalyzer} index of the same items (title and text) queried with a plain boolean query, the
 * baseline of the search evaluation. Not a test: {@code bench/search-latency.sh} runs it with the test classpath.
 *
 * <pre>
 *   java -cp target/seisaku.jar:target/test-classes org.seisaku.bench.SearchLatency INDEX QUERIES.tsv [PASSES] [WORK]
 * </pre>
 *
 * Prints Markdown table rows. Each query is timed alone, single-threaded, after {@link #WARMUP} passes over all
 * queries; a timing is the whole answer as {@code /api/search} gives it (search, snippets, facets, JSON).
 */
public final class SearchLatency {
  static final int WARMUP = 3;

  private SearchLatency() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SearchLatency INDEX QUERIES.tsv [PASSES] [WORK_DIR]");
      System.exit(2);
    }
    Path index = Path.of(args[0]);
    List<String> queries = queries(Path.of(args[1]));
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("seisaku-bench");

    long[] ours;
    int items;
    try (Searcher s = Searcher.open(index)) {
      items = s.size();
      ours = time(queries, passes, q -> SearchJson.write(s.search(SearchRequest.of(q))).length());
    }
    Path baseIndex = work.resolve("standard-index");
    long t0 = System.nanoTime();
    int baseDocs = writeBaseline(index, baseIndex);
    long baseBuildMs = (System.nanoTime() - t0) / 1_000_000;
    long[] base;
    try (FSDirectory dir = FSDirectory.open(baseIndex); DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(r);
      QueryBuilder builder = new QueryBuilder(new StandardAnalyzer());
      base = time(queries, passes, q -> {
        Query query = baseline(builder, q);
        var top = searcher.search(query, SearchRequest.DEFAULT_LIMIT);
        StoredFields stored = searcher.storedFields();
        int n = 0;
        for (var sd : top.scoreDocs) n += stored.document(sd.doc).get(Fields.TITLE).length();
        return n;
      });
    }

    System.out.printf(Locale.ROOT, "queries: %d distinct judged queries × %d passes (after %d warm-up passes), "
        + "limit %d, one thread%n", queries.size(), passes, WARMUP, SearchRequest.DEFAULT_LIMIT);
    System.out.printf(Locale.ROOT, "items in the index: %,d (%,d programs and documents in the baseline)%n", items,
        baseDocs);
    System.out.println();
    System.out.println("| index | p50 ms | p90 ms | p99 ms | max ms | mean ms | size on disk |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    row("seisaku (Kuromoji, readings, bigrams; query understanding, snippets, facets, JSON)", ours, size(index));
    row("baseline: StandardAnalyzer, title^8 + text, top 20 titles (built in " + baseBuildMs + " ms)", base,
        size(baseIndex));
    System.out.println();
    System.out.printf(Locale.ROOT, "ratio seisaku / baseline: p50 %.1f×, p99 %.1f×%n",
        pct(ours, 50) / pct(base, 50), pct(ours, 99) / pct(base, 99));
  }

  interface Query1 {
    int run(String q) throws IOException;
  }

  /** Nanoseconds per query, over {@code passes} passes after the warm-up; the result is sorted. */
  static long[] time(List<String> queries, int passes, Query1 run) throws IOException {
    long sink = 0;
    for (int i = 0; i < WARMUP; i++) for (String q : queries) sink += run.run(q);
    long[] t = new long[passes * queries.size()];
    int k = 0;
    for (int p = 0; p < passes; p++) {
      for (String q : queries) {
        long s = System.nanoTime();
        sink += run.run(q);
        t[k++] = System.nanoTime() - s;
      }
    }
    if (sink == 42) System.out.print(""); // keep the work observable
    Arrays.sort(t);
    return t;
  }

  static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static void row(String name, long[] t, long bytes) {
    double mean = Arrays.stream(t).average().orElse(0) / 1e6;
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f MB |%n", name, pct(t, 50), pct(t, 90),
        pct(t, 99), t[t.length - 1] / 1e6, mean, bytes / 1e6);
  }

  /** The distinct queries of the judged set, in file order ({@code qid, query, …}, {@code #} comments). */
  static List<String> queries(Path tsv) throws IOException {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] cols = line.split("\t");
      if (cols.length < 2 || cols[0].equals("qid")) continue;
      byId.putIfAbsent(cols[0], cols[1]);
    }
    return new ArrayList<>(byId.values());
  }

  /** The baseline: the items the search returns (programs and documents, not sheets), title and text. */
  static int writeBaseline(Path from, Path to) throws IOException {
    if (Files.exists(to)) {
      try (Stream<Path> s = Files.walk(to)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
      }
    }
    Analyzer analyzer = new StandardAnalyzer();
    int n = 0;
    try (FSDirectory src = FSDirectory.open(from); DirectoryReader r = DirectoryReader.open(src);
        FSDirectory dst = FSDirectory.open(to); IndexWriter w = new IndexWriter(dst, new IndexWriterConfig(analyzer))) {
      StoredFields stored = r.storedFields();
      for (int i = 0; i < r.maxDoc(); i++) {
        Document d = stored.document(i);
        if (d.get(Fields.SHEET_OF) != null) continue;
        Document b = new Document();
        String title = d.get(Fields.TITLE);
        String text = d.get(Fields.TEXT);
        b.add(new TextField(Fields.TITLE, title == null ? "" : title, Field.Store.YES));
        b.add(new TextField(Fields.TEXT, text == null ? "" : text, Field.Store.NO));
        w.addDocument(b);
        n++;
      }
      w.forceMerge(1);
    }
    return n;
  }

  static Query baseline(QueryBuilder b, String q) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    Query title = b.createBooleanQuery(Fields.TITLE, q, Occur.SHOULD);
    Query text = b.createBooleanQuery(Fields.TEXT, q, Occur.SHOULD);
    if (title != null) all.add(new BoostQuery(title, 8f), Occur.SHOULD);
    if (text != null) all.add(text, Occur.SHOULD);
    return all.build();
  }

  static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
