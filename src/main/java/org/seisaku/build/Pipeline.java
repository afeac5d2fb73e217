package org.seisaku.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.seisaku.config.SiteConfig;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problems;
import org.seisaku.index.Indexer;
import org.seisaku.index.Related;
import org.seisaku.io.LegacyOutput;
import org.seisaku.io.Manifest;
import org.seisaku.io.OutputCommit;
import org.seisaku.io.OutputMarker;
import org.seisaku.link.LinkResult;
import org.seisaku.link.Linker;
import org.seisaku.link.PreviousIds;
import org.seisaku.model.Ministries;
import org.seisaku.render.PageWriter;
import org.seisaku.render.SiteModel;
import org.seisaku.render.SiteRenderer;
import org.seisaku.search.StaticIndex;
import org.seisaku.source.Corpus;
import org.seisaku.source.SheetCache;
import org.seisaku.source.Sources;

/**
 * The build, in the order a reader expects: read → validate → link → index → render → commit.
 *
 * <pre>
 *   Outcome valid    = validate(content, sources, …);                    // read + link: what check reports too
 *   OutputCommit c   = OutputCommit.begin(site, index);                  // staging folders beside --out and --index
 *   Indexer.writeInto(c.staging(INDEX), corpus, links, build);           // Lucene, into staging
 *   related          = Related.compute(c.staging(INDEX), previous, links, 5, basis); // MoreLikeThis among the programs
 *   new SiteRenderer(templates).render(model, c.staging(SITE));          // pages, data files
 *   StaticIndex.write(c.staging(INDEX), previous, c.staging(SITE), basis); // the browser search from the staged index
 *   c.commit(build);                                                     // both swapped in together
 * </pre>
 *
 * <p>Nothing is written to {@code --out} or {@code --index} before the commit. Any error in the input stops the
 * build before anything is written; a failure in any later stage (out of memory included) stops its workers,
 * deletes the staging folders and is reported as one {@link StageFailedException} naming the stage and the cause:
 * the published site and index stay as they were. See {@link OutputCommit} for the commit and its recovery.
 */
public final class Pipeline {
  /**
   * What the user asked for. {@code baseUrl} and {@code templates} may be null. {@code full}: write every file even
   * when the previous build's manifest would let the build change only what differs.
   */
  public record Options(Path content, List<SourceSpec> sources, Path out, Path index, String baseUrl, Path templates,
      boolean full) {
    public Options(Path content, List<SourceSpec> sources, Path out, Path index, String baseUrl, Path templates) {
      this(content, sources, out, index, baseUrl, templates, false);
    }
  }

  /**
   * What a run produced; {@code linked} is null when reading failed, and after a build (which lets the programs and
   * documents go before its last stages: {@code corpus} then holds the configuration, ministries and curated
   * entries only).
   */
  public record Outcome(Problems problems, Corpus corpus, LinkResult linked, long files) {
    public boolean ok() {
      return !problems.hasErrors();
    }
  }

  private final Progress progress;
  private final SheetCache sheets;

  public Pipeline(Progress progress) {
    this(progress, null);
  }

  /** A pipeline that runs many builds ({@code serve --watch}): review sheets unchanged since its last build are not parsed again. */
  public Pipeline(Progress progress, SheetCache sheets) {
    this.progress = progress;
    this.sheets = sheets;
  }

  /** Validates without writing anything: what {@code check} reports, by the same code as {@link #build}. */
  public Outcome check(Path content, List<SourceSpec> sources) {
    return validate(content, sources, null, PreviousIds::empty);
  }

  /**
   * The one validation of {@code check} and {@code build}: read every source (each reader reports what breaks its
   * rules, {@link org.seisaku.model.Slug} included), then link. The problems do not depend on {@code previous}
   * (the earlier build's ids only choose which stable id a program keeps), so {@code check} and {@code build} report
   * the same lines for the same input.
   *
   * @param baseUrl replaces site.yml's base URL when not null (already checked by {@link #normaliseBaseUrl})
   * @param previous asked for only when reading found no errors
   */
  Outcome validate(Path content, List<SourceSpec> sources, String baseUrl, Supplier<PreviousIds> previous) {
    Problems problems = new Problems();
    Corpus corpus = read(content, sources, problems);
    if (problems.hasErrors()) return new Outcome(problems, corpus, null, 0);
    if (baseUrl != null) corpus = withBaseUrl(corpus, baseUrl);
    LinkResult linked = link(corpus, previous.get(), problems);
    return new Outcome(problems, corpus, linked, 0);
  }

