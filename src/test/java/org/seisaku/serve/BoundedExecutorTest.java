package org.seisaku.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** When the workers and their queue are full, the next exchange still runs, told to answer "busy". */
class BoundedExecutorTest {
  @Test
  void fullWorkersAndQueueMeanBusy() throws Exception {
    BoundedExecutor ex = new BoundedExecutor(1, 1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean firstOverloaded = new AtomicBoolean(true);
    ex.execute(() -> {
      firstOverloaded.set(BoundedExecutor.overloaded());
      started.countDown();
      await(release);
    });
    assertTrue(started.await(5, TimeUnit.SECONDS));
    CountDownLatch queuedRan = new CountDownLatch(1);
    AtomicBoolean queuedOverloaded = new AtomicBoolean(true);
    ex.execute(() -> {
      queuedOverloaded.set(BoundedExecutor.overloaded());
      queuedRan.countDown();
    });
    CountDownLatch busyRan = new CountDownLatch(1);
    AtomicBoolean busy = new AtomicBoolean(false);
    ex.execute(() -> {
      busy.set(BoundedExecutor.overloaded());
      busyRan.countDown();
    });
    assertTrue(busyRan.await(5, TimeUnit.SECONDS), "the third exchange is answered while the worker is busy");
    assertTrue(busy.get(), "told to answer busy");
    assertEquals(1, queuedRan.getCount(), "the queued one waits for the worker");
    release.countDown();
    assertTrue(queuedRan.await(5, TimeUnit.SECONDS));
    assertFalse(firstOverloaded.get());
    assertFalse(queuedOverloaded.get());
    assertFalse(BoundedExecutor.overloaded(), "the flag does not leak to the caller");
    ex.shutdown(1000);
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
