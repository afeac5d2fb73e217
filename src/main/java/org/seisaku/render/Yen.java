package org.seisaku.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.seisaku.model.Amount;

/**
 * Large sums for reading, rounded as budget tables round them; {@link Amount#display()} stays exact and is
 * used for every single figure. Only totals and chart axes are rounded.
 *
 * <pre>
 *   2,433,910,604,420,000 → 2,433兆9,106億円      (rounded to 億円)
 *   727,610,222,000       → 7,276.1億円          (rounded to 0.1億円)
 *   520,000,000           → 5.2億円
 *   85,259,000            → 8,525.9万円          (under 1億円: exact, as Amount.display)
 *   -3,000,000,000        → -30億円
 * </pre>
 */
final class Yen {
  private static final long OKU = 100_000_000L;
  private static final long CHO = 1_000_000_000_000L;

  private Yen() {}

  static String rounded(long yen) {
    if (yen == Long.MIN_VALUE) return Amount.exact(yen).display();
    String sign = yen < 0 ? "-" : "";
    long v = Math.abs(yen);
    if (v >= CHO) {
      long oku = BigDecimal.valueOf(v).divide(BigDecimal.valueOf(OKU), 0, RoundingMode.HALF_UP).longValueExact();
      long cho = oku / 10_000;
      long rest = oku % 10_000;
      return sign + group(cho) + "兆" + (rest == 0 ? "" : group(rest) + "億") + "円";
    }
    if (v >= OKU) {
      BigDecimal oku = BigDecimal.valueOf(v).divide(BigDecimal.valueOf(OKU), 1, RoundingMode.HALF_UP).stripTrailingZeros();
      String plain = oku.toPlainString();
      int dot = plain.indexOf('.');
      String whole = dot < 0 ? plain : plain.substring(0, dot);
      return sign + group(Long.parseLong(whole)) + (dot < 0 ? "" : plain.substring(dot)) + "億円";
    }
    return Amount.exact(yen).display();
  }

  /** A sum for a table: rounded, with 約 when it includes an approximate figure. */
  static String rounded(Amount sum) {
    if (sum.yen() == null) return sum.display();
    String r = rounded(sum.yen());
    return sum.qualifier() == org.seisaku.model.Qualifier.APPROXIMATE ? "約" + r : r;
  }

  private static String group(long n) {
    String s = Long.toString(n);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) sb.append(',');
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }
}
