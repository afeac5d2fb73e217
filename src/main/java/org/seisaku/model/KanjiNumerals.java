package org.seisaku.model;

/**
 * Numbers written in kanji, read once for the fiscal years ({@link FiscalYear}: 平成二十一年度) and the amounts
 * ({@link Amount}: 二十億円) that use them.
 *
 * <pre>
 *   value("二〇") = 20       value("三一") = 31       digit by digit, as years are written
 *   value("二千二十") = 2020  value("十") = 10  value("千") = 1000      with 十, 百, 千, each at most once, largest first
 *   value("〇十") = value("二十十") = value("十百") = -1                 malformed
 * </pre>
 */
public final class KanjiNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  private KanjiNumerals() {}

  /** Whether the text is written digit by digit, with no 十, 百 or 千. */
  public static boolean positional(String s) {
    for (int i = 0; i < s.length(); i++) if (DIGITS.indexOf(s.charAt(i)) < 0) return false;
    return !s.isEmpty();
  }

  /**
   * The value of kanji numerals, or -1 when they are malformed or not kanji numerals.
   *
   * @throws ArithmeticException past {@link Long#MAX_VALUE} (digits written one by one can be many)
   */
  public static long value(String s) {
    if (s.isEmpty()) return -1;
    if (positional(s)) {
      long v = 0;
      for (int i = 0; i < s.length(); i++) v = Math.addExact(Math.multiplyExact(v, 10), DIGITS.indexOf(s.charAt(i)));
      return v;
    }
    long total = 0;
    int lastUnit = 10_000;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit >= 0) return -1; // two digits in a row beside a unit: 二千二〇
        digit = d;
        continue;
      }
      int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : -1;
      if (unit < 0 || unit >= lastUnit || digit == 0) return -1; // not a numeral; units out of order; 〇 before a unit
      total += (long) (digit < 0 ? 1 : digit) * unit;
      lastUnit = unit;
      digit = -1;
    }
    return digit >= 0 ? total + digit : total;
  }
}
