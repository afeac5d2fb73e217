/**
 * The static site: budget resolution ({@link org.seisaku.render.BudgetLedger}: the figure in force and its
 * revisions), Freemarker view models and page writers ({@link org.seisaku.render.SiteRenderer}), the SVG chart,
 * sanitised Markdown, sitemap, Atom feed and the data downloads of {@code data/}.
 */
package org.seisaku.render;
