package org.seisaku.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.seisaku.io.Workers;
import org.seisaku.link.LinkResult;
import org.seisaku.model.Program;

/**
 * Related programs (DESIGN §3): first its predecessors and successors ({@link LinkResult#lineage}), then from the
 * index: for each program, a {@link MoreLikeThis} query made of the most distinctive character bigrams of its names
 * and the start of its text ({@link #LIKE_TEXT_CHARS}), run against the other programs' {@code title_bigram} and
 * {@code text_bigram} in an index of the programs alone (their own statistics, so that a build whose programs did not
 * change takes the published answer: {@link #compute(Path, Path, LinkResult, int, String)}); a program of another ministry must share a word of its names that says something of a
 * purpose (not 事業, 経費, 推進 …). On the hand-checked list (src/test/resources/related, RelatedEvaluationIT) the
 * names' field and the shared word took precision at 5 from 0.616 (text only) to 0.696, and 地域おこし協力隊 no
 * longer leads to 里親 programs. Bigrams keep compounds whole (リサイクル, マイナンバー, 探知犬), where
 * Kuromoji's search-mode parts (協力/隊) match unrelated programs; on the review-sheet corpus they gave the more
 * sensible neighbours of the two (and analysing bigrams is cheap).
 *
 * <p>Weighing: the candidates' scores are divided by the best one's, and a program of the same ministry gets
 * {@link #SAME_MINISTRY_BONUS} on top, so that among similar programs the ministry's own come first while a
 * much closer program of another ministry still wins. Candidates below {@link #MIN_RELATIVE_SCORE} of the best
 * are dropped, and so is a second program of the same name (two that the linker kept apart). Ties go to the
 * smaller id, so the result is the same on every run.
 */
public final class Related {
  static final float SAME_MINISTRY_BONUS = 0.25f;
  static final float MIN_RELATIVE_SCORE = 0.3f;
  /** Words in at most this share of the index are too common to say what a program is about. */
  static final int MAX_DOC_FREQ_PCT = 20;
  /** …but a small index keeps words found in this many documents. */
  static final int MIN_MAX_DOC_FREQ = 5;
  static final int MAX_QUERY_TERMS = 25;
  /** The text a program's query is made from: its names and the start of its text (the newest sheet first). */
  static final int LIKE_TEXT_CHARS = 2000;

  private Related() {}

  /**
   * @return for every program of {@code linked}, in id order, the ids of up to {@code perProgram} related
   *     programs, best first (empty when none is close)
   */
  public static Map<String, List<String>> compute(Path indexDir, LinkResult linked, int perProgram) throws IOException {
    return compute(indexDir, linked, perProgram, Tuning.DEFAULT);
  }

  /**
   * How candidates are found and weighed (the evaluation compares settings on the judged list).
   *
   * @param field the field the query is made of and run on
   * @param purposeOnly the like-text is the names and the sheets' 事業目的 and 事業概要 only
   * @param titleRepeat how many times the names go into the like-text (their words weigh that much more)
   * @param sameMinistryBonus added to the relative score of a program of the same ministry
   * @param minRelative candidates scoring less than this share of the best one are dropped
   * @param titleWord a candidate must share a word of its names with the program's (words that name no purpose,
   *     {@link #PLAIN_WORDS}, do not count), unless it is of the same ministry
   */
  record Tuning(List<String> fields, boolean purposeOnly, int titleRepeat, float sameMinistryBonus, float minRelative,
      boolean titleWord) {
    static final Tuning DEFAULT = new Tuning(List.of(Fields.TITLE_BIGRAM, Fields.TEXT_BIGRAM), false, 1, SAME_MINISTRY_BONUS,
        MIN_RELATIVE_SCORE, true);
  }

  static Map<String, List<String>> compute(Path indexDir, LinkResult linked, int perProgram, Tuning tuning) throws IOException {
    if (perProgram < 0) throw new IllegalArgumentException("perProgram must not be negative: " + perProgram);
    return compute(programs(indexDir), linked, perProgram, tuning);
  }

