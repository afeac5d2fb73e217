package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Requirements;

/**
 * {@code import} through the CLI as a publisher runs it: the drafts of the seeds and of the held-out documents go
 * into a copy of content/, and {@code check} and {@code build} accept them as they are; drafts are never replaced
 * without --force; bad options and unreadable files are clear errors with the documented exit codes.
 */
class ImportIT {
  @TempDir Path tmp;

  static Path seeds() {
    return Requirements.seeds();
  }

  static final Path HELDOUT = Path.of("src/test/resources/import/heldout");

  @Test
  void importedDraftsPassCheckAndBuildAsTheyAre() throws Exception {
    Path content = Fixtures.copy(Path.of("content"), tmp.resolve("content"));
    Path s = seeds();
    imported(content, "--fiscal-year", "平成20年度", "--ministry", "総務省", s.resolve("000_1eae7d4f337d2adf.txt").toString(),
        s.resolve("001_98d26ce777df9c5d.txt").toString());
    imported(content, "--fiscal-year", "平成25年度", "--ministry", "soumu", s.resolve("004_274850fe4f28e0bb.txt").toString());
    imported(content, "--fiscal-year", "令和7年度", "--ministry", "厚生労働省", "--kind", "要求", HELDOUT.resolve("mhlw-gaisan-2025.txt").toString(),
        "--source-url", "https://www.mhlw.go.jp/example/gaisan.pdf");
    imported(content, "--fiscal-year", "R7", "--ministry", "農林水産省", HELDOUT.resolve("maff-noson-2025.txt").toString());
    imported(content, "--fiscal-year", "令和6年度", "--ministry", "環境省", "--kind", "補正", HELDOUT.resolve("env-hosei-2024.txt").toString());

    String csv = Fixtures.read(content.resolve("budget/import-000-1eae7d4f337d2adf.csv"));
    assertTrue(csv.startsWith("fiscal_year,ministry,program,kind,amount,status,document,note\n"), csv);
    assertTrue(csv.contains("2008,soumu,地域人材力活性化事業,当初,\"85,259千円\",,import-000-1eae7d4f337d2adf,"
        + "\"import: 000_1eae7d4f337d2adf.txt line 275; confidence "), csv);
    String doc = Fixtures.read(content.resolve("documents/import-mhlw-gaisan-2025.md"));
    assertTrue(doc.startsWith("---\ntitle: \"令和7年度 概算要求の概要\"\nministry: mhlw\nfiscal_year: 2025\nkind: \"概算要求\"\n"
        + "source: \"https://www.mhlw.go.jp/example/gaisan.pdf\"\n---\n"), doc);

    Fixtures.Run check = Fixtures.run("check", "--content", content.toString(), "-q");
    assertEquals(0, check.exit(), check.out() + check.err());
    assertFalse(check.out().contains("import-"), "no problem in the drafts: " + check.out());
    Fixtures.Run build = Fixtures.run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString(),
        "--index", tmp.resolve("index").toString(), "-q");
    assertEquals(0, build.exit(), build.out() + build.err());
    assertTrue(Files.isRegularFile(tmp.resolve("site/documents/import-000-1eae7d4f337d2adf/index.html")));
    String budget = Fixtures.read(tmp.resolve("site/data/budget.csv"));
    assertTrue(budget.contains("地域人材力活性化事業") && budget.contains("在宅医療・介護連携推進支援事業"), "imported rows are in the data");
  }

  @Test
  void draftsAreNotReplacedUnlessAskedAndAreTheSameEachTime() throws Exception {
    Path content = Fixtures.copy(Path.of("content"), tmp.resolve("content"));
    Path file = HELDOUT.resolve("maff-noson-2025.txt");
    imported(content, "--fiscal-year", "令和7年度", "--ministry", "maff", file.toString());
    Path csv = content.resolve("budget/import-maff-noson-2025.csv");
    String first = Fixtures.read(csv) + Fixtures.read(content.resolve("documents/import-maff-noson-2025.md"));
    Files.writeString(csv, "edited by the publisher\n", StandardCharsets.UTF_8);
    Fixtures.Run again = Fixtures.run("import", "--content", content.toString(), "--fiscal-year", "令和7年度", "--ministry", "maff", file.toString());
    assertEquals(2, again.exit(), again.out() + again.err());
    assertTrue(again.err().contains("not replacing") && again.err().contains("import-maff-noson-2025.csv") && again.err().contains("--force"), again.err());
    assertEquals("edited by the publisher\n", Fixtures.read(csv), "left as it was");
    Fixtures.Run forced = Fixtures.run("import", "--content", content.toString(), "--fiscal-year", "令和7年度", "--ministry", "maff",
        "--force", file.toString());
    assertEquals(0, forced.exit(), forced.out() + forced.err());
    assertEquals(first, Fixtures.read(csv) + Fixtures.read(content.resolve("documents/import-maff-noson-2025.md")),
        "the same input gives the same drafts, byte for byte");
  }

  @Test
  void badOptionsAndFilesAreClearErrors() throws Exception {
    Path content = Fixtures.copy(Path.of("content"), tmp.resolve("content"));
    Path file = HELDOUT.resolve("maff-noson-2025.txt");
    String c = content.toString();
    expect(2, "--fiscal-year", Fixtures.run("import", "--content", c, "--ministry", "maff", file.toString()));
    expect(2, "not a fiscal year", Fixtures.run("import", "--content", c, "--fiscal-year", "来年", "--ministry", "maff", file.toString()));
    expect(2, "unknown ministry", Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "宇宙省", file.toString()));
    expect(2, "unknown budget kind", Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", "--kind", "夢", file.toString()));
    expect(2, "no such file", Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", tmp.resolve("none.pdf").toString()));
    expect(2, "http(s)", Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", "--source-url", "file:///x", file.toString()));
    Path binary = tmp.resolve("scan.bin");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0x80, (byte) 0x81, (byte) 0xfd});
    expect(1, binary + ":", Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", binary.toString()));
    Path broken = tmp.resolve("broken.pdf");
    Files.writeString(broken, "%PDF-1.7\nnot really\n");
    expect(1, broken + ":", Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", file.toString(), broken.toString()));
    assertFalse(Files.exists(content.resolve("budget/import-maff-noson-2025.csv")), "nothing written when one FILE is unreadable");
    // a scan (pages of images, no text layer) and an empty text file are said to be so, not drafted as empty documents
    Path scan = tmp.resolve("scan.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
      d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      d.save(scan.toFile());
    }
    expect(1, scan + ": the PDF has no text to read (scanned pages?)",
        Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", file.toString(), scan.toString()));
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "\n \n");
    expect(1, empty + ": the file has no text",
        Fixtures.run("import", "--content", c, "--fiscal-year", "2025", "--ministry", "maff", empty.toString()));
    assertFalse(Files.exists(content.resolve("budget/import-maff-noson-2025.csv")), "nothing written when one FILE is empty");
    assertFalse(Files.exists(content.resolve("documents/import-scan.md")));
    Fixtures.Run help = Fixtures.run("import", "--help");
    assertEquals(0, help.exit());
    assertTrue(help.out().contains("--fiscal-year") && help.out().contains("--kind") && help.out().contains("FILE"), help.out());
  }

  private static void imported(Path content, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "import";
    all[1] = "--content";
    all[2] = content.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    Fixtures.Run r = Fixtures.run(all);
    assertEquals(0, r.exit(), r.out() + r.err());
  }

  private static void expect(int exit, String says, Fixtures.Run r) {
    assertEquals(exit, r.exit(), r.out() + r.err());
    assertTrue((r.out() + r.err()).contains(says), "says '" + says + "': " + r.out() + r.err());
    assertFalse((r.out() + r.err()).contains("\tat ") || (r.out() + r.err()).contains("Exception"), "no stack trace: " + r.err());
  }
}
