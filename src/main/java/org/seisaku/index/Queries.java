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
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

/**
 * Query understanding: turns what an official types into the Lucene query of a {@link SearchRequest}, with the
 * analyzers the index was written with ({@link JapaneseAnalysis} describes the fields' chains). The choices
 * below were measured with {@code SearchEvaluationTest} (88 judged queries; BENCHMARKS.md, "Search quality").
 *
 * <h2>Parts</h2>
 *
 * The text is split at spaces (ASCII or 全角) into parts; a part in quotes ({@code "特殊詐欺"}, 「関係人口」) is one
 * part even with spaces inside. Each unquoted part is read as one of:
 *
 * <pre>
 *   input                          read as                    how
 *   平成30年度, Ｈ３０, H30, 2018,    fiscal year 2018 (filter)  {@link FiscalYear#parse}, as --year: era or Western,
 *   FY2018, 平成３０年                                            全角 or not, with or without 年度
 *   国交省, 国土交通省, 国交, 規制委,   ministry (see below)       a name or alias in ministries.yml, which the index
 *   公取, 厚労省                                                  keeps in its commit data (not an id: mlit is a word)
 *   協力隊, じさつ, "特殊詐欺" …        text                       anything else; quoted parts always
 * </pre>
 *
 * <h2>Text parts: strict</h2>
 *
 * Every text part must match, in some field; the best field counts, plus {@link #TIE} of the others. A part
 * matches a field
 *
 * <ul>
 *   <li>as an exact phrase: the full weight of the field. 協力隊 = 協力 + 隊 next to each other, so
 *       地域おこし協力隊 matches and 協力して…部隊 does not;
 *   <li>as a near phrase, its words at most {@link #SLOP} positions apart ({@link #NEAR} of the weight): a
 *       compound typed with a word left out or in another order;
 *   <li>as all its words anywhere in the field ({@link #SCATTERED} of the weight) — in the word fields only, not for
 *       a quoted part, nor for a part in kana only (Kuromoji cuts じさつ into nonsense);
 *   <li>in {@code title_reading}, as a phrase of katakana reading bigrams — only for a part without kanji
 *       (じさつ, チセキ, ｼｮｳﾎﾞｳﾀﾞﾝ): a kanji part is never matched by its sound (過疎 is not 加速, both カソ…).
 *       Such a part scores {@link #READING_WORDS_BONUS} more where it reads as one to three whole words of a title
 *       ({@code title_reading_words}): りとう is 離島 in 離島振興事業, not the リトウ inside 管理等 (カンリトウ).
 * </ul>
 *
 * <p>So an unquoted compound scores as a phrase first, a near phrase next and a bag of its words last, never as a
 * loose OR of its parts. Field weights (names above body, whole words above character bigrams):
 *
 * <pre>
 *   title 8 · title_reading 3 · title_bigram 2.5 · text 1.5 · ministry_names 1 · text_bigram 0.4
 * </pre>
 *
 * <p>A part with a word of {@link #VARIANTS} also matches as its other spellings (子ども / 子供 / こども,
 * 空き家 / 空家, 取組 / 取り組み …): orthography, not synonyms.
 *
 * <h2>Ministry parts</h2>
 *
 * A part naming a ministry must match too: by the item being of that ministry (a constant {@link #MINISTRY_SCORE},
 * far above any text score) or by the word in the item's text. So the ministry's items come first, ranked by
 * the rest of the query, and other items that mention the ministry follow (the facets show them). A query that is
 * only a ministry name (国交省) lists that ministry's items. Measured against a hard filter: the same figures on
 * the judged queries (whose judgements count other ministries' items as irrelevant), so the softer form stays, as
 * it keeps items that only mention the ministry findable.
 *
 * <h2>Relaxed: when fewer than {@link #RELAX_BELOW} items match</h2>
 *
 * Officials paraphrase (自殺を防ぐ, お年寄り 詐欺, 雪かき): when the strict query finds fewer than
 * {@link #RELAX_BELOW} items, the search runs again with the text parts optional: at least one of each part as a
 * whole, its words, a named ministry, or — the last resort — one kanji of the query in a title
 * ({@code title_unigram} at {@link #UNIGRAM_WEIGHT}: 雪かき → 雪 → 道路事業（補助・除雪）). Quoted parts, years and the
 * request's filters stay as they are; the strict query is added at {@link #STRICT_BOOST}, so its matches stay on
 * top. 自殺を防ぐ: 防ぐ is in no sheet, so strictly nothing; relaxed, 自殺 finds 自殺対策推進経費.
 *
 * <h2>Programs</h2>
 *
 * Programs score {@link #PROGRAM_BOOST} times what a document with the same match scores: a program page gathers
 * every year, sheet and document of a program. Review sheets are not hits of their own (their text is their
 * program's, so nine near-identical sheets make one hit) unless the request asks for them; a program hit lists
 * the years of its sheets that match ({@link SearchHit#matchingYears()}).
 *
 * <h2>Examples</h2>
 *
 * <pre>
 *   協力隊          +( title:"協力 隊"^8 | title:"協力 隊"~3^4.8 | (+title:協力 +title:隊)^2.4
 *                     | title_bigram:"協力 力隊"^2.5 | text:"協力 隊"^1.5 | … | text_bigram:"協力 力隊"^0.4 )~0.1
 *                   → 地域おこし協力隊の推進に要する経費 first (the phrase in its name)
 *   じさつ          +( +( title_reading:"ジサ サツ"^3 | title_bigram:"じさ さつ"^2.5 | … )
 *                      ConstantScore(title_reading_words:ジサツ)^10 )   → 自殺対策推進経費
 *   過疎            +( title:過疎^8 | title_bigram:過疎^2.5 | text:過疎^1.5 | … )   no reading: 加速 stays out
 *   平成30年度 過疎  +(過疎 as above) #fiscal_year:[2018 TO 2018]
 *   国交省 道路      +(道路 as above) +( ConstantScore(ministry:mlit)^1000 | text:"国交 省"^1.5 | … )
 *   報通信          +( title_bigram:"報通 通信"^2.5 | text_bigram:"報通 通信"^0.4 | … )   no word of its own
 *   自殺を防ぐ       strict: +(自殺を防ぐ) → 0 items; relaxed:
 *                   +( (自殺を防ぐ) (自殺) (防ぐ) title_unigram:自^1.5 title_unigram:殺^1.5 title_unigram:防^1.5 )
 *                   (+(自殺を防ぐ))^10
 * </pre>
 */
