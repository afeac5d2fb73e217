package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** {@link Importer#draft} on text made to break it: every line read, no stack overflow, no hang. */
class ImporterTest {
  @Test
  void linesOfManyRepeatsAreReadOnAStackLargeEnoughForThem() {
    // each of these overflowed the default stack in a regular expression that recurses once per repetition
    String numbering = "1. ".repeat(1300) + "事業 5億円";
    String units = "1億".repeat(1990) + "円";
    String cells = "（単位：億円）\n事業 " + "1 ".repeat(900);
    Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (String text : List.of(numbering, units, cells)) {
        Importer.Drafted d = Importer.draft(SourceText.ofText("hostile.txt", text), ImportEvaluationTest.meta(
            Map.of("fiscal-year", "令和8年度", "ministry", "総務省", "kind", "要求")), 1);
        assertEquals("documents/" + d.slug() + ".md", d.documentPath());
      }
    }, "a guard against a hang, not a measure of speed");
  }

  @Test
  void aDraftsFailureReachesTheCaller() {
    Assertions.assertThrows(NullPointerException.class, () -> Importer.draft(SourceText.ofText("x.txt", "事業 5億円"), null, 1));
  }
}
