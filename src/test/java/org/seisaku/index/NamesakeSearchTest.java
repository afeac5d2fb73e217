package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.BudgetKind;
import org.seisaku.search.StaticIndex;
import org.seisaku.serve.SearchJson;

/**
 * Two programs of one ministry with one name (a corpus has dozens: 社会福祉施設等設備災害復旧費等補助金 twice in
 * 厚生労働省) are told apart in search results as in the site's lists: each hit carries its 事業番号, in the CLI's
 * and the API's JSON and in the browser index's metadata; a program with no namesake carries none.
 */
class NamesakeSearchTest {
  @TempDir Path tmp;

  @Test
  void namesakesCarryTheirSheetNumberInBothSearches() throws IOException {
    IndexFixture f = IndexFixture.standard();
    f.program("mlit-kaigan-a", "mlit", "海岸事業", BudgetKind.INITIAL, "2021-国交-21-0101",
        IndexFixture.sheet(2021, "海岸保全施設の整備を行う。"));
    f.program("mlit-kaigan-b", "mlit", "海岸事業", BudgetKind.INITIAL, "2021-国交-21-0202",
        IndexFixture.sheet(2021, "海岸の侵食対策を行う。"));
    Indexer.write(tmp.resolve("index"), f.corpus(), f.linked());
    StaticIndex.write(tmp.resolve("index"), tmp.resolve("site"));

    Map<String, String> numbers = new TreeMap<>();
    try (Searcher s = Searcher.open(tmp.resolve("index"))) {
      SearchResult r = s.search(SearchRequest.of("海岸事業"));
      for (SearchHit h : r.hits()) if (h.title().equals("海岸事業")) numbers.put(h.id(), h.number());
      assertTrue(SearchJson.write(r).contains("\"number\":\"2021-国交-21-0202\""), SearchJson.write(r));
      for (SearchHit h : s.search(SearchRequest.of("地域おこし協力隊")).hits()) assertNull(h.number(), h.id());
    }
    assertEquals(Map.of("mlit-kaigan-a", "2021-国交-21-0101", "mlit-kaigan-b", "2021-国交-21-0202"), numbers);

    // the browser's metadata of a hit (search/m/{doc}.js), which search.js shows beside the ministry and years
    List<String> withNumber = new ArrayList<>();
    try (Stream<Path> files = Files.list(tmp.resolve("site/search/m"))) {
      for (Path m : files.sorted().toList()) {
        String js = Files.readString(m, StandardCharsets.UTF_8);
        if (js.contains("\"number\"")) withNumber.add(js.replaceAll(".*\"id\":\"([^\"]+)\".*\"number\":\"([^\"]+)\".*", "$1 $2").strip());
      }
    }
    assertEquals(List.of("mlit-kaigan-a 2021-国交-21-0101", "mlit-kaigan-b 2021-国交-21-0202"),
        withNumber.stream().sorted().toList());
  }
}
