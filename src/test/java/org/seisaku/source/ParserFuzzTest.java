package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.seisaku.diag.ControlCharacters;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.ProgramYear;
import org.seisaku.serve.SearchParams;

/**
 * The fuzz suite of issue 9: every parser of input (amount, era year, budget CSV, front matter, Python literal,
 * review-sheet JSON, search query) on random text, on valid samples with random edits and on bombs (a unit
 * repeated up to 100,000 times: brackets, quotes, exponents). For each input: no exception but the parser's own
 * problem type (a {@code FormatException}, a {@code SyntaxException}, a {@code BadParameterException}, or a
 * problem in {@link Problems}); an answer within {@link #GUARD_MILLIS} even on a busy machine (no hang: 0.1 took 40 s on one number);
 * output that keeps the limits (no control character in a title or name, a year within the table, a query
 * within its words and characters). A fixed number of tries per parser, so CI spends the same time each run;
 * the inputs and time per parser are printed at the end.
 */
class ParserFuzzTest {
  static final long GUARD_MILLIS = 10_000;
  static final Ministries MINISTRIES = ministries();
  static final String SHEET = read("src/test/resources/fixtures/judgit/data/2019/総務省/0020.json");
  static final String CSV = read("src/test/resources/fixtures/content/budget/2008.csv");
  static final String DOC = read("src/test/resources/fixtures/content/documents/teijuu/gaiyou.md");
  static final ConcurrentHashMap<String, AtomicLong[]> STATS = new ConcurrentHashMap<>();

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Ministries ministries() {
    return MinistriesReader.parse(read("src/test/resources/fixtures/content/ministries.yml"), "ministries.yml", new Problems());
  }

  /** Runs one input under the guard and counts it. */
  private static <T> T timed(String parser, java.util.concurrent.Callable<T> run) throws Exception {
    long start = System.nanoTime();
    T out = run.call();
    long millis = (System.nanoTime() - start) / 1_000_000;
    AtomicLong[] s = STATS.computeIfAbsent(parser, k -> new AtomicLong[] {new AtomicLong(), new AtomicLong(), new AtomicLong()});
    s[0].incrementAndGet();
    s[1].addAndGet(millis);
    s[2].accumulateAndGet(millis, Math::max);
    assertTrue(millis < GUARD_MILLIS, parser + ": " + millis + " ms for one input");
    return out;
  }

  @AfterContainer
  static void report() {
    STATS.forEach((parser, s) -> System.out.printf("fuzz %-16s %6d inputs, %6d ms in all, slowest %4d ms%n", parser,
        s[0].get(), s[1].get(), s[2].get()));
  }

  // ---- inputs ----

  /** Random text of the alphabet, a sample with a random edit, or a bomb. */
  static Arbitrary<String> hostile(String alphabet, int maxLength, String... samples) {
    Arbitrary<String> random = Arbitraries.strings().withChars(alphabet.toCharArray()).ofMaxLength(maxLength);
    Arbitrary<String> edited = Combinators.combine(Arbitraries.of(samples), random, Arbitraries.integers().between(0, 4000),
        Arbitraries.integers().between(0, 40)).as((s, r, at, cut) -> {
          int i = Math.min(at, s.length());
          return s.substring(0, i) + r + s.substring(Math.min(s.length(), i + cut));
        });
    Arbitrary<String> bomb = Combinators.combine(Arbitraries.of("[", "{", "(", "'", "\"", "[{'a': ", "1e999999999", "9", "\\",
        "平成", "－", "億", "\u0000", "\u001B[2J", "---\n", "\"\"\"", ",", "\n"), Arbitraries.integers().between(1, 100_000),
        Arbitraries.of(samples)).as((unit, n, s) -> s.substring(0, s.length() / 2) + unit.repeat(n) + s.substring(s.length() / 2));
    return Arbitraries.frequencyOf(Tuple.of(4, random), Tuple.of(5, edited), Tuple.of(1, bomb));
  }

  static final String NUMBERS = "0123456789０１２３４５６７８９.,，、-−－△▲+eE億万千百円兆程度約内数事項要求上限 \u3000()（）\u0000\u001B";
  static final String ERAS = "明治大正昭和平成令和元年度HSRMTＨＳＲ0123456789０１２３４５６７８９一二三四五六七八九十百千FYfy.. \u3000";
  static final String JSONISH = "{}[]:,\"'\\ \n0123456789.eE+-truefalsenullNoneTrueFalse事業名公開年度予算当初億\u0000\u001Bu";
  static final String YAMLISH = "-:#'\"[]{}|>&*!%@` \n\ttitle ministry fiscal_year date kind source programs 平成20年度総務省\u0001\u001B\\x";
  static final String CSVISH = ",\"\n\r '=+-@平成20年度総務省当初補正億円千円新規\u0000\u001B\uFEFF";
  static final String QUERYISH = " \u3000\"「」-!?・、。協力隊地域おこしちいきabcH30平成30年度2018..2019\u0001\u001B\uD83D\uDE00";

