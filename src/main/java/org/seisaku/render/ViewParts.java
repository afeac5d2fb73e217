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
import java.util.regex.Pattern;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.Provenance;
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
    for (String id : ids) items.add(programItem(ix, dir, id, withMinistry, false));
    items.sort(Comparator.comparing(ProgramItem::name).thenComparing(ProgramItem::href));
    return items;
  }

  /** A program as a list item: its years, optionally its ministry and its latest budget ({@link BudgetLedger#latest}). */
  static ProgramItem programItem(SiteIndex ix, String dir, String id, boolean withMinistry, boolean withAmount) {
    BudgetLedger l = ix.ledgers.get(id);
    SortedSet<FiscalYear> ys = l.fiscalYears();
    String years = ys.isEmpty() ? "" : ys.first().equals(ys.last()) ? ys.first().year() + "年度"
        : ys.first().year() + "〜" + ys.last().year() + "年度";
    BudgetLedger.Entry latest = withAmount ? l.latest() : null;
    String amount = latest == null ? null
        : latest.year().year() + "年度" + latest.kind().label() + " " + Yen.figure(latest.inForce().item().amount());
    return new ProgramItem(folder(dir, "programs/" + id + "/"), l.program().name(), years,
        withMinistry ? ix.ministryName(l.program().ministryId()) : null,
        ix.namesakes.containsKey(id) ? ix.sheetNumber(id) : null, amount);
  }

  /**
   * Programs by their latest budget ({@link BudgetLedger#latest}), largest first; programs without one after them,
   * by name; ties by id. A figure of unknown size (事項要求) counts as none.
   */
  static List<String> byLatestAmount(SiteIndex ix, List<String> ids) {
    Comparator<String> order = Comparator.comparingLong((String id) -> {
      BudgetLedger.Entry e = ix.ledgers.get(id).latest();
      Long yen = e == null ? null : e.inForce().item().amount().yen();
      return yen == null ? Long.MAX_VALUE : -yen;
    }).thenComparing(id -> ix.ledgers.get(id).program().name()).thenComparing(id -> id);
    return ids.stream().sorted(order).toList();
  }

  /** Programs grouped under their ministries, in 建制順 (unknown ministries last). */
  static List<ProgramGroup> byMinistry(SiteIndex ix, String dir, List<String> ids, String anchorPrefix) {
    return byMinistry(ix, dir, ids, anchorPrefix, null);
  }

  /**
   * Programs of one fiscal year grouped under their ministries; a ministry that did not exist that year
   * ({@link SiteIndex#inOffice}) heads its group as {@link #outOfOffice} says, without a link to its page.
   */
  static List<ProgramGroup> byMinistry(SiteIndex ix, String dir, List<String> ids, String anchorPrefix, FiscalYear year) {
    SortedMap<String, List<String>> groups = new TreeMap<>();
    for (String id : ids) groups.computeIfAbsent(nz(ix.programs.get(id).ministryId()), k -> new ArrayList<>()).add(id);
    List<ProgramGroup> out = new ArrayList<>();
    for (SiteIndex.Node n : ix.ministryTree()) {
      List<String> list = groups.remove(n.ministry().id());
      if (list == null) continue;
      boolean in = ix.inOffice(n.ministry().id(), year);
      out.add(new ProgramGroup(in ? n.ministry().name() : outOfOffice(n.ministry()),
          in ? folder(dir, "ministries/" + n.ministry().id() + "/") : null,
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

  /** A row of a totals table before it is formatted: its heading and link, the sums, the number of programs. */
  record TotalsRow(String heading, String href, Totals totals, int count) {}

  /**
   * A totals table: 事業数 (with thousands separators), then one column per kind, each in one unit chosen from its
   * largest sum ({@link Yen.Unit#of}); every sum keeps its exact yen for a hover. When all columns share a unit it
   * is the table's (the caption names it); otherwise each column's label names its own.
   */
  static Views.Table totalsTable(List<BudgetKind> kinds, List<TotalsRow> rows) {
    List<Yen.Unit> units = new ArrayList<>();
    for (BudgetKind k : kinds) {
      List<Amount> column = new ArrayList<>();
      for (TotalsRow r : rows) column.add(r.totals().sum(k));
      units.add(unitOf(column));
    }
    boolean one = units.stream().distinct().count() <= 1;
    List<String> cols = new ArrayList<>();
    cols.add("事業数");
    for (int i = 0; i < kinds.size(); i++) {
      cols.add(one ? kinds.get(i).label() : kinds.get(i).label() + "（" + units.get(i).label() + "）");
    }
    List<Views.Row> out = new ArrayList<>();
    for (TotalsRow r : rows) {
      List<Views.Cell> cells = new ArrayList<>();
      cells.add(new Views.Cell(Yen.count(r.count()), "count", "", false, ""));
      for (int i = 0; i < kinds.size(); i++) cells.add(cell(r.totals().sum(kinds.get(i)), kinds.get(i), units.get(i), false));
      out.add(new Views.Row(r.heading(), r.href(), cells, r.totals().exclusionNote()));
    }
    return new Views.Table(cols, out, one && !units.isEmpty() ? units.get(0).label() : "");
  }

  /** The unit of a column or table: from its largest absolute figure (nulls and 事項要求 skipped). */
  static Yen.Unit unitOf(List<Amount> figures) {
    long max = 0;
    for (Amount a : figures) {
      if (a == null || a.yen() == null) continue;
      max = Math.max(max, a.yen() == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(a.yen()));
    }
    return Yen.Unit.of(max);
  }

  /** A figure as a cell in {@code unit} with its exact yen for a hover; "—" when no source states it. */
  static Views.Cell cell(Amount a, BudgetKind kind, Yen.Unit unit, boolean revised) {
    if (a == null) return new Views.Cell("—", kind.json(), "", false, "");
    return new Views.Cell(Yen.cell(a, unit), kind.json(), a.qualifier().json(), revised, Yen.exact(a));
  }

  /**
   * The heading of the programs or figures of a ministry in a year it did not exist: a later ministry's sheets
   * state figures of the programs it took over (「こども家庭庁（2023年度設置）が引き継いだ事業」).
   */
  static String outOfOffice(Ministry m) {
    if (m.since() != null) return m.name() + "（" + m.since() + "年度設置）が引き継いだ事業";
    return m.name() + "（" + m.until() + "年度まで）の事業";
  }

  /** An address a page may link to as a publisher's original: http or https only. */
  static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s<>\"]+");

  /**
   * The publisher's document behind a program-year or a document (see {@link Views.Origin}): a review sheet is
   * named by its path {@code data/{公開年度}/{府省庁}/{事業番号}.json}, never shown as that path.
   */
  static Views.Origin origin(SiteIndex ix, String dir, Provenance p, String documentSlug, FiscalYear year) {
    Document d = documentSlug == null ? null : ix.documents.get(documentSlug);
    String href = d == null ? null : folder(dir, "documents/" + d.slug() + "/");
    String url = d != null && d.sourceUrl() != null && HTTP_URL.matcher(d.sourceUrl()).matches() ? d.sourceUrl() : null;
    String[] parts = p == null ? new String[0] : p.path().split("/");
    if (p != null && "judgit".equals(p.source()) && parts.length == 4 && parts[3].endsWith(".json")) {
      return new Views.Origin("sheet", parts[1], parts[2], parts[3].substring(0, parts[3].length() - 5), null, href, url);
    }
    if (d != null) return new Views.Origin("document", null, null, null, d.title(), href, url);
    return new Views.Origin("table", year == null ? null : year.label(), null, null, null, null, null);
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
        d.kind(), d.fiscalYear() == null ? null : d.fiscalYear().label(), origin(ix, dir, d.provenance(), null, null).number());
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
