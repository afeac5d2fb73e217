package org.seisaku.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CompositeReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.store.FSDirectory;
import org.seisaku.io.Workers;
import org.seisaku.link.LinkResult;
import org.seisaku.model.Program;

/**
 * Related programs (DESIGN §3): first its predecessors and successors ({@link LinkResult#lineage}), then from the
 * index: for each program, a {@link MoreLikeThis} query made of the most distinctive character bigrams of its names
 * and the start of its text ({@link #LIKE_TEXT_CHARS}), run against the other programs' {@code title_bigram} and
 * {@code text_bigram}; a program of another ministry must share a word of its names that says something of a
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
    Map<String, List<String>> out = new ConcurrentHashMap<>();
    try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
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
      Query programs = new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PROGRAM));
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
          for (String id : related(searcher, stored.get(), mlt.get(), programs, p, perProgram + lineage.size(), tuning, candidates)) {
            if (list.size() < perProgram && !list.contains(id)) list.add(id);
          }
        }
        out.put(p.id(), List.copyOf(list));
      });
    }
    return new TreeMap<>(out);
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

  private static List<String> related(IndexSearcher searcher, StoredFields stored, MoreLikeThis mlt, Query programs,
      Program p, int perProgram, Tuning tuning, Map<Integer, Candidacy> candidacies) throws IOException {
    Term self = new Term(Fields.ID, p.id());
    TopDocs own = searcher.search(new BooleanQuery.Builder()
        .add(new TermQuery(self), Occur.FILTER).add(programs, Occur.FILTER).build(), 1);
    if (own.scoreDocs.length == 0) return List.of();
    Document doc = stored.document(own.scoreDocs[0].doc, Set.of(Fields.TITLE, Fields.TEXT));
    String text = doc.get(Fields.TEXT) == null ? "" : doc.get(Fields.TEXT);
    if (tuning.purposeOnly()) text = purpose(text);
    if (text.length() > LIKE_TEXT_CHARS) text = text.substring(0, LIKE_TEXT_CHARS);
    String names = String.join("\n", doc.getValues(Fields.TITLE));
    String likeText = (names + "\n").repeat(tuning.titleRepeat()) + text;
    Map<String, java.util.Collection<Object>> like0 = new java.util.LinkedHashMap<>();
    for (String f : tuning.fields()) like0.put(f, List.of(likeText));
    Query like = mlt.like(like0);
    if (like instanceof BooleanQuery bq && bq.clauses().isEmpty()) return List.of();
    Query query = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(programs, Occur.FILTER)
        .add(new TermQuery(self), Occur.MUST_NOT)
        .build();
    TopDocs top = searcher.search(query, Math.max(10, perProgram * 4));
    if (top.scoreDocs.length == 0) return List.of();
    float best = top.scoreDocs[0].score;
    Set<String> ownWords = tuning.titleWord() ? words(doc.getValues(Fields.TITLE)) : Set.of();
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
