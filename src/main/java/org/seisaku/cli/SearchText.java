package org.seisaku.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.seisaku.index.SearchHit;
import org.seisaku.index.SearchRequest;
import org.seisaku.index.SearchResult;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

/**
 * The people's form of a search result: numbered hits (title; ministry, years, the years that matched when they
 * are fewer, and the page; a snippet with the matches in 【】), then the facet counts and the total.
 *
 * <pre>
 *  1. 地域おこし協力隊の推進に要する経費
 *     総務省 · 2015–2023年度 (matching 2019–2020年度) · programs/chiiki-okoshi/
 *     …都市地域から過疎地域等に移住して地域おこし【協力隊】として活動する…
 *
 * ministry: 総務省 12 · 内閣府 1
 * year: 2015 3 · 2016 4 …
 * kind: 当初 10 · 概要 2
 * 1 of 13 hits
 * </pre>
 *
 * Ministries and kinds list the largest counts first, at most {@link #FACET_VALUES} each; years all, in order
 * ({@code --json} has every count).
 */
final class SearchText {
  static final int FACET_VALUES = 12;

  private final PrintWriter out;
  private final Ministries ministries;

  SearchText(PrintWriter out, Ministries ministries) {
    this.out = out;
    this.ministries = ministries;
  }

  void print(SearchRequest request, SearchResult result) {
    if (result.hits().isEmpty()) {
      out.println("no hits for '" + request.query() + "'" + (filtered(request) ? " with these filters" : ""));
      return;
    }
    int width = String.valueOf(result.hits().size()).length();
    String pad = " ".repeat(width + 2);
    int n = 0;
    for (SearchHit h : result.hits()) {
      n++;
      out.println(String.format(Locale.ROOT, "%" + width + "d. %s", n, h.title()));
      List<String> about = new ArrayList<>();
      if (h.ministry() != null) about.add(ministryName(h.ministry()));
      if (!h.fiscalYears().isEmpty()) {
        String years = years(h.fiscalYears());
        if (!h.matchingYears().isEmpty() && !h.matchingYears().equals(h.fiscalYears())) {
          years += " (matching " + years(h.matchingYears()) + ")";
        }
        about.add(years);
      }
      if (h.number() != null) about.add("事業番号 " + h.number());
      if ("document".equals(h.type())) about.add("document");
      about.add(h.url());
      out.println(pad + String.join(" · ", about));
      String snippet = h.snippet().marked("【", "】").strip();
      if (!snippet.isEmpty()) out.println(pad + snippet);
    }
    out.println();
    SearchResult.Facets f = result.facets();
    facet("ministry", f.ministry(), this::ministryName, true);
    facet("year", f.year(), String::valueOf, false);
    facet("kind", f.kind(), SearchText::kindLabel, true);
    if (result.relaxed()) out.println("few items have every word: items with some of them are shown too");
    out.println(result.hits().size() + " of " + result.total() + (result.total() == 1 ? " hit" : " hits"));
  }

  /**
   * One facet on one line.
   *
   * @param largestFirst largest counts first, at most {@link #FACET_VALUES}; else all, in key order (years)
   */
  private <K> void facet(String name, Map<K, Long> counts, Function<K, String> label, boolean largestFirst) {
    if (counts.isEmpty()) return;
    List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
    int shownCount = entries.size();
    if (largestFirst) {
      // ties stay in the map's (sorted) order
      entries.sort(Comparator.comparing((Map.Entry<K, Long> e) -> e.getValue()).reversed());
      shownCount = Math.min(FACET_VALUES, entries.size());
    }
    List<String> shown = new ArrayList<>();
    for (Map.Entry<K, Long> e : entries.subList(0, shownCount)) shown.add(label.apply(e.getKey()) + " " + e.getValue());
    String more = entries.size() > shownCount ? " · … (" + (entries.size() - shownCount) + " more)" : "";
    out.println(name + ": " + String.join(" · ", shown) + more);
  }

  private String ministryName(String id) {
    return ministries.byId(id).map(Ministry::name).orElse(id);
  }

  /** A budget kind's label (initial → 当初); a document kind as it is. */
  static String kindLabel(String kind) {
    for (BudgetKind k : BudgetKind.values()) if (k.json().equals(kind)) return k.label();
    return kind;
  }

  private static boolean filtered(SearchRequest r) {
    return r.ministry() != null || r.yearFrom() != null || r.yearTo() != null || r.kind() != null;
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
