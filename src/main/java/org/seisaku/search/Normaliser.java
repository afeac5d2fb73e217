package org.seisaku.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form of the browser search, applied to the exported keys here and to the query in
 * {@code site-templates/assets/search.js} ({@code normalise}), which must stay identical to it: both are checked
 * against {@code src/test/resources/search/normalise-cases.tsv}.
 *
 * <ol>
 *   <li>NFKC: ＩＣＴ → ICT, ２０ → 20, ｶﾞ → ガ, ㈱ → (株), 全角空白 → space;
 *   <li>lower case (locale-independent, as JavaScript's {@code toLowerCase()}): ICT → ict;
 *   <li>katakana → hiragana (ァ–ヶ → ぁ–ゖ, ヽヾ → ゝゞ; ー, ヷ–ヺ and ・ stay): チイキ → ちいき;
 *   <li>whitespace removed ({@link #isSpace}): 「地域 おこし」 → 「地域おこし」.
 * </ol>
 *
 * <p>Limit: Java and the browser may carry different Unicode versions; characters assigned after Unicode 13 may
 * fold differently (none appear in the corpus).
 */
public final class Normaliser {
  private Normaliser() {}

  public static String normalise(String text) {
    if (text == null || text.isEmpty()) return "";
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) continue;
      sb.append(toHiragana(c));
    }
    return sb.toString();
  }

  /** Katakana ァ (U+30A1) – ヶ (U+30F6) and ヽヾ to the hiragana 0x60 below; anything else as it is. */
  static char toHiragana(char c) {
    if ((c >= 'ァ' && c <= 'ヶ') || c == 'ヽ' || c == 'ヾ') return (char) (c - 0x60);
    return c;
  }

  /**
   * Whitespace: the set of JavaScript's {@code \s}, i.e. U+0009–U+000D, U+0020, U+00A0, U+1680, U+2000–U+200A,
   * U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF (not U+0085, which {@code \s} leaves out).
   */
  static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
  }
}
