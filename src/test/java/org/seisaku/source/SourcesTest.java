package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.Document;
import org.seisaku.model.Ministry;
import org.seisaku.model.ProgramYear;

class SourcesTest {
  static final Path CONTENT = Path.of("src/test/resources/fixtures/content");
  static final String SITE = "title: t\nbase_url: https://example.jp/\n";

  private static List<String> strings(Problems p) {
    return p.sorted().stream().map(Problem::toString).toList();
  }

  @Test
  void readsTheFixtureContentAndItsJudgitSource() {
    Problems p = new Problems();
    Corpus c = Sources.read(CONTENT, List.of(), p);
    assertEquals(List.of(), strings(p));
    assertEquals("https://example.jp/seisaku/", c.config().baseUrl());
    assertEquals(List.of("digital", "soumu", "mof", "nta"), c.ministries().stream().map(Ministry::id).toList());
    assertEquals("teijuu-jiritsu", c.curated().get(0).id());
    assertEquals(List.of(
        "content:budget/2008.csv#2008:国税電子申告事業",
        "content:budget/2008.csv#2008:定住自立圏構想推進費",
        "judgit:data/2019/総務省/0020.json",
        "judgit:data/2023/総務省/2023-総務-22-0015.json"), c.programYears().stream().map(ProgramYear::key).toList());
    assertEquals(List.of("judgit-2019-soumu-0020", "judgit-2023-soumu-2023-22-0015", "teijuu/gaiyou"),
        c.documents().stream().map(Document::slug).toList());
    ProgramYear teijuu = c.programYears().get(1);
    assertEquals("teijuu/gaiyou", teijuu.documentSlug());
    assertEquals(List.of(2, 3), teijuu.items().stream().map(i -> i.provenance().line()).toList());
  }

