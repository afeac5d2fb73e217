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
import java.util.Set;
import org.seisaku.link.MentionLinker;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;

/**
 * What every page builder reads, computed once per render from a {@link SiteModel}: programs and ledgers by id,
 * the ministry tree, which documents concern or mention which program, the fiscal years in the data, the totals
 * by year and ministry, and the site's title, base URL and credits. All maps are sorted; nothing changes after
 * the constructor, so builders on any thread may read it.
 */
final class SiteIndex {
  /** The credit line of review-sheet data. */
  static final String JUDGIT_LICENSE = "行政事業レビューシートLOD (judgit/data), CC BY 4.0";

  final SiteModel model;
  final Templates templates;
  final MentionLinker mentionLinker;
  /** The base URL with a trailing slash ("/" when site.yml has none). */
  final String baseUrl;
  final Views.Site site;
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
  /** fiscal year → ministry id → totals of the figures in force. */
  final SortedMap<FiscalYear, SortedMap<String, Totals>> yearTotals = new TreeMap<>();
  /**
   * program id → the other programs of its ministry that have the same name (sorted ids); absent when it has none.
   * Lists tell them apart by years and 事業番号 ({@link #sheetNumber}).
   */
  final SortedMap<String, List<String>> namesakes = new TreeMap<>();
  /** fiscal year → ministry id → number of programs with a figure that year. */
  final SortedMap<FiscalYear, SortedMap<String, Integer>> yearCounts = new TreeMap<>();

  /** A ministry placed in the tree: depth 0 for a ministry, 1 for an 外局 under its parent. */
  record Node(Ministry ministry, int depth) {}

  /** A name a program went by, with the fiscal years of the program-years that used it. */
  record NameUse(String name, List<FiscalYear> years) {
    /** 「2016, 2017, 2019年度」 compressed to ranges: 「2016〜2017年度、2019年度」. */
    String yearsText() {
      return SiteIndex.yearRanges(years);
    }
  }

  SiteIndex(SiteModel model, Templates templates) {
    this.model = model;
    this.templates = templates;
    this.mentionLinker = new MentionLinker(model.programs());
    Map<String, List<String>> mentions = new TreeMap<>();
    model.documents().parallelStream().map(d -> Map.entry(d.slug(), mentionLinker.mentions(d))).toList()
        .forEach(e -> mentions.put(e.getKey(), e.getValue()));
    String b = model.config().baseUrl() == null ? "/" : model.config().baseUrl();
    this.baseUrl = b.endsWith("/") ? b : b + "/";
    String title = model.config().title() == null || model.config().title().isBlank() ? "seisaku" : model.config().title();
    this.site = new Views.Site(title, model.config().description(), baseUrl, credits(model));
    for (Program p : model.programs()) {
      programs.put(p.id(), p);
    }
    programs.values().parallelStream().map(BudgetLedger::of).toList().forEach(l -> ledgers.put(l.program().id(), l));
    for (BudgetLedger l : ledgers.values()) {
      years.addAll(l.fiscalYears());
      ministryPrograms.computeIfAbsent(l.program().ministryId(), k -> new ArrayList<>()).add(l.program().id());
    }
    namesakes.putAll(Program.namesakes(programs.values()));
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
    for (BudgetLedger l : ledgers.values()) {
      String m = l.program().ministryId();
      for (BudgetLedger.Entry e : l.entries()) {
        yearTotals.computeIfAbsent(e.year(), y -> new TreeMap<>()).computeIfAbsent(m, x -> new Totals())
            .add(e.kind(), e.inForce().item().amount());
      }
      for (FiscalYear y : l.figureYears()) {
        yearCounts.computeIfAbsent(y, x -> new TreeMap<>()).merge(m, 1, Integer::sum);
      }
    }
  }

  /** The licence credit of a source's data, or null for the publisher's own content. */
  static String licenseOf(String source) {
    return "judgit".equals(source) ? JUDGIT_LICENSE : null;
  }

  /** The credits of every source the site shows data from, sorted. */
  private static List<String> credits(SiteModel model) {
    Set<String> credits = new TreeSet<>();
    for (Program p : model.programs()) {
      for (ProgramYear py : p.years()) {
        String lic = licenseOf(py.provenance().source());
        if (lic != null) credits.add(lic);
      }
    }
    for (Document d : model.documents()) {
      if (d.license() != null) credits.add(d.license());
      else if (d.provenance() != null && licenseOf(d.provenance().source()) != null) credits.add(licenseOf(d.provenance().source()));
    }
    return List.copyOf(credits);
  }

  /** The credit of the publisher's own content: 「このサイト（…）の掲載データ」. */
  String ownContent() {
    return "このサイト（" + site.title() + "）の掲載データ";
  }

  /** The namesakes of these programs (sorted, distinct): what decides whether a list shows their 事業番号. */
  List<String> namesakesOf(java.util.Collection<String> ids) {
    SortedSet<String> out = new TreeSet<>();
    for (String id : ids) out.addAll(namesakes.getOrDefault(id, List.of()));
    return List.copyOf(out);
  }

  /** The 事業番号 of a program's newest review sheet ({@link Program#sheetNumber()}), or null. */
  String sheetNumber(String id) {
    Program p = programs.get(id);
    return p == null ? null : p.sheetNumber();
  }

  /** Programs with a figure in a year, over all ministries. */
  int programCount(FiscalYear y) {
    return yearCounts.getOrDefault(y, new TreeMap<>()).values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The years between the first and the last of the data that no source states a figure for, as ranges
   * (「2009〜2011年度」), or "" when there is no gap: the pages say why these years are not listed.
   */
  String missingYears() {
    List<FiscalYear> missing = new ArrayList<>();
    if (!years.isEmpty()) {
      for (int y = years.first().year() + 1; y < years.last().year(); y++) {
        if (!years.contains(FiscalYear.of(y))) missing.add(FiscalYear.of(y));
      }
    }
    return yearRanges(missing);
  }

  /** The program ids whose ministry is not in ministries.yml, sorted. */
  List<String> unknownMinistryPrograms() {
    List<String> out = new ArrayList<>();
    for (Program p : programs.values()) if (!ministryExists(p.ministryId())) out.add(p.id());
    return out;
  }

  /** The relative path from a folder page to the site root: "" → "", "programs/x/" → "../../". */
  static String rootOf(String dir) {
    int depth = 0;
    for (int i = 0; i < dir.length(); i++) if (dir.charAt(i) == '/') depth++;
    return "../".repeat(depth);
  }

  /** A link from the page in folder {@code fromDir} to the folder page {@code toDir}, ending in index.html. */
  static String folder(String fromDir, String toDir) {
    return rootOf(fromDir) + toDir + "index.html";
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

  /**
   * Whether a ministry existed in a fiscal year (within its {@code since}/{@code until} of ministries.yml). A sheet
   * of a new ministry restates its programs' figures of years before it existed (こども家庭庁, set up in 2023,
   * states 2022): the pages never list the ministry in such a year, they show those figures apart.
   * Unknown ministries and years are in office.
   */
  boolean inOffice(String ministryId, FiscalYear y) {
    Ministry m = ministryId == null ? null : model.ministries().byId(ministryId).orElse(null);
    if (m == null || y == null) return true;
    return (m.since() == null || y.year() >= m.since()) && (m.until() == null || y.year() <= m.until());
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
