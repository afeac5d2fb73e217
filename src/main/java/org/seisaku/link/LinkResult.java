package org.seisaku.link;

import java.util.List;
import java.util.Map;
import org.seisaku.model.Program;

/**
 * What the {@link Linker} made of a corpus.
 *
 * @param programs the programs, sorted by id
 * @param redirects old program id → current program id (for merged or split programs), sorted by old id
 * @param documentPrograms document slug → sorted program ids: named in a Markdown document's front matter, or the
 *     program holding a review sheet's program-year; only documents with at least one program appear
 */
public record LinkResult(List<Program> programs, Map<String, String> redirects, Map<String, List<String>> documentPrograms) {
  public LinkResult {
    programs = List.copyOf(programs);
    redirects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(redirects));
    java.util.TreeMap<String, List<String>> docs = new java.util.TreeMap<>();
    documentPrograms.forEach((k, v) -> docs.put(k, List.copyOf(v)));
    documentPrograms = java.util.Collections.unmodifiableMap(docs);
  }
}
