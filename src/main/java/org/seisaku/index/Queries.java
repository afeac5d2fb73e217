package org.seisaku.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

/**
 * Query understanding: turns what an official types into a {@link Plan} of single terms, which the Lucene search
 * runs ({@link #build}) and the browser search runs from the static index ({@code site-templates/assets/search.js}
 * builds the same plan by the same rules, with the tables of {@code search.StaticIndex}; {@code plan-cases.tsv}
 * checks both). The choices below were measured with {@code SearchEvaluationTest} (88 judged queries;
 * BENCHMARKS.md, "Search quality").
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
 *   国交省, 国土交通省, 国交, 規制委,   ministry (see below)       a name, alias or id in ministries.yml, which the index
 *   公取, 厚労省, soumu                                           keeps in its commit data
 *   協力隊, じさつ, "特殊詐欺" …        text                       anything else; quoted parts always
 * </pre>
 *
 * <h2>Text parts: strict</h2>
 *
 * A part's text is normalised ({@link QueryText}) and cut into the index's terms ({@link QueryTerms}): its words
 * (by the index's vocabulary), its character bigrams, and for a part without kanji its katakana reading. Every
 * text part must match, in some field; the best field counts, plus {@link #TIE} of the others. A part matches a
 * field
 *
 * <ul>
 *   <li>as a phrase: the full weight of the field. A phrase of one term is that term; of several, each pair of
 *       neighbours in the field's {@code *_pair} field ({@link Fields}). 協力隊 = 協力 + 隊, so the pair "協力 隊":
 *       地域おこし協力隊 matches and 協力して…部隊 does not;
 *   <li>as all its words anywhere in the field ({@link #SCATTERED} of the weight) — in the word fields only, not for
 *       a quoted part, nor for a part without kanji (a kana part's words are guesses);
 *   <li>in {@code title_reading}, as the phrase of its katakana reading bigrams — only for a part without kanji
 *       (じさつ, チセキ, ｼｮｳﾎﾞｳﾀﾞﾝ): a kanji part is never matched by its sound (過疎 is not 加速, both カソ…).
 *       Such a part scores {@link #READING_WORDS_BONUS} more where it reads as one to three whole words of a title
 *       ({@code title_reading_words}): りとう is 離島 in 離島振興事業, not the リトウ inside 管理等 (カンリトウ).
 * </ul>
 *
 * <p>A part without kanji matches the word fields only when the vocabulary covers it whole (ちいきおこし is no
 * run of the index's words: only its reading counts). Field weights (names above body, whole words above
 * character bigrams):
 *
 * <pre>
 *   title 8 · title_reading 3 · title_bigram 2.5 · text 1.5 · ministry_names 1 · text_bigram 0.4
 * </pre>
 *
 * <p>A part with a word of {@link #VARIANTS} also matches as its other spellings (子ども / 子供 / こども,
 * 空き家 / 空家, 取組 / 取り組み …): orthography, not synonyms. Near phrases (words a few positions apart) are
 * gone with positions: they changed none of the judged queries' results (BENCHMARKS.md).
 *
 * <h2>Ministry parts</h2>
 *
 * A part naming a ministry must match too: by the item being of that ministry (a constant {@link #MINISTRY_SCORE},
 * far above any text score) or by the word in the item's text. So the ministry's items come first, ranked by
 * the rest of the query, and other items that mention the ministry follow (the facets show them). A query that is
 * only a ministry name (国交省) lists that ministry's items. Measured against a hard filter: the same figures on
 * the judged queries (whose judgements count other ministries' items as irrelevant), so the softer form stays, as
 * it keeps items that only mention the ministry findable. A ministry's id (soumu, mlit: what its pages' URLs show)
 * names it as its names do.
 *
 * <h2>Relaxed: when fewer than {@link #RELAX_BELOW} items match</h2>
 *
 * Officials paraphrase (自殺を防ぐ, お年寄り 詐欺, 雪かき): when the strict query finds fewer than
 * {@link #RELAX_BELOW} items with the words as typed (a synonym's spelling, which leaves out the words the index does
 * not have, can find ten weak matches for a sentence: 子どもが学校でいじめられている as 子供 学校 いじめ), the search runs again with the text parts optional: at least one of each part as a
 * whole, its words (not the very common ones, {@link #RELAXED_MIN_COST}, nor those only of hiragana, づくり, when
 * another word is telling), a named ministry, or — the last resort —
 * one kanji of the query in a title
 * ({@code title_unigram} at {@link #UNIGRAM_WEIGHT}: 雪かき → 雪 → 道路事業（補助・除雪）). Quoted parts, years and the
 * request's filters stay as they are; the strict query is added at {@link #STRICT_BOOST}, so its matches stay on
 * top. 自殺を防ぐ: 防ぐ is in no sheet, so strictly nothing; relaxed, 自殺 finds 自殺対策推進経費.
 *
 * <p>A part that is a sentence ({@link #sentence}: 船乗りになるための学校に入りたい) also scores, in its relaxed search
 * only, each of its character bigrams with a kanji or katakana in the text ({@code text_bigram} at
 * {@link #BAG_WEIGHT}, should: they add to the score, they match nothing alone), as an any-word search of bigrams
 * does: of the items that match some of its words, those that share more of its characters gain on those with only
 * one of its words in their title (学校 of 私立学校施設事務経費; the 海技教育機構 the sentence means rose from 15th to
 * 7th). Chosen on the four older concept sets pooled and judged once on a fifth set written blind (BENCHMARKS.md,
 * "Concept search").
 *
 * <p>A synonym trigger in a part ({@link Synonyms#triggers}) that is a phrase ({@link #phrase}: its words leave
 * characters out, 子どもができない, ひとりぼっち, お巡りさん, or are its single characters, 泥棒) is read for its
 * meaning: its targets are an alternative of their own (at the synonym weight), and its own words and kanji are not
 * (こども of 子どもができない is not 不妊):
 * 子どもができない relaxed is any(不妊, the part). A compound trigger (天気予報, 事業者) is left to its words, which
 * expand as parts do (its targets as alternatives too moved an exact name's top 5: 事業者 → 経営者).
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
 *   協力隊          max 0.1 of: title_pair:"協力 隊"^8 · all(title:協力 title:隊)^2.4 · title_bigram_pair:"協力 力隊"^2.5
 *                   · text_pair:"協力 隊"^1.5 · all(text:協力 text:隊)^0.45 · … · text_bigram_pair:"協力 力隊"^0.4
 *                   → 地域おこし協力隊の推進に要する経費 first (the phrase in its name)
 *   じさつ          bool(must: max 0.1 of title_reading_pair:("ジサ サツ")^3 · title_bigram_pair:"じさ さつ"^2.5 · …,
 *                        should: const(title_reading_words:ジサツ)^10)          → 自殺対策推進経費
 *   過疎            max 0.1 of title:過疎^8 · title_bigram:過疎^2.5 · text:過疎^1.5 · …   no reading: 加速 stays out
 *   平成30年度 過疎  (過疎 as above), and the year 2018 as a filter
 *   国交省 道路      all(道路 as above, max 0 of const(ministry:mlit)^1000 · (国交省 as text))
 *   報通信          max 0.1 of title_bigram_pair:"報通 通信"^2.5 · text_bigram_pair:"報通 通信"^0.4 · …
 *   自殺を防ぐ       strict: 0 items; relaxed: bool(must: any(自殺を防ぐ, 自殺, 防ぐ, title_unigram:自^1.5,
 *                   title_unigram:殺^1.5, title_unigram:防^1.5), should: strict×10)
 * </pre>
 */
