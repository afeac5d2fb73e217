package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Folders;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;

/**
 * The reader attacks of issue 9, each through {@link Sources#read} on real files: a problem naming the file
 * (and line), never a stack trace, a {@code StackOverflowError}, an {@code OutOfMemoryError} or a message that
 * quotes a huge value or a linked file. The timeouts are hang guards (the old code took 10–120 s), not
 * benchmarks.
 */
class HostileInputTest {
  private static final Duration GUARD = Duration.ofSeconds(10);
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/content");
  static final String SHEET = "data/2019/総務省/0020.json";

  @TempDir Path tmp;

  private int runs;
  private Path root;

  /** A fresh copy of the fixture content/ and, beside it, the judgit/ that its site.yml lists. */
  private Path content() throws IOException {
    root = tmp.resolve("run" + runs++);
    Folders.copy(FIXTURE, root.resolve("content"));
    Folders.copy(Path.of("src/test/resources/fixtures/judgit"), root.resolve("judgit"));
    return root.resolve("content");
  }


  /** Reads content/ (and the judgit/ beside it) under the hang guard; the errors as lines. */
  private List<String> read(Path content) {
    Supplier<List<String>> run = () -> {
      Problems p = new Problems();
      Sources.read(content, List.of(), p);
      return p.sorted().stream().filter(Problem::isError).map(Problem::toString).toList();
    };
    List<String> errors = assertTimeoutPreemptively(GUARD, run::get);
    for (String e : errors) assertTrue(e.length() < 600, "a short message: " + e.substring(0, Math.min(e.length(), 300)));
    return errors;
  }

  /** A fresh content/ whose fixture sheet has one field's value replaced by the raw JSON {@code json}. */
  private Path sheetWith(String field, String json) throws IOException {
    Path c = content();
    Path sheet = root.resolve("judgit").resolve(SHEET);
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(sheet.toFile());
    tree.put(field, "@@VALUE@@");
    String text = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    Files.writeString(sheet, text.replace("\"@@VALUE@@\"", json), StandardCharsets.UTF_8);
    return c;
  }

  private static boolean mentions(List<String> errors, String... parts) {
    return errors.stream().anyMatch(e -> Stream.of(parts).allMatch(e::contains));
  }

  @Test
  void aHundredThousandBracketsInAPythonLiteralAreAProblemNotAStackOverflow() throws IOException {
    List<String> e = read(sheetWith("予算", "\"" + "[".repeat(100_000) + "\""));
    assertTrue(mentions(e, "0020.json", "予算", "nested deeper than " + Limits.NESTING), e.toString());
  }

  @Test
  void aHundredThousandBracketsOfJsonAreAProblem() throws IOException {
    List<String> e = read(sheetWith("予算", "[".repeat(100_000) + "]".repeat(100_000)));
    assertTrue(mentions(e, "0020.json", "nested deeper than " + Limits.NESTING), e.toString());
  }

  @Test
  void aFigureOfAHugeExponentIsRefusedBeforeItIsExpanded() throws IOException {
    for (String figure : List.of("1e2100000000", "1e999999999", "1e-999999999", "-1E+400000000", "0E-999999999")) {
      List<String> e = read(sheetWith("予算", "[{\"年度\": 2019, \"当初予算\": " + figure + "}]"));
      assertTrue(mentions(e, "0020.json:", "予算: number out of range"), figure + ": " + e);
    }
  }

  @Test
  void aHugeExponentInAPythonLiteralOrAnyNumberFieldIsRefused() throws IOException {
    assertTrue(mentions(read(sheetWith("予算", "\"[{'年度': 2019, '当初予算': 1e2100000000}]\"")),
        "予算", "number out of range"));
    assertTrue(mentions(read(sheetWith("公開年度", "1e999999999")), "公開年度: number out of range"));
    assertTrue(mentions(read(sheetWith("事業ID", "1e-999999999")), "事業ID: number out of range"));
    List<String> asText = read(sheetWith("予算", "[{\"年度\": 2019, \"当初予算\": \"" + "9".repeat(3_000_000) + "\"}]"));
    assertTrue(mentions(asText, "当初予算", "too long"), asText.toString());
  }

