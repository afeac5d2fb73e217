package org.seisaku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;
import org.seisaku.index.Searcher;
import org.seisaku.io.OutputMarker;
import org.seisaku.serve.SearchJson;
import org.seisaku.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code seisaku serve}: previews the built site on 127.0.0.1, with {@code /api/search} answering from the index
 * as {@code search --json} does. Runs until Ctrl-C, which stops the server and closes the index.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Preview the site on 127.0.0.1 with live search (GET /api/search?q=…&ministry=…&year=…&kind=…&limit=…). "
        + "Stop with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 8080;

  @Option(names = "--port", paramLabel = "P", defaultValue = "" + DEFAULT_PORT,
      description = "Port on 127.0.0.1 (0: any free port). Default: ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--site", paramLabel = "DIR", defaultValue = "site", description = "The built site. Default: ${DEFAULT-VALUE}")
  Path site;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = ".seisaku/index", description = "Lucene index folder. Default: ${DEFAULT-VALUE}")
  Path index;

  @Option(names = "--watch", description = "Build first, then rebuild (incrementally) whenever the content, a source "
      + "or the templates change; open pages reload. Reads the input as `build` does (--content, --source, --templates)")
  boolean watch;

  @Mixin SourceOptions in = new SourceOptions();

  @Option(names = "--templates", paramLabel = "DIR", description = "With --watch: templates and assets (default: the bundled site-templates)")
  Path templates;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (port < 0 || port > 65535) throw new ExitCodes.UsageException("--port: " + port + " is not a port (0..65535)");
    Watching watching = watch ? Watching.start(this) : null;
    SearchIndexes.recover(site, OutputMarker.Kind.SITE);
    if (!Files.isRegularFile(site.resolve("index.html"))) {
      throw new ExitCodes.FailureException("no site at " + site + ": run `seisaku build` first (or give --site DIR)");
    }
    Thread warming = warmAnalysis(); // loads Kuromoji's dictionaries on the other core while the index opens
    Searcher searcher = SearchIndexes.open(index);
    PreviewServer server;
    try {
      PrintWriter err = spec.commandLine().getErr();
      server = PreviewServer.start(site, searcher, port, PreviewServer.WORKERS, PreviewServer.QUEUE, message -> {
        synchronized (err) {
          err.println("seisaku: request failed: " + message);
          err.flush();
        }
      });
    } catch (IOException e) {
      close(searcher);
      String detail = SearchIndexes.oneLine(String.valueOf(e.getMessage()));
      String why = e instanceof BindException
          ? "cannot listen on 127.0.0.1:" + port + " (" + detail + "): choose another port with --port"
          : "cannot serve " + site + ": " + detail;
      throw new ExitCodes.FailureException(why);
    }
    warm(searcher, warming);
    if (watching != null) watching.serve(server);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (watching != null) watching.close();
      server.close();
      close(server.replaceSearcher(null));
      stopped.countDown();
    }, "seisaku-serve-stop"));
    PrintWriter out = spec.commandLine().getOut();
    out.println("seisaku: serving " + site + " at " + server.url() + " (search: " + server.url() + "api/search?q=…)"
        + (watch ? "; rebuilding when " + in.content + " changes" : "") + "; Ctrl-C stops");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCodes.OK;
  }

  /**
   * Starts loading Kuromoji's dictionaries (a third of a second or more) and the JSON writer in the background:
   * the first query would otherwise wait for them after the index has opened.
   */
  private static Thread warmAnalysis() {
    return background("seisaku-warm-analysis", () -> {
      try (JapaneseTokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
        t.setReader(new StringReader("地域おこし協力隊の推進に要する経費"));
        t.reset();
        while (t.incrementToken()) {
          // only loading
        }
        t.end();
      }
      SearchJson.write(new SearchResult(0, List.of(), null));
    });
  }

  /** After {@code before}, runs one search, so that the first real one finds the index's classes and blocks loaded. */
  private static void warm(Searcher searcher, Thread before) {
    background("seisaku-warm-search", () -> {
      before.join();
      searcher.search(SearchRequest.of("事業の予算").withLimit(1));
    });
  }

  interface Warming {
    void run() throws Exception;
  }

  private static Thread background(String name, Warming w) {
    Thread t = new Thread(() -> {
      try {
        w.run();
      } catch (Exception | LinkageError e) {
        // only a warm-up: a real query reports any problem
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void close(Searcher s) {
    try {
      s.close();
    } catch (IOException | RuntimeException e) {
      // closing at exit: nothing left to do about it
    }
  }
}
