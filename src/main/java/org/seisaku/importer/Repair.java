package org.seisaku.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seisaku.source.BudgetCsvReader;

/**
 * Mends the damage PDF text extraction does, line by line and then across lines, without touching normal text.
 * The chain, in order ({@link #apply}):
 *
 * <pre>
 *   columns        two columns of prose written across the page, a line of each on every line (pdftotext's layout of
 *                  a newsletter) → each column read down, its lines joined into paragraphs ({@link #proseColumns})
 *   width          ＩＣＴ ９５．７億円, ｶﾞｲﾄﾞ, ･     → ICT 95.7億円, ガイド, ・   (letters and digits half, kana full;
 *                                                                           Japanese punctuation （）、。「」 kept)
 *   undouble       協協 定定 → 協定;  子子 どど もも → 子ども;  ８８億億円円 → 8億円   (every glyph drawn twice)
 *   unrepeat       地域ICT人材の育成地域ICT人材の育成 （予算額2.8億円）（予算額2.8億円）
 *                  → 地域ICT人材の育成 （予算額2.8億円）                   (a run of 4+ characters printed twice)
 *   unspace        地 方 再 生 対 策 費 → 地方再生対策費; 市 町 村 分 2,500億円 → 市町村分 2,500億円;
 *                  ３ ． ０ 億 円 → 3.0億円 (a figure and its unit, every character apart)
 *   repeated lines a line equal to the previous non-blank line is dropped
 *   vertical       環 / 境 / 省 (one character per line) → 環境省
 *   brackets       【豊かな体験活動推進事業のうち / 農山漁村における…推進校 972百万円】 → one line
 *   broken names   二酸化炭素排出抑制対策事業費 / 補助金 【…】 → 二酸化炭素排出抑制対策事業費補助金 【…】
 *                  (the next line starts with a program word: 事業, 交付金, 補助金, 費 …);
 *                  …設置促進及び維持管理 / の推進事業 0.8億円 → …維持管理の推進事業 0.8億円 (see continuesName)
 *   wrapped lines  a line of 30+ characters that stops mid-sentence joins the next one (not in columns: a line
 *                  with two spaces in a row is a table's or a layout's)
 * </pre>
 *
 * <p>What it leaves alone (tested): ordinary sentences, ここ/ママ (kana words that are doubled by nature), 会社社長
 * (a doubled glyph inside a word: the damage only shows when every glyph of a token is doubled), 1,500億円,
 * （１）, 瀧野 欣彌 (a space between words of two or more characters), headings of fewer than 30 characters.
 * Limits: a copy that differs from its twin (a comma for a space, a cut-off last glyph) is not recognised; nor are
 * blocks of several lines repeated; a line joined by mistake stays joined.
 *
 * <p>Each joined line keeps the page and line of its first part.
 */
public final class Repair {
  private Repair() {}

  /** How many times each rule changed something, for the import summary. */
  public record Counts(int width, int undoubled, int unrepeated, int unspaced, int repeatedLines, int vertical,
      int brackets, int brokenNames, int wrapped, int columns) {
    public int total() {
      return width + undoubled + unrepeated + unspaced + repeatedLines + vertical + brackets + brokenNames + wrapped + columns;
    }
  }

  /** The repaired lines (blank lines kept, so that paragraphs stay apart) and what was done. */
  public record Result(List<SourceLine> lines, Counts counts) {}

