package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import org.seisaku.model.FiscalYear;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.CountLink;
import org.seisaku.render.Views.DocItem;

/** {@code index.html}: counts, the ministries and years with their numbers of programs, the newest documents. */
final class HomePage implements PageKind {
  static final int NEWEST_DOCUMENTS = 10;

  /** Counts and lists of every program, document and ministry. */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_PROGRAMS).add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.html(ix, "", "index.ftlh", "home", ix.site.title(), reads(), () -> view(ix)));
  }

  private static Views.Home view(SiteIndex ix) {
    List<CountLink> ministries = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      int count = ix.programsOf(n.ministry().id()).size();
      if (count == 0) continue;
      ministries.add(new CountLink(folder("", "ministries/" + n.ministry().id() + "/"), n.ministry().name(), count));
    }
    List<CountLink> years = new ArrayList<>();
    for (FiscalYear y : ix.years) {
      years.add(new CountLink(folder("", "years/" + y.year() + "/"), y.label(), ix.programCount(y)));
    }
    List<DocItem> newest = ix.documents.values().stream().filter(d -> d.date() != null).sorted(ViewParts.NEWEST_FIRST)
        .limit(NEWEST_DOCUMENTS).map(d -> ViewParts.docItem(ix, "", d)).toList();
    String span = ix.years.isEmpty() ? "" : ix.years.first().label() + "〜" + ix.years.last().label();
    return new Views.Home(ix.programs.size(), ix.documents.size(), ministries.size(), ix.model.ministries().all().size(),
        ix.years.size(), span, ix.missingYears(), ministries, years, newest);
  }
}
