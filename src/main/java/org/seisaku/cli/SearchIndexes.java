package org.seisaku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.seisaku.index.Searcher;

/** Opening the index for {@code search} and {@code serve}, with messages that say what to do. */
final class SearchIndexes {
  private SearchIndexes() {}

  /**
   * The searcher of the index at {@code dir}.
   *
   * @throws ExitCodes.FailureException (exit 3) if there is none, or one of another version: run build
   */
  static Searcher open(Path dir) {
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

  static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    return t.length() > 200 ? t.substring(0, 200) + "…" : t;
  }
}
