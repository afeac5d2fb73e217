package org.seisaku.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a build wrote, for the next build to change only what differs: kept in the index folder (not in the
 * published site) as {@value #FILE}, and committed with the site and the index.
 *
 * <pre>
 *   seisaku-manifest 1
 *   basis 9f2c…                  seisaku's version, the index schema …: a build of another basis starts afresh
 *   build 5d0c…                  the build id, as in the markers of the site and the index
 *   i3a7c… programs/x/index.html one line per file of the site: "i" + the digest of what the page reads
 *   c0b1d… search/p/17.js        or "c" + the digest of the file's bytes (data files, the browser index)
 * </pre>
 *
 * <p>A manifest that does not read exactly so is none (the next build is then a full one).
 *
 * @param files site-relative path → digest, sorted
 */
public record Manifest(String basis, String build, SortedMap<String, String> files) {
  /** The manifest's file name, at the top of the index folder. */
  public static final String FILE = ".seisaku-manifest";
  private static final String HEADER = "seisaku-manifest 1";

  public Manifest {
    if (basis.isBlank() || basis.contains("\n") || build.isBlank() || build.contains("\n")) {
      throw new IllegalArgumentException("basis and build are one word each");
    }
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  /** The manifest in {@code indexDir}, if there is one that reads as above. */
  public static Optional<Manifest> read(Path indexDir) {
    Path file = indexDir.resolve(FILE);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("basis ")
          || !lines.get(2).startsWith("build ")) {
        return Optional.empty();
      }
      SortedMap<String, String> files = new TreeMap<>();
      for (String line : lines.subList(3, lines.size())) {
        int sp = line.indexOf(' ');
        if (sp <= 0 || sp == line.length() - 1) return Optional.empty();
        files.put(line.substring(sp + 1), line.substring(0, sp));
      }
      return Optional.of(new Manifest(lines.get(1).substring(6), lines.get(2).substring(6), files));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Writes the manifest into {@code dir}, replacing any there. */
  public void writeInto(Path dir) throws IOException {
    List<String> lines = new ArrayList<>(files.size() + 3);
    lines.add(HEADER);
    lines.add("basis " + basis);
    lines.add("build " + build);
    files.forEach((path, digest) -> lines.add(digest + " " + path));
    Path file = dir.resolve(FILE);
    Files.deleteIfExists(file);
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
