package org.seisaku.render;

import java.util.List;

/**
 * One kind of page of the site (as Hugo has page kinds, and picocli one class per command): which pages of the
 * kind the site has, what each reads, and how each is made. Each kind is one small class; {@link SiteRenderer}
 * lists them and {@link PageWriter} writes what they give.
 *
 * <pre>
 *   new ProgramPages().pages(site) → [programs/kokuzei-part/index.html, programs/mlit-road/index.html, …]
 *   page.reads()                   → SITE, TEMPLATE program.ftlh …, PROGRAM kokuzei-part, MINISTRIES …
 * </pre>
 */
interface PageKind {
  /** The pages of this kind, in a stable order: paths and reads now, bodies when the writer renders them. */
  List<Page> pages(SiteIndex site);
}
