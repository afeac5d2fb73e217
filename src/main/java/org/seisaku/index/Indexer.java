package org.seisaku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.seisaku.io.Hashes;
import org.seisaku.io.OutputCommit;
import org.seisaku.io.OutputMarker;
import org.seisaku.io.Workers;
import org.seisaku.link.LinkResult;
import org.seisaku.model.SynonymGroup;
import org.seisaku.source.Corpus;

/**
 * Writes the search index of a build: one Lucene document per program and per document ({@link Fields}).
 *
 * <p>{@link #writeInto} writes into an empty folder, the staging folder of the build's {@link OutputCommit}, which
 * swaps it in together with the site; {@link #write} is the same for a caller with no site (tools and tests), in a
 * commit of its own. The commit's user data carries the schema version, the ministries and the build id.
 *
 * <p>Deterministic: documents are analysed in parts on every core, the parts merged in groups of consecutive parts
 * and the groups merged into one segment in a stable order, so the same input gives the same documents with the same
 * ids.
 */
public final class Indexer {
  private static final Pattern LUCENE_FILE = Pattern.compile("segments_[0-9a-z]+|write\\.lock|_[0-9a-z]+(_[A-Za-z0-9]+_[0-9a-z]+)?\\.[a-z]+");

  private Indexer() {}

  /**
   * Replaces the index at {@code indexDir} with one for this corpus and these links, in a commit of its own.
   *
   * @throws IOException if the index cannot be written or {@code indexDir} may not be replaced; the previous index
   *     is then left as it was
   */
  public static void write(Path indexDir, Corpus corpus, LinkResult linked) throws IOException {
    OutputCommit.Target target = new OutputCommit.Target(OutputMarker.Kind.INDEX, indexDir, Indexer::isIndex01);
    OutputCommit.recover(target.path(), target.kind());
    String refusal = OutputCommit.refusal(target);
    if (refusal != null) throw new IOException(refusal);
    try (OutputCommit commit = OutputCommit.begin(List.of(target))) {
      writeInto(commit.staging(OutputMarker.Kind.INDEX), corpus, linked, () -> "unnamed");
      commit.commit("unnamed");
    }
  }

  /**
   * Writes the index into {@code dir} (a new, empty folder but for its marker), with the build id in its commit
   * data; {@code build} is asked for only when the documents are written, so it may still be computing meanwhile.
   */
  public static void writeInto(Path dir, Corpus corpus, LinkResult linked, Supplier<String> build) throws IOException {
    writeInto(dir, corpus, linked, build, null, "");
  }

  /**
   * As {@link #writeInto(Path, Corpus, LinkResult, Supplier)}, taking from the index {@code previous} (the one
   * published, or null) every part whose documents are the same, instead of analysing them again.
   *
   * @param basis what else a part's analysis depends on (seisaku's version and jar): parts of another basis are not taken
   */
  public static void writeInto(Path dir, Corpus corpus, LinkResult linked, Supplier<String> build, Path previous,
      String basis) throws IOException {
    build(dir, new IndexDocuments(corpus, linked), corpus.synonyms(), build, previous, basis);
  }

