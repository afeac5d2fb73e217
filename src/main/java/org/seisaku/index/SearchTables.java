package org.seisaku.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.seisaku.diag.Limits;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.SiteUrls;

/**
 * The rules of {@link Queries} as data, for the browser search: {@code search.StaticIndex} writes them into the
 * static index and {@code site-templates/assets/search.js} runs the same algorithm on them. Nothing here is
 * copied by hand into JavaScript: a weight, a variant or an era changed here changes both searches.
 *
 * <pre>
 *   fields        the fields a part is matched in, heaviest first: [{name, weight, analysis: text|reading|bigram}]
 *   pair, unigram, readingWords, ministry, type   field names the plan uses
 *   tie, scattered, readingWordsBonus, ministryScore, relaxBelow, relaxedMinCost, strictBoost, unigramWeight, programBoost
 *   sentenceChars, bagWeight, bagField   a sentence's bag of bigrams in the relaxed search ({@link Queries#sentence})
 *   k1, b         BM25's parameters (Lucene's defaults, which the index uses)
 *   unknown, unknownKana, word, stopWords, normalise   how a part is cut ({@link QueryTerms}) and normalised ({@link QueryText#table})
 *   variants      spelling variants ({@link Queries#VARIANTS})
 *   synonymWeight, synonymChars, synonymMax, synonymFields   an expanded spelling's weight, the longest trigger,
 *                 the most spellings of a part, the fields ({@link Synonyms}; the table is in the static index's
 *                 y/ shards)
 *   eras          [{name, initial, first}] ({@link FiscalYear#eras}), yearMin, yearMax
 *   budgetKinds   [{id, label, names}] in their order ({@link BudgetKind#names})
 *   urls          {program, document}: a hit's URL with {id} for its id ({@link SiteUrls})
 *   queryChars, queryWords   the longest query ({@link Limits#QUERY_CHARS}, {@link Limits#QUERY_WORDS})
 * </pre>
 */
public final class SearchTables {
  private SearchTables() {}

  public static Map<String, Object> of() {
    Map<String, Object> t = new LinkedHashMap<>();
    List<Map<String, Object>> fields = new ArrayList<>();
    for (String f : Queries.FIELDS) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", f);
      m.put("weight", Queries.WEIGHTS.get(f));
      m.put("analysis", switch (Fields.analyzerOf(f)) {
        case READING -> "reading";
        case BIGRAM -> "bigram";
        default -> "text";
      });
      fields.add(m);
    }
    t.put("fields", fields);
    t.put("pair", Fields.PAIR);
    t.put("unigram", Fields.TITLE_UNIGRAM);
    t.put("readingWords", Fields.TITLE_READING_WORDS);
    t.put("ministry", Fields.MINISTRY);
    t.put("tie", Queries.TIE);
    t.put("scattered", Queries.SCATTERED);
    t.put("readingWordsBonus", Queries.READING_WORDS_BONUS);
    t.put("ministryScore", Queries.MINISTRY_SCORE);
    t.put("relaxBelow", Queries.RELAX_BELOW);
    t.put("relaxedMinCost", Queries.RELAXED_MIN_COST);
    t.put("strictBoost", Queries.STRICT_BOOST);
    t.put("unigramWeight", Queries.UNIGRAM_WEIGHT);
    t.put("sentenceChars", Queries.SENTENCE_CHARS);
    t.put("bagWeight", Queries.BAG_WEIGHT);
    t.put("bagField", Fields.TEXT_BIGRAM);
    t.put("programBoost", Queries.PROGRAM_BOOST);
    t.put("k1", 1.2f);
    t.put("b", 0.75f);
    t.put("unknown", QueryTerms.UNKNOWN);
    t.put("unknownKana", QueryTerms.UNKNOWN_KANA);
    t.put("word", QueryTerms.WORD);
    t.put("stopWords", List.copyOf(QueryTerms.STOP_WORDS));
    t.put("normalise", QueryText.table());
    t.put("variants", Queries.VARIANTS);
    t.put("synonymWeight", Synonyms.WEIGHT);
    t.put("synonymChars", Synonyms.MAX_TRIGGER_CHARS);
    t.put("synonymMax", Synonyms.MAX_EXPANSIONS);
    t.put("synonymFields", Queries.SYNONYM_FIELDS);
    List<Map<String, Object>> eras = new ArrayList<>();
    for (FiscalYear.EraName e : FiscalYear.eras()) {
      eras.add(ordered("name", e.name(), "initial", String.valueOf(e.initial()), "first", e.first()));
    }
    t.put("eras", eras);
    t.put("yearMin", FiscalYear.MIN);
    t.put("yearMax", FiscalYear.MAX);
    List<Map<String, Object>> kinds = new ArrayList<>();
    for (BudgetKind k : BudgetKind.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", k.json());
      m.put("label", k.label());
      m.put("names", k.names());
      kinds.add(m);
    }
    t.put("budgetKinds", kinds);
    t.put("queryChars", Limits.QUERY_CHARS);
    t.put("queryWords", Limits.QUERY_WORDS);
    t.put("urls", ordered("program", pattern(SiteUrls.program(PLACEHOLDER)), "document", pattern(SiteUrls.document(PLACEHOLDER))));
    return t;
  }

  private static final String PLACEHOLDER = "placeholder-id";

  /** A URL of {@link SiteUrls} with {@code {id}} where the id goes. */
  private static String pattern(String url) {
    return url.replace(PLACEHOLDER, "{id}");
  }

  /** A map in the order given (keys and values alternating): JSON written from it is the same every run. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    return m;
  }
}
