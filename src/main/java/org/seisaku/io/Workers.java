package org.seisaku.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task per item on a few threads, and stops them all together: the first failure (an exception or an
 * {@link Error} such as {@link OutOfMemoryError}) makes every worker stop before its next item, and
 * {@link #forEach} returns only when no worker is running any more, then throws that first failure (later ones are
 * added to it as suppressed). So the caller may delete what the workers were writing (a staging folder) without
 * racing them: 0.1 did it on the common pool, its cleanup ran while threads still wrote, and the build reported
 * {@code DirectoryNotEmptyException} instead of the heap that had run out.
 *
 * <pre>
 *   Workers.forEach(pages, page -&gt; writer.write(page));   // all cores; IOException as it was thrown
 * </pre>
 *
 * <p>Items are taken in list order by whichever worker is free, so tasks must not depend on each other's order.
 */
public final class Workers {
  /** One item's work. */
  @FunctionalInterface
  public interface Task<T> {
    void run(T item) throws IOException;
  }

  private Workers() {}

  /** Runs {@code task} on every item with one worker per available processor. */
  public static <T> void forEach(List<T> items, Task<T> task) throws IOException {
    forEach(items, Runtime.getRuntime().availableProcessors(), task);
  }

  /**
   * Runs {@code task} on every item with at most {@code threads} workers (the calling thread is one of them).
   *
   * @throws IOException the first failure, if it was one
   * @throws RuntimeException the first failure, if it was one
   * @throws Error the first failure, if it was one ({@link OutOfMemoryError} included)
   */
  public static <T> void forEach(List<T> items, int threads, Task<T> task) throws IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> first = new AtomicReference<>();
    Runnable worker = () -> {
      int i;
      while (first.get() == null && (i = next.getAndIncrement()) < items.size()) {
        try {
          task.run(items.get(i));
        } catch (Throwable t) { // an Error too: it must stop the others and reach the caller
          if (!first.compareAndSet(null, t) && first.get() != t) first.get().addSuppressed(t);
        }
      }
    };
    int n = Math.max(1, Math.min(threads, items.size()));
    CountDownLatch done = new CountDownLatch(n - 1);
    for (int w = 1; w < n; w++) {
      Thread t = new Thread(() -> {
        try {
          worker.run();
        } finally {
          done.countDown();
        }
      }, "seisaku-worker-" + w);
      t.setDaemon(true);
      t.start();
    }
    worker.run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the workers stop on their own once an item fails or the list ends
        first.compareAndSet(null, e);
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    rethrow(first.get());
  }

  private static void rethrow(Throwable t) throws IOException {
    if (t == null) return;
    if (t instanceof IOException e) throw e;
    if (t instanceof UncheckedIOException e) throw e.getCause();
    if (t instanceof RuntimeException e) throw e;
    if (t instanceof Error e) throw e;
    throw new IllegalStateException(t);
  }
}
