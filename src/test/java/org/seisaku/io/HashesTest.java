package org.seisaku.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HashesTest {
  enum Kind { A, B }

  record Inner(String text, int n, Kind kind) {}

  record Outer(String id, List<Inner> inners, Map<String, Kind> rules, BigDecimal amount) {}

  private static Outer outer(String id, String text) {
    Map<String, Kind> rules = new LinkedHashMap<>();
    rules.put("x", Kind.A);
    return new Outer(id, List.of(new Inner(text, 1, Kind.B), new Inner(null, 2, Kind.A)), rules,
        new BigDecimal("12.50"));
  }

  @Test
  void equalRecordsDigestAlikeAndAnyChangedPartChangesTheDigest() {
    String digest = Hashes.ofValue(outer("p", "地域おこし協力隊"));
    assertEquals(digest, Hashes.ofValue(outer("p", "地域おこし協力隊")));
    assertNotEquals(digest, Hashes.ofValue(outer("p", "地域おこし協力")));
    assertNotEquals(digest, Hashes.ofValue(outer("q", "地域おこし協力隊")));
    Outer other = new Outer("p", outer("p", "地域おこし協力隊").inners(), Map.of("x", Kind.B), new BigDecimal("12.50"));
    assertNotEquals(digest, Hashes.ofValue(other));
    Outer scale = new Outer("p", outer("p", "地域おこし協力隊").inners(), outer("p", "").rules(), new BigDecimal("12.5"));
    assertNotEquals(digest, Hashes.ofValue(scale));
  }

  @Test
  void partsAreDelimitedSoThatMovingCharactersBetweenThemChangesTheDigest() {
    assertNotEquals(Hashes.ofValue(List.of("ab", "c")), Hashes.ofValue(List.of("a", "bc")));
    assertNotEquals(Hashes.ofValue(List.of("a", "b")), Hashes.ofValue(List.of("a b")));
    assertNotEquals(Hashes.ofValue(null), Hashes.ofValue("null"));
    assertNotEquals(Hashes.ofValue(List.of()), Hashes.ofValue(Map.of()));
    assertNotEquals(Hashes.ofValue(Kind.A), Hashes.ofValue("A"));
    assertNotEquals(Hashes.ofValue(new Inner("a", 1, Kind.A)), Hashes.ofValue(List.of("a", 1, Kind.A)));
  }

  @Test
  void longTextIsDigestedWholeAcrossTheEncodersBuffer() {
    char[] many = new char[50_000];
    Arrays.fill(many, '政');
    String a = new String(many);
    many[many.length - 1] = '策';
    String b = new String(many);
    assertNotEquals(Hashes.ofValue(a), Hashes.ofValue(b));
    assertEquals(Hashes.ofValue(a), Hashes.ofValue(new String(a.toCharArray())));
    // the same bytes as the string's UTF-8, behind the tag and the length
    java.security.MessageDigest d = Hashes.sha256();
    d.update((byte) 's');
    d.update("50000:".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    d.update(b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(Hashes.hex(d), Hashes.ofValue(b));
    // characters outside the BMP (𠮷, a surrogate pair) at every offset around the chunks the text is encoded in
    StringBuilder pairs = new StringBuilder("a");
    for (int i = 0; i < 3000; i++) pairs.append(i % 7 == 0 ? "政" : "𠮷");
    for (String s : new String[] {"", "abc", "a政", "政a", "𠮷", pairs.toString(), pairs.substring(1), pairs + "\ud842"}) {
      java.security.MessageDigest e = Hashes.sha256();
      e.update((byte) 's');
      e.update((s.length() + ":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      e.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals(Hashes.hex(e), Hashes.ofValue(s), s);
    }
  }
}