  /** The file of an index folder that keeps its related programs, with the {@link #key} they were computed for. */
  public static final String SAVED = ".related-programs.json";

  /**
   * As {@link #compute(Path, LinkResult, int)}, for a build: the answer is also saved in {@code indexDir}, and when
   * the index {@code previous} (the one published, or null) saved one for the same {@link #key}, that one is taken
   * instead of computing it again (a document's edit changes no program's text, names or lineage).
   *
   * @param basis what else the answer depends on (seisaku's version and jar): an answer of another basis is not taken
   */
  public static Map<String, List<String>> compute(Path indexDir, Path previous, LinkResult linked, int perProgram,
      String basis) throws IOException {
    if (perProgram < 0) throw new IllegalArgumentException("perProgram must not be negative: " + perProgram);
    List<ProgramText> texts = programs(indexDir);
    String key = key(texts, linked, perProgram, basis);
    Map<String, List<String>> related = previous == null ? null : saved(previous.resolve(SAVED), key);
    if (related == null) related = compute(texts, linked, perProgram, Tuning.DEFAULT);
    Map<String, Object> file = new java.util.LinkedHashMap<>();
    file.put("key", key);
    file.put("related", related);
    java.nio.file.Files.write(indexDir.resolve(SAVED), JSON.writeValueAsBytes(file));
    return related;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /** The related programs saved at {@code file} for {@code key}; null when there are none, for another key, or unreadable. */
  private static Map<String, List<String>> saved(Path file, String key) {
    try {
      if (!java.nio.file.Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return null;
      com.fasterxml.jackson.databind.JsonNode root = JSON.readTree(file.toFile());
      if (!key.equals(root.path("key").asText(null))) return null;
      Map<String, List<String>> out = new TreeMap<>();
      var fields = root.path("related").fields();
      while (fields.hasNext()) {
        var e = fields.next();
        List<String> ids = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode id : e.getValue()) {
          if (!id.isTextual()) return null;
          ids.add(id.asText());
        }
        out.put(e.getKey(), List.copyOf(ids));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null; // in doubt, compute them
    }
  }

  /**
   * Everything the related programs are computed from: the programs as the index holds them (ids, ministries, names,
   * texts, in index order), the linker's programs with their ministries and lineage, the count asked for, the setting
   * and the basis.
   */
  static String key(List<ProgramText> texts, LinkResult linked, int perProgram, String basis) {
    java.security.MessageDigest d = org.seisaku.io.Hashes.sha256();
    org.seisaku.io.Hashes.add(d, basis);
    org.seisaku.io.Hashes.addValue(d, Tuning.DEFAULT);
    org.seisaku.io.Hashes.add(d, String.valueOf(perProgram));
    org.seisaku.io.Hashes.addValue(d, texts);
    for (Program p : linked.programs()) {
      org.seisaku.io.Hashes.addValue(d, p.id());
      org.seisaku.io.Hashes.addValue(d, p.ministryId());
      org.seisaku.io.Hashes.addValue(d, linked.lineage().getOrDefault(p.id(), List.of()));
    }
    return org.seisaku.io.Hashes.hex(d);
  }

  /** A program as the index holds it: what its related programs are computed from. */
  record ProgramText(String id, String ministry, List<String> titles, String text) {}

  /** The programs of the index at {@code indexDir}, in index order (stored fields only; nothing analysed). */
  static List<ProgramText> programs(Path indexDir) throws IOException {
    List<ProgramText> out = new ArrayList<>();
    try (Directory dir = Indexer.readOnce(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      Set<String> wanted = Set.of(Fields.TYPE, Fields.ID, Fields.MINISTRY, Fields.TITLE, Fields.TEXT);
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        org.apache.lucene.search.DocIdSetIterator docs = programDocs(leaf.reader());
        if (docs == null) continue;
        for (int d = docs.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
          Document doc = stored.document(d, wanted);
          out.add(new ProgramText(doc.get(Fields.ID), doc.get(Fields.MINISTRY), List.of(doc.getValues(Fields.TITLE)),
              doc.get(Fields.TEXT) == null ? "" : doc.get(Fields.TEXT)));
        }
      }
    }
    return out;
  }

  private static org.apache.lucene.search.DocIdSetIterator programDocs(LeafReader leaf) throws IOException {
    org.apache.lucene.index.Terms types = leaf.terms(Fields.TYPE);
    if (types == null) return null;
    org.apache.lucene.index.TermsEnum te = types.iterator();
    if (!te.seekExact(new org.apache.lucene.util.BytesRef(Fields.TYPE_PROGRAM))) return null;
    return te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
  }

  /**
   * The related programs of these programs, computed among them alone: an index in memory of their names' and texts'
   * bigrams, whose statistics (how rare a bigram is, how long a text) are the programs' own. The published index's
   * were those of every document and review sheet too, where a program's words came again in each of its sheets;
   * so a document's edit changed no program's neighbours only by chance, and now by construction (see {@link #key}).
   */
  static Map<String, List<String>> compute(List<ProgramText> programTexts, LinkResult linked, int perProgram,
      Tuning tuning) throws IOException {
    if (perProgram < 0) throw new IllegalArgumentException("perProgram must not be negative: " + perProgram);
    Map<String, List<String>> out = new ConcurrentHashMap<>();
    Map<String, ProgramText> byId = new HashMap<>();
    for (ProgramText t : programTexts) byId.putIfAbsent(t.id(), t);
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(JapaneseAnalysis.perField())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(32)
          // neighbouring segments only: documents keep their order, so ties fall the same way in every build
          .setMergePolicy(new org.apache.lucene.index.LogByteSizeMergePolicy())
          .setMergeScheduler(new org.apache.lucene.index.SerialMergeScheduler());
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        for (ProgramText t : programTexts) writer.addDocument(document(t, tuning));
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        compute(reader, byId, linked, perProgram, tuning, out);
      }
    }
    return new TreeMap<>(out);
  }

