package org.seisaku.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousIdsTest {
  @TempDir Path out;

  @Test
  void absentBuildIsEmpty() {
    assertTrue(PreviousIds.load(out).isEmpty());
  }

  @Test
  void readsProgramsAndRedirects() throws IOException {
    Files.createDirectories(out.resolve("data"));
    Files.writeString(out.resolve("data/programs.json"), """
        [{"id":"soumu-aaaaaaaa","name":"地域おこし協力隊","names":[],"ministry":"soumu","fiscalYears":[2019,2020],"url":"programs/soumu-aaaaaaaa/",
          "sheets":[{"source":"judgit","path":"data/2019/総務省/0020.json","fiscalYear":2019,"linkRule":"first"},
                    {"source":"judgit","path":"data/2020/総務省/0021.json","fiscalYear":2020,"linkRule":"name"}]},
         {"id":"teijuu","sheets":[{"source":"content","path":"budget/2008.csv","key":"content:budget/2008.csv#2008:定住自立圏構想推進費","fiscalYear":2008}]}]
        """, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("data/redirects.json"), "{\"old-id\":\"teijuu\"}", StandardCharsets.UTF_8);
    PreviousIds p = PreviousIds.load(out);
    assertEquals(Set.of("judgit:data/2019/総務省/0020.json", "judgit:data/2020/総務省/0021.json"), p.programs().get("soumu-aaaaaaaa"));
    assertEquals(Set.of("content:budget/2008.csv#2008:定住自立圏構想推進費"), p.programs().get("teijuu"));
    assertEquals(Map.of("old-id", "teijuu"), p.redirects());
  }

  @Test
  void malformedFileFails() throws IOException {
    Files.createDirectories(out.resolve("data"));
    Files.writeString(out.resolve("data/programs.json"), "{}", StandardCharsets.UTF_8);
    assertThrows(UncheckedIOException.class, () -> PreviousIds.load(out));
  }
}
