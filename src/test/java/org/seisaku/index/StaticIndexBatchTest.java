package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.search.StaticIndex;

/**
 * The browser index's postings are written in batches of shards so that a large index never sits in memory whole:
 * however small the batch, the files are the same as those of one batch.
 */
class StaticIndexBatchTest {
  @TempDir Path tmp;

  @Test
  void batchesOfAnySizeWriteTheSameFiles() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Indexer.write(tmp.resolve("index"), f.corpus(), f.linked());
    SortedMap<String, String> whole = export(Long.MAX_VALUE);
    SortedMap<String, String> tiny = export(1);
    SortedMap<String, String> some = export(2_000);
    long postings = whole.keySet().stream().filter(k -> k.startsWith("search/p/") || k.startsWith("search/s/")).count();
    assertTrue(postings >= 4, "several postings shards: " + postings);
    assertTrue(whole.keySet().stream().anyMatch(k -> k.startsWith("search/p/") && whole.get(k).length() > 40),
        "shards hold postings: " + whole.keySet());
    assertEquals(whole, tiny);
    assertEquals(whole, some);
  }

  private SortedMap<String, String> export(long batch) throws IOException {
    // the export writes its files on every core: a sink that many threads may call at once
    SortedMap<String, String> files = new ConcurrentSkipListMap<>();
    StaticIndex.write(tmp.resolve("index"), (path, bytes) -> {
      if (files.put(path, new String(bytes, StandardCharsets.UTF_8)) != null) throw new IllegalStateException("twice: " + path);
    }, batch);
    return files;
  }
}
