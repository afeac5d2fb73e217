package org.seisaku.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seisaku.config.SiteConfig;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.LinkRule;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;

/** A small hand-made site: three ministries and an 外局, a renamed program with revisions, hostile text. */
final class RenderFixture {
  static final String SHEET_SLUG = "judgit-2010-soumu-0020";
  static final String XSS = "<script>alert(1)</script>";

  private RenderFixture() {}

  static SiteConfig config() {
    return new SiteConfig("政策データ試験サイト", "https://example.jp/seisaku/", "ja", "予算と政策文書の試験用サイト", List.of(), Map.of());
  }

  static Ministries ministries() {
    return new Ministries(List.of(
        new Ministry("soumu", "総務省", "Ministry of Internal Affairs and Communications", List.of("総務"), 10, null, null, null),
        new Ministry("mof", "財務省", "Ministry of Finance", List.of(), 20, null, null, null),
        new Ministry("nta", "国税庁", "National Tax Agency", List.of(), 21, "mof", null, null),
        new Ministry("mlit", "国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism", List.of("国交省"), 30, null, null, null)));
  }

  static BudgetItem item(int fy, BudgetKind kind, String written, int statedIn, Provenance p) {
    // a bare figure ("100") is yen here, as Amount read it before it asked for a unit
    Amount amount = Amount.parse(written.matches(".*[0-9]") ? written + "円" : written);
    return new BudgetItem(new FiscalYear(fy), kind, amount, written, statedIn, null, null, p);
  }

  static Provenance csv(int year, int line) {
    return Provenance.ofLine("content", "budget/" + year + ".csv", line);
  }

  static Provenance sheet(String path, String pointer) {
    return new Provenance("judgit", path, 0, pointer);
  }

  static ProgramYear csvYear(int fy, String ministry, String name, List<BudgetItem> items) {
    return new ProgramYear("content:budget/" + fy + ".csv#" + fy + ":" + name, new FiscalYear(fy), ministry, name, items,
        csv(fy, items.isEmpty() ? 0 : items.get(0).provenance().line()), SourceIds.NONE, null);
  }

  static Program program(String id, String ministry, List<ProgramYear> years, CuratedProgram curated) {
    Map<String, LinkRule> rules = new java.util.TreeMap<>();
    for (int i = 0; i < years.size(); i++) rules.put(years.get(i).key(), i == 0 ? LinkRule.FIRST : LinkRule.NAME);
    return new Program(id, ministry, years, rules, curated);
  }

  static SiteModel model() {
    return model(List.of());
  }

