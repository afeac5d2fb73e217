package org.seisaku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        + "\"quoted words\" must match as a phrase.")
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for (several arguments are joined with spaces)")
  List<String> words = new ArrayList<>();

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
    request(null); // the options that need no index first: a bad --year is a usage error even without an index
    PrintWriter out = spec.commandLine().getOut();
    try (Searcher searcher = SearchIndexes.open(index)) {
      SearchRequest request = request(searcher.ministries());
      SearchResult result = searcher.search(request);
      if (json) out.println(SearchJson.write(result));
      else new SearchText(out, searcher.ministries()).print(request, result);
    }
    out.flush();
    return ExitCodes.OK;
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
