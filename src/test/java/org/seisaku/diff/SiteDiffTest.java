package org.seisaku.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDiffTest {
  @TempDir Path tmp;

  private Path site(String name, String programs, String budget, String... documents) throws IOException {
    Path s = Files.createDirectories(tmp.resolve(name).resolve("data")).getParent();
    Files.writeString(s.resolve("data/programs.json"), "[\n" + programs + "\n]\n");
    Files.writeString(s.resolve("data/budget.json"), "[\n" + budget + "\n]\n");
    StringBuilder map = new StringBuilder("<?xml version=\"1.0\"?>\n<urlset>\n  <url><loc>https://x.jp/documents/</loc></url>\n"
        + "  <url><loc>https://x.jp/documents/years/2025/</loc></url>\n");
    for (String d : documents) map.append("  <url><loc>https://x.jp/documents/").append(d).append("/</loc></url>\n");
    Files.writeString(s.resolve("sitemap.xml"), map.append("</urlset>\n"));
    return s;
  }

  private static String program(String id, String name) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"ministry\":\"soumu\"}";
  }

  private static String figure(String id, int year, String kind, Long yen, String q) {
    return "{\"programId\":\"" + id + "\",\"fiscalYear\":" + year + ",\"kind\":\"" + kind + "\",\"amountYen\":" + yen
        + ",\"qualifier\":\"" + q + "\"}";
  }

  @Test
  void listsNewAndGoneProgramsAndTheLargestComparableChangesFirst() throws IOException {
    Path before = site("before", String.join(",\n", program("a", "地方再生対策費"), program("b", "消防防災設備整備"),
        program("c", "終わった事業")), String.join(",\n",
        figure("a", 2025, "initial", 400_000_000_000L, "exact"),
        figure("b", 2025, "initial", 85_259_000L, "exact"),
        figure("b", 2026, "request", 90_000_000L, "part_of"),
        figure("c", 2024, "initial", 1_000_000L, "exact")), "old-doc", "kept-doc");
    Path after = site("after", String.join(",\n", program("a", "地方再生対策費"), program("b", "消防防災設備整備"),
        program("d", "新しい事業")), String.join(",\n",
        figure("a", 2025, "initial", 420_000_000_000L, "exact"),
        figure("b", 2025, "initial", 95_259_000L, "exact"),
        figure("b", 2026, "request", 100_000_000L, "exact"),
        figure("d", 2026, "request", null, "unquantified")), "kept-doc", "new-doc");
    SiteDiff.Result r = SiteDiff.of(before, after);
    assertEquals(List.of("d"), r.newPrograms().stream().map(SiteDiff.Program::id).toList());
    assertEquals(List.of("c"), r.gonePrograms().stream().map(SiteDiff.Program::id).toList());
    assertEquals(List.of("d"), r.added().stream().map(SiteDiff.Figure::programId).toList());
    assertEquals(List.of("c"), r.removed().stream().map(SiteDiff.Figure::programId).toList());
    assertEquals(List.of("new-doc"), r.newDocuments());
    assertEquals(List.of("old-doc"), r.goneDocuments());
    // largest comparable change first; the 内数 that became a figure last, without a difference
    assertEquals(3, r.changed().size());
    assertEquals(20_000_000_000L, r.changed().get(0).difference());
    assertEquals(10_000_000L, r.changed().get(1).difference());
    assertEquals(null, r.changed().get(2).difference());

    String text = SiteDiff.text(r, "before", "after", 20);
    assertTrue(text.contains("~ 2025年度 当初 地方再生対策費 4,000億円 → 4,200億円 (+200億円, +5.0%)"), text);
    assertTrue(text.contains("~ 2026年度 要求 消防防災設備整備 9,000万円の内数 → 1億円 (not comparable)"), text);
    assertTrue(text.contains("+ 2026年度 要求 新しい事業 事項要求"), text);
    assertTrue(text.contains("new documents: 1\n  + documents/new-doc/"), text);

    JsonNode json = new ObjectMapper().readTree(SiteDiff.json(r));
    assertEquals(20_000_000_000L, json.path("figures").path("changed").get(0).path("differenceYen").asLong());
    assertTrue(json.path("figures").path("changed").get(2).path("differenceYen").isNull());
    assertEquals("d", json.path("programs").path("added").get(0).path("id").asText());
  }

  @Test
  void theSameSiteHasNoDifferencesAndAFolderWithoutDataIsNotASite() throws IOException {
    Path s = site("s", program("a", "事業"), figure("a", 2025, "initial", 1L, "exact"), "doc");
    assertTrue(SiteDiff.of(s, s).empty());
    assertTrue(SiteDiff.text(SiteDiff.of(s, s), "s", "s", 20).contains("no differences"));
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    IOException e = assertThrows(SiteDiff.NotASiteException.class, () -> SiteDiff.of(empty, s));
    assertTrue(e.getMessage().contains("data/programs.json"), e.getMessage());
  }
}
