package org.seisaku.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Outputs of seisaku 0.1, which wrote no {@link OutputMarker}: recognised by their exact layout, so that the first
 * 0.2 build replaces them (and keeps their program ids) while a user's folder that merely has one of their files
 * ({@code data/programs.json} holding {@code []}) is refused.
 *
 * <pre>
 *   isSite01(site/)  → true when the top level holds only 0.1's entries (index.html, 404.html, sitemap.xml, feed.xml,
 *                      assets/, data/, documents/, ministries/, programs/, search/, years/), all of the files among
 *                      them, and data/ holds only 0.1's data files, programs.json and redirects.json among them
 * </pre>
 */
public final class LegacyOutput {
  private static final Set<String> TOP = Set.of("404.html", "assets", "data", "documents", "feed.xml", "index.html",
      "ministries", "programs", "search", "sitemap.xml", "years");
  private static final Set<String> TOP_FILES = Set.of("404.html", "feed.xml", "index.html", "sitemap.xml");
  private static final Set<String> DATA = Set.of("budget.csv", "budget.json", "index.html", "program-keys.json",
      "programs.json", "redirects.json");
  private static final Set<String> DATA_REQUIRED = Set.of("budget.csv", "budget.json", "programs.json", "redirects.json");

  private LegacyOutput() {}

  /** Whether {@code dir} is a site as seisaku 0.1 wrote it (see above). */
  public static boolean isSite01(Path dir) {
    try {
      if (!TOP.containsAll(names(dir))) return false;
      for (String f : TOP_FILES) if (!Files.isRegularFile(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)) return false;
      Path data = dir.resolve("data");
      if (!Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS) || !DATA.containsAll(names(data))) return false;
      for (String f : DATA_REQUIRED) if (!Files.isRegularFile(data.resolve(f), LinkOption.NOFOLLOW_LINKS)) return false;
      return Files.isDirectory(dir.resolve("assets"), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return false;
    }
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
    }
  }
}
