package org.seisaku.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.LinkRule;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SheetRef;
import org.seisaku.model.SourceIds;
import org.seisaku.source.Corpus;

/** The linking rules on hand-made program-years. */
class LinkerTest {
  static final List<Ministry> MINISTRIES = List.of(
      new Ministry("soumu", "総務省", null, List.of("総務"), 160, null, null, null),
      new Ministry("mlit", "国土交通省", null, List.of("国交省"), 240, null, null, null));

  /** A review sheet; figures as {year, 当初, 予算計, 執行} rows in 百万円 (0 = absent執行). */
  static ProgramYear sheet(int year, String ministry, String number, String name, Integer businessId, Integer start,
      List<SheetRef> past, int[]... figures) {
    String m = ministry.equals("soumu") ? "総務省" : "国土交通省";
    String path = "data/" + year + "/" + m + "/" + number + ".json";
    Provenance prov = new Provenance("judgit", path, 0, null);
    List<BudgetItem> items = new ArrayList<>();
    for (int[] f : figures) {
      items.add(item(f[0], BudgetKind.INITIAL, f[1], year, prov));
      items.add(item(f[0], BudgetKind.TOTAL, f[2], year, prov));
      if (f[0] < year) items.add(item(f[0], BudgetKind.EXECUTED, f[3], year, prov));
    }
    return new ProgramYear("judgit:" + path, FiscalYear.of(year), ministry, name, items, prov,
        new SourceIds(businessId, number, start, null, past), "judgit-" + year + "-" + ministry + "-" + number);
  }

  static BudgetItem item(int fy, BudgetKind kind, int millions, int statedIn, Provenance prov) {
    return new BudgetItem(FiscalYear.of(fy), kind, Amount.ofMillionYen(BigDecimal.valueOf(millions)), millions + "百万円", statedIn,
        null, null, prov);
  }

  static ProgramYear sheet(int year, String number, String name, Integer id, Integer start, int[]... figures) {
    return sheet(year, "soumu", number, name, id, start, List.of(), figures);
  }

  static Corpus corpus(List<ProgramYear> years, List<CuratedProgram> curated, List<Document> docs) {
    return new Corpus(null, MINISTRIES, curated, years, docs);
  }

  static LinkResult link(List<ProgramYear> years) {
    return new Linker().link(corpus(years, List.of(), List.of()), PreviousIds.empty(), new Problems());
  }

  static Program programOf(LinkResult r, String key) {
    for (Program p : r.programs()) for (ProgramYear y : p.years()) if (y.key().equals(key)) return p;
    throw new AssertionError("no program holds " + key);
  }

  static boolean together(LinkResult r, ProgramYear a, ProgramYear b) {
    return programOf(r, a.key()).id().equals(programOf(r, b.key()).id());
  }

  @Test
  void normalisedNamesJoinAcrossYearsAndLineBreaks() {
    ProgramYear a = sheet(2019, "0020", "地域おこし協力隊の推進に\n要する経費", 10, 2014);
    ProgramYear b = sheet(2020, "0021", "地域おこし協力隊の推進に要する経費", 99, 2014);
    ProgramYear c = sheet(2021, "2021-総務-20-0019", "「地域おこし協力隊」の推進に要する経費（仮称）", null, null);
    LinkResult r = link(List.of(a, b, c));
    assertEquals(1, r.programs().size());
    Program p = r.programs().get(0);
    assertEquals(LinkRule.FIRST, p.rules().get(a.key()));
    assertEquals(LinkRule.NAME, p.rules().get(b.key()));
    assertEquals(LinkRule.NAME, p.rules().get(c.key()));
    assertEquals("「地域おこし協力隊」の推進に要する経費（仮称）", p.name());
  }

  @Test
  void nameNeedsCompatibleStartYear() {
    ProgramYear a = sheet(2017, "0001", "衆議院議員総選挙に必要な経費", null, 2017);
    ProgramYear b = sheet(2021, "0002", "衆議院議員総選挙に必要な経費", null, 2021);
    assertEquals(2, link(List.of(a, b)).programs().size());
  }

