package org.seisaku.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.seisaku.index.Fields;
import org.seisaku.index.Indexer;
import org.seisaku.io.FileSink;
import org.seisaku.io.Workers;

/**
 * The browser index's postings of a build that changed a few documents, made from the published shards instead of a
 * walk of every term: the shards of the terms whose postings changed are read back, those terms' entries replaced,
 * and the other shards kept as they are. The files are the same as a whole export's (IncrementalBuildIT and
 * {@code PostingsUpdateTest} compare them).
 *
 * <p>Which terms changed comes from the index's parts ({@link Fields#PARTS_KEY}): a document's place in the merged
 * index is its part's offset plus its place in the part, so when the published index was merged from the same list
 * of parts but for a few of the same number of documents, every other document keeps its number, and a term's
 * postings can differ only if they differ within a changed part, old and new compared by document, frequency and
 * length norm (a few hundred documents instead of every one). For those terms the entries are encoded from the
 * published index and from the new one: where they differ, the term's shard is written again; what they add to
 * the measured sizes gives the new sizes, and with them the shard counts (when a count changes, every term moves:
 * the export is then whole).
 *
 * <p>A whole export is made instead when any of this is not so: no sizes saved by the published build
 * ({@link StaticIndex#SAVED}), saved for another basis, other parts or another number of items, a part whose count
 * of documents changed (an added or removed document renumbers the ones after it), more than one part in
 * {@value #MOST_CHANGED} changed (one at least may: reading back most shards costs about what writing them does), or a shard the
 * published site does not have as its manifest lists it.
 */
final class PostingsUpdate {
  /** The share of parts, as its divisor, above which the postings are written whole. */
  static final int MOST_CHANGED = 8;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  private final long itemBytes;
  private final long sheetBytes;
  private final int p;
  private final int s;
  /** By shard, the changed terms' new entries (null: the term has none there any more). */
  private final Map<Integer, Map<String, String>> itemChanges;
  private final Map<Integer, Map<String, String>> sheetChanges;

  private PostingsUpdate(long itemBytes, long sheetBytes, int p, int s, Map<Integer, Map<String, String>> itemChanges,
      Map<Integer, Map<String, String>> sheetChanges) {
    this.itemBytes = itemBytes;
    this.sheetBytes = sheetBytes;
    this.p = p;
    this.s = s;
    this.itemChanges = itemChanges;
    this.sheetChanges = sheetChanges;
  }

  long itemBytes() {
    return itemBytes;
  }

  long sheetBytes() {
    return sheetBytes;
  }

