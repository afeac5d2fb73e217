package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.io.FileSink;
import org.seisaku.search.StaticIndex;

/**
 * A build that changed a few documents updates the browser index's postings from the published shards (only the
 * shards of the terms whose postings changed are written again): the files are those of a whole export of the same
 * index, and whenever the update cannot be sure of that (a document added, another basis) the export is whole.
 */
class BrowserIndexUpdateTest {
  @TempDir Path tmp;

  private static final String BASIS = "jar-1";

  /** The standard fixture and 300 documents more, so that the index has several parts. */
  private static IndexFixture fixture(UnaryOperator<String> edit, int extra) {
    IndexFixture f = IndexFixture.standard();
    String[] words = {"地域おこし協力隊", "定住自立圏", "防災", "観光", "道路", "交付金", "研修", "移住", "情報通信基盤", "災害"};
    for (int i = 0; i < 300 + extra; i++) {
      String text = "第" + i + "号の文書。" + words[i % words.length] + "について" + words[(i * 7) % words.length]
          + "と合わせて述べる。";
      String slug = String.format("memo-%03d", i);
      f.markdown(slug, "メモ" + i, i % 2 == 0 ? "soumu" : "cao", 2015 + i % 8, "概要", edit.apply(slug + "\n" + text),
          i % 2 == 0 ? "soumu-kyoryokutai" : "cao-bousai");
    }
    return f;
  }

  private static UnaryOperator<String> editing(String slug, String added) {
    return text -> text.startsWith(slug + "\n") ? text + added : text;
  }

  private Path index(String name, IndexFixture f, Path previous) throws IOException {
    Path dir = tmp.resolve(name);
    Indexer.writeInto(dir, f.corpus(), f.linked(), () -> "build-" + name, previous, BASIS);
    return dir;
  }

  @Test
  void anEditedDocumentRewritesOnlyTheShardsOfItsTermsAndTheFilesAreThoseOfAWholeExport() throws IOException {
    Path published = index("published", fixture(UnaryOperator.identity(), 0), null);
    Path site = tmp.resolve("site");
    StaticIndex.Summary first = StaticIndex.write(published, null, directory(site), BASIS);
    assertFalse(first.updated(), "nothing published before");
    assertTrue(Files.exists(published.resolve(StaticIndex.SAVED)));

    // one document gains words it did not have (one the sheets have too, so its document frequency changes in the
    // sheets' shards) and another loses its text's second word
    UnaryOperator<String> edits = text -> editing("memo-007", "ゆるキャラと地域おこし協力隊の隊員が話した。")
        .apply(editing("memo-123", "").apply(text).replace("memo-123\n第123号の文書。交付金", "memo-123\n第123号の文書。"));
    IndexFixture edited = fixture(edits, 0);
    Path staged = index("staged", edited, published);
    assertTrue(partsOf(staged) > 1, "several parts: " + partsOf(staged));
    Updating sink = new Updating(tmp.resolve("updated"), site);
    StaticIndex.Summary update = StaticIndex.write(staged, published, sink, BASIS);
    assertTrue(update.updated(), "updated from the published shards");
    assertTrue(sink.kept.get() > 0 && sink.rewritten.get() > 0,
        "some shards kept, some written again: " + sink.kept + " kept, " + sink.rewritten + " written");

    String savedByUpdate = Files.readString(staged.resolve(StaticIndex.SAVED));
    Path whole = tmp.resolve("whole");
    StaticIndex.Summary all = StaticIndex.write(staged, null, directory(whole), BASIS);
    assertEquals(files(whole), files(tmp.resolve("updated")));
    assertEquals(all.files(), update.files());
    assertEquals(all.bytes(), update.bytes());
    assertEquals(Files.readString(staged.resolve(StaticIndex.SAVED)), savedByUpdate, "the same sizes saved");
    SortedMap<String, String> before = files(site);
    assertTrue(files(whole).entrySet().stream().anyMatch(e -> e.getKey().startsWith("search/s/")
        && !e.getValue().equals(before.get(e.getKey()))), "a sheets' shard changed (a document frequency)");
    assertTrue(files(whole).entrySet().stream().anyMatch(e -> e.getKey().startsWith("search/p/")
        && !e.getValue().equals(before.get(e.getKey()))), "an items' shard changed");
  }

