package org.seisaku.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seisaku.diag.ControlCharacters;
import org.seisaku.diag.Limits;
import org.seisaku.encode.CsvCells;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;

/**
 * Reads one {@code budget/*.csv} file (RFC 4180, header
 * {@code fiscal_year,ministry,program,kind,amount,status,document,note}) into program-years.
 *
 * <pre>
 *   平成20年度,総務省,定住自立圏構想推進費,当初,3.7億円,新規,teijuu,   (line 2)
 *   2008,総務,定住自立圏構想推進費,補正,0.5億円,,,               (line 3)
 *   → one ProgramYear content:budget/2008.csv#2008:定住自立圏構想推進費 (line 2, document teijuu)
 *     with two BudgetItems (当初 3.7億円 line 2, 補正 0.5億円 line 3)
 * </pre>
 *
 * <p>Rows merge when fiscal year, ministry and program (NFKC, whitespace removed) agree. A bad row is reported at
 * its real line (quoted fields may span lines) and left out; a bad header leaves out the whole file. The
 * {@code document} column of every row is handed on as a {@link DocumentRef}, so that {@link Sources} can report a
 * row naming a document that does not exist once every source is read.
 */
public final class BudgetCsvReader {
  static final List<String> COLUMNS = List.of("fiscal_year", "ministry", "program", "kind", "amount", "status", "document", "note");
  /** The statuses a row may have (what {@code import} may write in the column, too). */
  public static final Set<String> STATUSES = Set.of("新規", "拡充", "継続", "廃止");
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build();

  private BudgetCsvReader() {}

  /**
   * A row's {@code document} column: the slug of the document that states the figure.
   *
   * @param path the CSV file as the user sees it; {@code line} the row's line
   */
  public record DocumentRef(String slug, String path, int line) {}

  /**
   * Reads the decoded text of a budget file.
   *
   * @param relPath path relative to content/ ({@code budget/2008.csv}), for keys and provenance
   * @param path the file as the user sees it ({@code content/budget/2008.csv}), for problems
   */
  public static List<ProgramYear> parse(String text, String relPath, String path, Ministries ministries, Problems problems) {
    return parse(text, relPath, path, ministries, problems, ref -> {});
  }

  /** As above; {@code documents} receives the {@code document} column of every row that has one. */
  public static List<ProgramYear> parse(String text, String relPath, String path, Ministries ministries, Problems problems,
      Consumer<DocumentRef> documents) {
    int[] lineStarts = lineStarts(text);
    Map<String, Group> groups = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      Map<String, Integer> col = null;
      for (CSVRecord r : parser) {
        int line = lineAt(lineStarts, startOfRecord(text, r.getCharacterPosition()));
        if (col == null) {
          col = header(r, path, problems);
          if (col.isEmpty()) return List.of();
          continue;
        }
        if (r.size() != COLUMNS.size()) {
          problems.error(path, line, "expected " + COLUMNS.size() + " fields, found " + r.size());
          continue;
        }
        Row row = new Row(r, col);
        if (!row.get("document").isEmpty()) documents.accept(new DocumentRef(row.get("document"), path, line));
        row(row, line, relPath, path, ministries, problems).ifPresent(item -> {
          String ministryId = ministries.find(row.get("ministry")).orElseThrow().id();
          String key = item.fiscalYear().year() + "\u0000" + ministryId + "\u0000" + normalizeName(row.get("program"));
          groups.computeIfAbsent(key, k -> new Group(item.fiscalYear(), ministryId, row.get("program"), line))
              .add(item, row.get("document"));
        });
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      Unreadable u = unreadable(e, groups.isEmpty() ? 1 : 0);
      problems.error(path, u.line(), u.message());
      return List.of();
    }
    // a program of the same name and year in another ministry (two ministries' 「広報経費」) is a program-year of its own:
    // its key names its ministry, the first one's stays as it was
    Set<String> keys = new HashSet<>();
    List<ProgramYear> years = new ArrayList<>();
    for (Group g : groups.values()) {
      ProgramYear py = g.toProgramYear(relPath);
      if (!keys.add(py.key())) {
        py = g.toProgramYear(relPath, "@" + g.ministryId);
        keys.add(py.key());
      }
      years.add(py);
    }
    return years;
  }

  /** Why a file stopped reading, in words, with the line where the bad field begins when the CSV reader says. */
  record Unreadable(int line, String message) {}

  private static final java.util.regex.Pattern START_LINE = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");

