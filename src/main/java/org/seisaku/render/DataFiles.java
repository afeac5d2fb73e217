package org.seisaku.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seisaku.encode.CsvCells;
import org.seisaku.io.FileSink;
import org.seisaku.io.Hashes;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;

/**
 * The data downloads of {@code data/} (DESIGN §5), made as strings and written by {@link #write}.
 * Field order is fixed and every list is sorted, so the files are byte-identical for identical input. The two
 * arrays are written one compact object per line.
 *
 * <pre>
 *   programs.json  [{"id","name","names","ministry","fiscalYears","url","sheets":[{"source","path","fiscalYear","linkRule"}]}]
 *   budget.json    [{"programId","fiscalYear","kind","amountYen","qualifier","source","path"}]   (the figure in force)
 *   budget.csv     the same rows as budget.json, with the program's name, the ministry and the amount as written;
 *                  text cells through {@link CsvCells}, so that no spreadsheet evaluates a name as a formula;
 *                  UTF-8 with a byte order mark, as every *.csv written here, so that Excel reads the Japanese
 *   redirects.json {"old id": "current id"}
 *   years/{fy}/budget.json, years/{fy}/budget.csv
 *                  the rows of budget.json and budget.csv for one fiscal year, for those who want one year of the
 *                  whole government without the whole file (which stays, with every year)
 * </pre>
 */
public final class DataFiles {
  static final List<String> CSV_HEADER = List.of("programId", "programName", "ministry", "fiscalYear", "kind", "amountYen",
      "qualifier", "written", "source", "path", "line", "pointer");

  /**
   * The UTF-8 byte order mark that starts every CSV file of {@code data/}: without it Excel, where most officials
   * open a CSV, reads UTF-8 as Shift_JIS and shows mojibake. JSON files have none (RFC 8259 forbids it).
   */
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER;

  static {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    WRITER = new ObjectMapper().disable(JsonGenerator.Feature.ESCAPE_NON_ASCII).writer(pp);
    COMPACT = new ObjectMapper().disable(JsonGenerator.Feature.ESCAPE_NON_ASCII).writer();
  }

  private static final ObjectWriter COMPACT;

  private DataFiles() {}

  /**
   * What {@link #write} wrote: file name under {@code data/} → size in bytes, and the counts the data page states.
   *
   * @param programs programs in programs.json
   * @param figures figures in force in budget.json (and rows of budget.csv)
   */
  public record Summary(SortedMap<String, Long> sizes, int programs, int figures) {
    public Summary {
      sizes = Collections.unmodifiableSortedMap(new TreeMap<>(sizes));
    }

    /** The size of a file in bytes. */
    public long bytes(String name) {
      Long n = sizes.get(name);
      if (n == null) throw new IllegalArgumentException("no data file " + name + " (have " + sizes.keySet() + ")");
      return n;
    }
  }

  /**
   * Writes {@code data/programs.json}, {@code program-keys.json}, {@code budget.json}, {@code budget.csv} and
   * {@code redirects.json}.
   *
   * @param ledgers the programs' figures, in program id order
   * @param redirects old program id → current id
   * @param baseUrl the site's base URL with a trailing slash (programs.json gives absolute URLs)
   */
  public static Summary write(List<BudgetLedger> ledgers, Map<String, String> redirects, String baseUrl, FileSink writer)
      throws IOException {
    SortedMap<String, Long> sizes = new TreeMap<>();
    // what every file is made from (a ledger is its program's, by the code): an incremental build whose programs,
    // redirects and base URL are the published ones keeps the files without making them (seconds of a document's edit)
    String inputs = inputs(ledgers, redirects, baseUrl);
    // each file streamed to the sink: at the whole government's scale budget.csv alone is about 55 MB
    sizes.put("programs.json", writer.write("data/programs.json", inputs,
        out -> programsJson(ledgers, id -> baseUrl + "programs/" + id + "/", out)));
    sizes.put("program-keys.json", writer.write("data/program-keys.json", inputs,
        out -> out.write(utf8(programKeysJson(ledgers)))));
    sizes.put("budget.json", writer.write("data/budget.json", inputs, out -> budgetJson(ledgers, null, out)));
    sizes.put("budget.csv", writer.write("data/budget.csv", inputs, out -> budgetCsv(ledgers, null, out)));
    sizes.put("redirects.json", writer.write("data/redirects.json", inputs,
        out -> out.write(utf8(redirectsJson(redirects)))));
    java.util.SortedSet<FiscalYear> years = new java.util.TreeSet<>();
    for (BudgetLedger l : ledgers) for (BudgetLedger.Entry e : l.entries()) years.add(e.year());
    for (FiscalYear y : years) {
      String json = yearFile(y, "budget.json");
      sizes.put(json, writer.write("data/" + json, inputs, out -> budgetJson(ledgers, y, out)));
      String csv = yearFile(y, "budget.csv");
      sizes.put(csv, writer.write("data/" + csv, inputs, out -> budgetCsv(ledgers, y, out)));
    }
    return new Summary(sizes, ledgers.size(), ledgers.stream().mapToInt(l -> l.entries().size()).sum());
  }

