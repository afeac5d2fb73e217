package org.seisaku.render;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Output paths that cannot leave the output folder: every URL segment made from data (a program id, a
 * document slug, a ministry id) must be lower-case ASCII letters, digits and '-', and every resolved path
 * is checked to lie inside the output folder.
 *
 * <pre>
 *   segment("judgit-2019-soumu-0020") → judgit-2019-soumu-0020
 *   segment("../etc"), segment("a/b"), segment("総務"), segment("") → IllegalArgumentException
 * </pre>
 */
public final class SafePaths {
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");

  private SafePaths() {}

  /** Whether {@code s} may be used as a URL segment. */
  public static boolean isSafe(String s) {
    return s != null && SEGMENT.matcher(s).matches();
  }

  /**
   * Returns {@code s} if it may be used as a URL segment.
   *
   * @param what what the segment names, for the message ("program id")
   * @throws IllegalArgumentException naming the value otherwise
   */
  public static String segment(String what, String s) {
    if (!isSafe(s)) {
      throw new IllegalArgumentException("unsafe " + what + " for an output path (use a-z, 0-9 and '-'): '" + s + "'");
    }
    return s;
  }

  /**
   * Resolves a '/'-separated relative path under {@code outDir}.
   *
   * @throws IllegalArgumentException if the result would lie outside {@code outDir}
   */
  public static Path resolve(Path outDir, String relative) {
    Path base = outDir.toAbsolutePath().normalize();
    Path p = base.resolve(relative).normalize();
    if (!p.startsWith(base) || p.equals(base) || relative.startsWith("/") || relative.contains("\\")) {
      throw new IllegalArgumentException("output path outside the output folder: '" + relative + "'");
    }
    return p;
  }
}
