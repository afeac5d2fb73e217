package org.seisaku.index;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;

/**
 * The characters of a query as the index's analysis chains see them ({@link JapaneseAnalysis}): width folded by
 * Lucene's {@code CJKWidthCharFilter}, iteration marks expanded by {@code JapaneseIterationMarkCharFilter}, lower
 * case. Query terms are then found in this text ({@link QueryTerms}), never by analysing it again, so the
 * browser search ({@code site-templates/assets/search.js}) derives the same terms from the same text.
 *
 * <pre>
 *   ＩＣＴ利活用   → ict利活用        ｼｮｳﾎﾞｳﾀﾞﾝ → ショウボウダン   ｶﾞ → ガ
 *   時々        → 時時            こゝろ     → こころ          部分々々 → 部分部分
 * </pre>
 *
 * <p>The browser has no Lucene: it gets {@link #table()}, made here by running the same filters over every
 * character, and ports only the iteration-mark rule (a few lines over the exported voiced-kana maps). Both are
 * checked against {@code src/test/resources/search/normalise-cases.tsv}. Lower case covers Latin, Greek and
 * Cyrillic ({@link #LOWER_CASE_BELOW}); the index lower-cases every script, but no official types Armenian.
 *
 * <p>Character classes, by code point (the same ranges in search.js): {@link #isHan} (CJK ideographs and 々〆〇),
 * {@link #isKana} (hiragana, katakana and ー), {@link #isSeparator} (spaces, punctuation and symbols).
 */
public final class QueryText {
  /** Code points below this are lower-cased (Latin, Greek, Cyrillic), besides full-width letters. */
  static final int LOWER_CASE_BELOW = 0x530;
  private static final char VOICED_MARK = '\uFF9E';
  private static final char SEMI_VOICED_MARK = '\uFF9F';

  private QueryText() {}

  /** Width, iteration marks and case, as the index's char filters and {@code LowerCaseFilter} do. */
  public static String normalise(String text) {
    if (text == null || text.isEmpty()) return "";
    StringBuilder b = new StringBuilder(text.length());
    try (Reader r = new JapaneseIterationMarkCharFilter(new CJKWidthCharFilter(new StringReader(text)))) {
      for (int c = r.read(); c >= 0; c = r.read()) b.append(lower((char) c));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
    return b.toString();
  }

  private static char lower(char c) {
    if (c < LOWER_CASE_BELOW || c >= '\uFF21' && c <= '\uFF3A') return (char) Character.toLowerCase(c);
    return c;
  }

  /** Kanji: CJK ideographs (U+3400–4DBF, U+4E00–9FFF, U+F900–FAFF) and 々〆〇. */
  public static boolean isHan(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF'
        || c >= '\u3005' && c <= '\u3007';
  }

  /** Hiragana (U+3041–309F). */
  public static boolean isHiragana(char c) {
    return c >= '\u3041' && c <= '\u309F';
  }

  /** Katakana (U+30A1–30FA, U+30FC–30FF, U+31F0–31FF): ー included, the middle dot ・ not. */
  public static boolean isKatakana(char c) {
    return c >= '\u30A1' && c <= '\u30FA' || c >= '\u30FC' && c <= '\u30FF' || c >= '\u31F0' && c <= '\u31FF';
  }

  public static boolean isKana(char c) {
    return isHiragana(c) || isKatakana(c);
  }

  /**
   * The text with its hiragana written in katakana and its katakana in hiragana (ごみ ↔ ゴミ, 紙おむつ ↔ 紙オムツ); ー
   * and what has no counterpart (ヷ, ㇰ) as it is.
   */
  public static String swapKana(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '\u3041' && c <= '\u3096' ? (char) (c + 0x60) : c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
    }
    return b.toString();
  }

