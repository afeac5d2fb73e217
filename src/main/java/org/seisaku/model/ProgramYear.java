package org.seisaku.model;

import java.util.List;

/**
 * What one source says about a program in one fiscal year: a review sheet, or the rows of a budget CSV that
 * share fiscal year, ministry and program name.
 *
 * @param key unique and stable within a build: {@code source:path} for a sheet, {@code source:path#fy:name} for CSV rows
 * @param fiscalYear the year the source speaks for (a sheet's 公開年度)
 * @param ministryId the ministry's id
 * @param name the program's name as the source writes it (line breaks kept; see link normalisation)
 * @param items the budget figures it states, for this and other years
 * @param provenance where it came from
 * @param ids identifiers for linking
 * @param documentSlug the slug of the document made from it (a review sheet's text), or null
 */
public record ProgramYear(String key, FiscalYear fiscalYear, String ministryId, String name, List<BudgetItem> items,
    Provenance provenance, SourceIds ids, String documentSlug) {
  public ProgramYear {
    items = List.copyOf(items);
  }
}
