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
}
