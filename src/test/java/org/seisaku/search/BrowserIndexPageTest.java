package org.seisaku.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import java.io.File;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * search.ftlh rendered with the contract's layout macro (site-templates/layout.ftlh when present, else the minimal
 * stand-in in src/test/resources/search/templates).
 */
class BrowserIndexPageTest {

  static Document render() throws Exception {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
      new FileTemplateLoader(new File("site-templates")), new FileTemplateLoader(new File("src/test/resources/search/templates"))}));
    StringWriter w = new StringWriter();
    cfg.getTemplate("search.ftlh").process(Map.of("root", "../", "current", "search", "title", "検索"), w);
    return Jsoup.parse(w.toString());
  }

  @Test
  void theFormIsAGetFormWithLabelledControls() throws Exception {
    Document page = render();
    Element form = page.getElementById("search-form");
    assertNotNull(form);
    assertEquals("index.html", form.attr("action"));
    assertEquals("get", form.attr("method"));
    assertTrue(form.hasAttr("hidden"), "shown by search.js only");
    for (String name : List.of("q", "ministry", "year", "kind")) {
      Element control = form.selectFirst("[name=" + name + "]");
      assertNotNull(control, name);
      assertNotNull(page.selectFirst("label[for=" + control.id() + "]"), "label for " + name);
    }
    assertEquals("polite", page.getElementById("search-results").attr("aria-live"));
    assertEquals("../", page.getElementById("search-app").attr("data-root"));
    assertEquals(List.of("index.js", "../assets/search.js"), page.select("script[src]").eachAttr("src"));
  }

  @Test
  void withoutJavaScriptThePageSaysSoAndLinksToTheLists() throws Exception {
    Document page = render();
    String noscript = page.select("noscript").html();
    assertTrue(noscript.contains("JavaScript が必要"), noscript);
    Document inner = Jsoup.parseBodyFragment(noscript);
    assertTrue(inner.select("a").eachAttr("href").containsAll(
        List.of("../programs/index.html", "../ministries/index.html", "../years/index.html")), noscript);
    assertEquals("検索", page.selectFirst("h1").text());
    assertTrue(page.selectFirst("html").attr("lang").equals("ja"));
  }
}
