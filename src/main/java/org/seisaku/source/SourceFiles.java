package org.seisaku.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;

/**
 * How readers find and open input files: only regular files inside their source root, never through a symbolic
 * link, and never more than {@link Limits.FileKind#maxBytes()}.
 *
 * <pre>
 *   documents/a.md                    → read
 *   documents/leak.md → /etc/passwd   → {@code content/documents/leak.md: a symbolic link: not read (…)}, error
 *   documents/shared → ../elsewhere/  → {@code content/documents/shared: a symbolic link: not followed (…)}, warning
 *   budget/huge.csv of 70 MB          → {@code content/budget/huge.csv: too large: 70.0 MB (a budget CSV may have at most 64.0 MB)}
 * </pre>
 *
 * <p>Every link is refused, wherever it points, even inside the root: what a site publishes is exactly the
 * files in its folders, and a message never shows what a link points to. A link whose name is that of an input
 * file (a {@code .md}, {@code .csv}, {@code .json}, {@code .yml}) is an error, since a file the publisher meant
 * to publish is missing; any other link (a folder) is a warning. The root itself, as the user gives it, may be a
 * link.
 */
final class SourceFiles {
  private SourceFiles() {}

  static final String LINK_ADVICE = "seisaku reads only the files inside its source folders; copy the file in instead of linking it";

  /**
   * The regular files under {@code folder} whose names end with {@code ext}, relative to {@code root} with '/'
   * separators, sorted; links are reported and left out. Empty when the folder is absent.
   *
   * @param shown how problems name a path relative to {@code root}
   */
  static List<String> list(Path root, String folder, String ext, Function<String, String> shown, Problems problems) {
    Path base = root.resolve(folder);
    if (Files.isSymbolicLink(base)) {
      problems.error(shown.apply(folder), 0, "a symbolic link: not followed (" + LINK_ADVICE + ")");
      return List.of();
    }
    if (!Files.isDirectory(base, LinkOption.NOFOLLOW_LINKS)) return List.of();
    List<String> files = new ArrayList<>();
    try {
      Files.walkFileTree(base, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
          String rel = root.relativize(p).toString().replace('\\', '/');
          if (a.isSymbolicLink()) {
            if (rel.endsWith(ext)) problems.error(shown.apply(rel), 0, "a symbolic link: not read (" + LINK_ADVICE + ")");
            else problems.warning(shown.apply(rel), 0, "a symbolic link: not followed (" + LINK_ADVICE + ")");
          } else if (a.isRegularFile() && rel.endsWith(ext)) {
            files.add(rel);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path p, IOException e) {
          problems.error(shown.apply(root.relativize(p).toString().replace('\\', '/')), 0, "cannot read: " + e.getMessage());
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.error(shown.apply(folder), 0, "cannot list files: " + e.getMessage());
      return List.of();
    }
    files.sort(null);
    return files;
  }

  /**
   * The bytes of a file, if it is a regular file (not a link) of at most {@code kind}'s size; else a problem
   * naming {@code shown} and empty.
   */
  static Optional<byte[]> read(Path file, Limits.FileKind kind, String shown, Problems problems) {
    if (Files.isSymbolicLink(file)) {
      problems.error(shown, 0, "a symbolic link: not read (" + LINK_ADVICE + ")");
      return Optional.empty();
    }
    // NOFOLLOW_LINKS again at open: a link made after the check above is not followed either
    try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      long size = ch.size();
      if (size > kind.maxBytes()) {
        problems.error(shown, 0, kind.tooLarge(size));
        return Optional.empty();
      }
      try (InputStream in = Channels.newInputStream(ch)) {
        byte[] bytes = in.readNBytes((int) kind.maxBytes() + 1);
        if (bytes.length > kind.maxBytes()) { // grew while read
          problems.error(shown, 0, kind.tooLarge(bytes.length));
          return Optional.empty();
        }
        return Optional.of(bytes);
      }
    } catch (IOException e) {
      problems.error(shown, 0, "cannot read: " + (e.getMessage() == null ? "I/O error" : e.getMessage()));
      return Optional.empty();
    }
  }
}
