package org.seisaku.render;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * {@code sitemap.xml} and {@code feed.xml} (Atom), as strings. Both use absolute URLs from the base URL and
 * canonical folder URLs ({@code https://example.jp/seisaku/programs/x/}). The feed's {@code updated} is the
 * newest entry's date, never the build time, so that identical input gives an identical feed.
 */
public final class Feeds {
  /** A feed entry: a dated document. */
  public record Entry(String url, String title, LocalDate date, String ministry, String kind) {}

  private Feeds() {}

  /** The sitemap of the given folder pages ("" for the home page, "programs/x/"), in the order given. */
  public static String sitemap(String baseUrl, Collection<String> dirs) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String dir : dirs) {
      sb.append("  <url><loc>").append(BudgetChart.esc(baseUrl + dir)).append("</loc></url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  /** An Atom feed of the entries, which come newest first. */
  public static String atom(Views.Site site, String baseUrl, List<Entry> entries) {
    String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : stamp(entries.get(0).date());
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n")
        .append("  <title>").append(BudgetChart.esc(site.title() == null ? "" : site.title())).append("</title>\n");
    if (site.description() != null) sb.append("  <subtitle>").append(BudgetChart.esc(site.description())).append("</subtitle>\n");
    sb.append("  <id>").append(BudgetChart.esc(baseUrl)).append("</id>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(BudgetChart.esc(baseUrl)).append("\"/>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(BudgetChart.esc(baseUrl + "feed.xml")).append("\"/>\n")
        .append("  <updated>").append(updated).append("</updated>\n")
        .append("  <author><name>").append(BudgetChart.esc(site.title() == null ? "" : site.title())).append("</name></author>\n");
    for (Entry e : entries) {
      sb.append("  <entry>\n")
          .append("    <title>").append(BudgetChart.esc(e.title())).append("</title>\n")
          .append("    <id>").append(BudgetChart.esc(e.url())).append("</id>\n")
          .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(BudgetChart.esc(e.url())).append("\"/>\n")
          .append("    <updated>").append(stamp(e.date())).append("</updated>\n");
      String summary = String.join(" / ",
          java.util.stream.Stream.of(e.ministry(), e.kind()).filter(s -> s != null && !s.isEmpty()).toList());
      if (!summary.isEmpty()) sb.append("    <summary>").append(BudgetChart.esc(summary)).append("</summary>\n");
      sb.append("  </entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  /** A date as an Atom timestamp at midnight Japan time: 2024-03-01T00:00:00+09:00. */
  static String stamp(LocalDate d) {
    return d + "T00:00:00+09:00";
  }
}
