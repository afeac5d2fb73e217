package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;
import static org.seisaku.render.ViewParts.nz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.SiteUrls;
import org.seisaku.render.Reads.Kind;

/**
 * {@code documents/years/{fy}/index.html}, one per fiscal year that documents have: that year's documents by
 * ministry, {@link #PER_PAGE} to a page ({@code documents/years/{fy}/page/2/} …), each page with the list of all the
 * year's ministries linking to the page where each one's documents start.
 */
final class DocumentYearPages implements PageKind {
  /** Documents on a page. */
  static final int PER_PAGE = 400;

  /** Every document (which are of the year) and the ministries (headings, order). */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    // each year's documents by ministry, found once for all its pages (not by a pass over every document per page)
    Map<FiscalYear, SortedMap<String, List<Document>>> byYear = new java.util.concurrent.ConcurrentHashMap<>();
    for (Map.Entry<FiscalYear, Integer> e : countsByYear(ix).entrySet()) {
      FiscalYear y = e.getKey();
      int count = (e.getValue() + PER_PAGE - 1) / PER_PAGE;
      for (int i = 1; i <= count; i++) {
        int page = i;
        String title = y.label() + "の文書" + (page == 1 ? "" : "（" + page + "ページ）");
        pages.add(Page.html(ix, Paging.dir(SiteUrls.documentsOfYear(y), page), "document-year.ftlh", "documents", title,
            reads(), () -> view(ix, y, page, byYear.computeIfAbsent(y, k -> byMinistry(ix, k)))));
      }
    }
    return pages;
  }

  /** Fiscal year → number of documents of that year, newest year first. */
  static SortedMap<FiscalYear, Integer> countsByYear(SiteIndex ix) {
    SortedMap<FiscalYear, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Document d : ix.documents.values()) if (d.fiscalYear() != null) byYear.merge(d.fiscalYear(), 1, Integer::sum);
    return byYear;
  }

  /** A heading of the year's list: a ministry (or a ministry id no ministry has) and its documents, by slug. */
  private record Group(String heading, String anchor, List<Document> documents) {}

  /** The documents of year {@code y} by ministry id ("" for none), each list in the documents' order. */
  private static SortedMap<String, List<Document>> byMinistry(SiteIndex ix, FiscalYear y) {
    SortedMap<String, List<Document>> byMinistry = new TreeMap<>();
    for (Document d : ix.documents.values()) {
      if (y.equals(d.fiscalYear())) byMinistry.computeIfAbsent(nz(d.ministryId()), k -> new ArrayList<>()).add(d);
    }
    return byMinistry;
  }

  private static Views.DocumentYearPage view(SiteIndex ix, FiscalYear y, int page,
      SortedMap<String, List<Document>> ofYear) {
    String first = SiteUrls.documentsOfYear(y);
    String dir = Paging.dir(first, page);
    SortedMap<String, List<Document>> byMinistry = new TreeMap<>(ofYear);
    List<Group> all = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      List<Document> docs = byMinistry.remove(n.ministry().id());
      if (docs != null) all.add(new Group(n.ministry().name(), "m-" + n.ministry().id(), docs));
    }
    for (Map.Entry<String, List<Document>> e : byMinistry.entrySet()) {
      all.add(new Group(e.getKey().isEmpty() ? "府省庁なし" : e.getKey(), "m-other-" + all.size(), e.getValue()));
    }
    // the documents in order, cut into pages; each group named on every page it reaches, linked from the list
    List<Views.CountLink> toc = new ArrayList<>();
    int total = 0;
    for (Group g : all) {
      toc.add(new Views.CountLink(folder(dir, Paging.dir(first, total / PER_PAGE + 1)) + "#" + g.anchor(), g.heading(),
          g.documents().size()));
      total += g.documents().size();
    }
    List<Views.DocGroup> groups = Paging.cut(all, Group::documents, (page - 1) * PER_PAGE, page * PER_PAGE,
        (g, docs, continued) -> new Views.DocGroup(continued ? g.heading() + "（続き）" : g.heading(), g.anchor(),
            docs.stream().map(d -> ViewParts.docItem(ix, dir, d)).toList()));
    int pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
    return new Views.DocumentYearPage(y.label(), total, toc, groups, Paging.pager(first, page, pages));
  }
}
