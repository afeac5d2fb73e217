package org.seisaku.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

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
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private Searcher(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
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
      return new Searcher(dir, reader);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  public SearchResult search(SearchRequest req) throws IOException {
    Query query = Queries.build(req);
    // count every match exactly, in the same pass (the index is small enough; facets will need the pass anyway)
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(req.limit(), null, Integer.MAX_VALUE));
    long total = top.totalHits.value;
    List<String> parts = Queries.parts(req.query());
    Map<String, Set<String>> terms = Queries.highlightTerms(req.query());
    StoredFields stored = searcher.storedFields();
    TermVectors vectors = reader.termVectors();
    List<SearchHit> hits = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) hits.add(hit(stored.document(sd.doc), sd, vectors, parts, terms));
    return new SearchResult(total, hits);
  }

  private static SearchHit hit(Document d, ScoreDoc sd, TermVectors vectors, List<String> parts,
      Map<String, Set<String>> terms) throws IOException {
    String type = d.get(Fields.TYPE);
    String id = d.get(Fields.ID);
    List<Integer> years = new ArrayList<>();
    for (IndexableField f : d.getFields(Fields.FISCAL_YEAR)) years.add(f.numericValue().intValue());
    String url = (Fields.TYPE_PROGRAM.equals(type) ? "programs/" : "documents/") + id + "/";
    Snippet snippet = Snippets.make(vectors, sd.doc, d.get(Fields.TEXT), parts, terms);
    return new SearchHit(type, id, d.get(Fields.TITLE), d.get(Fields.MINISTRY), years, url, sd.score, snippet);
  }

  /** How many items are in the index, sheets included. */
  public int size() {
    return reader.numDocs();
  }

  /** For the next layers (facets from doc values, MoreLikeThis): the searcher over the open reader. */
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
