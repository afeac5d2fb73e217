package org.seisaku.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramTest {
  /**
   * Incremental builds digest a program through its toString (render.InputHashes): it must not depend on the
   * JVM. Map.copyOf iterates in an order salted per JVM, so a rebuild of unchanged content in a new process saw
   * every program as changed and rendered every program and document page again.
   */
  @Test
  void rulesIterateInKeyOrderSoThatAProgramPrintsTheSameInEveryProcess() {
    Map<String, LinkRule> rules = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (int y = 2012; y <= 2023; y++) {
      String key = "judgit:data/" + y + "/総務省/" + (9000 - y) + ".json";
      keys.add(key);
      rules.put(key, y == 2012 ? LinkRule.FIRST : LinkRule.PAST_SHEET);
    }
    Program p = new Program("p", "soumu", List.of(), rules, null);
    assertEquals(keys.stream().sorted().toList(), List.copyOf(p.rules().keySet()));
    StringBuilder expected = new StringBuilder("{");
    for (String k : keys.stream().sorted().toList()) expected.append(expected.length() > 1 ? ", " : "").append(k).append('=').append(rules.get(k));
    assertEquals(expected.append('}').toString(), p.rules().toString());
  }
}
