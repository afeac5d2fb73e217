package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.ProgramGroup;

/**
 * {@code programs/index.html}: every program under its ministry, or, above {@value #PROGRAMS_LISTED_MAX} programs,
 * the ministries with their counts (the lists are then on the ministry pages).
 */
final class ProgramIndexPage implements PageKind {
  static final int PROGRAMS_LISTED_MAX = 1500;

  /** Every program (names, years, ministry) and the ministries. */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_PROGRAMS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.html(ix, "programs/", "programs.ftlh", "programs", "事業一覧", reads(), () -> view(ix)));
  }

  private static Views.Programs view(SiteIndex ix) {
    boolean listed = ix.programs.size() <= PROGRAMS_LISTED_MAX;
    List<ProgramGroup> groups = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      List<String> ids = ix.programsOf(n.ministry().id());
      if (ids.isEmpty()) continue;
      groups.add(new ProgramGroup(n.ministry().name(), folder("programs/", "ministries/" + n.ministry().id() + "/"),
          "m-" + n.ministry().id(), ids.size(), listed ? ViewParts.programItems(ix, "programs/", ids, false) : List.of()));
    }
    groups.addAll(ViewParts.unknownMinistry(ix, "programs/"));
    return new Views.Programs(ix.programs.size(), listed, groups);
  }
}
