package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseNumberFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseAnalysisTest {
  private static String text(String s) {
    return String.join(" ", Tokens.of(JapaneseAnalysis.text(), s).terms());
  }

  private static String reading(String s) {
    return String.join(" ", Tokens.of(JapaneseAnalysis.reading(), s).terms());
  }

  private static String bigram(String s) {
    return String.join(" ", Tokens.of(JapaneseAnalysis.bigram(), s).terms());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "地域情報通信基盤整備推進交付金 | 地域 情報 通信 基盤 整備 推進 交付 金",
      "地域おこし協力隊の推進に要する経費 | 地域おこし 協力 隊 推進 要する 経費",
      "ICT利活用 | ict 利 活用",
      "ＩＣＴ利活用 | ict 利 活用",
      "ｉｃｔ利活用 | ict 利 活用",
      "ＡＥＤ | aed",
      "ａｅｄ | aed",
      "AED | aed",
      "ｱｲｼｰﾃｨｰ | アイシーティ",
      "コンピューター | コンピュータ",
      "時々 | 時時",
      "95.7億円 | 95 7 億 円",
      "９５．７億円 | 95 7 億 円",
      "平成２０年度 | 平成 20 年度",
      "推進しました | 推進",
  })
  void textChain(String input, String tokens) {
    assertEquals(tokens, text(input));
  }

  /** Term, increment, length, offsets and type of every token, then the final offset and increment. */
  private static List<String> tokens(TokenStream ts) throws java.io.IOException {
    List<String> out = new java.util.ArrayList<>();
    try (ts) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      var len = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute.class);
      var off = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      var type = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + " +" + inc.getPositionIncrement() + " ~" + len.getPositionLength() + " " + off.startOffset() + "-"
            + off.endOffset() + " " + type.type());
      }
      ts.end();
      out.add("end " + off.endOffset() + " +" + inc.getPositionIncrement());
    }
    return out;
  }

  @Test
  void aRecordingReplaysTheChainOfItsFieldAndOfItsPairs() throws java.io.IOException {
    String text = "過疎地域の振興。これは、時々、コンピューターで行う事業です。\n\n第二段落：ＡＥＤの設置（95.7億円）ちいきおこし協力隊";
    Analyzer perField = JapaneseAnalysis.perField();
    for (String field : List.of(Fields.TITLE, Fields.TITLE_READING, Fields.TITLE_BIGRAM, Fields.TEXT, Fields.TEXT_BIGRAM,
        Fields.MINISTRY_NAMES)) {
      JapaneseAnalysis.Recording r = new JapaneseAnalysis.Recording(field, text);
      List<String> pairs = tokens(r.pairs());
      assertEquals(tokens(perField.tokenStream(Fields.pairOf(field), text)), pairs, field + " pairs, replayed first");
      assertEquals(tokens(perField.tokenStream(field, text)), tokens(r.tokens()), field);
      assertTrue(pairs.size() > 10, field + ": " + pairs);
    }
    JapaneseAnalysis.Recording none = new JapaneseAnalysis.Recording(Fields.TEXT, "。、");
    assertEquals(List.of("end 2 +0"), tokens(none.tokens()));
    assertEquals(tokens(perField.tokenStream(Fields.pairOf(Fields.TEXT), "。、")), tokens(none.pairs()));
  }

  @Test
  void compoundPartsKeepTheirOffsets() {
    assertEquals("地域[0,2] 情報[2,4] 通信[4,6] 基盤[6,8] 整備[8,10] 推進[10,12] 交付[12,14] 金[14,15]",
        Tokens.of(JapaneseAnalysis.text(), "地域情報通信基盤整備推進交付金").withOffsets());
  }

  @Test
  void widthFoldingKeepsOriginalOffsets() {
    assertEquals("aed[1,4]", Tokens.of(JapaneseAnalysis.text(), "「ＡＥＤ」").withOffsets());
  }

  @Test
  void stopWordsLeavePositionGaps() {
    // の is dropped but keeps its position, so a phrase query 協力隊推進 does not match 協力隊の推進 by accident
    assertEquals(List.of(0, 1, 2, 4), Tokens.of(JapaneseAnalysis.text(), "地域おこし協力隊の推進").positions());
  }

  /** Why the chain has no JapaneseNumberFilter: with punctuation discarded it reads 95.7億円 as 957億円, ten times too much. */
  @Test
  void numberFilterWouldMisreadDecimals() {
    Analyzer withNumbers = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
        TokenStream s = new JapaneseNumberFilter(t);
        return new TokenStreamComponents(t, s);
      }
    };
    assertEquals(List.of("95700000000", "円"), Tokens.of(withNumbers, "95.7億円").terms());
    withNumbers.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "地域おこし | チイ イキ キオ オコ コシ",
      "ちいきおこし | チイ イキ キオ オコ コシ",
      "チイキオコシ | チイ イキ キオ オコ コシ",
      "協力隊 | キョ ョウ ウリ リョ ョク クタ タイ",
      "ｷｮｳﾘｮｸﾀｲ | キョ ョウ ウリ リョ ョク クタ タイ",
      "ICT | ict",
  })
  void readingChain(String input, String tokens) {
    assertEquals(tokens, reading(input));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "地域情報通信基盤 | 地域 域情 情報 報通 通信 信基 基盤",
      "95.7億円 | 95.7 億円",
      "ＩＣＴ利活用 | ict 利活 活用",
      "時々 | 時時",
  })
  void bigramChain(String input, String tokens) {
    assertEquals(tokens, bigram(input));
  }

  /** The chains for kana queries ({@code reading_words}) and for the relaxed search's last resort ({@code unigram}). */
  @ParameterizedTest(name = "{0}: {1} → {2}")
  @CsvSource(delimiter = '|', value = {
      "reading_words | 離島振興事業 | リトウ リトウシンコウ リトウシンコウジギョウ シンコウ シンコウジギョウ ジギョウ",
      "reading_words | 公的賃貸住宅の管理等 | コウテキ コウテキチンタイ コウテキチンタイジュウタク チンタイ チンタイジュウタク"
          + " チンタイジュウタクノ ジュウタク ジュウタクノ ジュウタクノカンリ ノ ノカンリ ノカンリトウ カンリ カンリトウ トウ",
      "reading_words | ｼｮｳﾎﾞｳﾀﾞﾝ | ショウボウダン",
      "reading_words | ICT人材 | ict ictジンザイ ジンザイ",
      "unigram | 雪かき | 雪",
      "unigram | 食べ残し 減らす | 食 残 減",
      "unigram | 道路事業（補助・除雪） | 道 路 事 業 補 助 除 雪",
      "unigram | ＩＣＴ活用 | 活 用",
      "unigram | ちいきおこし | ''",
  })
  void titleChains(String chain, String input, String tokens) {
    Analyzer analyzer = chain.equals("unigram") ? JapaneseAnalysis.unigram() : JapaneseAnalysis.readingWords();
    assertEquals(tokens, String.join(" ", Tokens.of(analyzer, input).terms()));
  }

  @Test
  void readingKeyIsOneKatakanaTerm() {
    assertEquals("リトウ", JapaneseAnalysis.readingKey("りとう"));
    assertEquals("ショウボウダン", JapaneseAnalysis.readingKey("ｼｮｳﾎﾞｳﾀﾞﾝ"));
    assertEquals("ict", JapaneseAnalysis.readingKey("ＩＣＴ"));
  }

  @Test
  void partsAreFoundInsideCompounds() {
    List<String> tokens = Tokens.of(JapaneseAnalysis.text(), "地域情報通信基盤整備推進交付金").terms();
    assertTrue(tokens.contains("通信"));
    assertTrue(Tokens.of(JapaneseAnalysis.bigram(), "地域情報通信基盤整備推進交付金").terms()
        .containsAll(Tokens.of(JapaneseAnalysis.bigram(), "報通信").terms()));
  }

  @Test
  void hiraganaToKatakana() {
    assertEquals("チイキオコシ", JapaneseAnalysis.toKatakana("ちいきおこし"));
    assertEquals("ICT利活用ー", JapaneseAnalysis.toKatakana("ICT利活用ー"));
  }

  @Test
  void perFieldPicksByName() {
    assertEquals(text("協力隊"), String.join(" ", Tokens.of(JapaneseAnalysis.perField(), "協力隊").terms()));
    assertEquals(Fields.Analysis.READING, Fields.analyzerOf(Fields.TITLE_READING));
    assertEquals(Fields.Analysis.BIGRAM, Fields.analyzerOf(Fields.TEXT_BIGRAM));
    assertEquals(Fields.Analysis.UNIGRAM, Fields.analyzerOf(Fields.TITLE_UNIGRAM));
    assertEquals(Fields.Analysis.READING_WORDS, Fields.analyzerOf(Fields.TITLE_READING_WORDS));
    assertEquals(Fields.Analysis.TEXT, Fields.analyzerOf(Fields.MINISTRY_NAMES));
    assertSame(JapaneseAnalysis.text(), JapaneseAnalysis.text());
  }
}
