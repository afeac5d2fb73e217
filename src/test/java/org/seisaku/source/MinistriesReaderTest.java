package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

class MinistriesReaderTest {
  private static final String PATH = "content/ministries.yml";

  private static List<String> problems(String yaml) {
    Problems p = new Problems();
    MinistriesReader.parse(yaml, PATH, p);
    return p.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void readsMinistriesInOrder() {
    Problems p = new Problems();
    Ministries m = MinistriesReader.parse("""
        - id: nta
          name: 国税庁
          english: National Tax Agency
          order: 15
          parent: mof
        - id: mof
          name: 財務省
          aliases: [財務]
          order: 14
        - {id: digital, name: デジタル庁, order: 10, since: 令和3年度, until: R8}
        """, PATH, p);
    assertEquals(List.of(), p.sorted());
    assertEquals(List.of("digital", "mof", "nta"), m.all().stream().map(Ministry::id).toList());
    assertEquals(new Ministry("nta", "国税庁", "National Tax Agency", List.of(), 15, "mof", null, null), m.byId("nta").orElseThrow());
    assertEquals(new Ministry("digital", "デジタル庁", null, List.of(), 10, null, 2021, 2026), m.byId("digital").orElseThrow());
    assertEquals("mof", m.find("財務").orElseThrow().id());
  }

  /** Each row: ministries.yml (with \\n for line breaks) | the one problem it gives. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      - name: 総務省\\n | content/ministries.yml:1: missing required key 'id'
      - {id: soumu, name: 総務省}\\n- name: 総務庁\\n  id: soumu\\n | content/ministries.yml:3: duplicate ministry id 'soumu'
      - {id: Soumu, name: 総務省}\\n | content/ministries.yml:1: ministry id 'Soumu' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL) (e.g. soumu)
      - {id: -m, name: 総務省}\\n | content/ministries.yml:1: ministry id '-m' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL) (e.g. soumu)
      - {id: mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm, name: 総務省}\\n | content/ministries.yml:1: ministry id 'mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm…' is 41 characters long; at most 40 (it becomes a folder of the site) (e.g. soumu)
      - {id: soumu, name: 総務省}\\n- {id: nta, name: 国税庁, parent: mof}\\n | content/ministries.yml:2: unknown parent 'mof' of nta (not an id in ministries.yml)
      - {id: soumu, name: 総務省, aliases: [ソウム]}\\n- id: mof\\n  name: 財務省\\n  aliases:\\n    - 財務\\n    - ｿｳﾑ\\n | content/ministries.yml:6: 'ｿｳﾑ' already names ministry soumu (a name or alias may name one ministry only)
      - id: soumu\\n  name: 総務省\\n  alias: 総務\\n | content/ministries.yml:3: unknown key 'alias' (allowed: aliases, english, id, name, order, parent, since, until)
      - {id: soumu, name: 総務省, since: 平成0年度}\\n | content/ministries.yml:1: impossible or unreadable fiscal year '平成0年度'
      - {id: soumu, name: 総務省, order: first}\\n | content/ministries.yml:1: order must be an integer (建制順), not 'first'
      soumu: 総務省\\n | content/ministries.yml:1: ministries.yml must be a list
      """)
  void reportsEachProblemWithItsLine(String input, String problem) {
    assertEquals(List.of(problem), problems(input.replace("\\n", "\n")));
  }
}
