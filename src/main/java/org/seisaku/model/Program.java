package org.seisaku.model;

import java.util.List;
import java.util.Map;

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
}
