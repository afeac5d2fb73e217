package org.seisaku.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.seisaku.io.Workers;

/**
 * Writes the files of a site into one folder: the only code of the renderer that writes a file.
 *
 * <ul>
 *   <li>Safe paths: every path goes through {@link SafePaths#resolve}, so nothing lands outside the folder.
 *   <li>One output per path: a second file for a path already written is a programming error
 *       ({@link IllegalStateException} naming the path), never a silent overwrite.
 *   <li>Parallel: {@link #writeAll} renders and writes the pages with {@link Workers} (one per core); each page goes
 *       to its own file, so the bytes do not depend on the order the threads run in; a failure stops every worker
 *       before {@link #writeAll} throws it, so the caller can delete the folder without racing them.
 *   <li>Progress: {@link #written()} counts the files written so far, for any thread to read while it runs.
 * </ul>
 *
 * <pre>
 *   PageWriter w = new PageWriter(staging, templates);
 *   w.writeAll(pages);      // programs/teijuu/index.html … in parallel
 *   w.written()             → 18,210
 * </pre>
 */
public final class PageWriter {
  private final Path out;
  private final Templates templates;
  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private final LongAdder written = new LongAdder();

  /** Writes into {@code out} (created when missing), rendering template pages with {@code templates}. */
  public PageWriter(Path out, Templates templates) {
    this.out = out;
    this.templates = templates;
  }

  /** Files written so far by this writer. */
  public long written() {
    return written.sum();
  }

  /**
   * Renders and writes every page, in parallel.
   *
   * @throws IOException if a file cannot be written
   * @throws IllegalStateException if a template fails or two pages share a path
   */
  public void writeAll(List<Page> pages) throws IOException {
    Workers.forEach(pages, this::write); // the first failure stops every worker before it is thrown
  }

  /** Renders and writes one page. */
  public void write(Page page) throws IOException {
    write(page.path(), page.body().render(templates));
  }

  /** Writes bytes to a path relative to the folder. */
  public void write(String relative, byte[] bytes) throws IOException {
    if (!paths.add(relative)) throw new IllegalStateException("two outputs for one path: " + relative);
    Path p = SafePaths.resolve(out, relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    written.increment();
  }
}
