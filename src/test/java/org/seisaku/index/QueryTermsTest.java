package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Query parts cut into the index's terms without analysing them: words by the vocabulary, characters by rule. */
class QueryTermsTest {
  static final Vocabulary WORDS = new Vocabulary(Map.ofEntries(Map.entry("協力", 150), Map.entry("隊", 400),
      Map.entry("協力隊", 900), Map.entry("地域おこし", 300), Map.entry("地域", 50), Map.entry("自殺", 500),
      Map.entry("防ぐ", 700), Map.entry("サイバ", 400), Map.entry("セキュリティ", 300), Map.entry("ict", 300),
      Map.entry("利", 600), Map.entry("活用", 200), Map.entry("雪", 700), Map.entry("子ども", 300), Map.entry("貧困", 400),
      Map.entry("バー", 800), Map.entry("サイ", 800), Map.entry("5", 300), Map.entry("g", 600), Map.entry("2019", 200)));

  private static String words(String s) {
    QueryTerms.Words w = QueryTerms.words(QueryText.normalise(s), WORDS);
    return String.join(" / ", w.words()) + (w.complete() ? "" : " (incomplete)");
  }

  @Test
  void wordsAreCutByTheVocabularyAtTheLeastCost() {
    assertEquals("協力 / 隊", words("協力隊"), "two common words cost less than one rare one");
    assertEquals("地域おこし / 協力 / 隊", words("地域おこし協力隊"));
    assertEquals("自殺 / 防ぐ", words("自殺を防ぐ"), "を is a stop word that ends a run of kana");
    assertEquals("子ども / 貧困", words("子どもの貧困"));
    assertEquals("サイバ / セキュリティ", words("サイバーセキュリティ"), "katakana lose a final ー as the index's did");
    assertEquals("ict / 利 / 活用", words("ＩＣＴ利活用"));
    assertEquals("5 / g", words("５Ｇ"));
    assertEquals("2019", words("2019"), "digits are never cut inside");
    assertEquals("20191 (incomplete)", words("20191"), "an unknown run of digits stays whole");
  }

  @Test
  void eachWordCostsSomethingSoAWordIsNotCutIntoTwoThatAreEverywhere() {
    // costs of documents: 年 and 金 are in nearly every document (2023年, 交付金), 年金 in a few
    Vocabulary v = new Vocabulary(Map.of("年", 5, "金", 30, "年金", 150, "協力", 150, "隊", 400, "協力隊", 900));
    assertEquals(List.of("年金"), QueryTerms.words("年金", v).words(), "150 + WORD is less than 5 + 30 + 2 WORD");
    assertEquals(List.of("協力", "隊"), QueryTerms.words("協力隊", v).words(), "a rare word still loses to two common ones");
  }

  @Test
  void aWordInsideARunOfKanaNoWordCoversIsCutOutOfIt() {
    Vocabulary v = new Vocabulary(Map.of("スマホ", 700, "使い方", 600, "教える", 600));
    QueryTerms.Words w = QueryTerms.words("りにスマホの使い方を教える", v);
    assertEquals(List.of("りに", "スマホ", "使い方", "教える"), w.words(), "の is a stop word once スマホ ends before it");
    assertEquals(List.of("ちいきおこし"), QueryTerms.words("ちいきおこし", v).words(), "no word inside: one unknown run");
    Vocabulary rural = new Vocabulary(Map.of("田舎", 700, "バス", 500, "なくなる", 600));
    assertEquals(List.of("田舎", "バス", "なくなる"), QueryTerms.words("田舎のバスがなくなる", rural).words(),
        "の before katakana is a stop word: the script changes where a word ends");
  }

  @Test
  void whatNoWordCoversStaysAsAnUnknownWord() {
    assertEquals("雪 / かき (incomplete)", words("雪かき"));
    assertEquals("ちいきおこし (incomplete)", words("ちいきおこし"));
    assertEquals("協力 / 隊 / 鬱 (incomplete)", words("協力隊鬱"));
    assertEquals("", words("の"), "a stop word alone leaves nothing");
    assertEquals("協力 / 隊", words("「協力・隊」"), "separators cost nothing");
  }

  @Test
  void characterTerms() {
    assertEquals(List.of("地域", "域情", "情報"), QueryTerms.grams("地域情報"));
    assertEquals(List.of("95.7", "億円"), QueryTerms.grams("95.7億円"));
    assertEquals(List.of("ict", "利活", "活用"), QueryTerms.grams("ict利活用"));
    assertEquals(List.of("雪"), QueryTerms.grams("雪"));
    assertEquals(List.of("チイ", "イキ", "キオ", "オコ", "コシ"), QueryTerms.readings("ちいきおこし"));
    assertEquals(List.of("ic", "カー", "ード"), QueryTerms.readings("icカード"));
    assertEquals(List.of("5", "g"), QueryTerms.readings("5g"));
    assertEquals("ショウボウダン", QueryTerms.readingKey(QueryText.normalise("ｼｮｳﾎﾞｳﾀﾞﾝ")));
    assertEquals(List.of("雪", "除"), QueryTerms.kanji("雪かき除雪"));
    assertEquals(List.of("協力 隊", "隊 推進"), QueryTerms.pairs(List.of("協力", "隊", "推進")));
  }

  @Test
  void theVocabularyCostsRareWordsMore() {
    assertEquals(1, Vocabulary.cost(100, 100));
    assertEquals(69, Vocabulary.cost(50, 100));
    assertEquals(980, Vocabulary.cost(1, 18115));
  }
}
