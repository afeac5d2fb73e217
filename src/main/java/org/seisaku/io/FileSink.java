package org.seisaku.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a stage writes the files of the site: a relative, '/'-separated path and its bytes, given whole or written
 * to a stream ({@link #write(String, Body)}: a file of tens of megabytes, such as {@code data/budget.csv} of the whole
 * government, never has to be held in memory). Stages write on every core: a sink is called from several threads at
 * once, each file once.
 */
@FunctionalInterface
public interface FileSink {
  void write(String relative, byte[] bytes) throws IOException;

  /** What writes a file's bytes to a stream; it must not close the stream. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the bytes {@code body} produces; a sink that can stream them to the file overrides this, which by default
   * collects them first.
   *
   * @return the file's size in bytes
   */
  default long write(String relative, Body body) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    body.writeTo(bytes);
    write(relative, bytes.toByteArray());
    return bytes.size();
  }

  /**
   * Writes the bytes {@code body} produces, unless the site this sink updates has the file as made from the same
   * inputs ({@code inputs}: a digest of everything its bytes are made from, the code aside), which is then kept
   * without making its bytes. By default the file is always written.
   *
   * @return the file's size in bytes
   */
  default long write(String relative, String inputs, Body body) throws IOException {
    return write(relative, body);
  }

  /**
   * Whether the site this sink updates has {@code relative} as the previous build wrote it, so that it may be read
   * ({@link #readPublished}) or kept ({@link #keepPublished}); false for a sink that writes a new site.
   */
  default boolean hasPublished(String relative) {
    return false;
  }

  /**
   * The bytes of {@code relative} as the previous build published them.
   *
   * @throws IOException if they cannot be read, or are not what the previous build wrote (its manifest's digest)
   */
  default byte[] readPublished(String relative) throws IOException {
    throw new IOException("no published site to read " + relative + " from");
  }

  /**
   * Keeps {@code relative} as the previous build published it, as if its bytes had been written again.
   *
   * @return the file's size in bytes
   * @throws IOException if its size cannot be read
   * @throws IllegalStateException when {@link #hasPublished} is false for it
   */
  default long keepPublished(String relative) throws IOException {
    throw new IllegalStateException("no published " + relative + " to keep");
  }
}
