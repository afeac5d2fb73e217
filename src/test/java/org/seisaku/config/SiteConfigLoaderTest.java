package org.seisaku.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;

class SiteConfigLoaderTest {
  private static final String PATH = "content/site.yml";

  private static List<String> problems(String yaml) {
    Problems p = new Problems();
    SiteConfigLoader.parse(yaml, PATH, p);
    return p.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void readsAValidConfig() {
    Problems p = new Problems();
    SiteConfig c = SiteConfigLoader.parse("""
        title: 政策ナビ
        base_url: https://example.jp/seisaku
        description: 説明
        sources:
          - judgit:../shared/corpus/judgit
        encodings:
          budget/old.csv: cp932
        """, PATH, p);
    assertEquals(List.of(), p.sorted());
    assertEquals(new SiteConfig("政策ナビ", "https://example.jp/seisaku/", "ja", "説明",
        List.of(new SourceSpec("judgit", "../shared/corpus/judgit")), Map.of("budget/old.csv", "cp932")), c);
  }

  @Test
  void keepsATrailingSlashAndALanguage() {
    Problems p = new Problems();
    SiteConfig c = SiteConfigLoader.parse("title: t\nbase_url: http://localhost:8080/\nlanguage: en\n", PATH, p);
    assertEquals("http://localhost:8080/", c.baseUrl());
    assertEquals("en", c.language());
    assertEquals(List.of(), p.sorted());
  }

  /** Each row: site.yml (with \\n for line breaks) | the one problem it gives. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      base_url: https://x.jp/\\n                                   | content/site.yml:1: missing required key 'title'
      title: t\\nbase_url: /seisaku/\\n                           | content/site.yml:2: base_url must be an absolute http(s) URL such as https://example.jp/seisaku/, not '/seisaku/'
      title: t\\nbase_url: ftp://x.jp/\\n                         | content/site.yml:2: base_url must be an absolute http(s) URL such as https://example.jp/seisaku/, not 'ftp://x.jp/'
      title: t\\nbase_url: https://x.jp/\\ntitel: x\\n            | content/site.yml:3: unknown key 'titel' (allowed: base_url, description, encodings, language, sources, title)
      title: t\\nbase_url: https://x.jp/\\ntitle: u\\n            | content/site.yml:3: duplicate key 'title'
      title: t\\nbase_url: https://x.jp/\\nsources: [rs:../rs]\\n  | content/site.yml:3: unknown source 'rs:../rs': expected TYPE:PATH with TYPE one of [judgit, sudachi]
      title: t\\nbase_url: https://x.jp/\\nencodings:\\n  budget/a.csv: cp932\\n  budget/old.csv: sjis-x\\n | content/site.yml:5: unknown charset 'sjis-x' for budget/old.csv (e.g. cp932, Shift_JIS, EUC-JP, UTF-8)
      title: t\\nbase_url: https://x.jp/: x: y\\n                  | content/site.yml:2: YAML syntax error: mapping values are not allowed here
      "# nothing\\n"                                            | content/site.yml: empty site.yml: title and base_url are required
      - a\\n- b\\n                                                | content/site.yml:1: site.yml must be a map of key: value
      """)
  void reportsEachProblemWithItsLine(String yaml, String problem) {
    assertEquals(List.of(problem), problems(yaml.replace("\\n", "\n")));
  }
}
