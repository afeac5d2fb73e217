package org.seisaku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.seisaku.diag.Limits;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;
import org.seisaku.index.Searcher;
import org.seisaku.model.Ministries;
import org.seisaku.serve.SearchJson;
import org.seisaku.serve.SearchParams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seisaku search}: the Lucene search of the last build, for people (numbered hits with the matches in
 * 【】, then facet counts) or as JSON ({@code --json}, the shape of DESIGN §4, the same as {@code /api/search}).
 */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Search the index of the last build. Years in the query (平成30年度, H30, 2018) filter as --year does; "
        + "\"quoted words\" must match as a phrase. At most " + Limits.QUERY_WORDS + " words and "
        + Limits.QUERY_CHARS + " characters. A word such as -地域 is a query word; for one like -abc, put -- before the query.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for (several arguments are joined with spaces)")
  List<String> words = new ArrayList<>();

  /**
   * Lets a query word begin with '-' ({@code search -地域}): picocli is told to take an argument that is no known
   * option as a query word ({@link Main#commandLine}), and this refuses those that look like a mistyped option
   * ({@code --limt}, {@code -x}: '-' or '--' and an ASCII letter), which {@code --} before the query still allows.
   */
  static void configure(picocli.CommandLine search) {
    search.setUnmatchedOptionsArePositionalParams(true);
  }

  @Option(names = "--index", paramLabel = "DIR", defaultValue = ".seisaku/index", description = "Lucene index folder. Default: ${DEFAULT-VALUE}")
  Path index;

  @Option(names = "--ministry", paramLabel = "M", description = "Only this ministry: id, name or alias (soumu, 総務省, 厚労省)")
  String ministry;

  @Option(names = "--year", paramLabel = "Y|Y1..Y2", description = "Only items of this fiscal year or range: 2008, 平成20年度, H20, 2008..2012")
  String year;

  @Option(names = "--kind", paramLabel = "K", description = "Only this budget kind (当初, 補正, 要求, 執行 …) or document kind (概要, レビューシート …)")
  String kind;

  @Option(names = "--limit", paramLabel = "N", description = "At most N hits (1.." + SearchParams.MAX_LIMIT + "). Default: " + SearchRequest.DEFAULT_LIMIT)
  String limit;

  @Option(names = "--json", description = "Print JSON: {\"total\",\"hits\":[…],\"facets\":{…}}")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    refuseUnknownOptions();
    request(null); // the options that need no index first: a bad --year is a usage error even without an index
    PrintWriter out = spec.commandLine().getOut();
    try (Searcher searcher = SearchIndexes.open(index)) {
      SearchRequest request = request(searcher.ministries());
      SearchResult result;
      try {
        result = searcher.search(request);
      } catch (IllegalArgumentException e) {
        throw new ExitCodes.UsageException(e.getMessage()); // a query too complex for the index
      }
      if (json) out.println(SearchJson.write(result));
      else new SearchText(out, searcher.ministries()).print(request, result);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** An argument before {@code --} that looks like an option is a mistyped one, not a query word. */
  private void refuseUnknownOptions() {
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    int end = original.indexOf("--");
    List<String> beforeEnd = end < 0 ? original : original.subList(0, end);
    for (String w : words) {
      if (looksLikeOption(w) && beforeEnd.contains(w)) {
        throw new ExitCodes.UsageException("unknown option '" + w + "' (to search for a word that begins with '-', put -- "
            + "before the query: seisaku search -- " + w + ")");
      }
    }
  }

  /** '-' or '--' followed by an ASCII letter: {@code -x}, {@code --limt=5}; not {@code -地域}, {@code -2018}, {@code -}. */
  static boolean looksLikeOption(String arg) {
    String rest = arg.startsWith("--") ? arg.substring(2) : arg.startsWith("-") ? arg.substring(1) : null;
    if (rest == null || rest.isEmpty()) return false;
    char c = rest.charAt(0);
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** The request of the options; {@code ministries} null skips --ministry (checked once the index is open). */
  private SearchRequest request(Ministries ministries) {
    try {
      return SearchParams.request(String.join(" ", words), ministry, year, kind, limit, ministries);
    } catch (SearchParams.BadParameterException e) {
      // messages name the parameter ("year: …"); on the command line it is an option, except the query itself
      String m = e.getMessage();
      throw new ExitCodes.UsageException(m.startsWith("query: ") ? m : "--" + m);
    }
  }
}