final class Queries {
  static final Map<String, Float> WEIGHTS = weights();
  /** The fields a part is matched in, by weight (heaviest first). */
  static final List<String> FIELDS = fieldsByWeight();
  /**
   * The score added when a part without kanji reads as whole words of a title (りとう = 離島), not only as reading
   * bigrams, which also match across words (管理等 is カンリトウ).
   */
  static final float READING_WORDS_BONUS = 10f;
  /** The weight of all of a part's words scattered in a field, against the part as a phrase. */
  static final float SCATTERED = 0.3f;
  static final float TIE = 0.1f;
  /** The score of being of the ministry a part names (text scores are far below). */
  static final float MINISTRY_SCORE = 1000f;
  /** Below this many strict matches, the search relaxes to any word of the text parts. */
  static final int RELAX_BELOW = 10;
  /** In a relaxed search, the strict query's weight: its matches stay above those of single words. */
  static final float STRICT_BOOST = 10f;
  /**
   * In a relaxed search, a word of a part stands alone only if its cost ({@link Vocabulary}) is at least this, that
   * is, if fewer than about a third of the documents have it (100 × ln(N / df) ≥ 100): 推進 or 整備 alone matched
   * most of the whole government's programs for any long name that strictly found too few, scored them all and
   * counted them (13,071 items for カジノ事業者等の監督体制の整備; 10,012 without them). Measured on the judged,
   * concept and held-out queries: the same figures to the third decimal (held-out nDCG@10 0.617 → 0.621); p99
   * latency on the whole government's index 24.5 → 19.3 ms (median of three runs each).
   */
  static final int RELAXED_MIN_COST = 100;
  /** A part of at least this many characters, with hiragana among them, is a sentence ({@link #sentence}). */
  static final int SENTENCE_CHARS = 10;
  /**
   * In a relaxed search of a sentence, the weight of each of its character bigrams in the text (a scoring-only bag:
   * the items that share more of the sentence's characters rank higher; see the class comment).
   */
  static final float BAG_WEIGHT = 4f;
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
  /** The fields a synonym is matched in: its words (as a phrase or scattered), its characters' bigrams (as a phrase). */
  static final List<String> SYNONYM_FIELDS = List.of(Fields.TITLE, Fields.TITLE_BIGRAM, Fields.TEXT, Fields.TEXT_BIGRAM);

