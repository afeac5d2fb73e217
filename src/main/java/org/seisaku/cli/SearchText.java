package org.seisaku.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.seisaku.index.SearchHit;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;

/**
 * The people's form of a search result:
 *
 * <pre>
 *  1. 地域おこし協力隊の推進に要する経費
 *     総務省 · 2015–2023年度 · programs/chiiki-okoshi/
 *     …都市地域から過疎地域等に移住して地域おこし【協力隊】として活動する…
 *
 * ministry: 総務省 12 · 内閣府 1
 * year: 2015 3 · 2016 4 …
 * kind: 当初 10 · 概要 2
 * 2 of 13 hits
 * </pre>
 */
final class SearchText {
  private final PrintWriter out;
  private final Function<String, String> ministryName;

  SearchText(PrintWriter out, Function<String, String> ministryName) {
    this.out = out;
    this.ministryName = ministryName;
  }

  void print(SearchRequest request, SearchResult result) {
    if (result.hits().isEmpty()) {
      out.println("no hits for '" + request.query() + "'" + (filtered(request) ? " with these filters" : ""));
      return;
    }
    int width = String.valueOf(result.hits().size()).length();
    int n = 0;
    for (SearchHit h : result.hits()) {
      n++;
      String pad = " ".repeat(width + 2);
      out.println(String.format(Locale.ROOT, "%" + width + "d. %s", n, h.title()));
      List<String> about = new ArrayList<>();
      if (h.ministry() != null) about.add(ministryName.apply(h.ministry()));
      if (!h.fiscalYears().isEmpty()) about.add(years(h.fiscalYears()));
      if ("document".equals(h.type())) about.add("document");
      about.add(h.url());
      out.println(pad + String.join(" · ", about));
      String snippet = h.snippet().marked("【", "】").strip();
      if (!snippet.isEmpty()) out.println(pad + snippet);
    }
    out.println();
    out.println(result.hits().size() + " of " + result.total() + (result.total() == 1 ? " hit" : " hits"));
  }

  private static boolean filtered(SearchRequest r) {
    return r.ministryId() != null || r.yearFrom() != null || r.yearTo() != null || r.kind() != null;
  }

  /** Ascending years as runs: [2008, 2012, 2013, 2014] → 「2008、2012–2014年度」. */
  static String years(List<Integer> years) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) j++;
      if (b.length() > 0) b.append('、');
      b.append(years.get(i));
      if (j > i) b.append('–').append(years.get(j));
      i = j + 1;
    }
    return b.append("年度").toString();
  }
}
