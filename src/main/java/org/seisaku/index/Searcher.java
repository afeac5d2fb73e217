package org.seisaku.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.SiteUrls;

/**
 * Searches an index written by {@link Indexer}. Opens it once; {@link #search} is thread-safe. The index a
 * searcher sees does not change when a later build replaces the folder: open a new searcher to see that.
 *
 * <pre>
 *   try (Searcher s = Searcher.open(Path.of(".seisaku/index"))) {
 *     SearchResult r = s.search(SearchRequest.of("協力隊").withYears(2019, 2019));
 *   }
 * </pre>
 */
public final class Searcher implements Closeable {
  /**
   * Lucene's limit on the clauses of one query, across its nesting. A query within the input limits
   * ({@code diag.Limits.QUERY_CHARS} characters) makes up to a few thousand single-term clauses (each character adds
   * a bigram, a pair and their variants in several fields), so Lucene's default of 1,024 refused queries of 64
   * characters; a larger query is refused by {@link #search} as too complex, not a failure.
   */
  public static final int MAX_CLAUSES = 32_768;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
  }

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Ministries ministries;
  private final Queries queries;

  private final Vocabulary vocabulary;
  /** Tells programs from other items, to boost their scores ({@link TopHits}). */
  private final Precomputed programs;
  /** The review sheets, which a search leaves out unless asked for them. */
  private final Precomputed sheets;
  /** Each segment's ministries, years and kinds, for the facets ({@link FacetCounter}). */
  private final FacetCounter.Columns[] facets;

  private Searcher(Directory directory, DirectoryReader reader, Ministries ministries, Synonyms synonyms) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.programs = TopHits.programs(searcher);
    this.sheets = Precomputed.of(searcher, new FieldExistsQuery(Fields.SHEET_OF), Fields.SHEET_OF + ":*");
    this.facets = FacetCounter.columns(reader);
    this.ministries = ministries;
    this.vocabulary = Vocabulary.of(reader);
    this.queries = new Queries(ministries, vocabulary, synonyms, sheets);
  }

  /**
   * Opens the index at {@code indexDir}.
   *
   * @throws IOException if there is no index there, or one of another schema version (rebuild it)
   */
  public static Searcher open(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) throw new IOException("no search index at " + indexDir + " (run build first)");
    Directory dir = FSDirectory.open(indexDir);
    try {
      DirectoryReader reader = DirectoryReader.open(dir);
      String version = reader.getIndexCommit().getUserData().get(Fields.SCHEMA_KEY);
      if (!Fields.SCHEMA_VERSION.equals(version)) {
        reader.close();
        throw new IOException("the search index at " + indexDir + " has schema " + version + ", not "
            + Fields.SCHEMA_VERSION + ": rebuild it");
      }
      Ministries ministries;
      Synonyms synonyms;
      try {
        ministries = Fields.ministriesOf(reader.getIndexCommit().getUserData().get(Fields.MINISTRIES_KEY));
        synonyms = Synonyms.parse(reader.getIndexCommit().getUserData().get(Fields.SYNONYMS_KEY));
      } catch (IOException | RuntimeException e) {
        reader.close();
        throw new IOException("the search index at " + indexDir + " has unreadable ministries or synonyms: rebuild it", e);
      }
      return new Searcher(dir, reader, ministries, synonyms);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Runs a search: the best {@code limit} hits, the total and the facets over every match, each program hit with
   * the years of its sheets that match.
   *
   * @throws IllegalArgumentException if the request names a ministry the index does not know, or its query makes
   *     more than {@link #MAX_CLAUSES} clauses
   */
  public SearchResult search(SearchRequest req) throws IOException {
    return search(req, queries);
  }

  /** {@link #search} with other query understanding (the same index without synonyms, say: to measure them). */
  SearchResult search(SearchRequest req, Queries queries) throws IOException {
    try {
      return run(req, queries);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (IndexSearcher.TooManyClauses e) {
      throw new IllegalArgumentException("query: too complex (more than " + MAX_CLAUSES + " terms): shorten it");
    }
  }

  private SearchResult run(SearchRequest req, Queries queries) throws IOException {
    String ministryId = ministryId(req.ministry());
    // the searches of this request look each term up once (the relaxed query holds the strict one, and the
    // programs' sheets are found by the same query again)
    Map<Term, TermQuery> looked = new HashMap<>();
    Function<Term, TermQuery> lookUp = t -> looked.computeIfAbsent(t, this::lookUp);
    // the hits, every match counted exactly and the facets, in one pass; relaxed when strictly too few match
    Object[] results = searcher.search(queries.build(req, ministryId, false, lookUp), hitsAndFacets(req.limit()));
    // relaxed when too few match the words as typed (Queries: the synonyms' spellings do not hold it off)
    long strict = ((TopDocs) results[0]).totalHits.value;
    Query typed = strict < Queries.RELAX_BELOW ? null : queries.typed(req, ministryId, lookUp);
    if (typed != null) strict = searcher.count(typed);
    boolean relaxed = strict < Queries.RELAX_BELOW && queries.plans(req.query()).relaxed() != null;
    if (relaxed) results = searcher.search(queries.build(req, ministryId, true, lookUp), hitsAndFacets(req.limit()));
    TopDocs top = (TopDocs) results[0];
    SearchResult.Facets facets = (SearchResult.Facets) results[1];
    long total = top.totalHits.value;
    List<String> parts = queries.parts(req.query());
    Map<String, Set<String>> terms = queries.highlightTerms(req.query());
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) docs.add(stored.document(sd.doc));
    Map<String, Set<Integer>> sheetYears = sheetYears(queries, req, ministryId, relaxed, docs, lookUp);
    int[] bounds = queries.yearBounds(req);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      hits.add(hit(docs.get(i), top.scoreDocs[i], parts, terms, sheetYears, bounds));
    }
    return new SearchResult(total, hits, facets, relaxed);
  }

  /** A term's query with its statistics looked up in every segment. */
  private TermQuery lookUp(Term term) {
    try {
      return new TermQuery(term, TermStates.build(searcher, term, true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MultiCollectorManager hitsAndFacets(int limit) {
    return new MultiCollectorManager(TopHits.manager(programs, limit), FacetCounter.manager(facets));
  }

  /**
   * The best {@code n} hits of a query as {@link #search} ranks them (programs boosted), for the measurements of
   * the next layers.
   */
  TopDocs top(Query query, int n) throws IOException {
    return searcher.search(query, TopHits.manager(programs, n));
  }

  /** The id of a ministry given by id, name or alias; null for none. */
  private String ministryId(String ministry) {
    if (ministry == null || ministry.isBlank()) return null;
    return ministries.find(ministry.strip()).map(Ministry::id)
        .orElseThrow(() -> new IllegalArgumentException("unknown ministry: " + ministry.strip()));
  }

  /** The ministries the index was built with (for names and aliases). */
  public Ministries ministries() {
    return ministries;
  }

  /**
   * Program id → the years of its sheets that match the request, for the programs among these hits: the sheets
   * that match it strictly, or for a program with none (a relaxed search), those that match it relaxed.
   */
  private Map<String, Set<Integer>> sheetYears(Queries queries, SearchRequest req, String ministryId, boolean relaxed,
      List<Document> docs, Function<Term, TermQuery> terms) throws IOException {
    List<String> programs = new ArrayList<>();
    for (Document d : docs) if (Fields.TYPE_PROGRAM.equals(d.get(Fields.TYPE))) programs.add(d.get(Fields.ID));
    Map<String, Set<Integer>> out = new HashMap<>();
    if (programs.isEmpty()) return out;
    addSheetYears(out, queries.sheetsOf(req, ministryId, false, programs, terms));
    if (relaxed) {
      List<String> rest = programs.stream().filter(id -> !out.containsKey(id)).toList();
      if (!rest.isEmpty()) addSheetYears(out, queries.sheetsOf(req, ministryId, true, rest, terms));
    }
    return out;
  }

  /** Each matching sheet's years under its program, from doc values, in one pass that does not score. */
  private void addSheetYears(Map<String, Set<Integer>> out, Query sheets) throws IOException {
    searcher.search(sheets, new SimpleCollector() {
      private SortedSetDocValues sheetOf;
      private SortedNumericDocValues years;

      @Override
      protected void doSetNextReader(LeafReaderContext context) throws IOException {
        sheetOf = DocValues.getSortedSet(context.reader(), Fields.SHEET_OF);
        years = DocValues.getSortedNumeric(context.reader(), Fields.FISCAL_YEAR);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (!sheetOf.advanceExact(doc)) return;
        Set<Integer> of = out.computeIfAbsent(sheetOf.lookupOrd(sheetOf.nextOrd()).utf8ToString(), k -> new TreeSet<>());
        if (!years.advanceExact(doc)) return;
        for (int i = 0; i < years.docValueCount(); i++) of.add((int) years.nextValue());
      }

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }
    });
  }

  private static SearchHit hit(Document d, ScoreDoc sd, List<String> parts,
      Map<String, Set<String>> terms, Map<String, Set<Integer>> sheetYears, int[] bounds) throws IOException {
    String type = d.get(Fields.TYPE);
    String id = d.get(Fields.ID);
    List<Integer> years = new ArrayList<>();
    for (IndexableField f : d.getFields(Fields.FISCAL_YEAR)) years.add(f.numericValue().intValue());
    Collections.sort(years);
    boolean program = Fields.TYPE_PROGRAM.equals(type);
    List<Integer> matching;
    if (program && sheetYears.containsKey(id)) {
      matching = List.copyOf(sheetYears.get(id));
    } else {
      matching = years.stream().filter(y -> y >= bounds[0] && y <= bounds[1]).toList();
    }
    String url = program ? SiteUrls.program(id) : SiteUrls.document(id);
    Snippet snippet = Snippets.make(d.get(Fields.TEXT), parts, terms);
    return new SearchHit(type, id, d.get(Fields.TITLE), d.get(Fields.MINISTRY), years, matching, url, sd.score, snippet,
        d.get(Fields.NUMBER));
  }

  /** How many items are in the index, sheets included. */
  public int size() {
    return reader.numDocs();
  }

  /** The query understanding of this index (its ministries, words and synonyms). */
  Queries queries() {
    return queries;
  }

  /** This index's query understanding with other synonyms (none, say). */
  Queries queries(Synonyms synonyms) {
    return new Queries(ministries, vocabulary, synonyms, sheets);
  }

  /** The words of this index that queries are cut into. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** For the next layers (MoreLikeThis, measurements): the searcher over the open reader. */
  IndexSearcher indexSearcher() {
    return searcher;
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
