package org.seisaku.serve;

import java.util.Locale;
import java.util.stream.Collectors;
import org.seisaku.diag.Limits;
import org.seisaku.index.QueryText;
import org.seisaku.index.SearchRequest;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;

/**
 * The search parameters as a person or a URL gives them (all text), checked and turned into a
 * {@link SearchRequest}. {@code seisaku search} and {@code GET /api/search} both go through here, so that they
 * accept and refuse the same things with the same messages.
 *
 * <pre>
 *   query     at most {@link Limits#QUERY_CHARS} characters in at most {@link Limits#QUERY_WORDS} words (see
 *             {@link #query}); empty only with a filter (then: every item passing the filters)
 *   ministry  id, name or alias: soumu, 総務省, 厚労省
 *   year      see {@link YearRange}: 2008, 平成20年度, H20, 2008..2012
 *   kind      a budget kind (当初, 補正, initial …) or a document kind (概要, レビューシート …)
 *   limit     1..{@value #MAX_LIMIT}, default {@value SearchRequest#DEFAULT_LIMIT}
 * </pre>
 */
public final class SearchParams {
  public static final int MAX_LIMIT = 1000;

  private SearchParams() {}

  /** A parameter with a value that cannot be used; the message names it and says what would do. */
  public static final class BadParameterException extends IllegalArgumentException {
    public BadParameterException(String message) {
      super(message);
    }
  }

  /**
   * The request for these parameters; null or blank means "not given".
   *
   * @param ministries those of the index ({@code Searcher.ministries()}), to resolve a name or alias to its id;
   *     null to check the other parameters before an index is open (the ministry then counts as given, unresolved)
   * @throws BadParameterException if a value cannot be used
   */
  public static SearchRequest request(String query, String ministry, String year, String kind, String limit,
      Ministries ministries) {
    String q = query(query);
    SearchRequest r = SearchRequest.of(q).withLimit(limit(limit));
    if (!blank(ministry) && ministries != null) r = r.withMinistry(ministryId(ministry.strip(), ministries));
    if (!blank(year)) {
      try {
        YearRange y = YearRange.parse(year);
        r = r.withYears(y.from(), y.to());
      } catch (IllegalArgumentException e) {
        throw new BadParameterException("year: " + e.getMessage());
      }
    }
    if (!blank(kind)) r = r.withKind(kind.strip());
    if (q.isEmpty() && blank(ministry) && blank(year) && blank(kind)) {
      String what = blank(query) ? "nothing to look for" : "'" + query.strip() + "' has nothing to look for (only punctuation)";
      throw new BadParameterException("query: " + what + ": give words, or a ministry, year or kind to list");
    }
    return r;
  }

  /**
   * The query text as the search runs it, checked before any analysis: stripped; refused when longer than
   * {@link Limits#QUERY_CHARS} characters (UTF-16 units, as JavaScript counts) or of more than
   * {@link Limits#QUERY_WORDS} words (runs between whitespace, ASCII or 全角); empty when it holds nothing but
   * spaces, punctuation and symbols ({@link QueryText#isSeparator}), which match nothing and would list everything.
   * search.js ({@code checkQuery}) applies the same rule with the same limits, exported in the static index's head.
   *
   * <pre>
   *   "  協力隊 "         → "協力隊"
   *   "!!! 「」 ・"        → ""                       (as an empty query)
   *   17 words, 257 chars → BadParameterException    "query: too many words: 17 (at most 16)"
   * </pre>
   */
  public static String query(String text) {
    if (text == null) return "";
    String s = text.strip();
    if (s.length() > Limits.QUERY_CHARS) throw tooLong(s.length());
    int words = 0;
    boolean inWord = false;
    boolean searchable = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c);
      if (!space && !inWord) words++;
      inWord = !space;
      if (!space && !QueryText.isSeparator(c)) searchable = true;
    }
    if (words > Limits.QUERY_WORDS) {
      throw new BadParameterException("query: too many words: " + words + " (at most " + Limits.QUERY_WORDS + ")");
    }
    return searchable ? s : "";
  }

  private static BadParameterException tooLong(int length) {
    return new BadParameterException("query: too long: " + String.format(Locale.ROOT, "%,d", length)
        + " characters (at most " + Limits.QUERY_CHARS + ")");
  }

  private static String ministryId(String m, Ministries ministries) {
    return ministries.find(m).map(Ministry::id).orElseThrow(() -> new BadParameterException(
        "ministry: no ministry is called '" + m + "' (an id, name or alias: "
            + ministries.all().stream().limit(3).map(x -> x.id() + ", " + x.name()).collect(Collectors.joining("; "))
            + (ministries.all().size() > 3 ? " …" : "") + ")"));
  }

  /** The number of hits asked for: the default when blank, else 1..{@value #MAX_LIMIT}. */
  static int limit(String limit) {
    if (blank(limit)) return SearchRequest.DEFAULT_LIMIT;
    String s = limit.strip();
    int n;
    try {
      n = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new BadParameterException("limit: '" + limit + "' is not a number (1.." + MAX_LIMIT + ")");
    }
    if (n < 1 || n > MAX_LIMIT) throw new BadParameterException("limit: " + n + " is not in 1.." + MAX_LIMIT);
    return n;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
