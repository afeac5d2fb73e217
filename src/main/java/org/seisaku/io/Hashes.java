package org.seisaku.io;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
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
   * toString()} is megabytes made and thrown away; this digests the same parts through a buffer per thread, given to
   * the digest a few kilobytes at a time (a digest's update of a byte or a short string costs more than the byte).
   */
  public static void addValue(MessageDigest d, Object value) {
    Feed f = FEED.get();
    if (f.digest != null) { // (a value whose toString() digests: a feed of its own)
      Feed inner = new Feed();
      inner.digest = d;
      inner.value(value);
      inner.flush();
      return;
    }
    f.digest = d;
    try {
      f.value(value);
      f.flush();
    } finally {
      f.digest = null;
      f.n = 0;
    }
  }

  private static final ThreadLocal<Feed> FEED = ThreadLocal.withInitial(Feed::new);

  /** The record's components, read through method handles (a reflective call costs more on every component). */
  private static final ClassValue<MethodHandle[]> ACCESSORS = new ClassValue<>() {
    @Override
    protected MethodHandle[] computeValue(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      MethodHandle[] accessors = new MethodHandle[components.length];
      for (int i = 0; i < components.length; i++) {
        Method m = components[i].getAccessor();
        m.setAccessible(true); // a record nested in a class that is not public
        try {
          accessors[i] = MethodHandles.lookup().unreflect(m).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read " + m + " to digest it", e);
        }
      }
      return accessors;
    }
  };

  /** The bytes of a value being digested, gathered and given to the digest a buffer at a time. */
  private static final class Feed {
    final byte[] buf = new byte[8192];
    int n;
    MessageDigest digest;

    void value(Object value) {
      if (value == null) {
        put('n');
      } else if (value instanceof String s) {
        put('s');
        text(s);
      } else if (value instanceof Record r) {
        put('r');
        text(r.getClass().getName());
        for (MethodHandle m : ACCESSORS.get(r.getClass())) {
          Object part;
          try {
            part = m.invokeExact((Object) r);
          } catch (RuntimeException | Error e) {
            throw e;
          } catch (Throwable e) {
            throw new IllegalStateException("cannot read a component of " + r.getClass() + " to digest it", e);
          }
          value(part);
        }
      } else if (value instanceof Collection<?> c) {
        put('c');
        digits(c.size());
        put(':');
        for (Object o : c) value(o);
      } else if (value instanceof Map<?, ?> m) {
        put('m');
        digits(m.size());
        put(':');
        for (Map.Entry<?, ?> e : m.entrySet()) {
          value(e.getKey());
          value(e.getValue());
        }
      } else if (value instanceof Optional<?> o) {
        put('o');
        value(o.orElse(null));
      } else if (value instanceof Enum<?> e) {
        put('e');
        text(e.name());
      } else {
        put('v');
        text(value.toString());
      }
    }

    void put(int b) {
      if (n == buf.length) flush();
      buf[n++] = (byte) b;
    }

    /** A count in decimal digits, without making its string. */
    void digits(int v) {
      if (v >= 10) digits(v / 10);
      put('0' + v % 10);
    }

    /**
     * A string's length in chars and then its characters in UTF-8, as getBytes gives them (a lone surrogate as
     * '?').
     */
    void text(String s) {
      digits(s.length());
      put(':');
      int len = s.length();
      for (int i = 0; i < len; i++) {
        if (buf.length - n < 4) flush();
        char c = s.charAt(i);
        if (c < 0x80) {
          buf[n++] = (byte) c;
        } else if (c < 0x800) {
          buf[n++] = (byte) (0xC0 | c >> 6);
          buf[n++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, s.charAt(++i));
            buf[n++] = (byte) (0xF0 | cp >> 18);
            buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buf[n++] = (byte) (0x80 | cp & 0x3F);
          } else {
            buf[n++] = '?';
          }
        } else {
          buf[n++] = (byte) (0xE0 | c >> 12);
          buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
          buf[n++] = (byte) (0x80 | c & 0x3F);
        }
      }
    }

    void flush() {
      digest.update(buf, 0, n);
      n = 0;
    }
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
