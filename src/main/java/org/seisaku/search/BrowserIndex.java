package org.seisaku.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.render.SiteModel;
import org.seisaku.source.MarkdownText;

/**
 * Writes the static index of the browser search (DESIGN §5: search runs in the browser from static files, with
 * filters by ministry, year and kind), read by {@code site-templates/assets/search.js}.
 *
 * <h2>Files</h2>
 * {@code search/index.js} assigns one global, {@code window.SEISAKU_INDEX}, so that it loads by a script tag from
 * file:// (where fetch() is blocked). The documents go to shards {@code search/docs-0.js}, {@code docs-1.js} … of
 * {@value #SHARD_SIZE} documents, each adding {@code window.SEISAKU_DOCS[n] = [...]}; search.js loads the shards
 * that {@code SEISAKU_INDEX.shards} names. The JSON is on one line, UTF-8, with U+2028/U+2029 escaped.
 *
 * <h2>SEISAKU_INDEX</h2>
 * <pre>
 * version            1
 * normalisation      "nfkc-lower-hiragana-nospace" ({@link Normaliser}; search.js applies the same to the query)
 * ministries         [{id, name, aliases:[…], keys:[normalised name, aliases and id]}] in 建制順
 * years              [{year, label: "2008年度（平成20年度）"}] the years present, newest first
 * budgetKinds        [{id: "initial", label: "当初"}] the kinds present, in {@link BudgetKind} order
 * documentKinds      ["レビューシート", "概要", …] sorted; documents refer to them by index
 * programs           [{id, url, name, names:[other names, newest first], ministry (id), years:[…], kinds:[…],
 *                      key: normalised names joined by "\n", terms: [extra normalised terms] (optional)}] by id
 * documentUrl        "documents/{slug}/index.html"
 * documentFields     ["slug","title","ministry","year","kind","program","excerpt"]
 * shards             ["docs-0.js", …]
 * documentCount      n
 * </pre>
 * A document is an array in the order of {@code documentFields}: title is null when it equals the name of its
 * program; ministry and year are null when unknown; kind is an index into documentKinds or -1; program is the index
 * (in {@code programs}) of the program whose program-year the document is the text of (a review sheet; search.js
 * groups such hits under the program), or -1; excerpt is the normalised start of the body, at most
 * {@value #EXCERPT_LENGTH} characters, headings and Markdown punctuation left out. Ministry names come from
 * {@code ministries} by id (not repeated per record: 20,000 records).
 *
 * <h2>Agreement with the Lucene search (DESIGN §6)</h2>
 * Keys are normalised here, in Java, and the query in JavaScript by the same rules (both tested on one table).
 * {@link Terms} adds terms computed on the Java side to each program's {@code terms}: by default the Kuromoji
 * reading of its names ({@link Readings}), so that ちいきおこし finds 地域おこし as the Lucene reading field does;
 * a later change can export the analyser's own tokens the same way without changing search.js's matching.
 *
 * <h2>Fiscal years</h2>
 * A program's years are those of its program-years and of every budget figure it has
 * ({@link #fiscalYears(Program)}): a 2019 review sheet that states the 2016 budget puts the program in 2016.
 */
public final class BrowserIndex {
  public static final int SHARD_SIZE = 5000;
  public static final int EXCERPT_LENGTH = 40;
  public static final String GLOBAL = "SEISAKU_INDEX";
  public static final String SHARD_GLOBAL = "SEISAKU_DOCS";

  /** Extra normalised search terms for a text, computed on the Java side (readings, analyser tokens). */
  @FunctionalInterface
  public interface Terms {
    Terms NONE = text -> List.of();

    List<String> of(String text);
  }

  /** What was written: file names relative to {@code search/}, and their total size in bytes. */
  public record Summary(int programs, int documents, List<String> files, long bytes) {}

  private final Terms programTerms;

  public BrowserIndex(Terms programTerms) {
    this.programTerms = programTerms;
  }

  /** Writes {@code outDir/search/index.js} and its shards, with Kuromoji readings as extra program terms. */
  public static Summary write(SiteModel model, Path outDir) {
    return new BrowserIndex(new Readings()).export(model, outDir);
  }