  /** The whole build. Writes the index and the site only if the input has no errors, and then together. */
  public Outcome build(Options o) throws IOException {
    OutputCommit.recover(o.out(), OutputMarker.Kind.SITE);
    OutputCommit.recover(o.index(), OutputMarker.Kind.INDEX);
    Manifest previous = o.full() ? null : Incremental.previous(o.out(), o.index());
    // with the previous build's manifest, the site is updated in place: only the files that change are staged
    OutputCommit.Target site = new OutputCommit.Target(OutputMarker.Kind.SITE, o.out(), LegacyOutput::isSite01,
        previous != null);
    OutputCommit.Target index = new OutputCommit.Target(OutputMarker.Kind.INDEX, o.index(), Indexer::isIndex01);
    String refusal = OutputCommit.refusal(site);
    if (refusal == null) refusal = OutputCommit.refusal(index);
    String refused = refusal;
    Outcome valid = validate(o.content(), o.sources(), o.baseUrl(),
        () -> refused == null ? PreviousIds.load(o.out()) : PreviousIds.empty());
    if (!valid.ok()) return valid;
    if (refused != null) throw new OutputRefusedException(refused);
    Problems problems = valid.problems();
    // what the outcome keeps of the input: its configuration (serve --watch watches its sources); the programs and
    // documents are let go once the pages are written, before the browser index is exported
    Corpus shell = configurationOf(valid.corpus());
    AtomicReference<Outcome> input = new AtomicReference<>(valid);
    valid = null;

    try (OutputCommit commit = OutputCommit.begin(List.of(site, index))) {
      Path stagedIndex = commit.staging(OutputMarker.Kind.INDEX);
      // the published index, which the index, related programs and browser index stages take what they can from
      Path previousIndex = !o.full() && OutputMarker.marks(index.path(), OutputMarker.Kind.INDEX) ? index.path() : null;
      Rendered rendered = indexAndRender(o, input, commit, previous, site, previousIndex);
      PageWriter written = rendered.writer();
      // only the shards of the terms whose postings changed are written again when the published index allows it
      stage("browser index", () -> {
        StaticIndex.write(stagedIndex, previousIndex, written, Incremental.basis());
        return null;
      });
      SortedMap<String, String> outputs = written.outputs();
      long files = outputs.size() + 1; // and the marker
      progress.done(previous == null ? String.format(Locale.ROOT, "%,d files", files)
          : String.format(Locale.ROOT, "%,d files: %,d written, %,d as they were, %,d deleted", files,
              written.written(), written.kept(), Incremental.gone(previous, outputs).size()));

      progress.begin("commit");
      stage("commit", () -> {
        if (previous != null) {
          for (String path : Incremental.gone(previous, outputs)) commit.delete(OutputMarker.Kind.SITE, path);
        }
        new Manifest(Incremental.basis(), join(rendered.buildId()), outputs).writeInto(stagedIndex);
        commit.commit(join(rendered.buildId()));
        return null;
      });
      progress.done(o.out() + " and " + o.index());
      return new Outcome(problems, shell, null, files);
    }
  }

  /** A corpus's configuration, ministries and curated entries, without its programs, documents and synonyms. */
  private static Corpus configurationOf(Corpus c) {
    return new Corpus(c.config(), c.ministries(), c.curated(), List.of(), List.of(), List.of());
  }

  /** What the stages up to rendering leave: the writer of the pages, and the build's id (being digested). */
  private record Rendered(PageWriter writer, CompletableFuture<String> buildId) {}

