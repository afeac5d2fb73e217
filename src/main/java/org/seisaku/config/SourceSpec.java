package org.seisaku.config;

import java.util.Optional;

/**
 * A source given as {@code TYPE:PATH}: {@code judgit:../shared/corpus/judgit} (review sheets) or
 * {@code sudachi:../shared/corpus/synonyms} (Sudachi's synonym dictionary, for the search).
 */
public record SourceSpec(String type, String path) {
  /** Known source types. */
  public static final java.util.Set<String> TYPES = java.util.Set.of("judgit", "sudachi");

  /** Reads {@code TYPE:PATH}; empty when there is no colon or the type is unknown. */
  public static Optional<SourceSpec> parse(String spec) {
    if (spec == null) return Optional.empty();
    int colon = spec.indexOf(':');
    if (colon <= 0 || colon == spec.length() - 1) return Optional.empty();
    String type = spec.substring(0, colon);
    if (!TYPES.contains(type)) return Optional.empty();
    return Optional.of(new SourceSpec(type, spec.substring(colon + 1)));
  }

  @Override
  public String toString() {
    return type + ":" + path;
  }
}