final class Queries {
  static final Map<String, Float> WEIGHTS = weights();
  /**
   * The score added when a kana part reads as whole words of a title (りとう = 離島), not only as reading bigrams,
   * which also match across words (管理等 is カンリトウ).
   */
  static final float READING_WORDS_BONUS = 10f;
  /** The weight of a part's words near each other in a field, against the part as a phrase. */
  static final float NEAR = 0.6f;
  /** How far apart (in positions) the words of a part may be for {@link #NEAR}. */
  static final int SLOP = 3;
  /** The weight of all of a part's words scattered in a field, against the part as a phrase. */
  static final float SCATTERED = 0.3f;
  static final float TIE = 0.1f;
  /** The score of being of the ministry a part names (text scores are far below). */
  static final float MINISTRY_SCORE = 1000f;
  /** Below this many strict matches, the search relaxes to any word of the text parts. */
  static final int RELAX_BELOW = 10;
  /** In a relaxed search, the strict query's weight: its matches stay above those of single words. */
  static final float STRICT_BOOST = 10f;
  /** In a relaxed search, the weight of one kanji of the query in a title (雪 of 雪かき in 除雪). */
  static final float UNIGRAM_WEIGHT = 1.5f;
  /**
   * Spellings of one word that officials use side by side (送り仮名, kanji or kana); a part with one of them
   * also matches as the others, unless quoted. Orthography only: no synonyms.
   */
  static final List<List<String>> VARIANTS = List.of(
      List.of("子ども", "子供", "こども"),
      List.of("障害", "障がい", "障碍"),
      List.of("空き家", "空家"),
      List.of("取り組み", "取組み", "取組"),
      List.of("受け入れ", "受入れ", "受入"),
      List.of("申し込み", "申込み", "申込"),
      List.of("手続き", "手続"),
      List.of("貸し付け", "貸付け", "貸付"),
      List.of("引き上げ", "引上げ"),
      List.of("立ち入り", "立入り", "立入"),
      List.of("繰り越し", "繰越し", "繰越"),
      List.of("見直し", "見直"),
      List.of("問い合わせ", "問合せ"),
      List.of("振り込め", "振込め"),
      List.of("ひとり親", "一人親"));
  /**
   * Programs' scores are multiplied by this: a program page gathers every year, sheet and document of a
   * program, so for the same match it is the better answer than one document about it.
   */
  static final float PROGRAM_BOOST = 1.5f;

