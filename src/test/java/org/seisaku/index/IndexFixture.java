package org.seisaku.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.seisaku.config.SiteConfig;
import org.seisaku.link.LinkResult;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.LinkRule;
import org.seisaku.model.Ministry;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;
import org.seisaku.model.SynonymGroup;
import org.seisaku.source.Corpus;

/** A hand-made corpus: a few programs of three ministries, their review sheets and two Markdown documents. */
final class IndexFixture {
  static final List<Ministry> MINISTRIES = List.of(
      new Ministry("cao", "内閣府", "Cabinet Office", List.of("内閣"), 1, null, null, null),
      new Ministry("soumu", "総務省", "Ministry of Internal Affairs and Communications", List.of("総務"), 10, null, null, null),
      new Ministry("mlit", "国土交通省", "Ministry of Land, Infrastructure, Transport and Tourism", List.of("国交省"), 60, null, null, null));

  /**
   * Synonym groups: 移住 and 過疎地域 and 研修 are in the fixture's texts, 引っ越し and 田舎 and 勉強会 are not;
   * エリア finds 地域 (a fixture is too small for any word to be too common: {@link Synonyms#COMMON_DOCS}).
   */
  static final List<SynonymGroup> SYNONYMS = List.of(
      group(true, "引っ越し", "移住"),
      group(false, "田舎", "過疎地域"),
      group(false, "隊員の勉強会", "研修"),
      group(true, "エリア", "地域"),
      // a word no fixture sheet has, whose characters are words of the index (金 of 交付金, 利 of 利活用)
      group(false, "金利", "交付金"));

  private static SynonymGroup group(boolean both, String trigger, String target) {
    return new SynonymGroup(List.of(new SynonymGroup.Word(trigger, true, both), new SynonymGroup.Word(target, both, true)), "fixture", true);
  }

  private final List<Program> programs = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private final List<ProgramYear> programYears = new ArrayList<>();
  private final Map<String, List<String>> documentPrograms = new HashMap<>();

  static IndexFixture standard() {
    IndexFixture f = new IndexFixture();
    f.program("soumu-kyoryokutai", "soumu", "地域おこし協力隊の推進に要する経費", BudgetKind.INITIAL,
        sheet(2019, "都市地域から過疎地域等の条件不利地域に住民票を移し、地域おこし協力隊員として地域協力活動に従事する者の活動に要する経費を支援する。"),
        sheet(2020, "都市地域から過疎地域等の条件不利地域に住民票を移し、地域おこし協力隊員として地域協力活動に従事する者の活動に要する経費を支援する。\n\n隊員の定住・定着を図る。"));
    f.program("soumu-kyoryokutai-kenshu", "soumu", "地域おこし協力隊員の研修等に要する経費", BudgetKind.INITIAL,
        sheet(2021, "地域おこし協力隊員の活動と定住・定着を支援するため、隊員向けの研修を行い、協力隊の受入れ自治体を支援する。"));
    f.program("soumu-ict", "soumu", "ICT利活用の推進", BudgetKind.SUPPLEMENTARY,
        sheet(2012, "ICTを活用したまちづくりを推進し、地域の課題解決を図る。クラウドやセンサーの利活用を進める。"));
    f.program("soumu-kiban", "soumu", "地域情報通信基盤整備推進交付金", BudgetKind.INITIAL,
        sheet(2008, "光ファイバ等の情報通信基盤を整備する市町村に交付金を交付する。95.7億円。"));
    f.program("soumu-teijuu", "soumu", "定住自立圏構想推進費", BudgetKind.INITIAL,
        sheet(2009, "中心市と近隣市町村が連携し、定住自立圏を形成して圏域全体の活性化を図る。"));
    f.program("mlit-kanko", "mlit", "観光地域づくり推進事業", BudgetKind.INITIAL,
        sheet(2019, "観光を軸とした地域づくりを推進する。地域おこし協力隊と連携した観光資源の磨き上げも支援する。"));
    f.program("mlit-road", "mlit", "道路整備事業", BudgetKind.INITIAL,
        sheet(2019, "道路及び橋梁の整備、老朽化対策を行う。"));
    f.program("cao-bousai", "cao", "防災情報システムの整備", BudgetKind.INITIAL,
        sheet(2020, "災害時の情報共有のため防災情報システムを整備する。"));
    f.markdown("kyoryokutai-gaiyou", "地域おこし協力隊について", "soumu", 2020, "概要",
        "# 地域おこし協力隊\n\n都市地域から過疎地域に移住して、地域ブランドや地場産品の開発などの[地域協力活動](https://example.jp/)を行う。",
        "soumu-kyoryokutai");
    f.markdown("bousai-keikaku", "防災基本計画の概要", "cao", 2021, "計画",
        "防災に関する基本的な計画。災害予防、災害応急対策を定める。", "cao-bousai");
    return f;
  }

