package org.seisaku.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact tables for {@link Amount}, then randomised round trips (seed in every failure message). */
class AmountTest {

  private static final long SEED = Long.getLong("tests.seed", System.nanoTime());

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      3.7億円              | 370000000            | EXACT
      95.7億円             | 9570000000           | EXACT
      ９５．７億円            | 9570000000           | EXACT
      21.9億円             | 2190000000           | EXACT
      ２１．９億円            | 2190000000           | EXACT
      ９７３百万円            | 973000000            | EXACT
      973百万円             | 973000000            | EXACT
      ８５，２５９千円         | 85259000             | EXACT
      85,259千円           | 85259000             | EXACT
      8,525.9万円          | 85259000             | EXACT
      64億4,844万円         | 6448440000           | EXACT
      61億1184万円          | 6111840000           | EXACT
      ２億１千万円            | 210000000            | EXACT
      1億3.5千万円          | 135000000            | EXACT
      5十万円              | 500000               | EXACT
      3百円               | 300                  | EXACT
      1.5千円             | 1500                 | EXACT
      2兆円               | 2000000000000        | EXACT
      1兆2,000億円         | 1200000000000        | EXACT
      ３千億円              | 300000000000         | EXACT
      三千億円              | 300000000000         | EXACT
      千億円               | 100000000000         | EXACT
      五億円               | 500000000            | EXACT
      一億二千万円            | 120000000            | EXACT
      一億千万円             | 110000000            | EXACT
      二十億円              | 2000000000           | EXACT
      百二十億円             | 12000000000          | EXACT
      五億三千万円            | 530000000            | EXACT
      十万円               | 100000               | EXACT
      1兆2千億円           | 1200000000000        | EXACT
      2百億円              | 20000000000          | EXACT
      5十億円              | 5000000000           | EXACT
      1500000円           | 1500000              | EXACT
      1,500,000円         | 1500000              | EXACT
      １５０００００円        | 1500000              | EXACT
      0円                 | 0                    | EXACT
      0円                 | 0                    | EXACT
      0.0億円              | 0                    | EXACT
      ' 3.7 億円 '         | 370000000            | EXACT
      '3 . 7 億 円'        | 370000000            | EXACT
      '１，５００　億円'       | 150000000000         | EXACT
      １，５００億円程度        | 150000000000         | APPROXIMATE
      約1,500億円           | 150000000000         | APPROXIMATE
      約１，５００億円          | 150000000000         | APPROXIMATE
      約1,500億円程度         | 150000000000         | APPROXIMATE
      約2兆円              | 2000000000000        | APPROXIMATE
      １億３千万円程度          | 130000000            | APPROXIMATE
      1億3千万円程度          | 130000000            | APPROXIMATE
      973百万円の内数         | 973000000            | PART_OF
      ９７３百万円の内数        | 973000000            | PART_OF
      973百万円内数          | 973000000            | PART_OF
      9.73億円の内数         | 973000000            | PART_OF
      上限10億円            | 1000000000           | UPPER_BOUND
      10億円を上限           | 1000000000           | UPPER_BOUND
      上限１０億円            | 1000000000           | UPPER_BOUND
      △1.5億円            | -150000000           | EXACT
      ▲5百万円             | -5000000             | EXACT
      -3億円              | -300000000           | EXACT
      －３億円              | -300000000           | EXACT
      −3億円              | -300000000           | EXACT
      マイナス3億円           | -300000000           | EXACT
      約△1.5億円           | -150000000           | APPROXIMATE
      約-3億円             | -300000000           | APPROXIMATE
      -3億円の内数           | -300000000           | PART_OF
      上限-3億円            | -300000000           | UPPER_BOUND
      9223372036854775807円 | 9223372036854775807 | EXACT
      -9223372036854775808円 | -9223372036854775808 | EXACT
      """)
  void parses(String text, long yen, Qualifier qualifier) {
    assertEquals(new Amount(yen, qualifier), Amount.parse(text), text);
  }

  @ParameterizedTest(name = "事項要求: {0}")
  @CsvSource({"事項要求", "' 事項要求 '", "事 項 要 求"})
  void unquantified(String text) {
    Amount a = Amount.parse(text);
    assertEquals(Amount.unquantified(), a);
    assertEquals(null, a.yen());
    assertFalse(a.summable());
    assertEquals("事項要求", a.display());
    assertEquals("", a.millionYen());
  }

  @ParameterizedTest(name = "rejects {0}")
  @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
      NULL                   | empty amount
      ''                     | empty amount
      '   '                  | empty amount
      '　'                    | empty amount
      abc                    | not an amount: abc
      円                      | no figure in amount: 円
      約                      | no figure in amount: 約
      約円                     | no figure in amount: 約円
      -                      | no figure in amount: -
      の内数                    | no figure in amount: の内数
      1億2億円                  | units out of order in amount: 1億2億円
      1万1億円                  | units out of order in amount: 1万1億円
      1千5百万円                 | units out of order in amount: 1千5百万円
      3.7億5千万円               | only the last figure of an amount may have a decimal point: 3.7億5千万円
      3億2千億円                | units out of order in amount: 3億2千億円
      0.0001円                | not a whole number of yen: 0.0001円
      0.5円                   | not a whole number of yen: 0.5円
      1.234百円                | not a whole number of yen: 1.234百円
      9223372036854775808円   | amount too large: 9223372036854775808円
      -9223372036854775809円  | amount too large: -9223372036854775809円
      12                     | amount '12' has no unit: end it with 円 or the unit the source uses (12円, 12百万円 as review sheets count …)
      １５０００００             | amount '１５０００００' has no unit: end it with 円 or the unit the source uses (1500000円, 1500000百万円 as review sheets count …)
      1億3000                 | amount '1億3000' has no unit: end it with 円 or the unit the source uses (3000円, 3000百万円 as review sheets count …)
      10000000兆円             | amount too large: 10000000兆円
      九九九九九九九九九九九九九九九九九九九九億円 | amount too large: 九九九九九九九九九九九九九九九九九九九九億円
      約事項要求                  | not an amount: 約事項要求
      事項要求の内数                | not an amount: 事項要求の内数
      上限10億円程度               | conflicting qualifiers in amount: 上限10億円程度
      約10億円を上限               | conflicting qualifiers in amount: 約10億円を上限
      約10億円の内数               | conflicting qualifiers in amount: 約10億円の内数
      上限10億円を上限              | conflicting qualifiers in amount: 上限10億円を上限
      △約1.5億円               | not an amount: △約1.5億円
      1.2.3億円                | not an amount: 1.2.3億円
      .5億円                   | not an amount: .5億円
      3億円円                   | not an amount: 3億円円
      1e5                    | not an amount: 1e5
      --3億円                  | not an amount: --3億円
      3億円予算                  | not an amount: 3億円予算
      """)
  void rejects(String text, String message) {
    Amount.FormatException e = assertThrows(Amount.FormatException.class, () -> Amount.parse(text));
    assertTrue(e.getMessage().startsWith(message), () -> "message for " + text + ": " + e.getMessage());
  }

  /**
   * Lucene's JapaneseNumberFilter documents that when the tokenizer drops the full stop, ３．２千 reads as 3 and
   * 2000, not 3200. We read the whole written figure, so the decimal point is kept (full-width or not) and the
   * comma only groups digits.
   */
  @Test
  void decimalPointIsKept() {
    assertEquals(9_570_000_000L, Amount.parse("95.7億円").yen());
    assertEquals(9_570_000_000L, Amount.parse("９５．７億円").yen());
    assertEquals(3_200L, Amount.parse("３．２千円").yen());
    assertEquals(1_570_000_000L, Amount.parse("15.7億円").yen());
    assertEquals(15_700_000_000L, Amount.parse("15,7億円").yen());
    assertEquals(15_700_000_000L, Amount.parse("157億円").yen());
  }

  @ParameterizedTest(name = "{0}百万円 → {1}")
  @CsvSource({
    "188.0, 188000000", "188, 188000000", "9.2, 9200000", "-0.5, -500000", "0.0001, 100", "0.000001, 1", "0, 0",
    "0.00, 0", "1E+3, 1000000000", "9223372036854.775807, 9223372036854775807",
  })
  void ofMillionYen(String millions, long yen) {
    assertEquals(Amount.exact(yen), Amount.ofMillionYen(new BigDecimal(millions)));
  }

  @ParameterizedTest(name = "{0}百万円 rejected")
  @CsvSource(delimiter = '|', textBlock = """
      1.23456789           | not a whole number of yen: 1.23456789百万円
      0.0000001            | not a whole number of yen: 0.0000001百万円
      9223372036854.775808 | amount too large: 9223372036854.775808百万円
      1E+20                | amount too large: 100000000000000000000百万円
      """)
  void ofMillionYenRejects(String millions, String message) {
    Amount.FormatException e =
        assertThrows(Amount.FormatException.class, () -> Amount.ofMillionYen(new BigDecimal(millions)));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2190000000           | EXACT       | 21.9億円
      973000000            | PART_OF     | 9.73億円の内数
      85259000             | EXACT       | 8,525.9万円
      0                    | EXACT       | 0円
      150000000000         | APPROXIMATE | 約1,500億円
      -300000000           | EXACT       | -3億円
      -300000000           | APPROXIMATE | 約-3億円
      1000000000           | UPPER_BOUND | 上限10億円
      370000000            | EXACT       | 3.7億円
      9570000000           | EXACT       | 95.7億円
      100000000            | EXACT       | 1億円
      123456789            | EXACT       | 123,456,789円
      123450000            | EXACT       | 12,345万円
      123400000            | EXACT       | 12,340万円
      123000000            | EXACT       | 1.23億円
      10000                | EXACT       | 1万円
      12300                | EXACT       | 1.23万円
      12345                | EXACT       | 12,345円
      99999999             | EXACT       | 99,999,999円
      1                    | EXACT       | 1円
      -1                   | EXACT       | -1円
      2000000000000        | EXACT       | 20,000億円
      9223372036854775807  | EXACT       | 9,223,372,036,854,775,807円
      -9223372036854775808 | EXACT       | -9,223,372,036,854,775,808円
      9223372036854775800  | EXACT       | 922,337,203,685,477.58万円
      """)
  void display(long yen, Qualifier qualifier, String shown) {
    Amount a = new Amount(yen, qualifier);
    assertEquals(shown, a.display());
    assertEquals(shown, a.toString());
  }

  @ParameterizedTest(name = "{0} → {1}百万円")
  @CsvSource(delimiter = '|', textBlock = """
      188000000     | 188
      9200000       | 9.2
      -500000       | -0.5
      100           | 0.0001
      1             | 0.000001
      0             | 0
      1234000000    | 1,234
      1234567890123 | 1,234,567.890123
      -85259000     | -85.259
      """)
  void millionYen(long yen, String millions) {
    assertEquals(millions, Amount.exact(yen).millionYen());
  }

  @Test
  void summableOnlyWhenExactOrApproximate() {
    assertTrue(Amount.parse("3.7億円").summable());
    assertTrue(Amount.parse("約3.7億円").summable());
    assertFalse(Amount.parse("3.7億円の内数").summable());
    assertFalse(Amount.parse("上限3.7億円").summable());
    assertFalse(Amount.parse("事項要求").summable());
  }

  @Test
  void constructorKeepsFigureAndQualifierConsistent() {
    assertThrows(IllegalArgumentException.class, () -> new Amount(1L, null));
    assertThrows(IllegalArgumentException.class, () -> new Amount(null, Qualifier.EXACT));
    assertThrows(IllegalArgumentException.class, () -> new Amount(1L, Qualifier.UNQUANTIFIED));
  }

  /** parse(display()) gives back the amount, for every magnitude, sign and qualifier. */
  @Test
  void randomAmountsRoundTrip() {
    Random r = new Random(SEED);
    Qualifier[] qualifiers = Qualifier.values();
    long[] scales = {1, 100, 1_000, 10_000, 1_000_000, 100_000_000, 1_000_000_000_000L};
    for (int i = 0; i < 20_000; i++) {
      long yen = switch (r.nextInt(4)) {
        case 0 -> r.nextLong();
        case 1 -> r.nextInt(100_000) * scales[r.nextInt(scales.length)];
        case 2 -> (long) r.nextInt(10_000) * 100_000_000L + r.nextInt(10_000) * 10_000L;
        default -> new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE, 99_999_999, 100_000_000, 9_999}[r.nextInt(8)];
      };
      if (r.nextBoolean()) yen = -yen;
      Qualifier q = qualifiers[r.nextInt(qualifiers.length)];
      Amount a = q == Qualifier.UNQUANTIFIED ? Amount.unquantified() : new Amount(yen, q);
      String shown = a.display();
      assertEquals(a, Amount.parse(shown), shown + " seed=" + SEED);
      assertEquals(a, Amount.parse(FiscalYearTest.toFullWidth(shown)), shown + " full-width, seed=" + SEED);
      if (a.yen() != null) {
        assertEquals(Amount.exact(a.yen()), Amount.ofMillionYen(new BigDecimal(a.millionYen().replace(",", ""))),
            a.millionYen() + " seed=" + SEED);
        assertEquals(Amount.exact(a.yen()), Amount.parse(a.millionYen() + "百万円"), a.millionYen() + " seed=" + SEED);
      }
    }
  }

  /** Figures written with units the way documents write them read to the sum of their parts. */
  @Test
  void randomUnitCompositions() {
    Random r = new Random(SEED);
    String[] names = {"兆", "億", "千万", "百万", "十万", "万", "千", "百"};
    long[] values = {1_000_000_000_000L, 100_000_000L, 10_000_000L, 1_000_000L, 100_000L, 10_000L, 1_000L, 100L};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      long want = 0;
      for (int u = 0; u < names.length; u++) {
        if (r.nextInt(3) != 0) continue;
        int n = r.nextInt(10_000);
        text.append(String.format(Locale.ROOT, "%,d", n)).append(names[u]);
        want += n * values[u];
      }
      if (r.nextBoolean()) {
        int n = r.nextInt(100);
        text.append(n);
        want += n;
      }
      if (text.length() == 0) continue;
      text.append("円");
      assertEquals(Amount.exact(want), Amount.parse(text.toString()), text + " seed=" + SEED);
    }
  }
}
