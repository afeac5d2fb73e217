package org.seisaku.encode;

/**
 * Text for XML 1.0 documents (feed.xml, sitemap.xml, SVG): markup characters escaped, and characters that XML 1.0
 * does not allow at all dropped, so that no content can make a document ill-formed.
 *
 * <pre>
 *   地域 &lt;b&gt; &amp; "x"   → 地域 &amp;lt;b&amp;gt; &amp;amp; &amp;quot;x&amp;quot;
 *   a\u0001b, a\u001Bb       → ab          (C0 controls other than tab, LF, CR: not XML 1.0 characters, even escaped)
 *   a\uFFFEb, a\uD800b       → ab          (U+FFFE, U+FFFF and lone surrogates: likewise)
 *   😀                       → 😀          (a surrogate pair is one allowed character)
 * </pre>
 *
 * <p>Dropped rather than replaced: such a character is never meant to be seen (it comes from a PDF or a
 * terminal), and the pages drop nothing visible. XML 1.0 §2.2: {@code #x9 | #xA | #xD | [#x20-#xD7FF] |
 * [#xE000-#xFFFD] | [#x10000-#x10FFFF]}.
 */
public final class XmlText {
  private XmlText() {}

  /** Whether XML 1.0 allows the code point anywhere in a document. */
  public static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Escaped for element text and attribute values (either quote), with disallowed characters dropped. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) continue; // a lone surrogate
      switch (cp) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (allowed(cp)) sb.appendCodePoint(cp);
        }
      }
    }
    return sb.toString();
  }
}
