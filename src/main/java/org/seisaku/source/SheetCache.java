package org.seisaku.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.seisaku.diag.Problems;

/**
 * Review sheets as parsed by an earlier build of the same process ({@code serve --watch}), so that a rebuild parses
 * again only the sheets whose files changed. A sheet is taken from the cache when its file has the same size,
 * modification time and file key (inode) as when it was parsed, and the ministries it was parsed against are the
 * same; the problems its parsing reported are reported again. A file modified within {@link #RACY_MS} of being
 * parsed is not kept (a second write in the same clock tick could leave its size and time unchanged).
 *
 * <pre>
 *   SheetCache cache = new SheetCache();
 *   Sources.read(content, sources, problems, cache);   // parses all 14,793 sheets
 *   Sources.read(content, sources, problems, cache);   // parses only those changed since
 * </pre>
 */
public final class SheetCache {
  static final long RACY_MS = 2000;

  private record Stamp(long size, long modified, Object fileKey, String ministries) {}

  private record Entry(Stamp stamp, Optional<SheetParser.Sheet> sheet, Problems problems) {}

  private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

  /** The sheet of {@code file}, from the cache or by {@code parse} (which reports into the problems it is given). */
  Optional<SheetParser.Sheet> get(Path file, String ministries, Problems problems,
      Function<Problems, Optional<SheetParser.Sheet>> parse) {
    Stamp stamp = stamp(file, ministries);
    Entry e = stamp == null ? null : entries.get(file);
    if (e != null && e.stamp().equals(stamp)) {
      problems.addAll(e.problems());
      return e.sheet();
    }
    Problems own = new Problems();
    Optional<SheetParser.Sheet> sheet = parse.apply(own);
    problems.addAll(own);
    if (stamp != null && System.currentTimeMillis() - stamp.modified() > RACY_MS) {
      entries.put(file, new Entry(stamp, sheet, own));
    } else {
      entries.remove(file);
    }
    return sheet;
  }

  /** Forgets the sheets of files not among {@code files} (deleted since). */
  void retain(Collection<Path> files) {
    entries.keySet().retainAll(new java.util.HashSet<>(files));
  }

  /** Sheets kept. */
  public int size() {
    return entries.size();
  }

  private static Stamp stamp(Path file, String ministries) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) return null;
      return new Stamp(a.size(), a.lastModifiedTime().toMillis(), Objects.requireNonNullElse(a.fileKey(), ""), ministries);
    } catch (IOException e) {
      return null;
    }
  }
}
