package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.io.Hashes;
import org.seisaku.io.Manifest;

/**
 * What the browser index's update reads back from the published site must be what the previous build wrote: a
 * published file changed since (by hand, or half-copied) fails the build with its path, never passes into the new one.
 */
class PublishedFilesTest {
  @TempDir Path tmp;

  @Test
  void aPublishedFileIsReadOnlyAsThePreviousBuildWroteIt() throws IOException {
    byte[] shard = "window.SEISAKU[\"p/0\"]={};\n".getBytes(StandardCharsets.UTF_8);
    Path published = tmp.resolve("published");
    Files.createDirectories(published.resolve("search/p"));
    Files.write(published.resolve("search/p/0.js"), shard);
    TreeMap<String, String> files = new TreeMap<>();
    files.put("search/p/0.js", "c" + Hashes.of(shard));
    files.put("search/p/1.js", "c" + Hashes.of(shard)); // listed, but no longer there
    Manifest manifest = new Manifest("basis", "b1", files);
    PageWriter w = new PageWriter(tmp.resolve("staging"), null, null, manifest, published);

    assertTrue(w.hasPublished("search/p/0.js"));
    assertFalse(w.hasPublished("search/p/1.js"), "a file the manifest lists but the folder lacks");
    assertFalse(w.hasPublished("search/p/2.js"), "a file the manifest does not list");
    assertArrayEquals(shard, w.readPublished("search/p/0.js"));

    Files.writeString(published.resolve("search/p/0.js"), "window.SEISAKU[\"p/0\"]={\"x\":[]};\n");
    IOException e = assertThrows(IOException.class, () -> w.readPublished("search/p/0.js"));
    assertTrue(e.getMessage().contains("search/p/0.js") && e.getMessage().contains("is not as the previous build wrote it"),
        e.getMessage());
    assertThrows(IllegalStateException.class, () -> w.keepPublished("search/p/1.js"));
    assertEquals(0, w.outputs().size(), "nothing recorded for a file that could not be kept");
  }
}
