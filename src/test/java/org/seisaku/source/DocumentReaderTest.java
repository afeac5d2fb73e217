package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Provenance;

class DocumentReaderTest {
  static final Ministries MINISTRIES =
      new Ministries(List.of(new Ministry("soumu", "総務省", null, List.of("総務"), 1, null, null, null)));

  private static Optional<Document> read(String rel, String text, Problems p) {
    return DocumentReader.parse(text, rel, "content/" + rel, MINISTRIES, p);
  }

  private static List<String> problems(String rel, String text) {
    Problems p = new Problems();
    read(rel, text, p);
    return p.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void readsFrontMatterAndBody() {
    Problems p = new Problems();
    Document d = read("documents/teijuu/gaiyou.md", """
        ---
        title: 定住自立圏構想の推進について
        ministry: 総務
        fiscal_year: 平成２０年度
        date: 2008-12-26
        kind: 概要
        source: https://www.soumu.go.jp/teiju/
        programs:
          - 定住自立圏構想推進費
          - teijuu-jiritsu
        ---
        # 定住自立圏構想

        本文。
        """, p).orElseThrow();
    assertEquals(List.of(), p.sorted());
    assertEquals(new Document("teijuu/gaiyou", "定住自立圏構想の推進について", "soumu", FiscalYear.of(2008),
        LocalDate.of(2008, 12, 26), "概要", "https://www.soumu.go.jp/teiju/", List.of("定住自立圏構想推進費", "teijuu-jiritsu"),
        "# 定住自立圏構想\n\n本文。\n", Provenance.ofLine("content", "documents/teijuu/gaiyou.md", 1), null), d);
  }

  /** Each row: documents/a.md (with \\n for line breaks) | the one problem it gives. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ---\\ntitle: T\\n\\n本文\\n | content/documents/a.md:1: front matter is not closed: no '---' line after the opening one
      "# 見出し\\n" | content/documents/a.md:1: no front matter: the file must start with a '---' line, then title: and the other keys, then '---'
      ---\\ntitle: T\\nkind: a: b\\n---\\n | content/documents/a.md:3: YAML syntax error: mapping values are not allowed here
      ---\\ntitle: 壊れた前付け\\nministry: [soumu\\n---\\n本文\\n | content/documents/a.md:3: YAML syntax error: expected ',' or ']', but got <stream end>
      ---\\ntitle: T\\nkind: 概要\\ntags: [x]\\n---\\n | content/documents/a.md:4: unknown key 'tags' (allowed: date, fiscal_year, kind, ministry, programs, source, title)
      ---\\nkind: 概要\\n---\\n | content/documents/a.md:2: missing required key 'title'
      ---\\n# only a comment\\n---\\n | content/documents/a.md:1: missing required key 'title'
      ---\\ntitle: T\\nministry: 外務省\\n---\\n | content/documents/a.md:3: unknown ministry '外務省' (not in ministries.yml)
      ---\\ntitle: T\\nfiscal_year: 平成0年度\\n---\\n | content/documents/a.md:3: impossible or unreadable fiscal year '平成0年度'
      ---\\ntitle: T\\ndate: 2008/12/26\\n---\\n | content/documents/a.md:3: date must be YYYY-MM-DD, not '2008/12/26'
      ---\\ntitle: T\\nsource: www.soumu.go.jp\\n---\\n | content/documents/a.md:3: source must be an http(s) URL of the original, not 'www.soumu.go.jp'
      """)
  void reportsFrontMatterProblemsAtTheirLineInTheFile(String input, String problem) {
    assertEquals(List.of(problem), problems("documents/a.md", input.replace("\\n", "\n")));
  }

  @Test
  void asksForALowerCaseAsciiFileName() {
    String text = "---\ntitle: T\n---\n";
    assertEquals(List.of("content/documents/定住.md:1: rename it: file or folder name '定住' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL); e.g. teijuu-jiritsu.md"),
        problems("documents/定住.md", text));
    assertEquals(List.of("content/documents/Teijuu_Gaiyou.md:1: rename it: file or folder name 'Teijuu_Gaiyou' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL); e.g. teijuu-gaiyou.md"),
        problems("documents/Teijuu_Gaiyou.md", text));
    assertEquals(List.of("content/documents/-rf.md:1: rename it: file or folder name '-rf' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' (it becomes the page's URL); e.g. rf.md"),
        problems("documents/-rf.md", text));
    Problems p = new Problems();
    assertTrue(read("documents/定住.md", text, p).isEmpty());
  }

  @Test
  void aNestedDocumentHasTheFoldersInItsSlug() {
    Problems p = new Problems();
    assertEquals("teijuu/gaiyou", read("documents/teijuu/gaiyou.md", "---\ntitle: T\n---\n", p).orElseThrow().slug());
    assertEquals(List.of(), p.sorted());
  }

  @Test
  void refusesNamesTooLongForAFolderAndTheReservedYearsFolder() {
    String text = "---\ntitle: T\n---\n";
    String name = "a".repeat(226); // a 229-character file name with .md
    assertEquals(List.of("content/documents/" + name + ".md:1: rename it: document slug '" + "a".repeat(40) + "…' is 226 "
        + "characters long; at most 200 (its folders and file name, without .md, make the page's URL); e.g. " + "a".repeat(100) + ".md"),
        problems("documents/" + name + ".md", text));
    assertEquals(List.of("content/documents/x/" + "b".repeat(101) + ".md:1: rename it: file or folder name '" + "b".repeat(40)
        + "…' is 101 characters long; at most 100 (it becomes a folder of the site); e.g. x/" + "b".repeat(100) + ".md"),
        problems("documents/x/" + "b".repeat(101) + ".md", text));
    assertEquals(List.of("content/documents/years/2008.md:1: rename it: documents/years/ is the site's own list of documents "
        + "by year; e.g. years-docs/2008.md"), problems("documents/years/2008.md", text));
  }
}