  /**
   * A part: an optional minus that excludes it ({@code -}, {@code －} or {@code −} at its start, before a quote or a
   * character other than a minus), then a quote (ASCII or typographic double quotes, or 「…」) or a run of
   * characters up to a space or a quote.
   */
  static final Pattern PART = Pattern.compile("([-－−](?=[\"“”＂「]|[^\\s\\u3000\"“”＂「\\-－−]))?"
      + "(?:[\"“”＂]([^\"“”＂]*)[\"“”＂]?|「([^」]*)」?|([^\\s\\u3000\"“”＂「]+))");

  private final Ministries ministries;
  private final Vocabulary vocabulary;
  private final Synonyms synonyms;
  private final Query sheets;
  /** How many queries' plans {@link #plans} keeps. */
  static final int REMEMBERED = 64;
  private final Map<String, Plans> remembered = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Plans> eldest) {
      return size() > REMEMBERED;
    }
  };

  /**
   * @param ministries to recognise ministry names, aliases and ids in the query (may be empty)
   * @param vocabulary the index's words, to cut parts into
   * @param synonyms what the words of an unquoted part also find (may be empty)
   */
  Queries(Ministries ministries, Vocabulary vocabulary, Synonyms synonyms) {
    this(ministries, vocabulary, synonyms, new FieldExistsQuery(Fields.SHEET_OF));
  }

  /**
   * @param sheets what matches the review sheets, which a search leaves out unless asked for them: a query of
   *     {@code sheet_of}'s doc values, or the same read once by the searcher ({@link Precomputed})
   */
  Queries(Ministries ministries, Vocabulary vocabulary, Synonyms synonyms, Query sheets) {
    this.ministries = ministries;
    this.vocabulary = vocabulary;
    this.synonyms = synonyms;
    this.sheets = sheets;
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

  private static List<String> fieldsByWeight() {
    return WEIGHTS.entrySet().stream()
        .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
  }

  /**
   * A part of the query: words between spaces, or a quoted phrase ({@code "特殊詐欺"}, 「関係人口」), which must
   * match as a phrase; with a minus before it ({@code -国交省}, {@code -"地方創生"}), what it names is excluded.
   */
  record Part(String text, boolean quoted, boolean excluded) {
    Part(String text, boolean quoted) {
      this(text, quoted, false);
    }
  }

  /**
   * What the query says: its text parts, the fiscal years and the ministries it names.
   *
   * @param text the parts matched as text, in order
   * @param years fiscal years named (each a filter)
   * @param ministries ministry ids named, with the word that named each
   * @param excluded the parts with a minus before them, in order
   */
  record Understood(List<Part> text, List<Integer> years, Map<String, String> ministries, List<Part> excluded) {}

  /**
   * The plans of a query.
   *
   * @param strict every text and ministry part must match; null when the query has none (every item matches)
   * @param relaxed the relaxed search (see the class comment); null when there is nothing to relax
   * @param years the fiscal years the query names, each a filter
   * @param excluded what no item may match (see {@link #excluded}); null when the query excludes nothing
   * @param typed the strict plan without the synonyms' spellings, which decides whether the search relaxes (see the
   *     class comment); null when it is the strict plan (no word of the query has synonyms)
   */
  record Plans(Plan strict, Plan relaxed, List<Integer> years, Plan excluded, Plan typed) {
    /**
     * {@code {"strict":…,"relaxed":…,"years":[…]}}, {@code "typed":…} when the query has synonyms and
     * {@code "excluded":…} when it excludes something, as {@code plan-cases.tsv} holds it.
     */
    String json() {
      StringBuilder b = new StringBuilder("{\"strict\":");
      if (strict == null) b.append("null");
      else strict.json(b);
      b.append(",\"relaxed\":");
      if (relaxed == null) b.append("null");
      else relaxed.json(b);
      b.append(",\"years\":").append(years.toString().replace(" ", ""));
      if (typed != null) {
        b.append(",\"typed\":");
        typed.json(b);
      }
      if (excluded != null) {
        b.append(",\"excluded\":");
        excluded.json(b);
      }
      b.append('}');
      return b.toString();
    }
  }

  static List<Part> parse(String query) {
    List<Part> out = new ArrayList<>();
    Matcher m = PART.matcher(query);
    while (m.find()) {
      boolean excluded = m.group(1) != null;
      if (m.group(2) != null || m.group(3) != null) {
        String phrase = m.group(2) != null ? m.group(2) : m.group(3);
        if (!phrase.isBlank()) out.add(new Part(phrase.strip(), true, excluded));
      } else {
        out.add(new Part(m.group(4), false, excluded));
      }
    }
    return out;
  }

  Understood understand(String query) {
    List<Part> text = new ArrayList<>();
    List<Integer> years = new ArrayList<>();
    Map<String, String> named = new LinkedHashMap<>();
    List<Part> excluded = new ArrayList<>();
    for (Part part : parse(query)) {
      if (part.excluded()) {
        excluded.add(part);
        continue;
      }
      if (!part.quoted()) {
        Optional<FiscalYear> year = FiscalYear.parse(part.text());
        if (year.isPresent()) {
          years.add(year.get().year());
          continue;
        }
        Optional<Ministry> ministry = ministries.find(part.text());
        if (ministry.isPresent()) {
          named.putIfAbsent(ministry.get().id(), part.text());
          continue;
        }
      }
      text.add(part);
    }
    return new Understood(text, years, named, excluded);
  }

  /** The texts of the parts of a query that are matched as text (not years nor ministries), quotes removed. */
  List<String> parts(String query) {
    return understand(query).text().stream().map(Part::text).toList();
  }

  /**
   * The strict and relaxed plans of a query. One search asks for them several times (its hits, the relaxed
   * check, its programs' sheets), and cutting the parts into words is most of a query's own work: the plans of
   * the last {@link #REMEMBERED} queries are kept.
   */
  Plans plans(String query) {
    synchronized (remembered) {
      Plans p = remembered.get(query);
      if (p != null) return p;
    }
    Understood u = understand(query);
    Spelled strict = strict(u);
    Plans p = new Plans(strict.full(), relaxed(u, strict.full()), List.copyOf(u.years()), excluded(u),
        strict.full() == strict.typed() ? null : strict.typed());
    synchronized (remembered) {
      remembered.put(query, p);
    }
    return p;
  }

  /**
   * The whole query: the plan (or every item, when it has none) and the filters. Programs' scores are multiplied
   * by {@link #PROGRAM_BOOST} when the hits are collected ({@link TopHits}), not in the query.
   *
   * @param ministryId the request's ministry, resolved to an id (or null)
   * @param relaxed whether to run the relaxed plan (see the class comment)
   */
  Query build(SearchRequest req, String ministryId, boolean relaxed) {
    return build(req, ministryId, relaxed, TermQuery::new);
  }

  /** {@link #build} with each term's query made by {@code terms} ({@link Plan#lucene(Function)}). */
  Query build(SearchRequest req, String ministryId, boolean relaxed, Function<Term, TermQuery> terms) {
    BooleanQuery.Builder b = matching(req, ministryId, relaxed, terms);
    addKindAndSheets(b, req);
    return b.build();
  }

  /**
   * The request as {@link #build} makes it strictly, but with the words as typed (no synonyms' spellings); null when
   * that is the strict query. The search relaxes when fewer than {@link #RELAX_BELOW} items match it.
   */
  Query typed(SearchRequest req, String ministryId, Function<Term, TermQuery> terms) {
    Plans plans = plans(req.query());
    if (plans.typed() == null) return null;
    BooleanQuery.Builder b = matching(req, plans, ministryId, plans.typed(), terms);
    addKindAndSheets(b, req);
    return b.build();
  }

  /**
   * The review sheets of these programs that match the request (its words, years and ministry; not its kind):
   * their years are the programs' matching years.
   */
  Query sheetsOf(SearchRequest req, String ministryId, boolean relaxed, Collection<String> programIds,
      Function<Term, TermQuery> terms) {
    BooleanQuery.Builder b = matching(req, ministryId, relaxed, terms);
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

  private BooleanQuery.Builder matching(SearchRequest req, String ministryId, boolean relaxed,
      Function<Term, TermQuery> terms) {
    Plans plans = plans(req.query());
    Plan plan = relaxed && plans.relaxed() != null ? plans.relaxed() : plans.strict();
    return matching(req, plans, ministryId, plan, terms);
  }

  private BooleanQuery.Builder matching(SearchRequest req, Plans plans, String ministryId, Plan plan,
      Function<Term, TermQuery> terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int y : plans.years()) b.add(IntPoint.newExactQuery(Fields.FISCAL_YEAR, y), Occur.FILTER);
    b.add(plan == null ? new MatchAllDocsQuery() : plan.lucene(terms), Occur.MUST);
    if (plans.excluded() != null) b.add(plans.excluded().lucene(terms), Occur.MUST_NOT);
    if (ministryId != null) b.add(new TermQuery(new Term(Fields.MINISTRY, ministryId)), Occur.FILTER);
    if (req.yearFrom() != null || req.yearTo() != null) {
      int from = req.yearFrom() == null ? FiscalYear.MIN : req.yearFrom();
      int to = req.yearTo() == null ? FiscalYear.MAX : req.yearTo();
      b.add(IntPoint.newRangeQuery(Fields.FISCAL_YEAR, from, to), Occur.FILTER);
    }
    return b;
  }

  /**
   * What the parts with a minus exclude: a ministry's name or id its items ({@code 道路 -国交省}: no item of 国土交通省,
   * items that only mention it stay), any other part the items that have it as a phrase, as a quoted part matches
   * ({@code -推進}: no item with 推進, whatever its other spellings); null when nothing is excluded. Exclusions hold
   * for the strict and the relaxed search alike, and for the years of a program's sheets.
   */
  private Plan excluded(Understood u) {
    List<Plan> out = new ArrayList<>();
    for (Part part : u.excluded()) {
      Optional<Ministry> ministry = part.quoted() ? Optional.empty() : ministries.find(part.text());
      Plan p = ministry.isPresent() ? new Plan.Const(Fields.MINISTRY, ministry.get().id(), 0f) : part(part.text(), true);
      if (p != null) out.add(p);
    }
    return out.isEmpty() ? null : out.size() == 1 ? out.get(0) : new Plan.Any(out);
  }

  /**
   * A plan with its synonyms' spellings ({@code full}) and without them ({@code typed}): the same object when no
   * word of it has synonyms.
   */
  private record Spelled(Plan full, Plan typed) {}

  /** Every text and ministry part, with and without the synonyms' spellings; plans null when there is none. */
  private Spelled strict(Understood u) {
    List<Plan> must = new ArrayList<>();
    List<Plan> typed = new ArrayList<>();
    boolean expanded = false;
    for (Part part : u.text()) {
      Spelled p = spelled(part.text(), part.quoted());
      if (p.full() == null) continue;
      must.add(p.full());
      if (p.typed() != null) typed.add(p.typed());
      expanded |= p.full() != p.typed();
    }
    for (Map.Entry<String, String> m : u.ministries().entrySet()) {
      Spelled p = ministryPart(m.getKey(), m.getValue());
      must.add(p.full());
      typed.add(p.typed());
      expanded |= p.full() != p.typed();
    }
    Plan full = must.isEmpty() ? null : must.size() == 1 ? must.get(0) : new Plan.All(must);
    if (!expanded) return new Spelled(full, full);
    return new Spelled(full, typed.isEmpty() ? null : typed.size() == 1 ? typed.get(0) : new Plan.All(typed));
  }

  /**
   * Any unquoted text part or any of its words (at least one; a part without kanji is not cut into words: じさつ
   * is no じ + さつ), quoted parts as phrases (all of them), ministries, the kanji of the query in titles, and the
   * strict plan on top; null when there is nothing optional.
   */
  private Plan relaxed(Understood u, Plan strict) {
    List<Plan> must = new ArrayList<>();
    List<Plan> anyWord = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> kanji = new LinkedHashSet<>();
    Set<String> bag = new LinkedHashSet<>();
    for (Part part : u.text()) {
      if (part.quoted()) {
        Plan q = part(part.text(), true);
        if (q != null) must.add(q);
        continue;
      }
      String s = QueryText.normalise(part.text());
      List<String> alternatives = new ArrayList<>();
      alternatives.add(part.text());
      // a phrase trigger is read for its meaning: its targets, not its own words (子どもができない: 不妊, not こども)
      StringBuilder rest = new StringBuilder(s);
      for (int[] t : synonyms.triggers(s, QueryTerms.words(s, vocabulary))) {
        String trigger = s.substring(t[0], t[1]);
        if (!phrase(trigger)) continue;
        for (int i = t[0]; i < t[1]; i++) rest.setCharAt(i, ' ');
        if (!seen.add("\u0000" + trigger)) continue;
        List<Plan> meanings = new ArrayList<>();
        for (String target : synonyms.targets(trigger)) {
          Plan q = synonym(target);
          if (q != null) meanings.add(q);
        }
        if (!meanings.isEmpty()) anyWord.add(meanings.size() == 1 ? meanings.get(0) : new Plan.Max(0f, meanings));
      }
      if (QueryTerms.hasHan(s)) {
        // words of the index, of two characters or more: 中 of 地中化 (in every other title) is left to the kanji
        // below, and the かき of 雪かき is no word (as a word it would be read as 夏期)
        alternatives.addAll(telling(QueryTerms.words(rest.toString(), vocabulary)));
      }
      for (String a : alternatives) {
        if (!seen.add(QueryText.normalise(a))) continue;
        Plan q = part(a, false);
        if (q != null) anyWord.add(q);
      }
      kanji.addAll(QueryTerms.kanji(rest.toString()));
      if (sentence(s)) bag.addAll(bagOf(s));
    }
    for (Map.Entry<String, String> m : u.ministries().entrySet()) anyWord.add(ministryPart(m.getKey(), m.getValue()).full());
    for (String han : kanji) anyWord.add(new Plan.Term(Fields.TITLE_UNIGRAM, han, UNIGRAM_WEIGHT));
    if (anyWord.isEmpty()) return null;
    must.add(anyWord.size() == 1 ? anyWord.get(0) : new Plan.Any(anyWord));
    List<Plan> should = new ArrayList<>();
    if (strict != null) should.add(strict.boosted(STRICT_BOOST));
    if (!bag.isEmpty()) {
      List<Plan> grams = new ArrayList<>();
      for (String g : bag) grams.add(new Plan.Term(Fields.TEXT_BIGRAM, g, BAG_WEIGHT));
      should.add(grams.size() == 1 ? grams.get(0) : new Plan.Any(grams));
    }
    return new Plan.Bool(must, should);
  }

  /**
   * Whether a part is a sentence, whose relaxed search also scores its bag of bigrams: at least
   * {@link #SENTENCE_CHARS} characters, with hiragana (particles, verb endings) among them.
   */
  static boolean sentence(String s) {
    if (s.length() < SENTENCE_CHARS) return false;
    for (int i = 0; i < s.length(); i++) if (QueryText.isHiragana(s.charAt(i))) return true;
    return false;
  }

  /** A sentence's character bigrams ({@link QueryTerms#grams}) with a kanji or katakana: not its particles' (のた, ない). */
  static List<String> bagOf(String s) {
    List<String> out = new ArrayList<>();
    for (String g : QueryTerms.grams(s)) {
      if (g.length() == 2 && (bagChar(g.charAt(0)) || bagChar(g.charAt(1)))) out.add(g);
    }
    return out;
  }

  /** A character that makes a bigram worth a sentence's bag: a kanji or katakana (search.js's {@code bagChar}). */
  private static boolean bagChar(char c) {
    return QueryText.isHan(c) || QueryText.isKatakana(c);
  }

  /**
   * The words of a part that may stand alone in a relaxed search: words of the index of two characters or more,
   * and of those the telling ones, unless no word is: rarer than {@link #RELAXED_MIN_COST} (推進, 整備, 事業 alone say
   * nothing of a long name) and not a suffix, a word only of hiragana glued to the word before it (づくり of
   * 硬貨づくり and さん of 大工さん alone find まちづくり and every さん; いじめ of 学校でいじめられている, after a
   * particle, stands alone).
   */
  private List<String> telling(QueryTerms.Words cut) {
    List<String> known = new ArrayList<>();
    List<String> rare = new ArrayList<>();
    for (int k = 0; k < cut.words().size(); k++) {
      String w = cut.words().get(k);
      if (w.length() < 2 || vocabulary.cost(w) < 0) continue;
      known.add(w);
      boolean suffix = cut.glued().get(k) && w.chars().allMatch(c -> QueryText.isHiragana((char) c));
      if (vocabulary.cost(w) >= RELAXED_MIN_COST && !suffix) rare.add(w);
    }
    return rare.isEmpty() ? known : rare;
  }

  /**
   * Whether a trigger is a phrase: the index's words do not cover it (a particle, a run the vocabulary does not
   * know: 子どもができない, 目の見えない, お巡りさん) or cover it only character by character (泥棒, 田舎: no sheet has
   * the word, so its kanji would find 泥 and 舎 elsewhere), unlike a compound of words (天気予報).
   */
  private boolean phrase(String trigger) {
    QueryTerms.Words w = QueryTerms.words(trigger, vocabulary);
    if (!w.complete() || !w.dropped().isEmpty()) return true;
    // a word the index knows only as its characters (泥棒 as 泥 棒, 漁師, 献金): its kanji alone say nothing of it
    if (trigger.length() < 2) return false;
    for (String word : w.words()) if (word.length() > 1) return false;
    return true;
  }

  /** Being of the ministry (a constant far above text scores), or the word in the text. */
  private Spelled ministryPart(String id, String word) {
    Plan of = new Plan.Const(Fields.MINISTRY, id, MINISTRY_SCORE);
    Spelled says = spelled(word, false);
    if (says.full() == null) return new Spelled(of, of);
    Plan full = new Plan.Max(0f, List.of(of, says.full()));
    if (says.full() == says.typed()) return new Spelled(full, full);
    return new Spelled(full, says.typed() == null ? of : new Plan.Max(0f, List.of(of, says.typed())));
  }

  /**
   * One part against every field, or null when it has no term (only particles, say).
   *
   * @param quoted whether only the phrase counts (not its words scattered, nor other spellings)
   */
  Plan part(String part, boolean quoted) {
    return spelled(part, quoted).full();
  }

  /** {@link #part}, and the same without the synonyms' spellings (the same object when it has none). */
  private Spelled spelled(String part, boolean quoted) {
    if (quoted) {
      Plan q = spelling(part, true);
      return new Spelled(q, q);
    }
    List<Plan> spellings = new ArrayList<>();
    for (String v : variants(part)) {
      Plan q = spelling(v, false);
      if (q != null) spellings.add(q);
    }
    Plan typed = anyOf(spellings);
    int asTyped = spellings.size();
    String s = QueryText.normalise(part);
    for (String e : synonyms.expand(s, QueryTerms.words(s, vocabulary))) {
      Plan q = synonym(e);
      if (q != null) spellings.add(q);
    }
    return spellings.size() == asTyped ? new Spelled(typed, typed) : new Spelled(anyOf(spellings), typed);
  }

  /** The best of some spellings: null for none, the one, or their max. */
  private static Plan anyOf(List<Plan> spellings) {
    if (spellings.size() <= 1) return spellings.isEmpty() ? null : spellings.get(0);
    return new Plan.Max(0f, spellings);
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

  private Plan spelling(String part, boolean quoted) {
    String s = QueryText.normalise(part);
    boolean han = QueryTerms.hasHan(s);
    QueryTerms.Words words = QueryTerms.words(s, vocabulary);
    List<Plan> alternatives = new ArrayList<>();
    for (String field : FIELDS) {
      float w = WEIGHTS.get(field);
      switch (Fields.analyzerOf(field)) {
        case READING -> {
          if (!han) phrase(alternatives, field, QueryTerms.readings(s), w);
        }
        case BIGRAM -> phrase(alternatives, field, QueryTerms.grams(s), w);
        default -> {
          if (words.words().isEmpty() || !han && !words.complete()) continue;
          phrase(alternatives, field, words.words(), w);
          if (quoted || !han || words.words().size() < 2) continue;
          List<Plan> all = new ArrayList<>();
          for (String t : words.words()) all.add(new Plan.Term(field, t, w * SCATTERED));
          alternatives.add(new Plan.All(all));
        }
      }
    }
    if (alternatives.isEmpty()) return null;
    Plan best = alternatives.size() == 1 ? alternatives.get(0) : new Plan.Max(TIE, alternatives);
    String key = QueryTerms.readingKey(s);
    if (han || key.isEmpty()) return best;
    // a part without kanji read as whole words of a title: a bonus on top, the same for every title that has them
    return new Plan.Bool(List.of(best), List.of(new Plan.Const(Fields.TITLE_READING_WORDS, key, READING_WORDS_BONUS)));
  }

  /**
   * An expanded spelling ({@link Synonyms#expand}) or a target: its words that the index has ({@link Synonyms#known})
   * as a phrase or scattered in the word fields of {@link #SYNONYM_FIELDS}, and its character bigrams as a phrase in
   * the bigram ones (inside a compound the index keeps whole: 不妊 in 不妊症, 聴覚障害 in 視聴覚障害者), not by sound,
   * at {@link Synonyms#WEIGHT}; null when it has no such word.
   */
  private Plan synonym(String text) {
    String s = QueryText.normalise(text);
    List<String> words = Synonyms.known(QueryTerms.words(s, vocabulary).words(), vocabulary);
    if (words.isEmpty()) return null;
    List<Plan> alternatives = new ArrayList<>();
    for (String field : SYNONYM_FIELDS) {
      float w = WEIGHTS.get(field) * Synonyms.WEIGHT;
      if (Fields.analyzerOf(field) == Fields.Analysis.BIGRAM) {
        phrase(alternatives, field, QueryTerms.grams(s), w);
        continue;
      }
      phrase(alternatives, field, words, w);
      if (words.size() < 2) continue;
      List<Plan> all = new ArrayList<>();
      for (String t : words) all.add(new Plan.Term(field, t, w * SCATTERED));
      alternatives.add(new Plan.All(all));
    }
    return alternatives.size() == 1 ? alternatives.get(0) : new Plan.Max(TIE, alternatives);
  }

  /** The terms as a phrase of a field: the one term, or every pair of neighbours in the field's pairs. */
  private static void phrase(List<Plan> out, String field, List<String> terms, float weight) {
    if (terms.isEmpty()) return;
    if (terms.size() == 1) {
      out.add(new Plan.Term(field, terms.get(0), weight));
      return;
    }
    List<Plan> pairs = new ArrayList<>();
    for (String p : QueryTerms.pairs(terms)) pairs.add(new Plan.Term(Fields.pairOf(field), p, weight));
    out.add(pairs.size() == 1 ? pairs.get(0) : new Plan.All(pairs));
  }

  private void addKindAndSheets(BooleanQuery.Builder b, SearchRequest req) {
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
    if (!req.includeSheets() && !documentKind) b.add(sheets, Occur.MUST_NOT);
  }

  /**
   * The terms to mark in a snippet, by field: the words of the query ({@code text}) and its character bigrams
   * ({@code text_bigram}, for parts the words miss).
   */
  Map<String, Set<String>> highlightTerms(String query) {
    Set<String> words = new LinkedHashSet<>();
    Set<String> bigrams = new LinkedHashSet<>();
    for (String part : parts(query)) {
      String s = QueryText.normalise(part);
      words.addAll(QueryTerms.words(s, vocabulary).words());
      bigrams.addAll(QueryTerms.grams(s));
    }
    return Map.of(Fields.TEXT, words, Fields.TEXT_BIGRAM, bigrams);
  }
}
