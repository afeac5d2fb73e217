package org.seisaku.serve;

import java.nio.charset.StandardCharsets;

/**
 * The page reload of {@code serve --watch}: served only by the preview server, never written into the site.
 *
 * <pre>
 *   GET /_seisaku/build      → the id of the build being served (text, not cached)
 *   GET /_seisaku/reload.js  → polls /_seisaku/build once a second; reloads the page when the id differs from the
 *                              one the page was served with
 *   every HTML page served   gets {@code <script src="/_seisaku/reload.js" data-build="ID" defer></script>}
 *                            before its {@code </body>}
 * </pre>
 *
 * <p>Polling rather than a held connection (Server-Sent Events): an open tab then takes a worker for a moment once
 * a second, never one for as long as it stays open, and the server's connection cap and timeouts apply unchanged.
 */
public final class LiveReload {
  /** The path prefix of the reload's requests. */
  public static final String PREFIX = "/_seisaku/";
  static final String BUILD = PREFIX + "build";
  static final String SCRIPT = PREFIX + "reload.js";
  private static final String JS = """
      (function () {
        var s = document.currentScript, served = s && s.getAttribute("data-build");
        function poll() {
          fetch("/_seisaku/build", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (b) {
        b = b.trim();
            if (served && b && b !== served) location.reload(); else setTimeout(poll, 1000);
          }, function () { setTimeout(poll, 2000); });
        }
        setTimeout(poll, 1000);
      })();
      """;

  private volatile String build;

  /** @param build the id of the build served now */
  public LiveReload(String build) {
    this.build = build;
  }

  /** A new build is being served: open pages reload. */
  public void built(String id) {
    this.build = id;
  }

  public String build() {
    return build;
  }

  /** The body of a {@link #PREFIX} request, or null when there is no such path. */
  byte[] answer(String path) {
    if (BUILD.equals(path)) return (build + "\n").getBytes(StandardCharsets.UTF_8);
    if (SCRIPT.equals(path)) return JS.getBytes(StandardCharsets.UTF_8);
    return null;
  }

  /** The content type of a {@link #PREFIX} path that {@link #answer} answers. */
  static String type(String path) {
    return SCRIPT.equals(path) ? "text/javascript; charset=utf-8" : "text/plain; charset=utf-8";
  }

  /** An HTML page with the reload script before its last {@code </body>} (at its end if it has none). */
  byte[] inject(byte[] html) {
    String page = new String(html, StandardCharsets.UTF_8);
    String tag = "<script src=\"" + SCRIPT + "\" data-build=\"" + attribute(build) + "\" defer></script>";
    int at = page.lastIndexOf("</body>");
    String out = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** A build id is hex digits; anything else is dropped rather than trusted inside an attribute. */
  private static String attribute(String s) {
    return s == null ? "" : s.replaceAll("[^0-9A-Za-z-]", "");
  }
}
