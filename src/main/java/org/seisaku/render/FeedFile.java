package org.seisaku.render;

import java.util.List;
import org.seisaku.render.Reads.Kind;

/** {@code feed.xml}: an Atom feed of the {@value #FEED_ENTRIES} newest dated documents ({@link Feeds#atom}). */
final class FeedFile implements PageKind {
  static final int FEED_ENTRIES = 50;

  /** Every document (which are newest) and the ministries (names in the summaries). */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.text("feed.xml", reads().build(), () -> Feeds.atom(ix.site, ix.baseUrl, entries(ix))));
  }

  private static List<Feeds.Entry> entries(SiteIndex ix) {
    return ix.documents.values().stream().filter(d -> d.date() != null).sorted(ViewParts.NEWEST_FIRST).limit(FEED_ENTRIES)
        .map(d -> new Feeds.Entry(ix.baseUrl + "documents/" + d.slug() + "/", d.title(), d.date(),
            d.ministryId() == null ? null : ix.ministryName(d.ministryId()), d.kind()))
        .toList();
  }
}
