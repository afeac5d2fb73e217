package org.seisaku.source;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seisaku.diag.Limits;

/**
 * How deep a Markdown body nests, checked before anything parses it: the Markdown parser (flexmark) recurses once per
 * level of quotes, lists and emphasis, so a body of 20,000 {@code >} or a list 1,500 levels deep overflowed the
 * stack of the index and render stages. Read line by line, by the same reader for {@code check} and {@code build}.
 *
 * <pre>
 *   MarkdownDepth.problem(body) → null, or {line within the body (1-based), message}
 *   > > > … (33 levels)          quotes nested 33 deep on one line (at most 32); also 「> - > - …」, 「1. 1. …」
 *   - a / ··- b / ····- c …       a list nested 33 deep (at most 32)
 *   ****…a****… (a run of 101)    a run of 101 '*' (at most 100)
 * </pre>
 */
public final class MarkdownDepth {
  /** The longest run of one emphasis character inside a line (a line of them alone is a thematic break). */
  public static final int DELIMITER_RUN = 100;

  private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)(?:[-*+]|[0-9]{1,9}[.)])(?:[ \\t]|$)");
  private static final Pattern RUN = Pattern.compile("\\*{" + (DELIMITER_RUN + 1) + ",}|_{" + (DELIMITER_RUN + 1)
      + ",}|~{" + (DELIMITER_RUN + 1) + ",}");

  private MarkdownDepth() {}

  /** The first line that nests deeper than {@link Limits#NESTING} (or has too long a run), and why; null if none. */
  public static Object[] problem(String body) {
    String[] lines = body.split("\n", -1);
    Deque<Integer> lists = new ArrayDeque<>(); // the indentations of the open list items
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int depth = rule(line) ? 0 : containers(line);
      if (depth > Limits.NESTING) return new Object[] {i + 1, String.format(Locale.ROOT,
          "Markdown quotes or lists nested %,d deep on one line (at most %d)", depth, Limits.NESTING)};
      Matcher item = LIST_ITEM.matcher(line);
      if (item.lookingAt()) {
        int indent = width(item.group(1));
        while (!lists.isEmpty() && lists.peek() >= indent) lists.pop();
        lists.push(indent);
        if (lists.size() > Limits.NESTING) return new Object[] {i + 1, String.format(Locale.ROOT,
            "a Markdown list nested more than %d deep", Limits.NESTING)};
      }
      if (!rule(line)) {
        Matcher run = RUN.matcher(line);
        if (run.find()) return new Object[] {i + 1, String.format(Locale.ROOT, "a run of %,d '%s' (at most %d)",
            run.group().length(), run.group().substring(0, 1), DELIMITER_RUN)};
      }
    }
    return null;
  }

  /** Whether a line is one character of {@code *_~-} repeated, spaces between: a thematic break, no emphasis. */
  private static boolean rule(String line) {
    char c = 0;
    for (int k = 0; k < line.length(); k++) {
      char x = line.charAt(k);
      if (x == ' ' || x == '\t') continue;
      if ("*_~-".indexOf(x) < 0 || (c != 0 && x != c)) return false;
      c = x;
    }
    return c != 0;
  }

  /**
   * The quote and list markers a line starts with, one inside the other (「> - > - x」, 「1. 1. 1. x」), each after up
   * to three spaces; read by hand, since a regular expression of repeated groups recurses as deep as the line.
   */
  private static int containers(String line) {
    int depth = 0;
    int k = 0;
    int n = line.length();
    while (true) {
      int spaces = 0;
      while (k < n && spaces < 3 && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
        k++;
        spaces++;
      }
      if (k >= n) return depth;
      char c = line.charAt(k);
      int next;
      if (c == '>') {
        next = k + 1;
      } else if (c == '-' || c == '*' || c == '+') {
        next = k + 1;
        if (next < n && line.charAt(next) != ' ' && line.charAt(next) != '\t') return depth;
      } else {
        int d = k;
        while (d < n && d - k < 9 && Character.isDigit(line.charAt(d)) && line.charAt(d) < 128) d++;
        if (d == k || d >= n || (line.charAt(d) != '.' && line.charAt(d) != ')')) return depth;
        next = d + 1;
        if (next < n && line.charAt(next) != ' ' && line.charAt(next) != '\t') return depth;
      }
      depth++;
      k = next;
    }
  }

  private static int width(String indent) {
    int w = 0;
    for (int k = 0; k < indent.length(); k++) w += indent.charAt(k) == '\t' ? 4 - w % 4 : 1;
    return w;
  }
}
