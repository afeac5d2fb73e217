package org.seisaku.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.seisaku.io.Manifest;
import org.seisaku.model.Document;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.Slug;

/**
 * Renders a {@link SiteModel} into the static site of DESIGN §5: the kinds of page, listed in one place.
 *
 * <pre>
 *   SiteIndex site   = new SiteIndex(model, templates);            // lookups every builder reads
 *   DataFiles.write(…)                                             // data/*.json, data/budget.csv
 *   pages            = home, programs, program, redirect, ministries, ministry, years, year, documents,
 *                      document years, document, data, search, 404, feed, assets  (each a {@link PageKind})
 *                      + sitemap (of the listed pages)
 *   writer.writeAll(pages)                                         // in parallel, safe paths
 * </pre>
 *
 * <p>One {@link Templates} (Freemarker) and one {@link Markdown} pipeline are built by the constructor and reused
 * by every render. Guarantees: every output path is checked to stay inside the output folder (ids and slugs must
 * be {@code [a-z0-9-]}; anything else is rejected before a file is written); output is byte-identical for
 * identical input (everything sorted, no build time anywhere); every link is relative and ends in
 * {@code index.html} for folders, so the site works from file:// and any sub-path.
 */
public final class SiteRenderer {
  /** The credit line of review-sheet data. */
  public static final String JUDGIT_LICENSE = SiteIndex.JUDGIT_LICENSE;

  private final Templates templates;
  private final Markdown markdown = new Markdown();
  private volatile PageWriter writer;

  /** @param templatesDirOrNull a folder of templates overriding the built-in ones, or null for the built-in ones */
  public SiteRenderer(Path templatesDirOrNull) {
    this.templates = new Templates(templatesDirOrNull);
  }

  /**
   * Writes every page, asset and data file of the site into {@code outDir} (created if missing).
   *
   * @throws IllegalArgumentException if a program id, redirect id, ministry id or document slug is not safe as
   *     a URL segment; nothing is written then
   * @throws IOException if a file cannot be written
   */
  public PageWriter render(SiteModel model, Path outDir) throws IOException {
    return render(model, outDir, null, null);
  }

  /**
   * Writes into {@code outDir} the files of the site that differ from those the previous build published in
   * {@code published} ({@link PageWriter}: a page is rendered only when what it reads changed); with no previous
   * manifest, every file.
   *
   * @return the writer, whose {@link PageWriter#outputs} are every file of the site (written or kept)
   */
  public PageWriter render(SiteModel model, Path outDir, Manifest previous, Path published) throws IOException {
    validate(model);
    SiteIndex site = new SiteIndex(model, templates);
    Files.createDirectories(outDir);
    AtomicReference<InputHashes> hashes = new AtomicReference<>();
    PageWriter w = new PageWriter(outDir, templates, p -> hashes.get().page(p), previous, published);
    writer = w;
    DataFiles.Summary data = DataFiles.write(List.copyOf(site.ledgers.values()), model.redirects(), site.baseUrl, w);
    hashes.set(new InputHashes(site, data));
    w.writeAll(pages(site, data));
    w.pagesDone();
    return w;
  }

  /** Every page of the site, in a stable order, the sitemap last. */
  List<Page> pages(SiteIndex site, DataFiles.Summary data) {
    List<PageKind> kinds = List.of(new HomePage(), new ProgramIndexPage(), new ProgramPages(), new RedirectPages(),
        new MinistryIndexPage(), new MinistryPages(), new YearIndexPage(), new YearPages(), new DocumentIndexPage(),
        new DocumentYearPages(), new DocumentPages(markdown), new DataPage(data), new SearchPage(), new NotFoundPage(),
        new FeedFile(), new AssetFiles());
    List<Page> pages = new ArrayList<>();
    for (PageKind k : kinds) pages.addAll(k.pages(site));
    pages.addAll(SitemapFile.of(site, pages));
    return pages;
  }

  /** Files written so far by {@link #render}, for progress reports while it runs (any thread may ask). */
  public long pagesWritten() {
    PageWriter w = writer;
    return w == null ? 0 : w.written();
  }

  private static void validate(SiteModel model) {
    for (Program p : model.programs()) SafePaths.segment("program id", p.id());
    for (Document d : model.documents()) Slug.requireDocumentSlug(d.slug()); // nested: teijuu/gaiyou
    for (Ministry m : model.ministries().all()) SafePaths.segment("ministry id", m.id());
    for (Map.Entry<String, String> r : model.redirects().entrySet()) {
      SafePaths.segment("redirected program id", r.getKey());
      SafePaths.segment("program id", r.getValue());
    }
  }
}
