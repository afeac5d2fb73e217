package org.seisaku.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seisaku.diag.Limits;

/**
 * An amount of money in exact yen, with the {@link Qualifier} its text gives. Never a {@code double}.
 *
 * <p>{@link #parse} reads amounts as budget documents write them, after NFKC folding (full-width digits,
 * the full-width comma and period become ASCII):
 *
 * <pre>
 *   3.7億円               → 370,000,000          exact
 *   95.7億円              → 9,570,000,000        exact     (the decimal point is kept, unlike JapaneseNumberFilter)
 *   ９７３百万円           → 973,000,000          exact
 *   ８５，２５９千円        → 85,259,000           exact
 *   １，５００億円程度      → 150,000,000,000      approximate
 *   約2兆円               → 2,000,000,000,000    approximate
 *   １億３千万円程度        → 130,000,000          approximate
 *   ３千億円, 1兆2千億円     → 300,000,000,000, 1,200,000,000,000
 *   973百万円の内数        → 973,000,000          part_of   (included in another figure; never summed)
 *   事項要求              → no figure            unquantified
 *   上限10億円, 10億円を上限 → 1,000,000,000        upper_bound
 *   △1.5億円, ▲5百万円, -3億円 → negative (減額補正)
 *   1500000円             → 1,500,000            exact
 *   12, 1億3000            → FormatException: no unit (12円? 12百万円, as review sheets count?)
 * </pre>
 *
 * <p>A figure needs its unit: the last number must be followed by 兆, 千億, 百億, 十億, 億, 千万, 百万, 十万, 万, 千, 百
 * or 円 (0.1 read a bare {@code 12} as 12円, while review sheets count in 百万円). Limits: units must descend (兆,
 * 千億, 百億, 十億, 億, 千万, 百万, 十万, 万, 千, 百), so 「1千5百万円」 is rejected (write
 * 1,500万円); only the last figure may have a decimal point (3.7億円, 1億3.5千万円; not 3.7億5千万円);
 * kanji numerals are read as a number written alone before a unit (五億円, 一億二千万円, 二十億円, 千億円), not after an
 * Arabic figure (3千億円 is 3 × 千億); the sign comes after 約 or 上限 (約△1.5億円, not △約1.5億円);
 * a figure that is not a whole number of yen (0.0001円) is rejected; so is anything outside the range of
 * {@code long}, and a text of more than {@value Limits#AMOUNT_CHARS} characters (checked first, so that no
 * amount costs more than a short one). Review-sheet figures are in 百万円 and come through {@link #ofMillionYen}.
 */
public record Amount(Long yen, Qualifier qualifier) {

  /** Thrown by {@link #parse} with a message fit for a {@code path:line:} report. */
  public static final class FormatException extends IllegalArgumentException {
    public FormatException(String message) {
      super(message);
    }
  }

  private static final String[] UNIT_NAMES = {"兆", "千億", "百億", "十億", "億", "千万", "百万", "十万", "万", "千", "百"};
  private static final long[] UNIT_VALUES = {
    1_000_000_000_000L, 100_000_000_000L, 10_000_000_000L, 1_000_000_000L, 100_000_000L, 10_000_000L, 1_000_000L,
    100_000L, 10_000L, 1_000L, 100L
  };
  /** The units as a regular expression's alternatives, longest first where one begins another (for finders of amounts). */
  public static final String UNITS = String.join("|", UNIT_NAMES);
  private static final Pattern GROUP = Pattern.compile("(\\d+(?:\\.\\d+)?)(" + UNITS + ")?");

  public Amount {
    if (qualifier == null) throw new IllegalArgumentException("qualifier is required");
    if ((yen == null) != (qualifier == Qualifier.UNQUANTIFIED)) {
      throw new IllegalArgumentException("an amount has no figure exactly when it is unquantified: " + yen + " " + qualifier);
    }
  }

  public static Amount exact(long yen) {
    return new Amount(yen, Qualifier.EXACT);
  }

  public static Amount unquantified() {
    return new Amount(null, Qualifier.UNQUANTIFIED);
  }

