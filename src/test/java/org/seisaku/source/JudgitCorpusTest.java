package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.SheetRef;
import org.seisaku.testing.Requirements;

/** Reads the whole shared corpus (skips outside CI, fails under CI, when ../shared/corpus is absent). */
class JudgitCorpusTest {

  @Test
  void readsEverySheetOfTheSharedCorpusWithoutErrors() throws Exception {
    Path root = Requirements.corpus();
    Problems problems = new Problems();
    Ministries ministries = MinistriesReader.parse(
        Files.readString(Path.of("src/test/resources/fixtures/corpus-ministries.yml")), "corpus-ministries.yml", problems);
    assertEquals(16, ministries.all().size());

    JudgitData data = JudgitReader.read(root, ministries, problems);

    assertEquals(List.of(), problems.sorted());
    assertEquals(14_793, data.programYears().size());
    assertEquals(14_793, data.documents().size());

    ProgramYear py = data.programYears().stream().filter(p -> p.key().equals("judgit:data/2019/総務省/0020.json"))
        .findFirst().orElseThrow();
    assertEquals("地域おこし協力隊の推進に要する経費", py.name());
    assertEquals(FiscalYear.of(2019), py.fiscalYear());
    assertEquals("soumu", py.ministryId());
    assertEquals("judgit-2019-soumu-0020", py.documentSlug());
    assertEquals(4264, py.ids().businessId());
    assertEquals("0020", py.ids().sheetNumber());
    assertEquals(2014, py.ids().startYear());
    assertEquals(null, py.ids().endYear());
    assertEquals(List.of(new SheetRef("総務省", "0019", 2018)), py.ids().pastSheets());
    assertEquals(3 * 7 + 6 + 1, py.items().size()); // 7 figures a year, no 執行額 for 2019, the 2020 request
    assertFigure(py, 2016, BudgetKind.INITIAL, "128.0", "予算[0].当初予算");
    assertFigure(py, 2016, BudgetKind.EXECUTED, "108.0", "予算[0].執行額");
    assertFigure(py, 2017, BudgetKind.TOTAL, "135.0", "予算[1].予算計");
    assertFigure(py, 2018, BudgetKind.EXECUTED, "94.0", "予算[2].執行額");
    assertFigure(py, 2019, BudgetKind.INITIAL, "150.0", "予算[3].当初予算");
    assertFigure(py, 2019, BudgetKind.SUPPLEMENTARY, "0.0", "予算[3].補正予算");
    assertFigure(py, 2020, BudgetKind.REQUEST, "206.0", "予算[4].要求額");
    assertTrue(py.items().stream().allMatch(i -> i.statedIn() == 2019));

    Document doc = data.documents().stream().filter(d -> d.slug().equals("judgit-2019-soumu-0020")).findFirst().orElseThrow();
    assertEquals("地域おこし協力隊の推進に要する経費", doc.title());
    assertEquals("http://www.soumu.go.jp/main_content/000643143.pdf", doc.sourceUrl());
    assertEquals(List.of("judgit:data/2019/総務省/0020.json"), doc.programRefs());
    assertTrue(doc.markdown().startsWith("## 事業目的\n\n人口減少や高齢化等の進行が著しい地方において"), doc.markdown());
    assertTrue(doc.markdown().contains("## 実施方法\n\n直接実施、委託・請負\n"), doc.markdown());
    assertTrue(doc.markdown().contains("担当部局庁：自治行政局　担当課室：地域自立応援課　開始年度：2014年度（平成26年度）"), doc.markdown());
  }


  private static void assertFigure(ProgramYear py, int year, BudgetKind kind, String millions, String pointer) {
    BudgetItem item = py.items().stream().filter(i -> i.fiscalYear().year() == year && i.kind() == kind)
        .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + year));
    assertEquals(Amount.ofMillionYen(new BigDecimal(millions)), item.amount());
    assertEquals(millions + "百万円", item.written());
    assertEquals(pointer, item.provenance().pointer());
    assertEquals("data/2019/総務省/0020.json", item.provenance().path());
  }
}
