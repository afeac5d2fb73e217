package org.seisaku.build;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress lines on stderr during a build ("read: 14,793 review sheets … 8.1 s"); silent with {@code -q}.
 * Never part of stdout, so output stays parseable.
 */
public final class Progress {
  private final PrintWriter err;
  private final boolean quiet;
  private long started = System.nanoTime();

  public Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  public static Progress silent() {
    return new Progress(new PrintWriter(PrintWriter.nullWriter()), true);
  }

  /** Starts timing a stage and says what it is. */
  public void begin(String stage) {
    started = System.nanoTime();
    if (!quiet) {
      err.print(stage + " … ");
      err.flush();
    }
  }

  /** Ends the stage begun last with what it produced. */
  public void done(String result) {
    if (!quiet) {
      err.printf(Locale.ROOT, "%s (%.1f s)%n", result, (System.nanoTime() - started) / 1e9);
      err.flush();
    }
  }

  public void say(String line) {
    if (!quiet) {
      err.println(line);
      err.flush();
    }
  }
}
