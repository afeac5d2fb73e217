package org.seisaku.importer;

/**
 * One line of an imported file and where it came from.
 *
 * @param page 1-based page (1 when the source has no page breaks)
 * @param line 1-based line: the line in the file for text, the line within the page for a PDF
 * @param text the line's text (repaired, once {@link Repair} has run)
 */
public record SourceLine(int page, int line, String text) {
  public SourceLine withText(String t) {
    return new SourceLine(page, line, t);
  }

  public boolean blank() {
    return text.isBlank();
  }
}
