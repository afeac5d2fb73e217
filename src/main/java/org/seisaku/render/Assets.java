package org.seisaku.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The static files of {@code site-templates/assets/}, from the classpath (folder or jar) or from a folder. */
final class Assets {
  private Assets() {}

  /** The built-in assets, relative path ('/'-separated) → bytes. */
  static SortedMap<String, byte[]> builtIn() throws IOException {
    URL url = Assets.class.getClassLoader().getResource("site-templates/assets");
    if (url == null) return new TreeMap<>();
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("bad resource URL " + url, e);
    }
    if ("jar".equals(uri.getScheme())) {
      FileSystem fs;
      boolean opened = false;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      try {
        return fromFolder(fs.provider().getPath(uri));
      } finally {
        if (opened) fs.close();
      }
    }
    return fromFolder(Path.of(uri));
  }

  /** The files below {@code folder}, relative path → bytes; empty if the folder does not exist. */
  static SortedMap<String, byte[]> fromFolder(Path folder) throws IOException {
    SortedMap<String, byte[]> out = new TreeMap<>();
    if (!Files.isDirectory(folder)) return out;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String rel = folder.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
      try {
        out.put(rel, Files.readAllBytes(f));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read asset " + f, e);
      }
    }
    return out;
  }
}
