package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;

/** The scorer of the import's evaluation: what counts as found. */
class GoldListTest {
  @TempDir Path dir;

  private GoldList gold(String rows) throws IOException {
    Path tsv = dir.resolve("doc.tsv");
    Files.writeString(tsv, "# args: --fiscal-year 平成21年度 --ministry 総務省 --kind 要求\n"
        + "program\tfiscal_year\tkind\tamount\tqualifier\tstatus\tneed\tline\n" + rows, StandardCharsets.UTF_8);
    return GoldList.read(tsv);
  }

  private static FoundItem found(String program, int line, String written) {
    return new FoundItem(program, FiscalYear.of(2009), BudgetKind.REQUEST, Amount.parse(written), written, null,
        new SourceLine(1, line, written), 0.9, List.of());
  }

  @Test
  void anItemFoundWhereItIsRestatedTakesTheRequiredItemNotTheRestatement() throws IOException {
    // a letter restates in kanji (line 21, optional) what its list states (line 41, required); the import keeps one of them
    GoldList g = gold("推進費\t2009\t要求\t五億六千万円\texact\t\toptional\t21\n推進費\t2009\t要求\t５６０，０００千円\texact\t\trequired\t41\n");
    GoldList.Score s = g.score(List.of(found("推進費", 20, "五億六千万円")));
    assertEquals(1.0, s.recall());
    assertEquals(1.0, s.precision());
    // found twice, both count
    s = g.score(List.of(found("推進費", 20, "五億六千万円"), found("推進費", 41, "560,000千円")));
    assertEquals(List.of(), s.falsePositives());
    assertEquals(1.0, s.recall());
  }

  @Test
  void ofTwoEqualItemsTheNearerTakesTheFound() throws IOException {
    GoldList g = gold("事業\t2009\t要求\t3億円\texact\t\trequired\t10\n事業\t2009\t要求\t3億円\texact\t\trequired\t50\n");
    GoldList.Score s = g.score(List.of(found("事業", 49, "3億円")));
    assertEquals(List.of("10: 事業 2009 要求 3億円"), s.misses());
  }
}