  @Test
  void aStartYearInTheWrongEraStillAgrees() {
    // 緊急消防援助隊の機能強化: 平成16 (2004) on the 2021 sheet, 昭和16 (1941) on the 2022 sheet
    ProgramYear a = sheet(2021, "0170", "緊急消防援助隊の機能強化", null, 2004);
    ProgramYear b = sheet(2022, "0167", "緊急消防援助隊の機能強化", null, 1941);
    assertTrue(together(link(List.of(a, b)), a, b));
    assertEquals(0, Linker.startDistance(2004, 1941));
    assertEquals(0, Linker.startDistance(2023, 1993), "令和5 read as 平成5");
    assertEquals(1, Linker.startDistance(2022, 1930), "令和4 / 昭和5");
    assertEquals(6, Linker.startDistance(2015, 2009));
    assertEquals(0, Linker.startDistance(null, 2009));
    // a start year neither equal nor in the wrong era keeps them apart
    ProgramYear c = sheet(2023, "0030", "緊急消防援助隊の機能強化", null, 2015);
    assertEquals(2, link(List.of(a, c)).programs().size());
  }

  @Test
  void businessIdIsVerifiedAgainstNamesOrFigures() {
    ProgramYear a = sheet(2018, "0071", "ふるさとテレワーク推進事業", 4212, 2014);
    ProgramYear b = sheet(2019, "0072", "電気通信行政情報システムの維持運用", 4212, 1974);
    ProgramYear c = sheet(2019, "0076", "ふるさとテレワーク推進事業", 4244, 2014);
    LinkResult r = link(List.of(a, b, c));
    assertTrue(together(r, a, c));
    assertTrue(!together(r, a, b));
    assertEquals(LinkRule.NAME, programOf(r, c.key()).rules().get(c.key()));

    // a rename with the same 事業ID and restated figures
    ProgramYear d = sheet(2018, "0009", "新たな広域連携の促進に要する経費", 4316, 2014, new int[] {2016, 50, 50, 40}, new int[] {2017, 60, 61, 55});
    ProgramYear e = sheet(2019, "0008", "圏域における広域連携の推進等に要する経費", 4316, 2014, new int[] {2016, 50, 50, 40}, new int[] {2017, 60, 61, 55});
    LinkResult r2 = link(List.of(d, e));
    assertEquals(1, r2.programs().size());
    assertEquals(LinkRule.BUSINESS_ID, r2.programs().get(0).rules().get(e.key()));
  }

  @Test
  void pastSheetReferenceLinks() {
    ProgramYear a = sheet(2018, "soumu", "0019", "地域力創造アドバイザー事業", null, 2010, List.of());
    ProgramYear b = sheet(2019, "soumu", "0020", "地域力創造アドバイザー制度の推進", null, 2010,
        List.of(new SheetRef("総務省", "0019", 2018)));
    LinkResult r = link(List.of(a, b));
    assertEquals(1, r.programs().size());
    assertEquals(LinkRule.PAST_SHEET, r.programs().get(0).rules().get(b.key()));
  }

  @Test
  void restatedFiguresCatchRenamesWithoutIds() {
    ProgramYear a = sheet(2022, "2022-総務-21-0031", "地方行税政統計等・災害時等における情報通信メディア活用に要する経費", null, 2011,
        new int[] {2019, 120, 118, 100}, new int[] {2020, 130, 131, 120}, new int[] {2021, 140, 140, 135});
    ProgramYear b = sheet(2023, "2023-総務-22-0033", "地方行政情報化に関する一般事務に要する経費", null, 2011,
        new int[] {2020, 130, 131, 120}, new int[] {2021, 140, 140, 135}, new int[] {2022, 150, 150, 0});
    ProgramYear other = sheet(2023, "2023-総務-22-0034", "全く別の事業", null, 2011, new int[] {2021, 5, 5, 5});
    LinkResult r = link(List.of(a, b, other));
    assertTrue(together(r, a, b));
    assertEquals(LinkRule.FIGURES, programOf(r, b.key()).rules().get(b.key()));
    assertTrue(!together(r, a, other));

    // figures alone do not join sheets of different 開始年度
    ProgramYear c = sheet(2023, "2023-総務-22-0035", "地方行政情報化に関する一般事務に要する経費", null, 2015,
        new int[] {2020, 130, 131, 120}, new int[] {2021, 140, 140, 135});
    LinkResult r2 = new Linker(EnumSet.of(LinkRule.FIGURES), 1.1).link(corpus(List.of(a, c), List.of(), List.of()), PreviousIds.empty(), new Problems());
    assertEquals(2, r2.programs().size());
  }

