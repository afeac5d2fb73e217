package org.seisaku.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.seisaku.render.Reads.Kind;
import org.seisaku.search.StaticIndex;

/**
 * {@code search/index.html}: the browser search page, filled in by {@code assets/search.js} from the static index
 * under {@code search/}, with the credits of the synonym dictionaries the search expands with and its stylesheet
 * inline. A templates folder that removes nothing keeps it; none is written if no
 * {@code search.ftlh} exists.
 */
final class SearchPage implements PageKind {
  /** The page's own stylesheet, which it carries inline (one request fewer before the first result). */
  static final String STYLESHEET = "search.css";

  /**
   * The site, its template and its stylesheet: the results come from the browser index at run time (the page names
   * the dictionary shards by their fixed count, {@link StaticIndex#DICTIONARY_SHARDS}).
   */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.SEARCH_CREDITS).add(Kind.ASSET, STYLESHEET);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    if (!ix.templates.exists("search.ftlh")) return List.of();
    return List.of(Page.html(ix, "search/", "search.ftlh", "search", "検索", reads(),
        () -> {
          byte[] css = ix.templates.assets().get(STYLESHEET);
          return Map.of("dictionaryShards", StaticIndex.DICTIONARY_SHARDS, "credits", ix.model.searchCredits(),
              "css", css == null ? "" : new String(css, StandardCharsets.UTF_8));
        }));
  }
}
