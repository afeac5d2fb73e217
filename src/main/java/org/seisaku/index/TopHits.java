package org.seisaku.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;

/**
 * The best hits of a query with programs' scores multiplied by {@link Queries#PROGRAM_BOOST}, and how many items
 * match: {@code FunctionScoreQuery.boostByQuery(query, type:program, boost)} under Lucene's top-hits collector, but
 * with the boost applied to the score the collector reads, so that the query's own scorers keep their bulk scoring
 * (wrapped in a function query they scored document by document: twice the time on the whole government's index).
 * The same scores, to the bit, and the same order.
 */
final class TopHits {
  private TopHits() {}

  /**
   * What tells a program from other items, read once per searcher ({@link #manager}): a bit per scored match, where
   * the postings of {@code type:program} had to be advanced to each one (a tenth of the time of a search with ten
   * thousand matches).
   */
  static Precomputed programs(IndexSearcher searcher) throws IOException {
    return Precomputed.of(searcher, new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROGRAM)), "programs");
  }

  /** Collects the best {@code size} hits, every match counted, programs boosted. */
  static CollectorManager<Boosted, TopDocs> manager(Precomputed programs, int size) {
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(size, null, Integer.MAX_VALUE);
    return new CollectorManager<>() {
      @Override
      public Boosted newCollector() throws IOException {
        return new Boosted(top.newCollector(), programs);
      }

      @Override
      public TopDocs reduce(Collection<Boosted> collectors) throws IOException {
        return top.reduce(collectors.stream().map(c -> c.top).toList());
      }
    };
  }

  /** A program's score from the score its text gives it: as the function query computes it, in double. */
  static float boosted(float score) {
    return (float) (score * (double) Queries.PROGRAM_BOOST);
  }

  /** Lucene's collector, reading programs' scores boosted. */
  static final class Boosted extends FilterCollector {
    private final TopScoreDocCollector top;
    private final Precomputed programs;

    Boosted(TopScoreDocCollector top, Precomputed programs) {
      super(top);
      this.top = top;
      this.programs = programs;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      Bits program = programs.bits(context);
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int doc = -1;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          in.setScorer(new FilterScorable(scorer) {
            @Override
            public float score() throws IOException {
              float score = in.score();
              return program.get(doc) ? boosted(score) : score;
            }
          });
        }

        @Override
        public void collect(int doc) throws IOException {
          this.doc = doc;
          in.collect(doc);
        }
      };
    }
  }
}