  @Test
  void similarNamesAndCitedFormerNames() {
    ProgramYear a = sheet(2022, "2022-総務-21-0172", "火災予防対策の推進", null, 2008);
    ProgramYear b = sheet(2023, "2023-総務-22-0201", "火災予防の推進", null, 2008);
    ProgramYear c = sheet(2022, "2022-総務-21-0089", "デジタル活用共生社会推進事業", null, 2021);
    ProgramYear d = sheet(2023, "2023-総務-22-0090", "ICTアクセシビリティ推進事業（旧：デジタル活用共生社会推進事業）", null, 2023);
    LinkResult r = link(List.of(a, b, c, d));
    assertEquals(2, r.programs().size());
    assertEquals(LinkRule.SIMILAR_NAME, programOf(r, b.key()).rules().get(b.key()));
    assertTrue(together(r, c, d));
    assertTrue(Linker.citesFormerName(Names.normalise("デジタル活用環境構築推進事業"),
        Names.normalise("デジタル活用支援推進事業（令和３年度当初予算は「デジタル活用環境構築推進事業」）")));
    assertTrue(!Linker.citesFormerName(Names.normalise("推進事業経費"), Names.normalise("地域推進事業経費")));
  }

  @Test
  void oneSheetPerYearAndBestEvidenceFirst() {
    // two 2020 sheets with the same name as the 2019 one: the one with equal 開始年度 wins, the other founds a program
    ProgramYear a = sheet(2019, "新32-0024", "ローカル5G等の実現に向けた開発実証", null, 2020);
    ProgramYear b = sheet(2020, "0102", "ローカル５Ｇ等の実現に向けた開発実証", null, 2019);
    ProgramYear c = sheet(2020, "新02-0021", "ローカル５Ｇ等の実現に向けた開発実証", null, 2020);
    LinkResult r = link(List.of(a, b, c));
    assertEquals(2, r.programs().size());
    assertTrue(together(r, a, c));
    for (Program p : r.programs()) {
      long y2020 = p.years().stream().filter(y -> y.fiscalYear().year() == 2020).count();
      assertTrue(y2020 <= 1);
    }
  }

  @Test
  void aNewAgencyContinuesProgramsOfOthers() {
    List<Ministry> ms = List.of(MINISTRIES.get(0), MINISTRIES.get(1),
        new Ministry("cfa", "こども家庭庁", null, List.of(), 130, null, 2023, null));
    ProgramYear a = sheet(2022, "soumu", "新23-0012", "自治体こども計画策定支援事業", null, 2023, List.of());
    ProgramYear other = sheet(2022, "soumu", "0001", "行政評価等実施事業", null, 1952, List.of());
    ProgramYear b = new ProgramYear("judgit:data/2023/こども家庭庁/2023-こども-新23-0006.json", FiscalYear.of(2023), "cfa",
        "自治体こども計画策定支援事業", List.of(), new Provenance("judgit", "data/2023/こども家庭庁/2023-こども-新23-0006.json", 0, null),
        new SourceIds(null, "2023-こども-新23-0006", 2023, null, List.of()), null);
    LinkResult r = new Linker().link(new Corpus(null, ms, List.of(), List.of(a, b, other), List.of()), PreviousIds.empty(), new Problems());
    assertEquals(2, r.programs().size());
    Program p = programOf(r, b.key());
    assertEquals(List.of(a, b), p.years());
    assertEquals("cfa", p.ministryId());
    assertEquals(LinkRule.NAME, p.rules().get(b.key()));
  }

  @Test
  void ministriesAreNeverMixed() {
    ProgramYear a = sheet(2019, "soumu", "0001", "国際機関分担金", null, 2000, List.of());
    ProgramYear b = sheet(2020, "mlit", "0001", "国際機関分担金", null, 2000, List.of());
    assertEquals(2, link(List.of(a, b)).programs().size());
  }

