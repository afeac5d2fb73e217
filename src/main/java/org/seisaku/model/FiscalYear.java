package org.seisaku.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), April to March, named by its Western start year: FY2008 = 平成20年度.
 *
 * <p>{@link #parse} reads the forms found in budget documents and review sheets, after NFKC folding
 * (so full-width digits and letters read as half-width):
 *
 * <pre>
 *   2008, 2008年度, 2008年, FY2008     → 2008
 *   平成20年度, 平成２０年度, 平成二十年度 → 2008
 *   H20, Ｈ２０, h20年度               → 2008
 *   令和元年度, R1, 平成31年度          → 2019   (平成31年度 = 令和元年度: the budget of April 2019 kept the old era name)
 *   平成32年度                        → 2020   (written before the era changed; appears in real sheets)
 *   R8, 令和8年度                      → 2026
 *   昭和63年度, S63                    → 1988
 * </pre>
 *
 * <p>Limits: an era year must be at least 1 (元 is 1); years past the era's end are read on (平成37年度 =
 * 2025, 平成57年度 = 2045: sheets written under 平成 name their targets that way), as long as the Western
 * year lies in 1868–2100 (令和83年度 = 2101 is not read). Kanji numerals are read in the forms 十, 二十,
 * 二十三, 三, and digit by digit (三一 = 31); 〇十 or 二十十 are not. Anything else, including trailing text
 * (「2008年度予算」), is not a fiscal year: use {@link #find} to pick one out of running text.
 *
 * <p>{@link #label} names a year by the era in force at the end of its calendar year, as the government does
 * since 2019 (FY2019 = 令和元年度, FY1989 = 平成元年度); the same rule gives 昭和元年度 for 1926 and 大正元年度 for
 * 1912, which older documents call 大正15年度 and 明治45年度 (both still read as 1926 and 1912).
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {
  public static final int MIN = 1868;
  public static final int MAX = 2100;
  /** Longest text {@link #parse} looks at: 「平成２０年度」 has 6 characters; longer text is not one year. */
  static final int MAX_TEXT = 64;

  /** Japanese eras, newest first: name, Latin initial, first Western year (its 元年). */
  private enum Era {
    REIWA("令和", 'R', 2019),
    HEISEI("平成", 'H', 1989),
    SHOWA("昭和", 'S', 1926),
    TAISHO("大正", 'T', 1912),
    MEIJI("明治", 'M', 1868);

    final String name;
    final char initial;
    final int first;

    Era(String name, char initial, int first) {
      this.name = name;
      this.initial = initial;
      this.first = first;
    }

    static Era byName(String s) {
      for (Era e : values()) if (e.name.equals(s) || (s.length() == 1 && Character.toUpperCase(s.charAt(0)) == e.initial)) return e;
      return null;
    }
  }

  private static final Pattern WESTERN = Pattern.compile("(?i)(?:FY)?(\\d{4})(?:年度?)?");
  private static final Pattern ERA =
      Pattern.compile("(?i)(令和|平成|昭和|大正|明治|[RHSTM])\\.?(元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})(?:年度?)?");
  /** In running text only 年度 forms count: 「平成15年法律第133号」 and 「平成22年3月31日」 are dates, not fiscal years. */
  private static final Pattern IN_TEXT =
      Pattern.compile("(?:(令和|平成|昭和|大正|明治)|(?<![A-Za-z])([RHSTMrhstm])\\.?)\\s*(元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})\\s*年\\s*度"
          + "|(?<!\\d)(\\d{4})\\s*年\\s*度");

  public FiscalYear {
    if (year < MIN || year > MAX) throw new IllegalArgumentException("fiscal year out of range " + MIN + "–" + MAX + ": " + year);
  }

  /**
   * An era as {@link #parse} reads it: its name (平成), its Latin initial (H) and the Western year of its 元年 (1989).
   * The browser search reads fiscal years with the same table ({@code search.StaticIndex} exports it).
   */
  public record EraName(String name, char initial, int first) {}

  /** The eras, newest first. */
  public static List<EraName> eras() {
    return java.util.Arrays.stream(Era.values()).map(e -> new EraName(e.name, e.initial, e.first)).toList();
  }

  public static FiscalYear of(int year) {
    return new FiscalYear(year);
  }

  /**
   * Reads one fiscal year written alone, in any form listed above.
   *
   * @return the year, or empty when {@code text} is not a fiscal year or names an impossible one
   */
  public static Optional<FiscalYear> parse(String text) {
    if (text == null || text.length() > MAX_TEXT) return Optional.empty();
    String s = normalize(text);
    if (s.isEmpty()) return Optional.empty();
    Matcher w = WESTERN.matcher(s);
    if (w.matches()) return inRange(Integer.parseInt(w.group(1)));
    Matcher e = ERA.matcher(s);
    if (e.matches()) return fromEra(Era.byName(e.group(1)), e.group(2));
    return Optional.empty();
  }

  /**
   * Finds the first fiscal year named in running text by 年度: era (平成20年度, H26年度) or Western (2008年度),
   * as in 「平成24年度補正予算」 → 2012. A mention that names no possible year (平成0年度) is passed over. Bare
   * numbers and calendar years are not taken: 「2008」 alone in a sentence is too often not a year, and
   * 「平成15年法律第133号」 is a date.
   */
  public static Optional<FiscalYear> find(String text) {
    if (text == null) return Optional.empty();
    Matcher m = IN_TEXT.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (m.find()) {
      Optional<FiscalYear> y = m.group(4) != null
          ? inRange(Integer.parseInt(m.group(4)))
          : fromEra(Era.byName(m.group(1) != null ? m.group(1) : m.group(2)), m.group(3));
      if (y.isPresent()) return y;
    }
    return Optional.empty();
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static Optional<FiscalYear> fromEra(Era era, String n) {
    if (era == null) return Optional.empty();
    int k = n.equals("元") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : kanjiNumber(n);
    if (k < 1) return Optional.empty();
    return inRange(era.first + k - 1);
  }

  /** 二十 → 20, 三十一 → 31, 十 → 10, 三一 → 31, 〇 → 0; -1 if malformed (〇十, 二十十, 一二三) or past 99 (百). */
  private static int kanjiNumber(String s) {
    if (s.indexOf('百') >= 0 || s.indexOf('千') >= 0 || (KanjiNumerals.positional(s) && s.length() > 2)) return -1;
    return (int) KanjiNumerals.value(s);
  }

  private static Optional<FiscalYear> inRange(int y) {
    return y >= MIN && y <= MAX ? Optional.of(new FiscalYear(y)) : Optional.empty();
  }

  /** The era form used in government documents for this fiscal year: 平成20年度, 令和元年度 (FY2019 on). */
  public String eraLabel() {
    for (Era e : Era.values()) {
      if (year >= e.first) {
        int k = year - e.first + 1;
        return e.name + (k == 1 ? "元" : Integer.toString(k)) + "年度";
      }
    }
    throw new IllegalStateException("no era for " + year);
  }

  /** How the site shows a fiscal year: 「2008年度（平成20年度）」. */
  public String label() {
    return year + "年度（" + eraLabel() + "）";
  }

  public FiscalYear next() {
    return new FiscalYear(year + 1);
  }

  @Override
  public int compareTo(FiscalYear o) {
    return Integer.compare(year, o.year);
  }

  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
