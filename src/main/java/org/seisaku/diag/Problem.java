package org.seisaku.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the input, reported as {@code path:line: message}.
 *
 * <p>{@code path} is as the user would type it (relative to the working directory where possible);
 * {@code line} is 1-based, or 0 when the problem concerns the whole file. Warnings are printed with a
 * {@code warning: } prefix and do not fail {@code check}.
 */
public record Problem(Severity severity, String path, int line, String message) implements Comparable<Problem> {

  /** How serious a problem is: errors fail {@code check} and {@code build} with exit code 1. */
  public enum Severity { ERROR, WARNING }

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path).thenComparingInt(Problem::line)
          .thenComparing(Problem::severity).thenComparing(Problem::message);

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line must be >= 0: " + line);
  }

  public static Problem error(String path, int line, String message) {
    return new Problem(Severity.ERROR, path, line, message);
  }

  public static Problem warning(String path, int line, String message) {
    return new Problem(Severity.WARNING, path, line, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line: message}, or {@code path: message} when no line applies. */
  @Override
  public String toString() {
    String where = line > 0 ? path + ":" + line : path;
    return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + message;
  }

  @Override
  public int compareTo(Problem o) {
    return ORDER.compare(this, o);
  }
}
