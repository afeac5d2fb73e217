package org.seisaku.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown (CommonMark + tables) to safe HTML. One parser and one renderer, built once and shared by threads.
 *
 * <p>Raw HTML in the Markdown is kept only as far as jsoup's {@link Safelist#relaxed()} allows: no
 * {@code script} or {@code style}, no event handler attributes, and links only to http, https and mailto
 * URLs or relative ones ({@code <a href="javascript:…">} loses its href).
 * Thread-safe: the parser and renderer are immutable once built.
 */
public final class Markdown {
  /** A base for resolving relative links while cleaning; it never appears in the output. */
  private static final String BASE = "https://seisaku.invalid/documents/x/";

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Safelist safelist;
  private final OutputSettings output;

  public Markdown() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
    safelist = Safelist.relaxed()
        .removeProtocols("a", "href", "ftp")
        .preserveRelativeLinks(true);
    output = new OutputSettings().prettyPrint(false).charset("UTF-8");
  }

  /**
   * The Markdown as sanitised HTML, headings moved one level down (# → h2 … ##### → h6) because the page
   * title is the page's only h1.
   */
  public String toSafeHtml(String markdown) {
    String html = renderer.render(parser.parse(markdown == null ? "" : markdown));
    org.jsoup.nodes.Document doc = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE));
    doc.outputSettings(output.clone());
    for (Element h : doc.body().select("h1, h2, h3, h4, h5")) {
      h.tagName("h" + (h.normalName().charAt(1) - '0' + 1));
    }
    return doc.body().html();
  }

  /** Cleans HTML with the safelist: what is left can be inserted into a page unescaped. */
  public String sanitize(String html) {
    return Jsoup.clean(html, BASE, safelist, output.clone());
  }
}
