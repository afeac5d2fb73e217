package org.seisaku.render;

import java.nio.file.Path;
import org.seisaku.model.Slug;

/**
 * Output paths that cannot leave the output folder: every URL segment made from data (a program id, a ministry
 * id, a folder of a document slug) follows {@link Slug}'s rule, which the readers enforce as problems (this class
 * only re-checks it), and every resolved path is checked to lie inside the output folder.
 *
 * <pre>
 *   segment("program id", "judgit-2019-soumu-0020") → judgit-2019-soumu-0020
 *   segment(…, "../etc"), segment(…, "a/b"), segment(…, "総務"), segment(…, "") → IllegalArgumentException
 * </pre>
 */
public final class SafePaths {
  private SafePaths() {}

  /** Whether {@code s} may be used as a URL segment. */
  public static boolean isSafe(String s) {
    return Slug.segmentProblem("segment", s).isEmpty();
  }

  /**
   * Returns {@code s} if it may be used as a URL segment.
   *
   * @param what what the segment names, for the message ("program id")
   * @throws IllegalArgumentException naming the value otherwise
   */
  public static String segment(String what, String s) {
    Slug.segmentProblem(what, s).ifPresent(p -> {
      throw new IllegalArgumentException("unsafe output path: " + p);
    });
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
