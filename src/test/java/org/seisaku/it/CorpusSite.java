package org.seisaku.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seisaku.io.OutputCommit;
import org.seisaku.testing.Requirements;

/**
 * The corpus site: the bundled {@code content/} plus every review sheet of the shared corpus
 * ({@code judgit:${seisaku.shared}/corpus/judgit}) with Sudachi's synonyms ({@code sudachi:…/corpus/synonyms}),
 * built ONCE per failsafe JVM through the real CLI ({@code build --content content --source judgit:…
 * --source sudachi:… --out … --index …}) into a temporary folder that is deleted
 * when the JVM exits. Every IT that needs the corpus site asks for it here instead of building it again (a build
 * takes one to four minutes):
 *
 * <pre>
 *   &#64;BeforeAll static void site() { corpus = CorpusSite.get(); }   // skips outside CI, fails under CI, without ../shared
 *   Path page  = corpus.site().resolve("programs/chiiki-okoshi-kyoryokutai/index.html");
 *   Fixtures.Run r = Fixtures.run("search", "協力隊", "--index", corpus.index().toString(), "--json");
 * </pre>
 *
 * <p>The site and index are shared: treat them as read-only. A test that must spoil or rebuild them copies them
 * first ({@link Fixtures#copy(Path, Path)}). The build runs the first time {@link #get()} is called; if it fails,
 * every caller fails with the build's output (it is not retried). {@link Requirements#corpus()} decides between
 * skipping and failing when the shared corpus is absent.
 */
public final class CorpusSite {
  private static CorpusSite built;
  private static AssertionError failure;

  private final Path judgit;
  private final Path site;
  private final Path index;
  private final Fixtures.Run run;

  private CorpusSite(Path judgit, Path site, Path index, Fixtures.Run run) {
    this.judgit = judgit;
    this.site = site;
    this.index = index;
    this.run = run;
  }

  /** The corpus site, built on the first call in this JVM. */
  public static synchronized CorpusSite get() {
    Path judgit = Requirements.corpus();
    if (built != null) return built;
    if (failure != null) throw failure;
    try {
      Path tmp = Files.createTempDirectory("seisaku-corpus-site");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          OutputCommit.deleteTree(tmp);
        } catch (IOException ignored) {
          // a temp folder left behind is no test failure
        }
      }));
      Path site = tmp.resolve("site");
      Path index = tmp.resolve("index");
      long t0 = System.nanoTime();
      Path synonyms = judgit.getParent().resolve("synonyms");
      Fixtures.Run r = Fixtures.run("build", "--content", "content", "--source", "judgit:" + judgit,
          "--source", "sudachi:" + synonyms, "--out", site.toString(), "--index", index.toString());
      if (r.exit() != 0) {
        failure = new AssertionError("corpus site build failed (exit " + r.exit() + "): " + r.out() + r.err());
        throw failure;
      }
      System.out.printf("CorpusSite: content/ + %s built in %.1f s into %s%n", judgit, (System.nanoTime() - t0) / 1e9, tmp);
      built = new CorpusSite(judgit, site, index, r);
      return built;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared corpus's judgit folder (the one with {@code data/}). */
  public Path judgit() {
    return judgit;
  }

  /** The built site (the {@code --out} folder). */
  public Path site() {
    return site;
  }

  /** The built Lucene index (the {@code --index} folder), for {@code search} and {@code serve}. */
  public Path index() {
    return index;
  }

  /** What the build printed: progress and counts on stderr. */
  public Fixtures.Run build() {
    return run;
  }
}
