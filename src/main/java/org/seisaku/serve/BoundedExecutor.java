package org.seisaku.serve;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's threads: {@code workers} threads with a queue of {@code queue} exchanges. When both are full, an
 * exchange goes to one more thread (with a queue as long) that only answers "busy" (503): the handler asks
 * {@link #overloaded()}. When that is full too, the exchange is answered "busy" on the caller's thread, which
 * costs no more than reading a request line. So the threads are bounded, and no request is left unanswered.
 *
 * <p>(An executor of {@code com.sun.net.httpserver.HttpServer} receives the exchange as an opaque
 * {@code Runnable}, so a rejection cannot answer it directly; the thread-local flag lets the handler do it.)
 */
final class BoundedExecutor implements Executor {
  private static final ThreadLocal<Boolean> OVERLOADED = ThreadLocal.withInitial(() -> false);

  private final ThreadPoolExecutor workers;
  private final ThreadPoolExecutor refusers;

  BoundedExecutor(int workers, int queue) {
    if (workers < 1 || queue < 1) throw new IllegalArgumentException("workers and queue must be at least 1");
    this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
        threads("seisaku-serve-"), new ThreadPoolExecutor.AbortPolicy());
    this.refusers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
        threads("seisaku-busy-"), new ThreadPoolExecutor.AbortPolicy());
  }

  /** Whether the current exchange is to be answered 503 (the workers were all busy when it came). */
  static boolean overloaded() {
    return OVERLOADED.get();
  }

  @Override
  public void execute(Runnable exchange) {
    try {
      workers.execute(exchange);
      return;
    } catch (RejectedExecutionException full) {
      // fall through: answer busy
    }
    Runnable busy = () -> {
      OVERLOADED.set(true);
      try {
        exchange.run();
      } finally {
        OVERLOADED.set(false);
      }
    };
    try {
      refusers.execute(busy);
    } catch (RejectedExecutionException alsoFull) {
      busy.run();
    }
  }

  /** Stops taking exchanges; waits up to {@code millis} for those under way. */
  void shutdown(long millis) {
    workers.shutdown();
    refusers.shutdown();
    try {
      if (!workers.awaitTermination(millis, TimeUnit.MILLISECONDS)) workers.shutdownNow();
      refusers.awaitTermination(Math.max(1, millis / 10), TimeUnit.MILLISECONDS);
      refusers.shutdownNow();
    } catch (InterruptedException e) {
      workers.shutdownNow();
      refusers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
