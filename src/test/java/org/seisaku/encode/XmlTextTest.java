package org.seisaku.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.seisaku.render.Feeds;

class XmlTextTest {
  static void assertWellFormed(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void escapesMarkupAndDropsWhatXml10DoesNotAllow() {
    assertEquals("地域 &lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", XmlText.escape("地域 <b> & \"x\" 'y'"));
    assertEquals("ab", XmlText.escape("a\u0001b"));
    assertEquals("ab", XmlText.escape("a\u001B\u0000\u000B\u000Cb"));
    assertEquals("ab", XmlText.escape("a\uFFFE\uFFFFb"));
    assertEquals("ab", XmlText.escape("a\uD800b"));
    assertEquals("ab", XmlText.escape("a\uDC00b"));
    assertEquals("a\t\n\rb😀\u0085", XmlText.escape("a\t\n\rb😀\u0085"));
  }

  @Test
  void everyCharacterGivesAWellFormedDocument() throws Exception {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c < 0x10000; c++) all.append((char) c);
    all.append("😀\uD83D");
    String text = all.toString();
    assertWellFormed("<a t=\"" + XmlText.escape(text) + "\">" + XmlText.escape(text) + "</a>");
  }

  @Test
  void aControlCharacterInATitleLeavesTheFeedAndSitemapWellFormed() throws Exception {
    // issue 9, failure 1: title: "a\x01b" made feed.xml ill-formed
    var site = new org.seisaku.render.Views.Site("サイト\u0001", "説明\u001B[2J", "https://example.jp/\u0002/", List.of());
    String feed = Feeds.atom(site, "https://example.jp/", List.of(
        new Feeds.Entry("https://example.jp/documents/x/", "a\u0001b\uFFFE", LocalDate.of(2024, 1, 1), "総務省\u0007", "概要\u0000")));
    assertWellFormed(feed);
    assertTrue(feed.contains("<title>ab</title>"), feed);
    assertFalse(feed.contains("\u0001"));
    assertWellFormed(Feeds.sitemap("https://example.jp/", List.of("", "documents/a\u0001b/")));
    var split = Feeds.sitemaps("https://example.jp/", List.of("", "a/", "b/", "c/", "d/"), 2);
    assertEquals(List.of("sitemap.xml", "sitemaps/1.xml", "sitemaps/2.xml", "sitemaps/3.xml"), List.copyOf(split.keySet()));
    for (String xml : split.values()) assertWellFormed(xml);
    assertTrue(split.get("sitemap.xml").contains("<sitemapindex") && split.get("sitemap.xml").contains("https://example.jp/sitemaps/3.xml"));
    assertTrue(split.get("sitemaps/3.xml").contains("https://example.jp/d/") && !split.get("sitemaps/3.xml").contains("/c/"));
    assertEquals(List.of("sitemap.xml"), List.copyOf(Feeds.sitemaps("https://example.jp/", List.of("", "a/"), 2).keySet()));
  }
}
