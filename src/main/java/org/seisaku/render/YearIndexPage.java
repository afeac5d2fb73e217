package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.render.Reads.Kind;

/** {@code years/index.html}: the totals of every fiscal year. */
final class YearIndexPage implements PageKind {
  /** Every program's figures. */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ALL_PROGRAMS);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.html(ix, "years/", "years.ftlh", "years", "年度一覧", reads(), () -> view(ix)));
  }

  private static Views.YearsPage view(SiteIndex ix) {
    List<ViewParts.TotalsRow> rows = new ArrayList<>();
    Totals all = new Totals();
    List<BudgetKind> kinds = ViewParts.totalKinds(ix.yearTotals.values().stream().flatMap(m -> m.values().stream()).toList());
    for (FiscalYear y : ix.years) {
      Totals t = new Totals();
      ix.yearTotals.getOrDefault(y, new TreeMap<>()).values().forEach(t::addAll);
      all.addAll(t);
      rows.add(new ViewParts.TotalsRow(y.label(), folder("years/", "years/" + y.year() + "/"), t, ix.programCount(y)));
    }
    return new Views.YearsPage(ViewParts.totalsTable(kinds, rows), all.exclusionNote(), ix.missingYears());
  }
}
