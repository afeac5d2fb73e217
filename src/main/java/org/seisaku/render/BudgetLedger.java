package org.seisaku.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;

/**
 * The budget figures of one program, resolved: for each fiscal year and kind, the figure in force and the
 * revisions it replaced.
 *
 * <p>Several program-years may state a figure for the same year and kind (a sheet published in 2019 restates
 * 2016–2018). The figure with the greatest {@link BudgetItem#statedIn()} is in force; on a tie the one whose
 * provenance string sorts last wins, so the choice never depends on input order. The older figures that
 * differ from it are its revisions, newest first, each amount once (a sheet that restates the same figure is
 * not a revision).
 *
 * <p>A zero 補正, 予備費等 or 繰越 figure means "none" (review sheets write 0 for every kind they do not use):
 * such an entry is dropped, as is a zero revision of those kinds. Zero 当初, 予算計, 執行 and 要求 are kept: a
 * zero there is information.
 *
 * <pre>
 *   sheet 2018: 2017 当初 100百万円      ┐
 *   sheet 2019: 2017 当初 120百万円      ┘→ 2017 当初: 1.2億円 in force, revision 1億円 (sheet 2018)
 *   sheet 2019: 2018 補正 0             → no entry
 * </pre>
 */
public final class BudgetLedger {

  /** Later statedIn first; on a tie, the provenance that sorts last first. */
  private static final Comparator<Figure> IN_FORCE_FIRST =
      Comparator.comparingInt((Figure f) -> f.item().statedIn())
          .thenComparing(f -> f.item().provenance().toString())
          .thenComparing(f -> f.item().written() == null ? "" : f.item().written())
          .reversed();

  /** A figure as one program-year states it. */
  public record Figure(BudgetItem item, ProgramYear from) {}

  /** One fiscal year and kind of a program: the figure in force and the older figures it replaced, newest first. */
  public record Entry(FiscalYear year, BudgetKind kind, Figure inForce, List<Figure> revisions) {
    public Entry {
      revisions = List.copyOf(revisions);
    }
  }

  private final Program program;
  private final List<Entry> entries;
  /** The program's years, made once: a program's item on a page asks for them, and pages list a program often. */
  private final SortedSet<FiscalYear> fiscalYears;

  private BudgetLedger(Program program, List<Entry> entries) {
    this.program = program;
    this.entries = List.copyOf(entries);
    this.fiscalYears = program.fiscalYears();
  }

  /** Resolves the figures of {@code program}. */
  public static BudgetLedger of(Program program) {
    Map<FiscalYear, Map<BudgetKind, List<Figure>>> grouped = new TreeMap<>();
    for (ProgramYear py : program.years()) {
      for (BudgetItem item : py.items()) {
        grouped.computeIfAbsent(item.fiscalYear(), y -> new TreeMap<>())
            .computeIfAbsent(item.kind(), k -> new ArrayList<>())
            .add(new Figure(item, py));
      }
    }
    List<Entry> entries = new ArrayList<>();
    grouped.forEach((year, byKind) -> byKind.forEach((kind, figures) -> {
      figures.sort(IN_FORCE_FIRST);
      Figure inForce = figures.get(0);
      if (isNone(inForce.item())) return;
      List<Figure> revisions = new ArrayList<>();
      Set<Amount> seen = new HashSet<>();
      seen.add(inForce.item().amount());
      for (Figure f : figures.subList(1, figures.size())) {
        if (!isNone(f.item()) && seen.add(f.item().amount())) revisions.add(f);
      }
      entries.add(new Entry(year, kind, inForce, revisions));
    }));
    return new BudgetLedger(program, entries);
  }

  /** Whether a figure means "none" ({@link BudgetItem#meansNone()}). */
  public static boolean isNone(BudgetItem item) {
    return item.meansNone();
  }

  public Program program() {
    return program;
  }

  /** The entries, by fiscal year, then kind in {@link BudgetKind} order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The entry for a year and kind, or null. */
  public Entry entry(FiscalYear year, BudgetKind kind) {
    for (Entry e : entries) if (e.year().equals(year) && e.kind() == kind) return e;
    return null;
  }

  /** The kinds that have at least one entry, in {@link BudgetKind} order. */
  public SortedSet<BudgetKind> kinds() {
    SortedSet<BudgetKind> kinds = new TreeSet<>();
    for (Entry e : entries) kinds.add(e.kind());
    return kinds;
  }

  /**
   * The fiscal years of the program: those of its program-years and those its figures are stated for, ascending.
   * This is the {@code fiscalYears} list of {@code data/programs.json}.
   */
  public SortedSet<FiscalYear> fiscalYears() {
    return fiscalYears;
  }

  /** Years with at least one figure in force, ascending. */
  public SortedSet<FiscalYear> figureYears() {
    SortedSet<FiscalYear> years = new TreeSet<>();
    for (Entry e : entries) years.add(e.year());
    return years;
  }

  /** Kinds that state what a year's budget was, in the order {@link #latest} prefers them. */
  private static final List<BudgetKind> BUDGET_KINDS = List.of(BudgetKind.TOTAL, BudgetKind.INITIAL);

  /**
   * The program's latest budget: of the newest year with a 予算計 or a 当初予算 in force, the 予算計, else the 当初予算
   * (a request is not a budget, an execution not the budget's size); null when the program has neither. What lists
   * of programs show and order by.
   */
  public Entry latest() {
    Entry best = null;
    for (Entry e : entries) {
      if (!BUDGET_KINDS.contains(e.kind())) continue;
      if (best == null || e.year().compareTo(best.year()) > 0
          || e.year().equals(best.year()) && BUDGET_KINDS.indexOf(e.kind()) < BUDGET_KINDS.indexOf(best.kind())) {
        best = e;
      }
    }
    return best;
  }
}
