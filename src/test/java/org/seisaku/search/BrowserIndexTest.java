package org.seisaku.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.render.SiteModel;

class BrowserIndexTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  /** The JSON a file assigns: {@code window.NAME=…;} or {@code …window.NAME[i]=…;}. */
  static JsonNode assigned(Path file) throws IOException {
    String js = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(js.endsWith(";\n"), file.toString());
    int eq = js.lastIndexOf("]=") >= 0 && js.startsWith("window.SEISAKU_DOCS") ? js.lastIndexOf("]=") + 1 : js.indexOf('=');
    return JSON.readTree(js.substring(eq + 1, js.length() - 2));
  }

  @Test
  void writesTheIndexWithEveryField() throws IOException {
    BrowserIndex.Summary summary = BrowserIndex.write(SearchFixture.model(), tmp);
    assertEquals(List.of("index.js", "docs-0.js"), summary.files());
    assertEquals(5, summary.programs());
    assertEquals(4, summary.documents());
    String js = Files.readString(tmp.resolve("search/index.js"));
    assertTrue(js.startsWith("window.SEISAKU_INDEX={\"version\":1,"), js.substring(0, 40));
    assertTrue(js.contains("\"name\":\"総務省\""), "UTF-8, not \\u escapes");
    JsonNode index = assigned(tmp.resolve("search/index.js"));

    assertEquals("nfkc-lower-hiragana-nospace", index.get("normalisation").asText());
    JsonNode mlit = index.get("ministries").get(1);
    assertEquals("mlit", mlit.get("id").asText());
    assertEquals("国土交通省", mlit.get("name").asText());
    assertEquals("[\"国交省\",\"国土交通\"]", mlit.get("aliases").toString());
    assertEquals("[\"mlit\",\"国交省\",\"国土交通\",\"国土交通省\"]", mlit.get("keys").toString());
    assertEquals("[2023,2020,2019,2018,2015,2012,2010,2009,2008]",
        JSON.valueToTree(index.get("years").findValuesAsText("year")).toString().replace("\"", ""));
    assertEquals("2008年度（平成20年度）", index.get("years").get(8).get("label").asText());
    assertEquals("[{\"id\":\"initial\",\"label\":\"当初\"},{\"id\":\"supplementary\",\"label\":\"補正\"},"
        + "{\"id\":\"request\",\"label\":\"要求\"},{\"id\":\"executed\",\"label\":\"執行\"}]", index.get("budgetKinds").toString());
    assertEquals("[\"レビューシート\",\"概要\"]", index.get("documentKinds").toString());

    JsonNode programs = index.get("programs");
    assertEquals(List.of("chiiki-okoshi", "douro", "jidou", "teijuu", "teijuu-kenkyu"), programs.findValuesAsText("id"));
    JsonNode chiiki = programs.get(0);
    assertEquals("programs/chiiki-okoshi/index.html", chiiki.get("url").asText());
    assertEquals("地域おこし協力隊推進事業", chiiki.get("name").asText());
    assertEquals("[\"地域おこし協力隊推進費\"]", chiiki.get("names").toString());
    assertEquals("soumu", chiiki.get("ministry").asText());
    assertEquals("[2015,2018,2019]", chiiki.get("years").toString());
    assertEquals("[\"initial\"]", chiiki.get("kinds").toString());
    assertEquals("地域おこし協力隊推進事業\n地域おこし協力隊推進費", chiiki.get("key").asText());
    assertTrue(chiiki.get("terms").toString().contains("ちいきおこしきょうりょくたい"), chiiki.get("terms").toString());
    JsonNode teijuu = programs.get(3);
    assertEquals("[2008,2018,2019,2020]", teijuu.get("years").toString(), "years of program-years and of their figures");
    assertEquals("[\"initial\",\"request\",\"executed\"]", teijuu.get("kinds").toString());
    assertEquals("[]", teijuu.get("names").toString());
    assertEquals("児童扶養手当", programs.get(2).get("name").asText());

    assertEquals("documents/{slug}/index.html", index.get("documentUrl").asText());
    assertEquals("[\"slug\",\"title\",\"ministry\",\"year\",\"kind\",\"program\",\"excerpt\"]", index.get("documentFields").toString());
    assertEquals("[\"docs-0.js\"]", index.get("shards").toString());
    assertEquals(4, index.get("documentCount").asInt());

    JsonNode docs = assigned(tmp.resolve("search/docs-0.js"));
    assertEquals("[\"douro-hosei\",\"平成24年度補正予算の概要\",\"mlit\",2012,1,-1,\"道路の防災・減災対策を進める。\"]", docs.get(0).toString());
    assertEquals("[\"judgit-2019-soumu-0020\",null,\"soumu\",2019,0,3,\"ictを活用し定住自立圏の形成を推進する。中心市と近隣市町村が連携する。\"]",
        docs.get(1).toString(), "a sheet's title is its program's name: not repeated");
    assertEquals("[\"teijuu-gaiyou\",\"定住自立圏構想の概要\",\"soumu\",2009,1,-1,\"地域おこし協力隊と連携し、定住自立圏を形成する。\"]",
        docs.get(3).toString(), "link targets and emphasis left out of the excerpt");
  }

  @Test
  void sameInputSameBytes() throws IOException {
    BrowserIndex.write(SearchFixture.model(), tmp.resolve("a"));
    BrowserIndex.write(SearchFixture.model(), tmp.resolve("b"));
    for (String f : List.of("search/index.js", "search/docs-0.js")) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(f)), Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
    }
  }

  @Test
  void excerptIsShortNormalisedAndKeepsSurrogatePairsWhole() {
    assertEquals("", BrowserIndex.excerpt(null));
    assertEquals("ab本文", BrowserIndex.excerpt("# 見出し\n\n| a | b |\n|---|---|\n\n本文\n"), "headings and table rules go");
    assertEquals("実現するもの。安全で<確保>", BrowserIndex.excerpt("## 事業目的\n\n実現するもの。\\\n安全で\\<確保\\>"), "no backslashes");
    String many = "𠮷".repeat(30);
    String e = BrowserIndex.excerpt(many);
    assertTrue(e.length() <= BrowserIndex.EXCERPT_LENGTH);
    assertEquals(e, "𠮷".repeat(e.length() / 2));
    assertEquals(BrowserIndex.EXCERPT_LENGTH, BrowserIndex.excerpt("あ".repeat(100)).length());
  }

  @Test
  void lineSeparatorsAreEscapedForOldEngines() throws IOException {
    SiteModel m = SearchFixture.model();
    Ministries ministries = new Ministries(List.of(new Ministry("soumu", "総務省", "MIC", List.of("総務\u2028省"), 1, null, null, null),
        new Ministry("mlit", "国土交通省", "MLIT", List.of("国交\u2029省"), 2, null, null, null)));
    BrowserIndex.write(new SiteModel(m.config(), ministries, m.programs(), m.documents(), m.redirects(), m.documentPrograms(), m.related()), tmp);
    String js = Files.readString(tmp.resolve("search/index.js"));
    assertTrue(js.contains("総務\\u2028省") && js.contains("国交\\u2029省"), js);
    assertTrue(!js.contains("\u2028") && !js.contains("\u2029"));
    assertEquals("総務\u2028省", assigned(tmp.resolve("search/index.js")).get("ministries").get(0).get("aliases").get(0).asText());
  }

  /** 5,000 programs and 15,000 documents (the shared corpus's scale) must stay under 6 MB in all. */
  @Test
  void realisticScaleStaysSmall() throws IOException {
    SiteModel model = synthetic(5000, 15000, new Random(7));
    BrowserIndex.Summary s = BrowserIndex.write(model, tmp);
    long total;
    try (Stream<Path> files = Files.list(tmp.resolve("search"))) {
      total = files.mapToLong(p -> p.toFile().length()).sum();
    }
    assertEquals(total, s.bytes());
    assertEquals(List.of("index.js", "docs-0.js", "docs-1.js", "docs-2.js"), s.files());
    System.out.printf("BrowserIndex: %d programs, %d documents → %,d bytes in %s%n",
        s.programs(), s.documents(), s.bytes(), s.files());
    assertTrue(s.bytes() < 6_000_000, "export too large: " + s.bytes());
  }

  static final String[] WORDS = {"地域", "経済", "循環", "創造", "定住", "自立圏", "構想", "推進", "情報通信", "基盤", "整備",
    "防災", "減災", "道路", "港湾", "河川", "子ども", "子育て", "支援", "交付金", "補助金", "委託費", "調査", "研究", "開発",
    "デジタル", "人材", "育成", "観光", "振興", "国際", "協力", "安全", "対策", "強化", "医療", "介護", "福祉", "環境", "保全"};
  static final String[] ENDINGS = {"事業", "経費", "に必要な経費", "推進費", "交付金", "事業費補助金", "対策費"};
  static final String[] MINISTRY_IDS = {"soumu", "mlit", "cfa"};

  static String phrase(Random r, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) sb.append(WORDS[r.nextInt(WORDS.length)]);
    return sb.toString();
  }

  /** Names of 10–25 characters, 1–9 years each, review-sheet documents with a purpose and an outline. */
  static SiteModel synthetic(int programCount, int documentCount, Random r) {
    List<Program> programs = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    int sheets = 0;
    for (int i = 0; i < programCount; i++) {
      String ministry = MINISTRY_IDS[r.nextInt(MINISTRY_IDS.length)];
      String name = phrase(r, 2 + r.nextInt(3)) + ENDINGS[r.nextInt(ENDINGS.length)];
      String id = String.format("p%05d", i);
      int first = 2010 + r.nextInt(10);
      int span = 1 + r.nextInt(9);
      List<ProgramYear> years = new ArrayList<>();
      for (int y = first; y < first + span && y <= 2023; y++) {
        String yearName = r.nextInt(10) == 0 ? phrase(r, 2) + name : name;
        if (y >= 2015 && sheets < documentCount) {
          String slug = "judgit-" + y + "-" + ministry + "-" + String.format("%04d", i);
          years.add(SearchFixture.sheet(y, ministry, yearName, slug,
              SearchFixture.item(y - 1, BudgetKind.INITIAL, 100_000_000L, "data/x.json"),
              SearchFixture.item(y - 1, BudgetKind.EXECUTED, 90_000_000L, "data/x.json"),
              SearchFixture.item(y + 1, BudgetKind.REQUEST, 110_000_000L, "data/x.json")));
          documents.add(SearchFixture.doc(slug, yearName, ministry, y, "レビューシート",
              "## 事業目的\n\n" + phrase(r, 12) + "を図る。\n\n## 事業概要\n\n" + phrase(r, 20) + "を行う。\n"));
          sheets++;
        } else {
          years.add(SearchFixture.csv(y, ministry, yearName, SearchFixture.item(y, BudgetKind.INITIAL, 100_000_000L, "budget/x.csv")));
        }
      }
      programs.add(new Program(id, ministry, years, Map.of(), null));
    }
    for (int i = documents.size(); i < documentCount; i++) {
      documents.add(SearchFixture.doc(String.format("doc-%05d", i), phrase(r, 3) + "の概要", "soumu", 2010 + r.nextInt(14), "概要",
          phrase(r, 30)));
    }
    documents.sort((a, b) -> a.slug().compareTo(b.slug()));
    return new SiteModel(SearchFixture.CONFIG, SearchFixture.MINISTRIES, programs, documents, Map.of(), Map.of(), Map.of());
  }
}
