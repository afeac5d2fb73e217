package org.seisaku.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exact tables for {@link FiscalYear}, then randomised round trips (seed in every failure message). */
class FiscalYearTest {

  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2008         | 2008
      2008年度      | 2008
      2008年        | 2008
      FY2008       | 2008
      fy2008       | 2008
      ＦＹ２００８     | 2008
      ２００８年度      | 2008
      ' 2008 年度 '  | 2008
      平成20年度      | 2008
      平成２０年度     | 2008
      平成二十年度     | 2008
      平成20        | 2008
      平成20年       | 2008
      '平成 20 年度'   | 2008
      ㍻20年度       | 2008
      H20          | 2008
      Ｈ２０          | 2008
      h20年度        | 2008
      H.20         | 2008
      H二十          | 2008
      平成元年度      | 1989
      H1           | 1989
      平成31年度      | 2019
      平成３１年度     | 2019
      平成三十一年度    | 2019
      平成三一年度     | 2019
      平成32年度      | 2020
      平成33年度      | 2021
      平成37年度      | 2025
      平成45年度      | 2033
      平成57年度      | 2045
      令和元年度      | 2019
      令和1年度       | 2019
      R1           | 2019
      r1年度        | 2019
      R8           | 2026
      令和8年度       | 2026
      令和８年度       | 2026
      令和十年度       | 2028
      令和82年度      | 2100
      昭和63年度      | 1988
      S63          | 1988
      S64          | 1989
      昭和64年度      | 1989
      昭和元年度      | 1926
      大正15年度      | 1926
      大正元年度      | 1912
      明治45年度      | 1912
      明治元年度      | 1868
      M1           | 1868
      1868         | 1868
      2100         | 2100
      """)
  void parses(String text, int year) {
    assertEquals(Optional.of(FiscalYear.of(year)), FiscalYear.parse(text), text);
  }

  @ParameterizedTest(name = "rejects {0}")
  @NullAndEmptySource
  @ValueSource(strings = {
    " ", "　", "平成0年度", "平成〇年度", "H0", "令和100年度", "令和83年度", "R83", "20008", "208", "1867", "2101",
    "2008年度予算", "予算2008", "平成20年度予算", "FY", "平成", "平成年度", "元年度", "X20", "平成二十十年度",
    "平成〇十年度", "平成一二三年度", "平成-1年度", "2008年度度", "H20H21", "FY-2008", "2008.5",
  })
  void rejects(String text) {
    assertEquals(Optional.empty(), FiscalYear.parse(text), String.valueOf(text));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2008 | 2008年度（平成20年度）
      2019 | 2019年度（令和元年度）
      2020 | 2020年度（令和2年度）
      2026 | 2026年度（令和8年度）
      2018 | 2018年度（平成30年度）
      1989 | 1989年度（平成元年度）
      1988 | 1988年度（昭和63年度）
      1926 | 1926年度（昭和元年度）
      1925 | 1925年度（大正14年度）
      1912 | 1912年度（大正元年度）
      1868 | 1868年度（明治元年度）
      2100 | 2100年度（令和82年度）
      """)
  void label(int year, String label) {
    assertEquals(label, FiscalYear.of(year).label());
  }

  @ParameterizedTest(name = "find {0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      平成24年度補正予算                                | 2012
      （平成２４年度補正予算　２１．９億円）                     | 2012
      本事業は2008年度に開始した                            | 2008
      令和元年度から実施                                  | 2019
      H26年度補正予算                                  | 2014
      Ｈ２７年度から                                    | 2015
      R2年度末                                      | 2020
      平成 24 年度 補正                                | 2012
      少子化社会対策基本法（平成15年法律第133号）に基づき、平成28年度から   | 2016
      ガイドライン（平成22年3月31日）を受け2011年度に                 | 2011
      平成0年度ではなく平成二十年度                            | 2008
      開業時期を平成47年度から5年前倒しし、平成42年度末の完成             | 2035
      """)
  void find(String text, int year) {
    assertEquals(Optional.of(FiscalYear.of(year)), FiscalYear.find(text), text);
  }

  @ParameterizedTest(name = "find nothing in {0}")
  @NullAndEmptySource
  @ValueSource(strings = {
    "2008", "予算20082009年度", "平成24年の補正予算", "平成15年法律第133号", "令和100年度", "120008年度", "ISO9001", "FH26年度", "年度",
  })
  void findsNothing(String text) {
    assertEquals(Optional.empty(), FiscalYear.find(text), String.valueOf(text));
  }

  @Test
  void constructorRejectsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(1867));
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2101));
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2100).next());
  }

  @Test
  void ordersAndPrintsByWesternYear() {
    assertEquals(FiscalYear.of(2009), FiscalYear.of(2008).next());
    assertEquals(-1, Integer.signum(FiscalYear.of(2008).compareTo(FiscalYear.of(2019))));
    assertEquals("2008", FiscalYear.of(2008).toString());
  }

  /** Every year reads back from each form the site and the documents write it in. */
  @Test
  void randomYearsRoundTrip() {
    Random r = new Random(SEED);
    for (int i = 0; i < 2000; i++) {
      FiscalYear y = FiscalYear.of(FiscalYear.MIN + r.nextInt(FiscalYear.MAX - FiscalYear.MIN + 1));
      String era = y.eraLabel();
      for (String form : new String[] {
        Integer.toString(y.year()), y.year() + "年度", "FY" + y.year(), era, toFullWidth(era), era.replace("年度", ""),
      }) {
        assertEquals(Optional.of(y), FiscalYear.parse(form), form + " seed=" + SEED);
      }
      assertEquals(Optional.of(y), FiscalYear.find("本事業は" + y.label() + "に開始"), y.label() + " seed=" + SEED);
      assertEquals(Optional.of(y), FiscalYear.find("（" + toFullWidth(era) + "補正予算）"), era + " seed=" + SEED);
    }
  }

  /** Era and number, written with a name, an initial, full-width or kanji digits, read as first year + number - 1. */
  @Test
  void randomEraYears() {
    String[] names = {"令和", "平成", "昭和", "大正", "明治"};
    String[] initials = {"R", "H", "S", "T", "M"};
    int[] firsts = {2019, 1989, 1926, 1912, 1868};
    Random r = new Random(SEED);
    for (int i = 0; i < 2000; i++) {
      int e = r.nextInt(names.length);
      int n = 1 + r.nextInt(99);
      int year = firsts[e] + n - 1;
      Optional<FiscalYear> want = year <= FiscalYear.MAX ? Optional.of(FiscalYear.of(year)) : Optional.empty();
      String number = switch (r.nextInt(4)) {
        case 0 -> Integer.toString(n);
        case 1 -> toFullWidth(Integer.toString(n));
        case 2 -> kanji(n);
        default -> n == 1 ? "元" : Integer.toString(n);
      };
      String name = r.nextBoolean() ? names[e] : r.nextBoolean() ? initials[e] : initials[e].toLowerCase();
      String suffix = switch (r.nextInt(3)) {
        case 0 -> "";
        case 1 -> "年";
        default -> "年度";
      };
      String text = name + number + suffix;
      assertEquals(want, FiscalYear.parse(text), text + " seed=" + SEED);
      assertEquals(want, FiscalYear.find("（" + name + number + "年度）"), text + " seed=" + SEED);
    }
  }

  private static String kanji(int n) {
    String digits = "〇一二三四五六七八九";
    String tens = n >= 20 ? digits.charAt(n / 10) + "十" : n >= 10 ? "十" : "";
    return tens + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
  }

  static String toFullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) b.append(c >= '!' && c <= '~' ? (char) (c - '!' + '！') : c);
    return b.toString();
  }
}
