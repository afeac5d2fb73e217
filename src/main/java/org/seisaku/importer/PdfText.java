package org.seisaku.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF, page by page, with Apache PDFBox: glyphs sorted by position (as pdftotext does, so a slide's
 * columns come out line by line), each page's lines of text numbered from 1, a gap between blocks kept as a blank
 * line (so that paragraphs stay apart as in extracted text), a name wrapped in a table's cell joined to its row
 * ({@link Cells}). The text keeps the damage PDFs cause (doubled glyphs, spaced letters, repeated lines); {@link
 * Repair} mends it.
 */
public final class PdfText {
  /** A PDF that cannot be read: not a PDF, damaged, or protected by a password. The message says which. */
  public static final class UnreadableException extends Exception {
    UnreadableException(String message) {
      super(message);
    }
  }

  private PdfText() {}

  /** Whether the bytes start as a PDF does ({@code %PDF-}). */
  public static boolean looksLikePdf(byte[] head) {
    return head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-';
  }

  /**
   * PDFBox's stripper, with a wide gap between two runs of text on a line written as two spaces where PDFBox writes
   * one: the gap between a table's columns or a slide's boxes side by side (「地域おこし協力隊推進事業」 at the left,
   * 「集落支援員推進事業」 at the right), which the import reads by such spaces, as in text extracted with its layout.
   */
  private static final class ColumnGaps extends PDFTextStripper {
    /** A gap this many times the font's size or wider is one between columns. */
    static final float COLUMN_GAP = 1.5f;
    /** A gap this many times the font's size or wider before a figure starts a table's cell. */
    static final float FIGURE_GAP = 0.6f;
    private float lineEnd = Float.NaN;
    /** The lines written on the page, with where their runs stand (for {@link Cells}). */
    final List<Cells.Line> lines = new ArrayList<>();
    private Cells.Line line = new Cells.Line();

    ColumnGaps() {
      super();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
      boolean column = false;
      if (!positions.isEmpty()) {
        TextPosition first = positions.get(0);
        float gap = Float.isNaN(lineEnd) ? 0 : first.getXDirAdj() - lineEnd;
        // words a little apart after a figure are a cell of their own: a table with its figures first and the name
        // last (「32.4  28.9 再犯防止推進計画に基づく取組の推進」)
        boolean afterFigure = gap >= FIGURE_GAP * first.getFontSizeInPt() && line.text.length() > 0
            && Cells.endsFigure(line.text) && !text.isEmpty() && !Cells.startsFigure(text);
        boolean columnGap = gap >= COLUMN_GAP * first.getFontSizeInPt() || afterFigure;
        if (columnGap) {
          super.writeString(" ");
          line.text.append(' ');
          column = true;
        }
        // a figure a little apart from the words before it starts a cell of its own for Cells (a table's columns
        // set close), without the second space that the import would read as a column
        column |= gap >= FIGURE_GAP * first.getFontSizeInPt() && !text.isEmpty() && Cells.startsFigure(text);
        TextPosition last = positions.get(positions.size() - 1);
        lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
        line.runs.add(new Cells.Run(line.text.length(), line.text.length() + text.length(), first.getXDirAdj(), lineEnd,
            first.getYDirAdj(), first.getFontSizeInPt(), column || line.runs.isEmpty(), columnGap || line.runs.isEmpty()));
      }
      line.text.append(text);
      super.writeString(text, positions);
    }

    @Override
    protected void writeWordSeparator() throws IOException {
      line.text.append(getWordSeparator());
      super.writeWordSeparator();
    }

    @Override
    protected void writeLineSeparator() throws IOException {
      lineEnd = Float.NaN;
      lines.add(line);
      line = new Cells.Line();
      super.writeLineSeparator();
    }

    /** Starts a page: its lines are recorded anew. */
    void startPage() {
      lines.clear();
      line = new Cells.Line();
      lineEnd = Float.NaN;
    }

    /** The lines of the page, the last one too when no separator followed it. */
    List<Cells.Line> pageLines() {
      if (line.text.length() > 0) {
        lines.add(line);
        line = new Cells.Line();
      }
      return lines;
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
      lineEnd = Float.NaN;
      super.writeParagraphEnd();
    }
  }

  public static SourceText read(Path file, String name) throws UnreadableException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      ColumnGaps stripper = new ColumnGaps();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setPageEnd("");
      stripper.setParagraphEnd("\n"); // a gap between blocks becomes a blank line, as in extracted text
      List<SourceLine> lines = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.startPage();
        String[] pageLines = stripper.getText(doc).split("\r\n|\r|\n", -1);
        int n = pageLines.length;
        if (n > 0 && pageLines[n - 1].isEmpty()) n--;
        List<SourceLine> page = new ArrayList<>(n);
        int line = 0;
        for (int i = 0; i < n; i++) {
          if (!pageLines[i].isBlank()) line++; // the n-th line of text on the page, gaps not counted
          page.add(new SourceLine(p, Math.max(1, line), pageLines[i]));
        }
        // a name wrapped in a table's cell joins its row (where the runs stand on the page tells which row)
        lines.addAll(Cells.join(page, stripper.pageLines()));
      }
      return new SourceText(name, true, lines);
    } catch (InvalidPasswordException e) {
      throw new UnreadableException("the PDF is protected by a password: save an unprotected copy first");
    } catch (IOException e) {
      throw new UnreadableException("not a readable PDF (" + e.getMessage() + ")");
    }
  }
}
