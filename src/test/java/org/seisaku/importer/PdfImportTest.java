package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.testing.Requirements;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Problems;

/** A PDF made with PDFBox from a text imports the same budget items as the text itself. */
class PdfImportTest {
  @TempDir Path tmp;

  @Test
  void aPdfImportsTheSameItemsAsItsText() throws IOException {
    TestPdf.font();
    List<Path> texts = List.of(Requirements.seeds().resolve("000_1eae7d4f337d2adf.txt"), Requirements.seeds().resolve("004_274850fe4f28e0bb.txt"),
        Path.of("src/test/resources/import/heldout/mhlw-gaisan-2025.txt"), Path.of("src/test/resources/import/heldout/maff-noson-2025.txt"),
        Path.of("src/test/resources/import/heldout/env-hosei-2024.txt"), Path.of("src/test/resources/import/heldout/mext-yosan-2025.txt"),
        Path.of("src/test/resources/import/heldout/mlit-kotsu-2025.txt"), Path.of("src/test/resources/import/heldout/digital-gaisan-2026.txt"));
    for (Path text : texts) {
      String name = text.getFileName().toString().replace(".txt", "");
      Path tsv = name.startsWith("0") ? Path.of("src/test/resources/import", name + ".tsv") : Path.of("src/test/resources/import/heldout", name + ".tsv");
      GoldList gold = GoldList.read(tsv);
      Path pdf = tmp.resolve(name + ".pdf");
      TestPdf.write(Files.readString(text, StandardCharsets.UTF_8), pdf);
      List<FoundItem> fromText = ImportEvaluationTest.importItems(text, gold.args());
      List<FoundItem> fromPdf = ImportEvaluationTest.importItems(pdf, gold.args());
      assertFalse(fromPdf.isEmpty(), name);
      assertEquals(summary(fromText), summary(fromPdf), name);
      assertTrue(fromPdf.stream().allMatch(f -> f.origin().page() >= 1 && f.origin().line() >= 1), name);
    }
  }

  @Test
  void aTableDrawnCellByCellImportsItsRows() throws IOException {
    // as a spreadsheet's PDF draws a table: each cell a text run of its own, the figures right-aligned; PDFBox puts a
    // space between the cells of a row and a blank line between rows
    Path pdf = tmp.resolve("cells.pdf");
    TestPdf.writeTable(List.of(new String[] {"（単位：百万円）"}, new String[] {"事項", "令和７年度", "令和８年度", "増減"},
        new String[] {null, "予算額", "要求額"}, new String[] {"地域おこし協力隊推進事業", "250", "300", "50"},
        new String[] {"関係人口創出・拡大事業（新規）", "－", "95", "95"}, new String[] {"合計", "250", "395", "145"}),
        new float[] {300, 400, 480}, pdf);
    List<FoundItem> items = ImportEvaluationTest.importItems(pdf, java.util.Map.of("fiscal-year", "令和8年度", "ministry", "総務省", "kind", "要求"));
    assertEquals(List.of("地域おこし協力隊推進事業 | 2025 | 当初 | 2.5億円 | null", "地域おこし協力隊推進事業 | 2026 | 要求 | 3億円 | null",
        "関係人口創出・拡大事業 | 2026 | 要求 | 9,500万円 | 新規"), summary(items));
  }

  @Test
  void aSlidesBoxesSideBySideImportEachUnderItsName() throws IOException {
    // two boxes, a little out of line: PDFBox reads their names as one line and their figures as the next, and the
    // wide gap between the boxes is kept as two spaces (PdfText), so each figure is named by the name above its part
    Path pdf = tmp.resolve("boxes.pdf");
    TestPdf.writeRuns(List.of(new TestPdf.Run(40, 550, 20, "令和８年度 概算要求のポイント"),
        new TestPdf.Run(40, 480, 14, "地域おこし協力隊推進事業"), new TestPdf.Run(440, 482, 14, "集落支援員推進事業"),
        new TestPdf.Run(60, 455, 18, "５．２億円"), new TestPdf.Run(160, 455, 10, "（４．８億円）"),
        new TestPdf.Run(460, 457, 18, "１．５億円"), new TestPdf.Run(560, 457, 10, "（１．２億円）"),
        new TestPdf.Run(40, 420, 9, "都市部から地方に移住して地域協力活動を行う隊員を支援"),
        new TestPdf.Run(440, 421, 9, "集落の巡回・状況把握を行う支援員を支援")), pdf);
    List<FoundItem> items = ImportEvaluationTest.importItems(pdf, java.util.Map.of("fiscal-year", "令和8年度", "ministry", "総務省", "kind", "要求"));
    assertEquals(List.of("地域おこし協力隊推進事業 | 2026 | 要求 | 5.2億円 | null", "地域おこし協力隊推進事業 | 2025 | 当初 | 4.8億円 | null",
        "集落支援員推進事業 | 2026 | 要求 | 1.5億円 | null", "集落支援員推進事業 | 2025 | 当初 | 1.2億円 | null"), summary(items));
  }