  @Provide
  Arbitrary<String> amounts() {
    return hostile(NUMBERS, 150, "3.7億円", "１，５００億円程度", "△0.5億円", "85,259千円", "事項要求", "1億円の内数", "-3億円");
  }

  @Provide
  Arbitrary<String> years() {
    return hostile(ERAS, 40, "平成20年度", "H20", "令和元年度", "2008", "Ｈ２０", "昭和64年", "平成三十年度");
  }

  @Provide
  Arbitrary<String> literals() {
    return hostile(JSONISH, 200, "[{'年度': 2020, '当初予算': 400.0, '補正予算': None}]", "{'a': [1, 2.5e3, -4, 'x']}",
        "[[[]]]", "'\\u3042'", "True");
  }

  @Provide
  Arbitrary<String> sheets() {
    return hostile(JSONISH, 300, SHEET);
  }

  @Provide
  Arbitrary<String> frontMatter() {
    return hostile(YAMLISH, 300, DOC, "---\ntitle: x\n---\n", "---\ntitle: &a [*a]\n---\n");
  }

  @Provide
  Arbitrary<String> csvs() {
    return hostile(CSVISH, 300, CSV);
  }

  @Provide
  Arbitrary<String> queries() {
    return hostile(QUERYISH, 400, "協力隊", "\"地域おこし\" 平成30年度", "-地域 2018..2019");
  }

  // ---- properties ----

  @Property(tries = 3000)
  void amount(@ForAll("amounts") String s) throws Exception {
    Optional<Amount> a = timed("amount", () -> {
      try {
        return Optional.of(Amount.parse(s));
      } catch (Amount.FormatException e) {
        assertShort(e.getMessage());
        return Optional.empty();
      }
    });
    a.ifPresent(x -> assertTrue(x.yen() == null || Math.abs(x.yen()) < 1e19, s));
  }

  @Property(tries = 3000)
  void eraYear(@ForAll("years") String s) throws Exception {
    Optional<FiscalYear> y = timed("era year", () -> FiscalYear.parse(s));
    y.ifPresent(x -> assertTrue(x.year() >= FiscalYear.MIN && x.year() <= FiscalYear.MAX, s));
  }

  @Property(tries = 1500)
  void pythonLiteral(@ForAll("literals") String s) throws Exception {
    timed("Python literal", () -> {
      try {
        return PythonLiteral.parse(s).toString(); // the tree is whole: it serialises
      } catch (PythonLiteral.SyntaxException e) {
        assertShort(e.getMessage());
        return null;
      }
    });
  }

  @Property(tries = 600)
  void sheetJson(@ForAll("sheets") String s) throws Exception {
    Problems problems = new Problems();
    Optional<SheetParser.Sheet> sheet = timed("sheet JSON",
        () -> new SheetParser(MINISTRIES).parse(s.getBytes(StandardCharsets.UTF_8), "data/2019/総務省/0020.json", "0020.json", problems));
    assertProblemsShort(problems);
    sheet.ifPresent(x -> {
      assertFalse(ControlCharacters.in(x.name()), x.name());
      assertTrue(x.name().length() <= Limits.NAME_CHARS);
    });
  }

  @Property(tries = 800)
  void frontMatter(@ForAll("frontMatter") String s) throws Exception {
    Problems problems = new Problems();
    Optional<Document> d = timed("front matter",
        () -> DocumentReader.parse(s, "documents/x.md", "content/documents/x.md", MINISTRIES, problems));
    assertProblemsShort(problems);
    d.ifPresent(x -> {
      assertFalse(ControlCharacters.in(x.title()) || ControlCharacters.in(x.markdown()), x.title());
      assertTrue(x.title().length() <= Limits.NAME_CHARS);
    });
  }

  @Property(tries = 800)
  void budgetCsv(@ForAll("csvs") String s) throws Exception {
    Problems problems = new Problems();
    List<ProgramYear> rows = timed("budget CSV", () -> BudgetCsvReader.parse(s, "budget/x.csv", "content/budget/x.csv", MINISTRIES, problems));
    assertProblemsShort(problems);
    for (ProgramYear p : rows) {
      assertFalse(ControlCharacters.in(p.name()), p.name());
      assertTrue(p.name().length() <= Limits.NAME_CHARS);
    }
  }

  @Property(tries = 3000)
  void query(@ForAll("queries") String q) throws Exception {
    timed("query", () -> {
      try {
        String run = SearchParams.request(q, null, null, null, null, MINISTRIES).query();
        assertTrue(run.length() <= Limits.QUERY_CHARS, run);
        assertTrue(run.isEmpty() || run.strip().split("\\s+").length <= Limits.QUERY_WORDS, run);
      } catch (SearchParams.BadParameterException e) {
        assertTrue(e.getMessage().startsWith("query: "), e.getMessage());
        assertShort(e.getMessage());
      }
      return null;
    });
  }

  private static void assertShort(String message) {
    assertTrue(message == null || message.length() < 600, () -> "a short message: " + message.substring(0, 300));
  }

  private static void assertProblemsShort(Problems problems) {
    for (Problem p : problems.sorted()) assertShort(p.toString());
  }
}
