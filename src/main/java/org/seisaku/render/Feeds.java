package org.seisaku.render;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.seisaku.encode.XmlText;

/**
 * {@code sitemap.xml} and {@code feed.xml} (Atom), as strings. Both use absolute URLs from the base URL and
 * canonical folder URLs ({@code https://example.jp/seisaku/programs/x/}). The feed's {@code updated} is the
 * newest entry's date, never the build time, so that identical input gives an identical feed. Every text goes
 * through {@link XmlText}, so no title can make either file ill-formed XML.
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
      sb.append("  <url><loc>").append(XmlText.escape(baseUrl + dir)).append("</loc></url>\n");
    }
    return sb.append("</urlset>\n").toString();
  }

  /** URLs a sitemap file may list (sitemaps.org: 50,000). */
  public static final int SITEMAP_URLS = 50_000;

  /**
   * The sitemap files of these folders: {@code sitemap.xml} alone while they fit in one ({@code max} URLs);
   * beyond that {@code sitemaps/1.xml}, {@code sitemaps/2.xml} … of {@code max} each, and {@code sitemap.xml} a
   * sitemap index naming them, so that its URL stays the one to give search engines. Path → XML, in order.
   */
  public static java.util.SortedMap<String, String> sitemaps(String baseUrl, List<String> dirs, int max) {
    java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
    if (dirs.size() <= max) {
      out.put("sitemap.xml", sitemap(baseUrl, dirs));
      return out;
    }
    StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int i = 0, n = 1; i < dirs.size(); i += max, n++) {
      String path = "sitemaps/" + n + ".xml";
      out.put(path, sitemap(baseUrl, dirs.subList(i, Math.min(dirs.size(), i + max))));
      index.append("  <sitemap><loc>").append(XmlText.escape(baseUrl + path)).append("</loc></sitemap>\n");
    }
    out.put("sitemap.xml", index.append("</sitemapindex>\n").toString());
    return out;
  }

  /** An Atom feed of the entries, which come newest first. */
  public static String atom(Views.Site site, String baseUrl, List<Entry> entries) {
    String updated = entries.isEmpty() ? "1970-01-01T00:00:00Z" : stamp(entries.get(0).date());
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">\n")
        .append("  <title>").append(XmlText.escape(site.title() == null ? "" : site.title())).append("</title>\n");
    if (site.description() != null) sb.append("  <subtitle>").append(XmlText.escape(site.description())).append("</subtitle>\n");
    sb.append("  <id>").append(XmlText.escape(baseUrl)).append("</id>\n")
        .append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(XmlText.escape(baseUrl)).append("\"/>\n")
        .append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(XmlText.escape(baseUrl + "feed.xml")).append("\"/>\n")
        .append("  <updated>").append(updated).append("</updated>\n")
        .append("  <author><name>").append(XmlText.escape(site.title() == null ? "" : site.title())).append("</name></author>\n");
    for (Entry e : entries) {
      sb.append("  <entry>\n")
          .append("    <title>").append(XmlText.escape(e.title())).append("</title>\n")
          .append("    <id>").append(XmlText.escape(e.url())).append("</id>\n")
          .append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(XmlText.escape(e.url())).append("\"/>\n")
          .append("    <updated>").append(stamp(e.date())).append("</updated>\n");
      String summary = String.join(" / ",
          java.util.stream.Stream.of(e.ministry(), e.kind()).filter(s -> s != null && !s.isEmpty()).toList());
      if (!summary.isEmpty()) sb.append("    <summary>").append(XmlText.escape(summary)).append("</summary>\n");
      sb.append("  </entry>\n");
    }
    return sb.append("</feed>\n").toString();
  }

  /** A date as an Atom timestamp at midnight Japan time: 2024-03-01T00:00:00+09:00. */
  static String stamp(LocalDate d) {
    return d + "T00:00:00+09:00";
  }
}
