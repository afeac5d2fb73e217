package org.seisaku.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.seisaku.index.SearchHit;
import org.seisaku.index.SearchResult;

/**
 * The JSON of a search result, as DESIGN §4 names it; {@code seisaku search --json} prints it and
 * {@code GET /api/search} answers it, byte for byte:
 *
 * <pre>
 * {"total":2,"hits":[{"type":"program","id":"chiiki-okoshi","title":"地域おこし協力隊の推進に要する経費",
 *   "ministry":"soumu","fiscalYears":[2015,2016],"url":"programs/chiiki-okoshi/","score":12.5,
 *   "snippet":"…地域おこし<mark>協力隊</mark>の推進…"}],
 *  "facets":{"ministry":{"soumu":2},"year":{"2015":1,"2016":2},"kind":{"initial":2}}}
 * </pre>
 *
 * <p>{@code title} is plain text (escape it before putting it into HTML); {@code ministry} is an id (null when the
 * item has none); {@code fiscalYears} are Western fiscal years, ascending; {@code url} is relative to the site
 * root; {@code snippet} is HTML: the passage escaped, matches in {@code <mark>} (the text itself may hold 【】, so
 * no plain-text marker is unambiguous). Facet counts are over all matching items, not only the hits returned;
 * keys sorted.
 */
public final class SearchJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private SearchJson() {}

  /** One line of JSON, no trailing newline. */
  public static String write(SearchResult result) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("total", result.total());
      g.writeArrayFieldStart("hits");
      for (SearchHit h : result.hits()) hit(g, h);
      g.writeEndArray();
      g.writeObjectFieldStart("facets");
      facets(g, result);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** {@code {"error":"…"}}: how the API answers a request it cannot serve. */
  public static String error(String message) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("error", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void hit(JsonGenerator g, SearchHit h) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", h.type());
    g.writeStringField("id", h.id());
    g.writeStringField("title", h.title());
    g.writeStringField("ministry", h.ministry());
    g.writeArrayFieldStart("fiscalYears");
    for (int y : h.fiscalYears()) g.writeNumber(y);
    g.writeEndArray();
    g.writeStringField("url", h.url());
    if (h.number() != null) g.writeStringField("number", h.number());
    g.writeNumberField("score", h.score());
    g.writeStringField("snippet", h.snippet().html());
    g.writeEndObject();
  }

  private static void facets(JsonGenerator g, SearchResult result) throws IOException {
    SearchResult.Facets f = result.facets();
    counts(g, "ministry", f.ministry());
    counts(g, "year", f.year());
    counts(g, "kind", f.kind());
  }

  private static void counts(JsonGenerator g, String name, Map<?, Long> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<?, Long> e : counts.entrySet()) g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
    g.writeEndObject();
  }
}