  /**
   * Whether {@code dir} is an index as seisaku 0.1 wrote it (it had no marker): only Lucene's files, and a commit
   * whose user data has seisaku's schema key. A folder that merely holds a {@code segments_1} is not.
   */
  public static boolean isIndex01(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      if (!files.allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
          && LUCENE_FILE.matcher(f.getFileName().toString()).matches())) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    try (Directory d = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(d).getUserData().containsKey(Fields.SCHEMA_KEY);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A directory for the build's one-pass reads of an index (the parts being merged, the staged index that the
   * browser index exports): plain reads into buffers rather than the memory-mapped files of {@link FSDirectory#open},
   * which count towards the process's resident memory as they are read (370 MB more at the peak of the whole
   * government's build). What reads the same pages again and again maps them: the search, and the related programs
   * (with plain reads their stage took 62 s instead of 32 s for the whole government, in system calls), and the
   * merge its new norms ({@link #mergeTarget}).
   */
  public static Directory readOnce(Path dir) throws IOException {
    return new NIOFSDirectory(dir);
  }

  /**
   * The directory the parts are merged into: written as any, read as {@link #readOnce} but for the merged norms,
   * which are mapped. Merging postings reads the new segment's norms back at random, a document's norm for each of
   * its postings (to keep each block's competitive impacts); through buffered plain reads that was a {@code pread}
   * per posting or so: 12.4–15.6 s of the shared corpus's postings merge, 5.2–5.5 s with the norms mapped (the whole
   * index mapped: the same). The norms are a few hundred kilobytes, so the resident memory does not grow with them.
   */
  static Directory mergeTarget(Path dir) throws IOException {
    MMapDirectory norms = new MMapDirectory(dir);
    return new FilterDirectory(new NIOFSDirectory(dir)) {
      @Override
      public IndexInput openInput(String name, IOContext context) throws IOException {
        return name.endsWith(".nvd") ? norms.openInput(name, context) : super.openInput(name, context);
      }

      @Override
      public void close() throws IOException {
        try (norms) {
          super.close();
        }
      }
    };
  }

  /** The synonym table of the groups for the documents written so far (see {@link Synonyms#of}). */
  private static Synonyms synonyms(IndexWriter writer, List<SynonymGroup> groups) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return synonyms(reader, groups);
    }
  }

  /**
   * The credits of the synonym dictionaries the index at {@code dir} expands queries with ({@link Synonyms#credits},
   * from its commit data): what the search and data pages show.
   */
  public static List<String> synonymCredits(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      String credits = SegmentInfos.readLatestCommit(d).getUserData().get(Fields.SYNONYM_CREDITS_KEY);
      return credits == null || credits.isEmpty() ? List.of() : List.of(credits.split("\n"));
    }
  }