  @Test
  void aCellOfTwoLinesWithItsFiguresBetweenThem() throws IOException {
    // a name wrapped in its cell, the row's figures centred: PDFBox writes the first half, the figures, then the rest
    Path pdf = tmp.resolve("wrapped.pdf");
    TestPdf.writeRuns(List.of(new TestPdf.Run(600, 560, 9, "（単位：百万円）"), new TestPdf.Run(50, 540, 9, "事項"),
        new TestPdf.Run(300, 540, 9, "令和７年度予算額"), new TestPdf.Run(420, 540, 9, "令和８年度要求額"),
        new TestPdf.Run(50, 520, 9, "５Ｇ等の携帯電話基地局の整備支援・"), new TestPdf.Run(50, 508, 9, "光ファイバ整備の推進"),
        new TestPdf.Run(355, 514, 9, "2,970"), new TestPdf.Run(475, 514, 9, "3,610"),
        new TestPdf.Run(50, 490, 9, "地域社会ＤＸ推進パッケージ事業"), new TestPdf.Run(355, 490, 9, "4,520"),
        new TestPdf.Run(475, 490, 9, "5,380")), pdf);
    List<FoundItem> items = ImportEvaluationTest.importItems(pdf, java.util.Map.of("fiscal-year", "令和8年度", "ministry", "総務省", "kind", "要求"));
    assertEquals(List.of("5G等の携帯電話基地局の整備支援・光ファイバ整備の推進 | 2025 | 当初 | 29.7億円 | null",
        "5G等の携帯電話基地局の整備支援・光ファイバ整備の推進 | 2026 | 要求 | 36.1億円 | null",
        "地域社会DX推進パッケージ事業 | 2025 | 当初 | 45.2億円 | null", "地域社会DX推進パッケージ事業 | 2026 | 要求 | 53.8億円 | null"),
        summary(items));
  }

  @Test
  void namesWrappedInTheirCellsJoinTheirRows() throws IOException {
    // as a spreadsheet prints a narrow first column: a cell's lines 11 points apart, its row's figures centred on
    // them, rows 16 points apart; a name of two lines and one of three, between rows and under the header
    Path pdf = tmp.resolve("cells.pdf");
    TestPdf.writeRuns(List.of(new TestPdf.Run(50, 560, 10, "（単位：百万円）"), new TestPdf.Run(60, 540, 10, "法人名"),
        new TestPdf.Run(300, 540, 10, "令和８年度要求額"), new TestPdf.Run(420, 540, 10, "令和７年度予算額"),
        new TestPdf.Run(60, 524, 10, "国立研究開発法人科学"), new TestPdf.Run(60, 513, 10, "技術振興機構"),
        new TestPdf.Run(350, 518.5f, 10, "102,500"), new TestPdf.Run(470, 518.5f, 10, "98,700"),
        new TestPdf.Run(60, 497, 10, "地域情報化"), new TestPdf.Run(60, 486, 10, "アドバイザー"), new TestPdf.Run(60, 475, 10, "派遣事業"),
        new TestPdf.Run(360, 486, 10, "320"), new TestPdf.Run(480, 486, 10, "300"),
        new TestPdf.Run(60, 459, 10, "自治体ＤＸ推進事業"), new TestPdf.Run(350, 459, 10, "2,400"), new TestPdf.Run(470, 459, 10, "2,200"),
        // a footnote's mark wrapped to the figures' line: 「地域共生社会推進事業※1」
        new TestPdf.Run(60, 443, 10, "地域共生社会推進事業"), new TestPdf.Run(60, 432, 10, "※1"),
        new TestPdf.Run(360, 437.5f, 10, "520"), new TestPdf.Run(480, 437.5f, 10, "455"),
        new TestPdf.Run(50, 400, 10, "※ 上記のほか、施設整備費補助金を事項要求。")), pdf);
    List<FoundItem> items = ImportEvaluationTest.importItems(pdf, java.util.Map.of("fiscal-year", "令和8年度", "ministry", "文部科学省", "kind", "要求"));
    assertEquals(List.of("国立研究開発法人科学技術振興機構 | 2026 | 要求 | 1,025億円 | null",
        "国立研究開発法人科学技術振興機構 | 2025 | 当初 | 987億円 | null", "地域情報化アドバイザー派遣事業 | 2026 | 要求 | 3.2億円 | null",
        "地域情報化アドバイザー派遣事業 | 2025 | 当初 | 3億円 | null", "自治体DX推進事業 | 2026 | 要求 | 24億円 | null",
        "自治体DX推進事業 | 2025 | 当初 | 22億円 | null", "地域共生社会推進事業 | 2026 | 要求 | 5.2億円 | null",
        "地域共生社会推進事業 | 2025 | 当初 | 4.55億円 | null"), summary(items).subList(0, 8));
  }