  /** The fixture with extra documents (for hostile slugs). */
  static SiteModel model(List<Document> extraDocuments) {
    String sheetPath = "data/2010/総務省/0020.json";
    ProgramYear t2008 = csvYear(2008, "soumu", "定住自立圏構想推進費", List.of(
        item(2008, BudgetKind.INITIAL, "3.7億円", 2008, csv(2008, 2)),
        item(2008, BudgetKind.SUPPLEMENTARY, "△0.5億円", 2008, csv(2008, 3))));
    ProgramYear t2009 = csvYear(2009, "soumu", "定住自立圏構想推進費", List.of(
        item(2009, BudgetKind.INITIAL, "5億円", 2009, csv(2009, 2))));
    ProgramYear t2010 = new ProgramYear("judgit:" + sheetPath, new FiscalYear(2010), "soumu", "定住自立圏\n推進費", List.of(
        item(2009, BudgetKind.INITIAL, "520百万円", 2010, sheet(sheetPath, "予算[0].当初予算")),
        item(2009, BudgetKind.EXECUTED, "450百万円", 2010, sheet(sheetPath, "予算[0].執行額")),
        item(2010, BudgetKind.INITIAL, "600百万円", 2010, sheet(sheetPath, "予算[1].当初予算")),
        item(2010, BudgetKind.SUPPLEMENTARY, "0", 2010, sheet(sheetPath, "予算[1].補正予算")),
        item(2011, BudgetKind.REQUEST, "700百万円", 2010, sheet(sheetPath, "予算[2].要求額"))),
        new Provenance("judgit", sheetPath, 0, null), SourceIds.NONE, SHEET_SLUG);
    Program teijuu = program("teijuu", "soumu", List.of(t2008, t2009, t2010),
        new CuratedProgram("teijuu", "定住自立圏推進費", "soumu", List.of("定住自立圏構想推進費"), List.of(),
            "2010年度に名称変更。\n\n<b>メモ</b>は文字として表示される。", 3));

    Program xss = program("xss-program", "mof", List.of(csvYear(2009, "mof", XSS, List.of(
        item(2009, BudgetKind.INITIAL, "1億円", 2009, csv(2009, 5))))), null);

    Program part = program("kokuzei-part", "nta", List.of(
        csvYear(2009, "nta", "税務行政の情報化", List.of(item(2009, BudgetKind.INITIAL, "973百万円の内数", 2009, csv(2009, 6)))),
        csvYear(2010, "nta", "税務行政の情報化", List.of(
            item(2010, BudgetKind.INITIAL, "2億円", 2010, csv(2010, 2)),
            item(2010, BudgetKind.REQUEST, "事項要求", 2010, csv(2010, 3))))), null);

    Program road = program("mlit-road", "mlit", List.of(
        csvYear(2008, "mlit", "道路整備事業", List.of(item(2008, BudgetKind.INITIAL, "10億円", 2008, csv(2008, 7)))),
        csvYear(2009, "mlit", "道路整備事業", List.of(item(2009, BudgetKind.INITIAL, "約12億円", 2009, csv(2009, 7)))),
        csvYear(2010, "mlit", "道路整備事業", List.of(item(2010, BudgetKind.INITIAL, "上限3億円", 2010, csv(2010, 7))))), null);

    List<Document> docs = new ArrayList<>(List.of(
        new Document("teijuu-gaiyou", "定住自立圏構想の概要", "soumu", new FiscalYear(2009), LocalDate.of(2009, 4, 1), "概要",
            "javascript:alert(1)", List.of("teijuu"), String.join("\n",
                "# 定住自立圏構想", "", "定住自立圏推進費と道路整備事業について。", "",
                "<script>alert('x')</script>", "",
                "<p onclick=\"alert(2)\">段落</p>", "",
                "[危ないリンク](javascript:alert(3)) と <a href=\"javascript:alert(4)\">生のリンク</a> と [相対リンク](../news-2010/index.html)", "",
                "<img src=\"x.png\" onerror=\"alert(5)\" alt=\"図\">", "",
                "| 年度 | 額 |", "|---|---|", "| 2009 | 5億円 |", ""),
            Provenance.ofLine("content", "documents/teijuu-gaiyou.md", 1), null),
        new Document(SHEET_SLUG, "定住自立圏推進費（2010年度レビューシート）", "soumu", new FiscalYear(2010), null, "レビューシート", null,
            List.of(t2010.key()), "## 事業の目的\n\n定住自立圏の形成を支援する。\n", new Provenance("judgit", sheetPath, 0, null),
            SiteRenderer.JUDGIT_LICENSE),
        new Document("news-2010", "2010年の動き", null, null, LocalDate.of(2010, 6, 1), "通知", "https://example.go.jp/news",
            List.of(), "本文。\n", Provenance.ofLine("content", "documents/news-2010.md", 1), null)));
    docs.addAll(extraDocuments);
    return new SiteModel(config(), ministries(), List.of(part, road, teijuu, xss), docs,
        Map.of("old-teijuu", "teijuu"),
        Map.of("teijuu-gaiyou", List.of("teijuu"), SHEET_SLUG, List.of("teijuu")),
        Map.of("teijuu", List.of("mlit-road")));
  }
}
