package org.seisaku.model;

import java.text.Normalizer;
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
 * <p>Limits: an era year must be at least 1 (元 is 1) and at most two years past the era's end
 * (平成33年度 = 2021 is read, 平成34年度 is not); the Western year must lie in 1868–2100. Anything else,
 * including trailing text (「2008年度予算」), is not a fiscal year: use {@link #find} to pick one out of
 * running text.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {
  public static final int MIN = 1868;
  public static final int MAX = 2100;

  /** Japanese eras, newest first: name, Latin initial, first Western year, last Western year. */
  private enum Era {
    REIWA("令和", 'R', 2019, MAX),
    HEISEI("平成", 'H', 1989, 2019),
    SHOWA("昭和", 'S', 1926, 1989),
    TAISHO("大正", 'T', 1912, 1926),
    MEIJI("明治", 'M', 1868, 1912);

    final String name;
    final char initial;
    final int first;
    final int last;

    Era(String name, char initial, int first, int last) {
      this.name = name;
      this.initial = initial;
      this.first = first;
      this.last = last;
    }

    static Era byName(String s) {
      for (Era e : values()) if (e.name.equals(s) || (s.length() == 1 && Character.toUpperCase(s.charAt(0)) == e.initial)) return e;
      return null;
    }
  }

  private static final Pattern WESTERN = Pattern.compile("(?i)(?:FY)?(\\d{4})(?:年度?)?");
  private static final Pattern ERA =
      Pattern.compile("(?i)(令和|平成|昭和|大正|明治|[RHSTM])\\.?(元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})(?:年度?)?");
  private static final Pattern ERA_IN_TEXT =
      Pattern.compile("(令和|平成|昭和|大正|明治)(元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})年度?");
  private static final Pattern WESTERN_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{4})年度");

  public FiscalYear {
    if (year < MIN || year > MAX) throw new IllegalArgumentException("fiscal year out of range " + MIN + "–" + MAX + ": " + year);
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
    if (text == null) return Optional.empty();
    String s = normalize(text);
    if (s.isEmpty()) return Optional.empty();
    Matcher w = WESTERN.matcher(s);
    if (w.matches()) return inRange(Integer.parseInt(w.group(1)));
    Matcher e = ERA.matcher(s);
    if (e.matches()) return fromEra(Era.byName(e.group(1)), e.group(2));
    return Optional.empty();
  }

  /**
   * Finds the first fiscal year named in running text, era (平成20年度) or Western (2008年度), as in
   * 「平成24年度補正予算」 → 2012. Bare numbers are not taken: 「2008」 alone in a sentence is too often not a year.
   */
  public static Optional<FiscalYear> find(String text) {
    if (text == null) return Optional.empty();
    String s = normalize(text);
    Matcher e = ERA_IN_TEXT.matcher(s);
    Matcher w = WESTERN_IN_TEXT.matcher(s);
    int ei = e.find() ? e.start() : Integer.MAX_VALUE;
    int wi = w.find() ? w.start() : Integer.MAX_VALUE;
    if (ei == Integer.MAX_VALUE && wi == Integer.MAX_VALUE) return Optional.empty();
    if (ei < wi) return fromEra(Era.byName(e.group(1)), e.group(2));
    return inRange(Integer.parseInt(w.group(1)));
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  private static Optional<FiscalYear> fromEra(Era era, String n) {
    if (era == null) return Optional.empty();
    int k = n.equals("元") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : kanjiNumber(n);
    if (k < 1) return Optional.empty();
    int y = era.first + k - 1;
    if (y > era.last + 2) return Optional.empty();
    return inRange(y);
  }

  /** 二十 → 20, 三十一 → 31, 十 → 10, 〇 → 0; -1 if malformed. */
  private static int kanjiNumber(String s) {
    final String digits = "〇一二三四五六七八九";
    int value = 0;
    int current = 0;
    boolean sawTen = false;
    for (char c : s.toCharArray()) {
      if (c == '十') {
        if (sawTen) return -1;
        value += (current == 0 ? 1 : current) * 10;
        current = 0;
        sawTen = true;
      } else {
        int d = digits.indexOf(c);
        if (d < 0) return -1;
        current = current * 10 + d;
      }
    }
    return value + current;
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
