package org.seisaku.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void escapeSequencesAreRemovedWhole() {
    // issue 9, failure 2: 事業名 "\e[2J\e]0;…\a" cleared the screen and set the title
    assertEquals("地域事業", TerminalText.clean("地域\u001B[2J\u001B]0;pwned\u0007事業"));
    assertEquals("ab", TerminalText.clean("a\u001B[1;31mb"));
    assertEquals("ab", TerminalText.clean("a\u001B]8;;http://x\u001B\\b"));
    assertEquals("ab", TerminalText.clean("a\u009B31mb"));
    assertEquals("ab", TerminalText.clean("a\u001BPq#0\u001B\\b"));
    assertEquals("ab", TerminalText.clean("a\u001Bcb".replace("cb", "c") + "b"));
  }

  @Test
  void controlsAndBidiOverridesAreRemovedLineBreaksAndTabsKept() {
    assertEquals("ab", TerminalText.clean("a\rb"));
    assertEquals("ab", TerminalText.clean("a\u0007\u0008\u007F\u0085b"));
    assertEquals("ab", TerminalText.clean("a\u202Eb\u2066"));
    assertEquals("a\tb\nc", TerminalText.clean("a\tb\nc"));
  }

  @Test
  void anUnfinishedSequenceEndsAtTheLineBreak() {
    assertEquals("a\nnext", TerminalText.clean("a\u001B]0;never ended\nnext"));
    assertEquals("a\nnext", TerminalText.clean("a\u001B[12\nnext"));
  }

  @Test
  void theWriterCleansAcrossWrites() {
    StringWriter sw = new StringWriter();
    PrintWriter w = TerminalText.writer(sw);
    w.print("x\u001B");
    w.print("[2");
    w.print('J');
    w.println("y\u0007");
    w.printf("%s%n", "z\u001B]0;t\u0007");
    assertEquals("xy" + System.lineSeparator() + "z" + System.lineSeparator(), sw.toString());
    assertTrue(sw.toString().chars().noneMatch(c -> c == 0x1B));
  }
}
