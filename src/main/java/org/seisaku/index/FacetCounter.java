package org.seisaku.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.seisaku.model.FiscalYear;

/**
 * Counts the matching items by ministry, fiscal year and kind from doc values ({@code ministry},
 * {@code fiscal_year}, {@code budget_kind}, {@code doc_kind}), in the same pass as the top hits. Per segment it
 * counts ordinals, and turns them into values once at the end of the segment.
 */
final class FacetCounter implements Collector {
  private final Map<String, Long> ministry = new HashMap<>();
  private final Map<Integer, Long> year = new HashMap<>();
  private final Map<String, Long> kind = new HashMap<>();

  static CollectorManager<FacetCounter, SearchResult.Facets> manager() {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter();
      }

      @Override
      public SearchResult.Facets reduce(Collection<FacetCounter> collectors) {
        Map<String, Long> m = new HashMap<>();
        Map<Integer, Long> y = new HashMap<>();
        Map<String, Long> k = new HashMap<>();
        for (FacetCounter c : collectors) {
          c.ministry.forEach((key, n) -> m.merge(key, n, Long::sum));
          c.year.forEach((key, n) -> y.merge(key, n, Long::sum));
          c.kind.forEach((key, n) -> k.merge(key, n, Long::sum));
        }
        return new SearchResult.Facets(m, y, k);
      }
    };
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    SortedSetDocValues ministries = DocValues.getSortedSet(context.reader(), Fields.MINISTRY);
    SortedSetDocValues budgetKinds = DocValues.getSortedSet(context.reader(), Fields.BUDGET_KIND);
    SortedSetDocValues docKinds = DocValues.getSortedSet(context.reader(), Fields.DOC_KIND);
    SortedNumericDocValues years = DocValues.getSortedNumeric(context.reader(), Fields.FISCAL_YEAR);
    long[] ministryCounts = new long[(int) ministries.getValueCount()];
    long[] budgetCounts = new long[(int) budgetKinds.getValueCount()];
    long[] docKindCounts = new long[(int) docKinds.getValueCount()];
    long[] yearCounts = new long[FiscalYear.MAX - FiscalYear.MIN + 1];
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) throws IOException {
        count(ministries, doc, ministryCounts);
        count(budgetKinds, doc, budgetCounts);
        count(docKinds, doc, docKindCounts);
        if (years.advanceExact(doc)) {
          long previous = Long.MIN_VALUE;
          for (int i = 0; i < years.docValueCount(); i++) {
            long v = years.nextValue();
            if (v != previous) yearCounts[(int) v - FiscalYear.MIN]++;
            previous = v;
          }
        }
      }

      @Override
      public void finish() throws IOException {
        for (int i = 0; i < yearCounts.length; i++) if (yearCounts[i] > 0) year.merge(FiscalYear.MIN + i, yearCounts[i], Long::sum);
        resolve(ministries, ministryCounts, ministry);
        resolve(budgetKinds, budgetCounts, kind);
        resolve(docKinds, docKindCounts, kind);
      }
    };
  }

  private static void count(SortedSetDocValues dv, int doc, long[] counts) throws IOException {
    if (!dv.advanceExact(doc)) return;
    for (int i = 0; i < dv.docValueCount(); i++) counts[(int) dv.nextOrd()]++;
  }

  private static void resolve(SortedSetDocValues dv, long[] counts, Map<String, Long> into) throws IOException {
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) into.merge(dv.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
    }
  }
}
