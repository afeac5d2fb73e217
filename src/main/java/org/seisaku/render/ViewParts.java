package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.Qualifier;
import org.seisaku.render.Views.DocItem;
import org.seisaku.render.Views.Link;
import org.seisaku.render.Views.ProgramGroup;
import org.seisaku.render.Views.ProgramItem;

/**
 * View pieces that several kinds of page show: a program or document in a list, programs grouped by ministry, a
 * link to a ministry or program, the cells of a totals table. Each takes the folder of the page it goes on
 * ({@code dir}), because every link is relative:
 *
 * <pre>
 *   programLink(ix, "documents/x/", "teijuu") → Link("../../programs/teijuu/index.html", "定住自立圏推進費")
 *   docItem(ix, "", d)                        → DocItem("documents/x/index.html", "…", "2009-04-01", "2009年4月1日", …)
 * </pre>
 */
final class ViewParts {
  static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);

  /** Kinds that year and ministry totals show, in this order when present. */
  private static final Set<BudgetKind> TOTAL_KINDS =
      EnumSet.of(BudgetKind.INITIAL, BudgetKind.SUPPLEMENTARY, BudgetKind.TOTAL, BudgetKind.EXECUTED, BudgetKind.REQUEST);

  /** Dated documents newest first, then undated ones; ties by slug. */
  static final Comparator<Document> NEWEST_FIRST = Comparator
      .comparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Document::slug);

  private ViewParts() {}

  /** The programs as list items sorted by name, each with its years (「2008〜2010年度」) and optionally its ministry. */
  static List<ProgramItem> programItems(SiteIndex ix, String dir, List<String> ids, boolean withMinistry) {
    List<ProgramItem> items = new ArrayList<>(ids.size());
    for (String id : ids) {
      BudgetLedger l = ix.ledgers.get(id);
      SortedSet<FiscalYear> ys = l.fiscalYears();
      String years = ys.isEmpty() ? "" : ys.first().equals(ys.last()) ? ys.first().year() + "年度"
          : ys.first().year() + "〜" + ys.last().year() + "年度";
      items.add(new ProgramItem(folder(dir, "programs/" + id + "/"), l.program().name(), years,
          withMinistry ? ix.ministryName(l.program().ministryId()) : null));
    }
    items.sort(Comparator.comparing(ProgramItem::name).thenComparing(ProgramItem::href));
    return items;
  }

  /** Programs grouped under their ministries, in 建制順 (unknown ministries last). */
  static List<ProgramGroup> byMinistry(SiteIndex ix, String dir, List<String> ids, String anchorPrefix) {
    SortedMap<String, List<String>> groups = new TreeMap<>();
    for (String id : ids) groups.computeIfAbsent(nz(ix.programs.get(id).ministryId()), k -> new ArrayList<>()).add(id);
    List<ProgramGroup> out = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      List<String> list = groups.remove(n.ministry().id());
      if (list == null) continue;
      out.add(new ProgramGroup(n.ministry().name(), folder(dir, "ministries/" + n.ministry().id() + "/"),
          anchorPrefix + n.ministry().id(), list.size(), programItems(ix, dir, list, false)));
    }
    groups.forEach((m, list) -> out.add(new ProgramGroup(m.isEmpty() ? "府省庁不明" : m, null, anchorPrefix + "other-" + out.size(),
        list.size(), programItems(ix, dir, list, false))));
    return out;
  }

  /** The programs whose ministry is unknown, as one group (empty when there are none). */
  static List<ProgramGroup> unknownMinistry(SiteIndex ix, String dir) {
    List<String> unknown = ix.unknownMinistryPrograms();
    return unknown.isEmpty() ? List.of()
        : List.of(new ProgramGroup("府省庁不明", null, "m-unknown", unknown.size(), programItems(ix, dir, unknown, true)));
  }

  /** The kinds, among those totals show, that at least one of the totals has. */
  static List<BudgetKind> totalKinds(List<Totals> totals) {
    List<BudgetKind> kinds = new ArrayList<>();
    for (BudgetKind k : TOTAL_KINDS) {
      for (Totals t : totals) {
        if (t != null && t.has(k)) {
          kinds.add(k);
          break;
        }
      }
    }
    return kinds;
  }

  /** The column headings of a totals table: 事業数, then the kinds. */
  static List<String> totalColumns(List<BudgetKind> kinds) {
    List<String> cols = new ArrayList<>();
    cols.add("事業数");
    for (BudgetKind k : kinds) cols.add(k.label());
    return cols;
  }

  /** The cells of a totals row: the number of programs, then one sum per kind. */
  static List<Views.Cell> totalCells(Totals t, List<BudgetKind> kinds, int count) {
    List<Views.Cell> cells = new ArrayList<>();
    cells.add(new Views.Cell(count + "", "count", "", false));
    for (BudgetKind k : kinds) {
      Qualifier q = t.sum(k) == null ? null : t.sum(k).qualifier();
      cells.add(new Views.Cell(t.display(k), k.json(), q == null ? "" : q.json(), false));
    }
    return cells;
  }

  /** A link to a ministry's page, or its id as text when ministries.yml does not know it. */
  static Link ministryLink(SiteIndex ix, String dir, String id) {
    if (ix.ministryExists(id)) return new Link(folder(dir, "ministries/" + id + "/"), ix.ministryName(id));
    return new Link(null, id == null ? "不明" : id);
  }

  static Link programLink(SiteIndex ix, String dir, String id) {
    return new Link(folder(dir, "programs/" + id + "/"), ix.programs.get(id).name());
  }

  static DocItem docItem(SiteIndex ix, String dir, Document d) {
    return new DocItem(folder(dir, "documents/" + d.slug() + "/"), d.title(), d.date() == null ? null : d.date().toString(),
        d.date() == null ? null : DATE_JA.format(d.date()), d.ministryId() == null ? null : ix.ministryName(d.ministryId()),
        d.kind(), d.fiscalYear() == null ? null : d.fiscalYear().label());
  }

  /** A ministry's period: 「2001年度〜」, 「〜2022年度」, or "" when it has none. */
  static String period(Ministry m) {
    if (m.since() == null && m.until() == null) return "";
    return (m.since() == null ? "" : m.since() + "年度") + "〜" + (m.until() == null ? "" : m.until() + "年度");
  }

  /** HTML that is already safe (sanitised Markdown, the SVG chart), for a template to insert as it is. */
  static TemplateHTMLOutputModel markup(String trustedHtml) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(trustedHtml);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  static String nz(String s) {
    return s == null ? "" : s;
  }
}
