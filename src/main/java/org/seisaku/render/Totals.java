package org.seisaku.render;

import java.util.EnumMap;
import java.util.Map;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Qualifier;

/**
 * Sums of figures in force, by kind, that never add what must not be added: 内数 (part of another line),
 * 事項要求 (no figure) and 上限 (a ceiling) are counted apart so that the page can say what was left out.
 * A sum that includes an approximate figure is shown as approximate (約).
 *
 * <p>Not thread-safe; one instance per table cell group.
 */
public final class Totals {
  private final Map<BudgetKind, long[]> sums = new EnumMap<>(BudgetKind.class);
  private final Map<BudgetKind, Boolean> approximate = new EnumMap<>(BudgetKind.class);
  private final Map<Qualifier, Integer> excluded = new EnumMap<>(Qualifier.class);

  /** Adds one figure in force. */
  public void add(BudgetKind kind, Amount amount) {
    if (!amount.summable()) {
      excluded.merge(amount.qualifier(), 1, Integer::sum);
      return;
    }
    long[] sum = sums.computeIfAbsent(kind, k -> new long[1]);
    sum[0] = Math.addExact(sum[0], amount.yen());
    if (amount.qualifier() == Qualifier.APPROXIMATE) approximate.put(kind, true);
  }

  /** Adds everything another total holds. */
  public void addAll(Totals other) {
    other.sums.forEach((k, v) -> {
      long[] sum = sums.computeIfAbsent(k, x -> new long[1]);
      sum[0] = Math.addExact(sum[0], v[0]);
    });
    other.approximate.forEach((k, v) -> approximate.put(k, true));
    other.excluded.forEach((q, n) -> excluded.merge(q, n, Integer::sum));
  }

  /** Whether a sum exists for this kind. */
  public boolean has(BudgetKind kind) {
    return sums.containsKey(kind);
  }

  /** The sum for a kind, or null when nothing summable was added. */
  public Amount sum(BudgetKind kind) {
    long[] s = sums.get(kind);
    if (s == null) return null;
    return new Amount(s[0], approximate.containsKey(kind) ? Qualifier.APPROXIMATE : Qualifier.EXACT);
  }

  /** The sum for a kind as a table shows it, rounded for reading (2,433兆9,106億円, 約18.2億円), or "—" when there is none. */
  public String display(BudgetKind kind) {
    Amount a = sum(kind);
    return a == null ? "—" : Yen.rounded(a);
  }

  /** How many figures were left out of the sums with this qualifier. */
  public int excluded(Qualifier q) {
    return excluded.getOrDefault(q, 0);
  }

  /** 「内数 2件、事項要求 1件を含まない」, or empty when nothing was left out. */
  public String exclusionNote() {
    StringBuilder sb = new StringBuilder();
    append(sb, Qualifier.PART_OF, "内数");
    append(sb, Qualifier.UNQUANTIFIED, "事項要求");
    append(sb, Qualifier.UPPER_BOUND, "上限額");
    return sb.isEmpty() ? "" : sb.append("を含まない").toString();
  }

  private void append(StringBuilder sb, Qualifier q, String label) {
    int n = excluded(q);
    if (n == 0) return;
    if (!sb.isEmpty()) sb.append("、");
    sb.append(label).append(' ').append(n).append("件");
  }
}
