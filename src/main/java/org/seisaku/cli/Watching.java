package org.seisaku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.seisaku.build.Pipeline;
import org.seisaku.build.Progress;
import org.seisaku.build.Watch;
import org.seisaku.index.Searcher;
import org.seisaku.io.OutputMarker;
import org.seisaku.serve.LiveReload;
import org.seisaku.serve.PreviewServer;
import org.seisaku.source.SheetCache;

/**
 * {@code serve --watch}: builds before serving, then rebuilds on a thread of its own whenever an input changes
 * ({@link Watch}); after each build that wrote, the server answers searches from the new index and open pages reload
 * ({@link LiveReload}). A build with errors prints them and the previous build stays served.
 */
final class Watching implements AutoCloseable {
  private final Pipeline.Options options;
  private final PrintWriter err;
  private final Watch watch;
  private volatile PreviewServer server;
  private volatile LiveReload live;
  private Thread thread;

  private Watching(Pipeline.Options options, Pipeline pipeline, PrintWriter err, Pipeline.Outcome first) throws IOException {
    this.options = options;
    this.err = err;
    this.watch = new Watch(options, pipeline, new Watch.Listener() {
      @Override
      public void built(Pipeline.Outcome outcome, long millis) {
        rebuilt(outcome, millis);
      }

      @Override
      public void failed(String message) {
        say("build failed in " + message + "; still serving the previous build");
      }
    });
    watch.watchInputs(first);
  }

  /** The first build, as {@code build} makes it; then the watching of its inputs. */
  static Watching start(ServeCommand c) throws IOException {
    PrintWriter err = c.spec.commandLine().getErr();
    Pipeline.Options o = new Pipeline.Options(c.in.content, c.in.sources, c.site, c.index, null, c.templates, false);
    String conflict = Pipeline.outputConflict(o);
    if (conflict != null) throw new ExitCodes.UsageException(conflict);
    Pipeline pipeline = new Pipeline(new Progress(err, c.in.quiet), new SheetCache());
    Pipeline.Outcome first = BuildCommand.run(pipeline, o, err);
    if (!first.ok()) {
      err.println("seisaku: the content has errors (above): serving the previous build until they are fixed");
      err.flush();
    }
    return new Watching(o, pipeline, err, first);
  }

  /** Starts rebuilding on changes, for {@code server}. */
  void serve(PreviewServer server) {
    this.server = server;
    this.live = new LiveReload(buildOf());
    server.liveReload(live);
    thread = new Thread(() -> {
      try {
        watch.run();
      } catch (IOException | RuntimeException e) {
        say("stopped watching: " + e.getMessage());
      }
    }, "seisaku-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void rebuilt(Pipeline.Outcome outcome, long millis) {
    CheckCommand.report(outcome.problems(), err);
    if (!outcome.ok()) {
      say("nothing written: fix the errors above; still serving the previous build");
      return;
    }
    PreviewServer s = server;
    if (s != null) {
      try {
        Searcher old = s.replaceSearcher(SearchIndexes.open(options.index()));
        closeLater(old);
      } catch (RuntimeException e) {
        say("cannot open the new index: " + e.getMessage());
      }
      live.built(buildOf());
    }
    say(String.format(Locale.ROOT, "rebuilt in %.1f s; open pages reload", millis / 1000.0));
  }

  private String buildOf() {
    return OutputMarker.read(options.out()).map(OutputMarker::build).orElse("none");
  }

  /** Closes a replaced searcher once the searches under way on it have had time to finish. */
  private static void closeLater(Searcher old) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(10_000);
        old.close();
      } catch (InterruptedException | IOException | RuntimeException e) {
        // a searcher left to the end of the process
      }
    }, "seisaku-close-index");
    t.setDaemon(true);
    t.start();
  }

  private void say(String line) {
    synchronized (err) {
      err.println("seisaku: " + line);
      err.flush();
    }
  }

  @Override
  public void close() {
    try {
      watch.close();
    } catch (IOException e) {
      // stopping: nothing left to do about it
    }
  }
}
