package org.seisaku.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

/**
 * The schema of the index: one Lucene document per program ({@code type=program}) and per document
 * ({@code type=document}).
 *
 * <pre>
 *   field            program                          document                     kind
 *   type             program                          document                     StringField, SortedDocValues
 *   id               program id                       slug                         StringField, stored
 *   title            current name, then older names   title                        text, stored
 *   title_reading    ditto                            ditto                        reading bigrams
 *   title_reading_words ditto                         ditto                        readings of 1–3 whole words
 *   title_bigram     ditto                            ditto                        CJK bigrams
 *   title_unigram    ditto                            ditto                        single kanji
 *   *_pair           for title, title_reading, title_bigram, text, text_bigram, ministry_names: neighbouring
 *                    terms of that field's chain joined by a space ("協力 隊", "チイ イキ"), for phrases
 *   text             its sheets' text (事業目的, 概要…)  body (Markdown as text)      text, stored (no term vectors)
 *   text_bigram      ditto                            ditto                        CJK bigrams
 *   ministry         ministry id                      ministry id                  StringField, stored, SortedSetDocValues
 *   ministry_names   name and aliases                 name and aliases             text
 *   fiscal_year      years of its sheets and figures  its fiscal year              IntPoint, stored, SortedNumericDocValues
 *                    (requests included, as in the browser index)
 *   budget_kind      initial, supplementary …         —                            StringField, SortedSetDocValues
 *   doc_kind         —                                概要, レビューシート …          StringField, stored, SortedSetDocValues
 *   programs         —                                program ids it belongs to    StringField, stored, SortedSetDocValues
 *   sheet_of         —                                program id, if a sheet's text StringField, stored, SortedSetDocValues
 * </pre>
 *
 * <p>Phrases are matched as their neighbouring pairs of terms ({@link QueryTerms#pairs}), never with positions:
 * both the Lucene search and the browser evaluate a phrase as single terms of the {@code *_pair} fields. The
 * pairs skip stop words (地域おこし協力隊の推進 gives "隊 推進"), as the words' positions did before.
 *
 * <p>Readings are indexed for titles only: kana queries look for names, and a reading of every body would cost
 * a second Kuromoji pass over all text (a third of the indexing time) and slow phrase matching of common
 * reading bigrams (チイ, イキ …) over long texts.
 *
 * <p>Filters are {@code StringField} terms and {@code IntPoint} ranges; facets can count the doc values
 * (the Lucene facets module is not needed). A review sheet's text is both a document and part of its
 * program's {@code text}: searches return the program (the unit) and leave sheets out unless asked for.
 */
public final class Fields {
  public static final String TYPE = "type";
  public static final String ID = "id";
  public static final String TITLE = "title";
  public static final String TITLE_READING = "title_reading";
  public static final String TITLE_READING_WORDS = "title_reading_words";
  public static final String TITLE_BIGRAM = "title_bigram";
  public static final String TITLE_UNIGRAM = "title_unigram";
  public static final String TEXT = "text";
  public static final String TEXT_BIGRAM = "text_bigram";
  public static final String MINISTRY = "ministry";
  public static final String MINISTRY_NAMES = "ministry_names";
  public static final String FISCAL_YEAR = "fiscal_year";
  public static final String BUDGET_KIND = "budget_kind";
  public static final String DOC_KIND = "doc_kind";
  public static final String PROGRAMS = "programs";
  public static final String SHEET_OF = "sheet_of";
  /**
   * Stored only, on a program that shares its ministry and name with another ({@link
   * org.seisaku.model.Program#namesakes}): its 事業番号, which the CLI, the API and the browser show to tell them apart.
   */
  public static final String NUMBER = "number";
  /** The suffix of a field of neighbouring pairs of another field's terms ({@link #pairOf}). */
  public static final String PAIR = "_pair";
  /** The fields of Kuromoji's words, whose terms make the {@link Vocabulary} that queries are cut by. */
  public static final List<String> WORD_FIELDS = List.of(TITLE, TEXT, MINISTRY_NAMES);

  public static final String TYPE_PROGRAM = "program";
  public static final String TYPE_DOCUMENT = "document";

  /** Written into the commit's user data; a reader refuses an index of another version. */
  public static final String SCHEMA_KEY = "seisaku.schema";
  public static final String SCHEMA_VERSION = "5";
  /**
   * Also in the commit's user data: the ministries of the build (JSON), so that a searcher resolves names and
   * aliases (厚労省, 国交省) in queries and filters without reading the sources again.
   */
  public static final String MINISTRIES_KEY = "seisaku.ministries";
  /** Also in the commit's user data: the build id, the same as in the site's and the index's {@code .seisaku-output}. */
  public static final String BUILD_KEY = "seisaku.build";
  /** Also in the commit's user data: the query-time synonym table ({@link Synonyms#json}), absent when empty. */
  public static final String SYNONYMS_KEY = "seisaku.synonyms";
  /**
   * Also in the commit's user data: the credits of the dictionaries the synonym table has triggers from
   * ({@link Synonyms#credits}), one a line; absent when none (the site's own list asks for no credit).
   */
  public static final String SYNONYM_CREDITS_KEY = "seisaku.synonym-credits";
  /**
   * Also in the commit's user data: the parts the index was merged from, in order, one a line, each its name (a
   * folder of {@code .parts/}) and its number of documents ({@code name maxDoc}); what the browser index's export
   * compares with the published index's to find the terms an edit changed.
   */
  public static final String PARTS_KEY = "seisaku.parts";

  private static final ObjectMapper JSON = new ObjectMapper();

  static String ministriesJson(List<Ministry> ministries) {
    try {
      return JSON.writeValueAsString(ministries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ministries kept in an index's commit data (none if absent). */
  public static Ministries ministriesOf(String json) throws IOException {
    if (json == null) return new Ministries(List.of());
    return new Ministries(JSON.readValue(json, new TypeReference<List<Ministry>>() {}));
  }

  /** Which analysis chain of {@link JapaneseAnalysis} a field uses. */
  public enum Analysis { TEXT, READING, READING_WORDS, BIGRAM, UNIGRAM }

  private Fields() {}

  /** The field of neighbouring pairs of {@code field}'s terms: title → title_pair. */
  public static String pairOf(String field) {
    return field + PAIR;
  }

  /** Whether a field holds pairs of another field's terms. */
  public static boolean isPair(String field) {
    return field.endsWith(PAIR);
  }

  /**
   * By suffix: {@code *_reading} → reading, {@code *_reading_words} → reading words, {@code *_bigram} → bigram,
   * {@code *_unigram} → unigram, anything else → text; a {@code *_pair} field has the chain of the field it pairs.
   */
  public static Analysis analyzerOf(String field) {
    if (isPair(field)) field = field.substring(0, field.length() - PAIR.length());
    if (field.endsWith("_reading")) return Analysis.READING;
    if (field.endsWith("_reading_words")) return Analysis.READING_WORDS;
    if (field.endsWith("_bigram")) return Analysis.BIGRAM;
    if (field.endsWith("_unigram")) return Analysis.UNIGRAM;
    return Analysis.TEXT;
  }
}
