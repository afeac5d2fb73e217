package org.seisaku.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * One figure for a program in one fiscal year and kind, as one source states it.
 *
 * <p>Several sources, or several review sheets, can state a figure for the same program, year and kind: the
 * one with the latest {@code statedIn} is in force and the others are its revisions (shown on the program
 * page). A review sheet published in 2019 states figures for 2016–2019 and the request for 2020; its
 * {@code statedIn} is 2019. A CSV row's {@code statedIn} is its own fiscal year.
 *
 * @param written the amount as written in the source (「１，５００億円程度」, or 「188.0」 百万円 for a sheet)
 * @param status 新規 / 拡充 / 継続 / 廃止, or null
 * @param note free text from the source, or null
 */
public record BudgetItem(FiscalYear fiscalYear, BudgetKind kind, Amount amount, String written, int statedIn,
    String status, String note, Provenance provenance) {
  /** Kinds whose zero figures mean "none": review sheets write 0 for every kind they do not use. */
  private static final Set<BudgetKind> ZERO_IS_NONE =
      EnumSet.of(BudgetKind.SUPPLEMENTARY, BudgetKind.RESERVE, BudgetKind.CARRIED_IN, BudgetKind.CARRIED_OUT);

  /**
   * Whether this figure means "none": a zero 補正, 予備費等 or 繰越. Zero 当初, 予算計, 執行 and 要求 are information
   * and kept. The one rule of which figures a program has, for its page, its totals and the search's kind facet.
   */
  public boolean meansNone() {
    Long yen = amount.yen();
    return yen != null && yen == 0 && ZERO_IS_NONE.contains(kind);
  }
}
