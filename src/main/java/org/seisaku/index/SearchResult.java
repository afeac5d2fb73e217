package org.seisaku.index;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The hits of a search, best first, and how the whole result set divides by ministry, year and kind.
 *
 * @param total how many items match in all (programs and documents, sheets folded into their programs)
 * @param hits at most the requested number of them
 * @param facets counts over all {@code total} matching items, not only the hits returned
 * @param relaxed whether the search relaxed ({@link Queries}: too few items had every word, so items with some of
 *     them are among the hits), as the site's search page says under its count
 */
public record SearchResult(long total, List<SearchHit> hits, Facets facets, boolean relaxed) {
  public SearchResult {
    hits = List.copyOf(hits);
    if (facets == null) facets = Facets.EMPTY;
  }

  /** A result of a search that did not relax. */
  public SearchResult(long total, List<SearchHit> hits, Facets facets) {
    this(total, hits, facets, false);
  }

  /**
   * Counts over every matching item (each item once per value it has; the filters of the request apply to all
   * three alike). Sorted maps, read from doc values.
   *
   * @param ministry ministry id → how many matching items are of it
   * @param year fiscal year → how many matching items have it (a program counts in each year it has)
   * @param kind budget kind as in JSON ({@code initial}, {@code supplementary} …) or document kind (概要,
   *     レビューシート …) → how many matching items have it
   */
  public record Facets(Map<String, Long> ministry, Map<Integer, Long> year, Map<String, Long> kind) {
    public static final Facets EMPTY = new Facets(Map.of(), Map.of(), Map.of());

    public Facets {
      ministry = sorted(ministry);
      year = sorted(year);
      kind = sorted(kind);
    }

    private static <K extends Comparable<K>> SortedMap<K, Long> sorted(Map<K, Long> m) {
      return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(m == null ? Map.of() : m));
    }
  }
}
