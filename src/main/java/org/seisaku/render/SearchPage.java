package org.seisaku.render;

import java.util.List;
import java.util.Map;
import org.seisaku.search.StaticIndex;

/**
 * {@code search/index.html}: the browser search page, filled in by {@code assets/search.js} from the static index
 * under {@code search/}, with the credits of the synonym dictionaries the search expands with. A templates folder that removes nothing keeps it; none is written if no
 * {@code search.ftlh} exists.
 */
final class SearchPage implements PageKind {
  /**
   * Only the site and its template: the results come from the browser index at run time (the page names the
   * dictionary shards by their fixed count, {@link StaticIndex#DICTIONARY_SHARDS}).
   */
  static Reads.Builder reads() {
    return Reads.site().add(Reads.Kind.SEARCH_CREDITS);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    if (!ix.templates.exists("search.ftlh")) return List.of();
    return List.of(Page.html(ix, "search/", "search.ftlh", "search", "検索", reads(),
        () -> Map.of("dictionaryShards", StaticIndex.DICTIONARY_SHARDS, "credits", ix.model.searchCredits())));
  }
}
