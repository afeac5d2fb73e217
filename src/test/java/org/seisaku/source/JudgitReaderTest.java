package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SheetRef;
import org.seisaku.model.SourceIds;

class JudgitReaderTest {
  static final Path FIXTURE = Path.of("src/test/resources/fixtures/judgit");
  static final Ministries MINISTRIES = new Ministries(List.of(
      new Ministry("soumu", "総務省", null, List.of("総務"), 1, null, null, null)));

  @Test
  void readsSheetsWithTheirQuirks() {
    Problems p = new Problems();
    JudgitData data = JudgitReader.read(FIXTURE, MINISTRIES, p);
    assertEquals(List.of(), p.sorted());
    assertEquals(List.of("judgit:data/2019/総務省/0020.json", "judgit:data/2023/総務省/2023-総務-22-0015.json"),
        data.programYears().stream().map(ProgramYear::key).toList());
    assertEquals(List.of("judgit-2019-soumu-0020", "judgit-2023-soumu-2023-22-0015"),
        data.documents().stream().map(Document::slug).toList());

    ProgramYear py = data.programYears().get(1);
    assertEquals("地域経済循環創造事業交付金\n（ローカル10,000プロジェクト）", py.name()); // the line break is kept
    assertEquals(FiscalYear.of(2023), py.fiscalYear());
    assertEquals(new SourceIds(null, "2023-総務-22-0015", null, 2025, List.of()), py.ids()); // null 開始年度, string 終了年度
    assertEquals("judgit-2023-soumu-2023-22-0015", py.documentSlug());
    // 予算 is a Python-literal string: None skipped, a negative figure, figures written as strings
    assertEquals(List.of(
        item(2021, BudgetKind.INITIAL, "500.0", "予算[0].当初予算"),
        item(2021, BudgetKind.SUPPLEMENTARY, "-12.5", "予算[0].補正予算"),
        item(2021, BudgetKind.TOTAL, "488.0", "予算[0].予算計"),
        item(2021, BudgetKind.EXECUTED, "1234", "予算[0].執行額"),
        item(2024, BudgetKind.REQUEST, "510", "予算[1].要求額")), py.items());
    assertEquals(-12_500_000L, py.items().get(1).amount().yen());

    Document doc = data.documents().get(1);
    assertEquals("地域経済循環創造事業交付金（ローカル10,000プロジェクト）", doc.title());
    assertEquals(new Document("judgit-2023-soumu-2023-22-0015", doc.title(), "soumu", FiscalYear.of(2023), null, "レビューシート",
        null, List.of("judgit:data/2023/総務省/2023-総務-22-0015.json"),
        "## 事業目的\n\n地域の資源と資金を活用して雇用を創出する。\n\n## 事業概要\n\n交付金を交付する。\n\n## 実施方法\n\n補助\n\n"
            + "担当部局庁：地域力創造グループ\n",
        Provenance.ofLine("judgit", "data/2023/総務省/2023-総務-22-0015.json", 0),
        "行政事業レビューシートLOD (judgit/data), CC BY 4.0"), doc);
  }

  @Test
  void escapesSheetTextAndKeepsIds() {
    Problems p = new Problems();
    JudgitData data = JudgitReader.read(FIXTURE, MINISTRIES, p);
    ProgramYear py = data.programYears().get(0);
    assertEquals(new SourceIds(4264, "0020", 2014, null, List.of(new SheetRef("総務省", "0019", 2018))), py.ids());
    assertEquals(7, py.items().size());
    assertEquals(item2019("135.0", 2018, BudgetKind.INITIAL, "予算[0].当初予算"), py.items().get(0));
    String md = data.documents().get(0).markdown();
    assertTrue(md.contains("## 事業概要\n\n全国サミット \\<b\\>等\\</b\\> を開催 \\& 周知 \\*重点\\* \\_研修\\_ \\#1\\\n\\- 箇条\\\n1\\. 番号\n\n"), md);
    assertTrue(md.endsWith("## 主要施策\n\n地方創生\n\n担当部局庁：自治行政局　担当課室：地域自立応援課　開始年度：2014年度（平成26年度）\n"), md);
  }