  private static final Pattern PART =
      Pattern.compile("[\"“”＂]([^\"“”＂]*)[\"“”＂]?|「([^」]*)」?|([^\\s\\u3000\"“”＂「]+)");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final QueryBuilder BUILDER = new QueryBuilder(JapaneseAnalysis.perField());

  private final Ministries ministries;

  /** @param ministries to recognise ministry names and aliases in the query (may be empty) */
  Queries(Ministries ministries) {
    this.ministries = ministries;
  }

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

  /**
   * A part of the query: words between spaces, or a quoted phrase ({@code "特殊詐欺"}, 「関係人口」), which must
   * match as a phrase.
   */
  record Part(String text, boolean quoted) {}

  /**
   * What the query says: its text parts, the fiscal years and the ministries it names.
   *
   * @param text the parts matched as text, in order
   * @param years fiscal years named (each a filter)
   * @param ministries ministry ids named, with the word that named each
   */
  record Understood(List<Part> text, List<Integer> years, Map<String, String> ministries) {
    boolean hasText() {
      return !text.isEmpty() || !ministries.isEmpty();
    }
  }

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

  Understood understand(String query) {
    List<Part> text = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    for (Part part : parse(query)) {
      if (!part.quoted()) {
        Optional<FiscalYear> year = FiscalYear.parse(part.text());
        if (year.isPresent()) {
          years.add(year.get().year());
          continue;
        }
        Optional<Ministry> ministry = ministry(part.text());
        if (ministry.isPresent()) {
          named.putIfAbsent(ministry.get().id(), part.text());
          continue;
        }
      }
      text.add(part);
    }
    return new Understood(text, years, named);
  }

  /** The ministry a word names: its name or an alias (not its ASCII id: mlit is no word an official types). */
  private Optional<Ministry> ministry(String word) {
    String key = Ministries.key(word);
    return ministries.find(word).filter(m -> Ministries.key(m.name()).equals(key)
        || m.aliases().stream().anyMatch(a -> Ministries.key(a).equals(key)));
  }

  /** The texts of the parts of a query that are matched as text (not years nor ministries), quotes removed. */
  List<String> parts(String query) {
    return understand(query).text().stream().map(Part::text).toList();
  }

