package org.seisaku.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The items a query matches, read once per searcher into a bit set per segment, as a constant-score query: a
 * clause that every search has (no review sheets, {@link Queries}) then costs a scan of 64 items per word, where
 * the doc values of {@code sheet_of} cost a decode per sheet (a tenth of the time of a search with ten thousand
 * matches on the whole government's index). The index a searcher sees does not change, so neither do the bits.
 */
final class Precomputed extends Query {
  private final String name;
  private final FixedBitSet[] bits;
  private final int[] counts;

  private Precomputed(String name, FixedBitSet[] bits) {
    this.name = name;
    this.bits = bits;
    this.counts = new int[bits.length];
    for (int i = 0; i < bits.length; i++) counts[i] = bits[i].cardinality();
  }

  /** What {@code query} matches in the searcher's index, named {@code name} (in {@link #toString}). */
  static Precomputed of(IndexSearcher searcher, Query query, String name) throws IOException {
    Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet b = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
      Scorer s = w.scorer(leaf);
      if (s != null) b.or(s.iterator());
      bits[leaf.ord] = b;
    }
    return new Precomputed(name, bits);
  }

  /** The bits of a segment, by its {@code ord}. */
  FixedBitSet bits(LeafReaderContext leaf) {
    return bits[leaf.ord];
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) {
        int n = counts[context.ord];
        if (n == 0) return null;
        return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits[context.ord], n));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // already a bit set
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