  @Test
  void aHeadingOverAnItemAndItsDescriptionStayApartFromIt() throws IOException {
    // not a table: a heading, an item with its figure, a line of its description, all starting where the item does
    Path pdf = tmp.resolve("list.pdf");
    TestPdf.writeRuns(List.of(new TestPdf.Run(60, 545, 10, "消防庁 令和８年度 概算要求の概要"),
        new TestPdf.Run(60, 520, 10, "Ⅱ 消防団の充実強化と地域防災力の向上"), new TestPdf.Run(60, 509, 10, "消防団の力向上モデル事業"),
        new TestPdf.Run(300, 509, 10, "３．２億円"), new TestPdf.Run(60, 498, 10, "団員の確保を支援"),
        new TestPdf.Run(60, 470, 10, "Ⅲ 火災予防対策の推進")), pdf);
    List<FoundItem> items = ImportEvaluationTest.importItems(pdf, java.util.Map.of("fiscal-year", "令和8年度", "ministry", "総務省", "kind", "要求"));
    assertEquals(List.of("消防団の力向上モデル事業 | 2026 | 要求 | 3.2億円 | null"), summary(items));
  }

  @Test
  void boxesSideBySideWhoseTextWrapsReadAsTheirBoxes() throws IOException {
    // a slide's narrow boxes: each name and figure wraps, lines 12 points apart in a box, 20 between name and figure
    Path pdf = tmp.resolve("boxes.pdf");
    TestPdf.writeRuns(List.of(new TestPdf.Run(60, 550, 14, "令和８年度 概算要求のポイント"),
        new TestPdf.Run(60, 500, 10, "地域おこし協力隊"), new TestPdf.Run(260, 500, 10, "集落支援員推進"),
        new TestPdf.Run(60, 488, 10, "推進事業"), new TestPdf.Run(260, 488, 10, "事業"),
        new TestPdf.Run(60, 468, 10, "５．２億円（４．８"), new TestPdf.Run(260, 468, 10, "１．５億円（１．２"),
        new TestPdf.Run(60, 456, 10, "億円）"), new TestPdf.Run(260, 456, 10, "億円）")), pdf);
    List<FoundItem> items = ImportEvaluationTest.importItems(pdf, java.util.Map.of("fiscal-year", "令和8年度", "ministry", "総務省", "kind", "要求"));
    assertEquals(List.of("地域おこし協力隊推進事業 | 2026 | 要求 | 5.2億円 | null", "地域おこし協力隊推進事業 | 2025 | 当初 | 4.8億円 | null",
        "集落支援員推進事業 | 2026 | 要求 | 1.5億円 | null", "集落支援員推進事業 | 2025 | 当初 | 1.2億円 | null"), summary(items));
  }

  @Test
  void aDamagedPdfIsAProblemNotACrash() throws IOException {
    Path bad = tmp.resolve("bad.pdf");
    Files.writeString(bad, "%PDF-1.7\nthis is not really a PDF\n");
    Problems p = new Problems();
    assertTrue(Importer.read(bad, "bad.pdf", p).isEmpty());
    assertTrue(p.sorted().get(0).toString().startsWith("bad.pdf:"), p.sorted().toString());
  }

  private static List<String> summary(List<FoundItem> items) {
    return items.stream().map(f -> f.program() + " | " + f.fiscalYear() + " | " + f.kind().label() + " | " + f.amount() + " | " + f.status()).toList();
  }
}
