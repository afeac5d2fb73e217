package org.seisaku.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.seisaku.testing.Requirements;

/**
 * Makes a PDF of a text with PDFBox, as a budget PDF is made: each line drawn at its own height in a Japanese font
 * (Debian's fonts-ipafont-gothic, which {@code .ci/run} installs; embedded as a Type 0 font), a form feed starting a
 * new page. Blank lines are left as space, as in a real PDF.
 */
final class TestPdf {
  static final float SIZE = 9;
  static final float LEADING = 13;

  private TestPdf() {}

  /** The font, or a skip outside CI and a failure under CI when it is not installed. */
  static Path font() {
    return Requirements.japaneseFont();
  }

  static void write(String text, Path pdf) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, font().toFile());
      for (String page : text.split("\f", -1)) {
        String[] lines = page.split("\n", -1);
        PDRectangle size = new PDRectangle(2400, Math.max(200, LEADING * (lines.length + 4)));
        PDPage p = new PDPage(size);
        doc.addPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
          float y = size.getHeight() - 2 * LEADING;
          for (String line : lines) {
            if (!line.isBlank()) {
              cs.beginText();
              cs.setFont(font, SIZE);
              cs.newLineAtOffset(36 + SIZE * leadingSpaces(line), y);
              cs.showText(line.strip());
              cs.endText();
            }
            y -= LEADING;
          }
        }
      }
      doc.save(pdf.toFile());
    }
  }

  /**
   * A table drawn as a PDF draws it: every cell its own text run, the first column from the left margin and the others
   * right-aligned at {@code columnEnds} (points), one row per {@code rows} entry (a null cell is left empty).
   */
  static void writeTable(List<String[]> rows, float[] columnEnds, Path pdf) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, font().toFile());
      PDPage p = new PDPage(new PDRectangle(600, Math.max(200, LEADING * (rows.size() + 4))));
      doc.addPage(p);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        float y = p.getMediaBox().getHeight() - 2 * LEADING;
        for (String[] row : rows) {
          for (int c = 0; c < row.length; c++) {
            if (row[c] == null || row[c].isEmpty()) continue;
            float x = c == 0 ? 36 : columnEnds[c - 1] - font.getStringWidth(row[c]) / 1000 * SIZE;
            cs.beginText();
            cs.setFont(font, SIZE);
            cs.newLineAtOffset(x, y);
            cs.showText(row[c]);
            cs.endText();
          }
          y -= LEADING;
        }
      }
      doc.save(pdf.toFile());
    }
  }

  /** A run of text drawn at a point of a page (points from the bottom left), in a size. */
  record Run(float x, float y, float size, String text) {}

  /** A slide's page (842 × 595 points) of runs drawn where they are, as a presentation tool draws its text boxes. */
  static void writeRuns(List<Run> runs, Path pdf) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, font().toFile());
      PDPage p = new PDPage(new PDRectangle(842, 595));
      doc.addPage(p);
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        for (Run r : runs) {
          cs.beginText();
          cs.setFont(font, r.size());
          cs.newLineAtOffset(r.x(), r.y());
          cs.showText(r.text());
          cs.endText();
        }
      }
      doc.save(pdf.toFile());
    }
  }

  private static int leadingSpaces(String s) {
    int n = 0;
    while (n < s.length() && (s.charAt(n) == ' ' || s.charAt(n) == '\u3000')) n++;
    return n;
  }
}
