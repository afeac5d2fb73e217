package org.seisaku.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.seisaku.diag.Problems;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.LinkRule;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.SheetRef;
import org.seisaku.source.Corpus;

/**
 * Joins program-years into programs (DESIGN §3), recording for each program-year the {@link LinkRule} that joined
 * it, and gives the programs stable ids ({@link StableIds}).
 *
 * <p>Rules, tried in this order; a link found by an earlier rule is never undone by a later one:
 *
 * <ol>
 *   <li>{@link LinkRule#CURATED}: a programs.yml entry takes every program-year of its ministry whose
 *       {@linkplain Names#normalise normalised} name is its name or an alias, and those its {@code same_as} names:
 *       {@code SOURCE:PATH} (a program-year key, or provenance source and path) or {@code FY:NAME} (fiscal year and
 *       normalised name). A {@code same_as} naming a source this build does not load is ignored; one naming a loaded
 *       source but no program-year is a warning at {@code programs.yml:line}, and so is an entry that takes no
 *       program-year at all unless it names a source this build does not load (it still gets its page).
 *   <li>{@link LinkRule#BUSINESS_ID}: equal 事業ID in consecutive years of one ministry, and {@link
 *       LinkRule#PAST_SHEET}: 関連する過去のレビューシート. Both are <em>verified</em>, because the data gives one ID
 *       to two programs and shifts IDs and references by one sheet in places (総務省 2018→2019: 「ふるさとテレワーク推進事業」
 *       → 「電気通信行政情報システムの維持運用」): the names must be equal, or the later sheet must restate at least
 *       two of the earlier sheet's figures, or the names must be similar (Dice ≥ {@link #VERIFY_DICE}) with
 *       compatible 開始年度.
 *   <li>{@link LinkRule#NAME}: same ministry, same normalised name, 開始年度 equal or one of them null; the nearest
 *       earlier year first (a program may skip a year; across a gap 開始年度 must agree, between consecutive years it
 *       may be one year off, as new programs' first sheets state the year they asked for). A ministry new in a year
 *       (こども家庭庁 2023) continues the same-named program-years of other ministries of the year before.
 *   <li>{@link LinkRule#FIGURES}: same ministry, consecutive years, equal 開始年度, and the later program-year restates
 *       at least two non-zero figures (当初予算, 予算計, 執行額 of a year both state) of the earlier one, in at least
 *       two years or two distinct amounts, with at most as many disagreeing figures as agreeing ones. This catches
 *       renames in 2021+ where 事業ID is null.
 *   <li>{@link LinkRule#SIMILAR_NAME}: same ministry, consecutive years, both still without a link for that year
 *       pair, character-bigram Dice of the normalised names ≥ {@link #SIMILAR_THRESHOLD}, 開始年度 compatible.
 * </ol>
 *
 * <p>Constraints: a program never holds two program-years of the same source and fiscal year, so each year-pair
 * link is one-to-one; within a rule the best evidence goes first (equal names, more restated figures, higher
 * similarity, nearer year), ties broken by key. Two programs.yml entries are never merged. A sheet that its source
 * splits (0075-1 / 0075-2, each with its own 事業ID and 開始年度) is two programs unless programs.yml joins them:
 * a curated entry may hold several program-years of one year.
 *
 * <p>Program ids (the URL segment under {@code programs/}) are stable; the full scheme is in {@code StableIds}: a
 * programs.yml entry keeps its id; otherwise the id of the earlier build's program ({@link PreviousIds}) that shares most
 * program-years, the larger part keeping it when a program splits and the others' ids becoming redirects when programs
 * merge; otherwise {@code {ministryId}-{8 base32 characters of SHA-256(ministryId + "\n" + normalised name of the
 * earliest program-year)}}, with {@code "\n#2"}, {@code "\n#3"} … hashed in on a collision. Adding a later year, a cycle
 * or a source therefore never changes an existing id.
 *
 * <p>Work is blocked by ministry and year (candidate pairs come from hash lookups on ID, name, figures; only
 * similar-name matching compares all pairs, and only among the program-years left without a link in a year pair),
 * so the cost grows with the size of one ministry-year, not with the corpus. Output is sorted and does not depend
 * on hash order.
 */
public final class Linker {
  /** Name similarity above which two otherwise unlinked program-years of consecutive years join (see LinkingEvaluationTest). */
  public static final double SIMILAR_THRESHOLD = 0.55;
  /** Name similarity that confirms a 事業ID or past-sheet link when the figures do not. */
  public static final double VERIFY_DICE = 0.5;

  private static final Pattern FY_PREFIX = Pattern.compile("\\d{4}");

  private final Set<LinkRule> enabled;
  private final double similarThreshold;

  /** All rules, default thresholds. */
  public Linker() {
    this(EnumSet.allOf(LinkRule.class), SIMILAR_THRESHOLD);
  }

