package org.seisaku.render;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One output file of the site, as a builder describes it before anything is rendered: where it goes, what it
 * reads, whether the sitemap lists it, and how to make its bytes. Listing pages is cheap; {@link PageWriter}
 * renders the bodies, in parallel.
 *
 * <pre>
 *   Page.html(site, "programs/teijuu/", "program.ftlh", "programs", "定住自立圏推進費", reads, () -&gt; view)
 *       → programs/teijuu/index.html, listed in the sitemap, canonical https://example.jp/seisaku/programs/teijuu/
 *   Page.text("sitemap.xml", reads, () -&gt; xml)  → sitemap.xml as UTF-8
 * </pre>
 *
 * @param path the output path, '/'-separated, relative to the site folder
 * @param reads what the body reads
 * @param listed whether the sitemap lists the page (as its folder: {@code programs/teijuu/})
 * @param body makes the bytes; called once, on any thread
 */
public record Page(String path, Reads reads, boolean listed, Body body) {
  /** Makes a page's bytes. */
  @FunctionalInterface
  public interface Body {
    byte[] render(Templates templates);
  }

  /** The folder the sitemap lists for a listed page: {@code programs/teijuu/index.html} → {@code programs/teijuu/}. */
  public String folder() {
    return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
  }

  /**
   * A folder page {@code dir + index.html} made with a template: listed in the sitemap, with its canonical URL.
   * The template and what it includes are added to {@code reads}.
   *
   * @param current the nav item marked as current (home, programs, ministries, years, documents, search, data)
   * @param view the page's view model ({@code page} in the template), made when the page is rendered; may give null
   */
  static Page html(SiteIndex site, String dir, String template, String current, String title, Reads.Builder reads,
      Supplier<Object> view) {
    return templated(site, dir + "index.html", template, SiteIndex.rootOf(dir), current, title, site.baseUrl + dir, true,
        reads, view);
  }

  /** A file made with a template, not in the sitemap and without a canonical URL (404.html, a redirect). */
  static Page file(SiteIndex site, String path, String template, String root, String current, String title,
      Reads.Builder reads, Supplier<Object> view) {
    return templated(site, path, template, root, current, title, null, false, reads, view);
  }

  /** A text file (XML, JSON, CSV) written as UTF-8. */
  static Page text(String path, Reads reads, Supplier<String> text) {
    return new Page(path, reads, false, t -> text.get().getBytes(StandardCharsets.UTF_8));
  }

  private static Page templated(SiteIndex site, String path, String template, String root, String current, String title,
      String canonical, boolean listed, Reads.Builder reads, Supplier<Object> view) {
    for (String t : site.templates.closure(template)) reads.add(Reads.Kind.TEMPLATE, t);
    return new Page(path, reads.build(), listed, templates -> {
      Map<String, Object> data = new LinkedHashMap<>();
      if (canonical != null) data.put("canonical", canonical);
      data.put("site", site.site);
      data.put("root", root);
      data.put("current", current);
      data.put("title", title);
      Object v = view.get();
      if (v != null) data.put("page", v);
      return templates.render(template, data, path).getBytes(StandardCharsets.UTF_8);
    });
  }
}
