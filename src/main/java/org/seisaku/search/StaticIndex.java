package org.seisaku.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.seisaku.index.Fields;
import org.seisaku.index.SearchTables;
import org.seisaku.index.Synonyms;
import org.seisaku.index.Vocabulary;
import org.seisaku.io.FileSink;
import org.seisaku.io.Workers;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministry;

/**
 * The static index of the browser search, made from the Lucene index of the same build (its terms, postings,
 * frequencies and norms, read with {@code TermsEnum}/{@code PostingsEnum}; no text is analysed again), under
 * {@code search/} of the site. {@code site-templates/assets/search.js} evaluates the same query plan on it as the
 * Lucene search does ({@code index.Plan}), with Lucene's BM25 arithmetic, and fetches only what a query needs.
 *
 * <h2>Files</h2>
 *
 * Every file is a script that sets one key of one global, so that it loads by a script tag from {@code file://}
 * and under any sub-path: {@code window.SEISAKU["p/417"]={…};}. JSON inside, one line, U+2028/2029 escaped.
 *
 * <pre>
 *   head.js        SEISAKU.head: the tables of index.SearchTables (weights, normalisation, stop words, eras,
 *                  kinds, URLs), the ministries, the fields' statistics, the shard counts, and the item table
 *   d/{n}.js       words of the vocabulary by first character, with their costs (how queries are cut), and the
 *                  synonym table (index.Synonyms) by the trigger's first character: {"w": {first: [rest, cost …]},
 *                  "y": {trigger: [target …]}}; the search page starts loading its query's shards from its first
 *                  script, while the rest of the page loads (search.ftlh), so that a query's words and synonyms
 *                  are at hand when search.js starts (no round trip of their own)
 *   p/{n}.js       postings of the items (programs and documents), by term: {term: [[field, df, postings]…]}
 *   s/{n}.js       the same for the review sheets, fetched only when a search asks for sheets
 *   sheets.js      SEISAKU.sheets: the sheet table, likewise
 *   m/{doc}.js     one item's metadata: what a hit shows (title, names, ministry, years, the start of its text,
 *                  a program's sheets, the 事業番号 of a program with a namesake); fetched for the hits on the
 *                  page only
 *   n/{g}.js       the metadata of sheets g × SHEET_GROUP … (a list; sheet number = document - items)
 * </pre>
 *
 * <p>A term's shard is {@code fnv1a(term) mod count} (FNV-1a, 32 bits, over UTF-16 code units); postings shard
 * counts are powers of two that grow with the index so that a shard stays near {@link #POSTINGS_SHARD_BYTES}. A
 * first character's dictionary shard is its UTF-16 code unit mod {@link #DICTIONARY_SHARDS} ({@link
 * #dictionaryShard}), a fixed count, so that the search page, rendered before the index is exported, can name a
 * query's dictionary shards before any script has loaded.
 *
 * <h2>Documents and postings</h2>
 *
 * Document numbers are Lucene's: the index is written items first (ministry by ministry), sheets last
 * ({@code index.IndexDocuments}), so the items are documents {@code 0..items-1}. Postings are a string of
 * numbers, each in base-64 digits of five bits with a continuation flag ({@link #vlq}): for each document the gap
 * to the previous one (minus one), then {@code (freq - 1) × 256 + norm} (Lucene's one-byte length norm), except in
 * {@code title_reading_words}, which is only ever a constant score (documents alone). {@code df} is the term's
 * document frequency in the whole index (sheets included), as Lucene's BM25 uses it.
 *
 * <p>The item table ({@code head.table}, {@code sheets.table}) gives three numbers per document: ministry (1-based
 * index into {@code head.ministries}, 0 for none), kind ({@code 2 × budget-kind bits} for a program,
 * {@code 2 × (document-kind index + 1) + 1} for a document), and fiscal years ({@code bit y - head.yearFirst}). It
 * is written in three base-64 strings, so that it stays small when the corpus grows (it is in every search's
 * head.js): {@code m}, the ministries as runs (ministry, count), since documents come ministry by ministry;
 * {@code p}, the distinct (kind, years) pairs, most frequent first; {@code r}, each document's pair's index in
 * {@code p} (for the whole government's sheets: 25.9 KB gzipped instead of 31.8 KB for the head).
 *
 * <p>Deterministic: the same index gives the same bytes (sorted terms, fields in a fixed order).
 */