  @Test
  void readsTheSynonymListsAndReportsABadLineAtItsLine(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("site.yml"), SITE);
    Files.writeString(tmp.resolve("ministries.yml"), "- id: soumu\n  name: 総務省\n  order: 1\n");
    Files.writeString(tmp.resolve("synonyms.txt"), "# list\n医者, 医師\nお巡りさん =>\n");
    Path sudachi = tmp.resolve("sudachi.txt");
    Files.writeString(sudachi, "000001,1,0,1,0,0,0,(),価格,,\n000001,1,0,2,0,0,0,(),値段,,\n");
    Problems p = new Problems();
    Corpus c = Sources.read(tmp, List.of(new SourceSpec("sudachi", sudachi.toString())), p);
    assertEquals(List.of(tmp + "/synonyms.txt:3: => needs words on both sides ('お巡りさん => 警察官')"), strings(p));
    assertEquals(List.of(tmp + "/synonyms.txt:2", sudachi + ":1"), c.synonyms().stream().map(g -> g.where()).toList());
  }

  @Test
  void reportsAMissingContentDirOrSiteYml(@TempDir Path tmp) {
    Problems p = new Problems();
    Corpus c = Sources.read(tmp.resolve("content"), List.of(), p);
    assertEquals(List.of(tmp + "/content: content directory not found"), strings(p));
    assertEquals(List.of(), c.programYears());

    Problems q = new Problems();
    Sources.read(tmp, List.of(), q);
    assertEquals(List.of(tmp + "/site.yml: missing site.yml (title, base_url and sources of the site)"), strings(q));
  }

  @Test
  void reportsAnUndeclaredCp932FileAtItsFirstBadLineAndReadsNothingFromIt(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE);
    Files.write(content.resolve("budget/old.csv"), cp932Csv());
    Problems p = new Problems();
    Corpus c = Sources.read(content, List.of(), p);
    assertEquals(List.of(content + "/budget/old.csv:2: not UTF-8 (looks like CP932/Shift_JIS): "
        + "convert it to UTF-8 or declare it in site.yml under encodings:"), strings(p));
    assertEquals(0, c.programYears().stream().filter(y -> y.key().startsWith("content:budget/old.csv")).count());
  }

  @Test
  void readsACp932FileDeclaredInSiteYml(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE + "encodings:\n  budget/old.csv: cp932\n");
    Files.write(content.resolve("budget/old.csv"), cp932Csv());
    Problems p = new Problems();
    Corpus c = Sources.read(content, List.of(), p);
    assertEquals(List.of(), strings(p));
    List<ProgramYear> old = c.programYears().stream().filter(y -> y.key().startsWith("content:budget/old.csv")).toList();
    assertEquals(List.of("content:budget/old.csv#2008:abc", "content:budget/old.csv#2009:地域おこし協力隊推進事業"),
        old.stream().map(ProgramYear::key).toList());
    BudgetItem item = old.get(1).items().get(0);
    assertEquals("９７３百万円の内数", item.written());
    assertEquals(3, item.provenance().line());
  }

  @Test
  void warnsAboutAnEncodingForAFileThatIsNotThere(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE + "encodings:\n  budget/gone.csv: cp932\n");
    Problems p = new Problems();
    Sources.read(content, List.of(), p);
    assertEquals(List.of(content + "/site.yml: warning: encodings names budget/gone.csv, which is not a file under " + content), strings(p));
  }

  @Test
  void reportsAFileThatIsNeitherUtf8NorCp932(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE);
    Files.write(content.resolve("budget/bin.csv"), new byte[] {'a', '\n', 'b', '\n', (byte) 0xFF, (byte) 0xFF, '\n'});
    Problems p = new Problems();
    Sources.read(content, List.of(), p);
    assertEquals(List.of(content + "/budget/bin.csv:3: not UTF-8: convert it to UTF-8 or declare it in site.yml under encodings:"), strings(p));
  }

  @Test
  void readsUtf8WithABom(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE);
    Files.writeString(content.resolve("budget/bom.csv"), "\uFEFF" + BudgetCsvReaderTest.HEADER + "2010,総務省,BOM事業,当初,1億円,,,\n");
    Problems p = new Problems();
    Corpus c = Sources.read(content, List.of(), p);
    assertEquals(List.of(), strings(p));
    assertEquals(1, c.programYears().stream().filter(y -> y.key().equals("content:budget/bom.csv#2010:BOM事業")).count());
  }

  @Test
  void resolvesSiteYmlSourcesAgainstContentAndCliSourcesAgainstTheWorkingDir(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE + "sources: [judgit:missing]\n");
    Problems p = new Problems();
    Sources.read(content, List.of(new SourceSpec("judgit", "no/such/dir")), p);
    String hint = ": no data/ folder: a judgit source is a checkout of judgit/data, laid out data/{公開年度}/{府省庁}/{事業番号}.json";
    assertEquals(List.of(content + "/missing" + hint, "no/such/dir" + hint), strings(p));

    Problems q = new Problems();
    Corpus c = Sources.read(copyContent(tmp.resolve("b"), SITE), List.of(new SourceSpec("judgit", "src/test/resources/fixtures/judgit")), q);
    assertEquals(List.of(), strings(q));
    assertEquals(3, c.documents().size());
  }

  @Test
  void reportsDuplicateDocumentSlugs(@TempDir Path tmp) throws IOException {
    Path content = copyContent(tmp, SITE);
    Files.writeString(content.resolve("documents/judgit-2019-soumu-0020.md"), "---\ntitle: 同じ名前\n---\n");
    Problems p = new Problems();
    Corpus c = Sources.read(content, List.of(new SourceSpec("judgit", "src/test/resources/fixtures/judgit")), p);
    assertEquals(List.of("src/test/resources/fixtures/judgit/data/2019/総務省/0020.json: duplicate document slug "
        + "'judgit-2019-soumu-0020' (also " + content + "/documents/judgit-2019-soumu-0020.md)"), strings(p));
    assertEquals(1, c.documents().stream().filter(d -> d.slug().equals("judgit-2019-soumu-0020")).count());
  }

  /** A budget CSV in CP932 whose first non-ASCII byte is on line 3. */
  private static byte[] cp932Csv() {
    String csv = BudgetCsvReaderTest.HEADER + "2008,soumu,abc,initial,1000000円,,,\n" + "平成21年度,総務省,地域おこし協力隊推進事業,当初,９７３百万円の内数,新規,,\n";
    return csv.getBytes(Charset.forName("windows-31j"));
  }

  /** The fixture content dir copied under {@code tmp/content}, with its own site.yml. */
  private static Path copyContent(Path tmp, String siteYml) throws IOException {
    Path target = tmp.resolve("content");
    try (Stream<Path> walk = Files.walk(CONTENT)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(CONTENT.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    Files.writeString(target.resolve("site.yml"), siteYml, StandardCharsets.UTF_8);
    return target;
  }
}
