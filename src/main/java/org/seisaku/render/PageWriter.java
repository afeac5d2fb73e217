package org.seisaku.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.seisaku.io.FileSink;
import org.seisaku.io.Hashes;
import org.seisaku.io.Manifest;
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
 *   <li>Manifest: every file gets a digest ({@link #outputs}): a page the digest of what it reads
 *       ({@link InputHashes#page}), any other file that of its bytes. Given the previous build's {@link Manifest}
 *       and the folder it was published in, a file whose digest is unchanged and which is still there is
 *       <em>kept</em>: not rendered, not written (an incremental build writes only what changed).
 *   <li>Progress: {@link #written()} counts the files written so far, for any thread to read while it runs.
 * </ul>
 *
 * <pre>
 *   PageWriter w = new PageWriter(staging, templates);
 *   w.writeAll(pages);      // programs/teijuu/index.html … in parallel
 *   w.written()             → 18,210
 * </pre>
 */
public final class PageWriter implements FileSink {
  private final Path out;
  private final Templates templates;
  /** Null once {@link #pagesDone}: it holds what the pages were made from. */
  private volatile Function<Page, String> pageDigest;
  private final boolean digestByReads;
  private volatile boolean pagesDone;
  private final Manifest previous;
  private final Path published;
  private final Set<String> paths = ConcurrentHashMap.newKeySet();
  private final SortedMap<String, String> outputs = new ConcurrentSkipListMap<>();
  private final LongAdder written = new LongAdder();
  private final LongAdder kept = new LongAdder();

  /** Writes every file into {@code out} (created when missing), rendering template pages with {@code templates}. */
  public PageWriter(Path out, Templates templates) {
    this(out, templates, null, null, null);
  }

  /**
   * @param pageDigest the digest of what a page reads, or null to digest pages by their bytes
   * @param previous the manifest of the site published in {@code published}, or null to write every file
   */
  PageWriter(Path out, Templates templates, Function<Page, String> pageDigest, Manifest previous, Path published) {
    this.out = out;
    this.templates = templates;
    this.pageDigest = pageDigest;
    this.digestByReads = pageDigest != null;
    this.previous = previous;
    this.published = published;
  }

  /** Files written so far by this writer. */
  public long written() {
    return written.sum();
  }

  /** Files kept as the previous build wrote them. */
  public long kept() {
    return kept.sum();
  }

  /** Every file of the site, written or kept: path → digest ("i…" for a page's reads, "c…" for bytes). */
  public SortedMap<String, String> outputs() {
    return new TreeMap<>(outputs);
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

  /** Renders and writes one page, unless what it reads is as the previous build found it. */
  public void write(Page page) throws IOException {
    if (pagesDone) throw new IllegalStateException("pages are done: " + page.path());
    claim(page.path());
    if (digestByReads) {
      String digest = "i" + pageDigest.apply(page);
      if (!keep(page.path(), digest)) store(page.path(), page.body().render(templates));
      outputs.put(page.path(), digest);
    } else {
      byte[] bytes = page.body().render(templates);
      store(page.path(), bytes);
      outputs.put(page.path(), "c" + Hashes.of(bytes));
    }
  }

  /**
   * Says that every page is written: what the pages' digests were made from (the site's model, every page's reads)
   * is let go, so that the stages after rendering have the heap; files other than pages may still be written.
   */
  public void pagesDone() {
    pagesDone = true;
    pageDigest = null;
  }

  /** Writes bytes to a path relative to the folder, unless the previous build wrote the same bytes there. */
  @Override
  public void write(String relative, byte[] bytes) throws IOException {
    claim(relative);
    String digest = "c" + Hashes.of(bytes);
    if (!keep(relative, digest)) store(relative, bytes);
    outputs.put(relative, digest);
  }

  /**
   * Streams a file to its path, digesting its bytes on the way; when the previous build wrote the same bytes there,
   * the file written is removed again and the published one kept.
   */
  @Override
  public long write(String relative, Body body) throws IOException {
    claim(relative);
    MessageDigest d = Hashes.sha256();
    Path p = stream(relative, body, d);
    long size = Files.size(p);
    String digest = "c" + Hashes.hex(d);
    if (keep(relative, digest)) Files.delete(p);
    else written.increment();
    outputs.put(relative, digest);
    return size;
  }

  /**
   * Streams a file to its path unless the previous build made the same path from the same {@code inputs}; its
   * manifest digest is that of the inputs ("i…"), as a page's is of its reads.
   */
  @Override
  public long write(String relative, String inputs, Body body) throws IOException {
    claim(relative);
    String digest = "i" + inputs;
    outputs.put(relative, digest);
    if (keep(relative, digest)) return Files.size(SafePaths.resolve(published, relative));
    Path p = stream(relative, body, null);
    written.increment();
    return Files.size(p);
  }

  /** Streams {@code body} to its file in the folder, through {@code digest} when not null; returns the file. */
  private Path stream(String relative, Body body, MessageDigest digest) throws IOException {
    Path p = SafePaths.resolve(out, relative);
    Files.createDirectories(p.getParent());
    OutputStream buffered = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
    try (OutputStream file = digest == null ? buffered : new DigestOutputStream(buffered, digest)) {
      body.writeTo(file);
    }
    return p;
  }

  @Override
  public boolean hasPublished(String relative) {
    String digest = previous == null ? null : previous.files().get(relative);
    return digest != null && digest.startsWith("c")
        && Files.isRegularFile(SafePaths.resolve(published, relative), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public byte[] readPublished(String relative) throws IOException {
    if (!hasPublished(relative)) throw new IOException("no published " + relative + " to read");
    Path p = SafePaths.resolve(published, relative);
    byte[] bytes = Files.readAllBytes(p);
    if (!previous.files().get(relative).equals("c" + Hashes.of(bytes))) {
      throw new IOException(p + " is not as the previous build wrote it (build --full writes every file again)");
    }
    return bytes;
  }

  @Override
  public long keepPublished(String relative) throws IOException {
    String digest = previous == null ? null : previous.files().get(relative);
    // keep() checks that the published file is still there (the caller asked hasPublished before choosing to keep)
    if (digest == null || !keep(relative, digest)) throw new IllegalStateException("no published " + relative + " to keep");
    claim(relative);
    outputs.put(relative, digest);
    return Files.size(SafePaths.resolve(published, relative));
  }

  private void claim(String relative) {
    if (!paths.add(relative)) throw new IllegalStateException("two outputs for one path: " + relative);
  }

  /** Whether the published file may stay: same digest as the previous build's, and still there. */
  private boolean keep(String relative, String digest) {
    if (previous == null || !digest.equals(previous.files().get(relative))) return false;
    if (!Files.isRegularFile(SafePaths.resolve(published, relative), LinkOption.NOFOLLOW_LINKS)) return false;
    kept.increment();
    return true;
  }

  private void store(String relative, byte[] bytes) throws IOException {
    Path p = SafePaths.resolve(out, relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    written.increment();
  }
}
