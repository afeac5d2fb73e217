package org.seisaku.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The judged query sets of {@code src/test/resources/search} (see the README there), named once for the tests and
 * tools that measure them: {@code SearchEvaluationTest}, {@code ConceptTuning} and {@code BrowserParityIT}.
 */
public final class JudgedSets {
  /** Where the sets are. */
  public static final Path DIR = Path.of("src/test/resources/search");
  /** The 88 judged queries (issue 6's parity, the search's floors). */
  public static final String JUDGED = "judged-queries.tsv";
  /** The concept set the synonym list was written for: floored. */
  public static final String CONCEPT = "concept-queries.tsv";
  /**
   * The concept sets written after {@link #CONCEPT}, each with the name the report gives it: measured on every run,
   * never floored. Each was written and judged blind to the engine after the one before it had been read while
   * working on it, so the newest is the fair figure (their headers say how). A new set is one line here.
   */
  public static final Map<String, String> MEASURED = measured();

  private JudgedSets() {}

  private static Map<String, String> measured() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("concept-heldout.tsv", "held-out concept queries");
    m.put("concept-fresh.tsv", "fresh concept queries");
    m.put("concept-fresh2.tsv", "fresh concept queries, fourth set");
    m.put("concept-fresh3.tsv", "fresh concept queries, fifth set");
    m.put("concept-fresh4.tsv", "fresh concept queries, sixth set");
    m.put("concept-fresh5.tsv", "fresh concept queries, seventh set");
    m.put("concept-fresh6.tsv", "fresh concept queries, eighth set");
    return Collections.unmodifiableMap(m);
  }

  /** {@link #CONCEPT} and then the {@link #MEASURED} sets. */
  public static List<String> concept() {
    List<String> sets = new ArrayList<>(List.of(CONCEPT));
    sets.addAll(MEASURED.keySet());
    return List.copyOf(sets);
  }

  /** The distinct qids of a set: every one must be read (a query whose targets no program has would be lost). */
  public static int qids(String set) throws IOException {
    return (int) Files.readAllLines(DIR.resolve(set), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).distinct().count();
  }
}
