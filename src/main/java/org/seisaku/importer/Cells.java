package org.seisaku.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name wrapped in a table's cell, joined to its row, from where the runs of text stand on a PDF's page.
 *
 * <p>A spreadsheet's or a word processor's PDF wraps a long name in its cell and centres the row's figures on the
 * cell: PDFBox writes 「国立研究開発法人科学」, then 「技術振興機構  102,500  98,700」, and a three-line cell as 「地域情報化」,
 * 「アドバイザー  3.2  －」, 「派遣事業」. A line of one run of text, standing in a row's first column (left edges or
 * centres within {@value #ALIGN} points, ending before the row's second column), next to the row, is a piece of the
 * row's first cell; between two rows, the pieces are split where the lines stand furthest apart (a cell's lines are
 * closer to each other than to the next row's: its padding and rule lie between), and above the first row or below
 * the last, the pieces are the row's only when the lines beyond them stand clearly further off. When the gaps do not
 * tell (a table of even lines), nothing is joined. A line that starts with a list's mark or a heading's number is an
 * item of its own; and outside a table (no other row on the page in the same columns) a piece above must be as wide
 * as the row's cell (a wrapped cell's first lines are full) and a piece below must follow a cell cut short, so that a
 * list's heading and an item's description stay apart from the item.
 *
 * <pre>
 *   地域情報化                      →   地域情報化アドバイザー派遣事業  3.2  －  △3.2  廃止
 *   アドバイザー  3.2  －  △3.2  廃止
 *   派遣事業
 * </pre>
 *
 * <p>Boxes side by side (a slide's) wrap their text the same way, a line across the boxes at a time: lines set closer
 * to each other than to the lines around them, each piece under a column of the first and with no figure, are run on
 * column by column ({@link #wrappedColumns}).
 */
final class Cells {
  private Cells() {}

  /** How far apart, in points, a piece and its row's first cell may start (or centre) and still be one column. */
  static final float ALIGN = 3f;
  /** How much wider than every other gap the gap between two cells must be to tell them apart. */
  static final float CLEAR = 1.2f;
  /** A piece no longer than this, in characters: longer text is a paragraph's, not a cell's. */
  static final int PIECE_MAX = 60;
  /** How many lines away another row of the same table is looked for. */
  static final int NEAR = 40;
  private static final Pattern FIGURE_CELL = Pattern.compile(".*[0-9０-９].*|[－―—\\-‐]");

  /**
   * A run of glyphs PDFBox wrote: where it is in its line's text, and on the page. {@code cell}: a cell starts with it
   * (a wide gap before it, or a figure a little apart from the words before it); {@code column}: a wide gap before it
   * (the text has two spaces there).
   */
  record Run(int start, int end, float x0, float x1, float y, float size, boolean cell, boolean column) {}

  /** A column of a line: where its text starts on the page and in the line (the runs after a wide gap). */
  private record Column(float x0, int start, int end) {}

  /** Whether a run of text starts with a figure's digit (or a dash for none). */
  static boolean startsFigure(String text) {
    char c = text.charAt(0);
    return Repair.isDigit(c) || "－―△▲".indexOf(c) >= 0;
  }

  /** Whether text ends with a figure's digit (or a dash for none). */
  static boolean endsFigure(CharSequence text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') end--; // after PDFBox's word separator
    if (end == 0) return false;
    char c = text.charAt(end - 1);
    return Repair.isDigit(c) || "－―".indexOf(c) >= 0;
  }

  /** A line as PDFBox wrote it, with its runs. */
  static final class Line {
    final StringBuilder text = new StringBuilder();
    final List<Run> runs = new ArrayList<>();
  }

  /** A line read as cells: its first cell's extent and end in the text, the next cell's start, how many cells. */
  private record Shape(float x0, float x1, float y, float size, float nextX0, float lastX1, int firstCellEnd, int cells,
      boolean figures, String text, List<Column> columns) {}

  /** A heading's number at the start of a line (Ⅱ, 第2, ２．): a heading over a row, not a cell's first line. */
  /** A footnote's mark alone: 「※1」, 「注2」. */
  private static final Pattern FOOTNOTE = Pattern.compile("[※＊*注]\\s*[0-9０-９]{0,2}");
  /** A list's mark or a heading's number at the start of a line: an item of its own, not a cell's second line. */
  private static final Pattern MARKED = Pattern.compile("^\\s*(?:[" + Repair.BULLETS + "]|" + Repair.NUMBER + ")");

  /**
   * The page's lines with the pieces of wrapped cells joined to their rows. {@code written}: the lines PDFBox wrote,
   * in the order of the page's lines that are not blank; when they do not match, the page is returned as it is.
   */
  static List<SourceLine> join(List<SourceLine> page, List<Line> written) {
    int n = page.size();
    Shape[] shape = new Shape[n];
    int w = 0;
    for (int i = 0; i < n; i++) {
      if (page.get(i).blank()) continue;
      if (w >= written.size() || !written.get(w).text.toString().equals(page.get(i).text())) return page;
      shape[i] = shape(written.get(w++));
    }
    if (w != written.size()) return page;

    // a row of a table: another row near it starts where it does and has its figures in the same column (a list of
    // items with their figures after them, 「・消防団の力向上モデル事業 ３．２億円」, has no columns)
    boolean[] tabled = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!isRow(shape[i])) continue;
      for (int j = Math.max(0, i - NEAR); j < Math.min(n, i + NEAR + 1) && !tabled[i]; j++) {
        if (j == i || !isRow(shape[j])) continue;
        Shape a = shape[i];
        Shape b = shape[j];
        tabled[i] = Math.abs(a.x0() - b.x0()) <= ALIGN
            && (Math.abs(a.lastX1() - b.lastX1()) <= ALIGN || Math.abs(a.nextX0() - b.nextX0()) <= ALIGN);
      }
    }
    int[] owner = new int[n];
    Arrays.fill(owner, -1);
    boolean[] below = new boolean[n]; // a piece under its row's first cell (else above it)
    for (int r = 0; r < n; r++) {
      if (!isRow(shape[r])) continue;
      // the pieces above the row: none when its cell starts with a mark (an item of its own), and only the first
      // piece may start with one; outside a table (a row alone), each as wide as the row's cell at least (a cell's
      // first lines are full), and no heading's number
      int a = r;
      String cell = shape[r].text().substring(0, shape[r].firstCellEnd()).strip();
      // (a cell that is only a footnote's mark, 「※1」, is the end of a name wrapped over it)
      boolean marked = MARKED.matcher(cell).lookingAt() && !FOOTNOTE.matcher(cell).matches();
      while (!marked && a - 1 >= 0 && owner[a - 1] < 0 && piece(shape[a - 1], shape[r])
          && (tabled[r] || full(shape[a - 1], shape[r]) && !Repair.NUMBERED.matcher(shape[a - 1].text()).lookingAt())) {
        a--;
        marked = MARKED.matcher(shape[a].text()).lookingAt();
      }
      if (a < r) {
        int b = a - 1;
        boolean blank = false;
        while (b >= 0 && page.get(b).blank()) {
          b--;
          blank = true;
        }
        if (b >= 0 && shape[b] != null) {
          boolean between = !blank && tabled[b];
          for (int k = a; k < r && between; k++) between = piece(shape[k], shape[b]);
          float[] ys = ys(shape, b, a, r - 1, r);
          int s = widest(ys);
          // pieces after the widest gap are the row's; before it, the row above's (when they stand in its column)
          for (int k = a; s >= 0 && k < r; k++) {
            if (k - a >= s) {
              owner[k] = r;
            } else if (between) {
              owner[k] = b;
              below[k] = true;
            }
          }
        }
      }
      // the pieces below the row, when no row right under them takes them: none start with a mark; outside a table,
      // only under a cell cut short (not ending as a name ends, as wide as the piece at least): 「地域情報化アドバイザー」
      // over 「派遣事業」, not 「地域交通確保事業」 over a line of its description
      int c = r;
      String firstCell = shape[r].text().substring(0, shape[r].firstCellEnd()).strip();
      boolean cut = tabled[r] || !Repair.ENDS_AS_NAME.matcher(firstCell).find();
      while (cut && c + 1 < n && owner[c + 1] < 0 && piece(shape[c + 1], shape[r])
          && !MARKED.matcher(shape[c + 1].text()).lookingAt() && (tabled[r] || full(shape[r], shape[c + 1]))) {
        c++;
      }
      if (c > r) {
        int d = c + 1;
        while (d < n && page.get(d).blank()) d++;
        // a row right under them takes them (split where the lines stand furthest apart), unless it starts with a
        // mark: then it takes none, and they are this row's
        boolean nextRow = d == c + 1 && d < n && tabled[d] && !MARKED.matcher(shape[d].text()).lookingAt();
        for (int k = r + 1; k <= c && nextRow; k++) nextRow = piece(shape[k], shape[d]);
        if (!nextRow && d < n && shape[d] != null) {
          float[] ys = ys(shape, r, r + 1, c, d);
          int s = widest(ys);
          for (int k = r + 1; s >= 0 && k <= c; k++) {
            if (k - r - 1 < s) {
              owner[k] = r;
              below[k] = true;
            }
          }
        }
      }
    }

    // each row's pieces, in the page's order: those above its first cell, then those below
    List<List<Integer>> pieces = new ArrayList<>(n);
    for (int i = 0; i < n; i++) pieces.add(null);
    for (int k = 0; k < n; k++) {
      if (owner[k] < 0) continue;
      if (pieces.get(owner[k]) == null) pieces.set(owner[k], new ArrayList<>());
      pieces.get(owner[k]).add(k);
    }
    List<SourceLine> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (owner[i] >= 0) continue;
      if (pieces.get(i) == null) {
        int next = wrappedColumns(page, shape, owner, pieces, i, out);
        if (next > i) {
          i = next;
          continue;
        }
        out.add(page.get(i));
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int k : pieces.get(i)) if (!below[k]) append(name, page.get(k).text().strip());
      String text = page.get(i).text();
      append(name, text.substring(0, shape[i].firstCellEnd()).strip());
      for (int k : pieces.get(i)) if (below[k]) append(name, page.get(k).text().strip());
      out.add(page.get(i).withText(name + text.substring(shape[i].firstCellEnd())));
    }
    return out;
  }

  /** Joins a piece of a name: Japanese runs on, two Latin words or figures keep a space between them. */
  private static void append(StringBuilder name, String piece) {
    if (name.length() > 0 && !piece.isEmpty() && isAscii(name.charAt(name.length() - 1)) && isAscii(piece.charAt(0))) {
      name.append(' ');
    }
    name.append(piece);
  }

  /**
   * Boxes side by side whose text wraps (a slide's): 「地域おこし協力隊  集落支援員推進」 over 「推進事業  事業」, set closer
   * to each other than to the lines around them, each piece under a column of the first line, with no figure and not
   * starting with a mark. Adds the first line with each column's text run on, and returns the last line taken (or
   * {@code i} when none is).
   */
  private static int wrappedColumns(List<SourceLine> page, Shape[] shape, int[] owner, List<List<Integer>> pieces, int i,
      List<SourceLine> out) {
    Shape first = shape[i];
    if (first == null || first.columns().size() < 2) return i;
    float before = Float.MAX_VALUE;
    if (i > 0 && shape[i - 1] != null) before = first.y() - shape[i - 1].y();
    List<StringBuilder> texts = new ArrayList<>();
    for (Column c : first.columns()) texts.add(new StringBuilder(first.text().substring(c.start(), c.end()).strip()));
    int last = i;
    while (last + 1 < page.size() && shape[last + 1] != null && owner[last + 1] < 0 && pieces.get(last + 1) == null) {
      Shape s = shape[last + 1];
      float pitch = s.y() - shape[last].y();
      float after = last + 2 < page.size() && shape[last + 2] != null ? shape[last + 2].y() - s.y() : Float.MAX_VALUE;
      if (pitch <= 0 || pitch * CLEAR > Math.min(before, after)) break;
      int[] into = new int[s.columns().size()];
      int k = 0;
      for (int c = 0; c < into.length; c++) {
        Column col = s.columns().get(c);
        String t = s.text().substring(col.start(), col.end()).strip();
        while (k < first.columns().size() && Math.abs(first.columns().get(k).x0() - col.x0()) > ALIGN) k++;
        // a piece of wrapped text has no figure (a table's next row has): 「推進事業」, 「億円）」, not 「合計 5,330 4,030」
        if (k == first.columns().size() || t.isEmpty() || t.matches(".*[0-9０-９].*") || MARKED.matcher(t).lookingAt()) {
          return flush(page, i, last, texts, out);
        }
        into[c] = k++;
      }
      for (int c = 0; c < into.length; c++) {
        Column col = s.columns().get(c);
        append(texts.get(into[c]), s.text().substring(col.start(), col.end()).strip());
      }
      last++;
    }
    return flush(page, i, last, texts, out);
  }

  private static int flush(List<SourceLine> page, int i, int last, List<StringBuilder> texts, List<SourceLine> out) {
    if (last == i) return i;
    out.add(page.get(i).withText(String.join("  ", texts)));
    return last;
  }

  private static boolean isAscii(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  private static Shape shape(Line l) {
    List<Run> runs = l.runs;
    if (runs.isEmpty()) return null;
    int cells = 0;
    int secondCell = -1;
    boolean figures = false;
    String text = l.text.toString();
    for (int k = 0; k < runs.size(); k++) {
      if (runs.get(k).cell()) {
        cells++;
        if (cells == 2) secondCell = k;
      }
      if (cells >= 2) figures |= FIGURE_CELL.matcher(text.substring(runs.get(k).start(), runs.get(k).end())).matches();
    }
    int lastOfFirst = secondCell < 0 ? runs.size() - 1 : secondCell - 1;
    List<Column> columns = new ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      if (!runs.get(k).column()) continue;
      int e = k + 1;
      while (e < runs.size() && !runs.get(e).column()) e++;
      columns.add(new Column(runs.get(k).x0(), runs.get(k).start(), runs.get(e - 1).end()));
    }
    return new Shape(runs.get(0).x0(), runs.get(lastOfFirst).x1(), runs.get(0).y(), runs.get(0).size(),
        secondCell < 0 ? Float.MAX_VALUE : runs.get(secondCell).x0(), runs.get(runs.size() - 1).x1(),
        runs.get(lastOfFirst).end(), cells, figures, text, columns);
  }

  /** A table's row: two cells or more, figures after the first. */
  private static boolean isRow(Shape s) {
    return s != null && s.cells() >= 2 && s.figures();
  }

  /** Whether a line may be a piece of the first cell of a row: one short run of words in the row's first column. */
  private static boolean piece(Shape p, Shape row) {
    if (p == null || p.cells() != 1 || p.text().strip().length() > PIECE_MAX || Repair.hasYen(p.text())) return false;
    boolean left = Math.abs(p.x0() - row.x0()) <= ALIGN;
    boolean centred = Math.abs((p.x0() + p.x1()) / 2 - (row.x0() + row.x1()) / 2) <= ALIGN;
    return (left || centred) && p.x1() <= row.nextX0() - 1;
  }

  /** Whether a piece above a row reaches as far right as the row's first cell (within half a character). */
  private static boolean full(Shape piece, Shape row) {
    return piece.x1() >= row.x1() - row.size() / 2;
  }

  private static float[] ys(Shape[] shape, int first, int from, int to, int last) {
    float[] ys = new float[to - from + 3];
    ys[0] = shape[first].y();
    for (int k = from; k <= to; k++) ys[k - from + 1] = shape[k].y();
    ys[ys.length - 1] = shape[last].y();
    return ys;
  }

  /** The index of the gap between {@code ys[i]} and {@code ys[i + 1]} clearly the widest, or -1 when none is. */
  static int widest(float[] ys) {
    int best = -1;
    float max = 0;
    float second = 0;
    for (int i = 0; i + 1 < ys.length; i++) {
      float g = ys[i + 1] - ys[i];
      if (g <= 0) return -1; // not top to bottom: columns of a slide, not a cell's lines
      if (g > max) {
        second = max;
        max = g;
        best = i;
      } else if (g > second) {
        second = g;
      }
    }
    return best >= 0 && max >= CLEAR * second ? best : -1;
  }
}