  /**
   * @param enabled the rules to apply (for evaluation: e.g. all but {@link LinkRule#BUSINESS_ID}); FIRST is implied
   * @param similarThreshold Dice threshold of {@link LinkRule#SIMILAR_NAME}
   */
  public Linker(Set<LinkRule> enabled, double similarThreshold) {
    this.enabled = enabled.isEmpty() ? EnumSet.noneOf(LinkRule.class) : EnumSet.copyOf(enabled);
    this.similarThreshold = similarThreshold;
  }

  // ---- per program-year facts -----------------------------------------------------------------------------------

  /** A program-year with what the rules compare, computed once. */
  private static final class Node {
    final int index;
    final ProgramYear py;
    final String ministry;
    final String source;
    final int year;
    final String norm;
    final int[] bigrams;
    final Integer start;
    /** (fiscal year, kind) → yen for 当初, 予算計, 執行. */
    final Map<Integer, Long> cells = new HashMap<>();

    Node(int index, ProgramYear py) {
      this.index = index;
      this.py = py;
      this.ministry = py.ministryId() == null ? "" : py.ministryId();
      this.source = py.provenance() == null ? "" : py.provenance().source();
      this.year = py.fiscalYear() == null ? 0 : py.fiscalYear().year();
      this.norm = Names.normalise(py.name());
      this.bigrams = Names.bigrams(norm);
      this.start = py.ids() == null ? null : py.ids().startYear();
      for (BudgetItem item : py.items()) {
        int kind = switch (item.kind()) {
          case INITIAL -> 0;
          case TOTAL -> 1;
          case EXECUTED -> 2;
          default -> -1;
        };
        if (kind < 0 || item.amount() == null || item.amount().yen() == null || item.fiscalYear() == null) continue;
        cells.put(item.fiscalYear().year() * 4 + kind, item.amount().yen());
      }
    }
  }

  /** Years an era year moves by when read in the wrong era: 平成↔令和, 昭和↔平成, 昭和↔令和. */
  private static final int[] ERA_SHIFTS = {30, 63, 93};

  /**
   * How far apart two 開始年度 are once one known slip of the data is read past: an era year written in the wrong era,
   * which moves it by 30 (平成↔令和), 63 (昭和↔平成) or 93 (昭和↔令和) years. 緊急消防援助隊の機能強化 began in 平成16
   * = 2004, and its 2022 sheet says 1941 (昭和16); 周波数の使用等に関するリテラシーの向上 says 2009 and 1946 (平成21 /
   * 昭和21). 0 when either is unknown.
   *
   * <pre>
   *   2004, 2004 → 0     2004, 1941 → 0 (the wrong era)     2022, 1930 → 1 (令和4 / 昭和5)     2015, 2009 → 6
   * </pre>
   */
  static int startDistance(Integer a, Integer b) {
    if (a == null || b == null) return 0;
    int d = Math.abs(a - b);
    int best = d;
    for (int shift : ERA_SHIFTS) best = Math.min(best, Math.abs(d - shift));
    return best;
  }

  /** 開始年度 equal (or the same year in the wrong era, {@link #startDistance}), or one of them unknown. */
  private static boolean startCompatible(Node a, Node b) {
    return startDistance(a.start, b.start) == 0;
  }

  /**
   * 開始年度 equal, one unknown, or one year apart (or so in the wrong era, {@link #startDistance}): a new program's
   * first sheet (新32-0015, published in 2019) states the year it asked for (2020), the next sheet the year it began,
   * often a year earlier with a supplementary budget (2019).
   */
  private static boolean startNear(Node a, Node b) {
    return startDistance(a.start, b.start) <= 1;
  }

  /** For ranking: the distance of {@link #startDistance}, plus one when it reads past a wrong era (agreement ranks first). */
  private static int startGap(Node a, Node b) {
    if (a.start == null || b.start == null) return 0;
    int plain = Math.abs(a.start - b.start);
    int shifted = startDistance(a.start, b.start);
    return shifted == plain ? plain : shifted + 1;
  }

  private static final Pattern FORMERLY = Pattern.compile("旧|までは|年度は|年度当初予算は|平成\\d+年度事業名");

  /**
   * Whether the later name cites the earlier one as its former name: 「ICTアクセシビリティ推進事業（旧：デジタル活用共生社会推進事業）」,
   * 「デジタル活用支援推進事業（令和３年度当初予算は「デジタル活用環境構築推進事業」）」, or is the earlier name with a note
   * added: 「デジタル・シティズンシップの総合的な推進事業（令和6年度…）」 after 「デジタル・シティズンシップの総合的な推進事業」.
   */
  static boolean citesFormerName(String earlierNorm, String laterNorm) {
    if (earlierNorm.length() < 6 || laterNorm.length() <= earlierNorm.length()) return false;
    int at = laterNorm.indexOf(earlierNorm);
    if (at == 0) return laterNorm.charAt(earlierNorm.length()) == '('; // 「X（令和6年度から…）」 after 「X」
    if (at < 0) return false;
    return FORMERLY.matcher(laterNorm.substring(0, at)).find();
  }

