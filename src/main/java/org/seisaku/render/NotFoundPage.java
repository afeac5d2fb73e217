package org.seisaku.render;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.seisaku.render.Reads.Kind;

/**
 * {@code 404.html}: served for a missing URL at any depth, so its links start from the base URL's path
 * ({@code /seisaku/programs/index.html}) and it carries the site's stylesheet inline instead of linking it.
 */
final class NotFoundPage implements PageKind {
  static final String STYLESHEET = "site.css";

  /** The stylesheet it inlines. */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.ASSET, STYLESHEET);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.file(ix, "404.html", "404.ftlh", root(ix.baseUrl), "", "ページが見つかりません", reads(), () -> {
      byte[] css = ix.templates.assets().get(STYLESHEET);
      return new Views.NotFoundPage(css == null ? "" : new String(css, StandardCharsets.UTF_8));
    }));
  }

  /** The path of the base URL: https://example.jp/seisaku/ → /seisaku/; "/" when it has none. */
  static String root(String baseUrl) {
    try {
      String path = URI.create(baseUrl).getPath();
      return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
