package org.seisaku.importer;

/**
 * One line of an imported file and where it came from.
 *
 * @param page 1-based page (1 when the source has no page breaks)
 * @param line 1-based line: the line in the file for text, the line within the page for a PDF
 * @param text the line's text (repaired, once {@link Repair} has run)
 * @param indent the display columns of the blank space before the line's text as it came (a full-width space two),
 *     which {@link Repair} strips: where a table's header word or cell stands on the page
 */
public record SourceLine(int page, int line, String text, int indent) {
  public SourceLine(int page, int line, String text) {
    this(page, line, text, indentOf(text));
  }

  public SourceLine withText(String t) {
    return new SourceLine(page, line, t, indent);
  }

  public boolean blank() {
    return text.isBlank();
  }

  /** The line's text where it stood: its indent as spaces before it. */
  public String laidOut() {
    return " ".repeat(indent) + text;
  }

  private static int indentOf(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u3000') columns += 2;
      else if (c == ' ' || c == '\t' || c == '│' || c == '┃' || c == '║') columns++; // (a box's side is a space's width)
      else break;
    }
    return columns;
  }
}
