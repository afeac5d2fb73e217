package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seisaku.testing.Tables;

/** The normal form of query text: the index's own char filters, and the table the browser gets of them. */
class QueryTextTest {
  static final Path CASES = Path.of("src/test/resources/search/query-text-cases.tsv");

  @Test
  void followsTheTable() throws Exception {
    List<String[]> rows = Tables.read(CASES);
    assertTrue(rows.size() > 25);
    for (String[] r : rows) assertEquals(r[1], QueryText.normalise(r[0]), "normalise(" + r[0] + ")");
  }

  @Test
  void isWhatTheIndexChainMakesOfAWord() {
    for (String s : List.of("ＩＣＴ", "ｼｮｳﾎﾞｳﾀﾞﾝ", "時々")) {
      String folded = QueryText.normalise(s);
      assertEquals(JapaneseAnalysis.terms(JapaneseAnalysis.bigram(), Fields.TEXT_BIGRAM, s),
          JapaneseAnalysis.terms(JapaneseAnalysis.bigram(), Fields.TEXT_BIGRAM, folded), s);
    }
  }

  @SuppressWarnings("unchecked")
  @Test
  void theExportedTableFoldsAsNormaliseDoes() {
    Map<String, Object> t = QueryText.table();
    List<int[]> fold = (List<int[]>) t.get("fold");
    for (int c = 0; c < 0x10000; c += 7) {
      char ch = (char) c;
      if (Character.isSurrogate(ch) || "々ゝゞヽヾ".indexOf(ch) >= 0) continue;
      int mapped = c;
      for (int[] run : fold) if (c >= run[0] && c <= run[1] && (c - run[0]) % run[3] == 0) mapped = c + run[2];
      String expected = QueryText.normalise(String.valueOf(ch));
      if (expected.length() == 1) assertEquals(expected.charAt(0), (char) mapped, Integer.toHexString(c));
    }
    assertEquals("ガ", ((Map<String, String>) t.get("combine")).get("ｶﾞ"));
    assertEquals("が", ((Map<String, String>) t.get("voiced")).get("か"));
    assertEquals("か", ((Map<String, String>) t.get("unvoiced")).get("が"));
  }

  @Test
  void characterClasses() {
    assertTrue(QueryText.isHan('協') && QueryText.isHan('々') && !QueryText.isHan('か'));
    assertTrue(QueryText.isKana('か') && QueryText.isKana('カ') && QueryText.isKana('ー') && !QueryText.isKana('・'));
    assertTrue(QueryText.isSeparator('・') && QueryText.isSeparator('「') && QueryText.isSeparator(' ')
        && QueryText.isSeparator('\u3000') && QueryText.isSeparator('.'));
    assertFalse(QueryText.isSeparator('a') || QueryText.isSeparator('5') || QueryText.isSeparator('協'));
  }
}