  private static final FieldType BIGRAMS;

  static {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    BIGRAMS = t;
  }

  /** A program in the index of programs: id, ministry and names stored, names and text by their bigrams. */
  private static Document document(ProgramText t, Tuning tuning) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, t.id(), Field.Store.YES));
    if (t.ministry() != null) doc.add(new StoredField(Fields.MINISTRY, t.ministry()));
    for (String title : t.titles()) {
      doc.add(new StoredField(Fields.TITLE, title));
      if (tuning.fields().contains(Fields.TITLE_BIGRAM)) doc.add(new Field(Fields.TITLE_BIGRAM, title, BIGRAMS));
    }
    for (String f : tuning.fields()) {
      if (!f.equals(Fields.TITLE_BIGRAM)) doc.add(new Field(f, t.text(), BIGRAMS));
    }
    return doc;
  }

  private static void compute(DirectoryReader reader, Map<String, ProgramText> byId, LinkResult linked, int perProgram,
      Tuning tuning, Map<String, List<String>> out) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    int maxDocFreq = Math.max(MIN_MAX_DOC_FREQ, reader.numDocs() * MAX_DOC_FREQ_PCT / 100);
    DocFreqs docFreqs = new DocFreqs(reader);
    // per worker thread: stored fields and MoreLikeThis are not shared between threads
    ThreadLocal<StoredFields> stored = ThreadLocal.withInitial(() -> {
      try {
        return searcher.storedFields();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    ThreadLocal<MoreLikeThis> mlt = ThreadLocal.withInitial(() -> {
      try {
        return moreLikeThis(docFreqs, maxDocFreq, tuning.fields());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Set<String> ids = new HashSet<>();
    for (Program p : linked.programs()) ids.add(p.id());
    // what a candidate is, read once per program for all the programs it is a candidate of (each read decompressed
    // a block of stored texts, and its names' words were analysed again each time)
    Map<Integer, Candidacy> candidates = new ConcurrentHashMap<>();
    // each program's answer is its own (bounded work: one query of MAX_QUERY_TERMS terms), on every core
    Workers.forEach(linked.programs(), p -> {
      List<String> lineage = linked.lineage().getOrDefault(p.id(), List.of()).stream()
          .filter(id -> ids.contains(id) && !id.equals(p.id())).limit(perProgram).toList();
      List<String> list = new ArrayList<>(lineage);
      if (list.size() < perProgram) {
        for (String id : related(searcher, stored.get(), mlt.get(), byId.get(p.id()), p, perProgram + lineage.size(),
            tuning, candidates)) {
          if (list.size() < perProgram && !list.contains(id)) list.add(id);
        }
      }
      out.put(p.id(), List.copyOf(list));
    });
  }

  private static MoreLikeThis moreLikeThis(IndexReader reader, int maxDocFreq, List<String> fields) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(JapaneseAnalysis.perField());
    mlt.setFieldNames(fields.toArray(String[]::new));
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreq(maxDocFreq);
    mlt.setMinWordLen(1);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setBoost(true);
    return mlt;
  }

  /**
   * The index as {@link MoreLikeThis} reads it: its document frequencies, each term's looked up once for all the
   * programs (their like-texts share most of their bigrams, and a lookup is a seek in the terms dictionary: it was
   * most of this stage's time), all else as the index has it. At most {@link #CACHED_TERMS} terms are kept; the rest
   * are looked up each time.
   */
  private static final class DocFreqs extends CompositeReader {
    static final int CACHED_TERMS = 1 << 18; // about 35 MB of terms and counts at most
    private final DirectoryReader in;
    private final List<LeafReader> leaves;
    private final Map<Term, Integer> cache = new ConcurrentHashMap<>();

    DocFreqs(DirectoryReader in) {
      this.in = in;
      this.leaves = in.leaves().stream().map(LeafReaderContext::reader).toList();
    }

    @Override
    public int docFreq(Term term) throws IOException {
      Integer n = cache.get(term);
      if (n != null) return n;
      int df = in.docFreq(term);
      if (cache.size() < CACHED_TERMS) cache.put(term, df);
      return df;
    }

    @Override
    protected List<? extends IndexReader> getSequentialSubReaders() {
      return leaves;
    }

    @Override
    public int numDocs() {
      return in.numDocs();
    }

    @Override
    public int maxDoc() {
      return in.maxDoc();
    }

    @Override
    @SuppressWarnings("deprecation")
    public org.apache.lucene.index.Fields getTermVectors(int doc) throws IOException {
      return in.getTermVectors(doc);
    }

    @Override
    public TermVectors termVectors() throws IOException {
      return in.termVectors();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void document(int doc, StoredFieldVisitor visitor) throws IOException {
      in.document(doc, visitor);
    }

    @Override
    public StoredFields storedFields() throws IOException {
      return in.storedFields();
    }

    @Override
    public long totalTermFreq(Term term) throws IOException {
      return in.totalTermFreq(term);
    }

    @Override
    public long getSumDocFreq(String field) throws IOException {
      return in.getSumDocFreq(field);
    }

    @Override
    public int getDocCount(String field) throws IOException {
      return in.getDocCount(field);
    }

    @Override
    public long getSumTotalTermFreq(String field) throws IOException {
      return in.getSumTotalTermFreq(field);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }

    @Override
    protected void doClose() {
      // the index's reader is closed by whoever opened it
    }
  }

  private record Candidate(String id, String title, double score) {}

  /** A program as a candidate: its id, ministry, first name and the words of its names that say a purpose. */
  private record Candidacy(String id, String ministry, String title, Set<String> words) {
    static Candidacy read(StoredFields stored, int doc) {
      try {
        Document d = stored.document(doc, Set.of(Fields.ID, Fields.MINISTRY, Fields.TITLE));
        return new Candidacy(d.get(Fields.ID), d.get(Fields.MINISTRY), d.get(Fields.TITLE), Related.words(d.getValues(Fields.TITLE)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<String> related(IndexSearcher searcher, StoredFields stored, MoreLikeThis mlt, ProgramText own,
      Program p, int perProgram, Tuning tuning, Map<Integer, Candidacy> candidacies) throws IOException {
    if (own == null) return List.of();
    Term self = new Term(Fields.ID, p.id());
    String text = own.text();
    if (tuning.purposeOnly()) text = purpose(text);
    if (text.length() > LIKE_TEXT_CHARS) text = text.substring(0, LIKE_TEXT_CHARS);
    String names = String.join("\n", own.titles());
    String likeText = (names + "\n").repeat(tuning.titleRepeat()) + text;
    Map<String, java.util.Collection<Object>> like0 = new java.util.LinkedHashMap<>();
    for (String f : tuning.fields()) like0.put(f, List.of(likeText));
    Query like = mlt.like(like0);
    if (like instanceof BooleanQuery bq && bq.clauses().isEmpty()) return List.of();
    Query query = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(self), Occur.MUST_NOT)
        .build();
    TopDocs top = searcher.search(query, Math.max(10, perProgram * 4));
    if (top.scoreDocs.length == 0) return List.of();
    float best = top.scoreDocs[0].score;
    Set<String> ownWords = tuning.titleWord() ? words(own.titles().toArray(String[]::new)) : Set.of();
    List<Candidate> candidates = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      double relative = sd.score / best;
      if (relative < tuning.minRelative()) continue;
      Candidacy c = candidacies.computeIfAbsent(sd.doc, n -> Candidacy.read(stored, n));
      boolean same = p.ministryId() != null && p.ministryId().equals(c.ministry());
      if (tuning.titleWord() && !same && !sharesWord(ownWords, c.words())) continue;
      candidates.add(new Candidate(c.id(), c.title(), relative + (same ? tuning.sameMinistryBonus() : 0)));
    }
    candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
    Set<String> titles = new HashSet<>();
    return candidates.stream().filter(c -> titles.add(c.title())).limit(perProgram).map(Candidate::id).toList();
  }

  /** Headings of a sheet's text that say what a program is for (the rest: 現状・課題, 実施方法, 担当 …). */
  private static final Set<String> PURPOSE = Set.of("事業目的", "事業概要");

  /**
   * The paragraphs under the 事業目的 and 事業概要 headings of a program's text (as {@code IndexDocuments} makes it:
   * each heading a paragraph of its own), or the whole text when it has no such heading.
   */
  static String purpose(String text) {
    StringBuilder out = new StringBuilder();
    boolean in = false;
    boolean any = false;
    for (String para : text.split("\n")) {
      String s = para.strip();
      if (s.startsWith("## ")) s = s.substring(3);
      if (PURPOSE.contains(s)) {
        in = true;
        any = true;
      } else if (HEADING.matcher(s).matches()) {
        in = false;
      } else if (in && !s.isEmpty()) {
        out.append(s).append('\n');
      }
    }
    return any ? out.toString() : text;
  }

  private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("現状・課題|実施方法|主要施策|担当部局庁：.*");

  /** Words of program names that say nothing of a purpose: 事業, 経費, 推進 … */
  static final Set<String> PLAIN_WORDS = Set.of("事業", "経費", "推進", "必要", "要する", "支援", "整備", "対策", "事務",
      "調査", "関する", "係る", "実施", "運営", "強化", "促進", "費", "交付", "金", "補助", "委託", "仮称", "分担", "拠出",
      "等", "検討", "研究", "制度", "施策", "活用", "充実", "確保", "向上", "体制", "関係", "事業費", "経費等");

  private static Set<String> words(String[] names) {
    Set<String> out = new HashSet<>();
    for (String n : names) {
      for (String w : JapaneseAnalysis.terms(JapaneseAnalysis.text(), Fields.TITLE, n)) {
        if (w.length() > 1 && !PLAIN_WORDS.contains(w)) out.add(w);
      }
    }
    return out;
  }

  private static boolean sharesWord(Set<String> own, Set<String> words) {
    for (String w : words) if (own.contains(w)) return true;
    return false;
  }
}