  /**
   * A review-sheet figure, given in 百万円 (millions of yen), as an exact amount: 188.0 → 188,000,000;
   * 9.2 → 9,200,000; 0.0001 → 100; -0.5 → -500,000.
   *
   * @throws FormatException when the figure is not a whole number of yen (1.23456789) or is too large
   */
  public static Amount ofMillionYen(BigDecimal millions) {
    if (!Limits.numberInRange(millions)) throw new FormatException(Limits.numberOutOfRange(millions));
    BigInteger yen;
    try {
      yen = millions.movePointRight(6).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new FormatException("not a whole number of yen: " + millions.toPlainString() + "百万円");
    }
    if (yen.bitLength() > 63) throw new FormatException("amount too large: " + millions.toPlainString() + "百万円");
    return exact(yen.longValue());
  }

  /**
   * Reads an amount as written in a budget document or CSV.
   *
   * @throws FormatException naming what is wrong, for a {@code path:line:} report
   */
  public static Amount parse(String written) {
    if (written == null || written.isBlank()) throw new FormatException("empty amount");
    if (written.length() > Limits.AMOUNT_CHARS) {
      throw new FormatException(Limits.tooLong("amount", written.length(), Limits.AMOUNT_CHARS) + ": " + Limits.head(written));
    }
    String s = arabic(Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("[\\s,、]", ""));
    if (s.equals("事項要求")) return unquantified();

    Qualifier q = Qualifier.EXACT;
    if (s.endsWith("の内数") || s.endsWith("内数")) {
      q = Qualifier.PART_OF;
      s = s.substring(0, s.length() - (s.endsWith("の内数") ? 3 : 2));
    } else if (s.endsWith("程度")) {
      q = Qualifier.APPROXIMATE;
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("を上限")) {
      q = Qualifier.UPPER_BOUND;
      s = s.substring(0, s.length() - 3);
    }
    if (s.startsWith("約")) {
      if (q != Qualifier.EXACT && q != Qualifier.APPROXIMATE) throw new FormatException("conflicting qualifiers in amount: " + written);
      q = Qualifier.APPROXIMATE;
      s = s.substring(1);
    } else if (s.startsWith("上限")) {
      if (q != Qualifier.EXACT) throw new FormatException("conflicting qualifiers in amount: " + written);
      q = Qualifier.UPPER_BOUND;
      s = s.substring(2);
    }

    boolean negative = false;
    if (s.startsWith("△") || s.startsWith("▲") || s.startsWith("-") || s.startsWith("−")) {
      negative = true;
      s = s.substring(1);
    } else if (s.startsWith("マイナス")) {
      negative = true;
      s = s.substring(4);
    }
    boolean yenSign = s.endsWith("円");
    if (yenSign) s = s.substring(0, s.length() - 1);
    if (s.isEmpty()) throw new FormatException("no figure in amount: " + written);

    BigDecimal total = BigDecimal.ZERO;
    Matcher m = GROUP.matcher(s);
    int pos = 0;
    int lastUnit = -1;
    while (pos < s.length()) {
      if (!m.find(pos) || m.start() != pos) throw new FormatException("not an amount: " + written + " (expected a figure such as 3.7億円, 973百万円 or 事項要求)");
      String unit = m.group(2);
      if (unit == null && m.end() != s.length()) throw new FormatException("not an amount: " + written);
      if (m.group(1).indexOf('.') >= 0 && m.end() != s.length()) {
        throw new FormatException("only the last figure of an amount may have a decimal point: " + written);
      }
      BigDecimal number = new BigDecimal(m.group(1));
      if (unit == null && !yenSign) {
        throw new FormatException("amount '" + written + "' has no unit: end it with 円 or the unit the source "
            + "uses (" + m.group(1) + "円, " + m.group(1) + "百万円 as review sheets count …)");
      }
      if (unit == null) {
        total = total.add(number);
      } else {
        int u = unitIndex(unit);
        if (u <= lastUnit) throw new FormatException("units out of order in amount: " + written);
        lastUnit = u;
        total = total.add(number.multiply(BigDecimal.valueOf(UNIT_VALUES[u])));
      }
      pos = m.end();
    }
    BigInteger whole;
    try {
      whole = total.stripTrailingZeros().toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new FormatException("not a whole number of yen: " + written);
    }
    if (negative) whole = whole.negate();
    if (whole.bitLength() > 63) throw new FormatException("amount too large: " + written);
    return new Amount(whole.longValue(), q);
  }

