package org.seisaku.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.LinkRule;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;

class MentionLinkerTest {

  static ProgramYear year(String ministry, int fy, String name) {
    return new ProgramYear("content:budget/" + fy + ".csv#" + fy + ":" + name, FiscalYear.of(fy), ministry, name, List.of(),
        Provenance.ofLine("content", "budget/" + fy + ".csv", 2), SourceIds.NONE, null);
  }

  static Program program(String id, String ministry, String... names) {
    List<ProgramYear> years = new ArrayList<>();
    for (int i = 0; i < names.length; i++) years.add(year(ministry, 2010 + i, names[i]));
    return new Program(id, ministry, years, Map.of(), null);
  }

  static Program curated(String id, String ministry, String name, List<String> aliases, String... yearNames) {
    List<ProgramYear> years = new ArrayList<>();
    for (int i = 0; i < yearNames.length; i++) years.add(year(ministry, 2010 + i, yearNames[i]));
    return new Program(id, ministry, years, Map.of(), new CuratedProgram(id, name, ministry, aliases, List.of(), null, 1));
  }

  static Document doc(String title, String markdown) {
    return new Document("d", title, "soumu", FiscalYear.of(2012), null, "概要", null, List.of(), markdown,
        Provenance.ofLine("content", "documents/d.md", 1), null);
  }

  static final Function<String, String> HREF = id -> "../../programs/" + id + "/index.html";

  final MentionLinker linker = new MentionLinker(List.of(
      program("teijuu", "soumu", "定住自立圏構想推進費"),
      program("junkan", "soumu", "地域経済循環創造事業"),
      program("junkan-koufu", "soumu", "地域経済循環創造事業交付金"),
      program("ict", "soumu", "ＩＣＴ地域活性化事業"),
      program("kaizoku", "soumu", "インターネット上の\n海賊版サイト対策に係る検討経費"),
      program("q-and-a", "soumu", "Q&A<窓口>運営事業")));

  @Test
  void longestMatchWinsAndInnerNameDoesNotCount() {
    assertEquals(List.of("junkan-koufu"), linker.mentions(doc("概要", "地域経済循環創造事業交付金を拡充する。")));
    assertEquals(List.of("junkan", "junkan-koufu"),
        linker.mentions(doc("概要", "地域経済循環創造事業交付金と、別に地域経済循環創造事業。")));
  }

  @Test
  void overlappingNamesTakeTheLeftmost() {
    MentionLinker l = new MentionLinker(List.of(program("ab", "soumu", "農山漁村振興"), program("bc", "soumu", "振興交付金事業")));
    // 農山漁村振興交付金事業: 農山漁村振興 starts first, 振興交付金事業 overlaps it
    assertEquals(List.of("ab"), l.mentions(doc("", "農山漁村振興交付金事業")));
    assertEquals(List.of("bc"), l.mentions(doc("", "地域振興交付金事業")));
  }

  @Test
  void widthAndCaseVariantsMatch() {
    assertEquals(List.of("ict"), linker.mentions(doc("", "ICT地域活性化事業について")));
    assertEquals(List.of("ict"), linker.mentions(doc("", "ｉｃｔ地域活性化事業について")));
    MentionLinker kana = new MentionLinker(List.of(program("g", "soumu", "ガバメントクラウド整備")));
    assertEquals(List.of("g"), kana.mentions(doc("", "ｶﾞﾊﾞﾒﾝﾄｸﾗｳﾄﾞ整備の状況")));
  }

  @Test
  void nameSplitByALineBreakOrSpacesMatches() {
    assertEquals(List.of("kaizoku"), linker.mentions(doc("", "インターネット上の海賊版サイト対策に係る\n検討経費")));
    assertEquals(List.of("teijuu"), linker.mentions(doc("定住自立圏　構想推進費", "")));
    String html = linker.linkHtml("<p>定住自立圏構想\n推進費を計上</p>", HREF, null);
    assertEquals("<p><a href=\"../../programs/teijuu/index.html\" class=\"mention\">定住自立圏構想\n推進費</a>を計上</p>", html);
  }

  @Test
  void linksTheFirstMentionOfEachProgramOnly() {
    String html = linker.linkHtml("<p>定住自立圏構想推進費と地域経済循環創造事業。</p><p>定住自立圏構想推進費の続き</p>", HREF, null);
    assertEquals("<p><a href=\"../../programs/teijuu/index.html\" class=\"mention\">定住自立圏構想推進費</a>と"
        + "<a href=\"../../programs/junkan/index.html\" class=\"mention\">地域経済循環創造事業</a>。</p>"
        + "<p>定住自立圏構想推進費の続き</p>", html);
  }

  @Test
  void neverLinksInsideLinksCodeOrHeadings() {
    String in = "<h2>定住自立圏構想推進費</h2><p><a href=\"x.html\">定住自立圏構想推進費</a> "
        + "<code>地域経済循環創造事業</code></p><pre>地域経済循環創造事業</pre><p>そして定住自立圏構想推進費。</p>";
    String out = linker.linkHtml(in, HREF, null);
    assertEquals("<h2>定住自立圏構想推進費</h2><p><a href=\"x.html\">定住自立圏構想推進費</a> "
        + "<code>地域経済循環創造事業</code></p><pre>地域経済循環創造事業</pre>"
        + "<p>そして<a href=\"../../programs/teijuu/index.html\" class=\"mention\">定住自立圏構想推進費</a>。</p>", out);
  }

