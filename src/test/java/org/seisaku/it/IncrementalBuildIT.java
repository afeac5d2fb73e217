package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.io.Manifest;

/**
 * An incremental build equals a full one: the repository's content/ and the fixture review sheets are edited step by
 * step (documents, budget rows, a sheet, a template and an asset, ministries, site.yml); after each step the site
 * that was built incrementally over the previous one is compared, file by file and folder by folder, with a full
 * build of the same input into fresh folders, and so are the manifests, the indexes' stored documents and what
 * {@code search} answers.
 */
class IncrementalBuildIT {
  @TempDir Path tmp;

  private Path content;
  private Path judgit;
  private Path templates;
  private int step;

  /** Builds incrementally into site/ and index/; returns the build's progress lines. */
  private String incremental() {
    Fixtures.Run r = Fixtures.run("build", "--content", content.toString(), "--source", "judgit:" + judgit,
        "--templates", templates.toString(), "--out", tmp.resolve("site").toString(), "--index",
        tmp.resolve("index").toString());
    assertEquals(0, r.exit(), r.out() + r.err());
    return r.err();
  }

  /** Builds everything into fresh folders, as a first build does. */
  private Path full() {
    step++;
    Path out = tmp.resolve("full-" + step);
    Fixtures.Run r = Fixtures.run("build", "--full", "--content", content.toString(), "--source", "judgit:" + judgit,
        "--templates", templates.toString(), "--out", out.resolve("site").toString(), "--index",
        out.resolve("index").toString(), "-q");
    assertEquals(0, r.exit(), r.out() + r.err());
    return out;
  }

  /** After an edit: the incremental build kept some files, wrote some, and its output equals a full build's. */
  private void check(String what, boolean somethingKept) throws IOException {
    String progress = incremental();
    Matcher m = Pattern.compile("([\\d,]+) written, ([\\d,]+) as they were, ([\\d,]+) deleted").matcher(progress);
    assertTrue(m.find(), what + ": an incremental build: " + progress);
    if (somethingKept) assertTrue(Integer.parseInt(m.group(2).replace(",", "")) > 0, what + ": kept files: " + progress);
    Path full = full();
    assertSameTree(what, full.resolve("site"), tmp.resolve("site"));
    assertArrayEquals(Files.readAllBytes(full.resolve("index").resolve(Manifest.FILE)),
        Files.readAllBytes(tmp.resolve("index").resolve(Manifest.FILE)), what + ": manifests");
    assertEquals(storedDocuments(full.resolve("index")), storedDocuments(tmp.resolve("index")), what + ": index");
    for (String q : List.of("地域", "定住自立圏", "協力隊", "交付金", "過疎")) {
      assertEquals(Fixtures.run("search", "--json", "--index", full.resolve("index").toString(), q).out(),
          Fixtures.run("search", "--json", "--index", tmp.resolve("index").toString(), q).out(), what + ": search " + q);
    }
  }

  @Test
  void everyStepEqualsAFullBuild() throws IOException {
    content = Fixtures.copy(Path.of("content"), tmp.resolve("content"));
    judgit = Fixtures.copy("judgit", tmp.resolve("judgit"));
    templates = Files.createDirectories(tmp.resolve("templates"));
    incremental(); // the first build: nothing to start from
    check("nothing changed", true);

    edit(content.resolve("documents/2008-hatoyama-plan.md"), "プランの柱は次の三つである。",
        "プランの柱は次の三つである。地域おこし協力隊と定住自立圏推進費にもふれる。");

    Files.writeString(content.resolve("documents/2026-atarashii-keikaku.md"), """
        ---
        title: 新しい計画（テスト）
        ministry: soumu
        fiscal_year: 2026
        date: 2026-08-31
        kind: 概算要求
        ---
        # 新しい計画

        過疎地域等自立活性化推進事業を拡充する。
        """);
    check("a document's body and a new document", true);

    edit(content.resolve("budget/2008.csv"), "８５，２５９千円", "９５，２５９千円");

    append(content.resolve("budget/2012.csv"), "平成24年度,soumu,新しい試行事業,当初,3億円,新規,,\n");

    dropLastLine(content.resolve("budget/2007.csv"));
    check("budget rows: an amount, a new row, a row removed", true);

    Files.delete(content.resolve("documents/2026-atarashii-keikaku.md"));

    try (Stream<Path> sheets = Files.walk(judgit.resolve("data/2023"))) {
      for (Path p : sheets.filter(Files::isRegularFile).toList()) edit(p, "地域の資源と資金", "地域の資源と資本");
    }
    try (Stream<Path> sheets = Files.walk(judgit.resolve("data/2021"))) {
      for (Path p : sheets.filter(Files::isRegularFile).toList()) Files.delete(p);
    }
    check("a document removed, a review sheet's text, a sheet removed", true);

    Files.createDirectories(templates.resolve("assets"));
    Files.writeString(templates.resolve("assets/extra.css"), "body { margin: 0 }\n");
    String document;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("site-templates/document.ftlh")) {
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(templates.resolve("document.ftlh"), document + "<#-- edited -->\n<p>テンプレートを変えた</p>\n");
    check("an asset added, a template", true);

    edit(content.resolve("ministries.yml"), "name: 国土交通省", "name: 国土交通省（テスト）");

    edit(content.resolve("site.yml"), "description: ", "description: 変えた説明 ");
    check("a ministry renamed, site.yml", false);
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " has " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static void append(Path file, String line) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, (text.endsWith("\n") ? text : text + "\n") + line, StandardCharsets.UTF_8);
  }

  private static void dropLastLine(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.remove(lines.size() - 1);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Same folders, same files, same bytes. */
  private static void assertSameTree(String what, Path expected, Path actual) throws IOException {
    Map<String, String> e = tree(expected);
    Map<String, String> a = tree(actual);
    assertEquals(e.keySet(), a.keySet(), what + ": the files and folders of the site");
    for (String path : e.keySet()) {
      if (path.endsWith("/")) continue;
      assertArrayEquals(Files.readAllBytes(expected.resolve(path)), Files.readAllBytes(actual.resolve(path)),
          what + ": " + path);
    }
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> !p.equals(root)).forEach(p -> {
        String rel = root.relativize(p).toString();
        out.put(Files.isDirectory(p) ? rel + "/" : rel, "");
      });
    }
    return out;
  }

  /** Every stored field of every document of an index, in document order. */
  private static List<String> storedDocuments(Path index) throws IOException {
    List<String> out = new ArrayList<>();
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      out.add("maxDoc " + r.maxDoc() + " numDocs " + r.numDocs() + " " + r.getIndexCommit().getUserData());
      for (int i = 0; i < r.maxDoc(); i++) {
        StringBuilder sb = new StringBuilder();
        for (IndexableField f : r.storedFields().document(i).getFields()) {
          sb.append(f.name()).append('=').append(f.stringValue() != null ? f.stringValue() : f.numericValue()).append('\n');
        }
        out.add(sb.toString());
      }
    }
    return out;
  }
}
