package org.seisaku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.seisaku.io.AtomicFolder;
import org.seisaku.link.LinkResult;
import org.seisaku.source.Corpus;

/**
 * Writes the search index of a build: one Lucene document per program and per document ({@link Fields}).
 *
 * <p>Atomic: the index is built in a temporary sibling of {@code indexDir} ({@code .NAME.tmp-…}) and moved into
 * place only once it is committed. The old index is first renamed to {@code .NAME.old-…} and deleted after the
 * move, so a build that fails leaves the previous index whole; only a crash between the two renames leaves the
 * old index beside the place, under its {@code .old-} name.
 *
 * <p>Deterministic: documents are added in a stable order by one thread and merged into one segment, so the
 * same input gives the same documents with the same ids.
 */
public final class Indexer {
  private Indexer() {}

  /**
   * Replaces the index at {@code indexDir} with one for this corpus and these links.
   *
   * @throws IOException if the index cannot be written; the previous index is then left as it was
   */
  public static void write(Path indexDir, Corpus corpus, LinkResult linked) throws IOException {
    AtomicFolder folder = new AtomicFolder(indexDir);
    String refusal = folder.refusal(Indexer::isIndex, "no Lucene segments file");
    if (refusal != null) throw new IOException(refusal);
    IndexDocuments docs = new IndexDocuments(corpus, linked);
    try {
      folder.write(dir -> {
        try {
          build(dir, docs);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Whether {@code dir} holds a Lucene index (a {@code segments_N} file), i.e. may be replaced by a new one. */
  public static boolean isIndex(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      return false;
    }
  }

  private static void build(Path dir, IndexDocuments docs) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(JapaneseAnalysis.perField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64)
        // merges of neighbouring segments only, one at a time: documents keep the order they were added in
        .setMergePolicy(new LogByteSizeMergePolicy())
        .setMergeScheduler(new SerialMergeScheduler())
        .setCommitOnClose(false);
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      for (Document d : docs.all()) writer.addDocument(d);
      writer.forceMerge(1);
      writer.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION,
          Fields.MINISTRIES_KEY, Fields.ministriesJson(docs.ministries())).entrySet());
      writer.commit();
    }
  }
}
