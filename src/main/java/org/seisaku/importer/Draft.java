package org.seisaku.importer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.seisaku.encode.CsvCells;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

/**
 * The draft content of one imported file, as text: a Markdown document and a budget CSV, named after the file.
 *
 * <pre>
 *   Plan_2025.pdf → documents/import-plan-2025.md   front matter (title, ministry, fiscal_year, kind, source) +
 *                                                   the repaired text, a paragraph per line, bullets as a list
 *                 → budget/import-plan-2025.csv     fiscal_year,ministry,program,kind,amount,status,document,note
 *                   2025,mhlw,看護職員確保対策事業,要求,"2,015百万円",,import-plan-2025,
 *                   "import: Plan_2025.pdf page 1 line 13; confidence 0.85 (table-row, name-same-line, program-word)"
 * </pre>
 *
 * <p>The note is how a row keeps its provenance and confidence within the CSV format every reader accepts: the
 * file, its page (for a PDF or a text with page breaks) and line, the confidence and the rules that gave it.
 */
public final class Draft {
  private Draft() {}

  /**
   * What the draft is about: the command's options, and the ministries a row may name as its own (null: every row
   * is {@code ministry}'s).
   */
  public record Meta(FiscalYear fiscalYear, Ministry ministry, BudgetKind kind, String sourceUrl, Ministries ministries) {
    public Meta(FiscalYear fiscalYear, Ministry ministry, BudgetKind kind, String sourceUrl) {
      this(fiscalYear, ministry, kind, sourceUrl, null);
    }
  }

  /**
   * A ministry named in brackets right after a row's figure (or after its comparison): 「災害廃棄物処理事業費補助金
   * ３６億円（環境省）」, 「…４５億円（前年度 ４０億円）【内閣府】」.
   */
  private static final Pattern MINISTRY_AFTER = Pattern.compile(
      "^\\s*(?:[（(][^（()）]*[0-9０-９][^（()）]*[）)]\\s*)?[（(【［]\\s*([^（()）【】［］\\s]{2,16})\\s*[）)】］]");

  /** The row's ministry: one named right after its figure when the document lists several, else the command's. */
  static Ministry ministryOf(FoundItem f, Meta meta) {
    if (meta.ministries() == null) return meta.ministry();
    String line = f.origin().text();
    int at = line.indexOf(f.written());
    if (at < 0) return meta.ministry();
    Matcher m = MINISTRY_AFTER.matcher(line.substring(at + f.written().length()));
    return m.find() ? meta.ministries().find(m.group(1)).orElse(meta.ministry()) : meta.ministry();
  }

  /** The file name's stem as a slug: 「Plan_2025.pdf」 → plan-2025; 「概算要求.pdf」 → "" (no ASCII letter or digit). */
  public static String stem(String fileName) {
    String s = fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
    s = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return s.replaceAll("^-+|-+$", "");
  }

  /** The document's slug: {@code import-} and the stem, or {@code import-YEAR-MINISTRY-N} when the name has no ASCII. */
  public static String slug(String fileName, Meta meta, int ordinal) {
    String stem = stem(fileName);
    if (stem.isEmpty()) stem = meta.fiscalYear().year() + "-" + meta.ministry().id() + "-" + ordinal;
    if (stem.length() > 60) stem = stem.substring(0, 60).replaceAll("-+$", "");
    return "import-" + stem;
  }

  // ---- the document ----

