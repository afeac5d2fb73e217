package org.seisaku.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;

/**
 * Builds the Lucene query of a {@link SearchRequest}, with the analyzers the index was written with.
 *
 * <p>The query text is split at spaces (ASCII or 全角) into parts; every part must match, in some field. A part
 * matches a field as an exact phrase (full weight) or, in the word fields, as all its words anywhere
 * ({@link #SCATTERED} of the weight; not for a quoted part: {@code "特殊詐欺"}, 「関係人口」); the best field counts,
 * plus {@link #TIE} of the others. A part that reads as a fiscal year (2008, 平成20年度, Ｈ２０, R3) is a filter
 * instead, as {@code --year} is: 平成30年度 過疎 finds the 過疎 items of FY2018. Weights:
 *
 * <pre>
 *   title 8 · title_reading 3 · title_bigram 2.5 · text 1.5 · ministry_names 1 · text_bigram 0.4
 * </pre>
 *
 * <p>Programs score {@link #PROGRAM_BOOST} times what a document with the same match scores. So 協力隊 (協力/隊)
 * ranks 地域おこし協力隊の推進に要する経費, with the phrase in its name, above documents that say 協力隊 in their
 * body; ちいきおこし matches the reading bigrams of 地域おこし; 報通信 (no word of its own) matches through the
 * character bigrams.
 */
final class Queries {
  static final Map<String, Float> WEIGHTS = weights();
  /** The weight of all of a part's words scattered in a field, against the part as a phrase. */
  static final float SCATTERED = 0.4f;
  static final float TIE = 0.1f;
  /**
   * Programs' scores are multiplied by this: a program page gathers every year, sheet and document of a
   * program, so for the same match it is the better answer than one document about it.
   */
  static final float PROGRAM_BOOST = 1.5f;

  private static final Pattern PART =
      Pattern.compile("[\"“”＂]([^\"“”＂]*)[\"“”＂]?|「([^」]*)」?|([^\\s\\u3000\"“”＂「]+)");
  private static final QueryBuilder BUILDER = new QueryBuilder(JapaneseAnalysis.perField());

  private Queries() {}

  private static Map<String, Float> weights() {
    Map<String, Float> w = new LinkedHashMap<>();
    w.put(Fields.TITLE, 8f);
    w.put(Fields.TITLE_READING, 3f);
    w.put(Fields.TITLE_BIGRAM, 2.5f);
    w.put(Fields.TEXT, 1.5f);
    w.put(Fields.MINISTRY_NAMES, 1f);
    w.put(Fields.TEXT_BIGRAM, 0.4f);
    return Map.copyOf(w);
  }

  /** The texts of the parts of a query that are matched as text (not fiscal years), quotes removed. */
  static List<String> parts(String query) {
    return parse(query).stream().filter(p -> year(p).isEmpty()).map(Part::text).toList();
  }

  private static Optional<FiscalYear> year(Part part) {
    return part.quoted() ? Optional.empty() : FiscalYear.parse(part.text());
  }

  /**
   * A part of the query: words between spaces, or a quoted phrase ({@code "特殊詐欺"}, 「関係人口」), which must
   * match as a phrase.
   */
  record Part(String text, boolean quoted) {}

  static List<Part> parse(String query) {
    List<Part> out = new ArrayList<>();
    Matcher m = PART.matcher(query);
    while (m.find()) {
      if (m.group(1) != null || m.group(2) != null) {
        String phrase = m.group(1) != null ? m.group(1) : m.group(2);
        if (!phrase.isBlank()) out.add(new Part(phrase.strip(), true));
      } else {
        out.add(new Part(m.group(3), false));
      }
    }
    return out;
  }

  /** The whole query, with {@code req.ministry()} taken as a ministry id. */
  static Query build(SearchRequest req) {
    return build(req, req.ministry());
  }

