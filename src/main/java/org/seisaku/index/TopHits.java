package org.seisaku.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.PriorityQueue;

/**
 * The best hits of a query with programs' scores multiplied by {@link Queries#PROGRAM_BOOST}, and how many items
 * match: {@code FunctionScoreQuery.boostByQuery(query, type:program, boost)} with a top-hits collector, in one
 * pass that lets the query's own scorers do their bulk scoring (wrapped in a function query they scored document
 * by document: twice the time on the whole government's index). The same scores, to the bit, and the same order
 * (score, then the lower document number).
 */
final class TopHits implements Collector {
  private final Weight programs;
  private final PriorityQueue<ScoreDoc> queue;
  private final int size;
  private long total;

  private TopHits(Weight programs, int size) {
    this.programs = programs;
    this.size = size;
    this.queue = new PriorityQueue<>(size) {
      @Override
      protected boolean lessThan(ScoreDoc a, ScoreDoc b) {
        return a.score == b.score ? a.doc > b.doc : a.score < b.score;
      }
    };
  }

  /** Collects the best {@code size} hits of each search of {@code searcher}, programs boosted. */
  static CollectorManager<TopHits, TopDocs> manager(IndexSearcher searcher, int size) throws IOException {
    Weight programs = searcher.createWeight(
        searcher.rewrite(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROGRAM))), ScoreMode.COMPLETE_NO_SCORES, 1f);
    return new CollectorManager<>() {
      @Override
      public TopHits newCollector() {
        return new TopHits(programs, size);
      }

      @Override
      public TopDocs reduce(Collection<TopHits> collectors) {
        TopDocs[] each = new TopDocs[collectors.size()];
        int i = 0;
        for (TopHits c : collectors) each[i++] = c.topDocs();
        return TopDocs.merge(size, each);
      }
    };
  }

  /** A program's score from the score its text gives it: as the function query computes it, in double. */
  static float boosted(float score) {
    return (float) (score * (double) Queries.PROGRAM_BOOST);
  }

  private TopDocs topDocs() {
    ScoreDoc[] hits = new ScoreDoc[queue.size()];
    for (int i = hits.length - 1; i >= 0; i--) hits[i] = queue.pop();
    return new TopDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), hits);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    Scorer p = programs.scorer(context);
    DocIdSetIterator program = p == null ? DocIdSetIterator.empty() : p.iterator();
    int base = context.docBase;
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        total++;
        float score = scorer.score();
        if (program.docID() < doc) program.advance(doc);
        if (program.docID() == doc) score = boosted(score);
        if (queue.size() < size) {
          queue.add(new ScoreDoc(base + doc, score));
        } else if (score > queue.top().score) {
          ScoreDoc top = queue.top();
          top.doc = base + doc;
          top.score = score;
          queue.updateTop();
        }
      }
    };
  }
}