  @Test
  void anAddedDocumentOrAnotherBasisExportsWhole() throws IOException {
    Path published = index("published", fixture(UnaryOperator.identity(), 0), null);
    Path site = tmp.resolve("site");
    StaticIndex.write(published, null, directory(site), BASIS);

    Path added = index("added", fixture(UnaryOperator.identity(), 1), published);
    StaticIndex.Summary s = StaticIndex.write(added, published, new Updating(tmp.resolve("a"), site), BASIS);
    assertFalse(s.updated(), "a document added renumbers the documents after it");
    StaticIndex.write(added, null, directory(tmp.resolve("a-whole")), BASIS);
    assertEquals(files(tmp.resolve("a-whole")), files(tmp.resolve("a")));

    Path edited = index("edited", fixture(editing("memo-050", "追記。"), 0), published);
    StaticIndex.Summary other = StaticIndex.write(edited, published, new Updating(tmp.resolve("b"), site), "jar-2");
    assertFalse(other.updated(), "sizes saved by another jar are not taken");
    Files.writeString(published.resolve(StaticIndex.SAVED), "{not json");
    StaticIndex.Summary unreadable = StaticIndex.write(edited, published, new Updating(tmp.resolve("c"), site), BASIS);
    assertFalse(unreadable.updated(), "unreadable sizes are not taken");
    assertEquals(files(tmp.resolve("b")), files(tmp.resolve("c")));
  }

  @Test
  void aPublishedShardThatIsNotWhatTheBuildWroteFailsTheUpdateLoudly() throws IOException {
    Path published = index("published", fixture(UnaryOperator.identity(), 0), null);
    Path site = tmp.resolve("site");
    StaticIndex.write(published, null, directory(site), BASIS);
    Path edited = index("edited", fixture(editing("memo-050", "ゆるキャラの追記。"), 0), published);
    // every published postings shard replaced by something else: reading one back must not pass it on
    try (Stream<Path> files = Files.walk(site.resolve("search/p"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) Files.writeString(f, "window.SEISAKU[\"x\"]={};\n");
    }
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
        () -> StaticIndex.write(edited, published, new Updating(tmp.resolve("u"), site), BASIS));
    assertTrue(e.getMessage().contains("not a shard of the browser index"), e.getMessage());
  }

  private static int partsOf(Path index) throws IOException {
    try (Stream<Path> s = Files.list(index.resolve(Indexer.PARTS))) {
      return (int) s.count();
    }
  }

  private static FileSink directory(Path dir) {
    return (relative, bytes) -> {
      Path p = dir.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    };
  }

  /** Writes into {@code out}, with {@code published} as the site it updates (a kept file is copied). */
  private static final class Updating implements FileSink {
    final Path out;
    final Path published;
    final AtomicInteger kept = new AtomicInteger();
    final AtomicInteger rewritten = new AtomicInteger();

    Updating(Path out, Path published) {
      this.out = out;
      this.published = published;
    }

    @Override
    public void write(String relative, byte[] bytes) throws IOException {
      if (relative.startsWith("search/p/") || relative.startsWith("search/s/")) rewritten.incrementAndGet();
      Path p = out.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    }

    @Override
    public boolean hasPublished(String relative) {
      return Files.isRegularFile(published.resolve(relative));
    }

    @Override
    public byte[] readPublished(String relative) throws IOException {
      return Files.readAllBytes(published.resolve(relative));
    }

    @Override
    public long keepPublished(String relative) throws IOException {
      kept.incrementAndGet();
      Path p = out.resolve(relative);
      Files.createDirectories(p.getParent());
      Files.copy(published.resolve(relative), p);
      return Files.size(p);
    }
  }

  private static SortedMap<String, String> files(Path dir) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
