package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seisaku.model.Amount;
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
    Map<FiscalYear, Changes> changes = changes(ix);
    for (FiscalYear y : ix.years) {
      Changes c = changes.get(y);
      int count = Math.max(1, (c.added().size() + c.ended().size() + PER_PAGE - 1) / PER_PAGE);
      for (int i = 1; i <= count; i++) {
        int page = i;
        String title = page == 1 ? y.label() : y.label() + "（" + page + "ページ）";
        pages.add(Page.html(ix, Paging.dir(SiteUrls.year(y), page), "year.ftlh", "years", title, reads(),
            () -> view(ix, y, c, page, count)));
      }
    }
    return pages;
  }

  /** The programs that begin in a year and those that end in it (ids), and whether either can be known. */
  private record Changes(List<String> added, List<String> ended, boolean newTracked, boolean endTracked) {}

  /** The changes of every year of the site, from one pass over the programs (in id order). */
  private static Map<FiscalYear, Changes> changes(SiteIndex ix) {
    Map<FiscalYear, List<String>> added = new HashMap<>();
    Map<FiscalYear, List<String>> ended = new HashMap<>();
    for (BudgetLedger l : ix.ledgers.values()) {
      SortedSet<FiscalYear> active = activeYears(l);
      if (active.isEmpty()) continue;
      added.computeIfAbsent(active.first(), k -> new ArrayList<>()).add(l.program().id());
      ended.computeIfAbsent(active.last(), k -> new ArrayList<>()).add(l.program().id());
    }
    Map<FiscalYear, Changes> out = new HashMap<>();
    for (FiscalYear y : ix.years) {
      boolean newTracked = y.compareTo(ix.years.first()) > 0;
      boolean endTracked = y.compareTo(ix.years.last()) < 0;
      out.put(y, new Changes(newTracked ? added.getOrDefault(y, List.of()) : List.of(),
          endTracked ? ended.getOrDefault(y, List.of()) : List.of(), newTracked, endTracked));
    }
    return out;
  }

  private static Views.YearPage view(SiteIndex ix, FiscalYear y, Changes c, int page, int count) {
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
    List<Shift> shifts = page == 1 ? shifts(ix, y) : List.of();
    List<Shift> up = up(shifts);
    List<Shift> down = down(shifts);
    CountLink documents = docs == 0 ? null
        : new CountLink(folder(dir, "documents/years/" + y.year() + "/"), y.label() + "の文書", docs);
    return new Views.YearPage(y.label(), y.eraLabel(), prev, next,
        page == 1 ? ViewParts.totalsTable(kinds, rows) : null, sum.exclusionNote(), ix.programCount(y),
        added, ended, c.added().size(), c.ended().size(), c.newTracked(), c.endTracked(), documents,
        Paging.pager(first, page, count), page == 1 && compared(ix, y) ? new FiscalYear(y.year() - 1).label() : null,
        page == 1 ? shiftTable(dir, up) : null, page == 1 ? shiftTable(dir, down) : null, up.size(), down.size());
  }

  /** Largest increases and decreases shown on a year page, each. */
  static final int SHIFTS_SHOWN = 10;

  /** A program's figure of one kind in a year and the year before. */
  private record Shift(BudgetLedger ledger, BudgetKind kind, BudgetLedger.Entry before, BudgetLedger.Entry after) {
    long difference() {
      return after.inForce().item().amount().yen() - before.inForce().item().amount().yen();
    }

    String order() {
      return ledger.program().id() + "\u0000" + kind.ordinal();
    }
  }

  private static boolean compared(SiteIndex ix, FiscalYear y) {
    return y.year() - 1 >= FiscalYear.MIN && ix.years.contains(new FiscalYear(y.year() - 1));
  }

  /** The increases from the year before, largest first. */
  private static List<Shift> up(List<Shift> shifts) {
    return shifts.stream().filter(c -> c.difference() > 0)
        .sorted(Comparator.comparingLong(Shift::difference).reversed().thenComparing(Shift::order)).toList();
  }

  /** The decreases from the year before, largest first. */
  private static List<Shift> down(List<Shift> shifts) {
    return shifts.stream().filter(c -> c.difference() < 0)
        .sorted(Comparator.comparingLong(Shift::difference).thenComparing(Shift::order)).toList();
  }

  /**
   * The changes from the year before, of comparable figures only: the same program and budget kind in both years,
   * both amounts figures that could be summed ({@link Amount#comparable}: no 内数, no 事項要求, no ceiling), and
   * different.
   */
  private static List<Shift> shifts(SiteIndex ix, FiscalYear y) {
    if (!compared(ix, y)) return List.of();
    FiscalYear before = new FiscalYear(y.year() - 1);
    List<Shift> out = new ArrayList<>();
    for (BudgetLedger l : ix.ledgers.values()) {
      for (BudgetKind k : l.kinds()) {
        BudgetLedger.Entry e0 = l.entry(before, k);
        BudgetLedger.Entry e1 = l.entry(y, k);
        if (e0 == null || e1 == null || !e0.inForce().item().amount().comparable(e1.inForce().item().amount())) continue;
        Shift c = new Shift(l, k, e0, e1);
        if (c.difference() != 0) out.add(c);
      }
    }
    return out;
  }

  /** The first {@link #SHIFTS_SHOWN} shifts as a table: program, kind, the year before, this year, the change. */
  private static Views.Table shiftTable(String dir, List<Shift> shifts) {
    List<Views.Row> rows = new ArrayList<>();
    for (Shift c : shifts.subList(0, Math.min(SHIFTS_SHOWN, shifts.size()))) {
      long d = c.difference();
      String k = c.kind().json();
      Amount a0 = c.before().inForce().item().amount();
      Amount a1 = c.after().inForce().item().amount();
      rows.add(new Views.Row(c.ledger().program().name(), folder(dir, "programs/" + c.ledger().program().id() + "/"), List.of(
          new Views.Cell(c.kind().label(), k, "", false, ""),
          new Views.Cell(a0.display(), k, a0.qualifier().json(), false, Yen.exact(a0)),
          new Views.Cell(a1.display(), k, a1.qualifier().json(), false, Yen.exact(a1)),
          new Views.Cell((d > 0 ? "+" : "-") + Amount.exact(Math.abs(d)).display(), k, "", false, "")), ""));
    }
    return new Views.Table(List.of(), rows, "");
  }

  /** Years a program was in force: years with a figure other than a request, and the years of its program-years. */
  private static SortedSet<FiscalYear> activeYears(BudgetLedger l) {
    SortedSet<FiscalYear> ys = new TreeSet<>();
    for (BudgetLedger.Entry e : l.entries()) if (e.kind() != BudgetKind.REQUEST) ys.add(e.year());
    for (ProgramYear py : l.program().years()) ys.add(py.fiscalYear());
    return ys;
  }
}
