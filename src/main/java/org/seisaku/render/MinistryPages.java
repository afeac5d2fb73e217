package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;
import static org.seisaku.render.ViewParts.nz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.Link;
import org.seisaku.render.Views.ProgramGroup;

/**
 * {@code ministries/{id}/index.html}, one per ministry of ministries.yml: its totals by year and its programs,
 * grouped by the last fiscal year they have.
 */
final class MinistryPages implements PageKind {
  /** The ministries (parent, 外局), the ministry's programs (their figures and names) and the site's years. */
  static Reads.Builder reads(SiteIndex ix, Ministry m) {
    return Reads.site().add(Kind.MINISTRIES).add(Kind.YEARS).add(Kind.PROGRAM, ix.programsOf(m.id()));
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      Ministry m = n.ministry();
      pages.add(Page.html(ix, "ministries/" + m.id() + "/", "ministry.ftlh", "ministries", m.name(), reads(ix, m),
          () -> view(ix, m)));
    }
    return pages;
  }

  private static Views.MinistryPage view(SiteIndex ix, Ministry m) {
    String dir = "ministries/" + m.id() + "/";
    List<String> ids = ix.programsOf(m.id());
    List<ViewParts.TotalsRow> rows = new ArrayList<>();
    Totals all = new Totals();
    List<BudgetKind> kinds = ViewParts.totalKinds(ix.yearTotals.values().stream().map(t -> t.get(m.id())).toList());
    List<FiscalYear> outside = new ArrayList<>();
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
    // programs grouped by the last fiscal year they have a figure for, newest first
    SortedMap<FiscalYear, List<String>> byLast = new TreeMap<>(Comparator.reverseOrder());
    List<String> none = new ArrayList<>();
    for (String id : ids) {
      SortedSet<FiscalYear> ys = ix.ledgers.get(id).fiscalYears();
      if (ys.isEmpty()) none.add(id);
      else byLast.computeIfAbsent(ys.last(), k -> new ArrayList<>()).add(id);
    }
    FiscalYear newest = ix.years.isEmpty() ? null : ix.years.last();
    List<ProgramGroup> groups = new ArrayList<>();
    byLast.forEach((y, list) -> groups.add(new ProgramGroup(
        y.equals(newest) ? y.label() + "まで（最新年度）" : y.label() + "まで", null, "y" + y.year(), list.size(),
        ViewParts.programItems(ix, dir, list, false))));
    if (!none.isEmpty()) groups.add(new ProgramGroup("年度不明", null, "y-none", none.size(), ViewParts.programItems(ix, dir, none, false)));
    Link parent = m.parent() == null ? null : ix.model.ministries().byId(m.parent())
        .map(pm -> new Link(folder(dir, "ministries/" + pm.id() + "/"), pm.name())).orElse(null);
    List<Link> children = ix.model.ministries().all().stream().filter(c -> m.id().equals(c.parent()) && c != m)
        .map(c -> new Link(folder(dir, "ministries/" + c.id() + "/"), c.name())).toList();
    return new Views.MinistryPage(m.name(), nz(m.english()), ViewParts.period(m), parent, children, ids.size(),
        ViewParts.totalsTable(kinds, rows), all.exclusionNote(), SiteIndex.yearRanges(outside), groups);
  }
}
