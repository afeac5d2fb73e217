package org.seisaku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.model.FiscalYear;

/** The normal form and the year reading of the browser search, in Java and (through node) in search.js. */
class NormaliserTest {
  static final Path CASES = Path.of("src/test/resources/search/normalise-cases.tsv");
  static final Path YEARS = Path.of("src/test/resources/search/year-cases.tsv");

  @Test
  void javaFollowsTheTable() throws Exception {
    List<String[]> rows = NodeRunner.table(CASES);
    assertTrue(rows.size() > 25);
    for (String[] r : rows) assertEquals(r[1], Normaliser.normalise(r[0]), "normalise(" + r[0] + ")");
  }

  @Test
  void fiscalYearParseFollowsTheYearTable() throws Exception {
    for (String[] r : NodeRunner.table(YEARS)) {
      String got = FiscalYear.parse(r[0]).map(y -> Integer.toString(y.year())).orElse("");
      assertEquals(r[1], got, "FiscalYear.parse(" + r[0] + ")");
    }
  }

  @Test
  void javascriptFollowsBothTables() throws Exception {
    String out = NodeRunner.run("src/test/js/normalise.test.js", CASES.toString(), YEARS.toString());
    assertTrue(out.contains("ok"), out);
  }

  @Test
  void nullAndEmpty() {
    assertEquals("", Normaliser.normalise(null));
    assertEquals("", Normaliser.normalise(" \u3000\n"));
  }
}
