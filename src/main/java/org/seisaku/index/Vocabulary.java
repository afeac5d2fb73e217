package org.seisaku.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words the index holds ({@link Fields#WORD_FIELDS}: what Kuromoji made of titles, text and ministry names),
 * each with the cost of cutting a query into it ({@link QueryTerms#words}): common words are cheap, rare ones dear,
 * so 協力隊 is cut as 協力 + 隊 unless 協力隊 is itself a common word of the index.
 *
 * <pre>
 *   cost = max(1, round(100 × ln(N / df)))     N = documents in the index, df = documents with the word
 *   協力 (df 4,000 of 18,000) → 150 · 隊 (df 300) → 409 · a word in one document → 980
 * </pre>
 *
 * <p>Read from the index's term dictionary when a searcher opens it, and exported as it is for the browser
 * (search.js reads the same costs, so both cut a query the same way).
 */
public final class Vocabulary {
  private final Map<String, Integer> costs;
  private final int maxLength;

  public Vocabulary(Map<String, Integer> costs) {
    this.costs = Map.copyOf(costs);
    this.maxLength = costs.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** The cost of a word of {@code df} documents in an index of {@code docs}. */
  public static int cost(long df, long docs) {
    if (df <= 0 || docs <= 0) throw new IllegalArgumentException("df " + df + " of " + docs);
    return (int) Math.max(1, Math.round(100 * Math.log((double) docs / df)));
  }

  /** The words of an index, document frequencies summed over the word fields. */
  public static Vocabulary of(IndexReader reader) throws IOException {
    Map<String, Long> df = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : Fields.WORD_FIELDS) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) continue;
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) df.merge(t.utf8ToString(), (long) te.docFreq(), Long::sum);
      }
    }
    Map<String, Integer> costs = new HashMap<>();
    int docs = Math.max(1, reader.maxDoc());
    df.forEach((term, n) -> costs.put(term, cost(n, docs)));
    return new Vocabulary(costs);
  }

  /** The cost of a word, or -1 when the index has no such word. */
  public int cost(String word) {
    Integer c = costs.get(word);
    return c == null ? -1 : c;
  }

  /** The length of the longest word. */
  public int maxLength() {
    return maxLength;
  }

  /** Every word and its cost, sorted (for the export). */
  public Map<String, Integer> all() {
    return new TreeMap<>(costs);
  }

  /** An empty vocabulary (every word unknown). */
  public static Vocabulary empty() {
    return new Vocabulary(Map.of());
  }

  /** For tests: these words at cost 1. */
  static Vocabulary ofWords(List<String> words) {
    Map<String, Integer> m = new HashMap<>();
    for (String w : words) m.put(w, 1);
    return new Vocabulary(m);
  }
}
