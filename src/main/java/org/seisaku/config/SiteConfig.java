package org.seisaku.config;

import java.util.List;
import java.util.Map;

/**
 * {@code site.yml}: the site's title, base URL, language and the sources it is built from. Unknown keys are an
 * error when it is loaded.
 *
 * @param title site title
 * @param baseUrl absolute base URL with a trailing slash (https://example.jp/seisaku/)
 * @param language page language, {@code ja}
 * @param description one-line description for the home page and feed, or null
 * @param sources sources beyond content/ ({@code judgit:../shared/corpus/judgit})
 * @param encodings charset of content files not in UTF-8, by path relative to content/ ({@code budget/2008.csv: cp932})
 */
public record SiteConfig(String title, String baseUrl, String language, String description, List<SourceSpec> sources,
    Map<String, String> encodings) {
  public SiteConfig {
    sources = List.copyOf(sources);
    encodings = Map.copyOf(encodings);
  }
}
