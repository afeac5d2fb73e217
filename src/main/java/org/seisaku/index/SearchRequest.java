package org.seisaku.index;

/**
 * A search: query text and optional filters.
 *
 * @param query the words, as typed (may be empty: then every item passing the filters, in index order)
 * @param ministry keep only items of this ministry: its id ({@code mhlw}), name (厚生労働省) or an alias (厚労省),
 *     resolved by the {@link Searcher} with the ministries the index was built with (unknown → an
 *     {@link IllegalArgumentException} from {@link Searcher#search}); or null
 * @param yearFrom keep only items with a fiscal year at or after this, or null
 * @param yearTo keep only items with a fiscal year at or before this, or null
 * @param kind a budget kind (当初, 補正, initial …: programs with such a figure) or a document kind
 *     (概要, レビューシート …), or null
 * @param limit how many hits at most (1 or more)
 * @param includeSheets whether review-sheet documents appear as hits of their own; normally their text
 *     counts for their program, which is the hit (implied when {@code kind} is a document kind)
 */
public record SearchRequest(String query, String ministry, Integer yearFrom, Integer yearTo, String kind, int limit,
    boolean includeSheets) {
  public static final int DEFAULT_LIMIT = 20;

  public SearchRequest {
    if (query == null) query = "";
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
    if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
      throw new IllegalArgumentException("year range is empty: " + yearFrom + ".." + yearTo);
    }
  }

  /** The query with no filters and the default limit. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, DEFAULT_LIMIT, false);
  }

  public SearchRequest withMinistry(String m) {
    return new SearchRequest(query, m, yearFrom, yearTo, kind, limit, includeSheets);
  }

  /** Keeps items with a fiscal year in {@code from..to} (both inclusive; either may be null). */
  public SearchRequest withYears(Integer from, Integer to) {
    return new SearchRequest(query, ministry, from, to, kind, limit, includeSheets);
  }

  public SearchRequest withKind(String k) {
    return new SearchRequest(query, ministry, yearFrom, yearTo, k, limit, includeSheets);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, ministry, yearFrom, yearTo, kind, n, includeSheets);
  }

  public SearchRequest withSheets(boolean include) {
    return new SearchRequest(query, ministry, yearFrom, yearTo, kind, limit, include);
  }
}
