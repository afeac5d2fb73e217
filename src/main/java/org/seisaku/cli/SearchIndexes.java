package org.seisaku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seisaku.index.Searcher;
import org.seisaku.io.OutputCommit;
import org.seisaku.io.OutputMarker;

/** Opening the index for {@code search} and {@code serve}, with messages that say what to do. */
final class SearchIndexes {
  private SearchIndexes() {}

  /**
   * The searcher of the index at {@code dir}.
   *
   * @throws ExitCodes.FailureException (exit 3) if there is none, or one of another version: run build
   */
  static Searcher open(Path dir) {
    recover(dir, OutputMarker.Kind.INDEX);
    if (!Files.isDirectory(dir)) {
      throw new ExitCodes.FailureException("no search index at " + dir + ": run `seisaku build` first (or give --index DIR)");
    }
    try {
      return Searcher.open(dir);
    } catch (IOException | RuntimeException e) {
      String why = oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      throw new ExitCodes.FailureException(why.contains(dir.toString())
          ? why + " (run `seisaku build`)"
          : "cannot use the search index at " + dir + " (" + why + "): run `seisaku build` to write it again");
    }
  }

  /**
   * Finishes (or undoes) a build that was interrupted while it replaced {@code dir} and the folders committed with
   * it ({@link OutputCommit#recover}), so that the site and the index opened are of one build. A build still
   * running is left alone.
   *
   * @throws ExitCodes.FailureException (exit 3) if the interrupted commit cannot be finished
   */
  static void recover(Path dir, OutputMarker.Kind kind) {
    try {
      OutputCommit.recover(dir, kind);
    } catch (OutputCommit.BusyException e) {
      // a build is committing right now: it finishes on its own
    } catch (IOException | RuntimeException e) {
      throw new ExitCodes.FailureException("cannot finish the interrupted build of " + dir + ": "
          + oneLine(String.valueOf(e.getMessage())));
    }
  }

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }
}
