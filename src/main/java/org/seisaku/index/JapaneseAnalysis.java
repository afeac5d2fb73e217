package org.seisaku.index;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The Japanese analysis chains of the index, in one place, each built once and shared (analyzers are
 * thread-safe and reuse their components per thread). Index and query go through the same analyzer of a field:
 * {@link #perField()} picks it by the field's suffix ({@link Fields}). How a query uses the fields (phrases,
 * weights, years, ministries, the relaxed search) is described in {@link Queries}; the evaluation that chose
 * between the alternatives is {@code SearchEvaluationTest} (figures in BENCHMARKS.md, "Search quality").
 *
 * <h2>text — words ({@code title}, {@code text}, {@code ministry_names})</h2>
 *
 * <pre>
 *   CJKWidthCharFilter             ＡＥＤ → AED, ｱｲｼｰ → アイシー (before the tokenizer, so Kuromoji sees folded text)
 *   JapaneseIterationMarkCharFilter 時々 → 時時, こゝろ → こころ
 *   JapaneseTokenizer (SEARCH)     compounds yield their parts; punctuation discarded
 *   JapaneseBaseFormFilter         verbs and adjectives to their base form: 要し → 要する
 *   JapanesePartOfSpeechStopFilter particles, auxiliaries, symbols (JapaneseAnalyzer's stop tags)
 *   CJKWidthFilter                 folds what the dictionary's forms bring back
 *   StopFilter                     JapaneseAnalyzer's stop words (これ, する, ある …)
 *   JapaneseKatakanaStemFilter     コンピューター → コンピュータ (long words lose a final ー)
 *   LowerCaseFilter                ICT → ict
 * </pre>
 *
 * <p>Examples (token / token …):
 *
 * <pre>
 *   地域情報通信基盤整備推進交付金      → 地域 / 情報 / 通信 / 基盤 / 整備 / 推進 / 交付 / 金
 *   地域おこし協力隊の推進に要する経費  → 地域おこし / 協力 / 隊 / 推進 / 要する / 経費
 *   ＩＣＴ利活用, ICT利活用, ｉｃｔ利活用 → ict / 利 / 活用
 *   95.7億円                        → 95 / 7 / 億 / 円
 * </pre>
 *
 * <p>Numbers are kept as written, never normalised with {@code JapaneseNumberFilter}: the tokenizer
 * discards the decimal point, so the filter sees 95, 7, 億 and joins them into 95700000000 — 957億円, ten times
 * 95.7億円 (its own Javadoc warns: "15,7 becomes 157"; {@code JapaneseAnalysisTest} shows it). Keeping
 * punctuation ({@code discardPunctuation=false}) would let it read 95.7億 right, but then every 、 and 。 is a token
 * and phrases across them stop matching. A search for 95.7億円 analyses the same way as the text and so still
 * finds it as a phrase (95 / 7 / 億 / 円); the {@code bigram} chain keeps 95.7 whole. What the index cannot do is
 * equate different spellings of one amount (95.7億円 = 9,570百万円): amounts are compared in the model
 * ({@code Amount}), not in the search.
 *
 * <h2>reading — katakana readings ({@code *_reading})</h2>
 *
 * <pre>
 *   CJKWidthCharFilter, JapaneseIterationMarkCharFilter
 *   JapaneseTokenizer (NORMAL)     whole words read best
 *   JapaneseReadingFormFilter      地域 → チイキ, おこし → オコシ; unknown words keep their surface
 *   KanaFilter                     remaining hiragana → katakana; kana tokens typed as katakana
 *   CJKBigramFilter (katakana)     bigrams across adjacent tokens: the readings join into one string
 *   LowerCaseFilter
 * </pre>
 *
 * <p>Because bigrams run across token boundaries, the segmentation of the input does not matter: the query
 * ちいきおこし (which Kuromoji cuts as ち/いき/おこし) and the name 地域おこし (地域/おこし) both give
 * チイ / イキ / キオ / オコ / コシ, so a phrase of reading bigrams finds 地域おこし協力隊 from a kana query.
 *
 * <p>Bigrams across words also match where no word is: 管理等 reads カンリトウ, which holds リトウ (離島). So
 * the whole-word readings are indexed too:
 *
 * <h2>reading words — readings of whole words ({@code *_reading_words})</h2>
 *
 * <pre>
 *   CJKWidthCharFilter, JapaneseIterationMarkCharFilter
 *   JapaneseTokenizer (NORMAL) → JapaneseReadingFormFilter → KanaFilter
 *   ShingleFilter (1–3 words, no separator) → LowerCaseFilter
 *   離島振興事業         → リトウ / リトウシンコウ / リトウシンコウジギョウ / シンコウ / シンコウジギョウ / ジギョウ
 *   公的賃貸住宅の管理等  → … / カンリ / カンリトウ / トウ      (no リトウ)
 *   消防団             → ショウボウ / ショウボウダン / ダン
 * </pre>
 *
 * <p>A kana query is one term of it ({@link #readingKey}: りとう → リトウ, ｼｮｳﾎﾞｳﾀﾞﾝ → ショウボウダン), which
 * {@link Queries} adds as a bonus to the bigram match: titles where the reading is whole words come first.
 *
 * <h2>bigram — characters ({@code *_bigram})</h2>
 *
 * <pre>
 *   CJKWidthCharFilter, JapaneseIterationMarkCharFilter → StandardTokenizer
 *   → CJKBigramFilter (han, hiragana, katakana) → LowerCaseFilter
 *   地域情報通信基盤 → 地域 / 域情 / 情報 / 報通 / 通信 / 信基 / 基盤
 *   95.7億円        → 95.7 / 億円
 * </pre>
 *
 * <p>It finds words the dictionary does not know and parts of compounds that Kuromoji cuts elsewhere
 * (「信基」 is no word, but 「報通信」 as a phrase of bigrams matches), weighted below whole words.
 *
 * <h2>pairs — neighbouring terms ({@code *_pair})</h2>
 *
 * <pre>
 *   the chain of the paired field (text, reading or bigram), stop-word gaps closed,
 *   ShingleFilter (two terms, joined by a space, no single terms)
 *   地域おこし協力隊の推進  (title_pair)        → 地域おこし 協力 / 協力 隊 / 隊 推進
 *   地域情報           (title_bigram_pair) → 地域 域情 / 域情 情報
 * </pre>
 *
 * <p>A phrase is matched as the pairs of its neighbouring terms ({@link Queries}): single terms, which the
 * browser's static index holds as well, instead of positions.
 *
 * <h2>unigram — single kanji ({@code title_unigram})</h2>
 *
 * <pre>
 *   CJKWidthCharFilter, JapaneseIterationMarkCharFilter → StandardTokenizer (a Han character is a token)
 *   → TypeTokenFilter (ideographs only: kana, Latin and digits dropped)
 *   雪かき      → 雪
 *   食べ残し 減らす → 食 / 残 / 減
 *   道路事業（補助・除雪） → 道 / 路 / 事 / 業 / 補 / 助 / 除 / 雪
 * </pre>
 *
 * <p>Titles only, and queried only by the relaxed search ({@link Queries}), when the words of a query find
 * (almost) nothing: everyday words share kanji with the official ones (雪かき / 除雪, 食べ残し 減らす /
 * 食品ロスの削減). This is what StandardAnalyzer does for all text; as the first resort it ranks far worse
 * than words (the evaluation's baseline), as the last it recovers paraphrases no word matches.
 */
public final class JapaneseAnalysis {
  /** Gap between the values of a multi-valued field, so that a phrase never spans two names. */
  static final int POSITION_GAP = 100;

  private static final Analyzer TEXT =
      new Chain(() -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH), JapaneseAnalysis::textFilters);
  private static final Analyzer READING =
      new Chain(() -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL), JapaneseAnalysis::readingFilters);
  private static final Analyzer READING_WORDS =
      new Chain(() -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL), JapaneseAnalysis::readingWordFilters);
  private static final Analyzer BIGRAM = new Chain(StandardTokenizer::new, JapaneseAnalysis::bigramFilters);
  private static final Analyzer UNIGRAM = new Chain(StandardTokenizer::new, JapaneseAnalysis::unigramFilters);
  private static final Analyzer TEXT_PAIRS = new Chain(() -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH),
      t -> pairs(textFilters(t)));
  private static final Analyzer READING_PAIRS = new Chain(() -> new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL),
      t -> pairs(readingFilters(t)));
  private static final Analyzer BIGRAM_PAIRS = new Chain(StandardTokenizer::new, t -> pairs(bigramFilters(t)));
  private static final Analyzer PER_FIELD = new PerFieldAnalyzer();

  private JapaneseAnalysis() {}

  /** Words: Kuromoji search mode, base forms, stop words, width and case folded. */
  public static Analyzer text() {
    return TEXT;
  }

  /** Katakana reading bigrams, for kana queries. */
  public static Analyzer reading() {
    return READING;
  }

  /** Katakana readings of whole words and of runs of two or three words, for kana queries. */
  public static Analyzer readingWords() {
    return READING_WORDS;
  }

  /**
   * A kana query as one term of {@link #readingWords()}: NFKC (ｼｮｳﾎﾞｳﾀﾞﾝ → ショウボウダン), hiragana to katakana,
   * lower case.
   */
  public static String readingKey(String kana) {
    return toKatakana(Normalizer.normalize(kana, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
  }

  /** CJK character bigrams, for unknown words and partial compounds. */
  public static Analyzer bigram() {
    return BIGRAM;
  }

  /** Single kanji, for the last resort of a relaxed search (雪かき → 雪 → 除雪). */
  public static Analyzer unigram() {
    return UNIGRAM;
  }

  /** The analyzer of every field, chosen by {@link Fields#analyzerOf(String)}; for IndexWriter and queries. */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  /** Hiragana to katakana (ちいきおこし → チイキオコシ); everything else unchanged. */
  public static String toKatakana(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) b.append(toKatakana(s.charAt(i)));
    return b.toString();
  }

  private static char toKatakana(char c) {
    return c >= '\u3041' && c <= '\u3096' || c == '\u309D' || c == '\u309E' ? (char) (c + 0x60) : c;
  }

  /** The terms an analyzer makes of a text, in order (for queries and snippets). */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string cannot fail", e);
    }
    return out;
  }

  /** The text chain (see the class comment), as JapaneseAnalyzer.createComponents would read. */
  private static TokenStream textFilters(Tokenizer tokenizer) {
    TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
    stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
    stream = new CJKWidthFilter(stream);
    stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
    stream = new JapaneseKatakanaStemFilter(stream);
    return new LowerCaseFilter(stream);
  }

  private static TokenStream readingFilters(Tokenizer tokenizer) {
    TokenStream stream = new JapaneseReadingFormFilter(tokenizer, false);
    stream = new KanaFilter(stream);
    stream = new CJKBigramFilter(stream, CJKBigramFilter.KATAKANA);
    return new LowerCaseFilter(stream);
  }

  private static TokenStream readingWordFilters(Tokenizer tokenizer) {
    TokenStream stream = new JapaneseReadingFormFilter(tokenizer, false);
    stream = new KanaFilter(stream);
    ShingleFilter shingles = new ShingleFilter(stream, 2, 3);
    shingles.setTokenSeparator("");
    shingles.setOutputUnigrams(true);
    return new LowerCaseFilter(shingles);
  }

  private static TokenStream bigramFilters(Tokenizer tokenizer) {
    TokenStream stream = new CJKBigramFilter(tokenizer,
        CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA);
    return new LowerCaseFilter(stream);
  }

  /**
   * Neighbouring terms of a chain joined by a space, for the {@code *_pair} fields: the gaps stop words leave are
   * closed first, so 協力隊の推進 gives 協力 隊 / 隊 推進.
   */
  private static TokenStream pairs(TokenStream stream) {
    ShingleFilter shingles = new ShingleFilter(new CloseGaps(stream), 2, 2);
    shingles.setTokenSeparator(" ");
    shingles.setOutputUnigrams(false);
    shingles.setOutputUnigramsIfNoShingles(false);
    return shingles;
  }

  private static TokenStream unigramFilters(Tokenizer tokenizer) {
    return new TypeTokenFilter(tokenizer, Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC]), true);
  }

  /** Width folding and iteration marks on the characters, then a tokenizer, then filters. */
  private static final class Chain extends Analyzer {
    private final Supplier<Tokenizer> tokenizer;
    private final Function<Tokenizer, TokenStream> filters;

    Chain(Supplier<Tokenizer> tokenizer, Function<Tokenizer, TokenStream> filters) {
      this.tokenizer = tokenizer;
      this.filters = filters;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new JapaneseIterationMarkCharFilter(new CJKWidthCharFilter(reader));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = tokenizer.get();
      return new TokenStreamComponents(source, filters.apply(source));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return POSITION_GAP;
    }
  }

  private static final class PerFieldAnalyzer extends DelegatingAnalyzerWrapper {
    private final Map<Fields.Analysis, Analyzer> byKind =
        Map.of(Fields.Analysis.TEXT, TEXT, Fields.Analysis.READING, READING, Fields.Analysis.READING_WORDS,
            READING_WORDS, Fields.Analysis.BIGRAM, BIGRAM, Fields.Analysis.UNIGRAM, UNIGRAM);

    PerFieldAnalyzer() {
      super(PER_FIELD_REUSE_STRATEGY);
    }

    private final Map<Fields.Analysis, Analyzer> pairsByKind =
        Map.of(Fields.Analysis.TEXT, TEXT_PAIRS, Fields.Analysis.READING, READING_PAIRS, Fields.Analysis.BIGRAM, BIGRAM_PAIRS);

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      Fields.Analysis kind = Fields.analyzerOf(fieldName);
      if (!Fields.isPair(fieldName)) return byKind.get(kind);
      Analyzer pairs = pairsByKind.get(kind);
      if (pairs == null) throw new IllegalArgumentException("no pairs of " + kind + " terms: " + fieldName);
      return pairs;
    }
  }

  /**
   * One analysis of a value by the chain of {@code field}, for indexing it in {@code field} and in its pairs field
   * ({@link Fields#pairOf}) without analysing it twice: the chain runs once, when the first of the two is indexed,
   * and each replays its tokens (term, type, position increment and length, offsets, and the final offset and
   * increment), which are all the pairs' filters and the index read. The pairs field gets what the chain of
   * {@code field + "_pair"} would give, as {@code JapaneseAnalysisTest} checks.
   */
  static final class Recording {
    private final String field;
    private final String text;
    private char[][] terms;
    private String[] types;
    /** Per token: position increment, position length, start offset, end offset. */
    private int[] ints;
    private int count;
    private int finalOffset;
    private int finalIncrement;

    Recording(String field, String text) {
      this.field = field;
      this.text = text;
    }

    /** The tokens of {@code field}. */
    TokenStream tokens() {
      record();
      return new Replay(this);
    }

    /** The tokens of {@code field}'s pairs field. */
    TokenStream pairs() {
      record();
      return JapaneseAnalysis.pairs(new Replay(this));
    }

    private void record() {
      if (terms != null) return;
      char[][] t = new char[64][];
      String[] ty = new String[64];
      int[] in = new int[256];
      int n = 0;
      try (TokenStream ts = PER_FIELD.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          if (n == t.length) {
            t = Arrays.copyOf(t, n * 2);
            ty = Arrays.copyOf(ty, n * 2);
            in = Arrays.copyOf(in, n * 8);
          }
          t[n] = Arrays.copyOf(term.buffer(), term.length());
          ty[n] = type.type();
          in[4 * n] = increment.getPositionIncrement();
          in[4 * n + 1] = length.getPositionLength();
          in[4 * n + 2] = offset.startOffset();
          in[4 * n + 3] = offset.endOffset();
          n++;
        }
        ts.end();
        finalOffset = offset.endOffset();
        finalIncrement = increment.getPositionIncrement();
      } catch (IOException e) {
        throw new UncheckedIOException("analysing a string cannot fail", e);
      }
      terms = t;
      types = ty;
      ints = in;
      count = n;
    }
  }

  /** The tokens of a {@link Recording}, as its chain gave them. */
  private static final class Replay extends TokenStream {
    private final Recording r;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    Replay(Recording r) {
      this.r = r;
    }

    @Override
    public boolean incrementToken() {
      if (next >= r.count) return false;
      clearAttributes();
      char[] t = r.terms[next];
      term.copyBuffer(t, 0, t.length);
      type.setType(r.types[next]);
      int[] in = r.ints;
      increment.setPositionIncrement(in[4 * next]);
      length.setPositionLength(in[4 * next + 1]);
      offset.setOffset(in[4 * next + 2], in[4 * next + 3]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(r.finalOffset, r.finalOffset);
      increment.setPositionIncrement(r.finalIncrement);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }

  /** Every token one position after the one before: stop words leave no gap. */
  static final class CloseGaps extends TokenFilter {
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    CloseGaps(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      if (increment.getPositionIncrement() > 1) increment.setPositionIncrement(1);
      return true;
    }
  }

  /**
   * Turns the hiragana left in a reading (words the dictionary has no reading for) into katakana, and marks
   * tokens that are all katakana with the type {@link CJKBigramFilter} bigrams.
   */
  static final class KanaFilter extends TokenFilter {
    private static final String KATAKANA_TYPE = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA];
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    KanaFilter(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) return false;
      char[] buf = term.buffer();
      boolean kana = term.length() > 0;
      for (int i = 0; i < term.length(); i++) {
        char c = toKatakana(buf[i]);
        buf[i] = c;
        if (!(c >= '\u30A1' && c <= '\u30FA' || c == 'ー' || c == 'ヽ' || c == 'ヾ')) kana = false;
      }
      if (kana) type.setType(KATAKANA_TYPE);
      return true;
    }
  }
}