  @Test
  void aTenMegabyteTitleIsRefusedAtOnce() throws IOException {
    Path c = content();
    Files.writeString(c.resolve("documents/big.md"), "---\ntitle: \"" + "a".repeat(10_000_000) + "\"\n---\n本文\n");
    List<String> e = read(c);
    assertTrue(mentions(e, "documents/big.md", "too large"), e.toString());
    Files.writeString(c.resolve("documents/big.md"), "---\ntitle: \"" + "a".repeat(5_000_000) + "\"\n---\n本文\n");
    assertTrue(mentions(read(c), "documents/big.md:1: front matter too long"));
    Files.writeString(c.resolve("documents/big.md"), "---\ntitle: " + "a".repeat(20_000) + "\n---\n本文\n");
    assertTrue(mentions(read(c), "documents/big.md:2: 'title': too long: 20,000 characters (at most 1,000)"));
  }

  @Test
  void longCsvFieldsAreRefusedWithTheirLineAndNotQuoted() throws IOException {
    Path c = content();
    Files.writeString(c.resolve("budget/big.csv"), "fiscal_year,ministry,program,kind,amount,status,document,note\n"
        + "2019,総務省,事業,当初," + "9".repeat(3_000_000) + "円,,,\n"
        + "2019," + "総".repeat(100_000) + ",事業,当初,1億円,,,\n");
    List<String> e = read(c);
    assertTrue(mentions(e, "budget/big.csv:2: amount: too long: 3,000,001 characters"), e.toString());
    assertTrue(mentions(e, "budget/big.csv:3: ministry: too long: 100,000 characters"), e.toString());
  }

  @Test
  void anUnbalancedCsvQuoteIsReportedAtItsLineInWords() throws IOException {
    Path c = content();
    Files.writeString(c.resolve("budget/quote.csv"), "fiscal_year,ministry,program,kind,amount,status,document,note\n"
        + "2019,総務省,事業,当初,1億円,,,\n"
        + "2019,総務省,\"閉じない,当初,1億円,,,\n"
        + "2019,総務省,事業2,当初,1億円,,,\n");
    List<String> e = read(c);
    assertTrue(mentions(e, "budget/quote.csv:3: a quoted field is not closed"), e.toString());
    assertFalse(e.toString().contains("Exception") || e.toString().contains("org.apache"), e.toString());
    Files.writeString(c.resolve("budget/quote.csv"), "fiscal_year,ministry,program,kind,amount,status,document,note\n"
        + "2019,総務省,\"事業\"x,当初,1億円,,,\n");
    e = read(c);
    assertTrue(mentions(e, "budget/quote.csv:2: text after a quoted field"), e.toString());
  }

