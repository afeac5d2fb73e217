package org.seisaku.model;

/**
 * Where a fact came from: the source ({@code content}, {@code judgit} …), the input file relative to that
 * source's root (for a review sheet {@code data/2019/総務省/0020.json}), the 1-based line (0 if none) and,
 * for JSON, the path inside the file ({@code 予算[2].当初予算}; null if none).
 */
public record Provenance(String source, String path, int line, String pointer) {
  public Provenance {
    if (source == null || source.isEmpty()) throw new IllegalArgumentException("source is required");
    if (path == null || path.isEmpty()) throw new IllegalArgumentException("path is required");
    if (line < 0) throw new IllegalArgumentException("line must be >= 0");
  }

  public static Provenance ofLine(String source, String path, int line) {
    return new Provenance(source, path, line, null);
  }

  public Provenance withPointer(String pointer) {
    return new Provenance(source, path, line, pointer);
  }

  /** {@code content:budget/2008.csv:12} or {@code judgit:data/2019/総務省/0020.json#予算[2].当初予算}. */
  @Override
  public String toString() {
    return source + ":" + path + (line > 0 ? ":" + line : "") + (pointer != null ? "#" + pointer : "");
  }
}
