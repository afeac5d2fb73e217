package org.seisaku.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search.js run by node over the fixture's export: query parsing, filters, ranking, grouping, and the page. */
class BrowserIndexJsTest {
  @TempDir
  Path tmp;

  @Test
  void searchJsRanksAndFiltersTheExportedIndex() throws Exception {
    BrowserIndex.write(SearchFixture.model(), tmp);
    String out = NodeRunner.run("src/test/js/search.test.js", tmp.resolve("search").toString());
    assertTrue(out.startsWith("ok "), out);
  }

  @Test
  void searchJsDrivesThePage() throws Exception {
    BrowserIndex.write(SearchFixture.model(), tmp);
    String out = NodeRunner.run("src/test/js/page.test.js", tmp.resolve("search").toString());
    assertTrue(out.startsWith("ok page"), out);
  }
}
