package org.seisaku.index;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
    Path target = indexDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    try {
      build(tmp, new IndexDocuments(corpus, linked));
      swap(tmp, target);
    } finally {
      deleteTree(tmp);
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

  private static void swap(Path built, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
      Files.delete(old);
      move(target, old);
    }
    try {
      move(built, target);
    } catch (IOException e) {
      if (old != null) move(old, target);
      throw e;
    }
    if (old != null) deleteTree(old);
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) throw e;
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
