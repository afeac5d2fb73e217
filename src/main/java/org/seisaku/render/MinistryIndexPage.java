package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;
import static org.seisaku.render.ViewParts.nz;

import java.util.ArrayList;
import java.util.List;
import org.seisaku.model.Ministry;
import org.seisaku.render.Reads.Kind;

/** {@code ministries/index.html}: the ministry tree with each one's number of programs, and programs of no known ministry. */
final class MinistryIndexPage implements PageKind {
  /** The ministries and every program (counts, and those of unknown ministries). */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.MINISTRIES).add(Kind.ALL_PROGRAMS);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.html(ix, "ministries/", "ministries.ftlh", "ministries", "府省庁一覧", reads(), () -> view(ix)));
  }

  private static Views.MinistriesPage view(SiteIndex ix) {
    List<Views.MinistryRow> rows = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      Ministry m = n.ministry();
      rows.add(new Views.MinistryRow(folder("ministries/", "ministries/" + m.id() + "/"), m.name(), nz(m.english()), n.depth(),
          ix.programsOf(m.id()).size(), ViewParts.period(m)));
    }
    return new Views.MinistriesPage(rows, ViewParts.unknownMinistry(ix, "ministries/"));
  }
}
