package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The held-out documents of {@link ImportEvaluationTest}, damaged as a PDF-to-text tool damaged the seeds
 * ({@code ../shared/seeds/README.md}): on 30 % of their lines (drawn with a seed per document), every glyph printed
 * twice (「子子 どど もも」, seed 000 line 329), every text run printed twice (「…交付金…交付金 （予算額６２億円）（予算額
 * ６２億円）」, line 499), the letters of the first run spaced apart (「市 町 村 分 ２，５００億円程度」, line 113), or
 * the whole line twice (lines 430–432).
 * Line numbers stay, so the gold lists score the damaged text as they score the clean one.
 *
 * <p>Measured when written (2026-12-03): before the repairs this test came with, 61, 27, 8 and 30 of the 69 documents
 * scored below 1.00/1.00 under the four kinds of damage; after, 0, 1, 0 and 1 (env-hosei-2024, which is damaged
 * already: its doubled name damaged again is four glyphs each).
 */
class DamagedImportTest {
  static final double SHARE = 0.3;
  private static final Pattern RUN = Pattern.compile("[^\\s\u3000]+|[\\s\u3000]+");
  private static final Pattern FIRST_RUN = Pattern.compile("^([\\s\u3000]*)([^\\s\u3000]+)");

  /** 「子ども」 → 「子子 どど もも」: each glyph twice, the pairs apart. */
  static String glyphsTwice(String line) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000') {
        b.append(c);
        continue;
      }
      if (b.length() > 0 && !Character.isWhitespace(b.charAt(b.length() - 1)) && b.charAt(b.length() - 1) != '\u3000') {
        b.append(' ');
      }
      b.append(c).append(c);
    }
    return b.toString();
  }

  /** 「地域交付金 （6億円）」 → 「地域交付金地域交付金 （6億円）（6億円）」: each run between spaces twice. */
  static String runsTwice(String line) {
    StringBuilder b = new StringBuilder();
    Matcher m = RUN.matcher(line);
    while (m.find()) {
      String r = m.group();
      boolean space = Character.isWhitespace(r.charAt(0)) || r.charAt(0) == '\u3000';
      b.append(space ? r : r + r);
    }
    return b.toString();
  }

  /** 「市町村分 2,500億円」 → 「市 町 村 分 2,500億円」: the first run's glyphs apart (a run of up to 12). */
  static String firstRunSpaced(String line) {
    Matcher m = FIRST_RUN.matcher(line);
    if (!m.find() || m.group(2).length() > 12) return line;
    return m.group(1) + String.join(" ", m.group(2).split("")) + line.substring(m.end());
  }

  static UnaryOperator<String> damage(String kind) {
    return switch (kind) {
      case "glyphs" -> DamagedImportTest::glyphsTwice;
      case "runs" -> DamagedImportTest::runsTwice;
      case "spaced" -> DamagedImportTest::firstRunSpaced;
      case "line" -> line -> line.strip() + line.strip();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"glyphs", "runs", "spaced", "line"})
  void heldOutDocumentsDamagedAsTheSeedsAreKeepTheirItems(String kind, @TempDir Path dir) throws IOException {
    UnaryOperator<String> damage = damage(kind);
    List<String> names = ImportEvaluationTest.HELDOUT_FLOORS.keySet().stream().sorted().toList();
    List<String> failures = new ArrayList<>();
    double precision = 0;
    double recall = 0;
    System.out.println("import on held-out documents, 30 % of the lines damaged (" + kind + "):");
    for (String name : names) {
      Path clean = ImportEvaluationTest.GOLD.resolve("heldout/" + name + ".txt");
      Random r = new Random(name.hashCode());
      List<String> out = new ArrayList<>();
      for (String line : Files.readAllLines(clean, StandardCharsets.UTF_8)) {
        out.add(line.isBlank() || r.nextDouble() >= SHARE ? line : damage.apply(line));
      }
      Path damaged = Files.write(dir.resolve(name + ".txt"), out, StandardCharsets.UTF_8);
      GoldList.Score s = ImportEvaluationTest.evaluate(name, damaged,
          ImportEvaluationTest.GOLD.resolve("heldout/" + name + ".tsv"), new double[] {0.7, 0.7}, failures);
      precision += s.precision();
      recall += s.recall();
    }
    precision /= names.size();
    recall /= names.size();
    System.out.printf("  mean precision %.3f, recall %.3f%n", precision, recall);
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    assertTrue(precision >= 0.98 && recall >= 0.98, kind + ": mean precision " + precision + ", recall " + recall);
  }
}
