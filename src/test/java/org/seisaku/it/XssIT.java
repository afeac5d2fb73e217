package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.testing.Requirements;

/**
 * Issue 9's XSS corpus through the real pages: payloads that call {@code __xss()} or {@code alert()}, or are
 * {@code javascript:} links, planted in every place content reaches the site (site.yml, ministries.yml,
 * programs.yml, CSV cells, front matter, Markdown, every text field of a review sheet), built into a site and
 * loaded in headless Chromium (src/test/js/xss.mjs) — every page of the site and the search page with results and
 * with a payload as the query. None may fire, and no link may point at {@code javascript:}. A control page that
 * does run such payloads proves the trap works.
 */
class XssIT {
  @TempDir Path tmp;

  static final List<String> PAYLOADS = List.of(
      "<script>__xss()</script>",
      "<img src=x onerror=__xss()>",
      "<svg onload=__xss()>",
      "\"><img src=x onerror=__xss()>",
      "'><script>alert(1)</script>",
      "javascript:__xss()",
      "<a href=\"javascript:__xss()\">リンク</a>",
      "<iframe src=\"javascript:__xss()\"></iframe>",
      "<details open ontoggle=__xss()>",
      "</script><script>__xss()</script>",
      "</title><script>__xss()</script>",
      "</textarea><script>__xss()</script>",
      "<input autofocus onfocus=__xss()>",
      "<math><mi xlink:href=\"javascript:__xss()\">x</mi></math>",
      "\"-__xss()-\"",
      "'-alert(1)-'",
      "\\\";__xss();//",
      "\u2028__xss()\u2029",
      "{{constructor.constructor('__xss()')()}}",
      "${__xss()}",
      "<object data=\"javascript:__xss()\">",
      "<body onload=__xss()>",
      "<style>*{background:url(javascript:__xss())}</style>",
      "&lt;script&gt;__xss()&lt;/script&gt;");

  static final String MARKDOWN = """
      [リンク](javascript:__xss())
      [参照]: javascript:__xss()
      ![画像](x" onerror="__xss())
      <div onclick=__xss() onmouseover=__xss()>本文</div>
      <a href="javascript:__xss()">生のリンク</a>
      <https://example.jp/"onmouseover="__xss()>

      | 表 | <img src=x onerror=__xss()> |
      |---|---|
      | <script>__xss()</script> | [x](javascript:alert(1)) |
      """;