  private static final Pattern BULLET = Pattern.compile("^[・○◎●◆■□▼▽►＊\\-－]\\s*"); // ※ is a note, not a bullet
  private static final Pattern MD_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~])");
  private static final Pattern MD_LINE_START = Pattern.compile("^([+\\-=]|[0-9]+(?=[.)]))");

  /** The Markdown document: front matter, then the repaired text, a paragraph per line and bullets as a list. */
  public static String markdown(SourceText source, List<SourceLine> repaired, Meta meta) {
    StringBuilder sb = new StringBuilder();
    sb.append("---\n");
    sb.append("title: ").append(yamlString(title(repaired, source.name()))).append('\n');
    sb.append("ministry: ").append(meta.ministry().id()).append('\n');
    sb.append("fiscal_year: ").append(meta.fiscalYear().year()).append('\n');
    sb.append("kind: ").append(yamlString(documentKind(meta.kind()))).append('\n');
    if (meta.sourceUrl() != null) {
      sb.append("source: ").append(yamlString(meta.sourceUrl())).append('\n');
    } else {
      sb.append("# source: the original's http(s) URL (imported from ").append(oneLine(source.name())).append(")\n");
    }
    sb.append("---\n");
    boolean inList = false;
    boolean pendingBreak = true;
    int page = repaired.isEmpty() ? 1 : repaired.get(0).page();
    for (SourceLine l : repaired) {
      if (l.page() != page) {
        page = l.page();
        pendingBreak = true;
      }
      if (l.blank()) {
        pendingBreak = true;
        continue;
      }
      String text = l.text();
      boolean bullet = BULLET.matcher(text).find();
      if (bullet) {
        String item = BULLET.matcher(text).replaceFirst("");
        if (item.isBlank()) continue;
        if (!inList || pendingBreak) sb.append('\n');
        sb.append("- ").append(escape(item)).append('\n');
        inList = true;
      } else {
        sb.append('\n').append(escape(text)).append('\n');
        inList = false;
      }
      pendingBreak = false;
    }
    return sb.toString();
  }

  /** The first line that reads as a title (a few letters, no sentence), else the file's name. */
  static String title(List<SourceLine> lines, String fileName) {
    for (SourceLine l : lines) {
      String t = BULLET.matcher(l.text().strip()).replaceFirst("").strip();
      if (t.codePoints().filter(Repair::isLetter).count() >= 4 && t.length() <= 80) return t;
      if (!t.isEmpty()) break;
    }
    return fileName;
  }

  /** The document kind for front matter: 当初予算, 補正予算, 概算要求 … */
  static String documentKind(BudgetKind kind) {
    return switch (kind) {
      case INITIAL -> "当初予算";
      case SUPPLEMENTARY -> "補正予算";
      case REQUEST -> "概算要求";
      case EXECUTED -> "執行";
      case RESERVE -> "予備費";
      default -> kind.label();
    };
  }

  /** Markdown-escapes ASCII punctuation that would make markup (emphasis, links, HTML, headings, tables, lists). */
  static String escape(String text) {
    String s = MD_SPECIAL.matcher(text).replaceAll("\\\\$1");
    return MD_LINE_START.matcher(s).replaceFirst("\\\\$1");
  }

  /** A double-quoted YAML scalar. */
  static String yamlString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (ch < 0x20 || ch == 0x7F) sb.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
          else sb.append(ch);
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }

  // ---- the budget rows ----

  /** The budget CSV: the header, then one row per item in the order of the text. */
  public static String csv(SourceText source, List<FoundItem> items, Meta meta, String documentSlug) {
    StringWriter w = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
    try (CSVPrinter p = new CSVPrinter(w, format)) {
      p.printRecord("fiscal_year", "ministry", "program", "kind", "amount", "status", "document", "note");
      for (FoundItem f : items) {
        // text cells as data/budget.csv writes them: a spreadsheet opening the draft evaluates none (the reader
        // takes the apostrophe off again)
        p.printRecord(f.fiscalYear().year(), ministryOf(f, meta).id(), CsvCells.text(f.program()), f.kind().label(),
            CsvCells.text(f.written()), f.status() == null ? "" : CsvCells.text(f.status()), documentSlug,
            CsvCells.text(note(source, f)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** {@code import: seed.txt line 437; confidence 0.85 (budget-word, name-line-above, program-word)}. */
  static String note(SourceText source, FoundItem f) {
    return "import: " + oneLine(source.where(f.origin())) + "; confidence "
        + String.format(Locale.ROOT, "%.2f", f.confidence()) + " (" + String.join(", ", f.rules()) + ")";
  }
}
