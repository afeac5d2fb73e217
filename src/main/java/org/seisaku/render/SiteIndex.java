package org.seisaku.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;

/**
 * Lookups over a {@link SiteModel} computed once per render: programs and ledgers by id, the ministry tree,
 * which documents concern or mention which program, and the fiscal years in the data. All maps are sorted.
 */
final class SiteIndex {
  final SiteModel model;
  final SortedMap<String, Program> programs = new TreeMap<>();
  final SortedMap<String, BudgetLedger> ledgers = new TreeMap<>();
  final SortedMap<String, Document> documents = new TreeMap<>();
  /** program id → slugs of documents that concern it (front matter, sheet) or mention it. */
  final SortedMap<String, SortedSet<String>> programDocuments = new TreeMap<>();
  /** document slug → program ids it concerns (front matter, sheet), existing programs only. */
  final SortedMap<String, List<String>> documentConcerns = new TreeMap<>();
  /** document slug → program ids its body mentions, existing programs only. */
  final SortedMap<String, List<String>> documentMentions = new TreeMap<>();
  /** ministry id → program ids of that ministry. */
  final SortedMap<String, List<String>> ministryPrograms = new TreeMap<>();
  /** Every fiscal year with a figure or a program-year. */
  final SortedSet<FiscalYear> years = new TreeSet<>();

  /** A ministry placed in the tree: depth 0 for a ministry, 1 for an 外局 under its parent. */
  record Node(Ministry ministry, int depth) {}

  /** A name a program went by, with the fiscal years of the program-years that used it. */
  record NameUse(String name, List<FiscalYear> years) {
    /** 「2016, 2017, 2019年度」 compressed to ranges: 「2016〜2017年度、2019年度」. */
    String yearsText() {
      return SiteIndex.yearRanges(years);
    }
  }

  SiteIndex(SiteModel model, Map<String, List<String>> mentions) {
    this.model = model;
    for (Program p : model.programs()) {
      programs.put(p.id(), p);
    }
    programs.values().parallelStream().map(BudgetLedger::of).toList().forEach(l -> ledgers.put(l.program().id(), l));
    for (BudgetLedger l : ledgers.values()) {
      years.addAll(l.fiscalYears());
      ministryPrograms.computeIfAbsent(l.program().ministryId(), k -> new ArrayList<>()).add(l.program().id());
    }
    for (Document d : model.documents()) documents.put(d.slug(), d);
    model.documentPrograms().forEach((slug, ids) -> {
      if (!documents.containsKey(slug)) return;
      List<String> known = ids.stream().map(this::current).filter(programs::containsKey).distinct().sorted().toList();
      documentConcerns.put(slug, known);
      for (String id : known) programDocuments.computeIfAbsent(id, k -> new TreeSet<>()).add(slug);
    });
    new TreeMap<>(mentions).forEach((slug, ids) -> {
      if (!documents.containsKey(slug)) return;
      List<String> known = ids.stream().filter(programs::containsKey).distinct().sorted().toList();
      documentMentions.put(slug, known);
      for (String id : known) programDocuments.computeIfAbsent(id, k -> new TreeSet<>()).add(slug);
    });
  }

  /** A program id as it is now: an id that was redirected becomes its target. */
  String current(String id) {
    return model.redirects().getOrDefault(id, id);
  }

  /** The ministries in 建制順 with each 外局 right after its parent (and its parent's other 外局). */
  List<Node> ministryTree() {
    List<Ministry> all = model.ministries().all();
    Map<String, Ministry> byId = new LinkedHashMap<>();
    for (Ministry m : all) byId.put(m.id(), m);
    List<Node> out = new ArrayList<>();
    for (Ministry m : all) {
      if (m.parent() != null && byId.containsKey(m.parent()) && !m.parent().equals(m.id())) continue;
      out.add(new Node(m, 0));
      for (Ministry c : all) {
        if (c != m && m.id().equals(c.parent())) out.add(new Node(c, 1));
      }
    }
    return out;
  }

  /** The Japanese name of a ministry, or its id when unknown. */
  String ministryName(String id) {
    if (id == null) return "";
    return model.ministries().byId(id).map(Ministry::name).orElse(id);
  }

  boolean ministryExists(String id) {
    return id != null && model.ministries().byId(id).isPresent();
  }

  /** The names a program went by, ordered by first use, each with its years. Line breaks in names are removed. */
  static List<NameUse> names(Program p) {
    Map<String, SortedSet<FiscalYear>> byName = new LinkedHashMap<>();
    List<ProgramYear> sorted = new ArrayList<>(p.years());
    sorted.sort(java.util.Comparator.comparing(ProgramYear::fiscalYear).thenComparing(ProgramYear::key));
    for (ProgramYear py : sorted) {
      byName.computeIfAbsent(clean(py.name()), k -> new TreeSet<>()).add(py.fiscalYear());
    }
    if (p.curated() != null && !byName.containsKey(p.curated().name())) {
      byName.put(p.curated().name(), new TreeSet<>());
    }
    List<NameUse> out = new ArrayList<>();
    byName.forEach((n, ys) -> out.add(new NameUse(n, List.copyOf(ys))));
    return out;
  }

  /** A source name with its line breaks (and the spaces around them) removed. */
  static String clean(String name) {
    return name == null ? "" : name.replaceAll("\\s*\\R\\s*", "").strip();
  }

  /** Years as ranges: [2016, 2017, 2019] → 「2016〜2017年度、2019年度」; empty list → "". */
  static String yearRanges(List<FiscalYear> years) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1).year() == years.get(j).year() + 1) j++;
      parts.add(i == j ? years.get(i).year() + "年度" : years.get(i).year() + "〜" + years.get(j).year() + "年度");
      i = j + 1;
    }
    return String.join("、", parts);
  }

  /** Program ids of a ministry, sorted by id. */
  List<String> programsOf(String ministryId) {
    return ministryPrograms.getOrDefault(ministryId, Collections.emptyList());
  }
}