  public Summary export(SiteModel model, Path outDir) {
    try {
      Path dir = outDir.resolve("search");
      Files.createDirectories(dir);
      List<String> files = new ArrayList<>();
      long bytes = 0;
      List<List<Document>> shards = new ArrayList<>();
      List<Document> docs = model.documents();
      for (int i = 0; i < docs.size(); i += SHARD_SIZE) shards.add(docs.subList(i, Math.min(docs.size(), i + SHARD_SIZE)));
      List<String> shardNames = new ArrayList<>();
      for (int i = 0; i < shards.size(); i++) shardNames.add("docs-" + i + ".js");

      Map<String, Integer> programIndex = new HashMap<>();
      Map<String, Integer> programOfDocument = new HashMap<>();
      for (int i = 0; i < model.programs().size(); i++) {
        Program p = model.programs().get(i);
        programIndex.put(p.id(), i);
        for (ProgramYear y : p.years()) if (y.documentSlug() != null) programOfDocument.putIfAbsent(y.documentSlug(), i);
      }
      List<String> kinds = new ArrayList<>(new TreeSet<>(docs.stream().map(Document::kind).filter(k -> k != null).toList()));

      String head = json(g -> writeHead(g, model, kinds, shardNames, docs.size()));
      bytes += writeJs(dir.resolve("index.js"), "window." + GLOBAL + "=" + head + ";\n");
      files.add("index.js");
      for (int i = 0; i < shards.size(); i++) {
        List<Document> shard = shards.get(i);
        String body = json(g -> {
          g.writeStartArray();
          for (Document d : shard) writeDocument(g, d, model, kinds, programOfDocument);
          g.writeEndArray();
        });
        bytes += writeJs(dir.resolve(shardNames.get(i)),
            "window." + SHARD_GLOBAL + "=window." + SHARD_GLOBAL + "||{};window." + SHARD_GLOBAL + "[" + i + "]=" + body + ";\n");
        files.add(shardNames.get(i));
      }
      return new Summary(model.programs().size(), docs.size(), List.copyOf(files), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeHead(JsonGenerator g, SiteModel model, List<String> kinds, List<String> shardNames, int documentCount)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("version", 1);
    g.writeStringField("normalisation", "nfkc-lower-hiragana-nospace");

    g.writeArrayFieldStart("ministries");
    for (Ministry m : model.ministries().all()) {
      g.writeStartObject();
      g.writeStringField("id", m.id());
      g.writeStringField("name", m.name());
      stringArray(g, "aliases", m.aliases());
      SortedSet<String> keys = new TreeSet<>();
      keys.add(Normaliser.normalise(m.name()));
      for (String a : m.aliases()) keys.add(Normaliser.normalise(a));
      keys.add(Normaliser.normalise(m.id()));
      stringArray(g, "keys", List.copyOf(keys));
      g.writeEndObject();
    }
    g.writeEndArray();

    SortedSet<Integer> years = new TreeSet<>();
    SortedSet<BudgetKind> budgetKinds = new TreeSet<>();
    for (Program p : model.programs()) {
      years.addAll(fiscalYears(p));
      budgetKinds.addAll(budgetKinds(p));
    }
    for (Document d : model.documents()) if (d.fiscalYear() != null) years.add(d.fiscalYear().year());
    g.writeArrayFieldStart("years");
    for (int y : ((TreeSet<Integer>) years).descendingSet()) {
      g.writeStartObject();
      g.writeNumberField("year", y);
      g.writeStringField("label", FiscalYear.of(y).label());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("budgetKinds");
    for (BudgetKind k : budgetKinds) {
      g.writeStartObject();
      g.writeStringField("id", k.json());
      g.writeStringField("label", k.label());
      g.writeEndObject();
    }
    g.writeEndArray();
    stringArray(g, "documentKinds", kinds);

    g.writeArrayFieldStart("programs");
    for (Program p : model.programs()) writeProgram(g, p);
    g.writeEndArray();

    g.writeStringField("documentUrl", "documents/{slug}/index.html");
    stringArray(g, "documentFields", List.of("slug", "title", "ministry", "year", "kind", "program", "excerpt"));
    stringArray(g, "shards", shardNames);
    g.writeNumberField("documentCount", documentCount);
    g.writeEndObject();
  }

  private void writeProgram(JsonGenerator g, Program p) throws IOException {
    String name = p.name();
    // other names, newest first, one per normalised form
    Map<String, String> byKey = new LinkedHashMap<>();
    byKey.put(Normaliser.normalise(name), name);
    List<String> names = new ArrayList<>();
    if (p.curated() != null) names.addAll(p.curated().aliases());
    for (int i = p.years().size() - 1; i >= 0; i--) names.add(p.years().get(i).name().replaceAll("\\s*\\R\\s*", ""));
    for (String n : names) byKey.putIfAbsent(Normaliser.normalise(n), n);
    byKey.remove("");

    g.writeStartObject();
    g.writeStringField("id", p.id());
    g.writeStringField("url", "programs/" + p.id() + "/index.html");
    g.writeStringField("name", name);
    stringArray(g, "names", byKey.values().stream().skip(1).toList());
    g.writeStringField("ministry", p.ministryId());
    g.writeArrayFieldStart("years");
    for (int y : fiscalYears(p)) g.writeNumber(y);
    g.writeEndArray();
    stringArray(g, "kinds", budgetKinds(p).stream().map(BudgetKind::json).toList());
    g.writeStringField("key", String.join("\n", byKey.keySet()));
    SortedSet<String> terms = new TreeSet<>();
    for (String n : byKey.values()) {
      for (String t : programTerms.of(n)) {
        String k = Normaliser.normalise(t);
        if (!k.isEmpty() && !byKey.containsKey(k)) terms.add(k);
      }
    }
    if (!terms.isEmpty()) stringArray(g, "terms", List.copyOf(terms));
    g.writeEndObject();
  }

  private static void writeDocument(JsonGenerator g, Document d, SiteModel model, List<String> kinds,
      Map<String, Integer> programOfDocument) throws IOException {
    int program = programOfDocument.getOrDefault(d.slug(), -1);
    g.writeStartArray();
    g.writeString(d.slug());
    String title = d.title() == null ? "" : d.title().replaceAll("\\s*\\R\\s*", "");
    if (program >= 0 && title.equals(model.programs().get(program).name())) g.writeNull();
    else g.writeString(title);
    if (d.ministryId() == null) g.writeNull();
    else g.writeString(d.ministryId());
    if (d.fiscalYear() == null) g.writeNull();
    else g.writeNumber(d.fiscalYear().year());
    g.writeNumber(d.kind() == null ? -1 : kinds.indexOf(d.kind()));
    g.writeNumber(program);
    g.writeString(excerpt(d.markdown()));
    g.writeEndArray();
  }

  /** A program's fiscal years as Western years: {@link Program#fiscalYears()}, the one definition. */
  public static SortedSet<Integer> fiscalYears(Program p) {
    SortedSet<Integer> years = new TreeSet<>();
    for (FiscalYear y : p.fiscalYears()) years.add(y.year());
    return years;
  }

  private static SortedSet<BudgetKind> budgetKinds(Program p) {
    SortedSet<BudgetKind> kinds = new TreeSet<>();
    for (ProgramYear y : p.years()) for (BudgetItem b : y.items()) kinds.add(b.kind());
    return kinds;
  }

  private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}(?:[ \\t].*)?$");
  private static final Pattern URL = Pattern.compile("https?://\\S+");

  /**
   * The normalised start of a Markdown body, at most {@value #EXCERPT_LENGTH} characters (a surrogate pair is not
   * split): the text as {@link MarkdownText#plain} reads it (escapes resolved, markup, link targets and table rules
   * dropped), headings and URLs left out.
   */
  static String excerpt(String markdown) {
    if (markdown == null) return "";
    String s = MarkdownText.plain(HEADING.matcher(markdown).replaceAll(""));
    s = URL.matcher(s).replaceAll("");
    s = Normaliser.normalise(s);
    if (s.length() <= EXCERPT_LENGTH) return s;
    int end = Character.isHighSurrogate(s.charAt(EXCERPT_LENGTH - 1)) ? EXCERPT_LENGTH - 1 : EXCERPT_LENGTH;
    return s.substring(0, end);
  }

  private static void stringArray(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** Escapes U+2028 and U+2029, which older JavaScript engines do not accept inside string literals. */
  private static final CharacterEscapes LINE_SEPARATORS = new CharacterEscapes() {
    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) return new SerializedString("\\u2028");
      if (ch == 0x2029) return new SerializedString("\\u2029");
      return null;
    }
  };

  private static String json(Body body) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.setCharacterEscapes(LINE_SEPARATORS);
      body.write(g);
    }
    return w.toString();
  }

  private static long writeJs(Path file, String js) throws IOException {
    byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    return bytes.length;
  }
}
