package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;
import static org.seisaku.render.ViewParts.markup;
import static org.seisaku.render.ViewParts.nz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Qualifier;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.DocItem;
import org.seisaku.render.Views.Fact;
import org.seisaku.render.Views.Link;

/**
 * {@code programs/{id}/index.html}, one per program: its names over time, the figures in force by year and kind
 * (table and chart), revisions, the source of every figure, the documents about it, related programs, licences.
 */
final class ProgramPages implements PageKind {
  private static final Comparator<Document> BY_YEAR_DESC = Comparator
      .comparing(Document::fiscalYear, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Document::slug);

  /**
   * The program; its related programs (their names, years, ministries) and their namesakes (whether a 事業番号 tells
   * them apart); the documents it lists and those its figures come from;
   * ministry names; redirects (related ids are followed to their current id).
   */
  static Reads.Builder reads(SiteIndex ix, Program p) {
    Reads.Builder r = Reads.site().add(Kind.PROGRAM, p.id()).add(Kind.RELATED, p.id()).add(Kind.PROGRAM, related(ix, p))
        .add(Kind.PROGRAM, ix.namesakes.getOrDefault(p.id(), List.of())).add(Kind.PROGRAM, ix.namesakesOf(related(ix, p)))
        .add(Kind.DOCUMENT, ix.programDocuments.getOrDefault(p.id(), new TreeSet<>()))
        .add(Kind.MINISTRIES).add(Kind.REDIRECTS);
    for (ProgramYear py : p.years()) if (py.documentSlug() != null) r.add(Kind.DOCUMENT, py.documentSlug());
    return r;
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>(ix.ledgers.size());
    for (BudgetLedger l : ix.ledgers.values()) {
      Program p = l.program();
      pages.add(Page.html(ix, "programs/" + p.id() + "/", "program.ftlh", "programs", p.name(), reads(ix, p), () -> view(ix, l)));
    }
    return pages;
  }

  /** The related programs shown: current ids, existing, not the program itself, best first. */
  private static List<String> related(SiteIndex ix, Program p) {
    return ix.model.related().getOrDefault(p.id(), List.of()).stream().map(ix::current)
        .filter(id -> ix.programs.containsKey(id) && !id.equals(p.id())).distinct().toList();
  }

  private static Views.ProgramPage view(SiteIndex ix, BudgetLedger l) {
    Program p = l.program();
    String dir = "programs/" + p.id() + "/";
    List<Fact> names = SiteIndex.names(p).stream().map(n -> new Fact(n.name(), n.yearsText(), null)).toList();
    List<BudgetKind> kinds = new ArrayList<>(l.kinds());
    List<Views.Row> rows = new ArrayList<>();
    List<Views.Source> sources = new ArrayList<>();
    List<Views.Revision> revisions = new ArrayList<>();
    EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
    // one unit for the table, the chart above it and the sources below: the chart's, else from the largest figure
    BudgetChart.Chart chart = BudgetChart.of(l);
    Yen.Unit unit = chart != null ? chart.unit()
        : ViewParts.unitOf(l.entries().stream().map(e -> e.inForce().item().amount()).toList());
    for (FiscalYear y : l.figureYears()) {
      List<Views.Cell> cells = new ArrayList<>();
      for (BudgetKind k : kinds) {
        BudgetLedger.Entry e = l.entry(y, k);
        var amount = e == null ? null : e.inForce().item().amount();
        if (amount != null) qualifiers.add(amount.qualifier());
        cells.add(ViewParts.cell(amount, k, unit, e != null && !e.revisions().isEmpty()));
      }
      rows.add(new Views.Row(y.label(), folder(dir, "years/" + y.year() + "/"), cells, ""));
    }
    for (BudgetLedger.Entry e : l.entries()) {
      BudgetLedger.Figure f = e.inForce();
      sources.add(new Views.Source(e.year().label(), e.kind().label(), ViewParts.cell(f.item().amount(), e.kind(), unit, false),
          nz(f.item().written()), origin(ix, dir, f), f.item().statedIn() + "年度"));
      for (BudgetLedger.Figure r : e.revisions()) {
        revisions.add(new Views.Revision(e.year().label(), e.kind().label(), ViewParts.cell(f.item().amount(), e.kind(), unit, false),
            ViewParts.cell(r.item().amount(), e.kind(), unit, false), r.item().statedIn() + "年度", origin(ix, dir, r)));
      }
    }
    List<DocItem> documents = ix.programDocuments.getOrDefault(p.id(), new TreeSet<>()).stream()
        .map(ix.documents::get).sorted(BY_YEAR_DESC).map(d -> ViewParts.docItem(ix, dir, d)).toList();
    List<Views.ProgramItem> related = related(ix, p).stream().map(id -> ViewParts.programItem(ix, dir, id, true, false)).toList();
    Set<String> licenses = new TreeSet<>();
    for (ProgramYear py : p.years()) {
      String lic = SiteIndex.licenseOf(py.provenance().source());
      licenses.add(lic != null ? lic : ix.ownContent());
    }
    List<String> notes = p.curated() == null || p.curated().notes() == null ? List.of()
        : List.of(p.curated().notes().strip().split("\\n\\s*\\n"));
    List<String> qualifierNotes = new ArrayList<>();
    if (qualifiers.contains(Qualifier.PART_OF)) qualifierNotes.add("「の内数」は他の予算額に含まれる額で、合計には加えません。");
    if (qualifiers.contains(Qualifier.UNQUANTIFIED)) qualifierNotes.add("「事項要求」は金額を示さない要求です。");
    if (qualifiers.contains(Qualifier.UPPER_BOUND)) qualifierNotes.add("「上限」は上限額で、合計には加えません。");
    if (qualifiers.contains(Qualifier.APPROXIMATE)) qualifierNotes.add("「約」は概数です。");
    SortedSet<FiscalYear> years = l.fiscalYears();
    List<Views.ProgramItem> namesakes = ViewParts.programItems(ix, dir, ix.namesakes.getOrDefault(p.id(), List.of()), false);
    return new Views.ProgramPage(p.id(), p.name(), ViewParts.ministryLink(ix, dir, p.ministryId()), ix.sheetNumber(p.id()), namesakes,
        names, years.isEmpty() ? "" : years.first().label(), years.isEmpty() ? "" : years.last().label(),
        new Views.Table(kinds.stream().map(BudgetKind::label).toList(), rows, unit.label()),
        chart == null ? null : markup(chart.html()),
        sources, revisions, documents, related, List.copyOf(licenses), notes, qualifierNotes);
  }

  /** The publisher's document a figure comes from: the program-year's sheet or document, or the budget table. */
  private static Views.Origin origin(SiteIndex ix, String dir, BudgetLedger.Figure f) {
    return ViewParts.origin(ix, dir, f.item().provenance(), f.from().documentSlug(), f.from().fiscalYear());
  }
}
