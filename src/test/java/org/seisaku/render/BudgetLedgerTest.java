package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.seisaku.render.RenderFixture.csv;
import static org.seisaku.render.RenderFixture.item;
import static org.seisaku.render.RenderFixture.sheet;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Qualifier;

class BudgetLedgerTest {
  private static final FiscalYear FY2017 = new FiscalYear(2017);

  private static BudgetLedger ledger(List<ProgramYear> years) {
    return BudgetLedger.of(RenderFixture.program("p", "soumu", years, null));
  }

  private static ProgramYear sheetYear(int fy, String path, List<org.seisaku.model.BudgetItem> items) {
    return new ProgramYear("judgit:" + path, new FiscalYear(fy), "soumu", "事業", items,
        sheet(path, null), org.seisaku.model.SourceIds.NONE, null);
  }

  @Test
  void latestStatementIsInForceAndOlderDifferentFiguresAreRevisionsNewestFirst() {
    BudgetLedger l = ledger(List.of(
        sheetYear(2018, "data/2018/a.json", List.of(item(2017, BudgetKind.INITIAL, "100", 2018, sheet("data/2018/a.json", "x")))),
        sheetYear(2019, "data/2019/a.json", List.of(item(2017, BudgetKind.INITIAL, "120", 2019, sheet("data/2019/a.json", "x")))),
        sheetYear(2020, "data/2020/a.json", List.of(item(2017, BudgetKind.INITIAL, "120", 2020, sheet("data/2020/a.json", "x")))),
        sheetYear(2017, "data/2017/a.json", List.of(item(2017, BudgetKind.INITIAL, "100", 2017, sheet("data/2017/a.json", "x")))),
        RenderFixture.csvYear(2017, "soumu", "事業", List.of(item(2017, BudgetKind.INITIAL, "90", 2017, csv(2017, 4))))));
    BudgetLedger.Entry e = l.entry(FY2017, BudgetKind.INITIAL);
    assertEquals(120L, e.inForce().item().amount().yen());
    assertEquals(2020, e.inForce().item().statedIn());
    // the 2019 sheet's 120 restates the figure in force; of the two 100s only the newer statement is kept
    assertEquals(List.of(100L, 90L), e.revisions().stream().map(f -> f.item().amount().yen()).toList());
    assertEquals(2018, e.revisions().get(0).item().statedIn());
    assertEquals(1, l.entries().size());
  }

  @Test
  void tieOnStatedInIsBrokenByProvenanceWhateverTheInputOrder() {
    var a = item(2017, BudgetKind.INITIAL, "1億円", 2019, sheet("data/2019/a.json", "x"));
    var b = item(2017, BudgetKind.INITIAL, "2億円", 2019, sheet("data/2019/b.json", "x"));
    long one = ledger(List.of(sheetYear(2019, "data/2019/a.json", List.of(a)), sheetYear(2019, "data/2019/b.json", List.of(b))))
        .entry(FY2017, BudgetKind.INITIAL).inForce().item().amount().yen();
    long two = ledger(List.of(sheetYear(2019, "data/2019/b.json", List.of(b)), sheetYear(2019, "data/2019/a.json", List.of(a))))
        .entry(FY2017, BudgetKind.INITIAL).inForce().item().amount().yen();
    assertEquals(200_000_000L, one);
    assertEquals(one, two);
  }

  @Test
  void zeroSupplementaryReserveAndCarryOversAreNoneButZeroInitialAndExecutedStay() {
    String path = "data/2019/a.json";
    BudgetLedger l = ledger(List.of(sheetYear(2019, path, List.of(
        item(2017, BudgetKind.INITIAL, "0", 2019, sheet(path, "a")),
        item(2017, BudgetKind.EXECUTED, "0", 2019, sheet(path, "b")),
        item(2017, BudgetKind.TOTAL, "0", 2019, sheet(path, "c")),
        item(2017, BudgetKind.SUPPLEMENTARY, "0", 2019, sheet(path, "d")),
        item(2017, BudgetKind.RESERVE, "0", 2019, sheet(path, "e")),
        item(2017, BudgetKind.CARRIED_IN, "0", 2019, sheet(path, "f")),
        item(2017, BudgetKind.CARRIED_OUT, "0", 2019, sheet(path, "g")),
        item(2018, BudgetKind.SUPPLEMENTARY, "△3百万円", 2019, sheet(path, "h"))))));
    assertEquals(List.of("2017 initial", "2017 executed", "2017 total", "2018 supplementary"),
        l.entries().stream().map(e -> e.year() + " " + e.kind().json()).toList());
    assertEquals(-3_000_000L, l.entry(new FiscalYear(2018), BudgetKind.SUPPLEMENTARY).inForce().item().amount().yen());
    assertNull(l.entry(FY2017, BudgetKind.SUPPLEMENTARY));
  }

  @Test
  void fiscalYearsJoinProgramYearsAndFigureYears() {
    Program p = RenderFixture.model().programs().stream().filter(x -> x.id().equals("teijuu")).findFirst().orElseThrow();
    assertEquals(List.of(2008, 2009, 2010, 2011), BudgetLedger.of(p).fiscalYears().stream().map(FiscalYear::year).toList());
  }

  @Test
  void totalsNeverAddPartOfUnquantifiedOrUpperBound() {
    Totals t = new Totals();
    t.add(BudgetKind.INITIAL, Amount.parse("3億円"));
    t.add(BudgetKind.INITIAL, Amount.parse("973百万円の内数"));
    t.add(BudgetKind.INITIAL, Amount.parse("事項要求"));
    t.add(BudgetKind.INITIAL, Amount.parse("上限10億円"));
    t.add(BudgetKind.INITIAL, Amount.parse("△1億円"));
    assertEquals(new Amount(200_000_000L, Qualifier.EXACT), t.sum(BudgetKind.INITIAL));
    assertEquals("内数 1件、事項要求 1件、上限額 1件を含まない", t.exclusionNote());
    t.add(BudgetKind.INITIAL, Amount.parse("約1億円"));
    assertEquals("約3億円", t.display(BudgetKind.INITIAL));
    assertEquals("—", t.display(BudgetKind.EXECUTED));
  }
}
