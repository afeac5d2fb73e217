package org.seisaku.source;

import java.util.List;
import org.seisaku.model.Document;
import org.seisaku.model.ProgramYear;

/** What a judgit source yields: one program-year and one document per review sheet, sorted by key and slug. */
public record JudgitData(List<ProgramYear> programYears, List<Document> documents) {
  public JudgitData {
    programYears = List.copyOf(programYears);
    documents = List.copyOf(documents);
  }
}
