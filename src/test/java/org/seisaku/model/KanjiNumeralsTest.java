package org.seisaku.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class KanjiNumeralsTest {
  @Test
  void digitByDigitAndWithUnits() {
    assertEquals(20, KanjiNumerals.value("二〇"));
    assertEquals(31, KanjiNumerals.value("三一"));
    assertEquals(0, KanjiNumerals.value("〇"));
    assertEquals(10, KanjiNumerals.value("十"));
    assertEquals(21, KanjiNumerals.value("二十一"));
    assertEquals(1000, KanjiNumerals.value("千"));
    assertEquals(2020, KanjiNumerals.value("二千二十"));
    assertEquals(1234, KanjiNumerals.value("千二百三十四"));
  }

  @Test
  void malformedNumeralsAreRefused() {
    for (String s : new String[] {"〇十", "二十十", "十百", "二千二〇", "", "十a"}) assertEquals(-1, KanjiNumerals.value(s), s);
    assertThrows(ArithmeticException.class, () -> KanjiNumerals.value("九".repeat(20)));
  }

  @Test
  void yearsAndAmountsReadThem() {
    assertEquals(2009, FiscalYear.parse("平成二十一年度").orElseThrow().year());
    assertEquals(2019, FiscalYear.parse("平成三一年度").orElseThrow().year());
    assertEquals(java.util.Optional.empty(), FiscalYear.parse("平成二十十年度"));
    assertEquals(2_000_000_000L, Amount.parse("二十億円").yen());
    assertEquals(120_000_000L, Amount.parse("一億二千万円").yen());
    assertThrows(Amount.FormatException.class, () -> Amount.parse("二十十億円"), "malformed: 20 or 30?");
  }
}
