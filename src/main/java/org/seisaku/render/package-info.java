/**
 * The static site: one small builder per kind of page, one writer, one template set-up.
 * {@link org.seisaku.render.SiteRenderer} lists the kinds and runs them.
 *
 * <pre>
 *   Templates        Freemarker and the assets, set up once per build
 *   SiteIndex        what every builder reads, computed once per render (lookups, totals, site title and credits)
 *   PageKind         one kind of page: HomePage, ProgramIndexPage, ProgramPages, RedirectPages, MinistryIndexPage,
 *                    MinistryPages, YearIndexPage, YearPages, DocumentIndexPage, DocumentYearPages, DocumentPages,
 *                    DataPage, SearchPage, NotFoundPage, FeedFile, AssetFiles; and SitemapFile (of the others)
 *   Page, Reads      an output file: its path, what it reads (for incremental builds) and its body
 *   PageWriter       the only code that writes files: parallel, safe paths, one output per path, a progress count
 *   Views            the records the templates read; ViewParts the pieces several pages share
 *   DataFiles        data/*.json and data/budget.csv; Feeds the sitemap and Atom XML; BudgetChart the SVG chart
 *   BudgetLedger     the figures in force of a program, and their revisions; Totals their sums
 * </pre>
 */
package org.seisaku.render;