  /** Kanji numerals: 〇 to 九, and 十, 百, 千 inside a number. */
  private static final Pattern KANJI_NUMBER = Pattern.compile("(?<![0-9.])[〇一二三四五六七八九十百千]+");

  /**
   * Each run of kanji numerals not written right after an Arabic figure, as Arabic digits: 一億二千万 → 1億2000万,
   * 二十億 → 20億, 千億 → 1000億, 一億千万 → 1億1000万; 3千億 stays as it is (there 千億 is the unit of 3).
   */
  static String arabic(String s) {
    Matcher m = KANJI_NUMBER.matcher(s);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      long total;
      try {
        total = KanjiNumerals.value(m.group());
      } catch (ArithmeticException e) {
        throw new FormatException("amount too large: " + s);
      }
      if (total < 0) throw new FormatException("not a number in kanji: " + m.group());
      out.append(s, last, m.start()).append(total);
      last = m.end();
    }
    return out.append(s.substring(last)).toString();
  }

  private static int unitIndex(String unit) {
    for (int i = 0; i < UNIT_NAMES.length; i++) if (UNIT_NAMES[i].equals(unit)) return i;
    throw new IllegalStateException(unit);
  }

  /**
   * Whether this amount and {@code other} may be compared (an increase, a decrease): both figures that could be
   * added into a total, neither 内数 nor 事項要求 nor a ceiling. The one rule of the year pages' comparisons and of
   * {@code diff}; the caller compares figures of one budget kind only.
   */
  public boolean comparable(Amount other) {
    return summable() && other.summable() && yen != null && other.yen != null;
  }

  /** Whether this amount may be added into a total (not 内数, not 事項要求, not a ceiling). */
  public boolean summable() {
    return qualifier.summable();
  }

  /**
   * Compact Japanese form, which {@link #parse} reads back to the same amount:
   * 21.9億円, 973百万円の内数, 約1,500億円, 8,525.9万円, 事項要求, -3億円.
   */
  public String display() {
    if (yen == null) return "事項要求";
    String figure = figure(BigInteger.valueOf(yen).abs());
    String sign = yen < 0 ? "-" : "";
    return switch (qualifier) {
      case EXACT -> sign + figure;
      case APPROXIMATE -> "約" + sign + figure;
      case PART_OF -> sign + figure + "の内数";
      case UPPER_BOUND -> "上限" + sign + figure;
      case UNQUANTIFIED -> "事項要求";
    };
  }

  /** The figure in the largest of 億円, 万円, 円 that shows it with at most two decimals, exactly. */
  static String figure(BigInteger yen) {
    if (yen.signum() == 0) return "0円";
    int[] powers = {8, 4};
    String[] names = {"億円", "万円"};
    for (int i = 0; i < powers.length; i++) {
      BigDecimal v = new BigDecimal(yen).movePointLeft(powers[i]).stripTrailingZeros();
      if (v.compareTo(BigDecimal.ONE) >= 0 && v.scale() <= 2) return grouped(v) + names[i];
    }
    return grouped(new BigDecimal(yen)) + "円";
  }

  /**
   * 1234567.5 → 1,234,567.5 (as DecimalFormat "#,##0" with the value's own fraction digits, without building one per
   * call): the one rule for thousands separators, used by every number a page shows ({@code render.Yen}).
   */
  public static String grouped(BigDecimal v) {
    String plain = v.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) plain = plain.substring(1);
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder sb = new StringBuilder(plain.length() + whole.length() / 3 + 1);
    if (negative) sb.append('-');
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) sb.append(',');
      sb.append(whole.charAt(i));
    }
    if (dot >= 0) sb.append(plain, dot, plain.length());
    return sb.toString();
  }

  /** The figure in 百万円 as review sheets give it (188, 9.2), for tables; empty when unquantified. */
  public String millionYen() {
    if (yen == null) return "";
    return grouped(BigDecimal.valueOf(yen).movePointLeft(6).stripTrailingZeros());
  }

  @Override
  public String toString() {
    return display();
  }
}
