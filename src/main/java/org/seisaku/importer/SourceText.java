package org.seisaku.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one imported file.
 *
 * <pre>
 *   text "a\nb\fc\n"  → (p1 l1 "a"), (p1 l2 "b"), (p2 l3 "c")   lines keep the file's numbering; a form feed
 *                                                               (pdftotext's page break) starts a page
 *   a PDF             → per page, (p3 l1 …), (p3 l2 …)           lines counted within their page
 * </pre>
 *
 * @param name the file's name as given on the command line (its last path element), for provenance
 * @param pdf whether it was read from a PDF (provenance then names page and line)
 */
public record SourceText(String name, boolean pdf, List<SourceLine> lines) {
  public SourceText {
    lines = List.copyOf(lines);
  }

  /** Splits extracted text into lines; {@code \f} starts a new page and is dropped. */
  public static SourceText ofText(String name, String text) {
    List<SourceLine> lines = new ArrayList<>();
    String[] raw = text.split("\r\n|\r|\n", -1);
    int page = 1;
    int n = raw.length;
    if (n > 0 && raw[n - 1].isEmpty()) n--; // the file's final newline ends a line, it does not start one
    for (int i = 0; i < n; i++) {
      String s = raw[i];
      if (s.indexOf('\f') >= 0) {
        page += (int) s.chars().filter(c -> c == '\f').count();
        s = s.replace("\f", "");
      }
      lines.add(new SourceLine(page, i + 1, s));
    }
    return new SourceText(name, false, lines);
  }

  /** Whether any line is past page 1. */
  public boolean paged() {
    return !lines.isEmpty() && lines.get(lines.size() - 1).page() > 1;
  }

  /** Where a line came from, for a CSV note: {@code seed.txt line 437}, {@code plan.txt page 2 line 15}, {@code plan.pdf page 3 line 12}. */
  public String where(SourceLine l) {
    return name + (pdf || paged() ? " page " + l.page() : "") + " line " + l.line();
  }
}
