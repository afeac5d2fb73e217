package org.seisaku.render;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.seisaku.render.Reads.Kind;

/**
 * {@code sitemap.xml}: the canonical URL of every listed page, sorted ({@link Feeds#sitemaps}); past
 * {@link Feeds#SITEMAP_URLS} pages (the whole government's sheets) an index of {@code sitemaps/n.xml}.
 */
final class SitemapFile {
  private SitemapFile() {}

  /** Which pages exist: those of every program, document, ministry and year. */
  static Reads reads() {
    return Reads.site().add(Kind.ALL_PROGRAMS).add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES).add(Kind.YEARS).build();
  }

  /** The sitemap files of the listed ones among {@code pages}. */
  static List<Page> of(SiteIndex ix, List<Page> pages) {
    SortedSet<String> folders = new TreeSet<>();
    for (Page p : pages) if (p.listed()) folders.add(p.folder());
    java.util.SortedMap<String, String> files = Feeds.sitemaps(ix.baseUrl, List.copyOf(folders), Feeds.SITEMAP_URLS);
    List<Page> out = new java.util.ArrayList<>();
    files.forEach((path, xml) -> out.add(Page.text(path, reads(), () -> xml)));
    return out;
  }
}
