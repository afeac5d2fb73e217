package org.seisaku.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinkNamesTest {
  @Test
  void normalise() {
    assertEquals("地域経済循環の創造の推進に要する経費", Names.normalise("「地域経済循環の創造」の推進に要する経費"));
    assertEquals("ict地域活性化事業", Names.normalise("ＩＣＴ地域活性化\n事業"));
    assertEquals("地域活性化センター運営事業", Names.normalise("地域活性化センター（仮称）運営事業"));
    assertEquals("選挙制度等の整備に要する経費", Names.normalise("選挙制度等の整備　に要する\r\n経費"));
    assertEquals("g7デジタル大臣会合", Names.normalise("『Ｇ７デジタル大臣会合』"));
    assertEquals("", Names.normalise(null));
  }

  @Test
  void dice() {
    assertEquals(1.0, Names.dice("火災予防の推進", "火災予防の推進"));
    assertEquals(0.0, Names.dice("火災予防", "選挙制度"));
    // 火災予防対策の推進 (8 bigrams) and 火災予防の推進 (6): 火災 災予 予防 の推 推進 shared → 2*5/14
    assertEquals(10.0 / 14, Names.dice("火災予防対策の推進", "火災予防の推進"), 1e-9);
  }
}
