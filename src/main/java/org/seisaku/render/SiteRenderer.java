package org.seisaku.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.regex.Pattern;
import org.seisaku.link.MentionLinker;
import org.seisaku.search.BrowserIndex;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Qualifier;
import org.seisaku.render.Views.CountLink;
import org.seisaku.render.Views.DocItem;
import org.seisaku.render.Views.Fact;
import org.seisaku.render.Views.Link;
import org.seisaku.render.Views.ProgramGroup;
import org.seisaku.render.Views.ProgramItem;

/**
 * Renders a {@link SiteModel} into the static site of DESIGN §5.
 *
 * <p>One Freemarker configuration and one Markdown pipeline are built by the constructor and reused by every
 * render. Templates come from {@code templatesDir} when given, falling back to the {@code site-templates/}
 * of the classpath for any template it lacks; {@code assets/} of both are copied to {@code out/assets/}.
 *
 * <p>Guarantees: every output path is checked to stay inside the output folder (ids and slugs must be
 * {@code [a-z0-9-]}; anything else is rejected before a file is written); output is byte-identical for
 * identical input (everything sorted, no build time anywhere); every link is relative and ends in
 * {@code index.html} for folders, so the site works from file:// and any sub-path. Pages are rendered in
 * parallel, each into its own file.
 */
public final class SiteRenderer {
  /** The credit line of review-sheet data. */
  public static final String JUDGIT_LICENSE = "行政事業レビューシートLOD (judgit/data), CC BY 4.0";

