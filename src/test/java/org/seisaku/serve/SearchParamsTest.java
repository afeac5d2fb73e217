package org.seisaku.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Limits;
import org.seisaku.index.SearchTables;
import org.seisaku.testing.Requirements;

/**
 * The query limits of the one query path ({@code search}, {@code /api/search}) and of search.js: too long or too
 * many words is a usage error naming the limit, only punctuation is an empty query (issue 9, failure 9), and
 * search.js's {@code checkQuery} decides every case as {@link SearchParams#query} does.
 */
class SearchParamsTest {
  @TempDir Path tmp;

  @Test
  void tooManyWordsOrCharactersIsAUsageErrorNamingTheLimit() {
    String words = "a ".repeat(Limits.QUERY_WORDS + 1);
    var e = assertThrows(SearchParams.BadParameterException.class, () -> SearchParams.request(words, null, null, null, null, null));
    assertEquals("query: too many words: " + (Limits.QUERY_WORDS + 1) + " (at most " + Limits.QUERY_WORDS + ")", e.getMessage());
    String chars = "協".repeat(40_000);
    e = assertThrows(SearchParams.BadParameterException.class, () -> SearchParams.request(chars, null, null, null, null, null));
    assertEquals("query: too long: 40,000 characters (at most " + Limits.QUERY_CHARS + ")", e.getMessage());
    // 1,100 terms, as in the issue
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1100; i++) many.append("語").append(i).append(' ');
    assertThrows(SearchParams.BadParameterException.class, () -> SearchParams.query(many.toString()));
  }

  @Test
  void atTheLimitsIsAQuery() {
    String full = ("協力隊 ".repeat(Limits.QUERY_WORDS)).strip();
    assertEquals(full, SearchParams.query("  " + full + "\u3000"));
    String longest = "協".repeat(Limits.QUERY_CHARS);
    assertEquals(longest, SearchParams.query(longest));
    // spaces around do not count; 全角 spaces separate words
    assertEquals("a\u3000b", SearchParams.query(" ".repeat(1000) + "a\u3000b"));
  }

  @Test
  void onlyPunctuationIsAnEmptyQuery() {
    for (String q : List.of("!!!", "「」", "\"", "・、。", "？！ ＃", "-", "--- ...", "\u2605\u2606")) {
      assertEquals("", SearchParams.query(q), q);
      var e = assertThrows(SearchParams.BadParameterException.class, () -> SearchParams.request(q, null, null, null, null, null), q);
      assertTrue(e.getMessage().startsWith("query: '" + q.strip() + "' has nothing to look for"), e.getMessage());
      // with a filter it lists what passes the filter, as an empty query does
      assertEquals("", SearchParams.request(q, null, "2019", null, null, null).query(), q);
    }
    for (String q : List.of("協力隊", "-地域", "a", "2018", "😀", "「協力隊」")) assertEquals(q, SearchParams.query(q), q);
  }

  /** search.js's checkQuery against SearchParams.query, on written and random queries (node; Requirements). */
  @Test
  void javascriptDecidesEveryQueryAsJavaDoes() throws Exception {
    Path node = Requirements.node();
    List<String> queries = new ArrayList<>(List.of("", " ", "協力隊", "!!!", "「」", " a b ", "a\u3000b", "-地域",
        "a ".repeat(Limits.QUERY_WORDS), "a ".repeat(Limits.QUERY_WORDS + 1), "x".repeat(Limits.QUERY_CHARS),
        "x".repeat(Limits.QUERY_CHARS + 1), " ".repeat(300) + "x", "\u2028a\u2029", "\u00A0a\u00A0", "a\u0085b", "\u200Bb"));
    Random random = new Random(9);
    String alphabet = " \u3000\t\n!\"「」・、。ー協力隊ちいきabcXYZ09０９\u00A0\u2000\u2007\u200B\u2028\u3001\uFF01\uFF5E\uD83D\uDE00";
    for (int i = 0; i < 2000; i++) {
      int n = random.nextInt(i % 10 == 0 ? 400 : 40);
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < n; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      queries.add(b.toString());
    }
    StringBuilder cases = new StringBuilder();
    for (String q : queries) cases.append(escape(q)).append('\t').append(escape(outcome(q))).append('\n');
    Path table = tmp.resolve("cases.tsv");
    Files.writeString(table, cases, StandardCharsets.UTF_8);
    Path head = tmp.resolve("head.json");
    new ObjectMapper().writeValue(head.toFile(), SearchTables.of());
    Process p = new ProcessBuilder(node.toString(), "src/test/js/query-limits.test.js", head.toString(), table.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node timed out");
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.startsWith("ok " + queries.size()), out);
  }

  /** "query:" and the text the search runs, or "error". */
  private static String outcome(String q) {
    try {
      return "query:" + SearchParams.query(q);
    } catch (SearchParams.BadParameterException e) {
      return "error";
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '\\') b.append("\\\\");
      else if (c < 0x20 || c > 0x7E) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.toString();
  }
}