  /**
   * Index, related programs and pages, from the validated input, which it takes out of {@code input}: when it
   * returns, nothing refers to the programs and documents any more (the whole government's are several hundred
   * megabytes of a 1 GiB heap, which the browser index's export needs).
   */
  private Rendered indexAndRender(Options o, AtomicReference<Outcome> input, OutputCommit commit, Manifest previous,
      OutputCommit.Target site, Path previousIndex) {
    Outcome valid = input.getAndSet(null);
    Corpus corpus = valid.corpus();
    LinkResult linked = valid.linked();
    // digested on another thread while the index is written (about a second for the shared corpus)
    CompletableFuture<String> buildId = CompletableFuture.supplyAsync(() -> {
      try {
        return BuildId.of(corpus, linked, o.templates());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Path stagedIndex = commit.staging(OutputMarker.Kind.INDEX);
    progress.begin("index");
    stage("index", () -> {
      // parts of the published index whose documents are unchanged are taken as they are (Indexer)
      Indexer.writeInto(stagedIndex, corpus, linked, () -> join(buildId), previousIndex, Incremental.basis());
      return null;
    });
    progress.done(String.format(Locale.ROOT, "%,d programs and %,d documents", linked.programs().size(),
        corpus.documents().size()));
    progress.begin("related");
    // taken from the published index when no program's text, names or lineage changed (a document's edit)
    Map<String, List<String>> related = stage("related programs",
        () -> Related.compute(stagedIndex, previousIndex, linked, 5, Incremental.basis()));
    progress.done(String.format(Locale.ROOT, "%,d programs", related.size()));

    // the credits of the synonym dictionaries the index expands with, shown where the search is
    List<String> searchCredits = stage("index", () -> Indexer.synonymCredits(stagedIndex));
    SiteModel model = new SiteModel(corpus.config(), new Ministries(corpus.ministries()), linked.programs(),
        corpus.documents(), linked.redirects(), linked.documentPrograms(), related, searchCredits);
    SiteRenderer renderer = stage("render", () -> new SiteRenderer(o.templates()));
    progress.begin("render", renderer::pagesWritten, "pages");
    PageWriter written = stage("render", () ->
        renderer.render(model, commit.staging(OutputMarker.Kind.SITE), previous, site.path()));
    return new Rendered(written, buildId);
  }

  /** The value of a computation on another thread, with its own failure rather than a CompletionException. */
  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  /** One stage's work; what it throws is reported with the stage's name. */
  @FunctionalInterface
  interface Stage<T> {
    T run() throws IOException;
  }

  /**
   * Runs a stage, turning any failure (an {@link Error} such as {@link OutOfMemoryError} included) into a
   * {@link StageFailedException} that names the stage and the real cause, after which the caller's
   * {@link OutputCommit} deletes the staging folders.
   */
  static <T> T stage(String name, Stage<T> work) {
    try {
      return work.run();
    } catch (StageFailedException e) {
      throw e;
    } catch (IOException | RuntimeException | Error e) {
      throw new StageFailedException(name, e);
    }
  }

  private Corpus read(Path content, List<SourceSpec> sources, Problems problems) {
    progress.begin("read");
    Corpus corpus = Sources.read(content, sources, problems, sheets);
    progress.done(String.format(Locale.ROOT, "%,d program-years, %,d documents, %,d ministries",
        corpus.programYears().size(), corpus.documents().size(), corpus.ministries().size()));
    return corpus;
  }

  private LinkResult link(Corpus corpus, PreviousIds previous, Problems problems) {
    progress.begin("link");
    LinkResult linked = new Linker().link(corpus, previous, problems);
    progress.done(String.format(Locale.ROOT, "%,d programs", linked.programs().size()));
    return linked;
  }

  /** Replaces site.yml's base URL with the one given on the command line, after checking it. */
  static Corpus withBaseUrl(Corpus corpus, String baseUrl) {
    SiteConfig c = corpus.config();
    SiteConfig changed = new SiteConfig(c.title(), normaliseBaseUrl(baseUrl), c.language(), c.description(),
        c.sources(), c.encodings());
    return new Corpus(changed, corpus.ministries(), corpus.curated(), corpus.programYears(), corpus.documents(),
        corpus.synonyms());
  }

  /**
   * An absolute http(s) URL with a trailing slash: {@code https://example.jp/seisaku} → {@code https://example.jp/seisaku/}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static String normaliseBaseUrl(String url) {
    try {
      URI u = new URI(url);
      if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()) || u.getHost() == null) {
        throw new IllegalArgumentException("base URL must be an absolute http(s) URL: " + url);
      }
      if (u.getQuery() != null || u.getFragment() != null) {
        throw new IllegalArgumentException("base URL must not have a query or fragment: " + url);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base URL is not a URL: " + url);
    }
    return url.endsWith("/") ? url : url + "/";
  }

  /**
   * Checks that the output folder cannot swallow the inputs: it must not be, or contain, the working
   * directory, the content folder, the index or the templates.
   *
   * @return null if fine, else the reason
   */
  public static String outputConflict(Options o) {
    Path out = o.out().toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath().normalize();
    if (cwd.startsWith(out)) return "--out " + o.out() + " would replace the working directory";
    Path[] inputs = {o.content(), o.index(), o.templates()};
    String[] names = {"--content", "--index", "--templates"};
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] == null) continue;
      Path p = inputs[i].toAbsolutePath().normalize();
      if (p.startsWith(out) || out.startsWith(p)) {
        return "--out " + o.out() + " overlaps " + names[i] + " " + inputs[i];
      }
    }
    return null;
  }

  /**
   * A stage of the build failed after validation: {@link #getMessage} is one line, the stage and the cause
   * ({@code render: out of memory (Java heap space)}), and {@link #getCause} the failure itself.
   */
  public static final class StageFailedException extends RuntimeException {
    private final String stage;

    public StageFailedException(String stage, Throwable cause) {
      super(stage + ": " + describe(cause), cause);
      this.stage = stage;
    }

    public String stage() {
      return stage;
    }

    /** The cause as one line, an unchecked wrapper unwrapped: {@code OutOfMemoryError} → "out of memory (Java heap space)". */
    static String describe(Throwable t) {
      Throwable c = t instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : t;
      if (c instanceof OutOfMemoryError) {
        return "out of memory (" + c.getMessage() + "): give Java more heap (SEISAKU_JAVA_OPTS=-Xmx…)";
      }
      if (c instanceof StackOverflowError) return "stack overflow";
      String m = c.getMessage();
      String line = m == null ? c.getClass().getSimpleName() : c.getClass().getSimpleName() + ": " + m;
      int nl = line.indexOf('\n');
      return nl < 0 ? line : line.substring(0, nl) + " …";
    }
  }

  /** The output folder exists and is not something seisaku may replace. */
  public static final class OutputRefusedException extends RuntimeException {
    public OutputRefusedException(String message) {
      super(message);
    }
  }
}
