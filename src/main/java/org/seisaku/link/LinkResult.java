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
 * @param lineage program id → sorted ids of its predecessors and successors: programs whose sheets name each other as
 *     past sheets, or share a 事業ID, that the linker kept apart (a split, a merger, a renumbering); only programs with
 *     at least one appear
 */
public record LinkResult(List<Program> programs, Map<String, String> redirects, Map<String, List<String>> documentPrograms,
    Map<String, List<String>> lineage) {
  /** A result without lineage (tests, tools). */
  public LinkResult(List<Program> programs, Map<String, String> redirects, Map<String, List<String>> documentPrograms) {
    this(programs, redirects, documentPrograms, Map.of());
  }

  public LinkResult {
    java.util.TreeMap<String, List<String>> lin = new java.util.TreeMap<>();
    lineage.forEach((k, v) -> lin.put(k, List.copyOf(v)));
    lineage = java.util.Collections.unmodifiableMap(lin);
    programs = List.copyOf(programs);
    redirects = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(redirects));
    java.util.TreeMap<String, List<String>> docs = new java.util.TreeMap<>();
    documentPrograms.forEach((k, v) -> docs.put(k, List.copyOf(v)));
    documentPrograms = java.util.Collections.unmodifiableMap(docs);
  }
}
