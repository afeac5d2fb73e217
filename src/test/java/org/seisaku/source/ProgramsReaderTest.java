package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

class ProgramsReaderTest {
  private static final String PATH = "content/programs.yml";
  private static final Ministries MINISTRIES =
      new Ministries(List.of(new Ministry("soumu", "総務省", null, List.of("総務"), 1, null, null, null)));

  private static List<String> problems(String yaml) {
    Problems p = new Problems();
    ProgramsReader.parse(yaml, PATH, MINISTRIES, p);
    return p.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void readsCuratedPrograms() {
    Problems p = new Problems();
    List<CuratedProgram> c = ProgramsReader.parse("""
        # curated
        - id: teijuu-jiritsu
          name: 定住自立圏構想推進費
          ministry: 総務
          aliases: [定住自立圏推進費]
          same_as:
            - judgit:data/2023/総務省/2023-総務-22-0015.json
            - H24:地域経済循環創造事業交付金
          notes: 2008年度に創設。
        - {id: b, name: B, ministry: soumu}
        """, PATH, MINISTRIES, p);
    assertEquals(List.of(), p.sorted());
    assertEquals(List.of(
        new CuratedProgram("teijuu-jiritsu", "定住自立圏構想推進費", "soumu", List.of("定住自立圏推進費"),
            List.of("judgit:data/2023/総務省/2023-総務-22-0015.json", "H24:地域経済循環創造事業交付金"), "2008年度に創設。", 2),
        new CuratedProgram("b", "B", "soumu", List.of(), List.of(), null, 10)), c);
  }

  @Test
  void checksTheFormOfSameAs() {
    assertTrue(ProgramsReader.validReference("judgit:data/2019/総務省/0020.json"));
    assertTrue(ProgramsReader.validReference("content:budget/2008.csv#2008:定住自立圏構想推進費"));
    assertTrue(ProgramsReader.validReference("平成24年度:地域経済循環創造事業交付金"));
    assertTrue(ProgramsReader.validReference("2012:地域経済循環創造事業交付金"));
    assertFalse(ProgramsReader.validReference("平成0年度:x"));
    assertFalse(ProgramsReader.validReference("foo:x"));
    assertFalse(ProgramsReader.validReference("judgit:"));
    assertFalse(ProgramsReader.validReference("2012"));
  }

  /** Each row: programs.yml (with \\n for line breaks) | the one problem it gives. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      - {id: a, name: A}\\n | content/programs.yml:1: missing required key 'ministry'
      - id: a\\n  name: A\\n  ministry: 外務省\\n | content/programs.yml:3: unknown ministry '外務省' (not in ministries.yml)
      - {id: a, name: A, ministry: soumu}\\n- {id: a, name: B, ministry: soumu}\\n | content/programs.yml:2: duplicate program id 'a'
      - {id: A_1, name: A, ministry: soumu}\\n | content/programs.yml:1: program id 'A_1' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL)
      - {id: -x, name: A, ministry: soumu}\\n | content/programs.yml:1: program id '-x' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL)
      - {id: pppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppppp, name: A, ministry: soumu}\\n | content/programs.yml:1: program id 'pppppppppppppppppppppppppppppppppppppppp…' is 250 characters long; at most 100 (it becomes a folder of the site)
      - id: a\\n  same_as:\\n    - judgit:data/2019/総務省/0020.json\\n    - 平成0年度:x\\n  name: A\\n  ministry: soumu\\n | content/programs.yml:4: same_as '平成0年度:x' is neither SOURCE:PATH (judgit:data/2023/総務省/….json) nor FY:NAME (2012:地域経済循環創造事業交付金)
      - id: a\\n  note: x\\n  name: A\\n  ministry: soumu\\n | content/programs.yml:2: unknown key 'note' (allowed: aliases, id, ministry, name, notes, same_as)
      """)
  void reportsEachProblemWithItsLine(String input, String problem) {
    assertEquals(List.of(problem), problems(input.replace("\\n", "\n")));
  }
}