  /**
   * The synonym table of the groups for the documents of this reader, with the index's kana spellings (see
   * {@link Synonyms#of}, {@link Synonyms#kanaSpellings}).
   */
  static Synonyms synonyms(IndexReader reader, List<SynonymGroup> groups) throws IOException {
    Vocabulary vocabulary = Vocabulary.of(reader);
    List<String> fields = List.of(Fields.pairOf(Fields.TITLE), Fields.pairOf(Fields.TEXT));
    List<SynonymGroup> all = new ArrayList<>(groups);
    all.addAll(Synonyms.kanaSpellings(vocabulary, reader.maxDoc()));
    return Synonyms.of(all, vocabulary, reader.maxDoc(), pair -> {
      try {
        for (String f : fields) if (reader.docFreq(new Term(f, pair)) > 0) return true;
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Documents per part at most: parts are analysed in parallel, each by a writer of its own. */
  static final int PART_DOCS = 2_000;
  /** A part ends after a document whose id hashes to 0 modulo this (so about this many documents to a part). */
  static final int PART_CUT = 128;
  /** The parts, kept in the index folder for the next build: {@code .parts/{digest}/}, each a small Lucene index. */
  public static final String PARTS = ".parts";

  /**
   * Analysis, the bulk of the work, runs on every core: the documents, in their order, are cut into parts, each
   * written by a writer of its own into a folder of its own (at most one part per core at a time, each document made
   * just before it is added, so that the text of only a few is in memory); the parts are then merged in groups and
   * the groups into one segment, in order, so a document's id is its place in the order, as with one writer.
   *
   * <p>Incremental: a part ends after a document whose id hashes to 0 modulo {@link #PART_CUT} (or at
   * {@link #PART_DOCS}), so that adding or removing a document changes the parts around it only; a part is named by
   * the digest of what its documents are made from ({@link IndexDocuments#digestSource}) and the basis, and kept
   * under {@value #PARTS}.
   * A part of the same name in the previous index is taken as it is (its files linked, never written), so one edited
   * document costs the analysis of its part and the merges. The merged index is the same either way.
   *
   * <p>A part's segments are left as its writer flushed them (no merge within a part). Consecutive parts make a
   * group: a group ends after a document whose id hashes to 0 modulo {@link #PART_CUT} × {@link #GROUP_CUT} (so it
   * ends a part too; or at {@link #GROUP_PARTS} parts), named by the digest of its parts' names and kept under
   * {@value #GROUPS}, each its parts' segments merged into one segment in a single pass
   * ({@link IndexWriter#addIndexes(CodecReader...)}), on every core; the index is the groups' segments merged into
   * one in a single pass. An edited document costs the merge of its group (about a thirteenth of the shared corpus's
   * postings) and the merge of 13 segments instead of 114, one a part: 2.1–2.3 s instead of 4.1 s for the shared
   * corpus, most of the difference the merged terms enum's queue of every input segment. One segment, because search
   * over several was much slower: the groups' 13 segments of the shared corpus as the index took the judged queries'
   * p50 from 1.5 to 2.2 ms and p99 from 7–9 to 19–22 ms.
   */
  private static void build(Path dir, IndexDocuments docs, List<SynonymGroup> synonyms, Supplier<String> buildId,
      Path previous, String basis)
      throws IOException {
    List<Object> order = docs.order();
    List<List<Object>> parts = new ArrayList<>();
    java.util.BitSet groupEnds = new java.util.BitSet(); // the parts after which a group ends
    int from = 0;
    for (int i = 0; i < order.size(); i++) {
      int hash = IndexDocuments.idOf(order.get(i)).hashCode();
      if (i + 1 - from >= PART_DOCS || Math.floorMod(hash, PART_CUT) == 0) {
        parts.add(order.subList(from, i + 1));
        from = i + 1;
        if (Math.floorMod(hash, PART_CUT * GROUP_CUT) == 0) groupEnds.set(parts.size() - 1);
      }
    }
    if (from < order.size()) parts.add(order.subList(from, order.size()));
    Path partsDir = dir.resolve(PARTS);
    Files.createDirectories(partsDir);
    Path previousParts = previous == null ? null : previous.resolve(PARTS);
    String[] names = new String[parts.size()];
    Workers.forEach(IntStream.range(0, parts.size()).boxed().toList(), i -> {
      MessageDigest d = Hashes.sha256();
      Hashes.add(d, basis);
      for (Object item : parts.get(i)) docs.digestSource(item, d);
      names[i] = keptOrMade(d, partsDir, previousParts, part -> {
        try (Directory pd = FSDirectory.open(part);
            IndexWriter w = new IndexWriter(pd, config(16).setMergePolicy(NoMergePolicy.INSTANCE))) {
          for (Object item : parts.get(i)) w.addDocument(docs.make(item));
          w.commit(); // as many segments as it flushed: the one merge below reads them all
        }
      });
    });
    StringBuilder partList = new StringBuilder();
    for (int i = 0; i < names.length; i++) partList.append(names[i]).append(' ').append(parts.get(i).size()).append('\n');

    List<List<String>> groups = new ArrayList<>();
    List<String> group = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      group.add(names[i]);
      if (groupEnds.get(i) || group.size() >= GROUP_PARTS || i == names.length - 1) {
        groups.add(group);
        group = new ArrayList<>();
      }
    }
    Path groupsDir = dir.resolve(GROUPS);
    Files.createDirectories(groupsDir);
    Path previousGroups = previous == null ? null : previous.resolve(GROUPS);
    String[] groupNames = new String[groups.size()];
    Workers.forEach(IntStream.range(0, groups.size()).boxed().toList(), g -> {
      MessageDigest d = Hashes.sha256();
      Hashes.add(d, basis);
      for (String part : groups.get(g)) Hashes.add(d, part);
      groupNames[g] = keptOrMade(d, groupsDir, previousGroups,
          target -> merge(groups.get(g).stream().map(partsDir::resolve).toList(), target));
    });

    try (Directory directory = mergeTarget(dir); IndexWriter writer = new IndexWriter(directory, config(64))) {
      // the groups' segments, in order, merged into the index's one segment
      addMerged(writer, Stream.of(groupNames).map(groupsDir::resolve).toList());
      Map<String, String> data = new TreeMap<>(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION,
          Fields.MINISTRIES_KEY, Fields.ministriesJson(docs.ministries())));
      Synonyms table = synonyms(writer, synonyms);
      if (table.size() > 0) data.put(Fields.SYNONYMS_KEY, table.json());
      if (!table.credits().isEmpty()) data.put(Fields.SYNONYM_CREDITS_KEY, String.join("\n", table.credits()));
      data.put(Fields.PARTS_KEY, partList.toString());
      data.put(Fields.BUILD_KEY, buildId.get());
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }

  /** Parts per group at most. */
  static final int GROUP_PARTS = 32;
  /** A group ends after a document whose id hashes to 0 modulo {@link #PART_CUT} times this (about this many parts). */
  static final int GROUP_CUT = 8;
  /** The groups, kept in the index folder for the next build: {@code .groups/{digest}/}, each one segment. */
  public static final String GROUPS = ".groups";

  /** Every segment of the parts at {@code partDirs}, in order, merged into one segment in one pass, in {@code target}. */
  private static void merge(List<Path> partDirs, Path target) throws IOException {
    try (Directory directory = mergeTarget(target); IndexWriter writer = new IndexWriter(directory, config(64))) {
      addMerged(writer, partDirs);
      writer.commit();
    }
  }

  /** Adds every segment of the indexes at {@code dirs}, in order, to {@code writer}, merged into one segment. */
  private static void addMerged(IndexWriter writer, List<Path> dirs) throws IOException {
    List<Directory> opened = new ArrayList<>();
    List<DirectoryReader> readers = new ArrayList<>();
    try {
      List<CodecReader> segments = new ArrayList<>();
      for (Path dir : dirs) {
        Directory d = readOnce(dir);
        opened.add(d);
        DirectoryReader r = DirectoryReader.open(d);
        readers.add(r);
        for (LeafReaderContext leaf : r.leaves()) segments.add((CodecReader) leaf.reader());
      }
      writer.addIndexes(segments.toArray(CodecReader[]::new));
    } finally {
      for (DirectoryReader r : readers) r.close();
      for (Directory d : opened) d.close();
    }
  }

  /**
   * A part or group named by the digest of what it is made from: linked from the previous index's folder of the same
   * kind when that has it whole, else made by {@code make} into {@code dir/name}. Returns the name.
   */
  private static String keptOrMade(MessageDigest digest, Path dir, Path previousDir, Workers.Task<Path> make)
      throws IOException {
    String name = Hashes.hex(digest);
    Path target = dir.resolve(name);
    if (previousDir == null || !link(previousDir.resolve(name), target)) make.run(target);
    return name;
  }

  /**
   * Links the files of a part of the previous index into {@code to}; false (and nothing made) when there is no such
   * part or it is not whole.
   */
  private static boolean link(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) return false;
    List<Path> files;
    try (Stream<Path> s = Files.list(from)) {
      files = s.toList();
    }
    if (files.stream().noneMatch(f -> f.getFileName().toString().startsWith("segments_"))
        || !files.stream().allMatch(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))) {
      return false;
    }
    Files.createDirectories(to);
    try {
      for (Path f : files) Files.createLink(to.resolve(f.getFileName().toString()), f);
    } catch (IOException | UnsupportedOperationException e) {
      OutputCommit.deleteTree(to); // a file system without hard links: analyse the part instead
      return false;
    }
    return true;
  }

  private static IndexWriterConfig config(int ramBufferMb) {
    return new IndexWriterConfig(JapaneseAnalysis.perField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(ramBufferMb)
        // merges of neighbouring segments only, one at a time: documents keep the order they were added in
        .setMergePolicy(new LogByteSizeMergePolicy())
        .setMergeScheduler(new SerialMergeScheduler())
        .setCommitOnClose(false);
  }
}
