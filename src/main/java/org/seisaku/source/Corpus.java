package org.seisaku.source;

import java.util.List;
import org.seisaku.config.SiteConfig;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.Ministry;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.SynonymGroup;

/**
 * Everything read from content/ and the other sources, before linking. Lists are sorted for stable output:
 * ministries by order, program-years and documents by key and slug; synonym groups as their lists give them
 * ({@code content/synonyms.txt} first, then the {@code sudachi:} sources).
 */
public record Corpus(SiteConfig config, List<Ministry> ministries, List<CuratedProgram> curated,
    List<ProgramYear> programYears, List<Document> documents, List<SynonymGroup> synonyms) {
  public Corpus {
    ministries = List.copyOf(ministries);
    curated = List.copyOf(curated);
    programYears = List.copyOf(programYears);
    documents = List.copyOf(documents);
    synonyms = List.copyOf(synonyms);
  }

  /** A corpus without synonym lists. */
  public Corpus(SiteConfig config, List<Ministry> ministries, List<CuratedProgram> curated,
      List<ProgramYear> programYears, List<Document> documents) {
    this(config, ministries, curated, programYears, documents, List.of());
  }
}