public final class StaticIndex {
  /** The global the files assign into. */
  public static final String GLOBAL = "SEISAKU";
  /** The average size a postings shard is aimed at. */
  static final int POSTINGS_SHARD_BYTES = 4096;
  /**
   * The same for the sheets' postings, larger: only a search that asks for sheets fetches them, and fewer files are
   * easier to publish (16,384 files of 4 KB for the shared corpus, 2,048 of 32 KB now).
   */
  static final int SHEET_SHARD_BYTES = 32768;
  /** Sheets whose metadata share a file: a search that shows sheets is rare, and 14,803 files are many to upload. */
  static final int SHEET_GROUP = 8;
  /** The number of dictionary shards (fixed: the search page names them, see {@link #dictionaryShard}). */
  public static final int DICTIONARY_SHARDS = 256;
  /** The least share of postings a batch of shards holds (see {@code Postings}), in characters. */
  static final long BATCH_MIN = 16L << 20;
  /**
   * The share of the heap a batch of postings may take, as its divisor. Characters sit in a builder that grows by
   * doubling, next to each term's string and the file being made of them, so a batch's live bytes are two to three
   * times its characters: a tenth of the heap made the collector copy 300 MB of live postings at 1 GiB and grow the
   * heap for it; a 32nd costs a few more walks of the terms (each encodes only its own shards).
   */
  static final int BATCH_SHARE = 32;
  /** Characters of an item's text shipped for its snippet. */
  static final int SNIPPET_SOURCE = 300;
  /** The fields exported, in the order their numbers refer to. */
  static final List<String> FIELDS = List.of(Fields.TITLE, Fields.pairOf(Fields.TITLE), Fields.TITLE_READING,
      Fields.pairOf(Fields.TITLE_READING), Fields.TITLE_BIGRAM, Fields.pairOf(Fields.TITLE_BIGRAM), Fields.TEXT,
      Fields.pairOf(Fields.TEXT), Fields.TEXT_BIGRAM, Fields.pairOf(Fields.TEXT_BIGRAM), Fields.MINISTRY_NAMES,
      Fields.pairOf(Fields.MINISTRY_NAMES), Fields.TITLE_UNIGRAM, Fields.TITLE_READING_WORDS);
  /** Fields only ever scored as a constant: their postings hold documents alone. */
  static final Set<String> DOCS_ONLY = Set.of(Fields.TITLE_READING_WORDS);
  private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  /**
   * What was written: items and sheets, files and bytes (those kept as published included), and whether the postings
   * were updated from the published ones ({@link PostingsUpdate}) rather than written whole.
   */
  public record Summary(int items, int sheets, int files, long bytes, boolean updated) {}

  /**
   * The file of an index folder that keeps what its browser postings were sharded by (the sizes the shard counts
   * come from), so that the next build can update only the shards of the terms it changed ({@link PostingsUpdate}).
   */
  public static final String SAVED = ".browser-postings.json";

  final FileSink sink;
  final AtomicInteger files = new AtomicInteger();
  final AtomicLong bytes = new AtomicLong();

  private final long batchChars;
  /** The published index this build's site updates, or null to write every shard. */
  private final Path previousIndex;
  /** What the saved sizes depend on besides the index (seisaku's version and jar); null: nothing is saved. */
  private final String basis;

  private StaticIndex(FileSink sink, long batchChars, Path previousIndex, String basis) {
    this.sink = sink;
    this.batchChars = Math.max(1, batchChars);
    this.previousIndex = previousIndex;
    this.basis = basis;
  }

  /**
   * Writes {@code search/} of the site in {@code siteDir} from the Lucene index at {@code luceneIndex}, written by
   * {@code index.Indexer} for the same build (the index holds everything needed, its ministries included).
   *
   * @throws IOException if the index cannot be read, is of another schema or not in items-then-sheets order, or a
   *     file cannot be written
   */
  public static Summary write(Path luceneIndex, Path siteDir) throws IOException {
    return write(luceneIndex, (relative, data) -> {
      Path path = siteDir.resolve(relative);
      Files.createDirectories(path.getParent());
      Files.write(path, data);
    });
  }

  /** The same, each file given to {@code site} by its path in the site ({@code search/head.js} …). */
  public static Summary write(Path luceneIndex, FileSink site) throws IOException {
    return write(luceneIndex, null, site, null);
  }

  /**
   * The same for a build: the sizes the shards were cut by are saved in {@code luceneIndex} ({@link #SAVED}) for the
   * next build, and when {@code previousIndex} (the published index, or null) saved them for the same {@code basis}
   * and was merged from the same parts but for parts of as many documents, and {@code site} has the published
   * shards, only the shards of the terms whose postings changed are written again ({@link PostingsUpdate}); the
   * files are the same as a whole export's.
   */
  public static Summary write(Path luceneIndex, Path previousIndex, FileSink site, String basis) throws IOException {
    return new StaticIndex(site, Math.max(BATCH_MIN, Runtime.getRuntime().maxMemory() / BATCH_SHARE), previousIndex, basis)
        .run(luceneIndex);
  }

