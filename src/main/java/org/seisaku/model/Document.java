package org.seisaku.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy document: a Markdown file with front matter, or the text of a review sheet.
 *
 * @param slug URL segment under {@code documents/}; ASCII, unique
 * @param title title
 * @param ministryId ministry id, or null
 * @param fiscalYear fiscal year, or null
 * @param date date of the document, or null
 * @param kind kind of document (概要, 通知, レビューシート …), or null
 * @param sourceUrl URL of the original, or null
 * @param programRefs program ids or names from front matter (Markdown), or the program-year key (sheet)
 * @param markdown the body as Markdown (a sheet's sections become headed paragraphs)
 * @param provenance where it came from
 * @param license credit line for the source's license, or null for the project's own content
 */
public record Document(String slug, String title, String ministryId, FiscalYear fiscalYear, LocalDate date, String kind,
    String sourceUrl, List<String> programRefs, String markdown, Provenance provenance, String license) {
  public Document {
    programRefs = List.copyOf(programRefs);
  }
}
