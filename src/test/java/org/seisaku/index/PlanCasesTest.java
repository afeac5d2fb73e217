package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.search.StaticIndex;
import org.seisaku.testing.Requirements;
import org.seisaku.testing.Tables;

/**
 * One query plan for both searches: on the fixture index, {@link Queries#plans} and search.js's planner (on the
 * static index {@link StaticIndex} exports from the same Lucene index) turn each query of
 * {@code src/test/resources/search/plan-cases.tsv} into its plan, and search.js normalises
 * {@code query-text-cases.tsv} and reads {@code year-cases.tsv} as Java does.
 */
class PlanCasesTest {
  static final Path PLANS = Path.of("src/test/resources/search/plan-cases.tsv");
  static final Path TEXT = Path.of("src/test/resources/search/query-text-cases.tsv");
  static final Path YEARS = Path.of("src/test/resources/search/year-cases.tsv");
  @TempDir static Path tmp;
  static Searcher searcher;

  @BeforeAll
  static void index() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Indexer.write(tmp.resolve("index"), f.corpus(), f.linked());
    StaticIndex.write(tmp.resolve("index"), tmp.resolve("site"));
    searcher = Searcher.open(tmp.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  @Test
  void javaMakesThePlansOfTheTable() throws IOException {
    List<String[]> rows = Tables.read(PLANS);
    assertTrue(rows.size() >= 20);
    List<String> wrong = new ArrayList<>();
    for (String[] r : rows) {
      String got = searcher.queries().plans(r[0]).json();
      if (!got.equals(r[1])) wrong.add(r[0] + "\t" + got);
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void javaReadsTheYearTable() throws IOException {
    for (String[] r : Tables.read(YEARS)) {
      assertEquals(r[1], org.seisaku.model.FiscalYear.parse(r[0]).map(y -> Integer.toString(y.year())).orElse(""), r[0]);
    }
  }

  @Test
  void javascriptMakesTheSamePlansNormalisesAndReadsYearsAsJavaDoes() throws Exception {
    Path node = Requirements.node();
    Process p = new ProcessBuilder(node.toString(), "src/test/js/plan.test.js", tmp.resolve("site/search").toString(),
        PLANS.toString(), TEXT.toString(), YEARS.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node timed out");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("ok"), out);
  }

  /** Prints the plans of the table's queries as Java makes them (to add a case: run, check, paste). */
  public static void main(String[] args) throws IOException {
    try (Searcher s = Searcher.open(Path.of(args[0]))) {
      for (String q : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) System.out.println(q + "\t" + s.queries().plans(q).json());
    }
  }
}
