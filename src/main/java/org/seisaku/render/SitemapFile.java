package org.seisaku.render;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.seisaku.render.Reads.Kind;

/** {@code sitemap.xml}: the canonical URL of every listed page, sorted ({@link Feeds#sitemap}). */
final class SitemapFile {
  private SitemapFile() {}

  /** Which pages exist: those of every program, document, ministry and year. */
  static Reads reads() {
    return Reads.site().add(Kind.ALL_PROGRAMS).add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES).add(Kind.YEARS).build();
  }

  /** The sitemap of the listed ones among {@code pages}. */
  static Page of(SiteIndex ix, List<Page> pages) {
    SortedSet<String> folders = new TreeSet<>();
    for (Page p : pages) if (p.listed()) folders.add(p.folder());
    return Page.text("sitemap.xml", reads(), () -> Feeds.sitemap(ix.baseUrl, folders));
  }
}