  /** A YAML double-quoted scalar of the text. */
  static String yaml(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c == '\u2028') b.append("\\L");
      else if (c == '\u2029') b.append("\\P");
      else b.append(c);
    }
    return b.append('"').toString();
  }

  static String csv(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  @Test
  void noPayloadRunsOnAnyPage() throws Exception {
    Path node = Requirements.node();
    Requirements.chromium();
    Path content = Fixtures.copy("content", tmp.resolve("content"));
    Path judgit = Fixtures.copy("judgit", tmp.resolve("judgit"));
    Path site = tmp.resolve("out/site");
    plant(content, judgit);
    Fixtures.Run build = Fixtures.run("build", "--content", content.toString(), "--out", site.toString(),
        "--index", tmp.resolve("out/index").toString(), "-q");
    assertEquals(0, build.exit(), build.err());

    List<String> pages = new ArrayList<>();
    try (Stream<Path> s = Files.walk(site)) {
      s.filter(p -> p.toString().endsWith(".html")).forEach(p -> pages.add(site.relativize(p).toString()));
    }
    assertTrue(pages.size() > 40, "pages: " + pages.size());
    pages.add("search/index.html?q=" + URLEncoder.encode("植えた事業", StandardCharsets.UTF_8));
    pages.add("search/index.html?q=" + URLEncoder.encode("xss", StandardCharsets.UTF_8));
    pages.add("search/index.html?q=" + URLEncoder.encode("<img src=x onerror=__xss()>", StandardCharsets.UTF_8));
    pages.add("search/index.html?q=" + URLEncoder.encode("\"><svg onload=__xss()>", StandardCharsets.UTF_8)
        + "&ministry=" + URLEncoder.encode("<script>__xss()</script>", StandardCharsets.UTF_8) + "&kind=%3Cb%3E");
    Files.writeString(site.resolve("xss-control.html"), "<!doctype html><title>c</title><img src=x onerror=__xss()>"
        + "<script>alert(1)</script><a href=\"javascript:__xss()\">x</a>");
    pages.add("xss-control.html");

    List<JsonNode> results = Fixtures.browserCheck(node, "xss.mjs", site, pages);
    assertEquals(pages.size(), results.size());
    List<String> fired = new ArrayList<>();
    for (JsonNode r : results) {
      String page = r.get("page").asText();
      int f = r.get("fired").asInt() + r.get("dialogs").asInt() + r.get("scriptLinks").asInt();
      if (page.equals("xss-control.html")) {
        assertTrue(r.get("fired").asInt() >= 1 && r.get("dialogs").asInt() >= 1 && r.get("scriptLinks").asInt() >= 1,
            "the trap catches payloads that run: " + r);
      } else if (f > 0) {
        fired.add(r.toString());
      }
    }
    assertEquals(List.of(), fired);
    // the search page with payload results did show them (as text)
    JsonNode searched = results.stream().filter(r -> r.get("page").asText().contains("q=%E6%A4%8D")).findFirst().orElseThrow();
    assertEquals(0, searched.get("fired").asInt());
  }

  /** Every payload into every place content reaches the site. */
  static void plant(Path content, Path judgit) throws IOException {
    String all = String.join(" ", PAYLOADS);
    Path siteYml = content.resolve("site.yml");
    String s = Files.readString(siteYml, StandardCharsets.UTF_8)
        .replace("title: テスト政策サイト", "title: " + yaml("テスト" + PAYLOADS.get(1)))
        .replace("description: 結合テスト用の小さなサイト", "description: " + yaml("説明" + all));
    Files.writeString(siteYml, s.replace("sources: []", "sources: [judgit:../judgit]"), StandardCharsets.UTF_8);

    StringBuilder ministries = new StringBuilder();
    ministries.append("- id: xss\n  name: ").append(yaml("エックス省" + PAYLOADS.get(0)))
        .append("\n  english: ").append(yaml("X " + all))
        .append("\n  aliases: [").append(yaml("X庁" + PAYLOADS.get(3))).append("]\n  order: 999\n");
    append(content.resolve("ministries.yml"), ministries.toString());

    StringBuilder programs = new StringBuilder();
    StringBuilder rows = new StringBuilder();
    StringBuilder docs = new StringBuilder();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      String name = "植えた事業" + i + " xss " + p;
      rows.append("2012,").append(i % 2 == 0 ? "総務省" : csv("エックス省" + PAYLOADS.get(0))).append(',').append(csv(name))
          .append(",当初,").append(i + 1).append("億円,,").append(i == 0 ? "xss-doc" : "").append(',').append(csv("注 " + p)).append('\n');
      if (i % 4 == 0) {
        programs.append("- id: xss-").append(i).append("\n  name: ").append(yaml(name)).append("\n  ministry: soumu\n  aliases: [")
            .append(yaml("別名" + i + p)).append("]\n  notes: ").append(yaml("メモ " + p)).append('\n');
      }
      if (i < 6) {
        docs.append(p).append('\n');
      }
    }
    append(content.resolve("programs.yml"), programs.toString());
    append(content.resolve("budget/2012.csv"), rows.toString());
    for (int i = 0; i < PAYLOADS.size(); i += 3) {
      Files.writeString(content.resolve("documents/xss-" + (i == 0 ? "doc" : String.valueOf(i)) + ".md"),
          "---\ntitle: " + yaml("文書 xss " + PAYLOADS.get(i)) + "\nkind: " + yaml("概要" + PAYLOADS.get((i + 1) % PAYLOADS.size()))
              + "\nministry: soumu\nfiscal_year: 2012\ndate: 2012-0" + (1 + i % 9) + "-01\nprograms: [" + yaml("植えた事業0 xss " + PAYLOADS.get(0))
              + "]\n---\n本文 " + PAYLOADS.get(i) + "\n\n" + MARKDOWN + "\n" + docs + "\n", StandardCharsets.UTF_8);
    }

    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> sheets = Files.walk(judgit.resolve("data"))) {
      int n = 0;
      for (Path sheet : (Iterable<Path>) sheets.filter(p -> p.toString().endsWith(".json"))::iterator) {
        ObjectNode tree = (ObjectNode) json.readTree(sheet.toFile());
        int k = n++;
        tree.fieldNames().forEachRemaining(f -> { });
        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
          JsonNode v = tree.get(f);
          String p = PAYLOADS.get((k + fields.indexOf(f)) % PAYLOADS.size());
          if (f.equals("事業名")) tree.put(f, v.asText() + " xss " + p);
          else if (f.equals("url")) tree.put(f, "javascript:__xss()");
          else if (v.isTextual() && !f.equals("予算") && !f.equals("府省庁") && !f.startsWith("事業番号") && !f.endsWith("年度")) {
            tree.put(f, v.asText() + p);
          } else if (v.isArray() && v.size() > 0 && v.get(0).isTextual()) {
            ((ArrayNode) v).add(p);
          }
        }
        Files.writeString(sheet, json.writeValueAsString(tree), StandardCharsets.UTF_8);
      }
    }
  }

  static void append(Path file, String text) throws IOException {
    String old = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, old + (old.endsWith("\n") ? "" : "\n") + text, StandardCharsets.UTF_8);
  }
}
