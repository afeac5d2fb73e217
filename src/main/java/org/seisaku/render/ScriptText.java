package org.seisaku.render;

import java.nio.charset.StandardCharsets;

/**
 * A script asset as the site serves it: its comment lines, indentation and blank lines left out (search.js is a
 * third comments, read by people in {@code site-templates/}; a search downloads it). Only what cannot change the
 * program goes: whole lines that are a {@code //} comment, block comments that begin a line and end a line, and the
 * spaces at a line's start; every other line is kept, in order, each on its own line (so automatic semicolon
 * insertion sees the same line breaks). A line can begin inside a string or template only through a backtick or a
 * line ending in a backslash: a script with either is served as it is.
 */
final class ScriptText {
  private ScriptText() {}

  /** The served bytes of the script {@code source} (UTF-8). */
  static byte[] compact(byte[] source) {
    String text = new String(source, StandardCharsets.UTF_8);
    if (text.indexOf('`') >= 0) return source;
    StringBuilder out = new StringBuilder(text.length());
    boolean inBlock = false;
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (t.endsWith("\\")) return source;
      if (inBlock) {
        int end = t.indexOf("*/");
        if (end < 0) continue;
        inBlock = false;
        String rest = t.substring(end + 2).strip();
        if (!rest.isEmpty()) return source; // code after a comment's end: left to the script as it is
        continue;
      }
      if (t.isEmpty() || t.startsWith("//")) continue;
      if (t.startsWith("/*")) {
        int end = t.indexOf("*/", 2);
        if (end < 0) {
          inBlock = true;
          continue;
        }
        if (end + 2 == t.length()) continue;
      }
      out.append(t).append('\n');
    }
    if (inBlock) return source;
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
