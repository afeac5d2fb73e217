package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Requirements;

/** The served copy of a script: comment lines and indentation out, every line of code kept. */
class ScriptTextTest {
  @TempDir Path tmp;

  private static String compact(String s) {
    return new String(ScriptText.compact(s.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  @Test
  void commentLinesAndIndentationGoCodeStays() {
    String in = "/*\n * doc\n */\n(function () {\n  // a note\n\n  var u = 'http://x/*y*/'; // kept: code before it\n"
        + "  /** one line */\n  var r = /\\/\\/*a/g;\n  /* a */ var k = 1;\n  return u\n    + r;\n})();\n";
    assertEquals("(function () {\nvar u = 'http://x/*y*/'; // kept: code before it\nvar r = /\\/\\/*a/g;\n"
        + "/* a */ var k = 1;\nreturn u\n+ r;\n})();\n", compact(in));
  }

  @Test
  void aScriptWhoseLinesMayBeginInsideAStringIsServedAsItIs() {
    for (String s : new String[] {"var a = `x\n// not a comment\n`;\n", "var a = 'x\\\n// in the string';\n",
        "/* open\n*/ var a = 1;\n", "/* never closed\n"}) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(b, ScriptText.compact(b), s);
    }
  }

  /** search.js served compacted still parses and exports the same API (node; Requirements). */
  @Test
  void searchJsCompactedRuns() throws Exception {
    Path node = Requirements.node();
    Path original = Path.of("site-templates/assets/search.js");
    Path served = tmp.resolve("search.js");
    Files.write(served, ScriptText.compact(Files.readAllBytes(original)));
    assertTrue(Files.size(served) < Files.size(original) * 0.8, "comments out: " + Files.size(served));
    String check = "const a = require(process.argv[1]), b = require(process.argv[2]);"
        + "const k = (m) => Object.keys(m).sort().join();"
        + "if (k(a) !== k(b)) throw new Error(k(a) + ' / ' + k(b));"
        + "const q = '協力隊 ＩＣＴ 平成20年度'; if (JSON.stringify(a.parse(q)) !== JSON.stringify(b.parse(q))) throw new Error('parse');"
        + "console.log('ok');";
    Process p = new ProcessBuilder(node.toString(), "-e", check, original.toAbsolutePath().toString(), served.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "node timed out");
    assertEquals("ok\n", out);
  }
}
