package org.seisaku.serve;

import java.util.Optional;
import org.seisaku.model.FiscalYear;

/**
 * A year filter as a person writes it: one fiscal year in any form {@link FiscalYear#parse} reads, or two joined
 * by {@code ..}, either side open.
 *
 * <pre>
 *   2008                      → 2008..2008
 *   平成20年度, H20, Ｈ２０     → 2008..2008
 *   2008..2012                → 2008..2012
 *   平成20年度..平成24年度       → 2008..2012
 *   2019..                    → 2019..(none)
 *   ..H24                     → (none)..2012
 *   2012..2008, 2008..2008..  → rejected (empty or malformed range)
 * </pre>
 *
 * @param from first year, inclusive, or null for open
 * @param to last year, inclusive, or null for open
 */
public record YearRange(Integer from, Integer to) {
  public YearRange {
    if (from == null && to == null) throw new IllegalArgumentException("a year range needs at least one end");
    if (from != null && to != null && from > to) throw new IllegalArgumentException("empty year range " + from + ".." + to);
  }

  /**
   * Reads a year or range.
   *
   * @throws IllegalArgumentException with a message naming the bad text
   */
  public static YearRange parse(String text) {
    String s = text == null ? "" : text.strip().replace('．', '.').replace("～", "..").replace("〜", "..");
    int dots = s.indexOf("..");
    if (dots < 0) {
      int y = year(s, text);
      return new YearRange(y, y);
    }
    String left = s.substring(0, dots).strip();
    String right = s.substring(dots + 2).strip();
    if (left.isEmpty() && right.isEmpty() || right.contains("..")) throw bad(text);
    Integer from = left.isEmpty() ? null : year(left, text);
    Integer to = right.isEmpty() ? null : year(right, text);
    if (from != null && to != null && from > to) {
      throw new IllegalArgumentException("year range '" + text + "' is empty (" + from + " is after " + to + ")");
    }
    return new YearRange(from, to);
  }

  private static int year(String s, String whole) {
    Optional<FiscalYear> y = FiscalYear.parse(s);
    if (y.isEmpty()) throw bad(whole);
    return y.get().year();
  }

  private static IllegalArgumentException bad(String text) {
    return new IllegalArgumentException("'" + text + "' is not a fiscal year or range"
        + " (e.g. 2008, 平成20年度, H20, 2008..2012, 平成20年度..平成24年度)");
  }
}
