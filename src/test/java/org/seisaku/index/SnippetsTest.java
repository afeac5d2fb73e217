package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a search hit shows of its text, and what it marks. */
class SnippetsTest {
  private static String marked(String text, List<String> parts, Set<String> words, Set<String> bigrams) {
    return Snippets.make(text, parts, Map.of(Fields.TEXT, words, Fields.TEXT_BIGRAM, bigrams)).marked("[", "]");
  }

  @Test
  void thePartAndItsWordsAreMarkedWhereTheyAreWritten() {
    String text = "都市の住民が過疎地域に住んで地域協力活動に携わる地域おこし協力隊の制度を広め、隊員の研修を支える。";
    String m = marked(text, List.of("協力隊"), Set.of("協力", "隊"), Set.of());
    assertTrue(m.contains("地域[協力]活動"), m);
    assertTrue(m.contains("地域おこし[協力隊]の"), m);
    // a word of one character alone is mostly inside other words
    assertTrue(m.contains("、隊員の"), m);
  }

  @Test
  void widthAndCaseAreFolded() {
    assertEquals("[ICT]を活用したまちづくり", marked("ICTを活用したまちづくり", List.of("ｉｃｔ"), Set.of(), Set.of()));
    assertEquals("[ＩＣＴ]を活用したまちづくり", marked("ＩＣＴを活用したまちづくり", List.of("ict"), Set.of("ict"), Set.of()));
  }

  @Test
  void bigramsMarkOnlyWhenNoPartOrWordIsThere() {
    assertEquals("情[報通信]基盤を整備する", marked("情報通信基盤を整備する", List.of("報通信"), Set.of(), Set.of("報通", "通信")));
    assertEquals("[情報]通信基盤の[情報]", marked("情報通信基盤の情報", List.of("情報"), Set.of("情報"), Set.of("通信")));
  }

  @Test
  void aLongTextShowsTheWindowWithTheMostMatchesAndNeverStartsInsideOne() {
    String text = "あ".repeat(300) + "地域おこし協力隊の隊員" + "い".repeat(10) + "地域おこし協力隊" + "う".repeat(300);
    String m = marked(text, List.of(), Set.of("地域おこし", "協力"), Set.of());
    assertTrue(m.startsWith("…"), m);
    assertTrue(m.endsWith("…"), m);
    assertTrue(m.contains("[地域おこし協力]隊の隊員" + "い".repeat(10) + "[地域おこし協力]隊"), m);
    assertTrue(m.length() <= Snippets.WINDOW + 2 + 4 * 2, m);
    // the window with the most matches would start inside a long one (110, in 100–125): it starts with it
    String cut = "あ".repeat(100) + "き".repeat(25) + "い".repeat(5) + "防災" + "う".repeat(73) + "交付" + "え".repeat(8)
        + "整備" + "お".repeat(200);
    String c = marked(cut, List.of(), Set.of("き".repeat(25), "防災", "交付", "整備"), Set.of());
    assertTrue(c.startsWith("…[" + "き".repeat(25) + "]"), c);
  }

  @Test
  void textWithoutAMatchShowsItsBeginningUnmarked() {
    String text = "防災に関する基本的な計画。" + "え".repeat(200);
    String m = marked(text, List.of("協力隊"), Set.of("協力"), Set.of("協力", "力隊"));
    assertTrue(m.startsWith("防災に関する基本的な計画。"), m);
    assertFalse(m.contains("["), m);
    assertTrue(m.endsWith("…"), m);
  }
}