  @Test
  void curatedEntriesAliasesAndSameAs() {
    ProgramYear a = sheet(2022, "2022-総務-21-0013", "「地域経済循環の創造」の推進に要する経費", null, 2012);
    ProgramYear b = sheet(2023, "2023-総務-22-0015", "地域経済循環創造事業交付金に要する経費", null, 2099);
    ProgramYear c = sheet(2015, "0011", "ローカル10,000プロジェクト", null, 2012);
    CuratedProgram cp = new CuratedProgram("local-10000", "地域経済循環創造事業交付金", "soumu",
        List.of("「地域経済循環の創造」の推進に要する経費"),
        List.of("judgit:data/2015/総務省/0011.json", "rs:2024/1234", "judgit:data/2030/総務省/9999.json", "2023:地域経済循環創造事業交付金に要する経費"),
        null, 7);
    Problems problems = new Problems();
    LinkResult r = new Linker().link(corpus(List.of(a, b, c), List.of(cp), List.of()), PreviousIds.empty(), problems);
    assertEquals(1, r.programs().size());
    Program p = r.programs().get(0);
    assertEquals("local-10000", p.id());
    assertEquals(cp, p.curated());
    assertEquals("地域経済循環創造事業交付金", p.name());
    for (ProgramYear y : p.years()) assertEquals(LinkRule.CURATED, p.rules().get(y.key()));
    List<Problem> list = problems.sorted();
    assertEquals(1, list.size(), list.toString()); // rs: is not loaded: ignored; the missing judgit path is reported
    assertEquals("programs.yml", list.get(0).path());
    assertEquals(7, list.get(0).line());
    assertTrue(list.get(0).message().contains("judgit:data/2030/総務省/9999.json"));
  }

  @Test
  void documentsResolveIdsNamesAndSheets() {
    ProgramYear a = sheet(2022, "2022-総務-21-0013", "地域おこし協力隊の推進に要する経費", null, 2014);
    CuratedProgram cp = new CuratedProgram("teijuu", "定住自立圏構想推進費", "soumu", List.of(), List.of(), null, 1);
    ProgramYear t = sheet(2021, "2021-総務-20-0001", "定住自立圏構想推進費", null, 2009);
    Document md = new Document("teijuu", "定住自立圏", "soumu", null, null, null, null,
        List.of("teijuu", "地域おこし協力隊の推進に要する経費", "存在しない事業"), "", new Provenance("content", "documents/teijuu.md", 1, null), null);
    Document sheetDoc = new Document(a.documentSlug(), a.name(), "soumu", a.fiscalYear(), null, "レビューシート", null,
        List.of(a.key()), "", a.provenance(), "CC BY 4.0");
    Problems problems = new Problems();
    LinkResult r = new Linker().link(corpus(List.of(a, t), List.of(cp), List.of(md, sheetDoc)), PreviousIds.empty(), problems);
    String kyoryokutai = programOf(r, a.key()).id();
    assertEquals(List.of(kyoryokutai, "teijuu").stream().sorted().toList(), r.documentPrograms().get("teijuu"));
    assertEquals(List.of(kyoryokutai), r.documentPrograms().get(a.documentSlug()));
    assertEquals("documents/teijuu.md:1: warning: program '存在しない事業' is not known", problems.sorted().get(0).toString());
  }

  @Test
  void aBudgetRowTiesItsDocumentToItsProgramAndSettlesAnAmbiguousName() {
    // The same name under two ministries: the document's own budget row (CSV column `document`) says which one it means.
    Provenance rowProv = new Provenance("content", "budget/2008.csv", 3, null);
    ProgramYear row = new ProgramYear("content:budget/2008.csv#2008:農山漁村活性化交付金", FiscalYear.of(2008), "mlit",
        "農山漁村活性化交付金", List.of(item(2008, BudgetKind.INITIAL, 10, 2008, rowProv)), rowProv, SourceIds.NONE, "nosan");
    ProgramYear other = sheet(2016, "soumu", "0042", "農山漁村活性化交付金", null, 2016, List.of());
    Document md = new Document("nosan", "農山漁村", "soumu", null, null, null, null, List.of("農山漁村活性化交付金"), "",
        new Provenance("content", "documents/nosan.md", 1, null), null);
    Problems problems = new Problems();
    LinkResult r = new Linker().link(corpus(List.of(row, other), List.of(), List.of(md)), PreviousIds.empty(), problems);
    assertEquals(List.of(programOf(r, row.key()).id()), r.documentPrograms().get("nosan"));
    assertTrue(problems.isEmpty(), problems.sorted().toString());
  }

  @Test
  void outputIsDeterministic() {
    List<ProgramYear> years = new ArrayList<>();
    for (int y = 2015; y <= 2023; y++) {
      for (int i = 0; i < 30; i++) years.add(sheet(y, String.format("%04d", i), "事業" + (i % 7) + "の推進" + (i % 3), null, 2000 + i % 5));
    }
    LinkResult r1 = link(years);
    List<ProgramYear> shuffled = new ArrayList<>(years);
    java.util.Collections.shuffle(shuffled, new java.util.Random(42));
    LinkResult r2 = link(shuffled);
    assertEquals(r1, r2);
    for (int i = 1; i < r1.programs().size(); i++) {
      assertTrue(r1.programs().get(i - 1).id().compareTo(r1.programs().get(i).id()) < 0);
    }
  }

