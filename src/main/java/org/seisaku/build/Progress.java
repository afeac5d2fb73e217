package org.seisaku.build;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on stderr during a build; silent with {@code -q}. Never part of stdout, so output stays parseable.
 *
 * <pre>
 *   read … 14,824 program-years, 14,810 documents, 46 ministries (6.1 s)
 *   link … 3,305 programs (0.9 s)
 *   index … 20 s
 *   index … 3,305 programs and 14,810 documents in .seisaku/index (38.2 s)
 *   render … 6,512 pages, 10 s
 *   render … 18,209 files in site (24.9 s)
 * </pre>
 *
 * A stage that runs longer than {@link #TICK_SECONDS} says it is still running every so often, with a count
 * when it has one.
 */
public final class Progress {
  static final int TICK_SECONDS = 10;

  private final PrintWriter err;
  private final boolean quiet;
  private final ScheduledExecutorService ticker;
  private long started = System.nanoTime();
  private ScheduledFuture<?> tick;

  public Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
    this.ticker = quiet ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "seisaku-progress");
      t.setDaemon(true);
      return t;
    });
  }

  public static Progress silent() {
    return new Progress(new PrintWriter(PrintWriter.nullWriter()), true);
  }

  /** Starts timing a stage and says what it is. */
  public void begin(String stage) {
    begin(stage, null, null);
  }

  /** Starts a stage whose progress {@code count} tells in {@code unit}s (e.g. pages) while it runs. */
  public synchronized void begin(String stage, LongSupplier count, String unit) {
    started = System.nanoTime();
    if (quiet) return;
    err.print(stage + " … ");
    err.flush();
    long t0 = started;
    tick = ticker.scheduleAtFixedRate(() -> {
      long seconds = Math.round((System.nanoTime() - t0) / 1e9);
      String what = count == null ? "" : String.format(Locale.ROOT, "%,d %s, ", count.getAsLong(), unit);
      synchronized (this) {
        err.printf(Locale.ROOT, "%n%s … %s%d s", stage, what, seconds);
        err.flush();
      }
    }, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
  }

  /** Ends the stage begun last with what it produced. */
  public synchronized void done(String result) {
    if (quiet) return;
    boolean ticked = tick != null && tick.cancel(false) && (System.nanoTime() - started) / 1e9 >= TICK_SECONDS;
    tick = null;
    if (ticked) err.print(System.lineSeparator() + "… ");
    err.printf(Locale.ROOT, "%s (%.1f s)%n", result, (System.nanoTime() - started) / 1e9);
    err.flush();
  }

  public synchronized void say(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }
}