  /** The digest of what the data files are made from: the ledgers' programs, the redirects and the base URL. */
  static String inputs(List<BudgetLedger> ledgers, Map<String, String> redirects, String baseUrl) {
    MessageDigest d = Hashes.sha256();
    Hashes.addValue(d, "data files");
    for (BudgetLedger l : ledgers) Hashes.addValue(d, l.program());
    Hashes.addValue(d, new TreeMap<>(redirects));
    Hashes.addValue(d, baseUrl);
    return Hashes.hex(d);
  }

  /** The name under {@code data/} of a file of one fiscal year: {@code years/2023/budget.csv}. */
  static String yearFile(FiscalYear y, String name) {
    return "years/" + y.year() + "/" + name;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code data/programs.json}; {@code ledgers} in program id order, {@code canonicalUrl} gives a program's page URL. */
  public static String programsJson(List<BudgetLedger> ledgers, java.util.function.Function<String, String> canonicalUrl) {
    return text(out -> programsJson(ledgers, canonicalUrl, out));
  }

  static void programsJson(List<BudgetLedger> ledgers, java.util.function.Function<String, String> canonicalUrl,
      OutputStream out) throws IOException {
    Lines lines = new Lines(out);
    for (BudgetLedger l : ledgers) {
      Program p = l.program();
      ObjectNode o = NODES.objectNode();
      o.put("id", p.id());
      o.put("name", p.name());
      ArrayNode names = o.putArray("names");
      for (SiteIndex.NameUse n : SiteIndex.names(p)) names.add(n.name());
      o.put("ministry", p.ministryId());
      ArrayNode years = o.putArray("fiscalYears");
      for (FiscalYear y : l.fiscalYears()) years.add(y.year());
      o.put("url", canonicalUrl.apply(p.id()));
      ArrayNode sheets = o.putArray("sheets");
      for (ProgramYear py : p.years()) {
        ObjectNode s = sheets.addObject();
        s.put("source", py.provenance().source());
        s.put("path", py.provenance().path());
        s.put("fiscalYear", py.fiscalYear().year());
        var rule = p.rules().get(py.key());
        if (rule == null) s.putNull("linkRule");
        else s.put("linkRule", rule.json());
      }
      lines.add(o);
    }
    lines.end();
  }

  /** {@code data/budget.json}: one object per program × fiscal year × kind, the figure in force. */
  public static String budgetJson(List<BudgetLedger> ledgers) {
    return text(out -> budgetJson(ledgers, null, out));
  }

