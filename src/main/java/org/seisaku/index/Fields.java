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
 *   text             its sheets' text (事業目的, 概要…)  body (Markdown as text)      text, stored, term vectors with offsets
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

  public static final String TYPE_PROGRAM = "program";
  public static final String TYPE_DOCUMENT = "document";

  /** Written into the commit's user data; a reader refuses an index of another version. */
  public static final String SCHEMA_KEY = "seisaku.schema";
  public static final String SCHEMA_VERSION = "4";
  /**
   * Also in the commit's user data: the ministries of the build (JSON), so that a searcher resolves names and
   * aliases (厚労省, 国交省) in queries and filters without reading the sources again.
   */
  public static final String MINISTRIES_KEY = "seisaku.ministries";

  private static final ObjectMapper JSON = new ObjectMapper();

  static String ministriesJson(List<Ministry> ministries) {
    try {
      return JSON.writeValueAsString(ministries);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Ministries ministriesOf(String json) throws IOException {
    if (json == null) return new Ministries(List.of());
    return new Ministries(JSON.readValue(json, new TypeReference<List<Ministry>>() {}));
  }

  /** Which analysis chain of {@link JapaneseAnalysis} a field uses. */
  public enum Analysis { TEXT, READING, READING_WORDS, BIGRAM, UNIGRAM }

  private Fields() {}

  /** By suffix: {@code *_reading} → reading, {@code *_reading_words} → reading words, {@code *_bigram} → bigram, anything else → text. */
  public static Analysis analyzerOf(String field) {
    if (field.endsWith("_reading")) return Analysis.READING;
    if (field.endsWith("_reading_words")) return Analysis.READING_WORDS;
    if (field.endsWith("_bigram")) return Analysis.BIGRAM;
    if (field.endsWith("_unigram")) return Analysis.UNIGRAM;
    return Analysis.TEXT;
  }
}
