package org.seisaku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.seisaku.testing.Requirements;

/** Runs a JavaScript test under node; without node the calling test skips outside CI and fails under CI. */
final class NodeRunner {
  private NodeRunner() {}

  /** Runs {@code node script args…} from the project directory and fails with its output unless it exits 0. */
  static String run(String script, String... args) throws IOException, InterruptedException {
    Path node = Requirements.node();
    List<String> command = new ArrayList<>(List.of(node.toString(), script));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "node timed out");
    String output = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  /** Reads a test table: lines {@code input<TAB>expected}, # comments, escapes \t \n \r \\ \\uXXXX. */
  static List<String[]> table(Path file) throws IOException {
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
