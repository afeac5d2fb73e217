package org.seisaku.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Snippets without the highlighter module: the window of {@link #WINDOW} characters holding the most distinct
 * matches, with the matches marked. A match is a query part or one of its words of two characters or more (as the
 * index has them) found as written, width and case folded; the query's character bigrams (as {@code text_bigram} has them) are looked for
 * only when neither is there. Text without a match gives its beginning, unmarked. The text is not analysed again,
 * and the index keeps no term vectors for it: reading a long program's vectors was a tenth of the time of a search
 * with many matches, and a word's surface is where it is marked (a verb's other forms, 要し of 要する, are not).
 */
final class Snippets {
  static final int WINDOW = 120;
  /** Characters of context shown before the first match of the window. */
  static final int LEAD = 20;

  private Snippets() {}

  static Snippet make(String text, List<String> parts, Map<String, Set<String>> terms) {
    if (text == null || text.isEmpty()) return Snippet.EMPTY;
    List<String> wanted = new ArrayList<>(parts);
    // a word of one character found as written is mostly inside other words (隊 of 協力隊 in 隊員): only a part marks it
    for (String w : terms.getOrDefault(Fields.TEXT, Set.of())) if (w.codePointCount(0, w.length()) > 1) wanted.add(w);
    List<Snippet.Span> spans = literal(text, wanted);
    if (spans.isEmpty()) spans = literal(text, List.copyOf(terms.getOrDefault(Fields.TEXT_BIGRAM, Set.of())));
    spans = merge(spans);
    return window(text, spans);
  }

  /**
   * Where the query's parts or words occur as written, width and case folded (協力隊 inside 協力隊員, which the
   * words 協力/隊員 would mark only in part).
   */
  static List<Snippet.Span> literal(String text, List<String> parts) {
    List<Snippet.Span> out = new ArrayList<>();
    String folded = fold(text);
    for (String part : parts) {
      String p = fold(part);
      if (p.isEmpty()) continue;
      for (int i = folded.indexOf(p); i >= 0; i = folded.indexOf(p, i + p.length())) {
        out.add(new Snippet.Span(i, i + p.length()));
      }
    }
    return out;
  }

  /** Full-width ASCII to ASCII and ASCII to lower case, one char for one, so that offsets stay. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] >= '\uFF01' && c[i] <= '\uFF5E') c[i] = (char) (c[i] - 0xFEE0);
      if (c[i] >= 'A' && c[i] <= 'Z') c[i] = (char) (c[i] + 32);
    }
    return new String(c);
  }

  /** Sorted, overlapping or touching spans joined. */
  static List<Snippet.Span> merge(List<Snippet.Span> spans) {
    List<Snippet.Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Snippet.Span::start).thenComparingInt(Snippet.Span::end));
    List<Snippet.Span> out = new ArrayList<>();
    for (Snippet.Span s : sorted) {
      Snippet.Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && s.start() <= last.end()) {
        out.set(out.size() - 1, new Snippet.Span(last.start(), Math.max(last.end(), s.end())));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** The best window of the text around the spans; newlines shown as spaces. */
  static Snippet window(String text, List<Snippet.Span> spans) {
    int from = 0;
    if (!spans.isEmpty()) {
      int best = -1;
      for (Snippet.Span anchor : spans) {
        int start = Math.max(0, anchor.start() - LEAD);
        Set<String> distinct = new HashSet<>();
        for (Snippet.Span s : spans) {
          if (s.start() >= start && s.end() <= start + WINDOW) distinct.add(text.substring(s.start(), s.end()));
        }
        if (distinct.size() > best) {
          best = distinct.size();
          from = start;
        }
      }
    }
    // a window does not start inside a match: it starts with it
    for (Snippet.Span s : spans) {
      if (s.start() < from && s.end() > from) {
        from = s.start();
        break;
      }
    }
    int to = Math.min(text.length(), from + WINDOW);
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) from--;
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) to++;
    String prefix = from > 0 ? "…" : "";
    String body = text.substring(from, to).replaceAll("[\\r\\n\\t]", " ");
    String suffix = to < text.length() ? "…" : "";
    List<Snippet.Span> marks = new ArrayList<>();
    for (Snippet.Span s : spans) {
      int a = Math.max(s.start(), from);
      int b = Math.min(s.end(), to);
      if (b > a) marks.add(new Snippet.Span(a - from + prefix.length(), b - from + prefix.length()));
    }
    return new Snippet(prefix + body + suffix, marks);
  }
}
