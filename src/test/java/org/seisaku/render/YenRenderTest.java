package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.seisaku.model.Amount;
import org.seisaku.model.Qualifier;

/** Numbers as Japanese readers expect them: separators, one unit per column, exact yen, rounded sums in text. */
class YenRenderTest {
  @Test
  void roundsLargeSumsAsBudgetTablesDo() {
    assertEquals("2,433兆9,106億円", Yen.rounded(2_433_910_604_420_000L));
    assertEquals("236兆163億円", Yen.rounded(236_016_320_445_247L));
    assertEquals("3兆円", Yen.rounded(3_000_000_000_000L));
    assertEquals("7,276.1億円", Yen.rounded(727_610_222_000L));
    assertEquals("5.2億円", Yen.rounded(520_000_000L));
    assertEquals("1億円", Yen.rounded(100_000_000L));
    assertEquals("8,525.9万円", Yen.rounded(85_259_000L));
    assertEquals("0円", Yen.rounded(0L));
    assertEquals("-30億円", Yen.rounded(-3_000_000_000L));
    assertEquals("約18.2億円", Yen.rounded(new Amount(1_820_000_000L, Qualifier.APPROXIMATE)));
  }

  @Test
  void countsHaveThousandsSeparators() {
    assertEquals("3,305", Yen.count(3305));
    assertEquals("14,810", Yen.count(14_810));
    assertEquals("0", Yen.count(0));
    assertEquals("-1,000", Yen.count(-1000));
  }

  @Test
  void aColumnHasOneUnitChosenFromItsLargestFigure() {
    assertEquals(Yen.Unit.OKU, Yen.Unit.of(128_000_000L));
    assertEquals(Yen.Unit.OKU, Yen.Unit.of(100_000_000L));
    assertEquals(Yen.Unit.MILLION, Yen.Unit.of(85_000_000L));
    // one column, one unit: 8,500万円 and 1.28億円 both in 億円
    assertEquals("0.9", Yen.in(85_000_000L, Yen.Unit.OKU));
    assertEquals("1.3", Yen.in(128_000_000L, Yen.Unit.OKU));
    assertEquals("52,212.0", Yen.in(5_221_200_000_000L, Yen.Unit.OKU));
    assertEquals("85.3", Yen.in(85_259_000L, Yen.Unit.MILLION));
    assertEquals("-3.0", Yen.in(-3_000_000L, Yen.Unit.MILLION));
    assertEquals("0.0", Yen.in(0L, Yen.Unit.OKU));
    assertEquals("0.03", Yen.in(30_000L, Yen.Unit.MILLION), "not zero, so never 0.0");
    assertEquals("0.000001", Yen.in(1L, Yen.Unit.MILLION));
    assertEquals("0.00000001", Yen.in(1L, Yen.Unit.OKU));
  }

  @Test
  void cellsKeepTheQualifierAndHoversTheExactYen() {
    assertEquals("9.7（内数）", Yen.cell(Amount.parse("973百万円の内数"), Yen.Unit.OKU));
    assertEquals("約1,500.0", Yen.cell(Amount.parse("１，５００億円程度"), Yen.Unit.OKU));
    assertEquals("上限10.0", Yen.cell(Amount.parse("上限10億円"), Yen.Unit.OKU));
    assertEquals("事項要求", Yen.cell(Amount.parse("事項要求"), Yen.Unit.OKU));
    assertEquals("973,000,000円（内数）", Yen.exact(Amount.parse("973百万円の内数")));
    assertEquals("128,000,000円", Yen.exact(128_000_000L));
  }
}