  @Test
  void skipsTheOwnProgramAndProgramsWithoutHref() {
    String in = "<p>定住自立圏構想推進費と地域経済循環創造事業</p>";
    assertEquals(in, linker.linkHtml(in, HREF, "teijuu").replaceAll("<a[^>]*>地域経済循環創造事業</a>", "地域経済循環創造事業"));
    assertFalse(linker.linkHtml(in, HREF, "teijuu").contains("teijuu"));
    assertEquals(in, linker.linkHtml(in, id -> null, null));
  }

  @Test
  void specialCharactersArePreservedAndEscaped() {
    String in = "<p title=\"a&quot;b\">A &amp; B &lt;tag&gt; Q&amp;A&lt;窓口&gt;運営事業 &copy; 「定住自立圏構想推進費」</p>";
    String out = linker.linkHtml(in, id -> "p/" + id + "/index.html?a=1&b=\"2\"", null);
    assertEquals("<p title=\"a&quot;b\">A &amp; B &lt;tag&gt; "
        + "<a href=\"p/q-and-a/index.html?a=1&amp;b=&quot;2&quot;\" class=\"mention\">Q&amp;A&lt;窓口&gt;運営事業</a> © 「"
        + "<a href=\"p/teijuu/index.html?a=1&amp;b=&quot;2&quot;\" class=\"mention\">定住自立圏構想推進費</a>」</p>", out);
  }

  @Test
  void genericAmbiguousAndShortNamesAreSkipped() {
    List<Program> ps = new ArrayList<>(List.of(
        program("a", "soumu", "活動経費"),
        program("short", "soumu", "砂防"),
        program("slack", "digital", "Slack"),
        program("dup1", "soumu", "交通安全対策推進経費"),
        program("dup2", "naikaku", "交通安全対策推進経費"),
        program("kansoku", "kishou", "観測データ整備")));
    for (String s : List.of("火山", "地磁気", "海洋", "大気", "雪氷")) ps.add(program("k-" + s, "kishou", s + "観測データ整備事業"));
    ps.add(curated("cur", "soumu", "都市再生推進経費", List.of("都市再生経費")));
    ps.add(program("other", "kokudo", "都市再生推進経費"));
    MentionLinker l = new MentionLinker(ps);
    assertEquals(Optional.empty(), l.programFor("活動経費"));
    assertEquals(Optional.empty(), l.programFor("砂防"));
    assertEquals(Optional.empty(), l.programFor("Slack"));
    assertEquals(Optional.empty(), l.programFor("交通安全対策推進経費"));
    assertEquals(Optional.empty(), l.programFor("観測データ整備"), "contained in five other programs' names");
    assertEquals(Optional.of("k-火山"), l.programFor("火山観測データ整備事業"));
    assertEquals(Optional.of("cur"), l.programFor("都市再生推進経費"), "the curated program wins");
    assertEquals(Optional.of("cur"), l.programFor("都市再生経費"));
    assertEquals(List.of("cur"), l.mentions(doc("", "活動経費、砂防、Slack、交通安全対策推進経費、都市再生推進経費")));
  }

  @Test
  void everyNameOfAProgramMatches() {
    MentionLinker l = new MentionLinker(List.of(
        curated("teijuu", "soumu", "定住自立圏推進事業", List.of("定住自立圏構想（仮称）推進費"), "定住自立圏構想推進費", "定住自立圏推進費")));
    assertEquals(List.of("teijuu"), l.mentions(doc("", "定住自立圏推進費")));
    assertEquals(List.of("teijuu"), l.mentions(doc("", "定住自立圏推進事業")));
    assertEquals(List.of("teijuu"), l.mentions(doc("", "定住自立圏構想推進費")));
    assertEquals(3, l.nameCount(), "the alias with （仮称） is the same name as the first year's");
  }

  @Test
  void agreesWithANaiveSearchOnRandomTexts() {
    String alphabet = "あいうアイウ漢字";
    Random r = new Random(42);
    List<Program> ps = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (names.size() < 40) {
      StringBuilder sb = new StringBuilder();
      int len = 4 + r.nextInt(4);
      for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      if (!names.contains(sb.toString())) names.add(sb.toString());
    }
    for (int i = 0; i < names.size(); i++) ps.add(program(String.format("p%02d", i), "soumu", names.get(i)));
    MentionLinker l = new MentionLinker(ps);
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 60; i++) text.append(alphabet.charAt(r.nextInt(alphabet.length())));
      if (round % 2 == 0) text.insert(r.nextInt(text.length()), names.get(r.nextInt(names.size())));
      // naive leftmost-longest over the names the linker kept
      java.util.TreeSet<String> expected = new java.util.TreeSet<>();
      String t = text.toString();
      for (int i = 0; i < t.length(); ) {
        String best = null;
        for (String n : names) {
          if (l.programFor(n).isPresent() && t.startsWith(n, i) && (best == null || n.length() > best.length())) best = n;
        }
        if (best == null) {
          i++;
        } else {
          expected.add(l.programFor(best).get());
          i += best.length();
        }
      }
      assertEquals(List.copyOf(expected), l.mentions(doc("", t)), t);
    }
  }

  @Test
  void deterministic() {
    String in = "<p>地域経済循環創造事業交付金、地域経済循環創造事業、ICT地域活性化事業</p>";
    String a = linker.linkHtml(in, HREF, null);
    assertEquals(a, new MentionLinker(List.of(
        program("ict", "soumu", "ＩＣＴ地域活性化事業"),
        program("junkan-koufu", "soumu", "地域経済循環創造事業交付金"),
        program("junkan", "soumu", "地域経済循環創造事業"))).linkHtml(in, HREF, null));
    assertTrue(a.contains("class=\"mention\">ICT地域活性化事業</a>"));
  }
}
