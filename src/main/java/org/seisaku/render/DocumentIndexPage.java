package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import org.seisaku.model.Document;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.CountLink;
import org.seisaku.render.Views.DocItem;

/**
 * {@code documents/index.html}: the documents newest first, and the fiscal years with their counts. Above
 * {@value #DOCUMENTS_LISTED_MAX} documents, review sheets with a fiscal year are left to the year lists
 * ({@link DocumentYearPages}).
 */
final class DocumentIndexPage implements PageKind {
  static final int DOCUMENTS_LISTED_MAX = 300;
  private static final String SHEET_KIND = "レビューシート";

  /** Every document and the ministries (names in the list). */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.html(ix, "documents/", "documents.ftlh", "documents", "文書一覧", reads(), () -> view(ix)));
  }

  private static Views.DocumentsPage view(SiteIndex ix) {
    List<Document> all = List.copyOf(ix.documents.values());
    boolean listAll = all.size() <= DOCUMENTS_LISTED_MAX;
    List<DocItem> listed = all.stream().filter(d -> listAll || d.fiscalYear() == null || !isSheet(d))
        .sorted(ViewParts.NEWEST_FIRST).map(d -> ViewParts.docItem(ix, "documents/", d)).toList();
    List<CountLink> years = new ArrayList<>();
    DocumentYearPages.countsByYear(ix).forEach((y, n) ->
        years.add(new CountLink(folder("documents/", "documents/years/" + y.year() + "/"), y.label(), n)));
    return new Views.DocumentsPage(all.size(), listed, years, all.size() - listed.size());
  }

  private static boolean isSheet(Document d) {
    return SHEET_KIND.equals(d.kind()) || (d.provenance() != null && "judgit".equals(d.provenance().source()));
  }
}