  @Test
  void linkedDocumentsCsvsAndSheetsAreProblemsThatNeverQuoteTheTarget() throws IOException {
    Path c = content();
    Path j = root.resolve("judgit");
    Path outside = Files.writeString(root.resolve("outside.md"), "secret-token: 1\n");
    Files.createSymbolicLink(c.resolve("documents/leak.md"), outside);
    Files.createSymbolicLink(c.resolve("documents/passwd.md"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(c.resolve("budget/leak.csv"), outside);
    Files.createSymbolicLink(c.resolve("documents/inside.md"), c.resolve("documents/teijuu/gaiyou.md"));
    Path sheet = j.resolve(SHEET);
    Path moved = Files.move(sheet, root.resolve("sheet.json"));
    Files.createSymbolicLink(sheet, moved);
    List<String> e = read(c);
    for (String link : List.of("documents/leak.md", "documents/passwd.md", "budget/leak.csv", "documents/inside.md", "0020.json")) {
      assertTrue(mentions(e, link + ": a symbolic link: not read"), link + ": " + e);
    }
    assertFalse(e.toString().contains("secret-token") || e.toString().contains("root"), e.toString());
  }

  @Test
  void aLinkedSiteYmlOrFolderIsNotFollowed() throws IOException {
    Path c = content();
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("x.md"), "---\ntitle: 外\n---\n");
    Files.createSymbolicLink(c.resolve("documents/shared"), elsewhere);
    Path site = c.resolve("site.yml");
    Path real = Files.move(site, root.resolve("site.yml"));
    Files.createSymbolicLink(site, real);
    Problems p = new Problems();
    Sources.read(c, List.of(), p);
    List<String> all = p.sorted().stream().map(Problem::toString).toList();
    assertTrue(mentions(all, "site.yml: a symbolic link: not read"), all.toString());
    assertTrue(mentions(all, "documents/shared: warning: a symbolic link: not followed"), all.toString());
  }

  /**
   * Issue 9, failures 1 and 2: control characters in a title, a name or a cell are removed and reported as a
   * warning (0.1 passed them to feed.xml, which became ill-formed, and to the terminal of whoever searched).
   */
  @Test
  void controlCharactersInTitlesNamesAndCellsAreRemovedWithAWarning() throws IOException {
    Path c = sheetWith("事業名", "\"\\u001b[2J地域の\\u0007事業\"");
    Path doc = c.resolve("documents/teijuu/gaiyou.md");
    Files.writeString(doc, Files.readString(doc).replace("title: 定住自立圏構想の推進について", "title: \"定住\\x01自立圏\""));
    Path csv = c.resolve("budget/2008.csv");
    Files.writeString(csv, Files.readString(csv) + "2008,総務省,\u001B[2J\u001B]0;pwned\u0007消防事業\u0085,当初,1億円,,,\n");
    Path yml = c.resolve("programs.yml");
    Files.writeString(yml, Files.readString(yml).replace("aliases: [定住自立圏推進費]", "aliases: [\"定住自立圏\\e推進費\"]"));
    Problems p = new Problems();
    Corpus corpus = assertTimeoutPreemptively(GUARD, () -> Sources.read(c, List.of(), p));
    List<String> all = p.sorted().stream().map(Problem::toString).toList();
    assertTrue(mentions(all, "gaiyou.md:2: warning: 'title': control character U+0001 removed"), all.toString());
    assertTrue(mentions(all, "budget/2008.csv:", ": warning: program: control characters U+001B, U+0007, U+0085 removed"), all.toString());
    assertTrue(mentions(all, "programs.yml:", ": warning: 'aliases': control character U+001B removed"), all.toString());
    assertTrue(mentions(all, "0020.json: warning: 事業名: control characters U+001B, U+0007 removed"), all.toString());
    assertFalse(p.hasErrors(), all.toString());
    assertTrue(corpus.documents().stream().anyMatch(d -> d.title().equals("定住自立圏")), "title kept without the control");
    List<String> names = corpus.programYears().stream().map(py -> py.name()).toList();
    assertTrue(names.contains("[2J]0;pwned消防事業"), names.toString());
    assertTrue(names.contains("[2J地域の事業"), names.toString());
    for (String n : names) assertFalse(org.seisaku.diag.ControlCharacters.in(n), n);
  }

  @Test
  void aFileAboveItsKindsSizeIsNotRead() throws IOException {
    Path c = content();
    try (var out = Files.newOutputStream(c.resolve("budget/huge.csv"))) {
      byte[] row = "2019,総務省,事業,当初,1億円,,,\n".getBytes(StandardCharsets.UTF_8);
      out.write("fiscal_year,ministry,program,kind,amount,status,document,note\n".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < Limits.FileKind.CSV.maxBytes(); n += row.length) out.write(row);
    }
    List<String> e = read(c);
    assertTrue(mentions(e, "budget/huge.csv: too large: 64.0 MB (a budget CSV may have at most 64.0 MB)"), e.toString());
  }
}
