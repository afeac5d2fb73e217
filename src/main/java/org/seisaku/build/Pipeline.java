package org.seisaku.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.seisaku.config.SiteConfig;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problems;
import org.seisaku.index.Indexer;
import org.seisaku.io.AtomicFolder;
import org.seisaku.index.Related;
import org.seisaku.link.LinkResult;
import org.seisaku.link.Linker;
import org.seisaku.link.PreviousIds;
import org.seisaku.model.Ministries;
import org.seisaku.render.SiteModel;
import org.seisaku.render.SiteRenderer;
import org.seisaku.search.StaticIndex;
import org.seisaku.source.Corpus;
import org.seisaku.source.Sources;

/**
 * The build, in the order a reader expects: read → link → index → render.
 *
 * <pre>
 *   Corpus corpus    = Sources.read(content, sources, problems);        // content/ + judgit:…, problems collected
 *   LinkResult links = new Linker().link(corpus, previousIds, problems); // programs with stable ids
 *   Indexer.write(index, corpus, links);                                 // Lucene, written atomically
 *   related          = Related.compute(index, links, 5);                 // MoreLikeThis
 *   new SiteRenderer(templates).render(model, staging);                  // pages, then
 *   StaticIndex.write(index, staging);                                   // the browser search from the Lucene index;
 *                                                                        // then swapped in atomically
 * </pre>
 *
 * <p>Any error in the input stops the build before anything is written: the published site and the index
 * stay as they were.
 */
public final class Pipeline {
  /** The file whose presence marks a folder as an earlier seisaku output (safe to replace). */
  public static final String SITE_MARKER = "data/programs.json";

  /** What the user asked for. {@code baseUrl} and {@code templates} may be null. */
  public record Options(Path content, List<SourceSpec> sources, Path out, Path index, String baseUrl, Path templates) {}

  /** What a run produced; {@code linked} is null when reading failed. */
  public record Outcome(Problems problems, Corpus corpus, LinkResult linked, long files) {
    public boolean ok() {
      return !problems.hasErrors();
    }
  }

  private final Progress progress;

  public Pipeline(Progress progress) {
    this.progress = progress;
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

  /** The whole build. Writes the index and the site only if the input has no errors. */
  public Outcome build(Options o) throws IOException {
    AtomicFolder site = new AtomicFolder(o.out());
    String refusal = site.refusal(SITE_MARKER);
    if (refusal == null) refusal = new AtomicFolder(o.index()).refusal(Indexer::isIndex, "no Lucene segments file");
    String refused = refusal;
    Outcome valid = validate(o.content(), o.sources(), o.baseUrl(),
        () -> refused == null ? PreviousIds.load(o.out()) : PreviousIds.empty());
    if (!valid.ok()) return valid;
    if (refused != null) throw new OutputRefusedException(refused);
    Problems problems = valid.problems();
    Corpus corpus = valid.corpus();
    LinkResult linked = valid.linked();

    progress.begin("index");
    Indexer.write(o.index(), corpus, linked);
    Map<String, List<String>> related = Related.compute(o.index(), linked, 5);
    progress.done(String.format(Locale.ROOT, "%,d programs and %,d documents in %s",
        linked.programs().size(), corpus.documents().size(), o.index()));

    SiteModel model = new SiteModel(corpus.config(), new Ministries(corpus.ministries()), linked.programs(),
        corpus.documents(), linked.redirects(), linked.documentPrograms(), related);
    SiteRenderer renderer = new SiteRenderer(o.templates());
    progress.begin("render", renderer::pagesWritten, "pages");
    site.write(staging -> {
      try {
        renderer.render(model, staging);
        StaticIndex.write(o.index(), staging);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    long files = AtomicFolder.countFiles(site.target());
    progress.done(String.format(Locale.ROOT, "%,d files in %s", files, o.out()));
    return new Outcome(problems, corpus, linked, files);
  }

  private Corpus read(Path content, List<SourceSpec> sources, Problems problems) {
    progress.begin("read");
    Corpus corpus = Sources.read(content, sources, problems);
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
    return new Corpus(changed, corpus.ministries(), corpus.curated(), corpus.programYears(), corpus.documents());
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

  /** The output folder exists and is not something seisaku may replace. */
  public static final class OutputRefusedException extends RuntimeException {
    public OutputRefusedException(String message) {
      super(message);
    }
  }
}
