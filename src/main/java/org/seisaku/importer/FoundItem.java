package org.seisaku.importer;

import java.util.List;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;

/**
 * A budget item found in an imported text.
 *
 * @param program the program's name as the text writes it (repaired)
 * @param written the amount as written (repaired: half-width digits), which {@link Amount#parse} reads to {@code amount}
 * @param status 新規 / 拡充 / 継続 / 廃止 beside the name, or null
 * @param origin the line the amount is on
 * @param confidence 0–1, from the rules that fired (see {@link ItemFinder})
 * @param rules the names of those rules, in the order they fired
 */
public record FoundItem(String program, FiscalYear fiscalYear, BudgetKind kind, Amount amount, String written,
    String status, SourceLine origin, double confidence, List<String> rules) {
  public FoundItem {
    rules = List.copyOf(rules);
  }
}
