package org.seisaku.search;

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
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;
import org.seisaku.render.SiteModel;

/** A small hand-made site for the search tests (Java and src/test/js/search.test.js expect exactly this). */
final class SearchFixture {
  private SearchFixture() {}

  static final SiteConfig CONFIG = new SiteConfig("政策テスト", "https://example.jp/", "ja", null, List.of(), Map.of());

  static final Ministries MINISTRIES = new Ministries(List.of(
      new Ministry("soumu", "総務省", "MIC", List.of("総務"), 10, null, null, null),
      new Ministry("mlit", "国土交通省", "MLIT", List.of("国交省", "国土交通"), 20, null, null, null),
      new Ministry("cfa", "こども家庭庁", "CFA", List.of(), 30, null, 2023, null)));

  static BudgetItem item(int fy, BudgetKind kind, long yen, String path) {
    return new BudgetItem(FiscalYear.of(fy), kind, Amount.exact(yen), Long.toString(yen), fy, null, null,
        Provenance.ofLine("content", path, 2));
  }

  static ProgramYear csv(int fy, String ministry, String name, BudgetItem... items) {
    String path = "budget/" + fy + ".csv";
    return new ProgramYear("content:" + path + "#" + fy + ":" + name, FiscalYear.of(fy), ministry, name, List.of(items),
        Provenance.ofLine("content", path, 2), SourceIds.NONE, null);
  }

  static ProgramYear sheet(int fy, String ministry, String name, String slug, BudgetItem... items) {
    String path = "data/" + fy + "/" + ministry + "/" + slug + ".json";
    return new ProgramYear("judgit:" + path, FiscalYear.of(fy), ministry, name, List.of(items),
        Provenance.ofLine("judgit", path, 0), SourceIds.NONE, slug);
  }

  static Program program(String id, String ministry, CuratedProgram curated, ProgramYear... years) {
    return new Program(id, ministry, List.of(years), Map.of(), curated);
  }

  static Document doc(String slug, String title, String ministry, Integer fy, String kind, String markdown) {
    boolean sheet = slug.startsWith("judgit-");
    return new Document(slug, title, ministry, fy == null ? null : FiscalYear.of(fy), null, kind, null, List.of(), markdown,
        Provenance.ofLine(sheet ? "judgit" : "content", sheet ? "data/x.json" : "documents/" + slug + ".md", 1),
        sheet ? "行政事業レビューシートLOD (judgit/data), CC BY 4.0" : null);
  }

  static SiteModel model() {
    List<Program> programs = new ArrayList<>(List.of(
        program("chiiki-okoshi", "soumu",
            new CuratedProgram("chiiki-okoshi", "地域おこし協力隊推進事業", "soumu", List.of("地域おこし協力隊推進費"), List.of(), null, 3),
            csv(2015, "soumu", "地域おこし協力隊推進費", item(2015, BudgetKind.INITIAL, 300_000_000L, "budget/2015.csv")),
            sheet(2019, "soumu", "地域おこし協力隊推進事業", "judgit-2019-soumu-0100",
                item(2018, BudgetKind.INITIAL, 500_000_000L, "data/2019/soumu/0100.json"))),
        program("douro", "mlit", null,
            csv(2010, "mlit", "道路整備事業", item(2010, BudgetKind.INITIAL, 1_000_000_000L, "budget/2010.csv")),
            csv(2012, "mlit", "道路整備事業", item(2012, BudgetKind.SUPPLEMENTARY, 200_000_000L, "budget/2012.csv")),
            csv(2023, "mlit", "道路整備事業", item(2023, BudgetKind.INITIAL, 900_000_000L, "budget/2023.csv"))),
        program("jidou", "cfa", null,
            csv(2023, "cfa", "児童扶養\n手当", item(2023, BudgetKind.INITIAL, 170_000_000_000L, "budget/2023.csv"))),
        program("teijuu", "soumu", null,
            csv(2008, "soumu", "定住自立圏構想推進費", item(2008, BudgetKind.INITIAL, 370_000_000L, "budget/2008.csv")),
            sheet(2019, "soumu", "定住自立圏構想推進費", "judgit-2019-soumu-0020",
                item(2018, BudgetKind.INITIAL, 400_000_000L, "data/2019/soumu/0020.json"),
                item(2018, BudgetKind.EXECUTED, 380_000_000L, "data/2019/soumu/0020.json"),
                item(2020, BudgetKind.REQUEST, 420_000_000L, "data/2019/soumu/0020.json"))),
        program("teijuu-kenkyu", "soumu", null,
            csv(2012, "soumu", "定住自立圏研究会経費", item(2012, BudgetKind.INITIAL, 10_000_000L, "budget/2012.csv")))));
    List<Document> documents = List.of(
        doc("douro-hosei", "平成24年度補正予算の概要", "mlit", 2012, "概要", "# 概要\n\n道路の防災・減災対策を進める。\n"),
        doc("judgit-2019-soumu-0020", "定住自立圏構想推進費", "soumu", 2019, "レビューシート",
            "## 事業目的\n\nＩＣＴを活用し定住自立圏の形成を推進する。\n\n## 事業概要\n\n中心市と近隣市町村が連携する。\n"),
        doc("judgit-2019-soumu-0100", "地域おこし協力隊推進事業", "soumu", 2019, "レビューシート",
            "## 事業目的\n\n都市から地方への移住を促す。\n"),
        doc("teijuu-gaiyou", "定住自立圏構想の概要", "soumu", 2009, "概要",
            "地域おこし協力隊と連携し、[定住自立圏](https://example.jp/x)を**形成**する。\n"));
    return new SiteModel(CONFIG, MINISTRIES, programs, documents, Map.of(),
        Map.of("judgit-2019-soumu-0020", List.of("teijuu"), "judgit-2019-soumu-0100", List.of("chiiki-okoshi")), Map.of());
  }
}
