package org.seisaku.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.seisaku.model.Amount;
import org.seisaku.model.Qualifier;

/**
 * Every number a page shows, formatted in this one place (templates call its static methods through the shared
 * variable {@code num} that {@link Templates} sets: {@code ${num.count(page.programCount)}事業}): counts with thousands separators, amounts in the one unit of their column or chart, exact
 * yen for a hover, and rounded sums for running text. {@link Amount#display()} stays the model's exact written
 * form (the sources table shows it).
 *
 * <pre>
 *   count(3305)                                   → 3,305
 *   Unit.of(128_000_000)                          → OKU (億円): the largest figure of the column is 1億円 or more
 *   Unit.of(85_259_000)                           → MILLION (百万円)
 *   in(5_221_200_000_000, OKU)                    → 52,212.0        (one decimal)
 *   in(85_259_000, MILLION)                       → 85.3
 *   in(30_000, MILLION)                           → 0.03            (a figure that is not 0 never shows as 0.0)
 *   cell(973百万円の内数, OKU)                     → 9.7（内数）      (approximate → 約1.3, upper bound → 上限1.3, 事項要求)
 *   exact(128_000_000)                            → 128,000,000円
 *   rounded(727_610_222_000)                      → 7,276.1億円     (running text: 兆 and 億, 0.1億円)
 * </pre>
 *
 * <p>Amounts are exact integers throughout; decimals come from {@link BigDecimal}, never from {@code double}.
 */
public final class Yen {
  private static final long ONE_OKU = 100_000_000L;
  private static final long ONE_CHO = 1_000_000_000_000L;

  /** The unit of a column or a chart: one for all its figures, chosen from the largest. */
  public enum Unit {
    OKU("億円", 8),
    MILLION("百万円", 6);

    private final String label;
    private final int power;

    Unit(String label, int power) {
      this.label = label;
      this.power = power;
    }

    /** 億円 when the largest absolute figure is 1億円 or more, else 百万円. */
    public static Unit of(long maxAbsYen) {
      return maxAbsYen >= ONE_OKU ? OKU : MILLION;
    }

    /** 億円, 百万円. */
    public String label() {
      return label;
    }

    /** The power of ten of one unit in yen: 8 for 億円. */
    int power() {
      return power;
    }
  }

  private Yen() {}

  /** A count with thousands separators: 3305 → 「3,305」. */
  public static String count(long n) {
    return group(BigDecimal.valueOf(n));
  }

  /** Exact yen with separators: 128000000 → 「128,000,000円」. */
  public static String exact(long yen) {
    return group(BigDecimal.valueOf(yen)) + "円";
  }

  /**
   * Yen in a unit with one decimal; a figure that is not zero but would round to 0.0 gets as many decimals as show
   * its first significant digit (up to whole yen).
   */
  public static String in(long yen, Unit unit) {
    return in(yen, unit, 1);
  }

  /** Yen in a unit with {@code decimals} decimals at least (chart ticks: as many as the step needs). */
  static String in(long yen, Unit unit, int decimals) {
    BigDecimal v = BigDecimal.valueOf(yen).movePointLeft(unit.power());
    int d = decimals;
    BigDecimal r = v.setScale(d, RoundingMode.HALF_UP);
    while (yen != 0 && r.signum() == 0 && d < unit.power()) r = v.setScale(++d, RoundingMode.HALF_UP);
    return group(r);
  }

  /**
   * An amount as a cell of a column in {@code unit} shows it, with its qualifier: 「1.3」, 「約1.3」, 「9.7（内数）」,
   * 「上限1.3」, 「事項要求」.
   */
  public static String cell(Amount a, Unit unit) {
    return a.yen() == null ? "事項要求" : qualified(in(a.yen(), unit), a.qualifier());
  }

  /** An amount's exact yen with its qualifier, for a hover: 「973,000,000円（内数）」, 「約1,500億円」 as 「約150,000,000,000円」. */
  public static String exact(Amount a) {
    return a.yen() == null ? "事項要求（金額なし）" : qualified(exact(a.yen()), a.qualifier());
  }

  /** A figure with its qualifier's mark: 約…, …（内数）, 上限…. */
  private static String qualified(String figure, Qualifier q) {
    return switch (q) {
      case EXACT, UNQUANTIFIED -> figure;
      case APPROXIMATE -> "約" + figure;
      case PART_OF -> figure + "（内数）";
      case UPPER_BOUND -> "上限" + figure;
    };
  }

  /**
   * A large sum for running text, rounded as budget tables round it: 2,433,910,604,420,000 → 「2,433兆9,106億円」
   * (to 億円), 727,610,222,000 → 「7,276.1億円」 (to 0.1億円), 520,000,000 → 「5.2億円」; under 1億円 exact as
   * {@link Amount#display()}: 85,259,000 → 「8,525.9万円」.
   */
  public static String rounded(long yen) {
    if (yen == Long.MIN_VALUE) return Amount.exact(yen).display();
    String sign = yen < 0 ? "-" : "";
    long v = Math.abs(yen);
    if (v >= ONE_CHO) {
      long oku = BigDecimal.valueOf(v).divide(BigDecimal.valueOf(ONE_OKU), 0, RoundingMode.HALF_UP).longValueExact();
      long cho = oku / 10_000;
      long rest = oku % 10_000;
      return sign + count(cho) + "兆" + (rest == 0 ? "" : count(rest) + "億") + "円";
    }
    if (v >= ONE_OKU) {
      BigDecimal oku = BigDecimal.valueOf(v).divide(BigDecimal.valueOf(ONE_OKU), 1, RoundingMode.HALF_UP).stripTrailingZeros();
      return sign + group(oku.scale() < 0 ? oku.setScale(0) : oku) + "億円";
    }
    return Amount.exact(yen).display();
  }

  /** One figure for running text: {@link #rounded(long)} with its qualifier's mark (約…, …（内数）, 上限…), or 「事項要求」. */
  public static String figure(Amount f) {
    return f.yen() == null ? "事項要求" : qualified(rounded(f.yen()), f.qualifier());
  }

  /** A sum for running text: {@link #rounded(long)}, with 約 when it includes an approximate figure. */
  public static String rounded(Amount sum) {
    if (sum.yen() == null) return sum.display();
    String r = rounded(sum.yen());
    return sum.qualifier() == Qualifier.APPROXIMATE ? "約" + r : r;
  }

  /** 1234567.5 → 「1,234,567.5」, -1234 → 「-1,234」: {@link Amount#grouped}. */
  private static String group(BigDecimal v) {
    return Amount.grouped(v);
  }
}