  /**
   * commons-csv's exception as a problem: {@code (startline 3) EOF reached before encapsulated token finished} →
   * line 3, {@code a quoted field is not closed: …}. Never a class name.
   */
  static Unreadable unreadable(Exception e, int fallbackLine) {
    Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? "" : t.getMessage();
    java.util.regex.Matcher at = START_LINE.matcher(m);
    int line = at.find() ? Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(2)) : fallbackLine;
    String what;
    if (m.contains("EOF reached before encapsulated token finished")) {
      what = "a quoted field is not closed: the '\"' that opens it has no closing '\"' before the end of the file "
          + "(write a '\"' inside a quoted field as '\"\"')";
    } else if (m.toLowerCase(java.util.Locale.ROOT).contains("invalid char")) {
      what = "text after a quoted field's closing '\"': a quoted field must end at a comma or the end of the line "
          + "(write a '\"' inside a quoted field as '\"\"')";
    } else {
      what = "unreadable CSV: " + m.replaceAll("^\\S+Exception: ", "").replaceAll("\\s*\\(startline \\d+\\)\\s*|\\s*at line: \\d+.*", " ").strip();
    }
    return new Unreadable(line, what);
  }

  /** Column index by name; empty (after reporting at line 1) when a column is missing, unknown or repeated. */
  private static Map<String, Integer> header(CSVRecord r, String path, Problems problems) {
    Map<String, Integer> col = new HashMap<>();
    boolean ok = true;
    int unknown = 0;
    for (int i = 0; i < r.size(); i++) {
      String name = r.get(i).strip();
      if (!COLUMNS.contains(name)) {
        if (unknown++ < COLUMNS.size()) {
          problems.error(path, 1, "unknown column '" + Limits.head(name) + "' (the header must be " + String.join(",", COLUMNS) + ")");
        }
        ok = false;
      } else if (col.putIfAbsent(name, i) != null) {
        problems.error(path, 1, "duplicate column '" + name + "'");
        ok = false;
      }
    }
    for (String c : COLUMNS) {
      if (!col.containsKey(c)) {
        problems.error(path, 1, "missing column '" + c + "' (the header must be " + String.join(",", COLUMNS) + ")");
        ok = false;
      }
    }
    return ok ? col : Map.of();
  }

  private static Optional<BudgetItem> row(Row row, int line, String relPath, String path, Ministries ministries,
      Problems all) {
    Problems problems = new Problems();
    for (String c : COLUMNS) {
      int max = c.equals("note") ? Limits.TEXT_CHARS : c.equals("amount") ? Limits.AMOUNT_CHARS : Limits.NAME_CHARS;
      String v = row.raw(c);
      if (v.length() > max) problems.error(path, line, Limits.tooLong(c, v.length(), max) + ": " + Limits.head(v));
      else if (ControlCharacters.in(v)) problems.warning(path, line, ControlCharacters.removed(c, v));
    }
    if (problems.hasErrors()) {
      all.addAll(problems);
      return Optional.empty();
    }
    String fyText = row.get("fiscal_year");
    Optional<FiscalYear> fy = FiscalYear.parse(fyText);
    if (fy.isEmpty()) problems.error(path, line, "impossible or unreadable fiscal year '" + fyText + "'");
    String ministry = row.get("ministry");
    Optional<Ministry> m = ministries.find(ministry);
    if (m.isEmpty()) problems.error(path, line, "unknown ministry '" + ministry + "' (not in ministries.yml)");
    if (row.get("program").isEmpty()) problems.error(path, line, "empty program name");
    String kindText = row.get("kind");
    Optional<BudgetKind> kind = BudgetKind.parse(kindText);
    if (kind.isEmpty()) {
      problems.error(path, line, "unknown kind '" + kindText + "' (expected one of " + kinds() + ")");
    }
    Amount amount = null;
    try {
      amount = Amount.parse(row.get("amount"));
    } catch (Amount.FormatException e) {
      problems.error(path, line, e.getMessage());
    }
    String status = row.get("status");
    if (!status.isEmpty() && !STATUSES.contains(status)) {
      problems.error(path, line, "unknown status '" + status + "' (expected 新規, 拡充, 継続 or 廃止, or empty)");
    }
    all.addAll(problems);
    if (problems.hasErrors()) return Optional.empty();
    return Optional.of(new BudgetItem(fy.get(), kind.get(), amount, row.get("amount"), fy.get().year(),
        status.isEmpty() ? null : status, row.get("note").isEmpty() ? null : row.get("note"),
        Provenance.ofLine("content", relPath, line)));
  }

  private static String kinds() {
    return String.join(", ", Arrays.stream(BudgetKind.values()).map(BudgetKind::label).toList());
  }

  /** The name as rows are compared: NFKC, whitespace removed ({@code 定住自立圏 構想} = {@code 定住自立圏構想}). */
  static String normalizeName(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  /** The record's first character: commons-csv counts the empty lines it skipped as part of the next record. */
  private static long startOfRecord(String text, long position) {
    long p = position;
    while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) p++;
    return p;
  }

  static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** 1-based line of a character offset. */
  static int lineAt(int[] lineStarts, long offset) {
    int i = Arrays.binarySearch(lineStarts, (int) offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /**
   * One row's fields by column name, stripped, without control characters, and read back from the form
   * {@link CsvCells#text} gives a formula-like cell ({@code '=…} is {@code =…}).
   */
  private record Row(CSVRecord record, Map<String, Integer> col) {
    String get(String name) {
      return CsvCells.read(ControlCharacters.remove(raw(name))).strip();
    }

    /** The field as written, stripped. */
    String raw(String name) {
      return record.get(col.get(name)).strip();
    }
  }

  /** The rows that make one program-year. */
  private static final class Group {
    final FiscalYear fy;
    final String ministryId;
    final String name;
    final int line;
    final List<BudgetItem> items = new ArrayList<>();
    String document;

    Group(FiscalYear fy, String ministryId, String name, int line) {
      this.fy = fy;
      this.ministryId = ministryId;
      this.name = name;
      this.line = line;
    }

    void add(BudgetItem item, String doc) {
      items.add(item);
      if (document == null && !doc.isEmpty()) document = doc;
    }

    ProgramYear toProgramYear(String relPath) {
      return toProgramYear(relPath, "");
    }

    ProgramYear toProgramYear(String relPath, String keySuffix) {
      return new ProgramYear("content:" + relPath + "#" + fy.year() + ":" + name + keySuffix, fy, ministryId, name, items,
          Provenance.ofLine("content", relPath, line), SourceIds.NONE, document);
    }
  }
}
