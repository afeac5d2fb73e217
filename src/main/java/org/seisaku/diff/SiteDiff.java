package org.seisaku.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Qualifier;

/**
 * What a new build changed against the one last published, from the two sites' own files ({@code data/programs.json},
 * {@code data/budget.json}, {@code sitemap.xml}): programs new and gone, figures in force added, changed and removed,
 * documents new and gone.
 *
 * <pre>
 *   SiteDiff.of(Path.of("published"), Path.of("site"))
 *     → programs +1 −0; figures +12 ~3 −0 (地方再生対策費 2025年度 当初 4,000億円 → 4,200億円, +200億円, +5.0%); documents +2
 * </pre>
 *
 * <p>A changed figure is one of the same program, fiscal year and kind whose amount or qualifier differs. Changes are
 * listed largest first by how much the amount moved, but only between {@link Amount#comparable comparable} figures
 * (neither 内数 nor 事項要求 nor a ceiling): a 内数 that became a figure is listed after them, without a difference.
 */
public final class SiteDiff {
  /** A program as data/programs.json lists it. */
  public record Program(String id, String name, String ministry) {}

  /** A figure in force as data/budget.json lists it, with its program's name. */
  public record Figure(String programId, String name, int fiscalYear, BudgetKind kind, Amount amount) {
    /** 「2025年度 当初 地方再生対策費 4,000億円」. */
    String line() {
      return fiscalYear + "年度 " + kind.label() + " " + name + " " + amount.display();
    }
  }

  /** The same figure before and after. */
  public record Change(Figure before, Figure after) {
    /** Whether the amounts may be compared: both figures, neither 内数 nor 事項要求 nor a ceiling. */
    public boolean comparable() {
      return before.amount().comparable(after.amount());
    }

    /** After minus before, in yen, or null when not {@link #comparable}. */
    public Long difference() {
      return comparable() ? after.amount().yen() - before.amount().yen() : null;
    }
  }

  /** Everything that differs; every list sorted (changes largest first). */
  public record Result(List<Program> newPrograms, List<Program> gonePrograms, List<Figure> added, List<Change> changed,
      List<Figure> removed, List<String> newDocuments, List<String> goneDocuments) {
    public boolean empty() {
      return newPrograms.isEmpty() && gonePrograms.isEmpty() && added.isEmpty() && changed.isEmpty() && removed.isEmpty()
          && newDocuments.isEmpty() && goneDocuments.isEmpty();
    }
  }

  /** The site folder lacks a file the comparison needs. */
  public static final class NotASiteException extends IOException {
    NotASiteException(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
      .enable(SerializationFeature.INDENT_OUTPUT);
  private static final Pattern LOC = Pattern.compile("<loc>[^<]*?/documents/([^<]+)/</loc>");

  private SiteDiff() {}

  /** Compares the site {@code after} with the site {@code before}. */
  public static Result of(Path before, Path after) throws IOException {
    SortedMap<String, Program> p0 = programs(before);
    SortedMap<String, Program> p1 = programs(after);
    SortedMap<String, Figure> f0 = figures(before, p0);
    SortedMap<String, Figure> f1 = figures(after, p1);
    TreeSet<String> d0 = documents(before);
    TreeSet<String> d1 = documents(after);

    List<Program> newPrograms = p1.values().stream().filter(p -> !p0.containsKey(p.id())).toList();
    List<Program> gonePrograms = p0.values().stream().filter(p -> !p1.containsKey(p.id())).toList();
    List<Figure> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    f1.forEach((k, f) -> {
      Figure old = f0.get(k);
      if (old == null) added.add(f);
      else if (!old.amount().equals(f.amount())) changed.add(new Change(old, f));
    });
    List<Figure> removed = f0.entrySet().stream().filter(e -> !f1.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    changed.sort(Comparator.comparing((Change c) -> !c.comparable())
        .thenComparing(c -> c.comparable() ? -Math.abs(c.difference()) : 0L)
        .thenComparing(c -> key(c.after())));
    List<String> newDocuments = d1.stream().filter(d -> !d0.contains(d)).toList();
    List<String> goneDocuments = d0.stream().filter(d -> !d1.contains(d)).toList();
    return new Result(newPrograms, gonePrograms, List.copyOf(added), List.copyOf(changed), removed, newDocuments,
        goneDocuments);
  }

  /** The result for a terminal: counts, then up to {@code limit} lines of each list. */
  public static String text(Result r, String beforeName, String afterName, int limit) {
    StringBuilder sb = new StringBuilder();
    sb.append(afterName).append(" against ").append(beforeName).append(r.empty() ? ": no differences\n" : ":\n");
    section(sb, "new programs", r.newPrograms(), limit, p -> "+ " + p.id() + " " + p.name());
    section(sb, "programs gone", r.gonePrograms(), limit, p -> "- " + p.id() + " " + p.name());
    section(sb, "figures added", r.added(), limit, f -> "+ " + f.line());
    section(sb, "figures changed", r.changed(), limit, c -> "~ " + c.after().fiscalYear() + "年度 " + c.after().kind().label()
        + " " + c.after().name() + " " + c.before().amount().display() + " → " + c.after().amount().display()
        + (c.comparable() ? " (" + signed(c.difference()) + percent(c) + ")" : " (not comparable)"));
    section(sb, "figures removed", r.removed(), limit, f -> "- " + f.line());
    section(sb, "new documents", r.newDocuments(), limit, d -> "+ documents/" + d + "/");
    section(sb, "documents gone", r.goneDocuments(), limit, d -> "- documents/" + d + "/");
    return sb.toString();
  }

  /** The result as JSON: every list in full. */
  public static String json(Result r) throws IOException {
    Map<String, Object> root = new java.util.LinkedHashMap<>();
    root.put("programs", Map.of("added", r.newPrograms(), "gone", r.gonePrograms()));
    root.put("figures", new java.util.LinkedHashMap<>(Map.of("added", r.added().stream().map(SiteDiff::figureJson).toList(),
        "removed", r.removed().stream().map(SiteDiff::figureJson).toList())));
    List<Map<String, Object>> changes = new ArrayList<>();
    for (Change c : r.changed()) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("programId", c.after().programId());
      m.put("name", c.after().name());
      m.put("fiscalYear", c.after().fiscalYear());
      m.put("kind", c.after().kind().json());
      m.put("before", amountJson(c.before().amount()));
      m.put("after", amountJson(c.after().amount()));
      m.put("differenceYen", c.difference());
      changes.add(m);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> figures = (Map<String, Object>) root.get("figures");
    figures.put("changed", changes);
    root.put("documents", Map.of("added", r.newDocuments(), "gone", r.goneDocuments()));
    return JSON.writeValueAsString(root) + "\n";
  }

  private static Map<String, Object> figureJson(Figure f) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("programId", f.programId());
    m.put("name", f.name());
    m.put("fiscalYear", f.fiscalYear());
    m.put("kind", f.kind().json());
    m.putAll(amountJson(f.amount()));
    return m;
  }

  private static Map<String, Object> amountJson(Amount a) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("amountYen", a.yen());
    m.put("qualifier", a.qualifier().json());
    return m;
  }