  static final int NEWEST_DOCUMENTS = 10;
  static final int FEED_ENTRIES = 50;
  /** Above this many programs, programs/index.html lists ministries with counts and leaves the lists to ministry pages. */
  static final int PROGRAMS_LISTED_MAX = 1500;
  /** Up to this many documents, documents/index.html lists them all. */
  static final int DOCUMENTS_LISTED_MAX = 300;
  private static final String SHEET_KIND = "レビューシート";
  private static final Set<BudgetKind> TOTAL_KINDS =
      EnumSet.of(BudgetKind.INITIAL, BudgetKind.SUPPLEMENTARY, BudgetKind.TOTAL, BudgetKind.EXECUTED, BudgetKind.REQUEST);
  private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s<>\"]+");
  private static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);

  private final Configuration cfg;
  private final Markdown markdown = new Markdown();
  private final Path templatesDir;
  private final java.util.concurrent.atomic.LongAdder pagesWritten = new java.util.concurrent.atomic.LongAdder();

  /** @param templatesDirOrNull a folder of templates overriding the built-in ones, or null for the built-in ones */
  public SiteRenderer(Path templatesDirOrNull) {
    this.templatesDir = templatesDirOrNull;
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    try {
      TemplateLoader builtIn = new ClassTemplateLoader(SiteRenderer.class.getClassLoader(), "site-templates");
      cfg.setTemplateLoader(templatesDirOrNull == null ? builtIn
          : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(templatesDirOrNull.toFile()), builtIn}));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read templates folder " + templatesDirOrNull, e);
    }
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.JAPAN);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
  }

  /**
   * Writes every page, asset and data file of the site into {@code outDir} (created if missing).
   *
   * @throws IllegalArgumentException if a program id, redirect id, ministry id or document slug is not safe as
   *     a URL segment; nothing is written then
   * @throws IOException if a file cannot be written
   */
  public void render(SiteModel model, Path outDir) throws IOException {
    validate(model);
    Files.createDirectories(outDir);
    new Run(model, outDir).all();
  }

  /** Pages written so far by {@link #render}, for progress reports while it runs (any thread may ask). */
  public long pagesWritten() {
    return pagesWritten.sum();
  }

  private static void validate(SiteModel model) {
    for (Program p : model.programs()) SafePaths.segment("program id", p.id());
    for (Document d : model.documents()) SafePaths.segment("document slug", d.slug());
    for (Ministry m : model.ministries().all()) SafePaths.segment("ministry id", m.id());
    for (Map.Entry<String, String> r : model.redirects().entrySet()) {
      SafePaths.segment("redirected program id", r.getKey());
      SafePaths.segment("program id", r.getValue());
    }
  }

  /** The licence credit of a source's data, or null for the publisher's own content. */
  static String licenseOf(String source) {
    return "judgit".equals(source) ? JUDGIT_LICENSE : null;
  }

  /** The state of one render. */
  private final class Run {
    final SiteModel model;
    final MentionLinker mentionLinker;
    final SiteIndex ix;
    final Path out;
    final String baseUrl;
    final Views.Site site;
    final Set<String> written = ConcurrentHashMap.newKeySet();
    final Set<String> sitemap = new ConcurrentSkipListSet<>();
    /** fiscal year → ministry id → totals of the figures in force. */
    final SortedMap<FiscalYear, SortedMap<String, Totals>> yearTotals = new TreeMap<>();
    /** fiscal year → ministry id → number of programs with a figure that year. */
    final SortedMap<FiscalYear, SortedMap<String, Integer>> yearCounts = new TreeMap<>();

    Run(SiteModel model, Path out) {
      this.model = model;
      this.mentionLinker = new MentionLinker(model.programs());
      Map<String, List<String>> mentions = new TreeMap<>();
      model.documents().parallelStream().map(d -> Map.entry(d.slug(), mentionLinker.mentions(d))).toList()
          .forEach(e -> mentions.put(e.getKey(), e.getValue()));
      this.ix = new SiteIndex(model, mentions);
      this.out = out;
      String b = model.config().baseUrl() == null ? "/" : model.config().baseUrl();
      this.baseUrl = b.endsWith("/") ? b : b + "/";
      String title = model.config().title() == null || model.config().title().isBlank() ? "seisaku" : model.config().title();
      this.site = new Views.Site(title, model.config().description(), baseUrl, credits());
      for (BudgetLedger l : ix.ledgers.values()) {
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

    void all() throws IOException {
      copyAssets();
      List<Runnable> jobs = new ArrayList<>();
      jobs.add(this::home);
      jobs.add(this::programsIndex);
      for (BudgetLedger l : ix.ledgers.values()) jobs.add(() -> program(l));
      jobs.add(this::redirects);
      jobs.add(this::ministriesIndex);
      for (SiteIndex.Node n : ix.ministryTree()) jobs.add(() -> ministry(n.ministry()));
      jobs.add(this::yearsIndex);
      for (FiscalYear y : ix.years) jobs.add(() -> year(y));
      jobs.add(this::documentsIndex);
      for (Document d : ix.documents.values()) jobs.add(() -> document(d));
      jobs.add(this::data);
      jobs.add(this::notFound);
      jobs.add(this::search);
      jobs.add(() -> BrowserIndex.write(model, out));
      try {
        jobs.parallelStream().forEach(Runnable::run);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      write("sitemap.xml", Feeds.sitemap(baseUrl, sitemap));
      write("feed.xml", Feeds.atom(site, baseUrl, feedEntries()));
    }

    // ---- pages ----

    void home() {
      List<CountLink> ministries = new ArrayList<>();
      for (SiteIndex.Node n : ix.ministryTree()) {
        int count = ix.programsOf(n.ministry().id()).size();
        if (count == 0) continue;
        ministries.add(new CountLink(folder("", "ministries/" + n.ministry().id() + "/"), n.ministry().name(), count + "事業"));
      }
      List<CountLink> years = new ArrayList<>();
      for (FiscalYear y : ix.years) {
        years.add(new CountLink(folder("", "years/" + y.year() + "/"), y.label(), programCount(y) + "事業"));
      }
      List<DocItem> newest = ix.documents.values().stream().filter(d -> d.date() != null).sorted(NEWEST_FIRST)
          .limit(NEWEST_DOCUMENTS).map(d -> docItem("", d)).toList();
      String span = ix.years.isEmpty() ? "" : ix.years.first().label() + "〜" + ix.years.last().label();
      page("", "index.ftlh", "home", site.title(),
          new Views.Home(ix.programs.size(), ix.documents.size(), model.ministries().all().size(), ix.years.size(), span,
              ministries, years, newest));
    }

    void programsIndex() {
      boolean listed = ix.programs.size() <= PROGRAMS_LISTED_MAX;
      List<ProgramGroup> groups = new ArrayList<>();
      for (SiteIndex.Node n : ix.ministryTree()) {
        List<String> ids = ix.programsOf(n.ministry().id());
        if (ids.isEmpty()) continue;
        groups.add(new ProgramGroup(n.ministry().name(), folder("programs/", "ministries/" + n.ministry().id() + "/"),
            "m-" + n.ministry().id(), ids.size(), listed ? programItems("programs/", ids, false) : List.of()));
      }
      List<String> unknown = unknownMinistryPrograms();
      if (!unknown.isEmpty()) {
        groups.add(new ProgramGroup("府省庁不明", null, "m-unknown", unknown.size(), programItems("programs/", unknown, true)));
      }
      page("programs/", "programs.ftlh", "programs", "事業一覧", new Views.Programs(ix.programs.size(), listed, groups));
    }

    void program(BudgetLedger l) {
      Program p = l.program();
      String dir = "programs/" + p.id() + "/";
      List<Fact> names = SiteIndex.names(p).stream().map(n -> new Fact(n.name(), n.yearsText(), null)).toList();
      List<BudgetKind> kinds = new ArrayList<>(l.kinds());
      List<Views.Row> rows = new ArrayList<>();
      List<Views.Source> sources = new ArrayList<>();
      List<Views.Revision> revisions = new ArrayList<>();
      EnumSet<Qualifier> qualifiers = EnumSet.noneOf(Qualifier.class);
      for (FiscalYear y : l.figureYears()) {
        List<Views.Cell> cells = new ArrayList<>();
        for (BudgetKind k : kinds) {
          BudgetLedger.Entry e = l.entry(y, k);
          if (e == null) {
            cells.add(new Views.Cell("—", k.json(), "", false));
            continue;
          }
          var amount = e.inForce().item().amount();
          qualifiers.add(amount.qualifier());
          cells.add(new Views.Cell(amount.display(), k.json(), amount.qualifier().json(), !e.revisions().isEmpty()));
        }
        rows.add(new Views.Row(y.label(), folder(dir, "years/" + y.year() + "/"), cells, ""));
      }
      for (BudgetLedger.Entry e : l.entries()) {
        BudgetLedger.Figure f = e.inForce();
        sources.add(new Views.Source(e.year().label(), e.kind().label(), f.item().amount().display(), nz(f.item().written()),
            f.item().provenance().toString(), docHref(dir, f.from()), docTitle(f.from()), f.item().statedIn() + "年度"));
        for (BudgetLedger.Figure r : e.revisions()) {
          revisions.add(new Views.Revision(e.year().label(), e.kind().label(), f.item().amount().display(),
              r.item().amount().display(), r.item().statedIn() + "年度", r.item().provenance().toString(), docHref(dir, r.from())));
        }
      }
      List<DocItem> documents = ix.programDocuments.getOrDefault(p.id(), new TreeSet<>()).stream()
          .map(ix.documents::get).sorted(BY_YEAR_DESC).map(d -> docItem(dir, d)).toList();
      List<Link> related = model.related().getOrDefault(p.id(), List.of()).stream().map(ix::current)
          .filter(id -> ix.programs.containsKey(id) && !id.equals(p.id())).distinct()
          .map(id -> new Link(folder(dir, "programs/" + id + "/"), ix.programs.get(id).name())).toList();
      Set<String> licenses = new TreeSet<>();
      for (ProgramYear py : p.years()) {
        String lic = licenseOf(py.provenance().source());
        licenses.add(lic != null ? lic : ownContent());
      }
      List<String> notes = p.curated() == null || p.curated().notes() == null ? List.of()
          : List.of(p.curated().notes().strip().split("\\n\\s*\\n"));
      List<String> qualifierNotes = new ArrayList<>();
      if (qualifiers.contains(Qualifier.PART_OF)) qualifierNotes.add("「の内数」は他の予算額に含まれる額で、合計には加えません。");
      if (qualifiers.contains(Qualifier.UNQUANTIFIED)) qualifierNotes.add("「事項要求」は金額を示さない要求です。");
      if (qualifiers.contains(Qualifier.UPPER_BOUND)) qualifierNotes.add("「上限」は上限額で、合計には加えません。");
      if (qualifiers.contains(Qualifier.APPROXIMATE)) qualifierNotes.add("「約」は概数です。");
      SortedSet<FiscalYear> years = l.fiscalYears();
      String chart = BudgetChart.svg(l);
      page(dir, "program.ftlh", "programs", p.name(), new Views.ProgramPage(p.id(), p.name(), ministryLink(dir, p.ministryId()),
          names, years.isEmpty() ? "" : years.first().label(), years.isEmpty() ? "" : years.last().label(),
          new Views.Table(kinds.stream().map(BudgetKind::label).toList(), rows), chart.isEmpty() ? null : markup(chart),
          sources, revisions, documents, related, List.copyOf(licenses), notes, qualifierNotes));
    }

    void redirects() {
      model.redirects().forEach((old, target) -> {
        if (ix.programs.containsKey(old) || !ix.programs.containsKey(target)) return;
        String dir = "programs/" + old + "/";
        render(dir + "index.html", "redirect.ftlh", rootOf(dir), "programs", "移転しました",
            new Views.RedirectPage(old, folder(dir, "programs/" + target + "/"), baseUrl + "programs/" + target + "/",
                ix.programs.get(target).name()));
      });
    }

    void ministriesIndex() {
      List<Views.MinistryRow> rows = new ArrayList<>();
      for (SiteIndex.Node n : ix.ministryTree()) {
        Ministry m = n.ministry();
        rows.add(new Views.MinistryRow(folder("ministries/", "ministries/" + m.id() + "/"), m.name(), nz(m.english()), n.depth(),
            ix.programsOf(m.id()).size(), period(m)));
      }
      List<String> unknown = unknownMinistryPrograms();
      List<ProgramGroup> other = unknown.isEmpty() ? List.of()
          : List.of(new ProgramGroup("府省庁不明", null, "m-unknown", unknown.size(), programItems("ministries/", unknown, true)));
      page("ministries/", "ministries.ftlh", "ministries", "府省庁一覧", new Views.MinistriesPage(rows, other));
    }

    void ministry(Ministry m) {
      String dir = "ministries/" + m.id() + "/";
      List<String> ids = ix.programsOf(m.id());
      List<Views.Row> rows = new ArrayList<>();
      Totals all = new Totals();
      List<BudgetKind> kinds = totalKinds(yearTotals.values().stream().map(t -> t.get(m.id())).toList());
      for (FiscalYear y : ix.years) {
        Totals t = yearTotals.getOrDefault(y, new TreeMap<>()).get(m.id());
        if (t == null) continue;
        all.addAll(t);
        int count = yearCounts.get(y).getOrDefault(m.id(), 0);
        rows.add(new Views.Row(y.label(), folder(dir, "years/" + y.year() + "/"), totalCells(t, kinds, count), t.exclusionNote()));
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
          programItems(dir, list, false))));
      if (!none.isEmpty()) groups.add(new ProgramGroup("年度不明", null, "y-none", none.size(), programItems(dir, none, false)));
      Link parent = m.parent() == null ? null : model.ministries().byId(m.parent())
          .map(pm -> new Link(folder(dir, "ministries/" + pm.id() + "/"), pm.name())).orElse(null);
      List<Link> children = model.ministries().all().stream().filter(c -> m.id().equals(c.parent()) && c != m)
          .map(c -> new Link(folder(dir, "ministries/" + c.id() + "/"), c.name())).toList();
      page(dir, "ministry.ftlh", "ministries", m.name(), new Views.MinistryPage(m.name(), nz(m.english()), period(m), parent,
          children, ids.size(), new Views.Table(totalColumns(kinds), rows), all.exclusionNote(), groups));
    }

    void yearsIndex() {
      List<Views.Row> rows = new ArrayList<>();
      Totals all = new Totals();
      List<BudgetKind> kinds = totalKinds(yearTotals.values().stream().flatMap(m -> m.values().stream()).toList());
      for (FiscalYear y : ix.years) {
        Totals t = new Totals();
        yearTotals.getOrDefault(y, new TreeMap<>()).values().forEach(t::addAll);
        all.addAll(t);
        rows.add(new Views.Row(y.label(), folder("years/", "years/" + y.year() + "/"), totalCells(t, kinds, programCount(y)),
            t.exclusionNote()));
      }
      page("years/", "years.ftlh", "years", "年度一覧", new Views.YearsPage(new Views.Table(totalColumns(kinds), rows),
          all.exclusionNote()));
    }

    void year(FiscalYear y) {
      String dir = "years/" + y.year() + "/";
      SortedMap<String, Totals> byMinistry = yearTotals.getOrDefault(y, new TreeMap<>());
      List<BudgetKind> kinds = totalKinds(List.copyOf(byMinistry.values()));
      List<Views.Row> rows = new ArrayList<>();
      Totals sum = new Totals();
      Set<String> seen = new TreeSet<>();
      for (SiteIndex.Node n : ix.ministryTree()) {
        String id = n.ministry().id();
        Totals t = byMinistry.get(id);
        seen.add(id);
        if (t == null) continue;
        sum.addAll(t);
        rows.add(new Views.Row(n.ministry().name(), folder(dir, "ministries/" + id + "/"),
            totalCells(t, kinds, yearCounts.get(y).getOrDefault(id, 0)), t.exclusionNote()));
      }
      byMinistry.forEach((id, t) -> {
        if (seen.contains(id)) return;
        sum.addAll(t);
        rows.add(new Views.Row(id == null ? "府省庁不明" : id, null, totalCells(t, kinds, yearCounts.get(y).getOrDefault(id, 0)),
            t.exclusionNote()));
      });
      rows.add(new Views.Row("合計", null, totalCells(sum, kinds, programCount(y)), sum.exclusionNote()));
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
      Link prev = ix.years.headSet(y).isEmpty() ? null
          : new Link(folder(dir, "years/" + ix.years.headSet(y).last().year() + "/"), ix.years.headSet(y).last().label());
      SortedSet<FiscalYear> after = ix.years.tailSet(y.next());
      Link next = after.isEmpty() ? null : new Link(folder(dir, "years/" + after.first().year() + "/"), after.first().label());
      long docs = ix.documents.values().stream().filter(d -> y.equals(d.fiscalYear())).count();
      CountLink documents = docs == 0 ? null
          : new CountLink(folder(dir, "documents/years/" + y.year() + "/"), y.label() + "の文書", docs + "件");
      page(dir, "year.ftlh", "years", y.label(), new Views.YearPage(y.label(), y.eraLabel(), prev, next,
          new Views.Table(totalColumns(kinds), rows), sum.exclusionNote(), programCount(y), byMinistry(dir, added, "new-"),
          byMinistry(dir, ended, "ended-"), added.size(), ended.size(), newTracked, endTracked, documents));
    }

    void documentsIndex() {
      List<Document> all = List.copyOf(ix.documents.values());
      boolean listAll = all.size() <= DOCUMENTS_LISTED_MAX;
      SortedMap<FiscalYear, Integer> byYear = new TreeMap<>(Comparator.reverseOrder());
      for (Document d : all) if (d.fiscalYear() != null) byYear.merge(d.fiscalYear(), 1, Integer::sum);
      List<DocItem> listed = all.stream().filter(d -> listAll || d.fiscalYear() == null || !isSheet(d))
          .sorted(NEWEST_FIRST).map(d -> docItem("documents/", d)).toList();
      List<CountLink> years = new ArrayList<>();
      byYear.forEach((y, n) -> years.add(new CountLink(folder("documents/", "documents/years/" + y.year() + "/"), y.label(), n + "件")));
      page("documents/", "documents.ftlh", "documents", "文書一覧",
          new Views.DocumentsPage(all.size(), listed, years, all.size() - listed.size()));
      byYear.keySet().forEach(this::documentYear);
    }

    void documentYear(FiscalYear y) {
      String dir = "documents/years/" + y.year() + "/";
      SortedMap<String, List<Document>> byMinistry = new TreeMap<>();
      for (Document d : ix.documents.values()) {
        if (y.equals(d.fiscalYear())) byMinistry.computeIfAbsent(nz(d.ministryId()), k -> new ArrayList<>()).add(d);
      }
      List<Views.DocGroup> groups = new ArrayList<>();
      int total = 0;
      for (SiteIndex.Node n : ix.ministryTree()) {
        List<Document> docs = byMinistry.remove(n.ministry().id());
        if (docs == null) continue;
        total += docs.size();
        groups.add(new Views.DocGroup(n.ministry().name(), "m-" + n.ministry().id(), docs.stream().map(d -> docItem(dir, d)).toList()));
      }
      for (Map.Entry<String, List<Document>> e : byMinistry.entrySet()) {
        total += e.getValue().size();
        groups.add(new Views.DocGroup(e.getKey().isEmpty() ? "府省庁なし" : e.getKey(), "m-other-" + groups.size(),
            e.getValue().stream().map(d -> docItem(dir, d)).toList()));
      }
      page(dir, "document-year.ftlh", "documents", y.label() + "の文書", new Views.DocumentYearPage(y.label(), total, groups));
    }

    void document(Document d) {
      String dir = "documents/" + d.slug() + "/";
      List<Fact> facts = new ArrayList<>();
      if (d.kind() != null) facts.add(new Fact("種類", d.kind(), null));
      if (d.ministryId() != null) {
        Link m = ministryLink(dir, d.ministryId());
        facts.add(new Fact("府省庁", m.text(), m.href()));
      }
      if (d.fiscalYear() != null) {
        boolean hasPage = ix.years.contains(d.fiscalYear());
        facts.add(new Fact("年度", d.fiscalYear().label(), hasPage ? folder(dir, "years/" + d.fiscalYear().year() + "/") : null));
      }
      if (d.date() != null) facts.add(new Fact("日付", DATE_JA.format(d.date()), null));
      String source = d.sourceUrl() != null && HTTP_URL.matcher(d.sourceUrl()).matches() ? d.sourceUrl() : null;
      if (source == null && d.sourceUrl() != null) facts.add(new Fact("出典", d.sourceUrl(), null));
      if (d.provenance() != null) facts.add(new Fact("ファイル", d.provenance().toString(), null));
      String license = d.license() != null ? d.license()
          : d.provenance() != null && licenseOf(d.provenance().source()) != null ? licenseOf(d.provenance().source()) : ownContent();
      List<String> concernIds = ix.documentConcerns.getOrDefault(d.slug(), List.of());
      List<Link> concerns = concernIds.stream().map(id -> programLink(dir, id)).toList();
      List<Link> mentions = ix.documentMentions.getOrDefault(d.slug(), List.of()).stream()
          .filter(id -> !concernIds.contains(id)).map(id -> programLink(dir, id)).toList();
      String body = mentionLinker.linkHtml(markdown.toSafeHtml(d.markdown()), id -> folder(dir, "programs/" + id + "/"), null);
      page(dir, "document.ftlh", "documents", d.title(),
          new Views.DocumentPage(d.title(), facts, markup(body), concerns, mentions, license, source));
    }

    void data() {
      List<BudgetLedger> ledgers = List.copyOf(ix.ledgers.values());
      String programs = DataFiles.programsJson(ledgers, id -> baseUrl + "programs/" + id + "/");
      String budget = DataFiles.budgetJson(ledgers);
      String csv = DataFiles.budgetCsv(ledgers);
      String redirects = DataFiles.redirectsJson(model.redirects());
      String keys = DataFiles.programKeysJson(ledgers);
      write("data/programs.json", programs);
      write("data/program-keys.json", keys);
      write("data/budget.json", budget);
      write("data/budget.csv", csv);
      write("data/redirects.json", redirects);
      List<Views.DataFile> files = List.of(
          new Views.DataFile("budget.csv", "budget.csv", "予算額（事業×年度×区分ごとに有効な額）。UTF-8、RFC 4180 形式の CSV。", size(csv)),
          new Views.DataFile("budget.json", "budget.json", "budget.csv と同じ行の JSON 配列（programId, fiscalYear, kind, amountYen, qualifier, source, path）。", size(budget)),
          new Views.DataFile("programs.json", "programs.json", "事業の一覧（id, name, names, ministry, fiscalYears, url, sheets）。id 順。", size(programs)),
          new Views.DataFile("redirects.json", "redirects.json", "統合・分割で変わった事業 id（旧 id → 現在の id）。", size(redirects)),
          new Views.DataFile("program-keys.json", "program-keys.json", "事業 id ごとの事業年度のキー（出典:ファイル#年度:事業名）。次の更新で id を保つために使います。", size(keys)));
      Set<String> sources = new TreeSet<>();
      for (Program p : ix.programs.values()) for (ProgramYear py : p.years()) sources.add(py.provenance().source());
      for (Document d : ix.documents.values()) if (d.provenance() != null) sources.add(d.provenance().source());
      List<Fact> licenses = sources.stream()
          .map(s -> new Fact(s, licenseOf(s) != null ? licenseOf(s) : ownContent(), null)).toList();
      int items = ledgers.stream().mapToInt(l -> l.entries().size()).sum();
      page("data/", "data.ftlh", "data", "データ", new Views.DataPage(files, licenses, ledgers.size(), items));
    }

    void notFound() {
      String root;
      try {
        String path = URI.create(baseUrl).getPath();
        root = path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
      } catch (IllegalArgumentException e) {
        root = "/";
      }
      // Served for a missing URL at any depth, so it carries its own stylesheet instead of linking one.
      byte[] css;
      try {
        css = assets().get("site.css");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      render("404.html", "404.ftlh", root, "", "ページが見つかりません",
          new Views.NotFoundPage(css == null ? "" : new String(css, StandardCharsets.UTF_8)));
    }

    void search() {
      try {
        cfg.getTemplate("search.ftlh");
      } catch (TemplateNotFoundException e) {
        return;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      page("search/", "search.ftlh", "search", "検索", null);
    }

    // ---- helpers ----

    List<Feeds.Entry> feedEntries() {
      return ix.documents.values().stream().filter(d -> d.date() != null).sorted(NEWEST_FIRST).limit(FEED_ENTRIES)
          .map(d -> new Feeds.Entry(baseUrl + "documents/" + d.slug() + "/", d.title(), d.date(),
              d.ministryId() == null ? null : ix.ministryName(d.ministryId()), d.kind()))
          .toList();
    }

    List<String> credits() {
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

    String ownContent() {
      return "このサイト（" + site.title() + "）の掲載データ";
    }

    int programCount(FiscalYear y) {
      return yearCounts.getOrDefault(y, new TreeMap<>()).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Years a program was in force: years with a figure other than a request, and the years of its program-years. */
    SortedSet<FiscalYear> activeYears(BudgetLedger l) {
      SortedSet<FiscalYear> ys = new TreeSet<>();
      for (BudgetLedger.Entry e : l.entries()) if (e.kind() != BudgetKind.REQUEST) ys.add(e.year());
      for (ProgramYear py : l.program().years()) ys.add(py.fiscalYear());
      return ys;
    }

    List<String> unknownMinistryPrograms() {
      List<String> out = new ArrayList<>();
      for (Program p : ix.programs.values()) if (!ix.ministryExists(p.ministryId())) out.add(p.id());
      return out;
    }

    List<ProgramItem> programItems(String dir, List<String> ids, boolean withMinistry) {
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
    List<ProgramGroup> byMinistry(String dir, List<String> ids, String anchorPrefix) {
      SortedMap<String, List<String>> groups = new TreeMap<>();
      for (String id : ids) groups.computeIfAbsent(nz(ix.programs.get(id).ministryId()), k -> new ArrayList<>()).add(id);
      List<ProgramGroup> out = new ArrayList<>();
      for (SiteIndex.Node n : ix.ministryTree()) {
        List<String> list = groups.remove(n.ministry().id());
        if (list == null) continue;
        out.add(new ProgramGroup(n.ministry().name(), folder(dir, "ministries/" + n.ministry().id() + "/"),
            anchorPrefix + n.ministry().id(), list.size(), programItems(dir, list, false)));
      }
      groups.forEach((m, list) -> out.add(new ProgramGroup(m.isEmpty() ? "府省庁不明" : m, null, anchorPrefix + "other-" + out.size(),
          list.size(), programItems(dir, list, false))));
      return out;
    }

    List<BudgetKind> totalKinds(List<Totals> totals) {
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

    List<String> totalColumns(List<BudgetKind> kinds) {
      List<String> cols = new ArrayList<>();
      cols.add("事業数");
      for (BudgetKind k : kinds) cols.add(k.label());
      return cols;
    }

    List<Views.Cell> totalCells(Totals t, List<BudgetKind> kinds, int count) {
      List<Views.Cell> cells = new ArrayList<>();
      cells.add(new Views.Cell(count + "", "count", "", false));
      for (BudgetKind k : kinds) {
        Qualifier q = t.sum(k) == null ? null : t.sum(k).qualifier();
        cells.add(new Views.Cell(t.display(k), k.json(), q == null ? "" : q.json(), false));
      }
      return cells;
    }

    Link ministryLink(String dir, String id) {
      if (ix.ministryExists(id)) return new Link(folder(dir, "ministries/" + id + "/"), ix.ministryName(id));
      return new Link(null, id == null ? "不明" : id);
    }

    Link programLink(String dir, String id) {
      return new Link(folder(dir, "programs/" + id + "/"), ix.programs.get(id).name());
    }

    String docHref(String dir, ProgramYear from) {
      return from.documentSlug() != null && ix.documents.containsKey(from.documentSlug())
          ? folder(dir, "documents/" + from.documentSlug() + "/") : null;
    }

    String docTitle(ProgramYear from) {
      return from.documentSlug() != null && ix.documents.containsKey(from.documentSlug())
          ? ix.documents.get(from.documentSlug()).title() : null;
    }

    DocItem docItem(String dir, Document d) {
      return new DocItem(folder(dir, "documents/" + d.slug() + "/"), d.title(), d.date() == null ? null : d.date().toString(),
          d.date() == null ? null : DATE_JA.format(d.date()), d.ministryId() == null ? null : ix.ministryName(d.ministryId()),
          d.kind(), d.fiscalYear() == null ? null : d.fiscalYear().label());
    }

    String period(Ministry m) {
      if (m.since() == null && m.until() == null) return "";
      return (m.since() == null ? "" : m.since() + "年度") + "〜" + (m.until() == null ? "" : m.until() + "年度");
    }

    /** Renders a folder page {@code dir + index.html} and lists it in the sitemap. */
    void page(String dir, String template, String current, String title, Object view) {
      sitemap.add(dir);
      render(dir + "index.html", template, rootOf(dir), current, title, view, baseUrl + dir);
    }

    void render(String file, String template, String root, String current, String title, Object view) {
      render(file, template, root, current, title, view, null);
    }

    void render(String file, String template, String root, String current, String title, Object view, String canonical) {
      Map<String, Object> data = new LinkedHashMap<>();
      if (canonical != null) data.put("canonical", canonical);
      data.put("site", site);
      data.put("root", root);
      data.put("current", current);
      data.put("title", title);
      if (view != null) data.put("page", view);
      StringWriter w = new StringWriter(8192);
      try {
        Template t = cfg.getTemplate(template);
        t.process(data, w);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (TemplateException e) {
        throw new IllegalStateException("template " + template + " failed for " + file + ": " + e.getMessage(), e);
      }
      write(file, w.toString());
    }

    void write(String relative, String content) {
      if (!written.add(relative)) throw new IllegalStateException("two outputs for one path: " + relative);
      Path p = SafePaths.resolve(out, relative);
      try {
        Files.createDirectories(p.getParent());
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        pagesWritten.increment();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The built-in assets, overridden by those of the templates folder. */
    Map<String, byte[]> assets() throws IOException {
      Map<String, byte[]> assets = new TreeMap<>(Assets.builtIn());
      if (templatesDir != null) assets.putAll(Assets.fromFolder(templatesDir.resolve("assets")));
      return assets;
    }

    void copyAssets() throws IOException {
      for (Map.Entry<String, byte[]> a : assets().entrySet()) {
        String rel = "assets/" + a.getKey();
        if (!written.add(rel)) continue;
        Path p = SafePaths.resolve(out, rel);
        Files.createDirectories(p.getParent());
        Files.write(p, a.getValue());
      }
    }
  }

  // ---- static helpers ----

  private static final Comparator<Document> NEWEST_FIRST = Comparator
      .comparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Document::slug);

  private static final Comparator<Document> BY_YEAR_DESC = Comparator
      .comparing(Document::fiscalYear, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Document::date, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(Document::slug);

  private static boolean isSheet(Document d) {
    return SHEET_KIND.equals(d.kind()) || (d.provenance() != null && "judgit".equals(d.provenance().source()));
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

  private static TemplateHTMLOutputModel markup(String trustedHtml) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(trustedHtml);
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String size(String content) {
    long bytes = content.getBytes(StandardCharsets.UTF_8).length;
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
