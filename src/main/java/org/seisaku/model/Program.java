package org.seisaku.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One line of government spending across years: the program-years the linker joined, each with the rule
 * that joined it.
 *
 * @param id stable id, the URL segment under {@code programs/}
 * @param ministryId ministry id (of the newest program-year)
 * @param years the program-years, sorted by fiscal year then key
 * @param rules for each program-year key, the rule that linked it
 * @param curated the programs.yml entry, or null
 */
public record Program(String id, String ministryId, List<ProgramYear> years, Map<String, LinkRule> rules,
    CuratedProgram curated) {
  public Program {
    years = List.copyOf(years);
    rules = Map.copyOf(rules);
  }

  /** The current name: the curated name, else the newest program-year's. */
  public String name() {
    if (curated != null) return curated.name();
    return years.get(years.size() - 1).name().replaceAll("\\s*\\R\\s*", "");
  }

  /**
   * The fiscal years the program is known in, ascending: the years its program-years speak for and every year
   * one of them states a figure for, requests and zero figures included (the 2015 sheet of 自殺対策推進経費
   * requests money for FY2016, so the program is known in 2016). The one definition that the pages, the data
   * files and both searches use, so that a year finds the same programs everywhere (DESIGN §6).
   */
  public SortedSet<FiscalYear> fiscalYears() {
    SortedSet<FiscalYear> out = new TreeSet<>();
    for (ProgramYear y : years) {
      out.add(y.fiscalYear());
      for (BudgetItem i : y.items()) out.add(i.fiscalYear());
    }
    return Collections.unmodifiableSortedSet(out);
  }
}