  /** The text of one review sheet, for {@link #program}. */
  record Sheet(int year, String text) {}

  static Sheet sheet(int year, String text) {
    return new Sheet(year, text);
  }

  IndexFixture program(String id, String ministry, String name, BudgetKind kind, Sheet... sheets) {
    return program(id, ministry, name, kind, null, sheets);
  }

  /** A program whose sheets state a 事業番号 ({@code number}, or none when null). */
  IndexFixture program(String id, String ministry, String name, BudgetKind kind, String number, Sheet... sheets) {
    List<ProgramYear> years = new ArrayList<>();
    Map<String, LinkRule> rules = new HashMap<>();
    for (Sheet s : sheets) {
      String path = "data/" + s.year() + "/" + ministry + "/" + id + ".json";
      String slug = "judgit-" + s.year() + "-" + id;
      Provenance prov = new Provenance("judgit", path, 0, null);
      BudgetItem item = new BudgetItem(FiscalYear.of(s.year()), kind, Amount.exact(100_000_000L), "100", s.year(), null,
          null, prov);
      SourceIds ids = number == null ? SourceIds.NONE : new SourceIds(null, number, s.year(), null, List.of());
      ProgramYear py = new ProgramYear("judgit:" + path, FiscalYear.of(s.year()), ministry, name, List.of(item), prov,
          ids, slug);
      years.add(py);
      rules.put(py.key(), years.size() == 1 ? LinkRule.FIRST : LinkRule.NAME);
      programYears.add(py);
      documents.add(new Document(slug, name + "（" + s.year() + "年度レビューシート）", ministry, FiscalYear.of(s.year()),
          null, "レビューシート", null, List.of(py.key()), "## 事業の目的\n\n" + s.text(), prov, "行政事業レビューシートLOD (judgit/data), CC BY 4.0"));
      documentPrograms.put(slug, List.of(id));
    }
    programs.add(new Program(id, ministry, years, rules, null));
    return this;
  }

  IndexFixture markdown(String slug, String title, String ministry, int year, String kind, String body, String programId) {
    documents.add(new Document(slug, title, ministry, FiscalYear.of(year), null, kind, null, List.of(programId), body,
        Provenance.ofLine("content", "documents/" + slug + ".md", 1), null));
    documentPrograms.put(slug, List.of(programId));
    return this;
  }

  Corpus corpus() {
    SiteConfig config = new SiteConfig("test", "https://example.jp/", "ja", null, List.of(), Map.of());
    List<ProgramYear> pys = programYears.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    List<Document> docs = documents.stream().sorted((a, b) -> a.slug().compareTo(b.slug())).toList();
    return new Corpus(config, MINISTRIES, List.of(), pys, docs, SYNONYMS);
  }

  LinkResult linked() {
    List<Program> sorted = programs.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    return new LinkResult(sorted, Map.of(), Map.copyOf(documentPrograms));
  }
}
