package org.seisaku.render;

import static org.seisaku.render.ViewParts.nz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.render.Reads.Kind;

/** {@code documents/years/{fy}/index.html}, one per fiscal year that documents have: that year's documents by ministry. */
final class DocumentYearPages implements PageKind {
  /** Every document (which are of the year) and the ministries (headings, order). */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    for (FiscalYear y : countsByYear(ix).keySet()) {
      pages.add(Page.html(ix, "documents/years/" + y.year() + "/", "document-year.ftlh", "documents", y.label() + "の文書",
          reads(), () -> view(ix, y)));
    }
    return pages;
  }

  /** Fiscal year → number of documents of that year, newest year first. */
  static SortedMap<FiscalYear, Integer> countsByYear(SiteIndex ix) {
    SortedMap<FiscalYear, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Document d : ix.documents.values()) if (d.fiscalYear() != null) byYear.merge(d.fiscalYear(), 1, Integer::sum);
    return byYear;
  }

  private static Views.DocumentYearPage view(SiteIndex ix, FiscalYear y) {
    String dir = "documents/years/" + y.year() + "/";
    SortedMap<String, List<Document>> byMinistry = new TreeMap<>();
    for (Document d : ix.documents.values()) {
      if (y.equals(d.fiscalYear())) byMinistry.computeIfAbsent(nz(d.ministryId()), k -> new ArrayList<>()).add(d);
    }
    List<Views.DocGroup> groups = new ArrayList<>();
    int total = 0;
    for (SiteIndex.Node n : ix.ministryTree()) {
      List<Document> docs = byMinistry.remove(n.ministry().id());
      if (docs == null) continue;
      total += docs.size();
      groups.add(new Views.DocGroup(n.ministry().name(), "m-" + n.ministry().id(),
          docs.stream().map(d -> ViewParts.docItem(ix, dir, d)).toList()));
    }
    for (Map.Entry<String, List<Document>> e : byMinistry.entrySet()) {
      total += e.getValue().size();
      groups.add(new Views.DocGroup(e.getKey().isEmpty() ? "府省庁なし" : e.getKey(), "m-other-" + groups.size(),
          e.getValue().stream().map(d -> ViewParts.docItem(ix, dir, d)).toList()));
    }
    return new Views.DocumentYearPage(y.label(), total, groups);
  }
}
