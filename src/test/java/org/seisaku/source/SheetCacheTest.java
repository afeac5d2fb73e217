package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Problems;

/** A read through the cache gives what a fresh read gives, after edits, deletions and bad files alike. */
class SheetCacheTest {
  @TempDir Path tmp;

  private List<Path> sheets(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Sets every file's time a minute back: the cache keeps no file modified just now. */
  private void age(Path root) throws IOException {
    for (Path p : sheets(root)) Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
  }

  private static String read(Path root, SheetCache cache, Problems problems) {
    JudgitData d = JudgitReader.read(root, JudgitReaderTest.MINISTRIES, problems, cache);
    return d.programYears().toString() + d.documents();
  }

  @Test
  void aCachedReadEqualsAFreshOne() throws IOException {
    Path root = tmp.resolve("judgit");
    try (Stream<Path> s = Files.walk(JudgitReaderTest.FIXTURE)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = root.resolve(JudgitReaderTest.FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t);
      }
    }
    Files.writeString(root.resolve("data/2019/総務省/9999.json"), "{ not json", StandardCharsets.UTF_8);
    List<Path> files = sheets(root);
    assertEquals(3, files.size(), "fixture sheets: " + files);
    age(root);
    SheetCache cache = new SheetCache();

    Problems first = new Problems();
    String before = read(root, cache, first);
    assertTrue(first.hasErrors(), "the broken sheet is reported");
    assertEquals(files.size(), cache.size());
    Problems again = new Problems();
    assertEquals(before, read(root, cache, again));
    assertEquals(first.sorted(), again.sorted(), "problems reported again from the cache");

    Path renamed = root.resolve("data/2019/総務省/0020.json");
    String text = Files.readString(renamed, StandardCharsets.UTF_8);
    Files.writeString(renamed, text.replace("\"事業名\": \"", "\"事業名\": \"改名"), StandardCharsets.UTF_8);
    Files.delete(root.resolve("data/2023/総務省/2023-総務-22-0015.json"));
    age(root);
    String after = read(root, cache, new Problems());
    assertNotEquals(before, after);
    assertEquals(read(root, null, new Problems()), after, "the same as a read without the cache");
    assertEquals(files.size() - 1, cache.size(), "the deleted sheet is forgotten");
  }
}
