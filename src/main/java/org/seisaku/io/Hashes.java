package org.seisaku.io;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * SHA-256 digests as the build ids and the incremental manifest use them: strings added with their length, so that
 * {@code "ab","c"} and {@code "a","bc"} differ, and the first 16 bytes given in hex.
 *
 * <pre>
 *   MessageDigest d = Hashes.sha256(); Hashes.add(d, "programs/x/index.html"); Hashes.hex(d) → "5d0c3a…" (32 digits)
 *   Hashes.of(bytes) → the same for a file's bytes
 *   Hashes.addValue(d, program) → a record digested component by component, as its toString() would show it
 * </pre>
 */
public final class Hashes {
  private Hashes() {}

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** Adds a string, prefixed by its length in UTF-8 bytes. */
  public static void add(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
    d.update((byte) ':');
    d.update(b);
  }

  /**
   * Adds a value as its {@code toString()} shows it, without making that string: a record component by component
   * (its class's name, then each component: a field added to a record is digested without a change elsewhere), a
   * collection or map element by element in its iteration order, a string's characters in UTF-8, anything else by
   * its {@code toString()}. Each part is tagged and sized, so that no two values digest alike. A program's {@code
   * toString()} is megabytes made and thrown away; this digests the same parts with a buffer per thread.
   */
  public static void addValue(MessageDigest d, Object value) {
    if (value == null) {
      d.update((byte) 'n');
    } else if (value instanceof String s) {
      d.update((byte) 's');
      text(d, s);
    } else if (value instanceof Record r) {
      d.update((byte) 'r');
      Method[] accessors = ACCESSORS.get(r.getClass());
      text(d, r.getClass().getName());
      for (Method m : accessors) {
        try {
          addValue(d, m.invoke(r));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + m + " to digest it", e);
        }
      }
    } else if (value instanceof Collection<?> c) {
      d.update((byte) 'c');
      digits(d, c.size());
      d.update((byte) ':');
      for (Object o : c) addValue(d, o);
    } else if (value instanceof Map<?, ?> m) {
      d.update((byte) 'm');
      digits(d, m.size());
      d.update((byte) ':');
      for (Map.Entry<?, ?> e : m.entrySet()) {
        addValue(d, e.getKey());
        addValue(d, e.getValue());
      }
    } else if (value instanceof Optional<?> o) {
      d.update((byte) 'o');
      addValue(d, o.orElse(null));
    } else if (value instanceof Enum<?> e) {
      d.update((byte) 'e');
      text(d, e.name());
    } else {
      d.update((byte) 'v');
      text(d, value.toString());
    }
  }

  private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected Method[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Method[] accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true); // a record nested in a class that is not public
      }
      return accessors;
    }
  };

  private static final int BUFFER = 8192;
  private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
      .newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
  private static final ThreadLocal<ByteBuffer> BYTES = ThreadLocal.withInitial(() -> ByteBuffer.allocate(BUFFER));
  private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[BUFFER / 4]);

  /** A string's length in chars and then its characters in UTF-8 (as getBytes would give them). */
  private static void text(MessageDigest d, String s) {
    digits(d, s.length());
    d.update((byte) ':');
    ByteBuffer out = BYTES.get().clear();
    if (s.length() <= BUFFER && ascii(s, out.array())) {
      d.update(out.array(), 0, s.length()); // ASCII, the most of what is digested: one pass, one update
      return;
    }
    // through an array: the encoder's loop over a wrapped String goes a character and a byte at a time, through
    // the buffers' get and put (most of the digest's time for Japanese text)
    CharsetEncoder encoder = ENCODER.get().reset();
    char[] chars = CHARS.get();
    CharBuffer in = CharBuffer.wrap(chars);
    int from = 0;
    while (from < s.length()) {
      int to = Math.min(s.length(), from + chars.length);
      // a surrogate pair is never split between chunks: the encoder would take a lone half as malformed
      if (to < s.length() && Character.isHighSurrogate(s.charAt(to - 1))) to--;
      s.getChars(from, to, chars, 0);
      in.limit(to - from).position(0);
      boolean last = to == s.length();
      while (encoder.encode(in, out, last).isOverflow()) drain(d, out);
      from = to;
    }
    while (encoder.flush(out).isOverflow()) drain(d, out);
    drain(d, out);
  }

  private static void drain(MessageDigest d, ByteBuffer out) {
    out.flip();
    d.update(out);
    out.clear();
  }

  /** A count in decimal digits, without making its string. */
  private static void digits(MessageDigest d, int n) {
    if (n >= 10) digits(d, n / 10);
    d.update((byte) ('0' + n % 10));
  }

  /** Copies an ASCII string into {@code bytes}; false at its first other character. */
  private static boolean ascii(String s, byte[] bytes) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) return false;
      bytes[i] = (byte) c;
    }
    return true;
  }

  /** The first 16 bytes of the digest, in hex (the digest is finished). */
  public static String hex(MessageDigest d) {
    return HexFormat.of().formatHex(d.digest(), 0, 16);
  }

  /** The digest of some bytes. */
  public static String of(byte[] bytes) {
    MessageDigest d = sha256();
    d.update(bytes);
    return hex(d);
  }

  /** The digest of a value, as {@link #addValue} adds it. */
  public static String ofValue(Object value) {
    MessageDigest d = sha256();
    addValue(d, value);
    return hex(d);
  }

  /** The digest of a string. */
  public static String of(String s) {
    MessageDigest d = sha256();
    add(d, s);
    return hex(d);
  }
}