  /** Number of restated figures, or 0 when the agreement is too weak to count (see class comment). */
  static int figureMatches(Map<Integer, Long> earlier, int earlierYear, Map<Integer, Long> later) {
    if (earlier.isEmpty() || later.isEmpty()) return 0;
    int matches = 0;
    int mismatches = 0;
    int firstYear = Integer.MIN_VALUE;
    boolean twoYears = false;
    long firstValue = 0;
    boolean twoValues = false;
    for (Map.Entry<Integer, Long> e : earlier.entrySet()) {
      int fy = e.getKey() / 4;
      if (fy > earlierYear) continue;
      Long other = later.get(e.getKey());
      if (other == null) continue;
      long v = e.getValue();
      if (other == v) {
        if (v != 0L) {
          if (matches == 0) {
            firstYear = fy;
            firstValue = v;
          } else {
            twoYears |= fy != firstYear;
            twoValues |= v != firstValue;
          }
          matches++;
        }
      } else {
        mismatches++;
      }
    }
    if (matches < 2 || !(twoYears || twoValues) || mismatches > matches) return 0;
    return matches;
  }

  private static int figureMatches(Node a, Node b) {
    return figureMatches(a.cells, a.year, b.cells);
  }

  // ---- union-find with one program-year per source and year ------------------------------------------------------

  private static final class Components {
    final int[] parent;
    final List<Set<String>> occupied = new ArrayList<>();
    final int[] curated;

    Components(List<Node> nodes) {
      parent = new int[nodes.size()];
      curated = new int[nodes.size()];
      for (Node n : nodes) {
        parent[n.index] = n.index;
        curated[n.index] = -1;
        Set<String> s = new HashSet<>();
        s.add(slot(n));
        occupied.add(s);
      }
    }

    static String slot(Node n) {
      return n.source + "\u0000" + n.year;
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    boolean has(int x, String slot) {
      return occupied.get(find(x)).contains(slot);
    }

    /** Whether a and b may join: different components, no shared source-year, not two curated programs. */
    boolean canJoin(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) return false;
      if (curated[ra] >= 0 && curated[rb] >= 0 && curated[ra] != curated[rb]) return false;
      Set<String> sa = occupied.get(ra);
      Set<String> sb = occupied.get(rb);
      Set<String> small = sa.size() <= sb.size() ? sa : sb;
      Set<String> large = small == sa ? sb : sa;
      for (String s : small) if (large.contains(s)) return false;
      return true;
    }

