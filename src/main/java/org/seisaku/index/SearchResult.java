package org.seisaku.index;

import java.util.List;

/**
 * The hits of a search, best first.
 *
 * @param total how many items match in all (programs and documents, sheets folded into their programs)
 * @param hits at most the requested number of them
 */
public record SearchResult(long total, List<SearchHit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