  /**
   * The whole query: the parts (or every item, when none says anything) and the filters.
   *
   * @param ministryId the request's ministry, resolved to an id (or null)
   */
  static Query build(SearchRequest req, String ministryId) {
    BooleanQuery.Builder b = matching(req, ministryId);
    addKindAndSheets(b, req);
    return FunctionScoreQuery.boostByQuery(b.build(), new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROGRAM)), PROGRAM_BOOST);
  }

  /**
   * The review sheets of these programs that match the request (its words, years and ministry; not its kind):
   * their years are the programs' matching years.
   */
  static Query sheetsOf(SearchRequest req, String ministryId, Collection<String> programIds) {
    BooleanQuery.Builder b = matching(req, ministryId);
    b.add(new TermInSetQuery(Fields.SHEET_OF, programIds.stream().map(BytesRef::new).toList()), Occur.FILTER);
    return b.build();
  }

  /** The years a request keeps (from its year filter and the years in its text), inclusive; never null. */
  static int[] yearBounds(SearchRequest req) {
    int from = req.yearFrom() == null ? FiscalYear.MIN : req.yearFrom();
    int to = req.yearTo() == null ? FiscalYear.MAX : req.yearTo();
    for (Part part : parse(req.query())) {
      Optional<FiscalYear> year = year(part);
      if (year.isPresent()) {
        from = Math.max(from, year.get().year());
        to = Math.min(to, year.get().year());
      }
    }
    return new int[] {from, to};
  }

  private static BooleanQuery.Builder matching(SearchRequest req, String ministryId) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    for (Part part : parse(req.query())) {
      Optional<FiscalYear> year = year(part);
      if (year.isPresent()) {
        b.add(IntPoint.newExactQuery(Fields.FISCAL_YEAR, year.get().year()), Occur.FILTER);
        continue;
      }
      Query q = part(part.text(), part.quoted());
      if (q != null) {
        b.add(q, Occur.MUST);
        any = true;
      }
    }
    if (!any) b.add(new MatchAllDocsQuery(), Occur.MUST);
    if (ministryId != null) b.add(new TermQuery(new Term(Fields.MINISTRY, ministryId)), Occur.FILTER);
    if (req.yearFrom() != null || req.yearTo() != null) {
      int from = req.yearFrom() == null ? FiscalYear.MIN : req.yearFrom();
      int to = req.yearTo() == null ? FiscalYear.MAX : req.yearTo();
      b.add(IntPoint.newRangeQuery(Fields.FISCAL_YEAR, from, to), Occur.FILTER);
    }
    return b;
  }

  /**
   * One part against every field, or null when it has no searchable words (only particles, say).
   *
   * @param quoted whether only the phrase counts (not its words scattered)
   */
  static Query part(String part, boolean quoted) {
    List<Query> alternatives = new ArrayList<>();
    for (String field : fieldsByWeight()) {
      float w = WEIGHTS.get(field);
      Query phrase = BUILDER.createPhraseQuery(field, part);
      if (phrase == null) continue;
      alternatives.add(new BoostQuery(phrase, w));
      if (!quoted && Fields.analyzerOf(field) == Fields.Analysis.TEXT) {
        Query all = BUILDER.createBooleanQuery(field, part, Occur.MUST);
        if (all instanceof BooleanQuery) alternatives.add(new BoostQuery(all, w * SCATTERED));
      }
    }
    return alternatives.isEmpty() ? null : new DisjunctionMaxQuery(alternatives, TIE);
  }

  private static List<String> fieldsByWeight() {
    return WEIGHTS.entrySet().stream()
        .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  private static void addKindAndSheets(BooleanQuery.Builder b, SearchRequest req) {
    boolean documentKind = false;
    if (req.kind() != null && !req.kind().isBlank()) {
      String kind = req.kind().strip();
      Optional<BudgetKind> budget = BudgetKind.parse(kind);
      BooleanQuery.Builder k = new BooleanQuery.Builder();
      budget.ifPresent(bk -> k.add(new TermQuery(new Term(Fields.BUDGET_KIND, bk.json())), Occur.SHOULD));
      k.add(new TermQuery(new Term(Fields.DOC_KIND, kind)), Occur.SHOULD);
      b.add(k.build(), Occur.FILTER);
      documentKind = budget.isEmpty();
    }
    if (!req.includeSheets() && !documentKind) b.add(new FieldExistsQuery(Fields.SHEET_OF), Occur.MUST_NOT);
  }

  /**
   * The terms to mark in a snippet, by field: the words of the query ({@code text}) and its character bigrams
   * ({@code text_bigram}, for parts the words miss).
   */
  static Map<String, Set<String>> highlightTerms(String query) {
    Set<String> words = new LinkedHashSet<>();
    Set<String> bigrams = new LinkedHashSet<>();
    for (String part : parts(query)) {
      words.addAll(JapaneseAnalysis.terms(JapaneseAnalysis.text(), Fields.TEXT, part));
      bigrams.addAll(JapaneseAnalysis.terms(JapaneseAnalysis.bigram(), Fields.TEXT_BIGRAM, part));
    }
    return Map.of(Fields.TEXT, words, Fields.TEXT_BIGRAM, bigrams);
  }
}