  public static Result apply(List<SourceLine> in) {
    int[] c = new int[10];
    List<SourceLine> lines = new ArrayList<>(in.size());
    int[] runs = new int[1];
    List<SourceLine> read = tableNotes(proseColumns(sheetRows(contents(in)), runs), runs);
    c[9] = runs[0];
    // glyphs printed twice somewhere beyond doubt: a line of figures printed twice (「11 66 88」) is then read once too
    boolean doubledText = read.stream().anyMatch(l -> doubledBeyondDoubt(width(l.text())));
    for (SourceLine l : read) {
      if (BOX_RULE.matcher(l.text()).matches()) continue; // a table's rule drawn in box characters: 「├──┼──┤」
      // a spreadsheet's tab parts cells as extracted text parts columns: two spaces
      String s = markup(l.text().indexOf('\t') >= 0 ? l.text().replace("\t", "  ") : l.text());
      String t = LEADERS.matcher(width(s)).replaceAll("  "); // (dot leaders part a name and its figure as a gap does)
      if (!t.equals(s)) c[0]++;
      String u = undouble(t, doubledText);
      if (!u.equals(t)) c[1]++;
      String r = unrepeat(lineTwice(u));
      r = untwin(r, !r.equals(u) || !u.equals(t));
      if (!r.equals(u)) c[2]++;
      String sp = unspace(r);
      if (!sp.equals(r)) c[3]++;
      // a comma between digits that stood between doubled or spaced ones only now (「１１ ８８ ，， ５５」 → 「18，5」)
      // a Markdown table's row is parted into cells once its glyphs are mended (「|| 道道 路路 ||」 is a row)
      lines.add(l.withText(spacedCells(cells((sp.equals(t) ? sp : width(sp)).strip()).strip())));
    }
    lines = columnByColumn(lines); // (before repeated lines go: a column's cells may be equal, 「-」 under 「-」)
    int before = lines.size();
    lines = dropRepeatedLines(lines);
    c[4] = before - lines.size();
    lines = namesAndFigureColumns(lines);
    before = lines.size();
    lines = joinVertical(lines);
    c[5] = before - lines.size();
    before = lines.size();
    lines = joinBrackets(lines);
    c[6] = before - lines.size();
    before = lines.size();
    lines = numberedRows(lines);
    lines = acrossPages(lines);
    int joined;
    do { // until nothing more joins: a join can make a whole name that joins the line above it, as a second repair would
      joined = lines.size();
      lines = joinBrokenNames(lines);
    } while (lines.size() < joined);
    c[7] = before - lines.size();
    before = lines.size();
    lines = joinWrapped(lines);
    c[8] = before - lines.size();
    before = lines.size();
    lines = dropRepeatedLines(lines); // joins can make twins: 「…事業費」「補助金」 printed twice
    c[4] += before - lines.size();
    return new Result(List.copyOf(lines), new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]));
  }

  /** A line of a table of contents: a title, dot leaders, its page (「３ 電波監視体制の充実 ………… ３」). */
  private static final Pattern CONTENTS_LINE = Pattern.compile("^(.*[^\\s…‥・･.])\\s*(?:[…‥]{2,}|[・･]{4,}|\\.{4,})\\s*([0-9０-９]{1,3})\\s*$");
  /** The fewest lines that make a table of contents. */
  private static final int CONTENTS_LINES = 3;

  /**
   * A table of contents without its pages: three or more lines in a row (blank lines between allowed), each a title,
   * dot leaders and a page number, the pages never going down. The numbers are pages, not figures (a table's unit
   * declared above would make them 億円).
   */
  static List<SourceLine> contents(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in);
    int i = 0;
    while (i < out.size()) {
      List<Integer> run = new ArrayList<>();
      int page = -1;
      int k = i;
      while (k < out.size()) {
        if (out.get(k).blank()) {
          k++;
          continue;
        }
        Matcher m = CONTENTS_LINE.matcher(out.get(k).text());
        if (!m.matches()) break;
        int n = Integer.parseInt(width(m.group(2)));
        if (n < page) break;
        page = n;
        run.add(k);
        k++;
      }
      if (run.size() >= CONTENTS_LINES) {
        for (int r : run) {
          Matcher m = CONTENTS_LINE.matcher(out.get(r).text());
          if (m.matches()) out.set(r, out.get(r).withText(m.group(1)));
        }
      }
      i = run.isEmpty() ? i + 1 : run.get(run.size() - 1) + 1;
    }
    return out;
  }

  // ---- a table extracted column by column ----

  /** A table's cell: a figure, a dash for none, 事項要求, 皆増. */
  private static final String CELL = "[△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?|[－―—‐-]|事項要求|皆増|皆減";

  /** A table's cell alone on its line ({@link #CELL}). */
  private static final Pattern CELL_ALONE = Pattern.compile(CELL);
  /** A piece of a column's header: its year or its kind of figure (「令和７年度」「予算額」「要求・要」「望額」「増△減額」). */
  private static final Pattern HEADER_PIECE = Pattern.compile("年度|予算|要求|要望|決算|執行|額|増|減|比|備考|当初|補正");
  /** The header of a table's names: 「事 項」, 「施 策 名」, 「区 分」. */
  static final Pattern NAMES_HEADER = Pattern.compile("(?:事\\s*項|施\\s*策(?:\\s*名)?|事\\s*業\\s*名|区\\s*分|項\\s*目)");
  /** The longest piece of a column's header, and the most lines one takes. */
  private static final int HEADER_PIECE_MAX = 12;
  private static final int HEADER_LINES = 4;

  /**
   * A table that the extraction wrote column by column (text extracted without layout): its names one under the
   * other (wrapped over lines, with group headings between), then for each column its header and as many cells, each
   * alone on its line. Written again as the table laid out, a row a line, its cells two spaces apart, under a header of
   * its columns; the lines as they were when the names do not make as many rows as each column has cells.
   */
  static List<SourceLine> columnByColumn(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in);
    for (int i = 0; i < out.size(); i++) {
      if (!cellAlone(out, i) || i > 0 && cellAlone(out, i - 1)) continue;
      Table table = laidOut(out, i);
      if (table == null) continue;
      out.subList(table.from(), table.to()).clear();
      out.addAll(table.from(), table.lines());
      i = table.from() + table.lines().size() - 1;
    }
    return out;
  }

  private static boolean cellAlone(List<SourceLine> lines, int i) {
    return i >= 0 && i < lines.size() && CELL_ALONE.matcher(lines.get(i).text().strip()).matches();
  }

  private static boolean headerPiece(SourceLine l) {
    String t = l.text().strip();
    return !t.isEmpty() && t.length() <= HEADER_PIECE_MAX && HEADER_PIECE.matcher(t).find() && !CELL_ALONE.matcher(t).matches()
        && !ItemFinder.TOTAL_ROW.matcher(t).matches() && !NUMBERED.matcher(t).lookingAt() && !hasYen(t);
  }

  /** The run of cells alone from {@code i} on one page: its length. */
  private static int run(List<SourceLine> lines, int i) {
    int k = i;
    while (cellAlone(lines, k) && lines.get(k).page() == lines.get(i).page()) k++;
    return k - i;
  }

  /** A table laid out, and the lines it replaces (from, to). */
  private record Table(List<SourceLine> lines, int from, int to) {}

  /** The table whose first column's cells start at {@code first}, laid out (see {@link #columnByColumn}); null for none. */
  private static Table laidOut(List<SourceLine> lines, int first) {
    int rows = run(lines, first);
    int page = lines.get(first).page();
    if (rows < 3) return null;
    int headerStart = first;
    while (headerStart > 0 && first - headerStart < HEADER_LINES && lines.get(headerStart - 1).page() == page
        && headerPiece(lines.get(headerStart - 1))) {
      headerStart--;
    }
    if (headerStart == first) return null;
    List<String> headers = new ArrayList<>();
    List<List<String>> columns = new ArrayList<>(List.of(cells(lines, first, rows)));
    int end = first + rows;
    int secondHeader = 0; // the lines of the second column's header
    int last = rows; // the cells of the column before: a column after a shorter one is no longer
    while (true) { // the next columns: a header, as many cells; or, at the end, a year's with fewer (its last rows
      // blank: 「令和２年度」 not yet spent, no 執行額)
      int h = end;
      while (h < lines.size() && h - end < HEADER_LINES && lines.get(h).page() == page && headerPiece(lines.get(h))) h++;
      int cells = h == end || h == lines.size() || lines.get(h).page() != page ? 0 : run(lines, h); // (a header's words ending the text: no cells)
      if (cells == 0 || cells > last || cells < rows && !joined(lines, end, h).contains("年度")) break;
      if (secondHeader == 0) secondHeader = h - end;
      headers.add(joined(lines, end, h));
      columns.add(cells(lines, h, cells));
      last = cells;
      end = h + cells;
    }
    // the first column's header takes as many lines as the second's: the names above it may be a header's words too
    // (a table by kind of figure: 「執行額」 over 「執行率（％）」 over 「平成29年度」)
    if (secondHeader > 0 && first - headerStart > secondHeader) headerStart = first - secondHeader;
    headers.add(0, joined(lines, headerStart, first));
    // the names: the lines above the first header, up to the names' header, the table's unit or a blank line
    int n = headerStart;
    while (n > 0 && headerStart - n < 3 * rows && lines.get(n - 1).page() == page && !lines.get(n - 1).blank()) {
      String t = lines.get(n - 1).text().strip();
      if (NAMES_HEADER.matcher(t).matches() || hasYen(t) || t.contains("単位") || cellAlone(lines, n - 1) || t.length() > 60
          || columns(t)) {
        break;
      }
      n--;
    }
    List<NameRow> named = rowsOf(lines.subList(n, headerStart), rows);
    if (named == null && headerStart - n > rows && lines.subList(headerStart - rows, headerStart).stream()
        .noneMatch(l -> REST_START.matcher(l.text().strip()).lookingAt() || l.text().strip().startsWith("）"))) {
      // the last names as many as the cells, a line each (「当初予算」「補正予算」…「執行額」), under words that are
      // none (the table's vertical title 「予算の状況」): those stay above the table
      n = headerStart - rows;
      named = rowsOf(lines.subList(n, headerStart), rows);
    }
    if (named == null) return null;
    boolean namesHeader = n > 0 && NAMES_HEADER.matcher(lines.get(n - 1).text().strip()).matches();
    int from = namesHeader ? n - 1 : n;
    SourceLine top = lines.get(from);
    List<SourceLine> table = new ArrayList<>();
    // (with no header of its own, the names' column is headed 事項: 区分 would be a column of the rows' kinds)
    table.add(top.withText((namesHeader ? top.text().strip() : "事項") + "  " + String.join("  ", headers)));
    int row = 0;
    for (NameRow r : named) {
      StringBuilder text = new StringBuilder();
      for (SourceLine l : r.lines()) text.append(l.text().strip());
      if (!r.heading()) { // (a group's heading has no cells; a shorter column's last rows are blank)
        for (List<String> column : columns) if (row < column.size()) text.append("  ").append(column.get(row));
        row++;
      }
      table.add(r.lines().get(0).withText(text.toString()));
    }
    return new Table(table, from, end);
  }

  /**
   * A table written column by column in blocks, each its header over its cells, a cell a line, whose figures carry their
   * unit (「事 業 名」 over eight names, a blank line, 「予 算 額」 over 「３３，３１０百万円の内数」 …): each name laid out on its
   * figure's line, 「農山漁村活性化プロジェクト支援交付金（新規）  33,310百万円の内数」, the figures' block gone. A name wrapped onto
   * a line that opens a bracket (「地域雇用創造推進事業」 over 「（パッケージ事業）」) joins it when the names are one more than the
   * figures otherwise. The lines as they were when the names and figures do not pair one to one.
   */
  static List<SourceLine> namesAndFigureColumns(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in);
    for (int i = 0; i < out.size(); i++) {
      if (!NAMES_HEADER.matcher(out.get(i).text().strip()).matches() || i > 0 && !out.get(i - 1).blank()) continue;
      int namesEnd = blockEnd(out, i + 1);
      List<SourceLine> names = new ArrayList<>(out.subList(i + 1, namesEnd));
      if (names.size() < 3 || names.stream().anyMatch(l -> hasYen(l.text()))) continue;
      // the next blocks (each a header over its cells): the first whose cells are all figures with their unit
      int at = namesEnd;
      for (int block = 0; block < 3 && at < out.size(); block++) {
        while (at < out.size() && out.get(at).blank() && out.get(at).page() == out.get(i).page()) at++;
        if (at >= out.size() || out.get(at).page() != out.get(i).page() || !headerPiece(out.get(at))) break;
        int end = blockEnd(out, at + 1);
        List<SourceLine> figures = out.subList(at + 1, end);
        if (figures.size() >= 3 && figures.stream().allMatch(l -> FIGURE_CELL.matcher(l.text().strip()).matches())) {
          List<SourceLine> rows = pairedNames(names, figures.size());
          if (rows == null) break;
          List<SourceLine> laid = new ArrayList<>();
          for (int r = 0; r < rows.size(); r++) {
            laid.add(figures.get(r).withText(rows.get(r).text().strip() + "  " + figures.get(r).text().strip()));
          }
          out.subList(at, end).clear(); // (the figures' header and cells)
          out.subList(i + 1, namesEnd).clear();
          out.addAll(i + 1, laid);
          i += laid.size();
          break;
        }
        at = end;
      }
    }
    return out;
  }

  /** A figure alone with its unit, as a table's cell: 「３３，３１０百万円の内数」, 「473百万円」, 「事項要求」. */
  private static final Pattern FIGURE_CELL = Pattern.compile("(?:約\\s?)?[0-9][0-9,]*(?:\\.[0-9]+)?\\s?(?:"
      + org.seisaku.model.Amount.UNITS + ")?円(?:程度|の内数|内数)?|事項要求");

  /** Where the block of non-blank lines from {@code from} ends (a blank line, another page, the end). */
  private static int blockEnd(List<SourceLine> lines, int from) {
    int k = from;
    while (k < lines.size() && !lines.get(k).blank() && lines.get(k).page() == lines.get(from).page()) k++;
    return k;
  }

  /** The names as {@code count} rows, a line each, or a wrapped bracket joined to the name above it; null if that fails. */
  private static List<SourceLine> pairedNames(List<SourceLine> names, int count) {
    if (names.size() == count) return names;
    List<SourceLine> rows = new ArrayList<>();
    for (SourceLine l : names) {
      String t = l.text().strip();
      if (!rows.isEmpty() && t.matches("^[（(][^（()）]+[）)]$") && !STATUS_ALONE.matcher(t).matches()) {
        SourceLine prev = rows.remove(rows.size() - 1);
        rows.add(prev.withText(prev.text().strip() + t));
      } else {
        rows.add(l);
      }
    }
    return rows.size() == count ? rows : null;
  }

  /** The lines from {@code from} to {@code to} as one header: 「令和８年度」「要求・要」「望額」 → 令和８年度要求・要望額. */
  private static String joined(List<SourceLine> lines, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) sb.append(lines.get(k).text().strip().replace(" ", ""));
    return sb.toString();
  }

  private static List<String> cells(List<SourceLine> lines, int from, int count) {
    List<String> out = new ArrayList<>(count);
    for (int k = from; k < from + count; k++) out.add(lines.get(k).text().strip());
    return out;
  }

  /** A name of a table written column by column: its lines (wrapped), and whether it is a group's heading, with no cells. */
  private record NameRow(List<SourceLine> lines, boolean heading) {}

  /**
   * The names of a table written column by column, as its rows: each line a row when there are as many; else a row
   * starts at a numbered or marked line or a total and takes the lines after it that start no row (a name wrapped), and
   * numbered group headings (「１ 防災・減災の推進体制の強化」) are rows without cells. Null when that makes another
   * number of rows than {@code rows}.
   */
  private static List<NameRow> rowsOf(List<SourceLine> names, int rows) {
    if (names.size() == rows) return names.stream().map(l -> new NameRow(List.of(l), false)).toList();
    List<List<SourceLine>> grouped = new ArrayList<>();
    for (SourceLine l : names) {
      String t = l.text().strip();
      boolean starts = grouped.isEmpty() || NUMBERED.matcher(t).lookingAt() || STARTS_ITEM.matcher(t).find()
          || GROUP_NUMBERED.matcher(t).find() || ItemFinder.TOTAL_ROW.matcher(t).matches();
      if (starts) grouped.add(new ArrayList<>(List.of(l)));
      else grouped.get(grouped.size() - 1).add(l);
    }
    // (numbered lines are group headings only when there are more rows than cells)
    boolean headings = grouped.size() != rows;
    List<NameRow> out = new ArrayList<>();
    for (List<SourceLine> r : grouped) {
      out.add(new NameRow(r, headings && GROUP_NUMBERED.matcher(r.get(0).text().strip()).find()));
    }
    if (out.stream().filter(r -> !r.heading()).count() == rows) return out;
    return rowsByWrap(names, rows);
  }

  /** A name's line that starts a row of its own: numbered, marked, a group's number or a total. */
  private static boolean marked(String t) {
    return NUMBERED.matcher(t).lookingAt() || STARTS_ITEM.matcher(t).find() || GROUP_NUMBERED.matcher(t).find()
        || ItemFinder.TOTAL_ROW.matcher(t).matches();
  }

  /** Whether a line, its status aside, ends as a program's name does (事業, 交付金 …, or 推進, 強化 …). */
  private static boolean endsAsName(String t) {
    String bare = STATUS_BRACKET.matcher(t).replaceFirst("");
    return ENDS_AS_NAME.matcher(bare).find() || ENDS_AS_NAME_MORE.matcher(bare).find();
  }

  /**
   * {@link #rowsOf} for names with no mark or number of their own (「◎ 起業支援型地域雇用創造事業」 over 「（緊急雇用創出事業
   * 臨時特例基金の積み増し）」 over 「キャリアアップ助成金の拡充【労働保険特別会計】」): every line starts a row but a bracket's
   * line under a name, or a line under one cut where its phrase goes on; group headings (「Ⅰ 雇用・人材育成」) are rows
   * with cells of their own (their sums) when that makes as many rows as cells, and without any when that does.
   */
  private static List<NameRow> rowsByWrap(List<SourceLine> names, int rows) {
    List<NameRow> out = rowsByWrap(names, rows, false);
    return out != null ? out : rowsByWrap(names, rows, true);
  }

  /** {@link #rowsByWrap}; {@code betweenWords}: a name cut between two words wraps too (tried when nothing else fits). */
  private static List<NameRow> rowsByWrap(List<SourceLine> names, int rows, boolean betweenWords) {
    List<List<SourceLine>> grouped = new ArrayList<>();
    for (SourceLine l : names) {
      String t = l.text().strip();
      List<SourceLine> last = grouped.isEmpty() ? null : grouped.get(grouped.size() - 1);
      String above = last == null ? null : last.get(last.size() - 1).text().strip();
      boolean wraps = last != null && (t.startsWith("（") && !NUMBERED.matcher(t).lookingAt()
          || cutMidPhrase(above) || REST_START.matcher(t).lookingAt()
          // (or a name cut between two words, neither line marked, only the lower ending as a name does:
          // 「ナショナルトレーニングセンター競技別」 over 「強化拠点施設活用事業」)
          || betweenWords && last.size() == 1 && !marked(above) && !marked(t) && !endsAsName(above) && endsAsName(t));
      if (wraps) last.add(l);
      else grouped.add(new ArrayList<>(List.of(l)));
    }
    if (grouped.size() == rows) return grouped.stream().map(r -> new NameRow(r, false)).toList();
    List<NameRow> out = new ArrayList<>();
    for (List<SourceLine> r : grouped) out.add(new NameRow(r, GROUP_NUMBERED.matcher(r.get(0).text().strip()).find()));
    return out.stream().filter(r -> !r.heading()).count() == rows ? out : null;
  }

  // ---- a spreadsheet saved as CSV ----

  /**
   * A spreadsheet saved as CSV (most lines cells parted by commas, quoted cells that may hold commas and line breaks:
   * 「1,水産基盤整備事業（公共）,"18,420,000","17,850,000","漁港施設の…、」): each record a line of its cells two spaces
   * apart, as extracted tables part them, at the line it starts on; a cell's own line breaks joined, an empty cell
   * between others 「－」. The lines themselves when the text is no such sheet, or cannot be read as one.
   */
  static List<SourceLine> sheetRows(List<SourceLine> in) {
    int lines = 0;
    int sheet = 0;
    for (SourceLine l : in) {
      if (l.blank()) continue;
      lines++;
      // (commas parting cells, not a figure's thousands: 「1,234,567」 is no sheet's line)
      if (THOUSANDS.matcher(l.text()).replaceAll("").chars().filter(c -> c == ',').count() >= 3) sheet++;
    }
    if (lines < 5 || sheet * 2 < lines) return in;
    StringBuilder text = new StringBuilder();
    for (SourceLine l : in) text.append(l.text()).append('\n');
    List<SourceLine> out = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text.toString(), SHEET)) {
      long start = 1;
      for (CSVRecord r : parser) {
        List<String> cells = new ArrayList<>();
        for (String cell : r) cells.add(cell.replaceAll("\\s*\\R\\s*", "").strip());
        int first = 0;
        int last = cells.size() - 1;
        while (first <= last && cells.get(first).isEmpty()) first++;
        while (last >= first && cells.get(last).isEmpty()) last--;
        List<String> kept = new ArrayList<>();
        for (int k = first; k <= last; k++) kept.add(cells.get(k).isEmpty() ? "－" : cells.get(k));
        SourceLine at = in.get((int) Math.min(Math.max(start - 1, 0), in.size() - 1));
        out.add(new SourceLine(at.page(), at.line(), String.join("  ", kept)));
        start = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      return in; // (a quote left open: not a sheet after all)
    }
    return out;
  }

  /** A figure's thousands separator: 「1,234」. */
  private static final Pattern THOUSANDS = Pattern.compile("(?<=[0-9]),(?=[0-9]{3})");
  private static final CSVFormat SHEET = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

  // ---- columns of prose ----

  /** The least number of lines, each with text in both columns, that make two columns of prose. */
  static final int COLUMN_LINES = 4;
  /** A column's piece of at least this many Japanese characters is prose (a table's cell is shorter). */
  static final int PROSE_CHARS = 8;

  /**
   * Two columns of prose that the extraction wrote across the page, a line of each on every line (pdftotext's layout
   * of a newsletter): 「決定されました。地方創生関係では、      地域デジタル人材派遣事業（新規）に」. Found as a run of lines whose
   * second column starts at the same place (in display columns: a full-width character is two), after a gap of three
   * spaces or more, with prose on both sides (no wide gap inside a piece, at least {@link #PROSE_CHARS} Japanese
   * characters in most pieces: a table's figures do not qualify), on {@link #COLUMN_LINES} lines or more. Each column
   * is then read down, the left before the right, and its lines are joined into paragraphs (a piece that starts with
   * an indent 「　」, a mark 「■」 or after an empty piece starts a new one); each paragraph keeps the page and line of
   * its first piece. The input list itself when there is no such run.
   */
  static List<SourceLine> proseColumns(List<SourceLine> in) {
    return proseColumns(in, new int[1]);
  }

  /** {@link #proseColumns(List)}, counting the runs read column by column in {@code runs[0]}. */
  private static List<SourceLine> proseColumns(List<SourceLine> in, int[] runs) {
    List<SourceLine> out = null;
    int i = 0;
    while (i < in.size()) {
      int start = columnRunStart(in, i);
      if (start < 0) break;
      int at = columnAt(in.get(start).text());
      int end = start;
      int both = 0;
      while (end < in.size() && !in.get(end).blank()) {
        String t = in.get(end).text();
        int c = columnAt(t);
        if (c >= 0 && Math.abs(c - at) > 1) break;
        if (c < 0 && display(t.stripTrailing()) > at) break;
        if (c >= 0 && !leading(t)) both++;
        end++;
      }
      boolean prose = both >= COLUMN_LINES && prose(in.subList(start, end), at);
      if (prose || both >= COLUMN_LINES && boxes(in.subList(start, end), at)) {
        if (out == null) out = new ArrayList<>(in.subList(0, start));
        else out.addAll(in.subList(i, start));
        List<SourceLine> left = new ArrayList<>();
        List<SourceLine> right = new ArrayList<>();
        for (SourceLine l : in.subList(start, end)) {
          String[] parts = split(l.text(), at);
          left.add(l.withText(parts[0]));
          right.add(l.withText(parts[1]));
        }
        if (prose) {
          out.addAll(paragraphs(left));
          out.addAll(paragraphs(right));
        } else { // boxes: each column's lines as they are, the left column's first
          for (SourceLine l : left) if (!l.blank()) out.add(l);
          for (SourceLine l : right) if (!l.blank()) out.add(l);
        }
        runs[0]++;
        i = end;
      } else {
        if (out != null) out.addAll(in.subList(i, end == start ? start + 1 : end));
        i = end == start ? start + 1 : end;
      }
    }
    if (out == null) return in;
    if (i < in.size()) out.addAll(in.subList(i, in.size()));
    return out;
  }

  /**
   * A table whose last column is prose, wrapped line by line beside its rows (a 事業の概要 column): 「(1) 医療機関・薬局等
   * における物価高騰    －    286,540.0    診療報酬改定の効果が生じるまでの間、…」. Found as a run of lines whose last piece,
   * after a gap of three spaces or more, starts at the same place (in display columns), with prose there (most pieces
   * with {@link #PROSE_CHARS} Japanese characters, no wide gap inside, a third with 、 or 。: a column of names has
   * none) on {@link #COLUMN_LINES} lines or more, and a
   * row's figures on the left on two lines or more; a line that ends before that place is the table's alone. The
   * table's lines keep their left pieces in place, and the prose column is read down and joined into paragraphs after
   * the table (a paragraph a row: each starts where a row's number or figures are, and keeps the page and line of its
   * first piece), so that the rows read as rows. The input list itself
   * when there is no such run.
   */
  private static List<SourceLine> tableNotes(List<SourceLine> in, int[] runs) {
    List<SourceLine> out = null;
    int i = 0;
    while (i < in.size()) {
      int start = -1;
      for (int k = i; k < in.size() && start < 0; k++) {
        int c = columnAt(in.get(k).text());
        if (c >= 0 && proseNote(split(in.get(k).text(), c)[1])) start = k;
      }
      if (start < 0) break;
      int at = columnAt(in.get(start).text());
      int end = start;
      int notes = 0;
      int prose = 0;
      int rows = 0;
      int sentences = 0;
      while (end < in.size() && !in.get(end).blank()) {
        String[] parts = tableAndNote(in.get(end).text(), at);
        boolean note = parts != null && !parts[1].isEmpty();
        if (parts == null) break;
        if (note) {
          if (parts[1].contains("   ")) break;
          notes++;
          if (proseNote(parts[1])) prose++;
          if (parts[1].matches(".*[、。，．].*")) sentences++;
        }
        if (ROW_FIGURES.matcher(parts[0]).find()) rows++;
        end++;
      }
      if (notes >= COLUMN_LINES && prose * 4 >= notes * 3 && sentences * 3 >= notes && rows >= 2) {
        if (out == null) out = new ArrayList<>(in.subList(0, start));
        else out.addAll(in.subList(i, start));
        List<SourceLine> notesColumn = new ArrayList<>();
        for (SourceLine l : in.subList(start, end)) {
          String[] parts = tableAndNote(l.text(), at);
          out.add(l.withText(parts[0]));
          if (parts[1].isEmpty()) continue;
          // a row's note starts where the row does (its number, its figures)
          if (NUMBERED.matcher(parts[0].strip()).lookingAt() || ROW_FIGURES.matcher(parts[0]).find()) notesColumn.add(l.withText(""));
          notesColumn.add(l.withText(parts[1]));
        }
        out.addAll(paragraphs(notesColumn));
        runs[0]++;
        i = end;
      } else {
        if (out != null) out.addAll(in.subList(i, start + 1));
        i = start + 1;
      }
    }
    if (out == null) return in;
    if (i < in.size()) out.addAll(in.subList(i, in.size()));
    return out;
  }

  /**
   * A line of a table with a prose column at display column {@code at} as its two pieces, the table's (with its indent)
   * and the note's (empty for none), or null when the line is neither (it runs across the column). A line printed twice
   * on itself is read once: its note alone, when it has no wide gap and stands in the column or is prose (a line
   * printed twice may have lost its place on the page).
   */
  private static String[] tableAndNote(String line, int at) {
    String t = line;
    String once = lineTwice(t.strip());
    if (!once.equals(t.strip())) {
      if (columnAt(once) < 0 && (leading(line) || proseNote(once) || once.endsWith("。"))) return new String[] {"", once};
      int c = columnAt(once);
      String piece = c < 0 ? "" : split(once, c)[1];
      if (c >= 0 && !piece.contains("   ") && (proseNote(piece) || piece.endsWith("。"))) {
        return new String[] {split(once, c)[0], piece}; // its indent lost: the note wherever its last piece starts
      }
      t = once;
    }
    int c = noteAt(t, at);
    if (c >= 0) {
      String[] parts = split(t, c);
      return new String[] {t.substring(0, t.length() - t.stripLeading().length()) + parts[0], parts[1]};
    }
    return display(t.stripTrailing()) > at ? null : new String[] {t.stripTrailing(), ""};
  }

  /**
   * Where a line's piece of a prose column at display column {@code at} starts, or -1: at {@code at}, or further right
   * when the piece is prose (a line whose glyphs were printed twice moved it: 「診診 療療 報報 酬酬…」).
   */
  private static int noteAt(String t, int at) {
    int c = columnAt(t);
    if (c < 0) return -1;
    return Math.abs(c - at) <= 1 || c > at && proseNote(split(t, c)[1]) ? c : -1;
  }

  /** A table row's figure on the left of a line: a cell of digits (or a dash for none) after a wide gap. */
  private static final Pattern ROW_FIGURES = Pattern.compile("\\s{2,}(?:[△▲]?[0-9０-９][0-9０-９,，.．]*|[－―-])(?=\\s|$)");

  /** A piece of prose: enough Japanese characters, no wide gap inside. */
  private static boolean proseNote(String piece) {
    return !piece.contains("   ") && piece.codePoints().filter(Repair::isJapanese).count() >= PROSE_CHARS;
  }

  /** The first line at or after {@code from} with a second column, or -1. */
  private static int columnRunStart(List<SourceLine> in, int from) {
    for (int k = from; k < in.size(); k++) if (columnAt(in.get(k).text()) >= 0 && !leading(in.get(k).text())) return k;
    return -1;
  }

  private static final Pattern COLUMN_GAP = Pattern.compile("\\S( {3,})(?=\\S)");

  /**
   * Where a line's second column starts, in display columns: after the last gap of three spaces or more (or, for a
   * line with only the second column, after its indent of ten columns or more); -1 when it has none.
   */
  static int columnAt(String t) {
    if (leading(t)) { // (its spaces only: a full-width space after them is the column's own, as after a gap)
      int k = 0;
      while (t.charAt(k) == ' ') k++;
      return display(t.substring(0, k));
    }
    Matcher m = COLUMN_GAP.matcher(t);
    int end = -1;
    while (m.find()) end = m.end(1);
    return end < 0 ? -1 : display(t.substring(0, end));
  }

  /** A line of the second column only: ten display columns or more of half-width spaces before its text. */
  private static boolean leading(String t) {
    int k = 0;
    while (k < t.length() && t.charAt(k) == ' ') k++;
    return k >= 10 && k < t.length();
  }

  /** The width of text as a fixed-width layout sets it: a full-width or Japanese character is two columns. */
  static int display(String t) {
    int w = 0;
    for (int k = 0; k < t.length(); k++) w += display(t.charAt(k));
    return w;
  }

  /** A character's width in a fixed-width layout: one, or two for a full-width or Japanese one. */
  private static int display(char ch) {
    return ch < 0x1100 || (ch >= 0xFF61 && ch <= 0xFFDC) ? 1 : 2;
  }

  /** A line's two pieces at display column {@code at} (the right one empty when the line has only the left). */
  private static String[] split(String t, int at) {
    int w = 0;
    int k = 0;
    while (k < t.length() && w < at) w += display(t.charAt(k++));
    return new String[] {spaces(t.substring(0, k)), spaces(t.substring(k))};
  }

  /** Text without the half-width spaces around it (an indent 「　」 stays: it starts a paragraph). */
  private static String spaces(String t) {
    int a = 0;
    int b = t.length();
    while (a < b && t.charAt(a) == ' ') a++;
    while (b > a && t.charAt(b - 1) == ' ') b--;
    return t.substring(a, b);
  }

  /** Whether most pieces of a run are prose: no wide gap inside, and enough Japanese characters. */
  /**
   * Whether a run of two columns is of boxes (a ポイント's page of 【…】 headings with their figures below, two columns
   * of them, extracted line by line across both): each column has a box's heading and a figure.
   */
  private static boolean boxes(List<SourceLine> run, int at) {
    boolean[] heading = new boolean[2];
    boolean[] figure = new boolean[2];
    for (SourceLine l : run) {
      String[] parts = split(l.text(), at);
      for (int k = 0; k < 2; k++) {
        String piece = parts[k].strip();
        if (piece.startsWith("【")) heading[k] = true;
        if (hasYen(piece)) figure[k] = true;
      }
    }
    return heading[0] && heading[1] && figure[0] && figure[1];
  }

  private static boolean prose(List<SourceLine> run, int at) {
    int pieces = 0;
    int prose = 0;
    for (SourceLine l : run) {
      for (String piece : split(l.text(), at)) {
        if (piece.isEmpty()) continue;
        if (piece.contains("   ")) return false;
        pieces++;
        if (piece.codePoints().filter(Repair::isJapanese).count() >= PROSE_CHARS) prose++;
      }
    }
    return prose * 4 >= pieces * 3;
  }

  /** A piece that starts a paragraph of its own: an indent 「　」 or a list's mark ({@link #BULLETS}). */
  private static final Pattern NEW_PARAGRAPH = Pattern.compile("^[　" + Repair.BULLETS + "]");

  /** A column's pieces joined into paragraphs (see {@link #proseColumns}), a blank line after each. */
  private static List<SourceLine> paragraphs(List<SourceLine> pieces) {
    List<SourceLine> out = new ArrayList<>();
    SourceLine open = null;
    for (SourceLine p : pieces) {
      String t = p.text();
      if (t.isEmpty() || NEW_PARAGRAPH.matcher(t).find()) {
        if (open != null) out.add(open);
        open = null;
        if (t.isEmpty()) continue;
      }
      open = open == null ? p : open.withText(open.text() + t);
    }
    if (open != null) out.add(open);
    List<SourceLine> spaced = new ArrayList<>();
    for (SourceLine l : out) {
      spaced.add(l);
      spaced.add(l.withText(""));
    }
    return spaced;
  }

  // ---- within a line ----

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->");
  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");

  /**
   * What a PDF-to-Markdown converter adds to the text, taken off: comments (「<!-- image -->」), a heading's 「## 」,
   * bold 「**…**」, and a line break inside a table's cell (「令和８年度<br>要求額（A）」 → 令和８年度要求額（A）; a space
   * where a side is not Japanese: 「負担行為<br>120,000」 → 負担行為 120,000). Not a repair of damage: not counted.
   */
  static String markup(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('*') < 0 && s.indexOf('#') < 0) return s;
    String t = COMMENT.matcher(s).replaceAll("");
    Matcher m = BREAK.matcher(t);
    if (m.find()) {
      StringBuilder b = new StringBuilder();
      int last = 0;
      do {
        b.append(t, last, m.start());
        boolean joined = m.start() > 0 && m.end() < t.length() && isJapanese(t.charAt(m.start() - 1))
            && isJapanese(t.charAt(m.end()));
        if (!joined) b.append(' ');
        last = m.end();
      } while (m.find());
      t = b.append(t, last, t.length()).toString();
    }
    t = BOLD.matcher(t).replaceAll("$1");
    return HEADING.matcher(t).replaceFirst("");
  }

  private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");
  private static final Pattern PIPE_RULE = Pattern.compile("^\\s*\\|(?:\\s*:?-{3,}:?\\s*\\|)+\\s*$");

  /**
   * A table's cells parted as Markdown parts them, written as extracted text parts columns (two spaces): a row between
   * bars (「| 関係人口創出事業 | 80 | 95 |」); a bar table's rule line (「|---|---:|」) is left blank (a tab, 「地域おこし協力隊推進事業
   * \t250\t300」, is two spaces before any repair: {@link #apply}). Not a repair of damage: not counted.
   */

  /** A row whose cells a single space parts: its words, two cells or more, and a last word (a 備考, a 担当課). */
  private static final Pattern SPACED_ROW = Pattern.compile(
      "(.*?[^\\s0-9,.△▲])((?: (?:" + CELL + "))(?: (?:" + CELL + "))+)( [^\\s0-9△▲－―-][^\\s0-9]{0,11})?");
  /** A header of years a single space parts: 「平成29年度 平成30年度 令和元年度 令和3年度要求」. */
  private static final Pattern SPACED_YEARS = Pattern.compile(
      "(?:(?:令和|平成|昭和)?(?:元|[0-9]{1,2})年度\\S{0,6})(?: (?:令和|平成|昭和)?(?:元|[0-9]{1,2})年度\\S{0,6})+");

  /**
   * A table's row or header whose cells one space parts (text extracted without layout: 「当初予算 3,956 4,012 4,120」,
   * 「平成29年度 平成30年度」) with two spaces between its cells, as a laid-out table parts them; any other line as it is.
   */
  static String spacedCells(String t) {
    if (t.contains("  ")) return t;
    if (SPACED_YEARS.matcher(t).matches()) return t.replace(" ", "  ");
    Matcher m = SPACED_ROW.matcher(t);
    // (words of two letters or more, and a figure among the cells: 「町 1 2」 is no row)
    if (!m.matches() || m.group(1).strip().codePointCount(0, m.group(1).strip().length()) < 2 || !m.group(2).matches(".*[0-9]{2}.*")) {
      return t;
    }
    return m.group(1) + m.group(2).replace(" ", "  ") + (m.group(3) == null ? "" : "  " + m.group(3).strip());
  }

  static String cells(String t) {
    if (t.indexOf('|') < 0 || !PIPE_ROW.matcher(t).matches()) return t;
    if (PIPE_RULE.matcher(t).matches()) return "";
    String inner = t.strip();
    return inner.substring(1, inner.length() - 1).replace("|", "  ").strip();
  }

  /** CJK radicals (supplement) that PDFs' fonts use for the Japanese kanji they look like, and those kanji. */
  private static final String RADICAL_LOOKALIKES = "⺟⺠⺩⻁⻄⻆⻑⻘⻝⻤⻨⻩⻫⻭⻯⻲";
  private static final String RADICAL_KANJI = "母民王虎西角長青食鬼麦黄斉歯竜亀";

  /**
   * Full-width ASCII letters and digits to half-width, half-width katakana to full-width, the ideographic space
   * and a box's vertical sides (│┃║) to a space; a full-width comma or period between digits to ',' or '.'; a radical
   * for its kanji (⽂ → 文) and an era's ligature (㍻ → 平成). Japanese punctuation stays.
   */
  static String width(String s) {
    s = widthOnly(s);
    // a space after a figure's comma, as a proportional font's text comes out (「7, 240百万円」): the figure whole
    if (s.indexOf(", ") >= 0) s = SPACED_COMMA.matcher(s).replaceAll(",");
    return s.indexOf(',') < 0 ? s : gluedCells(s);
  }

  /**
   * Table cells run together where two columns touch (「１，２０４，５５０１，３８７，９４０」): two figures grouped by
   * thousands, parted two spaces as a laid-out table parts them; only when the run is whole figures grouped so.
   */
  static String gluedCells(String s) {
    Matcher run = GLUED_RUN.matcher(s);
    if (!run.find()) return s;
    StringBuilder out = new StringBuilder();
    int last = 0;
    do {
      List<String> parts = new ArrayList<>();
      Matcher part = GROUPED.matcher(run.group());
      int at = 0;
      while (part.find() && part.start() == at) {
        parts.add(part.group());
        at = part.end();
      }
      // (not one cell printed twice, 「２７，３００２７，３００」: that is one figure, which untwin mends)
      if (at == run.group().length() && parts.size() >= 2 && parts.stream().distinct().count() > 1) {
        out.append(s, last, run.start()).append(String.join("  ", parts));
        last = run.end();
      }
    } while (run.find());
    return last == 0 ? s : out.append(s.substring(last)).toString();
  }

  /** Digits grouped by thousands with more digits glued on: two or more figures run together. */
  private static final Pattern GLUED_RUN = Pattern.compile("(?<![0-9,.])[0-9]{1,3}(?:,[0-9]{3})+[0-9][0-9,]*(?![0-9.])");
  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+");

  private static final Pattern SPACED_COMMA = Pattern.compile(
      "(?<=[0-9]),\\s(?=[0-9]{3}(?:,\\s?[0-9]{3})*(?:\\.[0-9]+)?\\s?(?:兆|億|万|千|百)*円)");

  private static String widthOnly(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if ((ch >= '０' && ch <= '９') || (ch >= 'Ａ' && ch <= 'Ｚ') || (ch >= 'ａ' && ch <= 'ｚ')) {
        sb.append((char) (ch - 0xFEE0));
      } else if (ch == '\u3000' || ch == '│' || ch == '┃' || ch == '║') {
        sb.append(' '); // (a box's side, 「│　港湾局関係予算（国費）　２，４６５億円　│」, parts text as a space does)
      } else if ((ch == '，' || ch == '．') && i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
        sb.append(ch == '，' ? ',' : '.');
      } else if (ch >= '\u2F00' && ch <= '\u2FD5' || ch >= '\u337B' && ch <= '\u337E' || ch == '\u32FF') {
        // a Kangxi radical for the kanji it looks like (a PDF's font maps 文 to ⽂), an era's ligature (㍻ → 平成)
        sb.append(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC));
      } else if (ch >= '\u2E80' && ch <= '\u2EF3' && RADICAL_LOOKALIKES.indexOf(ch) >= 0) {
        sb.append(RADICAL_KANJI.charAt(RADICAL_LOOKALIKES.indexOf(ch))); // (⺠ → 民, ⻘ → 青: no NFKC of their own)
      } else if (ch >= '\uFF61' && ch <= '\uFF9F') {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) >= '\uFF9E' && s.charAt(j) <= '\uFF9F') j++; // voiced sound marks
        sb.append(Normalizer.normalize(s.substring(i, j), Normalizer.Form.NFKC));
        i = j - 1;
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /**
   * Whether the text has a yen figure: 円 after a figure or its unit (「５億円」, 「720 百万円」, 「金五百億円」), not the 円 of
   * a word (「円滑化」, 「円安」).
   */
  static boolean hasYen(String text) {
    int i = text.indexOf('円');
    while (i >= 0) {
      int k = i - 1;
      while (k >= 0 && text.charAt(k) == ' ') k--;
      if (k >= 0 && YEN_BEFORE.indexOf(text.charAt(k)) >= 0) return true;
      i = text.indexOf('円', i + 1);
    }
    return false;
  }

  /** What stands right before the 円 of a figure: a digit, a unit, a kanji numeral, a bracket closing a unit's cell. */
  private static final String YEN_BEFORE = "0123456789０１２３４５６７８９兆億万千百十〇一二三四五六七八九,，.．";

  /** An ASCII or a full-width digit: the digits of figures and numbering as PDFs give them. */
  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** A letter of Japanese text or the Latin alphabet (not a digit, not punctuation). */
  /** Whether a character is Japanese: kanji, hiragana or katakana. */
  static boolean isJapanese(int cp) {
    if (cp == 'ー') return true; // the prolonged sound mark of katakana words (スマート), of the common script
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA;
  }

  static boolean isLetter(int cp) {
    Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
    return Character.isLetter(cp) && (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
        || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.LATIN) || cp == 'ー' || cp == '々';
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * Undoubles tokens whose every glyph is printed twice: a run of two or more such space-separated tokens
   * (「協協 定定」 → 「協定」), or one token of four or more doubled glyphs (「協協定定」 → 「協定」), as long as the run
   * has a kanji: kana words are doubled by nature (ここ, ママ, どんどん); or a figure's digits and separators
   * (「１１ ８８ ，， ５５」). A line with such a run was printed twice throughout, so there every doubled token is
   * undoubled, short ones too (「計計」, 「４４ ００ ００」, 「－－」).
   */
  static String undouble(String s) {
    return undouble(s, false);
  }

  /**
   * {@link #undouble(String)}; {@code doubledText}: the document has glyphs printed twice elsewhere, so that a line of
   * figures whose every digit is twice (「11 66 88」, which alone could be three cells) is one figure printed twice.
   */
  static String undouble(String s, boolean doubledText) {
    String[] tokens = s.split(" ", -1);
    boolean damaged = doubledText && tokens.length >= 2 && runEnd(tokens, 0) == tokens.length
        && s.chars().allMatch(c -> c == ' ' || c >= '0' && c <= '9' || c == ',' || c == '.');
    if (!damaged) damaged = doubledBeyondDoubt(s);
    if (!damaged) return undoubledRuns(s);
    List<String> out = new ArrayList<>(tokens.length);
    int i = 0;
    while (i < tokens.length) {
      int j = runEnd(tokens, i);
      if (j > i) {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < j; k++) joined.append(halve(tokens[k]));
        out.add(joined.toString());
        i = j;
      } else {
        out.add(tokens[i]);
        i++;
      }
    }
    return String.join(" ", out);
  }

  /**
   * Four or more Japanese letters each printed twice inside a word, the rest of it once: 「（１）出出入入国国審審査査…【拡充】」
   * → 「（１）出入国審査…【拡充】」 (no word has four letters doubled in a row); or a word of two letters in brackets, each
   * glyph twice, the brackets too (「【【新新規規】】」).
   */
  static String undoubledRuns(String s) {
    // (a status mark printed twice, its brackets too: 「【【新新規規】】」 → 「【新規】」)
    s = DOUBLED_STATUS.matcher(s).replaceAll("$1$2$3$4");
    Matcher m = DOUBLED_RUN.matcher(s);
    if (!m.find()) return s;
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    do {
      out.append(s, last, m.start());
      for (int k = m.start(); k < m.end(); k += 2) out.append(s.charAt(k));
      last = m.end();
    } while (m.find());
    return out.append(s, last, s.length()).toString();
  }

  private static final Pattern DOUBLED_STATUS = Pattern.compile("([【［〔（(])\\1(\\p{IsHan})\\2(\\p{IsHan})\\3([】］〕）)])\\4");
  private static final Pattern DOUBLED_RUN = Pattern.compile("(?:([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}・ー])\\1){4,}");

  /** Whether a line has a run of glyphs printed twice beyond doubt (see {@link #strictRun}). */
  static boolean doubledBeyondDoubt(String s) {
    String[] tokens = s.split(" ", -1);
    for (int i = 0; i < tokens.length; i = Math.max(i + 1, runEnd(tokens, i))) {
      if (strictRun(tokens, i, runEnd(tokens, i))) return true;
    }
    return false;
  }

  /** The end of the run of doubled tokens from {@code i} ({@code i} itself when the token is not doubled). */
  private static int runEnd(String[] tokens, int i) {
    int j = i;
    while (j < tokens.length && doubled(tokens[j])) j++;
    return j;
  }

  /**
   * Whether tokens {@code i..j} are doubled text beyond doubt: a kanji's run (with the brackets and digits printed
   * twice beside it: 「（（ 項項 ））」), a figure's digits and separators (「１１ ８８ ４４ ，， ５５」), which a
   * figure's own digits never are, or four glyphs or more each twice and spaced apart.
   */
  private static boolean strictRun(String[] tokens, int i, int j) {
    boolean han = false;
    boolean digits = false;
    boolean marks = false;
    for (int k = i; k < j; k++) {
      han |= tokens[k].codePoints().anyMatch(Repair::isHan);
      digits |= tokens[k].chars().anyMatch(c -> c >= '0' && c <= '9');
      marks |= tokens[k].chars().anyMatch(c -> !isLetter(c) && !(c >= '0' && c <= '9'));
    }
    int run = j - i;
    // (or a kana word's letters each twice and spaced apart, four or more: 「ハハ ロロ ーー ワワ ーー クク」; no kana word is so)
    boolean kanaLetters = run >= 4 && java.util.stream.IntStream.range(i, j).allMatch(k -> tokens[k].codePointCount(0, tokens[k].length()) == 2);
    return run > 0 && (han && (run >= 2 || tokens[i].length() >= 4) || digits && marks && run >= 3 || kanaLetters);
  }

  /** Every glyph of the token twice in a row: letters, digits, brackets and punctuation (「８８億億円円」, 「（（」, 「，，」). */
  private static boolean doubled(String t) {
    if (t.length() < 2 || t.length() % 2 != 0) return false;
    for (int k = 0; k < t.length(); k += 2) {
      char a = t.charAt(k);
      if (a != t.charAt(k + 1) || Character.isSurrogate(a) || Character.isWhitespace(a)) return false;
    }
    return true;
  }

  private static String halve(String t) {
    StringBuilder sb = new StringBuilder(t.length() / 2);
    for (int k = 0; k < t.length(); k += 2) sb.append(t.charAt(k));
    return sb.toString();
  }

  /** Lines longer than this are left as they are by {@link #unrepeat} (its search is quadratic). */
  static final int UNREPEAT_MAX = 2_000;

  /**
   * Removes the second copy of a run of four or more characters (with at least one letter) that follows itself
   * directly or after one space: 「情報通信基盤の整備情報通信基盤の整備」 → 「情報通信基盤の整備」. The leftmost such run,
   * the shortest there, one at a time, as the regular expression {@code (.{4,}?) ?\1} finds them (RepairTest checks
   * both agree), but by comparing characters: the expression's back-references took a minute on long lines.
   */
  static String unrepeat(String s) {
    if (s.length() > UNREPEAT_MAX || s.length() < 8) return s;
    String cur = s;
    for (int guard = 0; guard < 50; guard++) {
      int[] r = firstRepeat(cur);
      if (r == null) break;
      cur = cur.substring(0, r[0] + r[1]) + cur.substring(r[0] + 2 * r[1] + r[2]);
    }
    return cur;
  }

  /**
   * The first repeat {@code {start, length, gap}} that {@link #unrepeat} removes, or null: as {@code find()} of
   * {@code (.{4,}?) ?\1} tried again after each match it rejects (a unit without a letter, or blank).
   */
  static int[] firstRepeat(String s) {
    int n = s.length();
    int i = 0;
    while (i + 8 <= n) {
      int[] m = repeatAt(s, i);
      if (m == null) {
        i++;
        continue;
      }
      String unit = s.substring(i, i + m[1]);
      // (a signed cell printed twice, 「＋27.4＋27.4」: two columns never touch without a space; but a header's year over
      // two columns, 「区 分 ２４年度 ２４年度 ２３年度」 (the year's request and its budget), is no year printed twice)
      boolean headerYears = YEAR_UNIT.matcher(unit.strip()).matches() && (m[2] == 1 || unit.startsWith(" ") || unit.endsWith(" "))
          && YEAR_UNIT.matcher(s).results().count() >= 3;
      if (!headerYears && (repeatable(unit) || m[2] == 0 && SIGNED_FIGURE.matcher(unit).matches())) return m;
      i += 2 * m[1] + m[2]; // a rejected match: the search goes on after it, as Matcher.find does
    }
    return null;
  }

  /**
   * A whole line printed twice, the copies side by side or one space apart, a table's row or header as much as a
   * sentence: 「事     項     予算額     要求額事     項     予算額     要求額」 → its first copy. (A header whose
   * columns repeat, 「事業費  国費  事業費  国費」, has its copies a column's gap apart, and stays.)
   */
  static String lineTwice(String s) {
    String t = s.strip();
    int n = t.length();
    int h = n / 2;
    boolean twice = n >= 4 && (n % 2 == 0 && t.regionMatches(0, t, h, h)
        || n % 2 == 1 && t.charAt(h) == ' ' && t.regionMatches(0, t, h + 1, h));
    if (!twice) return s;
    String half = t.substring(0, h);
    // a kanji or a figure in it: kana are doubled by nature (「ますます」)
    if (h < 3 || Character.isWhitespace(half.charAt(h - 1))
        || half.codePoints().noneMatch(c -> isHan(c) || c >= '0' && c <= '9')) return s;
    return s.substring(0, s.indexOf(t)) + half;
  }

  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final String FIGURE = "[△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?[%％]?";
  /** A figure, with the figure in parentheses after it (「85（72）」). */
  private static final Pattern TWIN_FIGURE = Pattern.compile(FIGURE + "(?:[（(]" + FIGURE + "[）)])?");
  private static final Pattern WELL_FORMED = Pattern.compile("[△▲]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?");

  /**
   * Tokens printed twice as a whole that {@link #unrepeat} leaves (shorter than four, or without a letter): a
   * figure whose twin is no figure (「27,30027,300」, 「1.131.13」, 「△7.0△7.0」) always; in a line already found
   * printed twice ({@code damaged}, or with such a figure, or two such words with a kanji), a figure that may be one
   * (「400400」), a word of one to three glyphs with a kanji (「計計」), a mark (「－－」) and 「うちうち」.
   */
  static String untwin(String s, boolean damaged) {
    Matcher m = TOKEN.matcher(s);
    boolean sure = damaged;
    int words = 0; // twins with a kanji: 「予算額予算額  要求額要求額」
    while (!sure && m.find()) {
      String half = twinHalf(m.group());
      if (half == null) continue;
      sure = TWIN_FIGURE.matcher(half).matches() && !WELL_FORMED.matcher(m.group()).matches()
          || half.codePoints().anyMatch(Repair::isHan) && ++words >= 2;
    }
    if (!sure) return s;
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    m.reset();
    while (m.find()) {
      String half = twinHalf(m.group());
      boolean mend = half != null && (TWIN_FIGURE.matcher(half).matches() || half.equals("うち") // a breakdown's word
          || half.length() < 4 && (half.codePoints().anyMatch(Repair::isHan) || half.codePoints().noneMatch(Repair::isLetter)));
      out.append(s, last, m.start()).append(mend ? half : m.group());
      last = m.end();
    }
    return out.append(s, last, s.length()).toString();
  }

  /** The first half of a token that is the same text twice, or null. */
  private static String twinHalf(String t) {
    int h = t.length() / 2;
    return t.length() >= 2 && t.length() % 2 == 0 && t.regionMatches(0, t, h, h) ? t.substring(0, h) : null;
  }

  /**
   * Whether a unit printed twice is damage to mend: it has a letter, and no run of spaces (「事業費      国費      」
   * twice is a table's columns: 事業費 and 国費 of one year, then of the next). A whole line twice is {@link #lineTwice}.
   */
  static boolean repeatable(String unit) {
    return unit.codePoints().anyMatch(Repair::isLetter) && !unit.isBlank() && !unit.contains("  ")
        && !SPACED_WORD.matcher(unit.strip()).matches(); // 「予 算 額  予 算 額」: two columns' headers, spaced apart
  }

  private static final Pattern YEAR_UNIT = Pattern.compile(ItemFinder.ERA_YEAR);

  /** A signed figure: an increase or a decrease of a table's 増減 column (「＋27.4」, 「△4.2」). */
  private static final Pattern SIGNED_FIGURE = Pattern.compile("[＋+△▲][0-9][0-9,]*(?:\\.[0-9]+)?");

  /** A word's letters spaced apart: 「予 算 額」 (printed twice, a glyph is 「予予 算算 額額」, never 「予 算 額 予 算 額」). */
  private static final Pattern SPACED_WORD = Pattern.compile("\\S(?: \\S)+");

  /** The shortest unit of four or more characters at {@code i} followed by itself (after one space, else directly). */
  private static int[] repeatAt(String s, int i) {
    int n = s.length();
    for (int k = i; k < i + 3 && k < n; k++) if (isLineBreak(s.charAt(k))) return null;
    for (int len = 4; i + 2 * len <= n; len++) {
      if (isLineBreak(s.charAt(i + len - 1))) return null; // . matches no line break
      if (s.charAt(i + len) == ' ' && i + 2 * len + 1 <= n && s.regionMatches(i, s, i + len + 1, len)) {
        return new int[] {i, len, 1};
      }
      if (s.regionMatches(i, s, i + len, len)) return new int[] {i, len, 0};
    }
    return null;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Joins a run of two or more single letters spaced apart (「地 方 再 生 対 策 費」 → 「地方再生対策費」), with the
   * digits and brackets spaced among them (「令 和 ７ 年 度 予 算 額 （ 案 ）」, 「２ ０ ２ ０ 年」), or a figure's digits
   * with its point (「１ ５ ． ０」). Only Japanese letters: 「A 町」, 「○ 町」, 「1 2」, 「町 1」 stay.
   */
  static String unspace(String s) {
    if (s.indexOf(' ') >= 0 && s.indexOf('円') >= 0) {
      // a figure spaced apart with its unit: 「３ ． ０ 億 円」 → 3.0億円 (every character apart, the unit's too)
      s = SPACED_FIGURE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
          m.group().replace(" ", "").replace('．', '.').replace('，', ',')));
    }
    String[] tokens = s.split(" ", -1);
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    boolean first = true;
    while (i < tokens.length) {
      int j = i;
      int letters = 0;
      int digits = 0;
      int points = 0;
      while (j < tokens.length && (singleJapanese(tokens[j]) || spacedAmong(tokens[j]))) {
        if (singleJapanese(tokens[j])) letters++;
        else if (isDigit(tokens[j].charAt(0))) digits++;
        else if (".．,，".indexOf(tokens[j].charAt(0)) >= 0) points++;
        j++;
      }
      // 「町 1」: a figure after the word is no part of it (「２ ０ ２ ０ 年」 before it is)
      if (letters > 0) while (j > i && isDigit(tokens[j - 1].charAt(0))) j--;
      if (!first) out.append(' ');
      first = false;
      boolean word = letters >= 2 || letters == 1 && digits >= 2; // 「地 方 費」, 「２ ０ ２ ０ 年」
      boolean figure = letters == 0 && digits >= 2 && points > 0 && isDigit(tokens[i].charAt(0))
          && isDigit(tokens[j - 1].charAt(0)); // 「１ ５ ． ０」
      if ((word || figure) && j - i >= 2) {
        for (int k = i; k < j; k++) out.append(tokens[k]);
        i = j;
      } else {
        out.append(tokens[i]);
        i++;
      }
    }
    return out.toString();
  }

  private static final Pattern SPACED_FIGURE = Pattern.compile(
      "(?<![0-9])[0-9](?: (?:[0-9]|[.．,，] [0-9]|[兆億] [0-9]))* (?:(?:兆|億|百 万|千 万|千|万) )?円");

  /** A digit or a bracket alone between letters spaced apart. */
  private static boolean spacedAmong(String t) {
    return t.length() == 1 && (isDigit(t.charAt(0)) || "（）()「」『』【】［］・－％%.．,，".indexOf(t.charAt(0)) >= 0);
  }

  private static boolean singleJapanese(String t) {
    if (t.codePointCount(0, t.length()) != 1) return false;
    int cp = t.codePointAt(0);
    return Character.isLetter(cp) && isJapanese(cp);
  }

  // ---- across lines ----

  /**
   * Drops a non-blank line equal (spaces aside) to the previous non-blank line; a figure alone on its line only when
   * lines of words are repeated too (a table a cell a line has two equal cells one under the other: 「50.6」 「50.6」).
   */
  static List<SourceLine> dropRepeatedLines(List<SourceLine> in) {
    int wordsRepeated = 0;
    String previous = null;
    for (SourceLine l : in) {
      if (l.blank()) continue;
      String key = SPACES.matcher(l.text()).replaceAll("");
      if (key.equals(previous) && key.codePoints().anyMatch(Repair::isJapanese)) wordsRepeated++;
      previous = key;
    }
    List<SourceLine> out = new ArrayList<>(in.size());
    String last = null;
    for (SourceLine l : in) {
      if (l.blank()) {
        out.add(l);
        continue;
      }
      String key = SPACES.matcher(l.text()).replaceAll("");
      if (key.equals(last) && (wordsRepeated > 0 || !NUMBER_ALONE.matcher(key).matches())) continue;
      last = key;
      out.add(l);
    }
    return out;
  }

  /** Joins two or more consecutive lines of one Japanese letter each (vertical text): 環 / 境 / 省 → 環境省. */
  static List<SourceLine> joinVertical(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      int j = i;
      while (j < in.size() && singleJapanese(in.get(j).text())) j++;
      if (j - i >= 2) {
        // (a year's digits a line each above its 年: 「２」 「０」 over 「年」 「度」 「補」 「正」, a badge set vertically)
        int from = i;
        while (in.get(i).text().strip().startsWith("年") && from > i - 2 && from > 0 && out.size() > 0
            && in.get(from - 1).text().strip().matches("[0-9]") && out.get(out.size() - 1) == in.get(from - 1)) {
          from--;
          out.remove(out.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < j; k++) sb.append(k < i ? in.get(k).text().strip() : in.get(k).text());
        out.add(in.get(from).withText(sb.toString()));
        i = j;
      } else {
        out.add(in.get(i));
        i++;
      }
    }
    return out;
  }

  /**
   * Joins a line that opens 【 or （ without closing it to the following lines (blank lines between are skipped)
   * when they close it within two more non-blank lines; otherwise leaves it.
   */
  static List<SourceLine> joinBrackets(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      SourceLine l = in.get(i);
      int open = unclosed(l.text());
      if (open > 0) {
        StringBuilder sb = new StringBuilder(l.text());
        int j = i + 1;
        int taken = 0;
        int depth = open;
        List<Integer> used = new ArrayList<>();
        while (j < in.size() && taken < 2 && depth > 0) {
          if (!in.get(j).blank()) {
            used.add(j);
            depth += unclosed(in.get(j).text());
            taken++;
          }
          j++;
        }
        if (depth <= 0 && !used.isEmpty()) {
          // a table's row whose name's bracket closes below it: the rest goes into its name, before its cells
          // (「(1) 公立学校施設の整備（耐震化・老朽化対策、  1,745  688」 over 「体育館等への空調設置）」)
          Matcher row = ROW_CELLS.matcher(l.text());
          if (used.size() == 1 && tableRow(l.text()) && row.matches() && unclosed(row.group(1)) > 0 && namePiece(in.get(used.get(0)).text())) {
            out.add(l.withText(withNameRest(l.text(), in.get(used.get(0)).text().strip())));
            i = used.get(0) + 1;
            continue;
          }
          for (int k : used) {
            String next = in.get(k).text();
            sb.append(joint(sb.toString(), next)).append(next);
          }
          // (a figure cut after its comma, 「６２億７，」 over 「１００万円）」, is one figure again: its comma a figure's)
          out.add(l.withText(width(sb.toString())));
          i = used.get(used.size() - 1) + 1;
          continue;
        }
      }
      out.add(l);
      i++;
    }
    return out;
  }

  /** Opening minus closing 【】 and （） (full or half width) in a line. */
  static int unclosed(String s) {
    int d = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (opens(ch)) d++;
      else if (closes(ch)) d--;
    }
    return d;
  }

  /** The brackets the import reads a figure's context by (after ItemFinder has read 〈《≪＜ as 【). */
  static boolean opens(char ch) {
    return ch == '【' || ch == '（' || ch == '(' || ch == '［' || ch == '〔';
  }

  static boolean closes(char ch) {
    return ch == '】' || ch == '）' || ch == ')' || ch == '］' || ch == '〕';
  }

  /** The words that end a program's name: 事業, 交付金, 補助金, 事業費補助金 … (longest first). */
  static final String NAME_ENDS = "事業費補助金|事業費|事業|交付金|補助金|負担金|拠出金|分担金|委託費|推進費|対策費|基金";
  /** Words that end a program's name and can start a line when a name is broken (see {@link #joinBrokenNames}). */
  /** What may follow a name's end at a line's start: the line's end, a gap, a bracket or mark, a figure, 事項要求, として. */
  private static final String AFTER_NAME_END = "(?=$|[ 　（(【＊※*]|[0-9△▲]|約|事項要求|として)";
  private static final Pattern NAME_TAIL_START = Pattern.compile("^(?:" + NAME_ENDS + "|費)" + AFTER_NAME_END);

  /** A name cut before the 金 of its 交付金, 補助金, 利子補給金 …: 「総合特区支援利子補給」 over 「金」. */
  private static final Pattern MONEY_WORD_CUT = Pattern.compile("(?:補給|交付|補助|負担|拠出|分担|給付|助成|奨励)$");
  private static final Pattern MONEY_TAIL = Pattern.compile("金" + AFTER_NAME_END);
  /**
   * A name cut inside the word that ends it, 事業, 基金, 補助, 交付金, 負担金 or 委託費: 「○ 地域公共交通確保維持改善事」 over
   * 「業（国土交通省）」, 「３ 都市鉄道利便増進事業費補」 over 「助」. Each word's first letter, and what may follow it.
   */
  private static final String WORD_HEADS = "事基補交負委";
  private static final Pattern[] WORD_RESTS = java.util.stream.Stream.of("業費?", "金", "助(?:金)?", "付金?", "担金?", "託費?")
      .map(r -> Pattern.compile(r + AFTER_NAME_END)).toArray(Pattern[]::new);
  private static final Pattern WORD_HEAD_CUT = Pattern.compile("(?<=\\p{IsHan})[" + WORD_HEADS + "]$");

  /** Whether {@code above} ends inside the word that ends a program's name and {@code line} starts with the word's rest. */
  private static boolean endWordCut(String above, String line) {
    if (MONEY_WORD_CUT.matcher(above).find() && MONEY_TAIL.matcher(line).lookingAt()) return true;
    Matcher head = WORD_HEAD_CUT.matcher(above);
    return head.find() && WORD_RESTS[WORD_HEADS.indexOf(head.group().charAt(0))].matcher(line).lookingAt();
  }

  /**
   * A name's last letters and its end alone on a line, the name cut inside a word above it: 「…プロジェクト支」 over
   * 「援交付金」.
   */
  private static final Pattern WORD_CUT_TAIL = Pattern.compile("\\p{IsHan}{1,2}(?:" + NAME_ENDS + ")");

  /**
   * An item's name cut inside a word of katakana: 「◆地方部における無料Ｗｉ－Ｆｉ・キャッシュ」 over 「レス環境の整備支援事業」 (the
   * item starts with its mark or number, the line below with neither, and no figure above).
   */
  private static boolean katakanaCut(String above, String line) {
    String a = above.strip();
    String t = line.strip();
    String words = itemWords(a);
    if (words == null || words.isBlank() || t.isEmpty() || STARTS_ITEM.matcher(t).find() || NUMBERED.matcher(t).lookingAt()
        || a.codePointCount(0, a.length()) > 40) {
      return false;
    }
    // (or cut after a 「・」: 「10．石油・LPガスの災害時供給強化・」 over 「SSの経営力強化事業 【125億円】」)
    return isKatakana(a.codePointBefore(a.length())) && isKatakana(t.codePointAt(0)) || a.endsWith("・") && !t.startsWith("・");
  }

  /**
   * A numbered item's name cut before its last letter, which starts the line of its figure: 「（３）過疎地域等の新たな振興方策に
   * 関する調査研」 over 「究 要求額 ４５，８２０」 (one letter, then a gap and the rest; not a total's 「計」).
   */
  private static boolean lastLetterCut(String above, String line) {
    String a = above.strip();
    String words = itemWords(a);
    if (words == null || words.codePointCount(0, words.length()) < 8 || !isHan(a.codePointBefore(a.length()))) return false;
    return LAST_LETTER.matcher(line.strip()).lookingAt();
  }

  /** The words of a line that starts an item after its mark or number, when they have no digit and no gap; else null. */
  private static String itemWords(String a) {
    Matcher item = STARTS_ITEM.matcher(a);
    if (!item.find() || a.contains("  ")) return null;
    String words = a.substring(item.end());
    return words.matches(".*[0-9０-９].*") ? null : words;
  }

  private static final Pattern LAST_LETTER = Pattern.compile("[\\p{IsHan}&&[^計合小]][ 　]+(?=\\S)");

  /**
   * A bulleted item's name wrapped onto a short line of its own: 「○ 社会保障・税番号制度の導入に伴う地方公共団体」 over 「システムの整備【新規】」,
   * 「○ 政治資金収支報告書のオンライン提出の推」 over 「進」 (the item starts with its mark, the line below with none, no figure
   * in either, and only together do they end as a program's name; not a group's heading 「Ⅲ …」 over its first row).
   */
  private static boolean itemNameWraps(String above, String line) {
    String a = above.strip();
    String t = STATUS_BRACKET.matcher(line.strip()).replaceFirst("");
    if (a.isEmpty() || t.isEmpty() || BULLETS.indexOf(a.charAt(0)) < 0 || STARTS_ITEM.matcher(t).find() || NUMBERED.matcher(t).lookingAt()
        || a.matches(".*[0-9０-９].*") || t.matches(".*[0-9０-９].*") || a.contains("  ") || t.contains(" ")
        || a.codePointCount(0, a.length()) < 10 || t.codePointCount(0, t.length()) > 12 || ItemFinder.FIELD_LINE.matcher(t + " ").find()) {
      return false;
    }
    return !ENDS_AS_NAME.matcher(a).find() && ENDS_AS_NAME.matcher(a + t).find() || ENDS_AS_NAME_MORE.matcher(a + t).find()
        && !ENDS_AS_NAME_MORE.matcher(a).find()
        // (or a short rest that is a program's end itself: 「○ 住基カード多目的利用推進」 over 「モデル事業（新規）」)
        || t.codePointCount(0, t.length()) <= 6 && PROGRAM_END.matcher(t).find();
  }

  private static final Pattern PROGRAM_END = Pattern.compile("^[\\p{IsHan}ァ-ヶー]{0,6}(?:事業|交付金|補助金)$");
  private static final Pattern STATUS_BRACKET = Pattern.compile("[【（(［〔](?:新規|拡充|継続|一部新規)[】）)］〕]$");
  private static final Pattern ENDS_AS_NAME_MORE = Pattern.compile("(?:強化|充実|促進|確保|推進|整備|実施|構築|創出|活用|育成)$");

  private static boolean isKatakana(int c) {
    return c >= 'ァ' && c <= 'ヶ' || c == 'ー';
  }

  /**
   * Joins a line that ends without punctuation to the next line (no blank line between) when the next starts
   * with the end of a program's name: 「二酸化炭素排出抑制対策事業費」 + 「補助金 【…】」.
   */
  static List<SourceLine> joinBrokenNames(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in.size());
    for (SourceLine l : in) {
      if (!out.isEmpty() && !l.blank()) {
        // a name's end after a gap of one blank line (a PDF's paragraph spacing between a name's two lines) joins as
        // one right under it does
        int gap = out.size() >= 2 && out.get(out.size() - 1).blank() && !out.get(out.size() - 2).blank() ? 1 : 0;
        SourceLine prev = out.get(out.size() - 1 - gap);
        String p = prev.text();
        boolean endsOpen = !prev.blank() && !p.isEmpty() && isLetter(p.codePointBefore(p.length())) && !hasYen(p);
        // (not a line of column labels, 「事業費      国費      事業費      国費」: a table's header, no name's end)
        // (after a gap, only a line that cannot start a name of its own: 「補助金 1,200」, 「の推進事業 0.8億円」,
        // 「支援事業 1,200」, 「金 12,054」)
        if (endsOpen && !(columns(l.text()) && !l.text().matches(".*[0-9].*"))
            && (NAME_TAIL_START.matcher(l.text()).find() || continuesName(p, l.text(), gap == 1)
                || endWordCut(p, l.text())
                || gap == 0 && WORD_CUT_TAIL.matcher(l.text().strip()).matches() && !ItemFinder.programWord(p.strip())
                || gap == 0 && itemNameWraps(p, l.text())
                || gap == 0 && lastLetterCut(p, l.text()))
            || gap == 0 && !prev.blank() && katakanaCut(p, l.text())) {
          if (gap == 1) out.remove(out.size() - 1);
          out.set(out.size() - 1, prev.withText(p + l.text()));
          continue;
        }
        if ((REST_START.matcher(l.text()).lookingAt() || NAME_TAIL.matcher(l.text()).matches()) && wrappedRest(l.text()) && tableRow(p)) {
          // a rest no name starts with, below a row (after a cell's padding too): 「…に向けた基地港湾    9,740」 over
          // 「の整備＊2」
          if (gap == 1) out.remove(out.size() - 1);
          out.set(out.size() - 1, prev.withText(withNameRest(p, l.text())));
          continue;
        }
        if (gap == 1) {
          out.add(l);
          continue;
        }
        if (wrappedCell(p, l.text())) {
          out.set(out.size() - 1, prev.withText(p + l.text()));
          continue;
        }
        Matcher row = ROW_CUT_NAME.matcher(p);
        if (row.matches() && wrappedRest(l.text())) {
          out.set(out.size() - 1, prev.withText(row.group(1) + l.text() + row.group(2)));
          continue;
        }

      }
      out.add(l);
    }
    return out;
  }

  /**
   * A table's numbered rows whose names wrap in their cells, as text: the name's pieces above the row's figures (「(2)
   * 介護施設・事業所における介護職」 over 「員等の処遇改善及び物価高騰対策    －    128,400.0」) and below them (「支援」),
   * joined into one row on the line of its figures. The number says where a row starts, so a piece is any line of a few
   * words with no figure, no wide gap, no sentence's end, no number, note's or list's mark of its own (a 「・」 that goes
   * on from the name is one) and not a status alone (「新規」, 「（新規）」: the row's 備考), between the row's number and the
   * next row; the last pieces below a row are not taken when a row with no number of its own follows them (they are its
   * name's start), and a numbered line over rows with no number of their own is their group's heading, not a name's
   * start.
   */
  static List<SourceLine> numberedRows(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in.size());
    int i = 0;
    while (i < in.size()) {
      SourceLine l = in.get(i);
      if (!NUMBERED.matcher(l.text()).lookingAt()) {
        out.add(l);
        i++;
        continue;
      }
      // the row's figures: on its numbered line, or below the pieces of its name
      int r = i;
      if (!tableRow(l.text())) {
        if (!rowPiece(l.text(), true)) {
          out.add(l);
          i++;
          continue;
        }
        r = i + 1;
        while (r < in.size() && r - i <= 3 && rowPiece(in.get(r).text(), false)) r++;
        if (r >= in.size() || NUMBERED.matcher(in.get(r).text()).lookingAt() || STARTS_ITEM.matcher(in.get(r).text()).find()
            || !tableRow(in.get(r).text())) {
          out.add(l);
          i++;
          continue;
        }
      }
      int end = r + 1;
      while (end < in.size() && end - r <= 2 && rowPiece(in.get(end).text(), false)) end++;
      boolean unnumberedBelow = end < in.size() && !NUMBERED.matcher(in.get(end).text()).lookingAt()
          && ROW_CELLS.matcher(in.get(end).text()).matches();
      int next = r + 1; // the next row (past its breakdown, 「（うち直轄事業）  （68,240）」)
      while (next < in.size() && next - r <= 6 && !ROW_CELLS.matcher(in.get(next).text()).matches()) next++;
      if (r > i && (next >= in.size() || next - r > 6 || !NUMBERED.matcher(in.get(next).text()).lookingAt())) {
        // a numbered line over rows with no number of their own is their group's heading (「１．国際競争力の強化」);
        // the rows must be numbered for a name's start above its figures to be known
        out.add(l);
        i++;
        continue;
      }
      if (unnumberedBelow) end = r + 1; // a row with no number below: the pieces are its name's start
      if (r == i && end == r + 1) {
        out.add(l);
        i++;
        continue;
      }
      StringBuilder above = new StringBuilder();
      for (int k = i; k < r; k++) above.append(in.get(k).text());
      StringBuilder below = new StringBuilder();
      for (int k = r + 1; k < end; k++) below.append(in.get(k).text());
      out.add(in.get(r).withText(withNameRest(above + in.get(r).text(), below.toString())));
      i = end;
    }
    return out;
  }

  /**
   * A row with the rest of its name put at the end of its first cell (before the cells after it: an account's
   * 「エネルギー対策特別会計」, the figures).
   */
  private static String withNameRest(String row, String rest) {
    Matcher gap = WIDE_GAP.matcher(row);
    Matcher lead = LEADING_STATUS.matcher(row);
    if (lead.lookingAt()) gap.region(lead.end(), row.length()); // (the name is the cell after a status's)
    return gap.find() ? row.substring(0, gap.start()) + rest + row.substring(gap.start()) : row + rest;
  }

  private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}");

  /** The statuses a budget row may have (新規, 拡充, 継続, 廃止), as alternatives of a regular expression. */
  static final String STATUS_WORDS = String.join("|", BudgetCsvReader.STATUSES);
  /** A status alone: 「新規」, 「（新規）」 (a row's 備考). */
  static final Pattern STATUS_ALONE = Pattern.compile("[（(]?(?:" + STATUS_WORDS + ")[）)]?");
  /** A table's first column that is a status (区分: 新規, 拡充, 継続), a gap before the name (one space in a PDF's text). */
  static final Pattern LEADING_STATUS = Pattern.compile("^\\s*(" + STATUS_WORDS + ")\\s+(?=\\S)");

  /**
   * A table's row whose name a page break cut: the page's number (「－ １ －」), then the next page's repeated title,
   * unit and header (lines the text had before), stand between the name's head and the rest. A short line with no
   * figure right after them is the rest of the row above the break (「世界銀行防災グローバル・ファシ  3,300,000,000円」 …
   * 「リティ（ＧＦＤＲＲ）拠出金」); a short line with no figure right before them, under a row, is the head of the row
   * after them (「アジア開発銀行アジア太平洋」 … 「災害リスク軽減基金拠出金  850,000,000円」). The row keeps the line
   * of its figures.
   */
  static List<SourceLine> acrossPages(List<SourceLine> in) {
    List<SourceLine> out = new ArrayList<>(in);
    Set<String> seen = new HashSet<>();
    for (int p = 0; p < out.size(); p++) {
      String t = out.get(p).text().strip();
      if (!PAGE_NUMBER.matcher(t).matches()) {
        if (!t.isEmpty()) seen.add(SPACES.matcher(t).replaceAll("")); // (a title's spaces may differ on each page)
        continue;
      }
      int b = p - 1;
      while (b >= 0 && out.get(b).blank()) b--;
      int a = p + 1;
      while (a < out.size() && (out.get(a).blank() || seen.contains(SPACES.matcher(out.get(a).text()).replaceAll("")))) a++;
      if (b < 0 || a >= out.size()) continue;
      String before = out.get(b).text();
      String after = out.get(a).text();
      if (tableRow(before) && namePiece(after)) {
        out.set(b, out.get(b).withText(withNameRest(before, after.strip())));
        out.remove(a);
      } else if (namePiece(before) && tableRow(after) && b > 0 && tableRow(lastText(out, b))) {
        out.set(a, out.get(a).withText(before.strip() + after.strip()));
        out.remove(b);
        p--;
      }
    }
    return out;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A page's number alone on its line: 「－ １ －」, 「- 2 -」, 「―3―」. */
  static final Pattern PAGE_NUMBER = Pattern.compile("[－―\\-‐]\\s*[0-9]{1,3}\\s*[－―\\-‐]");

  /** A short piece of a name on a line of its own: a {@link #rowPiece} that starts with a letter (no bracket). */
  private static boolean namePiece(String t) {
    String s = t.strip();
    return rowPiece(s, false) && isLetter(s.codePointAt(0));
  }

  /** The text of the last line with text before index {@code k}, or "". */
  private static String lastText(List<SourceLine> lines, int k) {
    for (int j = k - 1; j >= 0; j--) if (!lines.get(j).blank()) return lines.get(j).text();
    return "";
  }

  /** Dot leaders between a name and its figure: 「…………」, 「‥‥」, 「・・・・」, 「....」. */
  private static final Pattern LEADERS = Pattern.compile("(?:[…‥]{2,}|[・･]{4,}|\\.{4,})\\s*+");

  /** A table's row: a name, then cells from a figure (or a dash for none, 事項要求) after a wide gap. */
  private static final Pattern ROW_CELLS = Pattern.compile(
      "^(\\S.*?)(\\s{2,}(?:[△▲]?[0-9][0-9,.]*|[－―—\\-]|事項要求)(?:\\s.*)?)$");

  /**
   * A table's row: a name and its cells, bare figures or figures with their unit attached (「4,820,415,000円」); a
   * 「７２０ 億円」 is a sentence's figure, not a cell.
   */
  private static boolean tableRow(String t) {
    String cells = UNIT_CELL.matcher(t).replaceAll("$1");
    return !hasYen(cells) && ROW_CELLS.matcher(cells).matches();
  }

  /** A table's cell with its unit attached, alone before a wide gap or the line's end: 「  4,820,415,000円  」. */
  static final Pattern UNIT_CELL = Pattern.compile("(?<=\\s)([△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?)(百万円|千円|億円|万円|円)(?=\\s{2,}|\\s*$)");

  /** A piece of a numbered row's name (see {@link #numberedRows}); {@code numbered}: the piece that has the number. */
  private static boolean rowPiece(String t, boolean numbered) {
    String s = t.strip();
    if (s.isEmpty() || s.contains("  ") || hasYen(s) || s.matches(".*[0-9]{2,}.*") || s.endsWith("。")) return false;
    if (s.codePointCount(0, s.length()) > (numbered ? 40 : 24)) return false;
    // (a 「・」 right before the words goes on from the name: 「・賃上げへの緊急支援」; 「・ 地方…」 is a list's item)
    if (!numbered && (NUMBERED.matcher(s).lookingAt() || GROUP_NUMBERED.matcher(s).lookingAt()
        || STARTS_ITEM.matcher(s).find() && !s.matches("・[^\\s・].*"))) return false;
    if (STATUS_ALONE.matcher(s).matches()) return false;
    return !s.matches("^(?:※|＊|\\*|注|[（(]注).*");
  }

  /** Whether a name's line ends where its phrase goes on: {@link #cutMidPhrase}, or 「…の維持・確保に」. */
  static boolean nameGoesOn(String name) {
    return cutMidPhrase(name) || name.strip().endsWith("に");
  }

  /** Whether a name is cut where its phrase goes on: 「…の整備支援・」「…対策技術の」「…及び」. */
  static boolean cutMidPhrase(String name) {
    return OPEN_TAIL.matcher(name.strip()).find();
  }

  /** A name cut where its phrase goes on: 「…の整備支援・」「…対策技術の」「…及び」. */
  private static final String CUT_WORDS = "(?:[・、の]|及び|並びに|における|に係る|による|に関する|のための|に向けた|と|や)";
  private static final Pattern OPEN_TAIL = Pattern.compile(CUT_WORDS + "$");

  /** A name's short tail on a line of its own: 「推進経費」, 「拠出金」, 「支援事業」. */
  private static final Pattern NAME_TAIL = Pattern.compile(".{0,6}(?:経費|事業|拠出金|分担金|交付金|補助金|負担金)");

  /** The start of a name's rest that no name starts with: 「の整備」, 「及び導入支援」, 「に係る経費」. */
  private static final Pattern REST_START = Pattern.compile("^(?:の(?![0-9])|及び|並びに|等の|に係る|における|による|に関する|に向けた)");

  /** A table row whose name is cut mid-phrase, before its cells: 「…対策技術の      860    1,450」. */
  private static final Pattern ROW_CUT_NAME = Pattern.compile(
      "^([^\\s].{0,40}?" + CUT_WORDS + ")"
          + "(\\s{2,}(?:[△▲]?[0-9][0-9,.]*|[－―—\\-]|事項要求)(?:\\s.*)?)$");

  /**
   * A table's cell wrapped onto the next line, the name's first part above with no figure (「５Ｇ等の携帯電話基地局の
   * 整備支援・」) and the rest with the row's figures (「光ファイバ整備の推進   2,970   3,610」).
   */
  static boolean wrappedCell(String above, String line) {
    if (above.isEmpty() || hasYen(above) || above.contains("  ") || !OPEN_TAIL.matcher(above).find()) return false;
    if (above.codePointCount(0, above.length()) > 40 || above.matches(".*[0-9][0-9,]{2,}.*")) return false;
    return wrappedRestStart(line) && line.matches(".*\\S\\s{2,}[△▲]?[0-9][0-9,.]*(?:\\s.*)?$");
  }

  /** The rest of a name wrapped below its row (「開発・実証」): a few words, no figure, not an item of its own. */
  static boolean wrappedRest(String line) {
    return wrappedRestStart(line) && !line.contains("  ") && !hasYen(line) && !line.matches(".*[0-9]{2,}.*")
        && line.codePointCount(0, line.length()) <= 20;
  }

  private static boolean wrappedRestStart(String line) {
    return !line.isEmpty() && isLetter(line.codePointAt(0)) && !STARTS_ITEM.matcher(line).find();
  }

  /** The first words of a line, up to a space or a figure: 「の推進事業 0.8億円」 → の推進事業. */
  private static final Pattern FRAGMENT = Pattern.compile("^([^\\s0-9（(【]{1,12})(?=\\s|[0-9]|[（(【]|$)");
  /** Words that cannot start a name: a line starting with them continues the line above. */
  private static final Pattern CONTINUATION = Pattern.compile("^(?:の|・|及び|並びに|等|に係る|における|による|に関する|のための|に向けた|と)");
  /** The end of a name that is no name alone: 促進事業, 推進費, 交付金. */
  private static final Pattern GENERIC_TAIL = Pattern.compile(
      "^(?:促進|推進|整備|支援|対策|強化|活用|確保|振興|創出|運営|実施)?(?:事業|事業費|交付金|補助金|負担金|委託費|費)$");
  static final Pattern ENDS_AS_NAME = Pattern.compile("(?:事業|交付金|補助金|負担金|委託費|費|対策|推進|整備|支援|制度|基金)$");

  /**
   * 「住宅用火災警報器の設置促進及び維持管理」 + 「の推進事業 0.8億円」: the line above is one run of text (no space, no
   * marker, at most 30 characters) and the line starts with a short fragment that ends as a program's name does; the
   * fragment starts with a particle (の, 及び, 等 …), or the line above has 12 characters or more and does not end as a
   * name does (so that 「主な事業」 over 「広報事業 5億円」, or a short heading over a name, stay apart); or the line
   * starts with one or two characters that end the line above's last word as a name ends (「…推進事」 + 「業 15.3億円」).
   */
  /** {@code strict}: only a line that cannot start a name of its own (after a gap). */
  private static boolean continuesName(String above, String line, boolean strict) {
    // 「○ プラスチック資源循環」 over 「促進事業 35億円」: a fragment no program is named by alone ends the item above
    Matcher head = FRAGMENT.matcher(line);
    // (after its mark or number: 「４ 道路トンネル等における電波遮へい」 over 「対策事業（新規） １２．４億円」)
    String item = GROUP_NUMBERED.matcher(STARTS_ITEM.matcher(above).replaceFirst("").strip()).replaceFirst("").strip();
    // 「⑦ 次世代型太陽電池の導入拡大に向けた」 over 「需要創出支援事業  【３５０億円】」: an item cut where its phrase goes on
    if (!strict && cutMidPhrase(item) && !item.contains(" ") && item.codePointCount(0, item.length()) <= 40
        && !item.matches(".*[0-9].*") && !STARTS_ITEM.matcher(line).find() && head.find()
        && (ENDS_AS_NAME.matcher(head.group(1)).find() || ENDS_AS_NAME_MORE.matcher(head.group(1)).find())) {
      // (or a measure's end: 「★３ 消防団を中核とした地域防災力の」 over 「充実強化【拡充】 ６８０」)
      return true;
    }
    head.reset();
    if (head.find() && GENERIC_TAIL.matcher(head.group(1)).matches() && !STARTS_ITEM.matcher(line).find()
        && !item.isEmpty() && !item.contains(" ") && item.codePointCount(0, item.length()) <= 30
        && !ENDS_AS_NAME.matcher(item).find() && !item.matches(".*[0-9].*")) {
      return true;
    }
    if (above.contains(" ") || above.codePointCount(0, above.length()) > 30 || STARTS_ITEM.matcher(above).find()
        || STARTS_ITEM.matcher(line).find()) {
      return false;
    }
    Matcher f = FRAGMENT.matcher(line);
    if (!f.find()) return false;
    // cut inside its last word: 「国有財産の最適化推進事」 + 「業 15.3億円」
    String fragment = f.group(1);
    if (fragment.length() <= 2 && !ENDS_AS_NAME.matcher(above).find() && ENDS_AS_NAME.matcher(above + fragment).find()
        && !ENDS_AS_NAME.matcher(fragment).find()) {
      return true;
    }
    if (!ENDS_AS_NAME.matcher(fragment).find()) return false;
    return CONTINUATION.matcher(line).find()
        || !strict && (above.codePointCount(0, above.length()) >= 12 && !ENDS_AS_NAME.matcher(above).find()
            && !OFFICE_END.matcher(above).find()); // 「内閣府地方創生推進事務局」 over 「地域未来交付金（…」: a sender
  }

  /** How the name of a ministry or an office ends (総務省, 消防庁, …推進事務局, 地域力創造グループ): a page's header. */
  static final Pattern OFFICE_END = Pattern.compile("(?:省|庁|局|課|室|グループ)$");

  /** Text laid out in columns (a table, a header): two or more spaces inside it. Prose is not wrapped into it. */
  private static boolean columns(String line) {
    return line.strip().contains("  ");
  }

  /** A heading's or a list item's number (a regex): ２．, 3), （4）, ①, Ⅱ, ❶, ⑴, 第2; not a figure's 「15.0」. */
  static final String NUMBER = "[0-9０-９]{1,2}\\s*(?:[.．](?![0-9０-９])|[、)）])|[（(][0-9０-９]{1,2}[）)]|[①-⑳Ⅰ-Ⅹ❶-➓⑴-⒛][.．、]?"
      + "|第\\s*[0-9０-９一二三四五六七八九十]+";
  /** A group's number with nothing after it but a space (「２ 消費者被害の防止」): a heading of a table's rows. */
  static final String GROUP_NUMBER = "[0-9]{1,2}\\s+(?=[^\\s0-9.,])";
  private static final Pattern GROUP_NUMBERED = Pattern.compile("^" + GROUP_NUMBER);
  /** A line that starts with a number of a list or heading: 「３．」, 「（２）」, 「③」. */
  static final Pattern NUMBERED = Pattern.compile("^\\s*(?:" + NUMBER + ")");
  /** The marks a list item starts with (ItemFinder takes them off a name). */
  static final String BULLETS = "・○◎●◆◇■□▼▽►▶▷★☆◉◯•‣◦✓✔❖➢➤※＊*\\-－⇒→";
  /** A line that starts an item of a list: a mark, a circled or Roman number, numbering, 【. */
  private static final Pattern STARTS_ITEM = Pattern.compile("^(?:[" + BULLETS + "①-⑳Ⅰ-Ⅹ\u32D0-\u32FE]|[0-9]+(?:[.．](?![0-9])|[)）])|[（(][0-9]+[）)]|【)");
  static final int WRAP_MIN = 30;

  /**
   * The shortest line of prose taken as wrapped at the page's width: {@link #WRAP_MIN}, or less for a document set in
   * narrow columns (a journal's two columns, 「…過疎地域の市町村」 of 23 characters a line), whose lines of prose mostly
   * come to the same length: that length less one.
   */
  static int wrapWidth(List<SourceLine> lines) {
    int[] count = new int[WRAP_MIN];
    int prose = 0;
    for (SourceLine l : lines) {
      String t = l.text().strip();
      int n = t.codePointCount(0, t.length());
      if (n < 15 || t.contains("  ") || !KANA.matcher(t).find()) continue;
      prose++;
      if (n < WRAP_MIN) count[n]++;
    }
    int best = -1;
    int bestNear = 0;
    for (int n = 16; n <= WRAP_MIN - 2; n++) {
      int near = count[n - 1] + count[n] + count[n + 1]; // (a line one shorter or longer: a mark's width, a half-width digit)
      if (near > bestNear) {
        best = n;
        bestNear = near;
      }
    }
    return best > 0 && bestNear >= 8 && bestNear * 2 >= prose ? best - 1 : WRAP_MIN;
  }

  /** A line that is only the qualifier of the figure that ends the line above: 程度, の内数, を上限. */
  private static final Pattern QUALIFIER_LINE = Pattern.compile("^(?:程度|の内数|内数|を上限)[）)】\\]］]?$");
  /** A line that is a number alone, whose unit is on the next line (「５．２」 over 「億円」). */
  private static final Pattern NUMBER_ALONE = Pattern.compile("^[△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?$");
  /** A line of 円 alone, the unit of the figure that ends the line above. */
  private static final Pattern YEN_ALONE = Pattern.compile("\\s*円[）)]?\\s*");
  private static final Pattern UNIT_START = Pattern.compile("^(?:" + org.seisaku.model.Amount.UNITS + ")?円");
  /** A line that ends with a figure whose 円 went to the next line: 「…促進事業 ２．１億」. */
  private static final Pattern SPLIT_UNIT_ABOVE = Pattern.compile("[0-9][0-9,.]*\\s?(?:" + org.seisaku.model.Amount.UNITS + ")$");

  /**
   * Joins a line of {@value #WRAP_MIN}+ characters that stops mid-sentence (it ends with a letter or 、) to the next
   * non-blank line when that one continues the sentence (starts with a letter, not a bullet or number); and a
   * figure's qualifier wrapped onto a line of its own (「２，７００億円」 over 「程度」) back to its figure.
   */
  static List<SourceLine> joinWrapped(List<SourceLine> in) {
    int wrap = wrapWidth(in);
    List<SourceLine> out = new ArrayList<>(in.size());
    for (SourceLine l : in) {
      if (!out.isEmpty() && !l.blank()) {
        SourceLine prev = out.get(out.size() - 1);
        String p = prev.text();
        String t = l.text();
        if (!prev.blank() && p.endsWith("円") && QUALIFIER_LINE.matcher(t).matches()) {
          out.set(out.size() - 1, prev.withText(p + t)); // 「２，７００億円」 over 「程度」
          continue;
        }
        if (!prev.blank() && SPLIT_UNIT_ABOVE.matcher(p).find() && t.startsWith("円")) {
          out.set(out.size() - 1, prev.withText(p + t)); // 「２．１億」 over 「円（新規）」
          continue;
        }
        if (!prev.blank() && isDigit(p.charAt(p.length() - 1)) && YEN_ALONE.matcher(t).matches()) {
          out.set(out.size() - 1, prev.withText(p + t.strip())); // 「予 算 額 ３５，８２０，０００」 over 「円」
          continue;
        }
        if (!prev.blank() && NUMBER_ALONE.matcher(p).matches() && UNIT_START.matcher(t).find()) {
          out.set(out.size() - 1, prev.withText(p + t)); // 「５．２」 over 「億円」
          continue;
        }
        if (!prev.blank() && p.codePointCount(0, p.length()) >= wrap && !hasYen(p) && !columns(p) && !columns(t)
            && (isLetter(p.codePointBefore(p.length())) || p.endsWith("、"))
            && isLetter(t.codePointAt(0)) && !STARTS_ITEM.matcher(t).find() && !hasYen(t)
            && !ItemFinder.FIELD_LINE.matcher(t + " ").find()) { // (not a field of its own: 「交付率 １／２ 等」)
          out.set(out.size() - 1, prev.withText(p + t));
          continue;
        }
        if (!prev.blank() && KANA.matcher(p).find() && (FIGURE_CUT.matcher(p).find() && isDigit(t.charAt(0))
            // (or, in prose set to the page's width, cut before its unit: 「…全体で約１８」 over 「億円を見込んで…」; or inside a
            // group of thousands, short of its three digits: 「…として１億２，００」 over 「０万円を計上」)
            || p.codePointCount(0, p.length()) >= wrap && isDigit(p.charAt(p.length() - 1)) && !p.contains("  ")
                && (UNIT_START.matcher(t).lookingAt() || SHORT_GROUP_END.matcher(p).find() && isDigit(t.charAt(0))))) {
          // a figure of prose cut at the line's end: 「…１兆１，」 over 「２７０億円」 (its comma a figure's now)
          out.set(out.size() - 1, prev.withText(width(p + t)));
          continue;
        }
        if (!prev.blank() && figureCut(p, t, wrap)) {
          // a paragraph set to the page's width, cut inside a year or between a budget's label and its figure
          // (「…を踏まえ、平成２４」 over 「年度補正予算において…」, 「…平成２５年度予算額」 over 「１０億円が計上された…」)
          out.set(out.size() - 1, prev.withText(p + t));
          continue;
        }
        if (!prev.blank() && sentenceGoesOn(p, t, wrap)) {
          out.set(out.size() - 1, prev.withText(p + t));
          continue;
        }
        if (!prev.blank() && wordCut(p, t, wrap)) {
          // a paragraph set to the page's width, a word cut at the line's end (a 白書: 「…緊急」 over 「消防援助隊設備整備費
          // 補助金に５０．５億円…」): the line goes on, figures or not
          out.set(out.size() - 1, prev.withText(p + t));
          continue;
        }
      }
      out.add(l);
    }
    return out;
  }

  /**
   * Whether a line of prose set to the page's width ends inside a year (「…を踏まえ、平成２４」 over 「年度補正予算において…」)
   * or between a budget's label and its figure (「…平成２５年度予算額」 over 「１０億円が計上された…」).
   */
  private static boolean figureCut(String p, String t, int wrap) {
    if (p.codePointCount(0, p.length()) < wrap || !KANA.matcher(p).find() || p.strip().contains("  ")
        || STARTS_ITEM.matcher(t).find() || NUMBERED.matcher(t).lookingAt()) {
      return false;
    }
    return YEAR_CUT_ABOVE.matcher(p).find() && YEAR_CUT_BELOW.matcher(t).lookingAt()
        || LABEL_CUT_ABOVE.matcher(p).find() && FIGURE_CUT_BELOW.matcher(t).lookingAt();
  }

  /**
   * Whether a line of prose set to the page's width breaks a sentence before its figure: the sentence names its
   * program and goes on with a particle (「…携帯電話等エリア整備事業に」 over 「１５．２億円 を追加し、…」), or a quoted name ends the
   * line and its particle starts the next (「…「災害に強い地域情報通信基盤整備事業」」 over 「（新規）に ３５億円 を計上した。」).
   */
  static boolean sentenceGoesOn(String p, String t, int wrap) {
    if (p.codePointCount(0, p.length()) < wrap || !KANA.matcher(p).find() || columns(p) || columns(t)
        || STARTS_ITEM.matcher(t).find() || NUMBERED.matcher(t).lookingAt()) {
      return false;
    }
    if (PARTICLE_END.matcher(p).find() && FIGURE_CUT_BELOW.matcher(t).lookingAt() && KANA.matcher(t).find()) return true;
    // (or anywhere mid-sentence when the line below is its figure and its verb: 「…については、電波利用料財源により別途」 over
    // 「６．２億円（前年度 ７．０億円）を計上。」)
    // (not after a clause or a label that the figure's line below is read with as it is: 「…に要する経費として、」,
    // 「…として、所要額」 over 「4,512,600千円…を要求する。」 under its heading)
    if (isLetter(p.codePointBefore(p.length())) && !p.endsWith("額")
        && (FIGURE_CUT_BELOW.matcher(t).lookingAt() || WORDS_BEFORE_FIGURE.matcher(t).lookingAt() && PARTICLE_END.matcher(p).find())
        && FIGURE_AND_VERB.matcher(t).lookingAt()) {
      return true;
    }
    // (or a clause of the budget the sentence states its figure in: 「…を実施しており、平成２０年度予算では、」 over 「総務省計上分
    // として５．２億円（…）を計上している。」)
    if (BUDGET_CLAUSE_END.matcher(p).find() && WORDS_BEFORE_FIGURE.matcher(t).lookingAt() && FIGURE_AND_VERB.matcher(t).lookingAt()) {
      return true;
    }
    return p.endsWith("」") && QUOTED_GOES_ON.matcher(t).lookingAt();
  }

  private static final Pattern BUDGET_CLAUSE_END = Pattern.compile("(?:予算|補正|予備費)(?:[（(]案[）)])?(?:では|において|で|には)[、，,]$");

  /** A line that starts with the rest of a sentence's phrase before its figure: 「要する経費 ３．２億円 を措置し、…」. */
  private static final Pattern WORDS_BEFORE_FIGURE = Pattern.compile("[^\\s。、0-9０-９]{2,12}\\s*(?:約\\s*)?[0-9０-９]");
  /** A line that is a sentence's figure and its verb: 「６．２億円（前年度 ７．０億円）を計上。」. */
  private static final Pattern FIGURE_AND_VERB = Pattern.compile("[^。]{0,40}?(?:を|に)(?:" + ItemFinder.BUDGET_VERBS + ")");
  /** A sentence's particle at a line's end, before its figure: 「…事業に」, 「…事業には」, 「…補助金として」. */
  private static final Pattern PARTICLE_END = Pattern.compile("\\p{IsHan}(?:に|には|として|へ|で|は)$");
  /** What goes on after a quoted name: its particle, maybe after a status (「（新規）に ３５億円」, 「に ２００億円」). */
  private static final Pattern QUOTED_GOES_ON = Pattern.compile("(?:[（(](?:新規|拡充|一部新規)[）)])?(?:に|として|には)"
      // (and the year the sentence speaks of: 「…交付金」」 over 「に、平成２２年度は３．６億円…」)
      + "(?:[、，,]\\s*(?:(?:平成|令和)\\s*[0-9０-９]{1,2}\\s*年度|本年度|今年度|来年度)(?:は|には)?)?\\s*(?:約\\s*)?[0-9０-９]");
  private static final Pattern YEAR_CUT_ABOVE = Pattern.compile("(?:平成|令和|昭和)\\s*[0-9０-９]{1,2}$");
  private static final Pattern YEAR_CUT_BELOW = Pattern.compile("\\s*年度?[^0-9０-９]");
  private static final Pattern LABEL_CUT_ABOVE = Pattern.compile("年度\\S{0,6}(?:予算額?|要求額|計上額|所要額|措置額)(?:[（(]案[）)])?$"
      + "|[、，,](?:都道府県|市区町村|市町村|国)分$"); // (a share's label: 「…、市区町村分」 over 「３９１億７，５００万円 です。」)
  private static final Pattern FIGURE_CUT_BELOW = Pattern.compile("\\s*(?:約\\s*)?[0-9０-９][0-9０-９,，.．]*\\s*(?:兆|億|万|千|百)?[^ぁ-ゖ]{0,8}円");

  /**
   * Whether a line of prose set to the page's width ends in the middle of a word that the next line ends: both long
   * lines of prose (kana in them, no gap of two spaces), a kanji or katakana on either side of the break.
   */
  private static boolean wordCut(String p, String t) {
    return wordCut(p, t, WRAP_MIN);
  }

  private static boolean wordCut(String p, String t, int wrap) {
    if (p.codePointCount(0, p.length()) < wrap || t.codePointCount(0, t.length()) < wrap / 2) return false;
    if (p.strip().contains("  ") || t.strip().contains("  ") || STARTS_ITEM.matcher(t).find() || NUMBERED.matcher(t).lookingAt()) return false;
    if (!KANA.matcher(p).find() || !KANA.matcher(t).find()) return false;
    int last = p.codePointBefore(p.length());
    int first = t.codePointAt(0);
    // a word cut, or a sentence going on with its particle (「…無償使用車両等の整備」 over 「に２３．８億円を計上した。」)
    return wordLetter(last) && (wordLetter(first) || PARTICLE_START.matcher(t).lookingAt());
  }

  /**
   * What joins two lines inside a bracket: nothing where the break cuts a figure (「前年度１２３億」 over 「２，６００万円）」),
   * falls between two kanji or cuts a word of prose set to the page's width ({@link #wordCut}), else a space.
   */
  private static String joint(String p, String t) {
    if (t.isEmpty() || p.isEmpty()) return " ";
    if (FIGURE_CUT.matcher(p).find() && isDigit(t.charAt(0))) return "";
    // (a word cut between two kanji inside the bracket: 「（２６年度補」 over 「正予算 ３３．０億円）」)
    if (isHan(p.codePointBefore(p.length())) && isHan(t.codePointAt(0))) return "";
    return wordCut(p, t) ? "" : " ";
  }

  private static boolean wordLetter(int c) {
    return isHan(c) || c >= 'ァ' && c <= 'ヶ' || c == 'ー';
  }

  private static final Pattern KANA = Pattern.compile("[ぁ-ゖ]");
  /** A particle that goes on with the sentence of the line above: 「に」「を」「として」 (and no word of its own after it). */
  private static final Pattern PARTICLE_START = Pattern.compile("(?:に|を|は|が|と|で|の|へ|も)[^ぁ-ゖ]");
  /** A line of box characters alone, a table's rule: 「├────┼────┤」, 「└──┴──┘」. */
  private static final Pattern BOX_RULE = Pattern.compile("\\s*[┌┬┐├┼┤└┴┘─━│┃┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬]+\\s*");
  /** A group of thousands cut short at a line's end: 「１億２，００」. */
  private static final Pattern SHORT_GROUP_END = Pattern.compile("[0-9０-９][,，][0-9０-９]{1,2}$");
  /** A figure cut at a line's end, its digits going on: 「１兆１，」, 「前年度１２３億」. */
  private static final Pattern FIGURE_CUT = Pattern.compile("[0-9０-９](?:[,，.．]|[兆億])$");
}
