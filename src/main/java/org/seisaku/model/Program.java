package org.seisaku.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
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
    // sorted by key, not Map.copyOf: its iteration order (and so toString, which incremental builds digest) changes
    // from one JVM to the next, which made every program look changed to the next build
    rules = Collections.unmodifiableSortedMap(new TreeMap<>(rules));
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

  /**
   * The 事業番号 of the program's newest review sheet that states one (「2023-総務-22-0021」): the number an official
   * looks a program up by, and what tells apart two programs of one ministry that share a name; null when no sheet
   * states one.
   */
  public String sheetNumber() {
    String number = null;
    for (ProgramYear py : years) if (py.ids() != null && py.ids().sheetNumber() != null) number = py.ids().sheetNumber();
    return number;
  }

  /**
   * Programs of one ministry that share a name (namesakes): program id → the ids of the others, sorted; a program
   * with no namesake is absent. The one rule that the pages' lists, the index and the browser search use to tell
   * them apart (by {@link #sheetNumber()}).
   */
  public static Map<String, List<String>> namesakes(Collection<Program> programs) {
    Map<String, List<String>> byName = new TreeMap<>();
    for (Program p : programs) byName.computeIfAbsent(p.ministryId() + "\u0000" + p.name(), k -> new ArrayList<>()).add(p.id());
    Map<String, List<String>> out = new TreeMap<>();
    for (List<String> same : byName.values()) {
      if (same.size() < 2) continue;
      List<String> sorted = same.stream().sorted().toList();
      for (String id : sorted) out.put(id, sorted.stream().filter(o -> !o.equals(id)).toList());
    }
    return out;
  }
}
