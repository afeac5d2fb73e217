package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;
import static org.seisaku.render.ViewParts.nz;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.Link;

/**
 * {@code ministries/{id}/index.html}, one per ministry of ministries.yml: its totals by year and its programs with
 * their latest budget, largest first, {@link #PER_PAGE} to a page ({@code ministries/{id}/page/2/} …; the totals on
 * the first page only), so that 国土交通省's thousands of programs of the whole government stay readable.
 */
final class MinistryPages implements PageKind {
  /** Programs on a page of a ministry. */
  static final int PER_PAGE = 200;

  /** The ministries (parent, 外局), the ministry's programs (their figures and names) and the site's years. */
  static Reads.Builder reads(SiteIndex ix, Ministry m) {
    return Reads.site().add(Kind.MINISTRIES).add(Kind.YEARS).add(Kind.PROGRAM, ix.programsOf(m.id()));
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      Ministry m = n.ministry();
      String first = "ministries/" + m.id() + "/";
      int count = Paging.split(ix.programsOf(m.id()), PER_PAGE).size();
      for (int i = 1; i <= count; i++) {
        int page = i;
        String title = page == 1 ? m.name() : m.name() + "（" + page + "ページ）";
        pages.add(Page.html(ix, Paging.dir(first, page), "ministry.ftlh", "ministries", title, reads(ix, m),
            () -> view(ix, m, page)));
      }
    }
    return pages;
  }

  private static Views.MinistryPage view(SiteIndex ix, Ministry m, int page) {
    String first = "ministries/" + m.id() + "/";
    String dir = Paging.dir(first, page);
    List<String> ids = ix.programsOf(m.id());
    List<List<String>> pages = Paging.split(ViewParts.byLatestAmount(ix, ids), PER_PAGE);
    List<Views.ProgramItem> programs = pages.get(page - 1).stream()
        .map(id -> ViewParts.programItem(ix, dir, id, false, true)).toList();
    Views.Table totals = null;
    Totals all = new Totals();
    List<FiscalYear> outside = new ArrayList<>();
    if (page == 1) {
      List<ViewParts.TotalsRow> rows = new ArrayList<>();
      List<BudgetKind> kinds = ViewParts.totalKinds(ix.yearTotals.values().stream().map(t -> t.get(m.id())).toList());
      for (FiscalYear y : ix.years) {
        Totals t = ix.yearTotals.getOrDefault(y, new TreeMap<>()).get(m.id());
        if (t == null) continue;
        if (!ix.inOffice(m.id(), y)) {
          outside.add(y);
          continue;
        }
        all.addAll(t);
        int count = ix.yearCounts.get(y).getOrDefault(m.id(), 0);
        rows.add(new ViewParts.TotalsRow(y.label(), folder(dir, "years/" + y.year() + "/"), t, count));
      }
      totals = ViewParts.totalsTable(kinds, rows);
    }
    Link parent = m.parent() == null ? null : ix.model.ministries().byId(m.parent())
        .map(pm -> new Link(folder(dir, "ministries/" + pm.id() + "/"), pm.name())).orElse(null);
    List<Link> children = ix.model.ministries().all().stream().filter(c -> m.id().equals(c.parent()) && c != m)
        .map(c -> new Link(folder(dir, "ministries/" + c.id() + "/"), c.name())).toList();
    return new Views.MinistryPage(m.name(), nz(m.english()), ViewParts.period(m), parent, children, ids.size(),
        totals, all.exclusionNote(), SiteIndex.yearRanges(outside), programs, (page - 1) * PER_PAGE + 1,
        Paging.pager(first, page, pages.size()));
  }
}
