package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MarkdownDepthTest {
  @Test
  void ordinaryMarkdownPasses() {
    assertNull(MarkdownDepth.problem("# 見出し\n\n> 引用\n> > 引用の引用\n\n- 項目\n  - 下の項目\n    1. 番号\n\n**強調** と _強調_\n\n***\n"
        + "*".repeat(500) + "\n- - -\n"));
  }

  @Test
  void nestingPastTheLimitIsReportedAtItsLine() {
    assertEquals("3: Markdown quotes or lists nested 33 deep on one line (at most 32)",
        text(MarkdownDepth.problem("a\n\n" + ">".repeat(33) + " x\n")));
    assertNull(MarkdownDepth.problem(">".repeat(32) + " x\n"));
    assertEquals("1: Markdown quotes or lists nested 40 deep on one line (at most 32)", text(MarkdownDepth.problem("1. ".repeat(40) + "x")));
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < 33; i++) list.append("  ".repeat(i)).append("- x\n");
    assertEquals("33: a Markdown list nested more than 32 deep", text(MarkdownDepth.problem(list.toString())));
    assertEquals("2: a run of 101 '_' (at most 100)", text(MarkdownDepth.problem("ok\n" + "_".repeat(101) + "a")));
  }

  @Test
  void aLineOfAMillionMarkersIsReadWithoutRecursion() {
    assertEquals("1: Markdown quotes or lists nested 1,000,000 deep on one line (at most 32)",
        text(MarkdownDepth.problem(">".repeat(1_000_000))));
    assertNull(MarkdownDepth.problem("*".repeat(1_000_000)), "a thematic break");
  }

  private static String text(Object[] p) {
    return p == null ? null : p[0] + ": " + p[1];
  }
}
