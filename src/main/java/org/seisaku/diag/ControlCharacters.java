package org.seisaku.diag;

import java.util.Locale;

/**
 * Control characters in input text: C0 controls other than tab, line feed and carriage return, DEL, and C1
 * controls (U+0080–U+009F). No title or name means one; they come from damaged files or from someone who wants
 * to break an output (a {@code \x01} in a title made 0.1's feed.xml ill-formed; {@code \e[2J} in a 事業名 cleared
 * the terminal of whoever searched). Readers remove them from one-line values (titles, names, ids, CSV cells) and
 * report each value as a warning, in {@code check} and {@code build} alike; the output layers
 * ({@code encode.XmlText}, {@code encode.TerminalText}) drop them again, whatever reaches them.
 *
 * <pre>
 *   title: "a\x01b"         → "ab", warning: title: control character U+0001 removed
 *   事業名: "\e[2J事業\a"    → "[2J事業", warning: 事業名: control characters U+001B, U+0007 removed
 * </pre>
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** Whether {@code c} is one of the characters removed. */
  public static boolean is(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
  }

  /** Whether the text holds any. */
  public static boolean in(String s) {
    for (int i = 0; i < s.length(); i++) if (is(s.charAt(i))) return true;
    return false;
  }

  /** The text without them (the same string when it has none). */
  public static String remove(String s) {
    if (!in(s)) return s;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) if (!is(s.charAt(i))) b.append(s.charAt(i));
    return b.toString();
  }

  /** {@code title: control characters U+001B, U+0007 removed} (the first 5 named, each once). */
  public static String removed(String what, String s) {
    StringBuilder names = new StringBuilder();
    int n = 0;
    for (int i = 0; i < s.length() && n < 5; i++) {
      char c = s.charAt(i);
      String name = String.format(Locale.ROOT, "U+%04X", (int) c);
      if (!is(c) || names.indexOf(name) >= 0) continue;
      if (n++ > 0) names.append(", ");
      names.append(name);
    }
    return what + ": control character" + (n > 1 ? "s " : " ") + names + (n == 5 ? " …" : "") + " removed";
  }
}