  /**
   * The same, with about {@code batchChars} characters of postings in memory at once (the files do not depend on
   * it; by default a {@link #BATCH_SHARE}th of the heap, at least {@link #BATCH_MIN}).
   */
  public static Summary write(Path luceneIndex, FileSink site, long batchChars) throws IOException {
    return new StaticIndex(site, batchChars, null, null).run(luceneIndex);
  }

  private Summary run(Path luceneIndex) throws IOException {
    try (Directory directory = org.seisaku.index.Indexer.readOnce(luceneIndex); DirectoryReader reader = DirectoryReader.open(directory)) {
      Map<String, String> commit = reader.getIndexCommit().getUserData();
      if (!Fields.SCHEMA_VERSION.equals(commit.get(Fields.SCHEMA_KEY))) {
        throw new IOException(luceneIndex + ": schema " + commit.get(Fields.SCHEMA_KEY) + ", not " + Fields.SCHEMA_VERSION);
      }
      List<Ministry> ministries = Fields.ministriesOf(commit.get(Fields.MINISTRIES_KEY)).all();
      Synonyms synonyms = Synonyms.parse(commit.get(Fields.SYNONYMS_KEY));
      return export(luceneIndex, commit.get(Fields.PARTS_KEY), reader, Vocabulary.of(reader),
          ministries, synonyms);
    }
  }

  /** One Lucene document as the browser sees it. */
  private record Item(String type, String id, List<String> titles, String ministry, List<Integer> years, String docKind,
      String sheetOf, String text, List<String> budgetKinds, String number) {
    boolean program() {
      return Fields.TYPE_PROGRAM.equals(type);
    }
  }

  private Summary export(Path luceneIndex, String parts, IndexReader reader, Vocabulary vocabulary,
      List<Ministry> ministries, Synonyms synonyms) throws IOException {
    List<Item> docs = items(reader);
    int items = 0;
    while (items < docs.size() && docs.get(items).sheetOf() == null) items++;
    for (int d = items; d < docs.size(); d++) {
      if (docs.get(d).sheetOf() == null) throw new IOException("the index is not items first, sheets last (rebuild it)");
    }
    int sheets = docs.size() - items;
    Map<String, Integer> ministryIndex = new HashMap<>();
    for (int i = 0; i < ministries.size(); i++) ministryIndex.put(ministries.get(i).id(), i + 1);
    List<String> docKinds = List.copyOf(new TreeSet<>(docs.stream().map(Item::docKind).filter(k -> k != null).toList()));
    int yearFirst = docs.stream().flatMap(i -> i.years().stream()).min(Integer::compare).orElse(0);
    int yearLast = docs.stream().flatMap(i -> i.years().stream()).max(Integer::compare).orElse(0);

    Map<String, Object> head = new LinkedHashMap<>(SearchTables.of());
    head.put("items", items);
    head.put("sheets", sheets);
    List<Map<String, Object>> ms = new ArrayList<>();
    for (Ministry m : ministries) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", m.id());
      e.put("name", m.name());
      e.put("aliases", m.aliases());
      ms.add(e);
    }
    head.put("ministries", ms);
    head.put("docKinds", docKinds);
    head.put("sheetKinds", List.copyOf(new TreeSet<>(docs.subList(items, docs.size()).stream()
        .map(Item::docKind).filter(k -> k != null).toList())));
    head.put("yearFirst", yearFirst);
    Map<String, String> labels = new LinkedHashMap<>();
    for (int y = yearFirst; y <= yearLast && y > 0; y++) labels.put(String.valueOf(y), FiscalYear.of(y).label());
    head.put("yearLabels", labels);

