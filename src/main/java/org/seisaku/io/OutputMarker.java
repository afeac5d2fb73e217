package org.seisaku.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file by which seisaku knows a folder as its own output: {@code .seisaku-output} at the top of the site and of
 * the index. A folder is replaced, and a leftover staging folder deleted, only when it carries this marker (or is
 * an empty folder, or a 0.1 output recognised by its exact layout); never because it holds a file anyone could have
 * ({@code data/programs.json}, {@code segments_1}), as 0.1 did.
 *
 * <pre>
 *   seisaku-output          the first line, exactly
 *   kind: site              site | index
 *   format: 1               this layout of the marker
 *   build: 9f2c…            the build's id: a digest of its input, the same in the site and in the index of one
 *                           build (and in the index's Lucene commit data); "staging" while the folder is written
 * </pre>
 *
 * <p>The marker is made from the input only (no time, no process id), so identical input still gives a
 * byte-identical site.
 */
public record OutputMarker(Kind kind, int format, String build) {
  /** The marker's file name, at the top of the folder. */
  public static final String FILE = ".seisaku-output";
  /** This version's marker layout. */
  public static final int FORMAT = 1;
  /** The build id of a folder still being written. */
  public static final String STAGING = "staging";

  /** What a marked folder holds. */
  public enum Kind {
    SITE,
    INDEX;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public OutputMarker {
    if (kind == null || build == null || build.isBlank() || build.contains("\n")) {
      throw new IllegalArgumentException("a marker needs a kind and a one-line build id: " + kind + " " + build);
    }
  }

  /** The marker's text. */
  public String text() {
    return "seisaku-output\nkind: " + kind.label() + "\nformat: " + format + "\nbuild: " + build + "\n";
  }

  /** Writes the marker into {@code folder}, replacing any there. */
  public void writeInto(Path folder) throws IOException {
    Files.writeString(folder.resolve(FILE), text(), StandardCharsets.UTF_8);
  }

  /**
   * The marker of {@code folder}, if it has one that reads as above; a file that merely has the name, or a
   * marker of another layout, is none.
   */
  public static Optional<OutputMarker> read(Path folder) {
    Path file = folder.resolve(FILE);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 4096) return Optional.empty();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() != 4 || !lines.get(0).equals("seisaku-output")) return Optional.empty();
      Kind kind = switch (value(lines.get(1), "kind")) {
        case "site" -> Kind.SITE;
        case "index" -> Kind.INDEX;
        default -> null;
      };
      int format = Integer.parseInt(value(lines.get(2), "format"));
      String build = value(lines.get(3), "build");
      if (kind == null || build.isBlank()) return Optional.empty();
      return Optional.of(new OutputMarker(kind, format, build));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code folder} carries a marker of this kind. */
  public static boolean marks(Path folder, Kind kind) {
    return read(folder).map(m -> m.kind() == kind).orElse(false);
  }

  private static String value(String line, String key) {
    String prefix = key + ": ";
    if (!line.startsWith(prefix)) throw new IllegalArgumentException(line);
    return line.substring(prefix.length());
  }
}
