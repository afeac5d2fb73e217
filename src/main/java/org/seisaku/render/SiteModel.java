package org.seisaku.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.seisaku.config.SiteConfig;
import org.seisaku.model.Document;
import org.seisaku.model.Ministries;
import org.seisaku.model.Program;

/**
 * Everything the site is rendered from: the configuration, the ministries, the linked programs, the documents
 * and the link results. Maps are copied into sorted maps so that iteration order never depends on hashing.
 *
 * @param config site.yml
 * @param ministries the ministries, in 建制順
 * @param programs linked programs, sorted by id
 * @param documents documents, sorted by slug
 * @param redirects old program id → current program id
 * @param documentPrograms document slug → program ids named in its front matter or by its sheet
 * @param related program id → related program ids, best first
 * @param searchCredits the credits of the synonym dictionaries the search expands with (from the index's commit
 *     data): the search and data pages show them
 */
public record SiteModel(SiteConfig config, Ministries ministries, List<Program> programs, List<Document> documents,
    Map<String, String> redirects, Map<String, List<String>> documentPrograms, Map<String, List<String>> related,
    List<String> searchCredits) {
  /** A site whose search expands with no dictionary that asks for a credit. */
  public SiteModel(SiteConfig config, Ministries ministries, List<Program> programs, List<Document> documents,
      Map<String, String> redirects, Map<String, List<String>> documentPrograms, Map<String, List<String>> related) {
    this(config, ministries, programs, documents, redirects, documentPrograms, related, List.of());
  }

  public SiteModel {
    searchCredits = List.copyOf(searchCredits);
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(ministries, "ministries");
    programs = List.copyOf(programs);
    documents = List.copyOf(documents);
    redirects = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(redirects));
    documentPrograms = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(documentPrograms));
    related = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(related));
  }
}
