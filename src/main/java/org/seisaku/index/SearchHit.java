package org.seisaku.index;

import java.util.List;

/**
 * One hit: a program (with its sheets' text) or a document.
 *
 * @param type {@code program} or {@code document}
 * @param id the program id (as in {@code data/programs.json}) or the document slug
 * @param title the program's current name or the document's title
 * @param ministry ministry id, or null
 * @param fiscalYears Western fiscal years, ascending: of a program, those of its sheets and of every figure they
 *     state (requests included); of a document, its year
 * @param matchingYears the years whose sheets match the query (ascending; for a program matched by its name, notes
 *     or figures only, its years within the year filter); for a document, its year (or none)
 * @param url site-relative: {@code programs/{id}/} or {@code documents/{slug}/}
 * @param score the Lucene score (comparable within one result only)
 * @param snippet a passage of the text with the matches marked
 * @param number the 事業番号 of a program that shares its ministry and name with another (what tells the two
 *     apart), else null
 */
public record SearchHit(String type, String id, String title, String ministry, List<Integer> fiscalYears,
    List<Integer> matchingYears, String url, float score, Snippet snippet, String number) {
  public SearchHit {
    fiscalYears = List.copyOf(fiscalYears);
    matchingYears = List.copyOf(matchingYears);
  }
}