  @Test
  void reportsBrokenFilesAndGoesOn(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("data/2023/総務省"));
    Files.writeString(dir.resolve("2023-総務-22-0099.json"), "{\n  \"公開年度\": 2023,\n  \"事業名\": \"壊れた\"\n  \"府省庁\": \"総務省\"\n}\n");
    Files.writeString(dir.resolve("2023-総務-22-0098.json"), "{\"公開年度\": 2023, \"府省庁\": \"総務省\"}");
    Files.writeString(dir.resolve("2023-総務-22-0097.json"), "{\"事業名\": \"x\", \"府省庁\": \"総務省\"}");
    Files.writeString(dir.resolve("2023-総務-22-0096.json"),
        "{\"公開年度\": 2023, \"事業名\": \"x\", \"府省庁\": \"総務省\", \"予算\": \"[{'年度': 2023, '当初予算': inf}]\"}");
    Files.writeString(dir.resolve("2023-総務-22-0095.json"),
        "{\"公開年度\": 2023, \"事業名\": \"x\", \"府省庁\": \"総務省\", \"予算\": [{\"年度\": 2023, \"当初予算\": \"約1億\"}]}");
    Path other = Files.createDirectories(root.resolve("data/2023/外務省"));
    Files.writeString(other.resolve("2023-外務-22-0001.json"), "{\"公開年度\": 2023, \"事業名\": \"外交\", \"府省庁\": \"外務省\"}");
    Problems p = new Problems();
    JudgitData data = JudgitReader.read(root, MINISTRIES, p);
    String r = root.toString();
    assertEquals(List.of(
        r + "/data/2023/外務省/2023-外務-22-0001.json: warning: unknown ministry '外務省' (not in ministries.yml): sheet skipped",
        r + "/data/2023/総務省/2023-総務-22-0095.json: 予算[0].当初予算: unreadable figure '約1億' (expected a number of 百万円)",
        r + "/data/2023/総務省/2023-総務-22-0096.json: 予算: neither a list nor a readable Python literal: unknown name 'inf' at character 22",
        r + "/data/2023/総務省/2023-総務-22-0097.json: not a review sheet: no readable 公開年度",
        r + "/data/2023/総務省/2023-総務-22-0098.json: not a review sheet: no 事業名",
        r + "/data/2023/総務省/2023-総務-22-0099.json:4: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"),
        p.sorted().stream().map(Problem::toString).toList());
    assertEquals(2, data.programYears().size()); // the sheets with a bad figure are kept without it
  }

  @Test
  void aYearWithEveryFigureZeroStatesNothing(@TempDir Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("data/2023/総務省"));
    // the years before the program began are 0.0 in every column: no budget, not a budget of 0円
    Files.writeString(dir.resolve("2023-総務-新23-0001.json"), "{\"公開年度\": 2023, \"事業名\": \"新しい事業\", \"府省庁\": \"総務省\","
        + " \"開始年度\": 2023, \"予算\": [{\"年度\": 2021, \"当初予算\": 0.0, \"補正予算\": 0.0, \"予算計\": 0.0, \"執行額\": 0.0},"
        + " {\"年度\": 2022, \"当初予算\": 0, \"補正予算\": null, \"予算計\": \"0\", \"執行額\": 0.0},"
        + " {\"年度\": 2023, \"当初予算\": 0.0, \"補正予算\": 90.0, \"予算計\": 90.0, \"執行額\": 0.0},"
        + " {\"年度\": 2024, \"要求額\": 0.0}]}");
    Problems p = new Problems();
    ProgramYear py = JudgitReader.read(root, MINISTRIES, p).programYears().get(0);
    assertEquals(List.of(), p.sorted());
    assertEquals(List.of("2023 INITIAL 0", "2023 SUPPLEMENTARY 90000000", "2023 TOTAL 90000000", "2023 EXECUTED 0"),
        py.items().stream().map(b -> b.fiscalYear().year() + " " + b.kind() + " " + b.amount().yen()).toList(),
        "a row with a non-zero figure keeps its zeros; the all-zero rows of 2021, 2022 and 2024 give nothing");
  }

  @Test
  void reportsAMissingDataFolder(@TempDir Path root) {
    Problems p = new Problems();
    JudgitReader.read(root, MINISTRIES, p);
    assertEquals(List.of(root + ": no data/ folder: a judgit source is a checkout of judgit/data, laid out data/{公開年度}/{府省庁}/{事業番号}.json"),
        p.sorted().stream().map(Problem::toString).toList());
  }

  @Test
  void foldsSlugsToAsciiAndSeparatesCollisions() {
    assertEquals("0020", SheetParser.asciiNumber("0020"));
    assertEquals("2021-20-0001", SheetParser.asciiNumber("2021-総務-20-0001"));
    assertEquals("31-0001", SheetParser.asciiNumber("新31-0001"));
    assertEquals("2022-23-0008", SheetParser.asciiNumber("2022-官房-新23-0008"));
    assertEquals(6, JudgitReader.shortHash("2021-国交-20-0437").length());
    assertTrue(!JudgitReader.shortHash("2021-国交-20-0437").equals(JudgitReader.shortHash("2021-経産-20-0437")));
  }

  private static BudgetItem item(int year, BudgetKind kind, String millions, String pointer) {
    return new BudgetItem(FiscalYear.of(year), kind, Amount.ofMillionYen(new BigDecimal(millions)), millions + "百万円", 2023,
        null, null, new Provenance("judgit", "data/2023/総務省/2023-総務-22-0015.json", 0, pointer));
  }

  private static BudgetItem item2019(String millions, int year, BudgetKind kind, String pointer) {
    return new BudgetItem(FiscalYear.of(year), kind, Amount.ofMillionYen(new BigDecimal(millions)), millions + "百万円", 2019,
        null, null, new Provenance("judgit", "data/2019/総務省/0020.json", 0, pointer));
  }
}
