package org.seisaku.source;

/**
 * Turns plain text (a review sheet's 事業目的, 事業概要 …) into Markdown that renders as the same text and can
 * never make markup: every character CommonMark or HTML gives a meaning to is backslash-escaped, and the marks
 * that only count at the start of a line (lists, headings, code indents) are neutralised there.
 *
 * <pre>
 *   a &lt;b&gt; &amp; *c* _d_ #e   → a \&lt;b\&gt; \&amp; \*c\* \_d\_ \#e
 *   "- item" / "1. item"     → "\- item" / "1\. item"   (not a list)
 *   "    code"               → "code"                  (no indented code block; a full-width indent stays)
 *   "line1\nline2"           → "line1\\\nline2"        (a hard line break, as the sheet breaks it)
 *   "para1\n\npara2"         → two paragraphs
 * </pre>
 *
 * <p>Full-width marks (＃, ＊, ＜) mean nothing to Markdown and are left alone.
 */
public final class MarkdownText {
  private static final String ALWAYS = "\\`*_[]<>#|&~!{}";

  private MarkdownText() {}

  public static String escape(String plain) {
    String[] lines = plain.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder out = new StringBuilder(plain.length() + 16);
    boolean previousHadText = false;
    for (String raw : lines) {
      String line = raw.replaceAll("^[ \t]+|[ \t]+$", "");
      if (line.isBlank()) {
        if (previousHadText) out.append("\n\n");
        previousHadText = false;
        continue;
      }
      if (previousHadText) out.append("\\\n");
      escapeLine(line, out);
      previousHadText = true;
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') end--;
    return out.substring(0, end);
  }

  private static void escapeLine(String line, StringBuilder out) {
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits)) && line.charAt(digits) < 128) digits++;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean listMark = (i == 0 && (c == '-' || c == '+' || c == '='))
          || (i == digits && digits > 0 && (c == '.' || c == ')'));
      if (ALWAYS.indexOf(c) >= 0 || listMark) out.append('\\');
      out.append(c);
    }
  }
}