  /**
   * Spaces, punctuation and symbols, which no index term holds and which break a run of characters: ASCII other
   * than letters and digits, Latin-1 punctuation and symbols, U+2000–2BFF (punctuation, symbols, arrows, shapes),
   * CJK punctuation (U+3000–3004, 3008–3020, 3030, 303D, ・), full-width and small-form punctuation.
   */
  public static boolean isSeparator(char c) {
    if (c < 0x80) return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    return c <= '\u00BF' || c == '\u00D7' || c == '\u00F7' || c >= '\u2000' && c <= '\u2BFF'
        || c >= '\u3000' && c <= '\u3004' || c >= '\u3008' && c <= '\u3020' || c == '\u3030' || c == '\u303D'
        || c == '\u30FB' || c >= '\uFE30' && c <= '\uFE6F' || c >= '\uFF01' && c <= '\uFF0F'
        || c >= '\uFF1A' && c <= '\uFF20' || c >= '\uFF3B' && c <= '\uFF40' || c >= '\uFF5B' && c <= '\uFF65'
        || c >= '\uFFE0' && c <= '\uFFEF';
  }

  /** Hiragana to katakana (ちいきおこし → チイキオコシ); everything else unchanged. */
  public static String toKatakana(String s) {
    return JapaneseAnalysis.toKatakana(s);
  }

  /**
   * What search.js needs to normalise as {@link #normalise} does, made by running it over the characters:
   *
   * <pre>
   *   fold      [[first, last, delta, step]…]  a code point c in first..last (every step-th) becomes c + delta
   *   combine   {"ｶﾞ": "ガ", …}                 a half-width kana and its voiced mark become one character
   *   voiced    {"か": "が", …}                 what ゞ and ヾ make of the character they repeat
   *   unvoiced  {"が": "か", …}                 what ゝ and ヽ make of it
   * </pre>
   */
  public static Map<String, Object> table() {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("fold", foldRuns());
    Map<String, String> combine = new LinkedHashMap<>();
    for (char c = '\uFF66'; c <= '\uFF9D'; c++) {
      for (char mark : new char[] {VOICED_MARK, SEMI_VOICED_MARK}) {
        String pair = "" + c + mark;
        String out = normalise(pair);
        if (out.length() == 1) combine.put(pair, out);
      }
    }
    t.put("combine", combine);
    Map<String, String> voiced = new LinkedHashMap<>();
    Map<String, String> unvoiced = new LinkedHashMap<>();
    for (char c = '\u3041'; c <= '\u30FA'; c++) {
      if (c > '\u3096' && c < '\u30A1') continue;
      boolean hiragana = c < '\u30A0';
      String v = normalise("" + c + (hiragana ? '\u309E' : '\u30FE')).substring(1);
      String u = normalise("" + c + (hiragana ? '\u309D' : '\u30FD')).substring(1);
      if (!v.equals(String.valueOf(c))) voiced.put(String.valueOf(c), v);
      if (!u.equals(String.valueOf(c))) unvoiced.put(String.valueOf(c), u);
    }
    t.put("voiced", voiced);
    t.put("unvoiced", unvoiced);
    return t;
  }

  /** The characters {@link #normalise} changes on their own, as runs of equal shift. */
  private static List<int[]> foldRuns() {
    List<int[]> runs = new ArrayList<>();
    int[] run = null;
    for (int c = 0; c < 0x10000; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch) || ch == '\u3005' || ch == '\u309D' || ch == '\u309E' || ch == '\u30FD' || ch == '\u30FE') {
        continue; // iteration marks depend on what precedes them
      }
      String out = normalise(String.valueOf(ch));
      if (out.length() != 1 || out.charAt(0) == ch) continue;
      int delta = out.charAt(0) - c;
      if (run != null && run[2] == delta && (run[3] == 0 || c == run[1] + run[3]) && c - run[1] <= 2) {
        if (run[3] == 0) run[3] = c - run[1];
        run[1] = c;
        continue;
      }
      run = new int[] {c, c, delta, 0};
      runs.add(run);
    }
    for (int[] r : runs) if (r[3] == 0) r[3] = 1;
    return runs;
  }
}
