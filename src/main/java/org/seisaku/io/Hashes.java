package org.seisaku.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests as the build ids and the incremental manifest use them: strings added with their length, so that
 * {@code "ab","c"} and {@code "a","bc"} differ, and the first 16 bytes given in hex.
 *
 * <pre>
 *   MessageDigest d = Hashes.sha256(); Hashes.add(d, "programs/x/index.html"); Hashes.hex(d) → "5d0c3a…" (32 digits)
 *   Hashes.of(bytes) → the same for a file's bytes
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

  /** The digest of a string. */
  public static String of(String s) {
    MessageDigest d = sha256();
    add(d, s);
    return hex(d);
  }
}