    void join(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) return;
      if (occupied.get(ra).size() < occupied.get(rb).size()) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      occupied.get(ra).addAll(occupied.get(rb));
      occupied.set(rb, null);
      if (curated[ra] < 0) curated[ra] = curated[rb];
    }
  }

  /** A candidate link from an earlier to a later program-year. */
  private record Edge(int earlier, int later, LinkRule rule, double score, String laterKey, String earlierKey) {}

  private static final Comparator<Edge> BEST_FIRST = Comparator.comparing(Edge::rule)
      .thenComparing(Comparator.comparingDouble(Edge::score).reversed())
      .thenComparing(Edge::laterKey).thenComparing(Edge::earlierKey);

  private static Edge edge(Node a, Node b, LinkRule rule, double score) {
    return new Edge(a.index, b.index, rule, score, b.py.key(), a.py.key());
  }

  // ---- the linker -------------------------------------------------------------------------------------------------

  /** Links the corpus; problems in programs.yml references and front matter are added as warnings. */
  public LinkResult link(Corpus corpus, PreviousIds previous, Problems problems) {
    Objects.requireNonNull(corpus, "corpus");
    if (previous == null) previous = PreviousIds.empty();
    List<ProgramYear> sorted = new ArrayList<>(corpus.programYears());
    sorted.sort(Comparator.comparing(ProgramYear::key));
    List<Node> nodes = new ArrayList<>(sorted.size());
    for (ProgramYear py : sorted) nodes.add(new Node(nodes.size(), py));
    Ministries ministries = ministries(corpus.ministries());

    Components comps = new Components(nodes);
    LinkRule[] incoming = new LinkRule[nodes.size()];
    LinkRule[] outgoing = new LinkRule[nodes.size()];

    List<CuratedProgram> curated = new ArrayList<>(corpus.curated());
    curated.sort(Comparator.comparingInt(CuratedProgram::line).thenComparing(CuratedProgram::id));
    int[] curatedOf = applyCurated(nodes, curated, comps, problems);

    // Blocks: ministry → year → nodes (sorted by key)
    Map<String, TreeMap<Integer, List<Node>>> blocks = new TreeMap<>();
    for (Node n : nodes) blocks.computeIfAbsent(n.ministry, k -> new TreeMap<>()).computeIfAbsent(n.year, k -> new ArrayList<>()).add(n);

    List<Edge> edges = new ArrayList<>();
    if (enabled.contains(LinkRule.BUSINESS_ID)) businessIdEdges(blocks, edges);
    if (enabled.contains(LinkRule.PAST_SHEET)) pastSheetEdges(nodes, ministries, edges);
    if (enabled.contains(LinkRule.NAME)) {
      nameEdges(nodes, edges);
      newMinistryEdges(nodes, blocks, corpus.ministries(), edges);
    }
    if (enabled.contains(LinkRule.FIGURES)) figureEdges(blocks, edges);
    edges.sort(BEST_FIRST);
    for (Edge e : edges) accept(e, comps, incoming, outgoing);
    if (enabled.contains(LinkRule.SIMILAR_NAME)) {
      List<Edge> similar = similarEdges(blocks, comps);
      similar.sort(BEST_FIRST);
      for (Edge e : similar) accept(e, comps, incoming, outgoing);
    }

    // Programs
    Map<Integer, List<Node>> members = new TreeMap<>();
    for (Node n : nodes) members.computeIfAbsent(comps.find(n.index), k -> new ArrayList<>()).add(n);
    List<List<Node>> groups = new ArrayList<>(members.values());
    Comparator<Node> byYearKey = Comparator.<Node>comparingInt(n -> n.year).thenComparing(n -> n.py.key());
    for (List<Node> g : groups) g.sort(byYearKey);
    groups.sort(Comparator.comparing(g -> g.get(0).py.key()));

    List<StableIds.Group> idGroups = new ArrayList<>();
    for (List<Node> g : groups) {
      int c = -1;
      for (Node n : g) if (curatedOf[n.index] >= 0) c = curatedOf[n.index];
      CuratedProgram cp = c >= 0 ? curated.get(c) : null;
      String ministry = cp != null ? cp.ministryId() : g.get(g.size() - 1).ministry;
      idGroups.add(new StableIds.Group(ministry, g.stream().map(n -> n.py).toList(), cp == null ? null : cp.id()));
    }
    StableIds.Assigned assigned = StableIds.assign(idGroups, previous);

    List<Program> programs = new ArrayList<>();
    Map<String, String> programOfKey = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      List<Node> g = groups.get(i);
      String id = assigned.ids().get(i);
      StableIds.Group sg = idGroups.get(i);
      CuratedProgram cp = sg.curatedId() == null ? null : curatedById(curated, sg.curatedId());
      Map<String, LinkRule> rules = new TreeMap<>();
      for (int k = 0; k < g.size(); k++) {
        Node n = g.get(k);
        LinkRule r;
        if (curatedOf[n.index] >= 0) r = LinkRule.CURATED;
        else if (k == 0) r = LinkRule.FIRST;
        else if (incoming[n.index] != null) r = incoming[n.index];
        else if (outgoing[n.index] != null) r = outgoing[n.index];
        else r = LinkRule.FIRST;
        rules.put(n.py.key(), r);
        programOfKey.put(n.py.key(), id);
      }
      programs.add(new Program(id, sg.ministryId(), sg.years(), rules, cp));
    }
    Set<Integer> used = new HashSet<>();
    for (int v : curatedOf) used.add(v);
    for (int c = 0; c < curated.size(); c++) {
      if (!used.contains(c)) {
        // A curated program whose years come from a source this build does not load (or not yet) still has its
        // page: its notes and the documents about it, under the URL it will keep once figures arrive. One that
        // waits for no such source matches nothing, which is most likely a typo in its name or ministry.
        CuratedProgram cp = curated.get(c);
        if (!waitsForUnloadedSource(cp, nodes)) {
          problems.warning("programs.yml", cp.line(), "program '" + cp.id() + "' matches no program-year: no budget row "
              + "or review sheet of its ministry has its name or an alias, and no same_as names one (its page shows "
              + "only its notes and documents)");
        }
        programs.add(new Program(cp.id(), cp.ministryId(), List.of(), Map.of(), cp));
      }
    }
    programs.sort(Comparator.comparing(Program::id));

    Map<String, List<String>> documentPrograms = documentPrograms(corpus.documents(), programs, programOfKey, problems);
    return new LinkResult(programs, assigned.redirects(), documentPrograms, lineage(nodes, ministries, programOfKey));
  }

  /** Whether a programs.yml entry names a source this build does not load ({@code judgit:…} without --source judgit). */
  private static boolean waitsForUnloadedSource(CuratedProgram cp, List<Node> nodes) {
    Set<String> sources = new HashSet<>();
    for (Node n : nodes) sources.add(n.source);
    for (String ref : cp.sameAs()) {
      String r = ref.strip();
      int colon = r.indexOf(':');
      if (colon <= 0) continue;
      String head = r.substring(0, colon);
      boolean fiscalYear = FY_PREFIX.matcher(head).matches() || (!sources.contains(head) && FiscalYear.parse(head).isPresent());
      if (!fiscalYear && !sources.contains(head)) return true;
    }
    return false;
  }

  private static CuratedProgram curatedById(List<CuratedProgram> curated, String id) {
    for (CuratedProgram c : curated) if (c.id().equals(id)) return c;
    return null;
  }

  private static Ministries ministries(List<Ministry> list) {
    try {
      return new Ministries(list);
    } catch (IllegalArgumentException e) {
      return new Ministries(List.of()); // duplicates are reported by the reader; link by id only
    }
  }

  private static void accept(Edge e, Components comps, LinkRule[] incoming, LinkRule[] outgoing) {
    if (!comps.canJoin(e.earlier(), e.later())) return;
    comps.join(e.earlier(), e.later());
    if (incoming[e.later()] == null) incoming[e.later()] = e.rule();
    if (outgoing[e.earlier()] == null) outgoing[e.earlier()] = e.rule();
  }

  // ---- (a) curated -----------------------------------------------------------------------------------------------

  private static int[] applyCurated(List<Node> nodes, List<CuratedProgram> curated, Components comps, Problems problems) {
    int[] curatedOf = new int[nodes.size()];
    java.util.Arrays.fill(curatedOf, -1);
    if (curated.isEmpty()) return curatedOf;
    Map<String, List<Node>> byMinistryName = new HashMap<>();
    Map<String, List<Node>> byYearName = new HashMap<>();
    Map<String, List<Node>> bySourcePath = new HashMap<>();
    Map<String, Node> byKey = new HashMap<>();
    Set<String> sources = new HashSet<>();
    for (Node n : nodes) {
      byMinistryName.computeIfAbsent(n.ministry + "\u0000" + n.norm, k -> new ArrayList<>()).add(n);
      byYearName.computeIfAbsent(n.year + "\u0000" + n.norm, k -> new ArrayList<>()).add(n);
      if (n.py.provenance() != null) {
        bySourcePath.computeIfAbsent(n.source + ":" + n.py.provenance().path(), k -> new ArrayList<>()).add(n);
      }
      byKey.put(n.py.key(), n);
      sources.add(n.source);
    }
    for (int c = 0; c < curated.size(); c++) {
      CuratedProgram cp = curated.get(c);
      Set<Node> found = new LinkedHashSet<>();
      Set<String> names = new TreeSet<>();
      names.add(Names.normalise(cp.name()));
      for (String a : cp.aliases()) names.add(Names.normalise(a));
      for (String name : names) found.addAll(byMinistryName.getOrDefault(cp.ministryId() + "\u0000" + name, List.of()));
      for (String ref : cp.sameAs()) {
        String r = ref.strip();
        int colon = r.indexOf(':');
        if (colon <= 0) {
          problems.warning("programs.yml", cp.line(), "same_as '" + ref + "' is neither SOURCE:PATH nor FY:NAME");
          continue;
        }
        String head = r.substring(0, colon);
        String tail = r.substring(colon + 1);
        List<Node> hits;
        if (FY_PREFIX.matcher(head).matches() || (!sources.contains(head) && FiscalYear.parse(head).isPresent())) {
          Optional<FiscalYear> fy = FiscalYear.parse(head);
          List<Node> all = fy.isEmpty() ? List.of() : byYearName.getOrDefault(fy.get().year() + "\u0000" + Names.normalise(tail), List.of());
          List<Node> own = all.stream().filter(n -> n.ministry.equals(cp.ministryId())).toList();
          hits = own.isEmpty() ? all : own;
        } else {
          if (!sources.contains(head)) continue; // a source this build does not load
          Node exact = byKey.get(r);
          hits = exact != null ? List.of(exact) : bySourcePath.getOrDefault(r, List.of());
        }
        if (hits.isEmpty()) {
          problems.warning("programs.yml", cp.line(), "same_as '" + ref + "' of program '" + cp.id() + "' names no program-year");
        }
        found.addAll(hits);
      }
      List<Node> members = new ArrayList<>(found);
      members.sort(Comparator.comparing(n -> n.py.key()));
      for (Node n : members) {
        if (curatedOf[n.index] >= 0) {
          problems.warning("programs.yml", cp.line(), "program-year " + n.py.key() + " is claimed by programs '"
              + curated.get(curatedOf[n.index]).id() + "' and '" + cp.id() + "'; it stays in the first");
          continue;
        }
        curatedOf[n.index] = c;
      }
    }
    // join the members of each curated program, regardless of the one-per-year rule
    int[] first = new int[curated.size()];
    java.util.Arrays.fill(first, -1);
    for (Node n : nodes) {
      int c = curatedOf[n.index];
      if (c < 0) continue;
      if (first[c] < 0) {
        first[c] = n.index;
        comps.curated[comps.find(n.index)] = c;
      } else {
        comps.join(first[c], n.index);
      }
      comps.curated[comps.find(n.index)] = c;
    }
    return curatedOf;
  }

  // ---- (b) source identifiers -------------------------------------------------------------------------------------

  /** Score of a verified identifier link, or negative when the two do not look like one program. */
  private static double verify(Node a, Node b) {
    if (a.norm.equals(b.norm)) return 10 + figureMatches(a, b);
    int figures = figureMatches(a, b);
    double dice = Names.dice(a.bigrams, b.bigrams);
    if (figures >= 2) return 5 + dice;
    if (dice >= VERIFY_DICE && startCompatible(a, b)) return dice;
    return -1;
  }

  private static void businessIdEdges(Map<String, TreeMap<Integer, List<Node>>> blocks, List<Edge> edges) {
    for (TreeMap<Integer, List<Node>> byYear : blocks.values()) {
      for (Map.Entry<Integer, List<Node>> e : byYear.entrySet()) {
        List<Node> next = byYear.get(e.getKey() + 1);
        if (next == null) continue;
        Map<String, List<Node>> nextById = new HashMap<>();
        for (Node b : next) {
          Integer id = b.py.ids() == null ? null : b.py.ids().businessId();
          if (id != null) nextById.computeIfAbsent(b.source + "\u0000" + id, k -> new ArrayList<>()).add(b);
        }
        for (Node a : e.getValue()) {
          Integer id = a.py.ids() == null ? null : a.py.ids().businessId();
          if (id == null) continue;
          for (Node b : nextById.getOrDefault(a.source + "\u0000" + id, List.of())) {
            double s = verify(a, b);
            if (s >= 0) edges.add(edge(a, b, LinkRule.BUSINESS_ID, s));
          }
        }
      }
    }
  }

  /** 事業番号 as a lookup key: NFKC, no spaces. */
  private static String number(String n) {
    return n == null ? "" : Ministries.key(n);
  }

  /** Every node under each key a past-sheet reference may use for it: its 事業番号 and its file name. */
  private static Map<String, Node> sheetIndex(List<Node> nodes) {
    Map<String, Node> bySheet = new HashMap<>();
    for (Node n : nodes) {
      if (n.py.ids() == null) continue;
      String num = number(n.py.ids().sheetNumber());
      if (!num.isEmpty()) bySheet.putIfAbsent(n.source + "\u0000" + n.ministry + "\u0000" + n.year + "\u0000" + num, n);
      if (n.py.provenance() != null) { // the file name is the 事業番号 in judgit/data
        String path = n.py.provenance().path();
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
        bySheet.putIfAbsent(n.source + "\u0000" + n.ministry + "\u0000" + n.year + "\u0000" + number(stem), n);
      }
    }
    return bySheet;
  }

  /** The earlier nodes that {@code b}'s past-sheet references name, each once, in the order named. */
  private static List<Node> pastSheets(Node b, Map<String, Node> bySheet, Ministries ministries) {
    List<Node> out = new ArrayList<>();
    if (b.py.ids() == null) return out;
    Set<Integer> seen = new HashSet<>();
    for (SheetRef ref : b.py.ids().pastSheets()) {
      String ministry = ref.ministry() == null ? b.ministry : ministries.find(ref.ministry()).map(Ministry::id).orElse(b.ministry);
      Node a = bySheet.get(b.source + "\u0000" + ministry + "\u0000" + ref.year() + "\u0000" + number(ref.number()));
      if (a != null && a.year < b.year && seen.add(a.index)) out.add(a);
    }
    return out;
  }

  private static void pastSheetEdges(List<Node> nodes, Ministries ministries, List<Edge> edges) {
    Map<String, Node> bySheet = sheetIndex(nodes);
    for (Node b : nodes) {
      for (Node a : pastSheets(b, bySheet, ministries)) {
        double s = verify(a, b);
        if (s >= 0) edges.add(edge(a, b, LinkRule.PAST_SHEET, s));
      }
    }
  }

  /**
   * Predecessors and successors: programs that a sheet of another program names among its past sheets (a program
   * split, merged or renumbered, whose years the linker kept apart), or that share its 事業ID. Program id → the
   * ids on the other side, sorted.
   */
  private static Map<String, List<String>> lineage(List<Node> nodes, Ministries ministries, Map<String, String> programOfKey) {
    Map<String, Set<String>> out = new TreeMap<>();
    java.util.function.BiConsumer<Node, Node> pair = (a, b) -> {
      String pa = programOfKey.get(a.py.key());
      String pb = programOfKey.get(b.py.key());
      if (pa == null || pb == null || pa.equals(pb)) return;
      out.computeIfAbsent(pa, k -> new TreeSet<>()).add(pb);
      out.computeIfAbsent(pb, k -> new TreeSet<>()).add(pa);
    };
    Map<String, Node> bySheet = sheetIndex(nodes);
    Map<String, Node> byBusinessId = new HashMap<>();
    for (Node b : nodes) {
      for (Node a : pastSheets(b, bySheet, ministries)) pair.accept(a, b);
      Integer id = b.py.ids() == null ? null : b.py.ids().businessId();
      if (id == null) continue;
      Node first = byBusinessId.putIfAbsent(b.source + "\u0000" + id, b);
      if (first != null) pair.accept(first, b);
    }
    Map<String, List<String>> lists = new TreeMap<>();
    out.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return lists;
  }

  // ---- (c) name -------------------------------------------------------------------------------------------------

  private static void nameEdges(List<Node> nodes, List<Edge> edges) {
    Map<String, List<Node>> groups = new HashMap<>();
    for (Node n : nodes) if (!n.norm.isEmpty()) groups.computeIfAbsent(n.ministry + "\u0000" + n.norm, k -> new ArrayList<>()).add(n);
    for (List<Node> g : groups.values()) {
      if (g.size() < 2) continue;
      for (Node b : g) {
        for (Node a : g) {
          boolean earlier = a.year < b.year || (a.year == b.year && !a.source.equals(b.source) && a.py.key().compareTo(b.py.key()) < 0);
          // across a gap of years the 開始年度 must agree; between consecutive years it may be one year off
          if (!earlier || !(b.year - a.year <= 1 ? startNear(a, b) : startCompatible(a, b))) continue;
          // nearer years first, then equal 開始年度; restated figures break ties
          edges.add(edge(a, b, LinkRule.NAME,
              100 - 2 * (b.year - a.year) - startGap(a, b) + Math.min(figureMatches(a, b), 9) / 10.0));
        }
      }
    }
  }

  /**
   * A ministry or agency that is new in a year (its {@code since} in ministries.yml; it has no program-years of the year
   * before) takes over programs of others: こども家庭庁's 2023 sheets continue 内閣官房's
   * 2022 sheets of the same name. Same normalised name, previous year, 開始年度 within one year; recorded as NAME, and
   * tried after the same-ministry name links.
   */
  private static void newMinistryEdges(List<Node> nodes, Map<String, TreeMap<Integer, List<Node>>> blocks,
      List<Ministry> ministries, List<Edge> edges) {
    Map<String, Integer> since = new HashMap<>();
    for (Ministry m : ministries) if (m.since() != null) since.put(m.id(), m.since());
    Set<Integer> yearsPresent = new HashSet<>();
    for (Node n : nodes) yearsPresent.add(n.year);
    Map<String, List<Node>> byYearName = null;
    for (Map.Entry<String, TreeMap<Integer, List<Node>>> block : blocks.entrySet()) {
      String ministry = block.getKey();
      Integer newYear = since.get(ministry);
      if (newYear == null || !block.getValue().containsKey(newYear) || !yearsPresent.contains(newYear - 1)
          || block.getValue().containsKey(newYear - 1)) continue;
      if (byYearName == null) {
        byYearName = new HashMap<>();
        for (Node n : nodes) byYearName.computeIfAbsent(n.year + "\u0000" + n.norm, k -> new ArrayList<>()).add(n);
      }
      for (Node b : block.getValue().get(newYear)) {
        if (b.norm.isEmpty()) continue;
        for (Node a : byYearName.getOrDefault((newYear - 1) + "\u0000" + b.norm, List.of())) {
          if (a.ministry.equals(ministry) || !a.source.equals(b.source) || !startNear(a, b)) continue;
          edges.add(edge(a, b, LinkRule.NAME, 50 - startGap(a, b)));
        }
      }
    }
  }

  // ---- (d) figures ----------------------------------------------------------------------------------------------

  private static void figureEdges(Map<String, TreeMap<Integer, List<Node>>> blocks, List<Edge> edges) {
    for (TreeMap<Integer, List<Node>> byYear : blocks.values()) {
      for (Map.Entry<Integer, List<Node>> e : byYear.entrySet()) {
        int y = e.getKey();
        List<Node> next = byYear.get(y + 1);
        if (next == null) continue;
        // (開始年度, cell, yen) → earlier program-years stating it
        Map<FigureKey, List<Node>> index = new HashMap<>();
        for (Node a : e.getValue()) {
          if (a.start == null) continue;
          for (Map.Entry<Integer, Long> c : a.cells.entrySet()) {
            if (c.getValue() == 0L || c.getKey() / 4 > y) continue;
            index.computeIfAbsent(new FigureKey(a.start, c.getKey(), c.getValue()), k -> new ArrayList<>()).add(a);
          }
        }
        for (Node b : next) {
          if (b.start == null) continue;
          Map<Integer, Integer> hits = new TreeMap<>();
          for (Map.Entry<Integer, Long> c : b.cells.entrySet()) {
            for (Node a : index.getOrDefault(new FigureKey(b.start, c.getKey(), c.getValue()), List.of())) {
              if (a.source.equals(b.source)) hits.merge(a.index, 1, Integer::sum);
            }
          }
          for (Map.Entry<Integer, Integer> h : hits.entrySet()) {
            if (h.getValue() < 2) continue;
            Node a = findIn(e.getValue(), h.getKey());
            int m = figureMatches(a, b);
            if (m >= 2) edges.add(edge(a, b, LinkRule.FIGURES, m + Names.dice(a.bigrams, b.bigrams)));
          }
        }
      }
    }
  }

  private record FigureKey(int start, int cell, long yen) {}

  private static Node findIn(List<Node> list, int index) {
    for (Node n : list) if (n.index == index) return n;
    throw new IllegalStateException("node " + index);
  }

  // ---- (e) similar names ----------------------------------------------------------------------------------------

  private List<Edge> similarEdges(Map<String, TreeMap<Integer, List<Node>>> blocks, Components comps) {
    List<Edge> edges = new ArrayList<>();
    for (TreeMap<Integer, List<Node>> byYear : blocks.values()) {
      for (Map.Entry<Integer, List<Node>> e : byYear.entrySet()) {
        int y = e.getKey();
        List<Node> next = byYear.get(y + 1);
        if (next == null) continue;
        List<Node> open = new ArrayList<>();
        for (Node a : e.getValue()) if (!comps.has(a.index, a.source + "\u0000" + (y + 1))) open.add(a);
        if (open.isEmpty()) continue;
        for (Node b : next) {
          if (comps.has(b.index, b.source + "\u0000" + y)) continue;
          for (Node a : open) {
            if (!a.source.equals(b.source)) continue;
            if (citesFormerName(a.norm, b.norm)) {
              edges.add(edge(a, b, LinkRule.SIMILAR_NAME, 2.0));
              continue;
            }
            if (!startNear(a, b)) continue;
            double d = Names.dice(a.bigrams, b.bigrams);
            if (d >= similarThreshold) edges.add(edge(a, b, LinkRule.SIMILAR_NAME, d - 0.01 * startGap(a, b)));
          }
        }
      }
    }
    return edges;
  }

  // ---- documents ------------------------------------------------------------------------------------------------

  private static Map<String, List<String>> documentPrograms(List<Document> documents, List<Program> programs,
      Map<String, String> programOfKey, Problems problems) {
    Map<String, Program> byId = new HashMap<>();
    Map<String, Set<String>> byName = new HashMap<>(); // normalised name → program ids
    for (Program p : programs) {
      byId.put(p.id(), p);
      Set<String> names = new HashSet<>();
      if (p.curated() != null) {
        names.add(Names.normalise(p.curated().name()));
        for (String a : p.curated().aliases()) names.add(Names.normalise(a));
      }
      for (ProgramYear py : p.years()) names.add(Names.normalise(py.name()));
      for (String n : names) byName.computeIfAbsent(n, k -> new TreeSet<>()).add(p.id());
    }
    // A budget row names the document that states it (CSV column `document`): that document is about the row's program.
    Map<String, Set<String>> statedIn = new HashMap<>();
    for (Program p : programs) {
      for (ProgramYear py : p.years()) {
        if (py.documentSlug() != null) statedIn.computeIfAbsent(py.documentSlug(), k -> new TreeSet<>()).add(p.id());
      }
    }
    Map<String, List<String>> out = new TreeMap<>();
    List<Document> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing(Document::slug));
    for (Document d : docs) {
      Set<String> stating = statedIn.getOrDefault(d.slug(), Set.of());
      Set<String> ids = new TreeSet<>(stating);
      String path = d.provenance() == null ? d.slug() : d.provenance().path();
      for (String ref : d.programRefs()) {
        if (ref == null || ref.isBlank()) continue;
        String r = ref.strip();
        String id = programOfKey.get(r);
        if (id == null && byId.containsKey(r)) id = r;
        if (id == null) {
          Set<String> candidates = byName.getOrDefault(Names.normalise(r), Set.of());
          if (candidates.size() > 1) {
            Set<String> stated = new TreeSet<>(candidates);
            stated.retainAll(stating);
            if (!stated.isEmpty()) candidates = stated;
          }
          if (candidates.size() > 1 && d.ministryId() != null) {
            Set<String> own = new TreeSet<>();
            for (String c : candidates) if (d.ministryId().equals(byId.get(c).ministryId())) own.add(c);
            if (!own.isEmpty()) candidates = own;
          }
          if (candidates.size() == 1) {
            id = candidates.iterator().next();
          } else if (candidates.size() > 1) {
            problems.warning(path, 1, "program '" + r + "' is ambiguous (" + String.join(", ", candidates) + "); write its id");
            continue;
          }
        }
        if (id == null) {
          problems.warning(path, 1, "program '" + r + "' is not known");
          continue;
        }
        ids.add(id);
      }
      if (!ids.isEmpty()) out.put(d.slug(), List.copyOf(ids));
    }
    return out;
  }
}