  private static <T> void section(StringBuilder sb, String title, List<T> items, int limit,
      java.util.function.Function<T, String> line) {
    if (items.isEmpty()) return;
    sb.append(String.format(Locale.ROOT, "%s: %,d%n", title, items.size()));
    for (T t : items.subList(0, Math.min(limit, items.size()))) sb.append("  ").append(line.apply(t)).append('\n');
    if (items.size() > limit) sb.append(String.format(Locale.ROOT, "  … and %,d more (--json lists all)%n", items.size() - limit));
  }

  private static String signed(long yen) {
    return (yen >= 0 ? "+" : "-") + Amount.exact(Math.abs(yen)).display();
  }

  private static String percent(Change c) {
    long before = c.before().amount().yen();
    if (before == 0) return "";
    BigDecimal p = BigDecimal.valueOf(c.difference()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(Math.abs(before)), 1, java.math.RoundingMode.HALF_UP);
    return ", " + (p.signum() >= 0 ? "+" : "") + p.toPlainString() + "%";
  }

  private static String key(Figure f) {
    return f.programId() + "\u0000" + String.format(Locale.ROOT, "%05d", f.fiscalYear()) + "\u0000" + f.kind().json();
  }

  private static JsonNode read(Path site, String file) throws IOException {
    Path p = site.resolve(file);
    if (!Files.isRegularFile(p)) {
      throw new NotASiteException(site + " has no " + file + ": give a folder that seisaku built (build --out)");
    }
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new NotASiteException(p + " cannot be read as JSON: " + e.getMessage());
    }
  }

  private static SortedMap<String, Program> programs(Path site) throws IOException {
    SortedMap<String, Program> out = new TreeMap<>();
    for (JsonNode n : read(site, "data/programs.json")) {
      out.put(n.path("id").asText(), new Program(n.path("id").asText(), n.path("name").asText(), n.path("ministry").asText(null)));
    }
    return out;
  }

  private static SortedMap<String, Figure> figures(Path site, Map<String, Program> programs) throws IOException {
    SortedMap<String, Figure> out = new TreeMap<>();
    for (JsonNode n : read(site, "data/budget.json")) {
      String id = n.path("programId").asText();
      BudgetKind kind = kindOf(n.path("kind").asText());
      Qualifier q = qualifierOf(n.path("qualifier").asText());
      if (kind == null || q == null) continue; // a kind or qualifier of a later version: not compared
      Amount amount = new Amount(n.path("amountYen").isNumber() ? n.path("amountYen").asLong() : null, q);
      Program p = programs.get(id);
      Figure f = new Figure(id, p == null ? id : p.name(), n.path("fiscalYear").asInt(), kind, amount);
      out.put(key(f), f);
    }
    return out;
  }

  private static TreeSet<String> documents(Path site) throws IOException {
    Path p = site.resolve("sitemap.xml");
    if (!Files.isRegularFile(p)) throw new NotASiteException(site + " has no sitemap.xml: give a folder that seisaku built");
    List<Path> maps = new ArrayList<>(List.of(p));
    Path more = site.resolve("sitemaps"); // past 50,000 pages sitemap.xml is an index of sitemaps/n.xml
    if (Files.isDirectory(more)) {
      try (java.util.stream.Stream<Path> s = Files.list(more)) {
        s.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().forEach(maps::add);
      }
    }
    TreeSet<String> out = new TreeSet<>();
    for (Path map : maps) {
      Matcher m = LOC.matcher(Files.readString(map, StandardCharsets.UTF_8));
      while (m.find()) if (!m.group(1).startsWith("years/") && !m.group(1).equals("years")) out.add(m.group(1));
    }
    return out;
  }

  private static BudgetKind kindOf(String json) {
    for (BudgetKind k : BudgetKind.values()) if (k.json().equals(json)) return k;
    return null;
  }

  private static Qualifier qualifierOf(String json) {
    for (Qualifier q : Qualifier.values()) if (q.json().equals(json)) return q;
    return null;
  }
}