  /** The rows of {@link #budgetJson(List)} for fiscal year {@code only} (every year when null). */
  static void budgetJson(List<BudgetLedger> ledgers, FiscalYear only, OutputStream out) throws IOException {
    Lines lines = new Lines(out);
    for (BudgetLedger l : ledgers) {
      for (BudgetLedger.Entry e : l.entries()) {
        if (only != null && !only.equals(e.year())) continue;
        BudgetItem it = e.inForce().item();
        ObjectNode o = NODES.objectNode();
        o.put("programId", l.program().id());
        o.put("fiscalYear", e.year().year());
        o.put("kind", e.kind().json());
        if (it.amount().yen() == null) o.putNull("amountYen");
        else o.put("amountYen", it.amount().yen().longValue());
        o.put("qualifier", it.amount().qualifier().json());
        o.put("source", it.provenance().source());
        o.put("path", it.provenance().path());
        lines.add(o);
      }
    }
    lines.end();
  }

  /** {@code data/budget.csv}: the rows of budget.json with name, ministry, the amount as written, line and pointer. */
  public static String budgetCsv(List<BudgetLedger> ledgers) {
    String text = text(out -> budgetCsv(ledgers, null, out));
    return text.substring(1); // without the byte order mark
  }

  /**
   * The rows of {@link #budgetCsv(List)} for fiscal year {@code only} (every year when null), with the header, after
   * {@link #UTF8_BOM}.
   */
  static void budgetCsv(List<BudgetLedger> ledgers, FiscalYear only, OutputStream stream) throws IOException {
    stream.write(UTF8_BOM);
    Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(CSV_HEADER.toArray(String[]::new)).build();
    CSVPrinter csv = new CSVPrinter(out, format);
    for (BudgetLedger l : ledgers) {
      Program p = l.program();
      for (BudgetLedger.Entry e : l.entries()) {
        if (only != null && !only.equals(e.year())) continue;
        BudgetItem it = e.inForce().item();
        csv.printRecord(CsvCells.text(p.id()), CsvCells.text(p.name()), CsvCells.text(p.ministryId()), e.year().year(),
            e.kind().json(), it.amount().yen() == null ? "" : it.amount().yen().toString(), it.amount().qualifier().json(),
            CsvCells.text(it.written()), CsvCells.text(it.provenance().source()), CsvCells.text(it.provenance().path()),
            it.provenance().line() == 0 ? "" : Integer.toString(it.provenance().line()),
            CsvCells.text(it.provenance().pointer()));
      }
    }
    csv.flush(); // not closed: the sink closes the stream
  }

  /**
   * {@code data/program-keys.json}: program id → the keys of its program-years, sorted. A key names one program-year
   * exactly ({@code judgit:data/2019/総務省/0020.json}, {@code content:budget/2008.csv#2008:事業名}), where a
   * {@code sheets} entry of programs.json names only its file; the next build reads it to keep every id.
   */
  public static String programKeysJson(List<BudgetLedger> ledgers) {
    ObjectNode o = NODES.objectNode();
    java.util.TreeMap<String, List<String>> byId = new java.util.TreeMap<>();
    for (BudgetLedger l : ledgers) byId.put(l.program().id(), l.program().years().stream().map(ProgramYear::key).sorted().toList());
    byId.forEach((id, keys) -> keys.forEach(o.putArray(id)::add));
    return json(o);
  }

  /** {@code data/redirects.json}: old id → current id, sorted by old id. */
  public static String redirectsJson(Map<String, String> redirects) {
    ObjectNode o = NODES.objectNode();
    new java.util.TreeMap<>(redirects).forEach(o::put);
    return json(o);
  }

  /**
   * A JSON array with one compact element per line, written element by element: small, and each program or figure
   * is one line in a diff.
   */
  private static final class Lines {
    private final OutputStream out;
    private boolean any;

    Lines(OutputStream out) throws IOException {
      this.out = out;
      out.write(OPEN);
    }

    void add(ObjectNode element) throws IOException {
      if (any) out.write(COMMA);
      else any = true;
      out.write(COMPACT.writeValueAsBytes(element));
    }

    void end() throws IOException {
      if (any) out.write('\n');
      out.write(']');
      out.write('\n');
    }

    private static final byte[] OPEN = {'[', '\n'};
    private static final byte[] COMMA = {',', '\n'};
  }

  /** What a streamed file's writer writes, as text (for tests and for the pages that quote a file). */
  private static String text(FileSink.Body body) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try {
      body.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String json(Object node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