  /** One part of an index: its folder's name under {@code .parts/} and its number of documents. */
  private record Part(String name, int docs) {
    /** The parts of {@link Fields#PARTS_KEY}; null when absent or not as written. */
    static List<Part> parse(String list) {
      if (list == null) return null;
      List<Part> out = new ArrayList<>();
      for (String line : list.split("\n")) {
        if (line.isEmpty()) continue;
        int space = line.indexOf(' ');
        if (space <= 0) return null;
        try {
          out.add(new Part(line.substring(0, space), Integer.parseInt(line.substring(space + 1))));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      return out;
    }
  }

  /**
   * How the postings of the index at {@code index} (being exported by {@code postings}, merged from {@code parts})
   * are made from those published with {@code previous}; null when they are to be written whole (see the class
   * comment).
   */
  static PostingsUpdate plan(StaticIndex.Postings postings, Path index, String parts, Path previous, String basis,
      FileSink site) throws IOException {
    JsonNode saved = saved(previous.resolve(StaticIndex.SAVED));
    if (saved == null || !basis.equals(saved.path("basis").asText(null)) || saved.path("items").asInt(-1) != postings.items) {
      return null;
    }
    int p = saved.path("p").asInt(0);
    int s = saved.path("s").asInt(0);
    if (p < 1 || s < 1) return null;
    List<Part> now = Part.parse(parts);
    try (Directory directory = Indexer.readOnce(previous); DirectoryReader published = DirectoryReader.open(directory)) {
      if (published.maxDoc() != postings.reader.maxDoc()) return null;
      List<Part> before = Part.parse(published.getIndexCommit().getUserData().get(Fields.PARTS_KEY));
      if (now == null || before == null || now.size() != before.size()) return null;
      List<Integer> changed = new ArrayList<>();
      for (int i = 0; i < now.size(); i++) {
        if (now.get(i).name().equals(before.get(i).name())) continue;
        if (now.get(i).docs() != before.get(i).docs()) return null;
        changed.add(i);
      }
      if (changed.size() > Math.max(1, now.size() / MOST_CHANGED)) return null;
      for (int i = 0; i < p; i++) if (!site.hasPublished(path("p", i))) return null;
      for (int i = 0; i < s; i++) if (!site.hasPublished(path("s", i))) return null;

      SortedSet<BytesRef> terms = new TreeSet<>();
      for (int i : changed) {
        Path was = previous.resolve(Indexer.PARTS).resolve(before.get(i).name());
        Path is = index.resolve(Indexer.PARTS).resolve(now.get(i).name());
        if (!Files.isDirectory(was, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(is, LinkOption.NOFOLLOW_LINKS)) return null;
        try (Directory a = Indexer.readOnce(was); DirectoryReader ra = DirectoryReader.open(a);
            Directory b = Indexer.readOnce(is); DirectoryReader rb = DirectoryReader.open(b)) {
          if (ra.maxDoc() != rb.maxDoc()) return null;
          changedTerms(ra, rb, terms);
        }
      }

      StaticIndex.Postings old = new StaticIndex.Postings(published, postings.items);
      long items = saved.path("itemBytes").asLong(-1);
      long sheets = saved.path("sheetBytes").asLong(-1);
      if (items < 0 || sheets < 0) return null;
      Map<Integer, Map<String, String>> itemChanges = new TreeMap<>();
      Map<Integer, Map<String, String>> sheetChanges = new TreeMap<>();
      for (BytesRef t : terms) {
        StaticIndex.Postings.TermEntries a = old.entries(t);
        StaticIndex.Postings.TermEntries b = postings.entries(t);
        items += b.itemSize() - a.itemSize();
        sheets += b.sheetSize() - a.sheetSize();
        String term = t.utf8ToString();
        if (!Objects.equals(a.items(), b.items())) {
          itemChanges.computeIfAbsent(StaticIndex.shard(term, p), k -> new LinkedHashMap<>()).put(term, b.items());
        }
        if (!Objects.equals(a.sheets(), b.sheets())) {
          sheetChanges.computeIfAbsent(StaticIndex.shard(term, s), k -> new LinkedHashMap<>()).put(term, b.sheets());
        }
      }
      if (StaticIndex.shardCount(items, StaticIndex.POSTINGS_SHARD_BYTES) != p
          || StaticIndex.shardCount(sheets, StaticIndex.SHEET_SHARD_BYTES) != s) {
        return null;
      }
      return new PostingsUpdate(items, sheets, p, s, itemChanges, sheetChanges);
    }
  }

  /** Writes the changed shards again and keeps the others. */
  void write(StaticIndex out) throws IOException {
    write(out, "p", p, itemChanges);
    write(out, "s", s, sheetChanges);
  }

  private static void write(StaticIndex out, String prefix, int count, Map<Integer, Map<String, String>> changes)
      throws IOException {
    for (int i = 0; i < count; i++) {
      if (changes.containsKey(i)) continue;
      long size = out.sink.keepPublished(path(prefix, i));
      out.files.incrementAndGet();
      out.bytes.addAndGet(size);
    }
    Workers.forEach(new ArrayList<>(changes.keySet()), i -> {
      TreeMap<String, CharSequence> terms = read(out.sink, prefix, i);
      for (Map.Entry<String, String> e : changes.get(i).entrySet()) {
        if (e.getValue() == null) terms.remove(e.getKey());
        else terms.put(e.getKey(), e.getValue());
      }
      StaticIndex.Postings.shardFile(out, prefix, i, new ArrayList<>(terms.entrySet()));
    });
  }

  /** A published shard's terms and entries, as {@code Postings} wrote them. */
  private static TreeMap<String, CharSequence> read(FileSink site, String prefix, int i) throws IOException {
    String relative = path(prefix, i);
    String text = new String(site.readPublished(relative), StandardCharsets.UTF_8);
    String head = "window." + StaticIndex.GLOBAL + "[" + StaticIndex.jsonString(prefix + "/" + i) + "]=";
    if (!text.startsWith(head) || !text.endsWith(";\n")) throw new IOException(relative + ": not a shard of the browser index");
    TreeMap<String, CharSequence> terms = new TreeMap<>();
    try (JsonParser j = FACTORY.createParser(text.substring(head.length(), text.length() - 2))) {
      expect(j.nextToken(), JsonToken.START_OBJECT, relative);
      while (j.nextToken() == JsonToken.FIELD_NAME) {
        String term = j.currentName();
        expect(j.nextToken(), JsonToken.START_ARRAY, relative);
        StringBuilder b = new StringBuilder();
        while (j.nextToken() == JsonToken.START_ARRAY) {
          expect(j.nextToken(), JsonToken.VALUE_NUMBER_INT, relative);
          int field = j.getIntValue();
          expect(j.nextToken(), JsonToken.VALUE_NUMBER_INT, relative);
          long docFreq = j.getLongValue();
          expect(j.nextToken(), JsonToken.VALUE_STRING, relative);
          String postings = j.getText();
          expect(j.nextToken(), JsonToken.END_ARRAY, relative);
          if (!b.isEmpty()) b.append(',');
          b.append('[').append(field).append(',').append(docFreq).append(",\"").append(postings).append("\"]");
        }
        expect(j.currentToken(), JsonToken.END_ARRAY, relative);
        terms.put(term, b);
      }
      expect(j.currentToken(), JsonToken.END_OBJECT, relative);
    }
    return terms;
  }

  private static void expect(JsonToken token, JsonToken expected, String relative) throws IOException {
    if (token != expected) throw new IOException(relative + ": not a shard of the browser index (" + token + ")");
  }

  private static String path(String prefix, int i) {
    return "search/" + prefix + "/" + i + ".js";
  }

  /**
   * Adds to {@code into} the terms of the exported fields whose postings differ between two versions of a part of
   * the same number of documents: in one and not the other, or with another document, frequency or length norm.
   */
  static void changedTerms(DirectoryReader was, DirectoryReader is, SortedSet<BytesRef> into) throws IOException {
    for (String field : StaticIndex.FIELDS) {
      boolean docsOnly = StaticIndex.DOCS_ONLY.contains(field);
      TermsEnum a = iterator(MultiTerms.getTerms(was, field));
      TermsEnum b = iterator(MultiTerms.getTerms(is, field));
      byte[] na = docsOnly ? null : StaticIndex.Postings.norms(MultiDocValues.getNormValues(was, field), was.maxDoc());
      byte[] nb = docsOnly ? null : StaticIndex.Postings.norms(MultiDocValues.getNormValues(is, field), is.maxDoc());
      BytesRef ta = a == null ? null : a.next();
      BytesRef tb = b == null ? null : b.next();
      PostingsEnum pa = null;
      PostingsEnum pb = null;
      while (ta != null || tb != null) {
        int c = ta == null ? 1 : tb == null ? -1 : ta.compareTo(tb);
        if (c < 0) {
          into.add(BytesRef.deepCopyOf(ta));
          ta = a.next();
        } else if (c > 0) {
          into.add(BytesRef.deepCopyOf(tb));
          tb = b.next();
        } else {
          int flags = docsOnly ? PostingsEnum.NONE : PostingsEnum.FREQS;
          pa = a.postings(pa, flags);
          pb = b.postings(pb, flags);
          if (!samePostings(pa, pb, na, nb)) into.add(BytesRef.deepCopyOf(ta));
          ta = a.next();
          tb = b.next();
        }
      }
    }
  }

  private static TermsEnum iterator(Terms terms) throws IOException {
    return terms == null ? null : terms.iterator();
  }

  private static boolean samePostings(PostingsEnum a, PostingsEnum b, byte[] na, byte[] nb) throws IOException {
    while (true) {
      int da = a.nextDoc();
      int db = b.nextDoc();
      if (da != db) return false;
      if (da == DocIdSetIterator.NO_MORE_DOCS) return true;
      if (na != null && (a.freq() != b.freq() || na[da] != nb[db])) return false;
    }
  }

  /** The sizes saved by a build, or null when there are none or they cannot be read. */
  private static JsonNode saved(Path file) {
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) return null;
      JsonNode root = JSON.readTree(file.toFile());
      return root.isObject() ? root : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Saves what the postings of the index at {@code index} were sharded by, for the next build. */
  static void save(Path index, String basis, int items, int p, int s, long itemBytes, long sheetBytes) throws IOException {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("basis", basis);
    file.put("items", items);
    file.put("p", p);
    file.put("s", s);
    file.put("itemBytes", itemBytes);
    file.put("sheetBytes", sheetBytes);
    Files.write(index.resolve(StaticIndex.SAVED), JSON.writeValueAsBytes(file));
  }
}
