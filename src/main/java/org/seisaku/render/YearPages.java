package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.SiteUrls;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.CountLink;
import org.seisaku.render.Views.Link;

/**
 * {@code years/{fy}/index.html}, one per fiscal year of the data: totals by ministry, the programs that begin and
 * those that end that year, and a link to the year's documents. The programs, those that begin then those that end,
 * are {@link #PER_PAGE} to a page ({@code years/{fy}/page/2/} …; the totals on the first page only).
 */
final class YearPages implements PageKind {
  /** Programs (that begin or end) on a page of a year. */
  static final int PER_PAGE = 300;

  /** Every program (totals, which begin or end), every document (the year's count) and the ministries. */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_PROGRAMS).add(Kind.ALL_DOCUMENTS).add(Kind.MINISTRIES);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    for (FiscalYear y : ix.years) {
      Changes c = changes(ix, y);
      int count = Math.max(1, (c.added().size() + c.ended().size() + PER_PAGE - 1) / PER_PAGE);
      for (int i = 1; i <= count; i++) {
        int page = i;
        String title = page == 1 ? y.label() : y.label() + "（" + page + "ページ）";
        pages.add(Page.html(ix, Paging.dir(SiteUrls.year(y), page), "year.ftlh", "years", title, reads(),
            () -> view(ix, y, page, count)));
      }
    }
    return pages;
  }

  /** The programs that begin in a year and those that end in it (ids), and whether either can be known. */
  private record Changes(List<String> added, List<String> ended, boolean newTracked, boolean endTracked) {}

  private static Changes changes(SiteIndex ix, FiscalYear y) {
    boolean newTracked = !ix.years.isEmpty() && y.compareTo(ix.years.first()) > 0;
    boolean endTracked = !ix.years.isEmpty() && y.compareTo(ix.years.last()) < 0;
    List<String> added = new ArrayList<>();
    List<String> ended = new ArrayList<>();
    for (BudgetLedger l : ix.ledgers.values()) {
      SortedSet<FiscalYear> active = activeYears(l);
      if (active.isEmpty()) continue;
      if (newTracked && active.first().equals(y)) added.add(l.program().id());
      if (endTracked && active.last().equals(y)) ended.add(l.program().id());
    }
    return new Changes(added, ended, newTracked, endTracked);
  }

  private static Views.YearPage view(SiteIndex ix, FiscalYear y, int page, int count) {
    String first = SiteUrls.year(y);
    String dir = Paging.dir(first, page);
    SortedMap<String, Totals> byMinistry = ix.yearTotals.getOrDefault(y, new TreeMap<>());
    List<BudgetKind> kinds = ViewParts.totalKinds(List.copyOf(byMinistry.values()));
    List<ViewParts.TotalsRow> rows = new ArrayList<>();
    Totals sum = new Totals();
    Set<String> seen = new TreeSet<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      String id = n.ministry().id();
      Totals t = byMinistry.get(id);
      seen.add(id);
      if (t == null) continue;
      sum.addAll(t);
      boolean in = ix.inOffice(id, y);
      rows.add(new ViewParts.TotalsRow(in ? n.ministry().name() : ViewParts.outOfOffice(n.ministry()),
          in ? folder(dir, "ministries/" + id + "/") : null, t, ix.yearCounts.get(y).getOrDefault(id, 0)));
    }
    byMinistry.forEach((id, t) -> {
      if (seen.contains(id)) return;
      sum.addAll(t);
      rows.add(new ViewParts.TotalsRow(id == null ? "府省庁不明" : id, null, t, ix.yearCounts.get(y).getOrDefault(id, 0)));
    });
    rows.add(new ViewParts.TotalsRow("合計", null, sum, ix.programCount(y)));
    Changes c = changes(ix, y);
    // the programs that begin, then those that end, cut into pages; a ministry named on every page it reaches
    int from = (page - 1) * PER_PAGE;
    int to = page * PER_PAGE;
    Paging.Part<Views.ProgramGroup, Views.ProgramItem, Views.ProgramGroup> part = (g, items, continued) ->
        new Views.ProgramGroup(continued ? g.heading() + "（続き）" : g.heading(), g.href(), g.anchor(), g.count(), items);
    List<Views.ProgramGroup> added = Paging.cut(ViewParts.byMinistry(ix, dir, c.added(), "new-", y),
        Views.ProgramGroup::programs, from, to, part);
    List<Views.ProgramGroup> ended = Paging.cut(ViewParts.byMinistry(ix, dir, c.ended(), "ended-", y),
        Views.ProgramGroup::programs, from - c.added().size(), to - c.added().size(), part);
    Link prev = ix.years.headSet(y).isEmpty() ? null
        : new Link(folder(dir, "years/" + ix.years.headSet(y).last().year() + "/"), ix.years.headSet(y).last().label());
    SortedSet<FiscalYear> after = ix.years.tailSet(y.next());
    Link next = after.isEmpty() ? null : new Link(folder(dir, "years/" + after.first().year() + "/"), after.first().label());
    long docs = ix.documents.values().stream().filter(d -> y.equals(d.fiscalYear())).count();
    CountLink documents = docs == 0 ? null
        : new CountLink(folder(dir, "documents/years/" + y.year() + "/"), y.label() + "の文書", docs);
    return new Views.YearPage(y.label(), y.eraLabel(), prev, next,
        page == 1 ? ViewParts.totalsTable(kinds, rows) : null, sum.exclusionNote(), ix.programCount(y),
        added, ended, c.added().size(), c.ended().size(), c.newTracked(), c.endTracked(), documents,
        Paging.pager(first, page, count));
  }

  /** Years a program was in force: years with a figure other than a request, and the years of its program-years. */
  private static SortedSet<FiscalYear> activeYears(BudgetLedger l) {
    SortedSet<FiscalYear> ys = new TreeSet<>();
    for (BudgetLedger.Entry e : l.entries()) if (e.kind() != BudgetKind.REQUEST) ys.add(e.year());
    for (ProgramYear py : l.program().years()) ys.add(py.fiscalYear());
    return ys;
  }
}