  /**
   * The whole query: the parts (or every item, when none says anything) and the filters.
   *
   * @param ministryId the request's ministry, resolved to an id (or null)
   * @param relaxed whether any word of the text parts is enough (see the class comment)
   */
  Query build(SearchRequest req, String ministryId, boolean relaxed) {
    BooleanQuery.Builder b = matching(req, ministryId, relaxed);
    addKindAndSheets(b, req);
    return FunctionScoreQuery.boostByQuery(b.build(), new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROGRAM)), PROGRAM_BOOST);
  }

  /**
   * The review sheets of these programs that match the request (its words, years and ministry; not its kind):
   * their years are the programs' matching years.
   */
  Query sheetsOf(SearchRequest req, String ministryId, boolean relaxed, Collection<String> programIds) {
    BooleanQuery.Builder b = matching(req, ministryId, relaxed);
    b.add(new TermInSetQuery(Fields.SHEET_OF, programIds.stream().map(BytesRef::new).toList()), Occur.FILTER);
    return b.build();
  }

  /** The years a request keeps (from its year filter and the years in its text), inclusive; never null. */
  int[] yearBounds(SearchRequest req) {
    int from = req.yearFrom() == null ? FiscalYear.MIN : req.yearFrom();
    int to = req.yearTo() == null ? FiscalYear.MAX : req.yearTo();
    for (int y : understand(req.query()).years()) {
      from = Math.max(from, y);
      to = Math.min(to, y);
    }
    return new int[] {from, to};
  }

  private BooleanQuery.Builder matching(SearchRequest req, String ministryId, boolean relaxed) {
    Understood u = understand(req.query());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int y : u.years()) b.add(IntPoint.newExactQuery(Fields.FISCAL_YEAR, y), Occur.FILTER);
    if (relaxed && u.hasText()) {
      addRelaxed(b, u);
    } else if (!addStrict(b, u)) {
      b.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    if (ministryId != null) b.add(new TermQuery(new Term(Fields.MINISTRY, ministryId)), Occur.FILTER);
    if (req.yearFrom() != null || req.yearTo() != null) {
      int from = req.yearFrom() == null ? FiscalYear.MIN : req.yearFrom();
      int to = req.yearTo() == null ? FiscalYear.MAX : req.yearTo();
      b.add(IntPoint.newRangeQuery(Fields.FISCAL_YEAR, from, to), Occur.FILTER);
    }
    return b;
  }

  /** Every text and ministry part as a MUST clause; false when there is none. */
  private static boolean addStrict(BooleanQuery.Builder b, Understood u) {
    boolean any = false;
    for (Part part : u.text()) {
      Query q = part(part.text(), part.quoted());
      if (q != null) {
        b.add(q, Occur.MUST);
        any = true;
      }
    }
    for (Map.Entry<String, String> m : u.ministries().entrySet()) {
      b.add(ministryPart(m.getKey(), m.getValue()), Occur.MUST);
      any = true;
    }
    return any;
  }

  /**
   * Any unquoted text part or any of its words (at least one; a part in kana only is not cut into words: じさつ
   * is no じ + さつ), quoted parts as phrases (all of them), ministries as optional boosts, and the strict query
   * on top.
   */
  private static void addRelaxed(BooleanQuery.Builder b, Understood u) {
    BooleanQuery.Builder anyWord = new BooleanQuery.Builder();
    boolean words = false;
    for (Part part : u.text()) {
      if (part.quoted()) {
        Query q = part(part.text(), true);
        if (q != null) b.add(q, Occur.MUST);
        continue;
      }
      Set<String> alternatives = new LinkedHashSet<>();
      alternatives.add(part.text());
      if (HAN.matcher(part.text()).find()) {
        alternatives.addAll(JapaneseAnalysis.terms(JapaneseAnalysis.text(), Fields.TEXT, part.text()));
      }
      for (String word : alternatives) {
        Query q = part(word, false);
        if (q != null) {
          anyWord.add(q, Occur.SHOULD);
          words = true;
        }
      }
    }
    for (Map.Entry<String, String> m : u.ministries().entrySet()) {
      anyWord.add(ministryPart(m.getKey(), m.getValue()), Occur.SHOULD);
      words = true;
    }
    for (String han : kanji(u)) {
      anyWord.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE_UNIGRAM, han)), UNIGRAM_WEIGHT), Occur.SHOULD);
      words = true;
    }
    if (words) b.add(anyWord.build(), Occur.MUST);
    BooleanQuery.Builder strict = new BooleanQuery.Builder();
    if (addStrict(strict, u)) b.add(new BoostQuery(strict.build(), STRICT_BOOST), Occur.SHOULD);
  }

  /** The distinct kanji of the unquoted text parts. */
  private static Set<String> kanji(Understood u) {
    Set<String> out = new LinkedHashSet<>();
    for (Part part : u.text()) {
      if (!part.quoted()) out.addAll(JapaneseAnalysis.terms(JapaneseAnalysis.unigram(), Fields.TITLE_UNIGRAM, part.text()));
    }
    return out;
  }

  /** Being of the ministry (a constant far above text scores), or the word in the text. */
  private static Query ministryPart(String id, String word) {
    Query of = new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(Fields.MINISTRY, id))), MINISTRY_SCORE);
    Query says = part(word, false);
    return says == null ? of : new DisjunctionMaxQuery(List.of(of, says), 0f);
  }

  /**
   * One part against every field, or null when it has no searchable words (only particles, say).
   *
   * @param quoted whether only the phrase counts (not its words near or scattered)
   */
  static Query part(String part, boolean quoted) {
    if (quoted) return spelling(part, true);
    List<Query> spellings = new ArrayList<>();
    for (String v : variants(part)) {
      Query q = spelling(v, false);
      if (q != null) spellings.add(q);
    }
    if (spellings.size() <= 1) return spellings.isEmpty() ? null : spellings.get(0);
    return new DisjunctionMaxQuery(spellings, 0f);
  }

  /** The part as written, then as each other spelling of a {@link #VARIANTS} word in it. */
  static List<String> variants(String part) {
    Set<String> out = new LinkedHashSet<>();
    out.add(part);
    for (List<String> group : VARIANTS) {
      for (String form : group) {
        if (!part.contains(form)) continue;
        for (String other : group) if (!other.equals(form) && !other.contains(form)) out.add(part.replace(form, other));
      }
    }
    return List.copyOf(out);
  }

  private static Query spelling(String part, boolean quoted) {
    boolean kanaOnly = !HAN.matcher(part).find();
    List<Query> alternatives = new ArrayList<>();

    for (String field : fieldsByWeight()) {
      Fields.Analysis analysis = Fields.analyzerOf(field);
      if (analysis == Fields.Analysis.READING && !kanaOnly) continue;
      float w = WEIGHTS.get(field);
      Query phrase = BUILDER.createPhraseQuery(field, part);
      if (phrase == null) continue;
      alternatives.add(new BoostQuery(phrase, w));
      if (quoted || analysis != Fields.Analysis.TEXT) continue;
      if (phrase instanceof PhraseQuery pq && pq.getTerms().length > 1) {
        alternatives.add(new BoostQuery(BUILDER.createPhraseQuery(field, part, SLOP), w * NEAR));
        if (!kanaOnly) {
          Query all = BUILDER.createBooleanQuery(field, part, Occur.MUST);
          if (all instanceof BooleanQuery) alternatives.add(new BoostQuery(all, w * SCATTERED));
        }
      }
    }
    if (alternatives.isEmpty()) return null;
    Query best = new DisjunctionMaxQuery(alternatives, TIE);
    if (!kanaOnly) return best;
    // a kana part read as whole words of a title: a bonus on top, the same for every title that has them
    Query words = new TermQuery(new Term(Fields.TITLE_READING_WORDS, JapaneseAnalysis.readingKey(part)));
    return new BooleanQuery.Builder()
        .add(best, Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(words), READING_WORDS_BONUS), Occur.SHOULD)
        .build();
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
  Map<String, Set<String>> highlightTerms(String query) {
    Set<String> words = new LinkedHashSet<>();
    Set<String> bigrams = new LinkedHashSet<>();
    for (String part : parts(query)) {
      words.addAll(JapaneseAnalysis.terms(JapaneseAnalysis.text(), Fields.TEXT, part));
      bigrams.addAll(JapaneseAnalysis.terms(JapaneseAnalysis.bigram(), Fields.TEXT_BIGRAM, part));
    }
    return Map.of(Fields.TEXT, words, Fields.TEXT_BIGRAM, bigrams);
  }
}
