package org.seisaku.build;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.seisaku.config.SourceSpec;

/**
 * Rebuilds when the inputs change ({@code serve --watch}): watches the content folder, every source (those of the
 * command line and of site.yml) and the templates folder, and once they have been quiet for {@link #QUIET_MS} after a
 * change, runs {@link Pipeline#build} — an incremental build, which changes only the files that differ.
 *
 * <pre>
 *   try (Watch w = new Watch(options, pipeline, listener)) { w.run(); }   // until close(), on this thread
 * </pre>
 *
 * <p>Changes under the output and index folders are ignored (a build's own writes never start another build).
 * Problems in the input are reported by the listener and the served site stays as it was.
 */
public final class Watch implements Closeable {
  /** Milliseconds without a change before a rebuild starts: an editor's save is often several writes. */
  static final long QUIET_MS = 200;

  /** What a rebuild gave. */
  public interface Listener {
    /** A build ran; {@code outcome.ok()} tells whether it wrote anything. */
    void built(Pipeline.Outcome outcome, long millis);

    /** A build failed after validation (one line); the site and index are as they were. */
    void failed(String message);
  }

  private final Pipeline.Options options;
  private final Pipeline pipeline;
  private final Listener listener;
  private final WatchService service;
  private final Map<WatchKey, Path> keys = new HashMap<>();
  private final Set<Path> roots = new LinkedHashSet<>();
  private final Path out;
  private final Path index;

  public Watch(Pipeline.Options options, Pipeline pipeline, Listener listener) throws IOException {
    this.options = options;
    this.pipeline = pipeline;
    this.listener = listener;
    this.service = FileSystems.getDefault().newWatchService();
    this.out = options.out().toAbsolutePath().normalize();
    this.index = options.index().toAbsolutePath().normalize();
  }

  /** Watches the inputs of {@code options} and those {@code outcome} read (site.yml's sources). */
  public void watchInputs(Pipeline.Outcome outcome) throws IOException {
    watch(options.content());
    for (SourceSpec s : options.sources()) watch(Path.of(s.path()));
    if (options.templates() != null) watch(options.templates());
    if (outcome != null && outcome.corpus() != null) {
      for (SourceSpec s : outcome.corpus().config().sources()) watch(options.content().resolve(s.path()));
    }
  }

  /** Rebuilds after each quiet change, until {@link #close}. */
  public void run() throws IOException {
    try {
      while (true) {
        WatchKey first = service.take();
        boolean changed = drain(first);
        WatchKey next;
        while ((next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) changed |= drain(next);
        if (changed) rebuild();
      }
    } catch (ClosedWatchServiceException | InterruptedException e) {
      // closed: stop
    }
  }

  private void rebuild() throws IOException {
    long start = System.nanoTime();
    try {
      Pipeline.Outcome outcome = pipeline.build(options);
      listener.built(outcome, (System.nanoTime() - start) / 1_000_000);
      watchInputs(outcome);
    } catch (Pipeline.StageFailedException | Pipeline.OutputRefusedException e) {
      listener.failed(e.getMessage());
    } catch (IOException e) {
      listener.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  /** Takes a key's events (watching new folders); whether any is a change of an input. */
  private boolean drain(WatchKey key) throws IOException {
    Path dir = keys.get(key);
    boolean changed = false;
    for (WatchEvent<?> e : key.pollEvents()) {
      if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
        changed = true;
        continue;
      }
      if (dir == null) continue;
      Path p = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
      if (p.startsWith(out) || p.startsWith(index)) continue;
      String name = p.getFileName().toString();
      if (name.startsWith(".") && name.contains(".staging-") || name.endsWith(".seisaku-commit")) continue;
      changed = true;
      if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) watchTree(p);
    }
    if (!key.reset()) keys.remove(key);
    return changed;
  }

  private void watch(Path root) throws IOException {
    Path r = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(r) || r.startsWith(out) || r.startsWith(index) || !roots.add(r)) return;
    watchTree(r);
  }

  private void watchTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path d : (Iterable<Path>) s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))::iterator) {
        Path abs = d.toAbsolutePath().normalize();
        if (abs.startsWith(out) || abs.startsWith(index)) continue;
        keys.put(abs.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY), abs);
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
