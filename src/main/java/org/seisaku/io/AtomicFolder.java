package org.seisaku.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes a whole folder or nothing (the site, the index): the content is written into a staging folder beside
 * the target ({@code .site.staging}), then swapped in by renaming, so a failed or interrupted build leaves the
 * previous folder whole.
 *
 * <p>The swap is two renames on the same file system: {@code site → .site.previous}, then
 * {@code .site.staging → site}. If the process dies between them, {@link #recover} (run at the start of every
 * build) puts {@code .site.previous} back. Staging folders left by a killed build are deleted on the next one.
 *
 * <p>To protect a user who mistypes {@code --out} or {@code --index}, an existing target folder is replaced only
 * if it is empty or looks like an earlier output ({@link #refusal}).
 */
public final class AtomicFolder {
  private final Path target;
  private final Path staging;
  private final Path previous;

  public AtomicFolder(Path target) {
    this.target = target.toAbsolutePath().normalize();
    Path parent = this.target.getParent();
    if (parent == null) throw new IllegalArgumentException("output folder cannot be the file system root");
    String name = this.target.getFileName().toString();
    this.staging = parent.resolve("." + name + ".staging");
    this.previous = parent.resolve("." + name + ".previous");
  }

  public Path target() {
    return target;
  }

  /**
   * Checks that {@code target} may be replaced: it does not exist, is an empty folder, or holds {@code marker}.
   *
   * @return null if it may, else the reason it may not
   */
  public String refusal(String marker) {
    return refusal(dir -> Files.exists(dir.resolve(marker)), "no " + marker);
  }

  /**
   * Checks that {@code target} may be replaced: it does not exist, is an empty folder, or {@code isEarlierOutput}
   * says it is one; {@code missing} says what such a folder would have.
   *
   * @return null if it may, else the reason it may not
   */
  public String refusal(java.util.function.Predicate<Path> isEarlierOutput, String missing) {
    if (!Files.exists(target)) return null;
    if (!Files.isDirectory(target)) return target + " exists and is not a folder";
    if (isEarlierOutput.test(target)) return null;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(target)) {
      if (!ds.iterator().hasNext()) return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target + " is not empty and is not an earlier seisaku output (" + missing + "); refusing to replace it";
  }

  /** Restores the previous output if an earlier swap was interrupted, and removes stale staging. */
  public void recover() throws IOException {
    if (!Files.exists(target) && Files.isDirectory(previous)) {
      Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
    }
    deleteTree(staging);
    deleteTree(previous);
  }

  /** Lets {@code writer} fill a fresh staging folder, then swaps it in; on any failure the target is untouched. */
  public void write(Consumer<Path> writer) throws IOException {
    recover();
    Files.createDirectories(staging);
    try {
      writer.accept(staging);
    } catch (RuntimeException | Error e) {
      deleteTree(staging);
      throw e;
    }
    swap();
  }

  private void swap() throws IOException {
    boolean hadTarget = Files.exists(target);
    if (hadTarget) Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (hadTarget) Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(previous);
  }

  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        if (exc != null) throw exc;
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Number of regular files below {@code dir}, for reporting. */
  public static long countFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }
}