  @Test
  void addingALaterYearKeepsIds() {
    ProgramYear a = sheet(2021, "2021-総務-20-0001", "行政評価等実施事業", null, 1952);
    ProgramYear b = sheet(2022, "2022-総務-21-0002", "行政評価等実施事業", null, 1952);
    ProgramYear x = sheet(2021, "2021-総務-20-0005", "統計調査の実施等事業", null, 1926);
    LinkResult before = link(List.of(a, x));
    LinkResult after = link(List.of(a, b, x));
    assertEquals(programOf(before, a.key()).id(), programOf(after, b.key()).id());
    assertEquals(programOf(before, x.key()).id(), programOf(after, x.key()).id());
    assertTrue(programOf(after, a.key()).id().matches("soumu-[a-z2-7]{8}"));
  }

  @Test
  void addingASourceKeepsIdsWithPrevious() {
    ProgramYear b = sheet(2020, "0002", "行政評価等実施事業", null, 1952);
    ProgramYear c = sheet(2021, "2021-総務-20-0002", "行政評価等実施事業", null, 1952);
    LinkResult before = link(List.of(b, c));
    String id = before.programs().get(0).id();
    // an earlier year arrives (e.g. another source or an older cycle): the earliest name changes, the id must not
    ProgramYear a = sheet(2019, "0002", "行政評価等実施事業（総務本省）", null, 1952);
    PreviousIds prev = PreviousIds.of(Map.of(id, List.of(b.key(), c.key())));
    LinkResult after = new Linker().link(corpus(List.of(a, b, c), List.of(), List.of()), prev, new Problems());
    assertEquals(1, after.programs().size());
    assertEquals(id, after.programs().get(0).id());
    assertTrue(after.redirects().isEmpty());
    // without the previous ids the hash of the new earliest name would differ
    assertNotEquals(id, link(List.of(a, b, c)).programs().get(0).id());
  }

  @Test
  void mergeMakesARedirectAndSplitKeepsTheLargerPart() {
    ProgramYear a = sheet(2020, "0001", "甲事業", null, 2000);
    ProgramYear b = sheet(2021, "2021-総務-20-0001", "甲事業", null, 2000);
    ProgramYear c = sheet(2022, "2022-総務-21-0001", "甲事業", null, 2000);
    // previously {a,b} was "old-a" and {c} was "old-c"; now they are one program
    PreviousIds prev = PreviousIds.of(Map.of("old-a", List.of(a.key(), b.key()), "old-c", List.of(c.key())));
    LinkResult merged = new Linker().link(corpus(List.of(a, b, c), List.of(), List.of()), prev, new Problems());
    assertEquals(List.of("old-a"), merged.programs().stream().map(Program::id).toList());
    assertEquals(Map.of("old-c", "old-a"), merged.redirects());

    // previously one program held a, b and d; now d is a different program (different start year): a and b keep the id
    ProgramYear d = sheet(2022, "2022-総務-21-0009", "乙事業", null, 2022);
    PreviousIds prev2 = new PreviousIds(Map.of("old", java.util.Set.of(a.key(), b.key(), d.key())), Map.of("older", "old", "gone", "vanished"));
    LinkResult split = new Linker().link(corpus(List.of(a, b, d), List.of(), List.of()), prev2, new Problems());
    assertEquals("old", programOf(split, a.key()).id());
    assertNotEquals("old", programOf(split, d.key()).id());
    assertEquals(Map.of("older", "old"), split.redirects()); // earlier redirects kept when their target lives
    assertNull(split.redirects().get("gone"));
  }

  @Test
  void hashIdsAreStableAndCollisionsResolved() {
    ProgramYear a = sheet(2020, "0001", "同名事業", null, 2000);
    ProgramYear b = sheet(2020, "0002", "同名事業", null, 2010);
    LinkResult r = link(List.of(a, b));
    assertEquals(2, r.programs().size());
    String ida = programOf(r, a.key()).id();
    String idb = programOf(r, b.key()).id();
    assertNotEquals(ida, idb);
    assertEquals("soumu-" + StableIds.hash("soumu\n同名事業"), ida);
    assertEquals("soumu-" + StableIds.hash("soumu\n同名事業\n#2"), idb);
  }
}