    List<String> exported = new ArrayList<>();
    Map<String, long[]> stats = new LinkedHashMap<>();
    for (String f : FIELDS) {
      Terms t = MultiTerms.getTerms(reader, f);
      stats.put(f, t == null ? new long[] {0, 0} : new long[] {t.getDocCount(), t.getSumTotalTermFreq()});
      exported.add(f);
    }
    head.put("exported", exported);
    head.put("docsOnly", List.copyOf(new TreeSet<>(DOCS_ONLY)));
    head.put("stats", stats);
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < 256; i++) lengths.add(org.apache.lucene.util.SmallFloat.byte4ToInt((byte) i));
    head.put("lengths", lengths);

    Postings postings = new Postings(reader, items);
    PostingsUpdate update = previousIndex == null || basis == null ? null
        : PostingsUpdate.plan(postings, luceneIndex, parts, previousIndex, basis, sink);
    if (update == null) postings.measure();
    else {
      postings.itemBytes = update.itemBytes();
      postings.sheetBytes = update.sheetBytes();
    }
    int p = shardCount(postings.itemBytes, POSTINGS_SHARD_BYTES);
    int s = shardCount(postings.sheetBytes, SHEET_SHARD_BYTES);
    int d = DICTIONARY_SHARDS;
    Map<String, Integer> shards = new LinkedHashMap<>();
    shards.put("d", d);
    shards.put("p", p);
    shards.put("s", s);
    head.put("shards", shards);
    head.put("sheetGroup", SHEET_GROUP);
    head.put("maxWord", vocabulary.maxLength());
    head.put("table", table(docs.subList(0, items), ministryIndex, docKinds, yearFirst));

    script("head", "head.js", json(head));
    Map<String, Object> sheetTable = new LinkedHashMap<>();
    sheetTable.put("table", table(docs.subList(items, docs.size()), ministryIndex, docKinds, yearFirst));
    sheetTable.put("program", sheetPrograms(docs, items));
    script("sheets", "sheets.js", json(sheetTable));
    writeDictionary(vocabulary, synonyms, d);
    if (update != null) {
      update.write(this);
    } else {
      postings.write(this, p, s, batchChars);
    }
    if (basis != null) PostingsUpdate.save(luceneIndex, basis, items, p, s, postings.itemBytes, postings.sheetBytes);
    Map<String, List<Item>> sheetsOf = new HashMap<>();
    for (Item it : docs.subList(items, docs.size())) sheetsOf.computeIfAbsent(it.sheetOf(), k -> new ArrayList<>()).add(it);
    // each file its own, so the bytes do not depend on the order the workers write them in
    int itemCount = items;
    Workers.forEach(IntStream.range(0, items).boxed().toList(), i ->
        script("m/" + i, "m/" + i + ".js", json(metadata(docs.get(i), sheetsOf.getOrDefault(docs.get(i).id(), List.of())))));
    Workers.forEach(IntStream.range(0, (sheets + SHEET_GROUP - 1) / SHEET_GROUP).boxed().toList(), g -> {
      List<Map<String, Object>> group = new ArrayList<>();
      for (int i = itemCount + g * SHEET_GROUP; i < Math.min(docs.size(), itemCount + (g + 1) * SHEET_GROUP); i++) {
        group.add(metadata(docs.get(i), List.of()));
      }
      script("n/" + g, "n/" + g + ".js", json(group));
    });
    return new Summary(items, sheets, files.get(), bytes.get(), update != null);
  }

  private static List<Item> items(IndexReader reader) throws IOException {
    StoredFields stored = reader.storedFields();
    SortedSetDocValues kinds = MultiDocValues.getSortedSetValues(reader, Fields.BUDGET_KIND);
    Set<String> wanted = Set.of(Fields.TYPE, Fields.ID, Fields.TITLE, Fields.MINISTRY, Fields.FISCAL_YEAR, Fields.DOC_KIND,
        Fields.SHEET_OF, Fields.TEXT, Fields.NUMBER);
    List<Item> out = new ArrayList<>();
    for (int d = 0; d < reader.maxDoc(); d++) {
      Document doc = stored.document(d, wanted);
      List<Integer> years = new ArrayList<>();
      for (IndexableField f : doc.getFields(Fields.FISCAL_YEAR)) years.add(f.numericValue().intValue());
      years = years.stream().distinct().sorted().toList();
      List<String> budgetKinds = new ArrayList<>();
      if (kinds != null && kinds.advanceExact(d)) {
        for (int i = 0; i < kinds.docValueCount(); i++) budgetKinds.add(kinds.lookupOrd(kinds.nextOrd()).utf8ToString());
      }
      String text = doc.get(Fields.TEXT);
      out.add(new Item(doc.get(Fields.TYPE), doc.get(Fields.ID), List.of(doc.getValues(Fields.TITLE)), doc.get(Fields.MINISTRY),
          years, doc.get(Fields.DOC_KIND), doc.get(Fields.SHEET_OF), text == null ? "" : start(text), budgetKinds,
          doc.get(Fields.NUMBER)));
    }
    return out;
  }

  /** The item table: ministry, kind and years of each document, as runs, pairs and indexes (see the class comment). */
  private static Map<String, String> table(List<Item> docs, Map<String, Integer> ministryIndex, List<String> docKinds,
      int yearFirst) {
    List<String> budget = java.util.Arrays.stream(BudgetKind.values()).map(BudgetKind::json).toList();
    StringBuilder runs = new StringBuilder();
    long ministry = -1;
    int run = 0;
    List<long[]> pairs = new ArrayList<>();
    for (Item it : docs) {
      long m = it.ministry() == null ? 0 : ministryIndex.getOrDefault(it.ministry(), 0);
      if (m != ministry && run > 0) {
        vlq(runs, ministry);
        vlq(runs, run);
        run = 0;
      }
      ministry = m;
      run++;
      long kind;
      if (it.program()) {
        long bits = 0;
        for (String k : it.budgetKinds()) if (budget.contains(k)) bits |= 1L << budget.indexOf(k);
        kind = bits * 2;
      } else {
        kind = (it.docKind() == null ? 0 : docKinds.indexOf(it.docKind()) + 1) * 2L + 1;
      }
      long years = 0;
      for (int y : it.years()) years |= 1L << (y - yearFirst);
      pairs.add(new long[] {kind, years});
    }
    if (run > 0) {
      vlq(runs, ministry);
      vlq(runs, run);
    }
    Map<List<Long>, Integer> counts = new HashMap<>();
    for (long[] p : pairs) counts.merge(List.of(p[0], p[1]), 1, Integer::sum);
    List<List<Long>> order = new ArrayList<>(counts.keySet());
    order.sort(Comparator.comparing((List<Long> k) -> -counts.get(k)).thenComparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
    Map<List<Long>, Integer> index = new HashMap<>();
    StringBuilder distinct = new StringBuilder();
    for (List<Long> k : order) {
      index.put(k, index.size());
      vlq(distinct, k.get(0));
      vlq(distinct, k.get(1));
    }
    StringBuilder rows = new StringBuilder();
    for (long[] p : pairs) vlq(rows, index.get(List.of(p[0], p[1])));
    Map<String, String> out = new LinkedHashMap<>();
    out.put("m", runs.toString());
    out.put("p", distinct.toString());
    out.put("r", rows.toString());
    return out;
  }

  /** For each sheet, the item number of its program (-1 when it is not among the items). */
  private static List<Integer> sheetPrograms(List<Item> docs, int items) {
    Map<String, Integer> programDoc = new HashMap<>();
    for (int i = 0; i < items; i++) if (docs.get(i).program()) programDoc.put(docs.get(i).id(), i);
    List<Integer> out = new ArrayList<>();
    for (int i = items; i < docs.size(); i++) out.add(programDoc.getOrDefault(docs.get(i).sheetOf(), -1));
    return out;
  }

  private static Map<String, Object> metadata(Item it, List<Item> sheets) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", it.type());
    m.put("id", it.id());
    m.put("title", it.titles().isEmpty() ? it.id() : it.titles().get(0));
    if (it.titles().size() > 1) m.put("names", it.titles().subList(1, it.titles().size()));
    m.put("ministry", it.ministry());
    m.put("years", it.years());
    if (it.docKind() != null) m.put("kind", it.docKind());
    if (it.number() != null) m.put("number", it.number());
    m.put("text", start(it.text()));
    if (!sheets.isEmpty()) {
      List<List<Object>> list = new ArrayList<>();
      sheets.stream().sorted(Comparator.comparing((Item s) -> s.years().isEmpty() ? 0 : s.years().get(0)).reversed()
              .thenComparing(Item::id))
          .forEach(s -> list.add(List.of(s.years().isEmpty() ? 0 : s.years().get(0), s.id())));
      m.put("sheets", list);
    }
    return m;
  }

  /** The start of a text, at most {@link #SNIPPET_SOURCE} characters, never half a surrogate pair. */
  static String start(String text) {
    if (text.length() <= SNIPPET_SOURCE) return text;
    int end = Character.isHighSurrogate(text.charAt(SNIPPET_SOURCE - 1)) ? SNIPPET_SOURCE - 1 : SNIPPET_SOURCE;
    return text.substring(0, end);
  }

  /**
   * The postings of every exported field, by term: the terms of all the fields walked together in the order of their
   * bytes, each term with the entries of the fields that have it, in field order. A first walk only measures (how many
   * characters the items' postings and the sheets' take, which sets the shard counts); the shards are then written
   * in batches of consecutive shard numbers, each a walk that encodes only the terms of its shards, so that the
   * postings in memory at once stay near a fixed share of the heap however large the index (the whole government's
   * are several hundred megabytes). The files are the same whatever the batch size.
   */
  static final class Postings {
    final IndexReader reader;
    final int items;
    /** The sizes the shard counts come from: characters of postings, plus 12 per entry and 16 per term. */
    long itemBytes;
    long sheetBytes;

    /** Each exported field's norms, one byte a document (1 where a document has none), read once: null when docs only. */
    private final byte[][] norms = new byte[FIELDS.size()][];

    Postings(IndexReader reader, int items) throws IOException {
      this.reader = reader;
      this.items = items;
      for (int f = 0; f < FIELDS.size(); f++) {
        if (DOCS_ONLY.contains(FIELDS.get(f))) continue;
        norms[f] = norms(MultiDocValues.getNormValues(reader, FIELDS.get(f)), reader.maxDoc());
      }
    }

    /** A field's length norms, one byte a document: 1 where a document has none ({@code values} null: none has). */
    static byte[] norms(NumericDocValues values, int maxDoc) throws IOException {
      byte[] n = new byte[maxDoc];
      Arrays.fill(n, (byte) 1);
      if (values != null) {
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) n[d] = (byte) values.longValue();
      }
      return n;
    }

    /** Measures the postings: sets {@link #itemBytes} and {@link #sheetBytes} (a walk of every term). */
    void measure() throws IOException {
      long[] size = new long[4]; // item characters, item terms, sheet characters, sheet terms
      walk((term, entries) -> {
        boolean inItems = false;
        boolean inSheets = false;
        for (Entry e : entries) {
          long[] n = e.measure();
          if (n[0] > 0) {
            size[0] += n[0] + 12;
            inItems = true;
          }
          if (n[1] > 0) {
            size[2] += n[1] + 12;
            inSheets = true;
          }
        }
        if (inItems) size[1]++;
        if (inSheets) size[3]++;
      });
      itemBytes = size[0] + size[1] * 16;
      sheetBytes = size[2] + size[3] * 16;
    }

    /** Writes {@code p/0.js … p/(p-1).js} and {@code s/0.js …}, about {@code budget} characters of postings per walk. */
    void write(StaticIndex out, int p, int s, long budget) throws IOException {
      int batches = (int) Math.max(1, Math.min(Math.max(p, s), (itemBytes + sheetBytes + budget - 1) / budget));
      for (int batch = 0; batch < batches; batch++) {
        int pFrom = (int) ((long) p * batch / batches);
        int pTo = (int) ((long) p * (batch + 1) / batches);
        int sFrom = (int) ((long) s * batch / batches);
        int sTo = (int) ((long) s * (batch + 1) / batches);
        // each shard's terms as the walk meets them (each once, in code point order), sorted by their string when
        // written: a list, nearly in order already, instead of a tree map that compared every term on the way in
        List<List<Map.Entry<String, StringBuilder>>> itemShards = new ArrayList<>();
        List<List<Map.Entry<String, StringBuilder>>> sheetShards = new ArrayList<>();
        for (int i = pFrom; i < pTo; i++) itemShards.add(new ArrayList<>());
        for (int i = sFrom; i < sTo; i++) sheetShards.add(new ArrayList<>());
        walk((term, entries) -> {
          String t = term.utf8ToString();
          int ps = shard(t, p);
          int ss = shard(t, s);
          boolean wantItems = ps >= pFrom && ps < pTo;
          boolean wantSheets = ss >= sFrom && ss < sTo;
          if (!wantItems && !wantSheets) return;
          StringBuilder a = null;
          StringBuilder b = null;
          for (Entry e : entries) {
            String[] enc = e.encode();
            if (wantItems && !enc[0].isEmpty()) a = append(a, e, enc[0]);
            if (wantSheets && !enc[1].isEmpty()) b = append(b, e, enc[1]);
          }
          if (a != null) itemShards.get(ps - pFrom).add(Map.entry(t, a));
          if (b != null) sheetShards.get(ss - sFrom).add(Map.entry(t, b));
        });
        Workers.forEach(IntStream.range(pFrom, pTo).boxed().toList(), i -> shardFile(out, "p", i, itemShards.get(i - pFrom)));
        Workers.forEach(IntStream.range(sFrom, sTo).boxed().toList(), i -> shardFile(out, "s", i, sheetShards.get(i - sFrom)));
      }
    }

    private static StringBuilder append(StringBuilder into, Entry e, String postings) {
      if (into == null) into = new StringBuilder();
      else into.append(',');
      return into.append('[').append(e.field).append(',').append(e.docFreq).append(",\"").append(postings).append("\"]");
    }

    static <E extends Map.Entry<String, ? extends CharSequence>> void shardFile(StaticIndex out, String prefix, int i,
        List<E> terms) throws IOException {
      terms.sort(Comparator.comparing(Map.Entry::getKey));
      StringBuilder b = new StringBuilder("{");
      for (Map.Entry<String, ? extends CharSequence> e : terms) {
        if (b.length() > 1) b.append(',');
        b.append(jsonString(e.getKey())).append(":[").append(e.getValue()).append(']');
      }
      out.script(prefix + "/" + i, prefix + "/" + i + ".js", b.append('}').toString());
    }

    /** A term's entries in the items' shard and the sheets' (null where none), and what each adds to the sizes. */
    record TermEntries(String items, String sheets, long itemSize, long sheetSize) {}

    private List<Entry> seekers;

    /** The entries of {@code term} as its shards hold them, found by seeking each field (what {@link #write} writes). */
    TermEntries entries(BytesRef term) throws IOException {
      if (seekers == null) {
        seekers = new ArrayList<>();
        for (int f = 0; f < FIELDS.size(); f++) {
          Terms t = MultiTerms.getTerms(reader, FIELDS.get(f));
          if (t != null) seekers.add(new Entry(f, t.iterator()));
        }
      }
      StringBuilder a = null;
      StringBuilder b = null;
      long[] size = new long[2];
      for (Entry e : seekers) {
        if (!e.terms.seekExact(term)) continue;
        String[] enc = e.encode();
        if (!enc[0].isEmpty()) {
          a = append(a, e, enc[0]);
          size[0] += enc[0].length() + 12;
        }
        if (!enc[1].isEmpty()) {
          b = append(b, e, enc[1]);
          size[1] += enc[1].length() + 12;
        }
      }
      return new TermEntries(a == null ? null : a.toString(), b == null ? null : b.toString(),
          a == null ? 0 : size[0] + 16, b == null ? 0 : size[1] + 16);
    }

    /** One field's postings of the term being walked. */
    private final class Entry {
      final int field;
      final TermsEnum terms;
      final boolean docsOnly;
      int docFreq;
      PostingsEnum postings;

      Entry(int field, TermsEnum terms) {
        this.field = field;
        this.terms = terms;
        this.docsOnly = DOCS_ONLY.contains(FIELDS.get(field));
      }

      /** The characters of the items' postings and of the sheets'. */
      long[] measure() throws IOException {
        long[] n = new long[2];
        each((doc, value, item) -> n[item ? 0 : 1] += vlqLength(doc) + (value < 0 ? 0 : vlqLength(value)));
        return n;
      }

      /** The items' postings and the sheets', encoded (see the class comment); empty when there are none. */
      String[] encode() throws IOException {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        each((gap, value, item) -> {
          StringBuilder into = item ? a : b;
          vlq(into, gap);
          if (value >= 0) vlq(into, value);
        });
        return new String[] {a.toString(), b.toString()};
      }

      /** Each document of the term's postings: the gap to the previous one of its kind less one, and (freq-1)×256+norm. */
      private void each(Posting visit) throws IOException {
        docFreq = terms.docFreq();
        postings = terms.postings(postings, docsOnly ? PostingsEnum.NONE : PostingsEnum.FREQS);
        byte[] norm = norms[field];
        int lastA = -1;
        int lastB = -1;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          boolean item = doc < items;
          int gap = doc - (item ? lastA : lastB) - 1;
          if (item) lastA = doc;
          else lastB = doc;
          long value = -1;
          if (!docsOnly) {
            value = (postings.freq() - 1L) * 256 + (norm[doc] & 0xFF);
          }
          visit.at(gap, value, item);
        }
      }
    }

    @FunctionalInterface
    private interface Posting {
      void at(long gap, long value, boolean item) throws IOException;
    }

    @FunctionalInterface
    private interface TermVisitor {
      void term(BytesRef term, List<Entry> entries) throws IOException;
    }

    /** Every term of the exported fields once, in byte order, with the entries of the fields that have it. */
    private void walk(TermVisitor visitor) throws IOException {
      List<Entry> fields = new ArrayList<>();
      List<BytesRef> current = new ArrayList<>();
      for (int f = 0; f < FIELDS.size(); f++) {
        Terms t = MultiTerms.getTerms(reader, FIELDS.get(f));
        if (t == null) continue;
        TermsEnum te = t.iterator();
        BytesRef first = te.next();
        if (first == null) continue;
        fields.add(new Entry(f, te));
        current.add(first);
      }
      org.apache.lucene.util.BytesRefBuilder min = new org.apache.lucene.util.BytesRefBuilder();
      List<Entry> at = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      while (true) {
        BytesRef smallest = null;
        for (BytesRef c : current) if (c != null && (smallest == null || c.compareTo(smallest) < 0)) smallest = c;
        if (smallest == null) return;
        min.copyBytes(smallest);
        at.clear();
        positions.clear();
        for (int i = 0; i < fields.size(); i++) {
          if (current.get(i) != null && current.get(i).bytesEquals(min.get())) {
            at.add(fields.get(i));
            positions.add(i);
          }
        }
        visitor.term(min.get(), at);
        for (int i : positions) current.set(i, fields.get(i).terms.next());
      }
    }
  }

  /** The number of base-64 digits {@link #vlq} writes for {@code n}. */
  static int vlqLength(long n) {
    int digits = 1;
    while (n >= 32) {
      digits++;
      n >>>= 5;
    }
    return digits;
  }

  /**
   * Words by first character, {@code "w": {first: [rest, cost, rest, cost …]}}, and the synonyms whose trigger begins
   * with a character of the shard, {@code "y": {trigger: [target …]}} (left out when there are none), sorted. A
   * trigger's first word is a word of the query, so its shard is one the query loads for its words anyway.
   */
  private void writeDictionary(Vocabulary vocabulary, Synonyms synonyms, int count) throws IOException {
    List<TreeMap<String, List<Object>>> words = new ArrayList<>();
    List<TreeMap<String, List<String>>> triggers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(new TreeMap<>());
      triggers.add(new TreeMap<>());
    }
    for (Map.Entry<String, Integer> w : vocabulary.all().entrySet()) {
      String first = w.getKey().substring(0, 1);
      List<Object> list = words.get(dictionaryShard(first.charAt(0))).computeIfAbsent(first, k -> new ArrayList<>());
      list.add(w.getKey().substring(1));
      list.add(w.getValue());
    }
    for (Map.Entry<String, List<String>> e : synonyms.all().entrySet()) {
      triggers.get(dictionaryShard(e.getKey().charAt(0))).put(e.getKey(), e.getValue());
    }
    for (int i = 0; i < count; i++) {
      Map<String, Object> shard = new LinkedHashMap<>();
      shard.put("w", words.get(i));
      if (!triggers.get(i).isEmpty()) shard.put("y", triggers.get(i));
      script("d/" + i, "d/" + i + ".js", json(shard));
    }
  }

  /** The dictionary shard of the words that begin with {@code first}: its code unit mod {@link #DICTIONARY_SHARDS}. */
  public static int dictionaryShard(char first) {
    return first % DICTIONARY_SHARDS;
  }

  /** The shard of a key: FNV-1a (32 bits) over its UTF-16 code units, modulo the count. */
  public static int shard(String key, int count) {
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    return (int) (Integer.toUnsignedLong(h) % count);
  }

  /** A power of two near {@code bytes / target}, at least 1. */
  static int shardCount(long bytes, int target) {
    long n = Math.max(1, (bytes + target - 1) / target);
    long p = Long.highestOneBit(n);
    return (int) Math.min(1 << 20, p == n ? n : p << 1);
  }

  /** Appends a number ≥ 0 in base-64 digits of five bits each, low bits first; digits ≥ 32 say more follow. */
  static void vlq(StringBuilder b, long n) {
    if (n < 0) throw new IllegalArgumentException("negative: " + n);
    while (n >= 32) {
      b.append(DIGITS.charAt((int) (32 + (n & 31))));
      n >>>= 5;
    }
    b.append(DIGITS.charAt((int) n));
  }

  private void script(String key, String file, String json) throws IOException {
    String js = "window." + GLOBAL + "[" + jsonString(key) + "]=" + json + ";\n";
    if (key.equals("head")) js = "window." + GLOBAL + "=window." + GLOBAL + "||{};" + js;
    byte[] data = js.getBytes(StandardCharsets.UTF_8);
    sink.write("search/" + file, data);
    files.incrementAndGet();
    bytes.addAndGet(data.length);
  }

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

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

  static String json(Object value) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.setCharacterEscapes(LINE_SEPARATORS);
      MAPPER.writeValue(g, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string cannot fail", e);
    }
    return w.toString();
  }

  /** A string as {@link #json} writes it (the same escapes), without a generator of its own: one for every term. */
  static String jsonString(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8).append('"');
    JsonStringEncoder.getInstance().quoteAsString(s, b);
    if (s.indexOf('\u2028') >= 0 || s.indexOf('\u2029') >= 0) {
      for (int i = b.length() - 1; i > 0; i--) {
        char c = b.charAt(i);
        if (c == '\u2028' || c == '\u2029') b.replace(i, i + 1, c == '\u2028' ? "\\u2028" : "\\u2029");
      }
    }
    return b.append('"').toString();
  }
}
