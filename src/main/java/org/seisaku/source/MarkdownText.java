package org.seisaku.source;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

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
 *
 * <p>{@link #plain} goes the other way, for every reader of a document's text that is not a browser (the search
 * index's stored text and snippets, the browser index's excerpts): Markdown read as CommonMark, its text kept and
 * its markup dropped, so that an escape or a hard break never shows as a stray backslash:
 *
 * <pre>
 *   "実現するもの。\\\n安全で"   → "実現するもの。\n安全で"     (a hard break is a line break, not 「。\ 安」)
 *   "a \\&lt;b\\&gt; \\*c\\*"   → "a &lt;b&gt; *c*"
 *   "本文の[リンク](https://x) と **強調**" → "本文のリンク と 強調"
 *   "# 見出し\n本文"            → "見出し\n\n本文"          (every block a paragraph)
 *   "| a | b |\n|---|---|"      → "a b"
 * </pre>
 */
public final class MarkdownText {
  private static final String ALWAYS = "\\`*_[]<>#|&~!{}";
  private static final java.util.regex.Pattern OUTER_SPACE = java.util.regex.Pattern.compile("^[ \t]+|[ \t]+$");

  /** One CommonMark parser (with tables, as pages render documents), shared by threads. */
  private static final Parser PARSER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    PARSER = Parser.builder(options).build();
  }

  private MarkdownText() {}

  /**
   * The text a reader sees when the Markdown is rendered, without markup: escapes resolved, hard and soft breaks
   * as line breaks, every block a paragraph (a blank line apart), link targets, raw HTML, reference definitions and
   * emphasis marks dropped; table rows as lines, their cells a space apart. Null gives "".
   */
  public static String plain(String markdown) {
    if (markdown == null || markdown.isEmpty()) return "";
    StringBuilder out = new StringBuilder(markdown.length());
    text(PARSER.parse(markdown), out);
    return out.toString().strip();
  }

  private static void text(Node node, StringBuilder out) {
    if (node instanceof Text) {
      out.append(node.getChars().unescape());
    } else if (node instanceof Code c) {
      out.append(c.getText());
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append('\n');
    } else if (node instanceof Image i) {
      out.append(i.getText().unescape());
    } else if (node instanceof AutoLink a) {
      out.append(a.getText());
    } else if (node instanceof HtmlInlineBase || node instanceof HtmlBlockBase || node instanceof Reference
        || node instanceof ThematicBreak || node instanceof TableSeparator) {
      return;
    } else if (node instanceof TableRow) {
      if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') out.append('\n');
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
        if (c != node.getFirstChild()) out.append(' ');
        text(c, out);
      }
    } else if (node instanceof TableCell) {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) text(c, out);
      int end = out.length();
      while (end > 0 && out.charAt(end - 1) == ' ') end--;
      out.setLength(end);
    } else if (node instanceof CodeBlock || (node instanceof Block && !(node.getFirstChild() instanceof Block)
        && node.hasChildren() && !(node instanceof TableRow))) {
      paragraph(out);
      if (node instanceof CodeBlock) out.append(node.getChars());
      else for (Node c = node.getFirstChild(); c != null; c = c.getNext()) text(c, out);
      paragraph(out);
    } else {
      for (Node c = node.getFirstChild(); c != null; c = c.getNext()) text(c, out);
    }
  }

  /** Ends the text so far with a blank line (nothing at the start). */
  private static void paragraph(StringBuilder out) {
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\n')) end--;
    out.setLength(end);
    if (end > 0) out.append("\n\n");
  }

  public static String escape(String plain) {
    String[] lines = plain.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder out = new StringBuilder(plain.length() + 16);
    boolean previousHadText = false;
    for (String raw : lines) {
      String line = OUTER_SPACE.matcher(raw).replaceAll("");
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
