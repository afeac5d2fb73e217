package org.seisaku.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the case tables shared by the Java and the JavaScript tests ({@code src/test/resources/**.tsv}; the
 * JavaScript side is {@code src/test/js/tables.js}): lines {@code input<TAB>expected}, {@code #} comments, escapes
 * {@code \t \n \r \\ \\uXXXX}.
 */
public final class Tables {
  private Tables() {}

  public static List<String[]> read(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) continue;
      int tab = line.indexOf('\t');
      if (tab < 0) continue;
      rows.add(new String[] {unescape(line.substring(0, tab)), unescape(line.substring(tab + 1))});
    }
    return rows;
  }

  static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 't' -> sb.append('\t');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }
}
