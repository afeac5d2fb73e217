package org.seisaku.index;

import java.util.List;

/**
 * A passage of a hit's text with the matched spans, kept apart from markup so that the CLI, JSON and HTML
 * can each show it their way.
 *
 * @param text the passage, with {@code …} where it was cut
 * @param marks the matched spans in {@code text}, sorted and not overlapping
 */
public record Snippet(String text, List<Span> marks) {
  /** A matched span, {@code start} inclusive, {@code end} exclusive. */
  public record Span(int start, int end) {
    public Span {
      if (start < 0 || end <= start) throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }

  public static final Snippet EMPTY = new Snippet("", List.of());

  public Snippet {
    marks = List.copyOf(marks);
    for (Span s : marks) {
      if (s.end() > text.length()) throw new IllegalArgumentException("span " + s + " beyond text of " + text.length());
    }
  }

  /** The text with each match wrapped in {@code open} and {@code close}: {@code marked("【", "】")}. */
  public String marked(String open, String close) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span s : marks) {
      b.append(text, at, s.start()).append(open).append(text, s.start(), s.end()).append(close);
      at = s.end();
    }
    return b.append(text.substring(at)).toString();
  }

  /** HTML: the text escaped, matches in {@code <mark>}. */
  public String html() {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (Span s : marks) {
      escape(b, text.substring(at, s.start()));
      b.append("<mark>");
      escape(b, text.substring(s.start(), s.end()));
      b.append("</mark>");
      at = s.end();
    }
    escape(b, text.substring(at));
    return b.toString();
  }

  private static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
