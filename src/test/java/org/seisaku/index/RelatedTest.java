package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedTest {
  @TempDir Path tmp;

  @Test
  void relatedProgramsAreSensibleAndStable() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Path index = tmp.resolve("index");
    Indexer.write(index, f.corpus(), f.linked());
    Map<String, List<String>> related = Related.compute(index, f.linked(), 3);
    assertEquals(f.linked().programs().stream().map(p -> p.id()).sorted().toList(), List.copyOf(related.keySet()));
    related.forEach((id, list) -> {
      assertFalse(list.contains(id), id + " is not related to itself");
      assertTrue(list.size() <= 3);
    });
    assertEquals("soumu-kyoryokutai-kenshu", related.get("soumu-kyoryokutai").get(0));
    assertEquals("soumu-kyoryokutai", related.get("soumu-kyoryokutai-kenshu").get(0));
    assertFalse(related.get("soumu-kyoryokutai").contains("mlit-road"));
    assertEquals(related, Related.compute(index, f.linked(), 3));
    assertEquals(List.of(), Related.compute(index, f.linked(), 0).get("soumu-kyoryokutai"));
  }

  @Test
  void aBuildTakesThePublishedAnswerOnlyForTheSameProgramsAndBasis() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Path published = tmp.resolve("published");
    Path staged = tmp.resolve("staged");
    Indexer.write(published, f.corpus(), f.linked());
    Indexer.write(staged, f.corpus(), f.linked());
    Map<String, List<String>> computed = Related.compute(published, null, f.linked(), 3, "jar-1");
    assertEquals(Related.compute(published, f.linked(), 3), computed);
    // the published answer, altered behind its key: taken as it is when the key is the same …
    Path saved = published.resolve(Related.SAVED);
    String key = java.nio.file.Files.readString(saved).replaceAll("(?s)^\\{\"key\":\"([0-9a-f]+)\".*", "$1");
    String altered = "{\"key\":\"" + key + "\",\"related\":{\"soumu-kyoryokutai\":[\"mlit-road\"]}}";
    java.nio.file.Files.writeString(saved, altered);
    Map<String, List<String>> taken = Related.compute(staged, published, f.linked(), 3, "jar-1");
    assertEquals(Map.of("soumu-kyoryokutai", List.of("mlit-road")), taken);
    assertEquals(altered, java.nio.file.Files.readString(staged.resolve(Related.SAVED)), "saved again for the next build");
    // … and computed again for another basis, another count, or an unreadable file
    assertEquals(computed, Related.compute(staged, published, f.linked(), 3, "jar-2"));
    java.nio.file.Files.writeString(saved, "{not json");
    assertEquals(computed, Related.compute(staged, published, f.linked(), 3, "jar-1"));
  }
}
