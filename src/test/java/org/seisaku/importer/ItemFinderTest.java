package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;

/** {@link ItemFinder}: table-style cases, each the items (year kind amount status program) a text gives. */
class ItemFinderTest {
  static List<String> items(String text, String fiscalYear, String kind) {
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t", text).lines()).lines();
    return ItemFinder.find(lines, FiscalYear.parse(fiscalYear).orElseThrow(), BudgetKind.parse(kind).orElseThrow()).items().stream()
        .filter(f -> f.confidence() >= Importer.MIN_CONFIDENCE)
        .map(f -> f.fiscalYear() + " " + f.kind().label() + " " + f.amount() + (f.status() == null ? "" : " " + f.status()) + " " + f.program())
        .toList();
  }

  @Test
  void aNumberedHeadingNamesTheFigureItsParagraphStatesAndACalculationIsNoItem() {
    // a 予算の説明: the program is the heading, its figure in a sentence below, then the 積算 under it and the difference
    assertEquals(List.of("2026 要求 390,411.5万円 確定申告期における申告相談体制の整備", "2025 当初 390,411.5万円 確定申告期における申告相談体制の整備"),
        items("３．確定申告期における申告相談体制の整備\n　申告相談会場の運営及び電話相談センター\n"
            + "の体制整備に要する経費であり、所要額は 3,904,115千円（前年度予算額 3,904,115千円）\nである。\n"
            + "　　［積算］会場借上料 １会場当たり 2,350千円 × 520会場 ＝ 1,222,000千円\n"
            + "　　　　　　臨時職員賃金 日額 11,200円 × 延べ 98,000人日 ＝ 1,097,600千円\n　対前年度　±0千円（0.0％）\n\n"
            + "※ 照会先：会計課 予算第一係 03-3581-4161（内線 3245）", "令和8年度", "要求"));
  }

  @Test
  void aListsNumberedItemIsNoHeadingOfTheFiguresBelowIt() {
    assertEquals(List.of(),
        items("①協定に基づく機能の強化\n②圏域内外の結びつきの強化\n③中心市の圏域マネジメント能力の強化\n（権限、財源への支援）\n\n"
            + "都道府県分 １，５００億円程度\n４，０００億円程度", "平成20年度", "当初"));
  }

  @Test
  void anAnswerInTheDietSpeaksOfNextYearAndThisYear() {
    // written in February for the budget of the year that starts in April: 来年度 is --fiscal-year, 今年度 the year before
    assertEquals(List.of("2026 当初 35.5億円 地域自殺対策強化交付金", "2025 当初 32億円 地域自殺対策強化交付金",
        "2025 補正 385億円 業務改善助成金"),
        items("○　地域における自殺対策の取組を支援する地域自殺対策強化交付金につきまして、来年度予算案で\n"
            + "　　は３５．５億円と、今年度（３２．０億円）から３．５億円増額しております。\n\n"
            + "○　業務改善助成金につきましては、今年度の補正予算においても３８５億円を措置しております。", "令和8年度", "当初"));
  }

  @Test
  void aRowListedAgainIsNoNewItemAndAFootnoteNamesItsRow() {
    assertEquals(List.of("2026 当初 22億円 看護職員確保対策事業", "2025 当初 20億円 看護職員確保対策事業", "2025 補正 8億円 看護職員確保対策事業"),
        items("　　　　　　　　　　　　来年度予算案　　今年度当初予算\n"
            + "　①　医師偏在是正総合対策事業（再掲）　　１５８億円　　　　１２１億円\n"
            + "　②　看護職員確保対策事業　　　　　　　　２２億円　　　　　２０億円※2\n"
            + "　　　合　計　　　　　　　　　　　　　　１８０億円　　　　１４１億円\n"
            + "　※2　このほか、今年度補正予算において８億円を措置。", "令和8年度", "当初"));
  }

  @Test
  void aSupplementaryTableWithTheBudgetInForceAndAFundsTable() {
    // 補正後 (当初 + 補正) is no item; a row's number in brackets is no figure; a name wrapped onto its figures' line; a
    // fund's 造成額 is the budget, what it pays out (取崩額) and keeps (残高) are not
    assertEquals(List.of("2025 当初 3,326.12億円 農地の大区画化等の基盤整備（公共）", "2025 補正 2,450億円 農地の大区画化等の基盤整備（公共）",
        "2025 補正 125億円 新規 スマート農業技術の開発・供給の加速化及び導入支援", "2025 補正 350億円 漁業経営安定対策"),
        items("（単位：百万円）\n事　　項                          令和７年度        補正予算額        補 正 後\n"
            + "                                  当初予算額                          予 算 額\n"
            + " (2) 農地の大区画化等の基盤整備（公共）           332,612          245,000          577,612\n"
            + " (3) スマート農業技術の開発・供給の加速化\n     及び導入支援（新規）                －              12,500           12,500\n\n"
            + "（単位：億円）\n基　金　名                      基金造成額         取崩額          年度末残高\n"
            + " (10) 漁業経営安定対策                    ３５０             ２８０               ６１０\n", "令和7年度", "補正"));
  }

  @Test
  void aSettlementsBudgetInForceIsNoItemAndWhatWasSpentIs() {
    assertEquals(List.of("2025 執行 3,691,248万円 地域脱炭素推進交付金", "2025 当初 37億円 災害等廃棄物処理事業費補助金",
        "2025 予備費等 50億円 災害等廃棄物処理事業費補助金", "2025 翌年度へ繰越し 60.3億円 災害等廃棄物処理事業費補助金"),
        items("令和７年度 環境省 主要事業の決算概要\n\n（単位：千円、％）\n"
            + " 事　業　名                  予算額            支出済額           不用額        執行率\n"
            + " 地域脱炭素推進交付金         42,600,000        36,912,480         1,204,520        86.6\n\n"
            + "（２）災害等廃棄物処理事業費補助金\n"
            + "　当初予算額 ３７．０億円に加え、大雨災害に対応するため一般会計予備費\n"
            + "　５０．０億円を使用し、予算額は１５８．３億円となった。処理が年度内に完了しなかった分の\n"
            + "　６０．３億円を翌年度に繰り越した。", "令和7年度", "当初"));
  }

  @Test
  void aTableByAccountGivesEachProgramItsTotal() {
    // a 区分 column: a program in two accounts has a row for each and a 計 row, its figures; names wrap onto the next row
    assertEquals(List.of("2025 当初 75.5億円 原子力の基礎基盤研究・安全研究の推進", "2026 要求 86.5億円 原子力の基礎基盤研究・安全研究の推進",
        "2025 当初 6.4億円 原子力人材育成等推進事業", "2026 要求 7.8億円 拡充 原子力人材育成等推進事業"),
        items("（単位：百万円）\n事　　項                        区　分                    令和７年度    令和８年度     対前年度     備　考\n"
            + "                                                                  予算額    要求・要望額   増△減額\n"
            + " (1) 原子力の基礎基盤研究・安全研究の        一般会計                      5,210         5,890          680\n"
            + "     推進                                    エネルギー対策特別会計        2,340         2,760          420\n"
            + "                                             計                            7,550         8,650        1,100\n"
            + " (2) 原子力人材育成等推進事業                エネルギー対策特別会計          640           780          140       拡充\n"
            + "\n 会計別合計                                  一般会計                     36,280        42,140        5,860\n"
            + "                                             合　計                       94,890       105,530       10,640\n",
            "令和8年度", "要求"));
  }

  @Test
  void aTableWithProgramsAsItsColumns() {
    assertEquals(List.of("2024 当初 18億円 こども誰でも通園制度の実施", "2024 当初 1,167億円 放課後児童クラブの運営支援",
        "2026 要求 528億円 こども誰でも通園制度の実施", "2026 要求 1,320億円 放課後児童クラブの運営支援"),
        items("（単位：億円）\n                      こども誰でも       放課後児童        （参考）\n"
            + "                      通園制度の実       クラブの運営      こども家庭庁\n"
            + "                      施                 支援              予算総額\n"
            + " 令和６年度当初             18             1,167           53,367\n"
            + " 令和８年度要求            528             1,320           73,642\n"
            + " 対前年度増減             ＋408              ＋75             ＋372\n", "令和8年度", "要求"));
  }

  @Test
  void aReviewsResultsUnderBracketedHeadings() {
    assertEquals(List.of("2024 執行 11.86億円 中小企業デジタル化応援隊事業", "2025 当初 25億円 中小企業デジタル化応援隊事業",
        "2026 要求 22億円 中小企業デジタル化応援隊事業"),
        items("【事業番号0045】中小企業デジタル化応援隊事業\n（中小企業庁 経営支援部 技術・経営革新課）\n"
            + "　令和６年度執行額　　　　　１，１８６百万円（執行率６２．４％）\n　令和７年度当初予算額　　　２，５００百万円\n"
            + "　予算要求への反映内容\n　　縮減額　▲３億円\n　　支援メニューを伴走型支援に重点化し、令和８年度概算要求額は２２億円とした。",
            "令和7年度", "当初"));
  }

  @Test
  void programsMarkedByLettersTakeTheFiguresOfTheirLettersInATable() {
    assertEquals(List.of("2026 要求 約20億円 育成就労制度の施行準備", "2025 当初 12.5億円 育成就労制度の施行準備",
        "2026 要求 10億円 外国人受入環境整備交付金", "2025 当初 10億円 外国人受入環境整備交付金",
        "2026 要求 118億円 登記・供託オンライン申請システムの刷新"),
        items("　○ 外国人受入環境整備交付金（Ｃ）\n　○ 育成就労制度の施行準備\n　　所要額として２０億円規模を要求（前年度 １２．５億円）。\n"
            + "　○ 登記・供託オンライン申請システムの刷\n　　新（Ｇ）\n\n（別表）\n　　（単位：億円）\n"
            + "　記号　　　　　要求額　　　　前年度予算額\n　（Ｃ）　　　　　１０．０　　　　　１０．０\n　（Ｇ）　　　　１１８．０　　　　　－\n",
            "令和8年度", "要求"));
  }

  @Test
  void theBudgetThatGaveAFigureIsItsYearAndKindNotPartOfItsName() {
    assertEquals(List.of("2025 補正 1,000億円 地域活力創出交付金"),
        items("このほか、令和７年度補正予算で措置した地域活力創出交付金（1,000億円）と一体的に執行してまいります。",
            "令和8年度", "当初"));
  }

  @Test
  void aTableExtractedACellALine() {
    // pdftotext without its layout: the header's cells, then each row's name, figure and 備考 on lines of their own
    assertEquals(List.of("2025 補正 1,920億円 医療・介護等支援パッケージ", "2025 補正 410億円 新規 障害福祉サービス事業所等の物価高騰対策支援",
        "2025 補正 305億円 拡充 人材開発支援助成金"),
        items("（単位：億円）\n事項\n補正予算額\n備考\n医療・介護等支援パッケージ\n１，９２０\n"
            + "障害福祉サービス事業所等の物価高騰対策支援\n４１０\n新規\n人材開発支援助成金\n３０５\n拡充\n６か月分の備蓄を確保\n合計\n２，６３５",
            "令和7年度", "補正"));
  }

  @Test
  void lastYearsFigureInParenthesesAfterABlankLineIsTheFigureAbovesComparison() {
    // a PDF's paragraph spacing puts a blank line between a figure and its comparison on the line below it
    assertEquals(List.of("2026 要求 456億円 人への投資の促進", "2025 当初 410億円 人への投資の促進"),
        items("【要求額】 ４５６億円   人への投資の促進\n\n     （前年度予算額 ４１０億円）\n  ・リスキリングによる能力向上支援",
            "令和8年度", "要求"));
  }

  @Test
  void theNextPartsNumberedHeadingIsNoNameOfTheFigureAboveIt() {
    // a notice set without blank lines (a PDF with tight spacing): the budget's line, then the next part's heading
    assertEquals(List.of("2026 当初 3億円 地域デジタル人材育成支援事業", "2025 当初 2.5億円 地域デジタル人材育成支援事業"),
        items("令和８年度 地域デジタル人材育成支援事業 公募要領\n１．事業の目的\n  地方公共団体等を支援する。\n２．予算額\n"
            + "  令和８年度予算額 ３億円（前年度 ２．５億円）\n３．補助対象経費及び補助率\n  (1) 補助上限額：１件当たり ５００万円",
            "令和8年度", "当初"));
  }

  @Test
  void theBreakdownOfAFigureThatIsNoItemIsNoItem() {
    // a cap per 隊員 with its parts in （ ） on the line below; the program's budget after its name is an item
    assertEquals(List.of("2014 当初 9,000万円 地域おこし協力隊推進事業"),
        items("○ 隊員の活動に要する経費 ： 隊員１人当たり ４００万円上限\n    （報償費等 ２００万円、その他の経費 ２００万円）\n"
            + "○ 地域おこし協力隊推進事業（平成２６年度予算額 ０．９億円）", "平成26年度", "当初"));
  }

  @Test
  void aNoticeInKanjiNumeralsAndAHistoryOfSettledYears() {
    // 「…の総額は、三十五億円とする」; a cap per body is no item
    assertEquals(List.of("2025 当初 35億円 地域防災力強化交付金", "2025 当初 12.5億円 消防団設備整備費補助金"),
        items("一　地域防災力強化交付金の総額は、三十五億円とする。\n二　消防団設備整備費補助金の総額は、十二億五千万円とする。\n"
            + "三　一団体当たりの交付額は、一億円を上限とする。", "令和7年度", "当初"));
    // 「R4決算」 columns are what was spent that year; a dash is no figure
    assertEquals(List.of("2023 執行 12億円 次世代人工知能研究開発", "2025 当初 31億円 次世代人工知能研究開発",
            "2026 要求 45億円 次世代人工知能研究開発"),
        items("（単位：百万円）\n事業名                   R4決算     R5決算     R7当初     R8要求\n"
            + "次世代人工知能研究開発     －         1,200      3,100      4,500", "令和8年度", "要求"));
  }

  @Test
  void aRemarkThatIsNoStatusOfARowIsLeftOut() {
    // 縮減 says what became of the program, but a budget row's status is 新規, 拡充, 継続 or 廃止
    assertEquals(List.of("2025 当初 15億円 公衆無線LAN環境整備支援事業", "2026 要求 8億円 公衆無線LAN環境整備支援事業",
            "2026 要求 6.5億円 新規 地域デジタル人材育成事業"),
        items("（単位：億円）\n事　業　名                 令和７年度予算額   令和８年度要求額   増△減額     備考\n"
            + "公衆無線ＬＡＮ環境整備支援事業     １５．０     ８．０     △７．０     縮減\n"
            + "地域デジタル人材育成事業     －     ６．５     ６．５     新規", "令和8年度", "要求"));
  }

  @Test
  void aReservesUseListsItsProgramsNotTheReservesOwnState() {
    // 「（参考）…予備費の状況」 and the amounts used and left are the reserve's state, not programs
    assertEquals(List.of("2025 予備費等 45億円 災害救助費等負担金"),
        items("１．使用額　　　　総額　３１２億円\n　　・災害救助費等負担金　　　　　４５億円（内閣府）\n\n"
            + "（参考）令和７年度一般会計予備費の状況\n　　予算額　　　　　５，０００億円\n　　今回使用額　　　３１２億円\n"
            + "　　使用後の残額　　４，２１６億円", "令和7年度", "予備費"));
  }

  @Test
  void aFigureBesideLastYearsBudgetIsABudgetsFigure() {
    // a heading under a mark, its figures on the next line with 「（前年度予算額 …）」; a comparison after the verb;
    // a rate column 倍率 beside the figures
    assertEquals(List.of("2026 当初 15,820億円 教職員定数の改善", "2025 当初 15,627億円 教職員定数の改善"),
        items("■ 教職員定数の改善\n　　　１兆５，８２０億円（前年度予算額 １兆５，６２７億円）", "令和8年度", "当初"));
    assertEquals(List.of("2026 当初 420億円 通園制度の実施に要する経費", "2025 当初 120億円 通園制度の実施に要する経費"),
        items("通園制度の実施に要する経費として４２０億円を計上しています（令和７年度予算額は１２０億円）。", "令和8年度", "当初"));
    assertEquals(List.of("2026 要求 4,502億円 流域治水の推進", "2025 当初 3,981億円 流域治水の推進"),
        items("（単位：百万円）\n事　項        令和８年度要求額    令和７年度予算額    倍率\n"
            + "　 流域治水の推進       ４５０，２００         ３９８，１００      1.13", "令和8年度", "要求"));
  }

  @Test
  void aNoticeOfGrantsDecidedHasOnlyItsProgramsBudget() {
    // the amounts decided (in all and per prefecture) and the count column are no budget items; the budget in （ ） is
    assertEquals(List.of("2025 当初 1,000億円 地域未来交付金"),
        items("地域未来交付金（令和７年度予算額　１，０００億円）について交付決定を行いました。\n"
            + "　交付決定額（国費）　４１２億円\n（単位：千円）\n都道府県名　　件数　　交付決定額\n"
            + "北海道　　　　　　７２　　２４，５６０，０００\n青森県　　　　　　２１　　　６，１２０，５００", "令和7年度", "当初"));
  }

  @Test
  void statisticsOfAWhitePaperAreNoBudgetItems() {
    // a market's size at a calendar year, a household's monthly fee: figures a 白書 states beside its programs
    assertEquals(List.of("2026 要求 20億円 地域デジタル基盤活用推進事業"),
        items("国内のクラウドサービス市場は２０２４年に３兆４，１２０億円となった。\n"
            + "・地域デジタル基盤活用推進事業　２０億円\n"
            + "一般家庭のインターネット利用料金は月額平均約５，２００円であり、端末の購入価格は約８万円である。",
            "令和8年度", "要求"));
  }

  @Test
  void comparisonFiguresAreItemsOfTheirOwnYearAndKind() {
    assertEquals(List.of("2026 要求 3.7億円 拡充 農村型地域運営組織推進事業", "2024 補正 1.5億円 農村型地域運営組織推進事業",
            "2025 当初 2.5億円 農村型地域運営組織推進事業"),
        items("○ 農村型地域運営組織推進事業（拡充） 3.7億円（６年度補正 1.5億円 ７年度 2.5億円）", "令和8年度", "要求"));
    assertEquals(List.of("2025 当初 3.7億円 地域活性化事業", "2024 補正 1.5億円 地域活性化事業", "2024 当初 2.5億円 地域活性化事業"),
        items("地域活性化事業\n3.7億円（６年度補正 1.5億円 ６年度 2.5億円）", "令和7年度", "当初"));
    assertEquals(List.of("2008 当初 3.1億円 都市から地方への移住・交流の促進", "2007 当初 2.6億円 都市から地方への移住・交流の促進"),
        items("都市から地方への移住・交流の促進 平成20年度予算 3.1億円（平成19年度予算2.6億円）", "2008", "当初"));
  }

  @Test
  void aSentenceNamesItsProgramNotItsClauseOrSubject() {
    assertEquals(List.of("2025 当初 8億円 地域再エネ導入計画策定支援事業に要する経費"),
        items("また、自治体の再エネ導入を支えるため、地域再エネ導入計画策定支援事業に要する経費８億円を措置している。\n"
            + "なお、前年度の同事業の執行額は２．３億円であった。", "令和7年度", "当初"));
  }

  @Test
  void aTableWhoseUnitStandsAloneOnItsLine() {
    assertEquals(List.of("2025 当初 123,456.7万円 再犯防止推進事業", "2026 要求 145,678.9万円 再犯防止推進事業"),
        items("                                      （千円）\n事項                       令和７年度予算額   令和８年度要求額\n"
            + "再犯防止推進事業                 1,234,567        1,456,789", "令和8年度", "要求"));
  }

  @Test
  void bareFiguresOfATableTakeItsUnitAndItsNote() {
    // 「（単位：億円）」 and 「（ ）内は…」 say what 「720（700）」 is; a total and its figure in parentheses are no items
    assertEquals(List.of("2026 要求 720億円 水産基盤整備事業", "2025 当初 700億円 水産基盤整備事業",
            "2026 要求 30億円 漁業人材育成事業", "2025 当初 30億円 漁業人材育成事業"),
        items("                        （単位：億円）\n（　）内は令和７年度当初予算額\n１ 水産基盤整備事業   ７２０（７００）\n"
            + "○ 漁業人材育成事業  ３０（３０）\n  合　計        ７５０（７３０）", "令和8年度", "要求"));
  }

  @Test
  void aFigureFirstIsNamedByTheWordsAfterIt() {
    assertEquals(List.of("2026 要求 456億円 人への投資の促進", "2025 当初 410億円 人への投資の促進"),
        items("令和８年度概算要求のポイント\n\n【要求額】 ４５６億円   人への投資の促進\n     （前年度予算額 ４１０億円）\n"
            + "  ※ 業務改善助成金：助成上限額 ６００万円", "令和8年度", "要求"));
  }

  @Test
  void aCallForProposalsIsAboutTheProgramItsTitleNames() {
    assertEquals(List.of("2026 当初 3億円 地域デジタル人材育成支援事業", "2025 当初 2.5億円 地域デジタル人材育成支援事業"),
        items("令和８年度 地域デジタル人材育成支援事業 公募要領\n\n１．事業の目的\n  地方公共団体等を支援する。\n\n２．予算額\n"
            + "  令和８年度予算額 ３億円（前年度 ２．５億円）\n  (1) 補助上限額：１件当たり ５００万円", "令和8年度", "当初"));
    // a summary's title names no program
    assertEquals(List.of(), items("令和８年度 概算要求の概要\n\n２．予算額\n  令和８年度予算額 ３億円", "令和8年度", "当初"));
  }

  @Test
  void numberingInParenthesesIsNoFigureOfATable() {
    assertEquals(List.of("2025 補正 3,000億円 中小企業省力化投資補助事業", "2025 補正 事項要求 半導体分野への投資促進",
            "2025 補正 550億円 GX推進対策費（エネルギー対策特別会計）"),
        items("（億円）\n （１）中小企業・小規模事業者の賃上げ環境整備\n    ① 中小企業省力化投資補助事業      3,000\n"
            + " （２）エネルギー価格高騰対策\n    ① 半導体分野への投資促進            事項要求\n"
            + "    ② ＧＸ推進対策費（エネルギー対策特別会計）  550\n           合 計      3,550", "令和7年度", "補正"));
  }

  @Test
  void columnsOfShortYearsAndAFootnoteMarkAfterAName() {
    assertEquals(List.of("2024 当初 4.3億円 地域共生社会推進事業", "2024 補正 1億円 地域共生社会推進事業",
            "2025 当初 4.55億円 地域共生社会推進事業", "2026 要求 5.2億円 地域共生社会推進事業"),
        items("（単位：百万円）\n  事 業 名            R6当初   R6補正   R7当初   R8要求\n"
            + "  地域共生社会推進事業※1       430      100      455      520", "令和8年度", "要求"));
  }

  @Test
  void figuresOnTheLineBelowTheirNameInATable() {
    assertEquals(List.of("2026 要求 34億円 緊急消防援助隊の機能強化（無人走行放水ロボット等の配備）",
            "2025 当初 29.5億円 緊急消防援助隊の機能強化（無人走行放水ロボット等の配備）", "2026 要求 6.8億円 新規 消防防災分野のDXの推進"),
        items("（単位：百万円）\n 事業名                 令和８年度要求額     令和７年度予算額\n 緊急消防援助隊の機能強化\n"
            + "  （無人走行放水ロボット等の配備）\n              3,400              2,950\n 消防防災分野のＤＸの推進（新規）\n"
            + "                680                 －\n 合計          4,080              2,950", "令和8年度", "要求"));
  }

  @Test
  void aTableTitledAsWhatWasSpentHoldsSettlementsAsAPdfsTextSetsItApartToo() {
    List<String> spent = List.of("2023 執行 78.12億円 緊急消防援助隊設備整備費補助金", "2024 執行 79.05億円 緊急消防援助隊設備整備費補助金");
    String table = "                                  （単位：百万円）\n 区　　分                          令和５年度    令和６年度\n"
        + " 緊急消防援助隊設備整備費補助金        7,812         7,905\n 合　　計                             17,154        17,867";
    assertEquals(spent, items("第２－３－１表　消防庁予算の決算額の推移\n" + table, "令和7年度", "当初"));
    // a PDF's text: a blank line between the title and its unit
    assertEquals(spent, items("第２－３－１表　消防庁予算の決算額の推移\n\n" + table, "令和7年度", "当初"));
  }

  @Test
  void aSlidesBoxWithItsLabelOverItsFigureIsTheFundsUnderTheSlidesTheme() {
    // a deck of slides a page each: the theme at the top, the fund's own name under it, a box at the foot whose labels
    // stand over their figures; a part's 「（予算額 …）」 under its grant's cap is the part's budget, not the cap's
    String deck = "地域経済イノベーションサイクルの全国展開\n地域経済循環創造事業交付金\n\n＜交付額＞\n１事業当たり上限 ５，０００万円\n\n"
        + "２６年度予算（案）\n１５．０億円\n（２５年度予算 １０．０億円）\n２５年度補正予算（案）\n２１．０億円\n2\n"
        + "\f過疎地域の自立活性化の推進\n\n過疎地域等自立活性化推進交付金\n２６年度予算（案） ８．０億円（２５年度 ６．５億円）\n\n"
        + "① 過疎地域等自立活性化推進事業\n交付率：定額（１事業当たり １，０００万円以内）\n（予算額 ４．０億円）\n3\n";
    assertEquals(List.of("2014 当初 15億円 地域経済循環創造事業交付金", "2013 当初 10億円 地域経済循環創造事業交付金",
            "2013 補正 21億円 地域経済循環創造事業交付金", "2014 当初 8億円 過疎地域等自立活性化推進交付金",
            "2013 当初 6.5億円 過疎地域等自立活性化推進交付金", "2014 当初 4億円 過疎地域等自立活性化推進事業"),
        items(deck, "平成26年度", "当初"));
  }

  @Test
  void aListOfMeasuresACellALineNamesEachFigureByTheNameOverItsDescriptionAndFields() {
    // a list of other ministries' measures as a PDF's text gives it without layout: ministry, name (its bracket on a
    // line of its own), what it does, its rates and caps, its figure and last year's (as the legend says), the office
    String list = "※１ 予算額欄は平成２２年度予算額。括弧内は平成２１年度当初予算額。「内数」とあるものは当該事業全体の予算額を記載。\n"
        + "厚生労働省\nドクターヘリ導入促進事業\nドクターヘリの運航に要する経費を補助\n補助率 １／２（都道府県） 基準額 １機当たり １億７千万円\n"
        + "２，３４０百万円\n（２，０１８百万円）\n医政局指導課\n03-5253-1111（内線2553）\n厚生労働省\nへき地保健医療対策費\n"
        + "へき地診療所の運営、へき地医療拠点病院による巡回診療・代診医派遣等への支援\n４，６５２百万円の内数\n（４，４１０百万円の内数）\n"
        + "医政局指導課\n文部科学省\n公立学校施設整備費\n（学校統合に伴う校舎等の新増築）\n補助率 １／２\n１０３，２３８百万円の内数\n"
        + "大臣官房文教施設企画部施設助成課\n";
    assertEquals(List.of("2010 当初 23.4億円 ドクターヘリ導入促進事業", "2009 当初 20.18億円 ドクターヘリ導入促進事業",
            "2010 当初 46.52億円の内数 へき地保健医療対策費", "2009 当初 44.1億円の内数 へき地保健医療対策費",
            "2010 当初 1,032.38億円の内数 公立学校施設整備費（学校統合に伴う校舎等の新増築）"),
        items(list, "平成22年度", "当初"));
  }

  @Test
  void aTableExtractedColumnByColumnIsReadAsItsRows() {
    // text extracted without layout: the names one under the other (one wrapped, group headings between), then each
    // column's header and its cells, a cell a line; a （参考） line of no budget above does not take the table with it
    String table = "（参考）ＩＣＴ関連市場規模 約７０兆円（２０１１年）\n1\n３ 主要事項\n（単位：千円）\n事 項\n"
        + "１ 推進体制の強化\n（１）防災庁（仮称）設置準備経費\n（２）総合防災情報システムの高度化（災害対応の司令塔\n機能の強化）\n"
        + "２ 被災者支援の充実\n（３）被災者生活再建支援金補助金\n合 計\n令和７年度\n予算額\n－\n1,842,310\n600,000\n2,442,310\n"
        + "令和８年度\n要求・要\n望額\n事項要求\n2,563,480\n600,000\n3,163,480\n増△減額\n－\n721,170\n0\n721,170\n";
    assertEquals(List.of("2026 要求 事項要求 防災庁（仮称）設置準備経費",
            "2025 当初 184,231万円 総合防災情報システムの高度化（災害対応の司令塔機能の強化）",
            "2026 要求 256,348万円 総合防災情報システムの高度化（災害対応の司令塔機能の強化）",
            "2025 当初 6億円 被災者生活再建支援金補助金", "2026 要求 6億円 被災者生活再建支援金補助金"),
        items(table, "令和8年度", "要求"));
  }

  @Test
  void aTableACellALineGoesOnPastAPartsRowAndANameCutMidWord() {
    // row by row, a cell a line: a part's row 「うち…」 with its figures in brackets, and a name cut inside a word
    String table = "（単位：百万円、％）\n事 項\n令和７年度\n予算額\n令和８年度\n要求・要望額\n増△減額\n対前年度比\n"
        + "(1) 経済安全保障に係る調査体制の強化\n412\n688\n276\n167.0\nうち技術流出防止に係る外国機関等との連携\n(95)\n(180)\n(85)\n(189.5)\n"
        + "(2) サイバー関連調査能力の向上\n356\n501\n145\n140.7\n(3) 情報セキュリティ対策・通信基\n盤の更新\n975\n1,120\n145\n114.9\n";
    assertEquals(List.of("2025 当初 4.12億円 経済安全保障に係る調査体制の強化", "2026 要求 6.88億円 経済安全保障に係る調査体制の強化",
            "2025 当初 3.56億円 サイバー関連調査能力の向上", "2026 要求 5.01億円 サイバー関連調査能力の向上",
            "2025 当初 9.75億円 情報セキュリティ対策・通信基盤の更新", "2026 要求 11.2億円 情報セキュリティ対策・通信基盤の更新"),
        items(table, "令和8年度", "要求"));
  }

  @Test
  void aTableOfTwoTiersWithItsYearBeforeInBracketsAndWordsInItsNotesColumn() {
    // 「上段は要求額、下段（ ）書きは前年度予算額」: each row's request, its 備考's words one space after it, and the year
    // before in brackets on the line below; a name cut where its phrase goes on (「…の」 over 「充実強化【拡充】 …」)
    String table = "（単位：百万円）\n事 項 ２５年度要求額 備 考\n（２４年度予算額）\n"
        + "１ 広域応援部隊の装備充実 ３，２１０ 特殊車両の配備\n（２，９８０） 等\n"
        + "２ 自主防災組織を核とした地域防災力の\n充実強化【拡充】 ５４０ 研修の充実\n（３９０）\n"
        + "３ 防災情報システムの更新 ７２０\n（７６０）\n";
    assertEquals(List.of("2013 要求 32.1億円 広域応援部隊の装備充実", "2012 当初 29.8億円 広域応援部隊の装備充実",
            "2013 要求 5.4億円 拡充 自主防災組織を核とした地域防災力の充実強化", "2012 当初 3.9億円 自主防災組織を核とした地域防災力の充実強化",
            "2013 要求 7.2億円 防災情報システムの更新", "2012 当初 7.6億円 防災情報システムの更新"),
        items(table, "平成25年度", "要求"));
  }

  @Test
  void aProgramsNameCutInsideJigyouJoinsItsEnd() {
    // 「○ …改善事」 over 「業（国土交通省）」: one name, the ministry in brackets after it
    assertEquals(List.of("2014 当初 120億円 離島航路運航確保維持改善事業（国土交通省）", "2013 当初 115億円 離島航路運航確保維持改善事業（国土交通省）"),
        items("○ 離島航路運航確保維持改善事\n業（国土交通省）\n平成２６年度予算額 １２０億円（平成２５年度予算額 １１５億円）\n", "平成26年度", "当初"));
  }

  @Test
  void aTableColumnByColumnWhoseNamesHaveNoMarksPairsEachNameWithItsCell() {
    // names with no mark or number of their own, one with its bracket on the next line, then 合計, the column's header and
    // its cells a line each: each line a row but the bracket's
    String table = "（単位：億円）\n事 項\n◎ 地域人材定着支援事業\n（地域雇用基金の積み増し）\n職業訓練受講給付金の拡充\n"
        + "介護職員処遇改善事業\n合 計\n補正予算額\n６５０\n３３０\n４２０\n１，４００\n";
    assertEquals(List.of("2013 補正 650億円 地域人材定着支援事業（地域雇用基金の積み増し）", "2013 補正 330億円 職業訓練受講給付金の拡充",
            "2013 補正 420億円 介護職員処遇改善事業"),
        items(table, "平成25年度", "補正"));
  }

  @Test
  void radicalsForKanjiAndAnEraLigatureReadAsTheKanjiAndTheEra() {
    // a PDF's font writes 文 as the Kangxi radical ⽂, 民 as ⺠, and 平成 as ㍻; a measure's year total under its heading
    String slide = "◯ 多⽂化共⽣推進事業\n㍻２４年度予算額 ２，８００万円（㍻２３年度予算額 ３，０００万円）\n"
        + "◯ 地域⺠間交流⽀援事業\n㍻２４年度予算額 １，２００万円\n\n【特別交付税措置】\n外国人住民への⽀援に要する経費\n"
        + "・ 措置率 ０．５\n・ ㍻２４年度 全体で約１２億円程度を⾒込む\n";
    assertEquals(List.of("2012 当初 2,800万円 多文化共生推進事業", "2011 当初 3,000万円 多文化共生推進事業",
            "2012 当初 1,200万円 地域民間交流支援事業", "2012 当初 約12億円 特別交付税措置"),
        items(slide, "平成24年度", "当初"));
  }

  @Test
  void aNoticesProseWrappedInsideAFigureAndBeforeAShareReadsItsTotalAndItsYearBefore() {
    // prose set to a width: 「…予算において総額 …」, a figure cut after its comma inside its bracket (「１２億３，」 over
    // 「４００万円）」), a share's label at a line's end over its figure (「…、市町村分」 over 「５億…」): no item
    String notice = "（１）平成２３年経済構造実態調査の実施に要する経費として、平成２３年度予算\n"
        + "において総額 ４８億２，６００万円（平成２２年度予算 １２億３，\n４００万円）が計上されました。\n"
        + "（２）委託費の内訳は、都道府県分 ８億１，２００万円、市町村分\n５億６，３００万円 です。\n";
    assertEquals(List.of("2011 当初 48.26億円 平成23年経済構造実態調査の実施に要する経費", "2010 当初 12.34億円 平成23年経済構造実態調査の実施に要する経費"),
        items(notice, "平成23年度", "当初"));
  }

  @Test
  void aTableColumnByColumnWithANameCutBetweenTwoWordsPairsEachRowWithItsCells() {
    // numbered groups with their sums, names a line each but one cut between two words (「国際競技大会派遣選手」 over
    // 「育成支援事業」), 合計, then each column's header over its cells a line each
    String table = "（単位：百万円）\n事 項\n１ 競技力\n選手強化合宿支援事業\n国際競技大会派遣選手\n育成支援事業\n２ 地域スポーツ\n"
        + "地域スポーツ指導者養成事業\n学校体育指導充実事業\n合 計\n２３年度\n予算額（Ａ）\n１，５００\n９００\n６００\n７００\n"
        + "４００\n３００\n２，２００\n２４年度\n要求額（Ｂ）\n１，８００\n１，０００\n８００\n９００\n５００\n４００\n２，７００\n";
    assertEquals(List.of("2011 当初 9億円 選手強化合宿支援事業", "2012 要求 10億円 選手強化合宿支援事業",
            "2011 当初 6億円 国際競技大会派遣選手育成支援事業", "2012 要求 8億円 国際競技大会派遣選手育成支援事業",
            "2011 当初 4億円 地域スポーツ指導者養成事業", "2012 要求 5億円 地域スポーツ指導者養成事業",
            "2011 当初 3億円 学校体育指導充実事業", "2012 要求 4億円 学校体育指導充実事業"),
        items(table, "平成24年度", "要求"));
  }

  @Test
  void aPrSheetsProjectCostUnderItsRequestIsNoItemAndANameCutInsideHojoIsOne() {
    // a PR sheet: the program's name cut inside 補助 (「…整備事業費補」 over 「助」), its 【要求額】 box, then the project's
    // whole cost (with the local bodies' shares) right under it
    String sheet = "２ 地方空港機能強化事業費補\n助\n担当課：航空局空港整備課\n【要求額】\n２，３１０百万円\n（２，０５０百万円）\n"
        + "事業費 ６，９３０百万円\n\n＜事業の概要＞\n地方空港の滑走路改良等を支援する。\n";
    assertEquals(List.of("2012 要求 23.1億円 地方空港機能強化事業費補助", "2011 当初 20.5億円 地方空港機能強化事業費補助"),
        items(sheet, "平成24年度", "要求"));
  }

  @Test
  void aLettersSentenceNamesItsProgramPastItsRemarkAndABudgetInWhichAndAStockIsNoItem() {
    // under a numbered heading, a sentence names its program before a remark in brackets, then 「…予算において」 its figure;
    // the arrears 「…年度末で」 are a stock, no budget
    String letter = "２ 地方税の電子申告の推進\n\n地方税の滞納額は、平成２１年度末で １兆９，８００億円 となっています。\n"
        + "国においては、電子申告普及促進事業（研修会の開催、広報資料の作成等）として、平成２３年度予算において １８百万円"
        + "（前年度 １５百万円）を計上しています。\n";
    assertEquals(List.of("2011 当初 1,800万円 電子申告普及促進事業", "2010 当初 1,500万円 電子申告普及促進事業"),
        items(letter, "平成23年度", "当初"));
  }

  @Test
  void aWhitePapersTableUnderItsMeasuresHeaderAndProseCutInsideADecimalAndAReservesUse() {
    // a 白書's table column by column under 「施 策」 (a name cut where its phrase goes on), then prose set to a width: a
    // figure cut after its decimal point (「（前年度６．」 over 「４億円）」) and a figure a reserve's use paid for
    String text = "（単位：億円）\n施 策\n電波利用環境の整備\n無線局の監理に関する調査の\n推進\n計\n平成19年度\n８．２\n３．１\n１１．３\n"
        + "平成20年度\n９．０\n２．９\n１１．９\n\n"
        + "　総務省は、不法無線局の探査を行う「電波監視強化事業」を平成１８年度から実施しており、平成２０年度予算では、\n"
        + "総務省計上分として５．２億円（前年度６．\n４億円）を計上している。\n"
        + "　１ 平成２４年度経済危機対応・地域活性化予備費の使用（平成２４年１１月３０日閣議決定）により措置された「災害用無線機緊急整備事業」（２．\n"
        + "１億円）については、平成２５年度に繰り越して実施している。\n";
    assertEquals(List.of("2007 当初 8.2億円 電波利用環境の整備", "2008 当初 9億円 電波利用環境の整備",
            "2007 当初 3.1億円 無線局の監理に関する調査の推進", "2008 当初 2.9億円 無線局の監理に関する調査の推進",
            "2008 当初 5.2億円 電波監視強化事業", "2007 当初 6.4億円 電波監視強化事業", "2012 予備費等 2.1億円 災害用無線機緊急整備事業"),
        items(text, "平成20年度", "当初"));
  }

  @Test
  void aLectureSetInNarrowColumnsReadsItsSentencesWhole() {
    // a journal's narrow column, 22 characters a line: a sentence names its program in 「」 before 「に、平成２２年度は」,
    // a year's 特別交付税 total cut before its unit (「…約２４」 over 「億円を…」), and a list of caps 「…が ５００万円、…が ３００万円」
    String text = "　国の予算といたしましては、山村の集落\nで住民が行う見守りや移動支援などの取組\nを支援する「山村集落活性化支援交付金」\n"
        + "に、平成２２年度は３．６億円（前年度２．\n４億円）を計上いたしました。交付の上限\nは、中心地区が ５００万円、周辺地区が ３\n"
        + "００万円です。あわせて特別交付税で措置\nしており、本年度は全体で約２４億円を見\n込んでおります。集落の取組は年々増えて\n"
        + "おりまして、本年度は約８００集落となる\n見込みでございます。研修の参加者も多く\nなりまして、約１，２００人が受講いたし\n"
        + "ました。今後も支援を続けてまいります。\n";
    assertEquals(List.of("2010 当初 3.6億円 山村集落活性化支援交付金", "2009 当初 2.4億円 山村集落活性化支援交付金",
            "2010 当初 約24億円 特別交付税措置"),
        items(text, "平成22年度", "当初"));
  }

  @Test
  void aSlidesBreakdownInCirclesAVerticalYearAndANameOverItsRemarkedFigure() {
    // a slide: the budget, its 「（内訳）」 parts numbered in circles (no items of their own), another ministry's program on a
    // bullet over its remark and figure, and a badge set vertically, its year's digits a line each
    String slide = " 行政相談機能の強化\n\n平成２１年度予算額 ４２．０億円 （平成２０年度 ３８．５億円）\n\n（内訳）\n"
        + "①２０．１億円 ②１５．９億円 ③６．０億円\n\n① 相談員の増員\n② 窓口の拡充\n③ 広報\n\n【関係府省の取組】\n"
        + "・ 法務省における人権相談体制の整備\n  （相談窓口の増設等） 平成２１年度予算 ５６億円\n\n２\n０\n年\n度\n補\n正\n"
        + "３．４億円\n\n";
    List<String> found = items(slide, "平成21年度", "当初");
    assertEquals(List.of("2009 当初 42億円 行政相談機能の強化", "2008 当初 38.5億円 行政相談機能の強化",
            "2009 当初 56億円 法務省における人権相談体制の整備"), found.subList(0, 3));
    assertTrue(found.stream().noneMatch(f -> f.contains("20.1億円") || f.contains("内訳")), found.toString());
    assertEquals(List.of("2008 補正"), found.stream().filter(f -> f.contains("3.4億円")).map(f -> f.substring(0, 7)).toList());
  }

  @Test
  void aTableLaidOutWithAnotherBoxBesideItAndARowOfLocalFinances() {
    // text extracted with its layout: a box's words beside the table's rows, a wide gap apart; a (参考) table's rows of the
    // local finance plan and of local bonds are no budget items
    String table = "                                   （単位：百万円）\n          平成１９年度     平成２０年度      比 較      対前年度比\n"
        + "   事 項\n           予 算 額       予算額（案）    増△減額       （％）\n"
        + "１ 火災予防対策の推進         ３，２１０        ３，４５０        ２４０      １０７．５      【地方財政措置】\n"
        + "２ 危険物保安対策の推進         ８２０          ８６０          ４０      １０４．９      事業費 １，２００億円\n\n"
        + "（参考） 地方財政措置等\n                                （単位：億円）\n  区 分          平成１９年度       平成２０年度\n"
        + "  消防費（地方財政計画 歳出）      １８，７５０         １８，９２０\n  防災対策事業（地方債）      ２，５００         ２，５００\n";
    assertEquals(List.of("2007 当初 32.1億円 火災予防対策の推進", "2008 当初 34.5億円 火災予防対策の推進",
            "2007 当初 8.2億円 危険物保安対策の推進", "2008 当初 8.6億円 危険物保安対策の推進"),
        items(table, "平成20年度", "当初"));
  }

  @Test
  void aLegendOfThreeBracketsWithAYearAfterItAndTheBudgetsOfABureauAsAWhole() {
    // a legend that ends with a sentence naming a year (no figure), 【 】 among its brackets; the bureau's 関係予算 and the
    // private investment a program draws are no items; a request stated 「…は、概算要求時（…）には」 is the topic's
    String text = "（金額は２５年度予算案、（ ）内は２４年度当初予算額、【 】内は２４年度補正予算案。「◎新規」は２５年度の新規事業）\n\n"
        + "平成２５年度予算案においては、環境技術関係予算として、一般会計 ３２０億円（前年度 ３０５億円）を計上した。\n"
        + "また、立地支援事業に ８０億円（民間投資 約２４０億円を誘発）を計上した。\n\n"
        + "○ 環境技術研究施設整備費補助金\n６．４億円（５．８億円）【２０．０億円】\n"
        + "※ 環境技術研究施設整備費補助金は、概算要求時（平成２４年９月）には ９．０億円 を要求\n";
    List<String> found = items(text, "平成25年度", "当初");
    assertTrue(found.contains("2012 補正 20億円 環境技術研究施設整備費補助金"), found.toString());
    assertTrue(found.contains("2012 当初 5.8億円 環境技術研究施設整備費補助金"), found.toString());
    assertTrue(found.contains("2013 要求 9億円 環境技術研究施設整備費補助金"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("320億円") || f.contains("240億円")), found.toString());
  }

  @Test
  void aBoxUnderBulletsOfWhatAProgramDoesIsTheNumberedProgramsAbove() {
    // a one-page summary: each numbered program, two or three bullets of what it does, then its box
    String page = "① 衛星放送受信環境整備事業\n（難視聴地域）の推進\n・共聴施設の改修支援、技術者の派遣\n・受信障害の調査（全国 約２００地区）\n"
        + "【２５年度予算 ３．１億円（２４年度 ２．６億円）】\n\n② 放送コンテンツ流通促進事業【拡充】\n・地域の番組の海外への発信\n"
        + "・官民ミッションの派遣\n・実証（１件当たり 上限 ５千万円、８件程度）\n【２５年度予算 ４．４億円（２４年度 ３．０億円）】\n";
    assertEquals(List.of("2013 当初 3.1億円 衛星放送受信環境整備事業（難視聴地域）の推進", "2012 当初 2.6億円 衛星放送受信環境整備事業（難視聴地域）の推進",
            "2013 当初 4.4億円 拡充 放送コンテンツ流通促進事業", "2012 当初 3億円 放送コンテンツ流通促進事業"),
        items(page, "平成25年度", "当初"));
  }

  @Test
  void aMarkedNameWithItsShortRestAYearsTotalInABracketAndAnotherBudgetInABracket() {
    // 「○ …推進」 over 「モデル事業（新規）」 is one name; a 特別交付税措置's year total in the bracket of its caps; 「（別途、…
    // 補正予算 …）」 under a figure is the same program's
    String slide = "○ 証明書コンビニ交付推進\nモデル事業（新規）\n０．８億円\n\n地方財政措置\n\n"
        + "交付手数料を減額する市町村に対し、特別交付税措置を講じる\n（１件当たり ３００円を上限とし、平成２１年度は全体で約９億円を見込む）。\n\n"
        + "窓口端末整備\n事業 ２．４億円（２．１億円）\n（別途、平成２０年度第２次補正予算 １．５億円）\n";
    assertEquals(List.of("2009 当初 8,000万円 新規 証明書コンビニ交付推進モデル事業", "2009 当初 約9億円 特別交付税措置",
            "2009 当初 2.4億円 窓口端末整備事業", "2008 当初 2.1億円 窓口端末整備事業", "2008 補正 1.5億円 窓口端末整備事業"),
        items(slide, "平成21年度", "当初"));
  }

  @Test
  void aSlidesGluedPageNumberUnderADeclaredUnitAndAFiguresPartsByExpenseAreNoItems() {
    // a deck whose first slide declares its unit: a later slide's page number glued to its last line of words is no 「3億円」,
    // and the parts of a 給付金's figure by kind of expense are none either
    String deck = "（単位：億円）\n事 項 補正予算額\n臨時生活支援給付金 ２，１００\n\n 臨時生活支援給付金\n"
        + "２，１００億円\n（給付費 １，８５０億円、事務費 ２５０億円）\n対象者 住民税が課税されていない者 3\n";
    List<String> found = items(deck, "平成25年度", "補正");
    assertTrue(found.stream().noneMatch(f -> f.contains(" 3億円") || f.contains("1,850億円") || f.contains("250億円")), found.toString());
    assertTrue(found.contains("2013 補正 2,100億円 臨時生活支援給付金"), found.toString());
  }

  @Test
  void aNoticesFigureCutInsideItsThousandsTheSumOfCapsAndATableOfCapsAreReadAsThey() {
    // a 通知 set to a width: a figure cut inside a group of thousands (「１億５，０」 over 「００万円」), caps and their sum
    // (「…の計３００万円」), and an annex titled by caps (「…の上限額」) whose rows are caps per head
    String notice = "　平成２４年度補正予算において、「集落ネットワーク形成モデル事業」として１億５，０\n"
        + "００万円を計上したところであり、平成２５年度に繰り越して実施する。上限額は、報償費等２００万円、その他の経費\n"
        + "１００万円の計３００万円である。\n\n（別紙）集落支援員に係る特別交付税措置の上限額\n区 分 平成２４年度 平成２５年度\n"
        + "集落支援員（専任） ３５０万円 ３５０万円\n集落支援員（兼任） ４０万円 ４０万円\n";
    assertEquals(List.of("2012 補正 1.5億円 集落ネットワーク形成モデル事業"), items(notice, "平成25年度", "当初"));
  }

  @Test
  void aParagraphsFiguresAreTheProgramItQuotedAndASupplementAddedIsTheSameYears() {
    // under a heading that names no program: the paragraph quotes its program, then states its budgets sentence by sentence;
    // 「…当初予算の４２億円に加え、第１次補正予算で …」 is that year's 補正
    String text = "７ 防災情報の伝達\n　災害時の情報伝達の強化に向けましては、「防災行政無線整備推進交付金」により、市町村が行う無線の"
        + "整備を支援してまいりました。平成２１年度は当初予算の１８億円に加え、第１次補正予算で６５億円を措置しました。本年度予算は"
        + "１５億円です。\n";
    assertEquals(List.of("2009 当初 18億円 防災行政無線整備推進交付金", "2009 補正 65億円 防災行政無線整備推進交付金",
            "2010 当初 15億円 防災行政無線整備推進交付金"),
        items(text, "平成22年度", "当初"));
  }

  @Test
  void aBoxsFigureOverItsStatusAndNameUnderASlidesHeadingIsTheProgramBelow() {
    // a slide: its heading names no program; a box's 「２３年度要求額 …」 under a blank line, then 【新規】, then the program
    String slide = "Ⅲ 安心して暮らせる地域の実現\n\n２３年度要求額 ９．５億円（特別枠要望）\n【新規】\n地域見守りＩＣＴ実証事業\n"
        + "高齢者の見守りをＩＣＴで支えるモデルを実証\n";
    assertEquals(List.of("2011 要求 9.5億円 新規 地域見守りICT実証事業"), items(slide, "平成23年度", "要求"));
  }

  @Test
  void prSheetsWithARunningHeadAndFiguresSpacedAfterTheirCommas() {
    // PR sheets, one program a page: the running head under each title is no name, and 「7, 240百万円」 is one figure
    String head = "平成２４年度概算要求 主要施策ＰＲ資料\n";
    String sheets = head + "国際会議運営費\n要求額 7, 240百万円（２３年度予算額 6, 980百万円）\n１／３\n"
        + "在外邦人安全対策経費\n" + head + "（２３年度予算額） （２４年度要求額）\n１，４８０百万円 ⇒ １，６５０百万円\n２／３\n"
        + "海外広報強化事業\n" + head + "要求額 ９２０百万円\n３／３\n";
    List<String> found = items(sheets, "平成24年度", "要求");
    assertTrue(found.contains("2012 要求 72.4億円 国際会議運営費"), found.toString());
    assertTrue(found.contains("2011 当初 69.8億円 国際会議運営費"), found.toString());
    assertTrue(found.contains("2012 要求 9.2億円 海外広報強化事業"), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("ＰＲ資料") || f.contains("PR資料")), found.toString());
  }

  @Test
  void aSentenceOfWhatTheExpenseIsForUnderANumberedProgramIsThatPrograms() {
    // 「② …対策の推進」 over 「…に関する調査等に要する経費として、０．８億円（前年度０．９億円）を計上する。」
    String text = "② 電波監視体制の強化の推進\n　不法無線局の探査や混信の調査等に要する経費として、１．４億円（前年度１．１億円）を計上する。\n";
    assertEquals(List.of("2014 当初 1.4億円 電波監視体制の強化の推進", "2013 当初 1.1億円 電波監視体制の強化の推進"),
        items(text, "平成26年度", "当初"));
  }

  @Test
  void aHeaderWhoseYearStandsOverTwoColumnsIsNoYearPrintedTwice() {
    // 「２４年度 ２４年度 ２３年度」: the year's request and its budget, then the year before's, one space apart
    String table = "（単位：千円）\n区 分 ２４年度 ２４年度 ２３年度 増△減額\n概算要求額（Ａ） 予算額（案）（Ｂ） 予算額（Ｃ） （Ｂ）－（Ｃ）\n"
        + "（１）統計調査員の確保対策 ２１２，５６０ １９８，２４０ ２０５，３１０ △７，０７０\n";
    assertEquals(List.of("2012 要求 21,256万円 統計調査員の確保対策", "2012 当初 19,824万円 統計調査員の確保対策",
            "2011 当初 20,531万円 統計調査員の確保対策"),
        items(table, "平成24年度", "当初"));
  }

  @Test
  void aLegendsMinistryMarkBeforeANameIsNoPartOfIt() {
    // 「【厚】…」「【国】…」: a slide's legend marks each program with its ministry; the name is what follows the mark
    String slide = "【厚】水道施設整備費補助 ２６３億円の内数\n【国】下水道事業費補助 １５０億円の内数\n";
    assertEquals(List.of("2013 当初 263億円の内数 水道施設整備費補助", "2013 当初 150億円の内数 下水道事業費補助"),
        items(slide, "平成25年度", "当初"));
  }

  @Test
  void aFormsFigureWithItsYenOnTheNextLineAndASettlementsStatistic() {
    // an annex's form: 「予 算 額 ２２，６００，０００」 over 「円」; a settlement's statistic 「…決算における…の額は全国で」
    String text = "事 業 名 地方公会計研修事業\n予 算 額 ２２，６００，０００\n円\n前年度予算額 １８，４００，０００円\n\n"
        + "　なお、平成２０年度決算における第三セクターへの損失補償債務等の額は全国で 約５兆１，２００億円 となっている。\n";
    assertEquals(List.of("2010 当初 2,260万円 地方公会計研修事業", "2009 当初 1,840万円 地方公会計研修事業"),
        items(text, "平成22年度", "当初"));
  }

  @Test
  void aListsCircledKatakanaMarkIsNoPartOfTheName() {
    // 「㋐」「㋑」: a list's marks in circled katakana, before each program
    String list = "㋐ 駐屯地・基地等の耐震化 ４５４億円\n㋑ 災害対処用装備品の整備 １２０億円\n";
    assertEquals(List.of("2012 補正 454億円 駐屯地・基地等の耐震化", "2012 補正 120億円 災害対処用装備品の整備"),
        items(list, "平成24年度", "補正"));
  }

  @Test
  void twoCellsRunTogetherWhereTheirColumnsTouchAreTwoFigures() {
    // 「１，２０４，５５０１，３８７，９４０」: the year before's and this year's, no space between
    String table = "（単位：千円）\n事 項 ２１年度予算額 ２２年度予算（案） 増△減額\n"
        + "検察体制の整備 １，２０４，５５０１，３８７，９４０ １８３，３９０\n取調べの試行 ９８，６００ ２４２，８１０ １４４，２１０\n";
    assertEquals(List.of("2009 当初 120,455万円 検察体制の整備", "2010 当初 138,794万円 検察体制の整備",
            "2009 当初 9,860万円 取調べの試行", "2010 当初 24,281万円 取調べの試行"),
        items(table, "平成22年度", "当初"));
  }

  @Test
  void whatLocalAllocationTaxGivesLocalBodiesIsNoBudgetItem() {
    // a 通知's year's 特別交付税措置 is an item; the total of 特別交付税 and a table of what it gave year by year are not
    String notice = "上記により、平成２７年度における離島振興に係る特別交付税措置額は、全体で 約８５億円を見込んでいる。\n"
        + "なお、平成２７年度の特別交付税の総額は １兆５２１億円である。\n\n"
        + "（参考）離島振興に係る特別交付税措置額の推移\n（単位：億円）\n区 分 ２４年度 ２５年度 ２６年度\n"
        + "航路補助 ３２ ３４ ３６\n診療所運営 １８ １９ ２０\n";
    assertEquals(List.of("2015 当初 約85億円 特別交付税措置"), items(notice, "平成27年度", "当初"));
  }

  @Test
  void aTableColumnByColumnUnderItsUnitNamesEachBareCellByItsPlace() {
    // names a line each (a row's breakdown 「（うち…）」 over two lines belongs to it), then each column's label over its
    // bare cells under 「（単位：千円）」, parts 「…の内数」 among them
    String table = "（単位：千円）\n事 業 名\n漁村体験学習推進事業\n海洋教育支援事業\n（うち離島における\n体験学習分）\n"
        + "水産多面的機能発揮対策交付金\n平成２２年度予算額\n２１，４００\n３２０，０００の内数\n１，２００，０００の内数\n"
        + "平成２１年度予算額\n１８，９００\n３１０，０００の内数\n１，１５０，０００の内数\n";
    assertEquals(List.of("2010 当初 2,140万円 漁村体験学習推進事業", "2010 当初 3.2億円の内数 海洋教育支援事業",
            "2010 当初 12億円の内数 水産多面的機能発揮対策交付金", "2009 当初 1,890万円 漁村体験学習推進事業",
            "2009 当初 3.1億円の内数 海洋教育支援事業", "2009 当初 11.5億円の内数 水産多面的機能発揮対策交付金"),
        items(table, "平成22年度", "当初"));
  }

  @Test
  void aReferenceTableACellALineUnderItsYearsKeepsItsFirstRowAndARowsStatusInBrackets() {
    // a 補正's document ends with 「（参考）…当初予算の主な事項」: its table a cell a line; the first row's first figure alone
    // (「２８６」) is no page's number, and a status in brackets of its own line (「【拡充】」) between a name and its figures
    String table = "（参考）平成２１年度当初予算の主な事項（補正予算関係以外）\n\n（単位：百万円）\n事 項\n２１年度\n当初予算額\n"
        + "２０年度\n当初予算額\n防火査察体制の強化\n２８６\n２４１\n予防技術資格者の育成\n【拡充】\n１３２\n８８\n"
        + "地域防災訓練の充実\n１８\n１８\n";
    assertEquals(List.of("2009 当初 2.86億円 防火査察体制の強化", "2008 当初 2.41億円 防火査察体制の強化",
            "2009 当初 1.32億円 拡充 予防技術資格者の育成", "2008 当初 8,800万円 予防技術資格者の育成",
            "2009 当初 1,800万円 地域防災訓練の充実", "2008 当初 1,800万円 地域防災訓練の充実"),
        items(table, "平成21年度", "補正"));
  }

  @Test
  void aSectionHeadedByABudgetGivesItsFiguresThatBudgetToTheNextHeadingAlike() {
    // a 通知's 別紙: 「第１ 平成２６年度補正予算」 over its programs under headings numbered 「１ 」; a bracket's words cut
    // between two kanji (「２６年度補」 over 「正予算 …」)
    String notice = "第１ 平成２６年度補正予算\n\n１ 地域住民生活等緊急支援のための交付金\n⑴ 地域消費喚起・生活支援型 ２，４００億円\n\n"
        + "２ 地域経済循環創造事業交付金\n地域の資源と地域金融機関の融資等を活用した地域密着型企業の立ち上げを支援（２６年度補\n"
        + "正予算 ３３．０億円）。\n\n第２ 平成２７年度予算（案）\n\n１ 分散型エネルギーインフラプロジェクト\n⑴ マスタープラン策定支援 ４．５億円\n";
    assertEquals(List.of("2014 補正 2,400億円 地域消費喚起・生活支援型", "2014 補正 33億円 地域経済循環創造事業交付金",
            "2015 当初 4.5億円 マスタープラン策定支援"),
        items(notice, "平成27年度", "当初"));
  }

  @Test
  void aNameCutInsideAWordOverItsEndIsOneName() {
    // a PR sheet's title cut inside a word (「…プロジェクト支」 over 「援交付金」), its box's bracket over two lines
    assertEquals(List.of("2015 要求 65億円 農山漁村活性化プロジェクト支援交付金", "2014 当初 61.23億円 農山漁村活性化プロジェクト支援交付金"),
        items("平成２７年度予算概算要求の概要\n２ 農山漁村活性化プロジェクト支\n援交付金\n【６，５００\n（６，１２３）百万円】\n", "平成27年度", "要求"));
  }

  @Test
  void aListOfMinistriesProgramsACellALineWithRowNumbersAndPartsCells() {
    // 番号, 府省名, 施策名 and the figures a cell a line; a row on one line after its number; parts' cells 「…の内数」
    String table = "（単位：百万円）\n番号\n府省名\n施策名\n２３年度\n要求額\n２２年度\n予算額\n備考\n1\n内閣府\n地域活性化推進調査事業\n420\n380\n\n"
        + "2\n総務省\n緑の分権改革推進事業\n1,050\n620\n拡充\n3\n農林水産省\n農山漁村活性化プロジェクト支援交付金\n31,200の内数\n33,950の内数\n"
        + "4 経済産業省 地域新成長産業創出促進事業 3,650 2,890\n5\n国土交通省\n離島体験滞在交流促進事業\n60\n45\n";
    assertEquals(List.of("2011 要求 4.2億円 地域活性化推進調査事業", "2010 当初 3.8億円 地域活性化推進調査事業",
            "2011 要求 10.5億円 拡充 緑の分権改革推進事業", "2010 当初 6.2億円 緑の分権改革推進事業",
            "2011 要求 312億円の内数 農山漁村活性化プロジェクト支援交付金", "2010 当初 339.5億円の内数 農山漁村活性化プロジェクト支援交付金",
            "2011 要求 36.5億円 地域新成長産業創出促進事業", "2010 当初 28.9億円 地域新成長産業創出促進事業",
            "2011 要求 6,000万円 離島体験滞在交流促進事業", "2010 当初 4,500万円 離島体験滞在交流促進事業"),
        items(table, "平成23年度", "要求"));
  }

  @Test
  void aReferencesTableOfGrantsAndAPagesNumberAreNoItemsAndAReferenceEndsWithItsParagraph() {
    // a （参考） table of grants decided, its rows numbered Ⅰ Ⅱ, restates no budget; a （参考） of no budget ends with its
    // paragraph; 「－ ２ －」 is the page's number
    String text = "（参考）都道府県計画に基づく交付決定額（公費ベース）\n区分 ２６年度 ２７年度\nⅠ 施設・設備の整備 １７４億円 ４５４億円\n"
        + "Ⅱ 在宅医療の推進 ２０６億円 ６５億円\n合計 ３８０億円 ５１９億円\n\n"
        + "（参考）半日前予測の的中率 約４割\n\n② 次期静止気象衛星の整備 １１８億円（９６億円）\n－ ２ －\n";
    assertEquals(List.of("2016 当初 118億円 次期静止気象衛星の整備", "2015 当初 96億円 次期静止気象衛星の整備"),
        items(text, "平成28年度", "当初"));
  }

  @Test
  void aTablesSourcesOfMoneyAreNoProgramsAndANameCutInItsKatakanaIsOne() {
    // 「うち…財源」 rows are where the money comes from; a name cut inside a word of katakana; a row's mark after a
    // heading cut mid-phrase starts a row of its own
    String table = "（単位：百万円）\n区 分 平成31年度予算額 前年度予算額 対前年度比\n観 光 庁 計 50,657 34,443 1.47\n"
        + "うち国際観光旅客税財源 25,562 － 皆増\nうち一般財源等 25,095 34,443 0.73\n"
        + "◆地方部における無料Ｗｉ－Ｆｉ・キャッシュ\nレス環境の整備支援事業 1,380 － 皆増 新規\n"
        + "Ⅱ．我が国の多様で豊かな観光資源を体験型コンテンツに\n◆地域の観光資源の多言語解説整備支援事業 1,920 1,500 1.28\n";
    assertEquals(List.of("2019 当初 13.8億円 新規 地方部における無料Wi－Fi・キャッシュレス環境の整備支援事業",
            "2019 当初 19.2億円 地域の観光資源の多言語解説整備支援事業", "2018 当初 15億円 地域の観光資源の多言語解説整備支援事業"),
        items(table, "平成31年度", "当初"));
  }

  @Test
  void aRemarkOfWhatBecameOfARowIsNoCellAndAPageRestatingTheRowRoundedIsNoNewItem() {
    // 「皆増」 in the 備考 column (a cost that comes back every few years) is no figure; the page after the table restates
    // its rows in 億円 under names alike (「港湾清掃費」 → 「港湾清掃の推進」): no new items
    String text = "（単位：千円）\n区 分 ５年度予算額（案） ４年度予算額 比較増△減額 備 考\n"
        + "海岸漂着物調査費 ８０，５００ － ８０，５００ 皆増\n港湾清掃費 ２３４，１００ ２１０，０００ ２４，１００ 拡充\n"
        + "合 計 ３１４，６００ ２１０，０００ １０４，６００\n\n２ 港湾清掃の推進 ２．３億円（４年度 ２．１億円）\n";
    assertEquals(List.of("2023 当初 8,050万円 海岸漂着物調査費", "2023 当初 23,410万円 拡充 港湾清掃費", "2022 当初 2.1億円 港湾清掃費"),
        items(text, "令和5年度", "当初"));
  }

  @Test
  void aWhitePapersSentenceWithItsFigureOnTheLineBelowAndItsYearFromTheSectionsHeading() {
    // the 補正 of the section's heading; a figure wrapped below its program's particle; a program named as the means
    String text = "（１）令和３年度の補正予算等による支援\n"
        + "政府は、被災した市町村の庁舎の通信設備を早く直せるよう、地方公共団体の取組を後押しする「庁舎通信設備復旧事業」\n"
        + "（新規）に ４．５億円 を計上した。また、離島通信確保事業により避難先での臨時回線の確保に ２．２億円 を措置した。\n"
        + "さらに、本格的な復旧を進めるため、地域の放送設備の再建を支援する放送設備再建支援事業に\n"
        + "１２．５億円 を追加し、沿岸部での放送の受信環境の整備を進めている。\n";
    assertEquals(List.of("2021 補正 4.5億円 新規 庁舎通信設備復旧事業", "2021 補正 2.2億円 離島通信確保事業",
            "2021 補正 12.5億円 放送設備再建支援事業"), items(text, "令和4年度", "当初"));
  }

  @Test
  void aTableOfGrantsDecidedPerBodyHasNoItemsAndAHeadingsNumberRunIntoItsNameIsNoPartOfIt() {
    // the annex of a 交付決定 notice lists grants to municipalities (総事業費 and 交付決定額), not budgets; a heading's
    // number printed twice and run into the name (「１１ 情情報報…」 → 「1情報…」)
    String text = "別表\n離島通信支援交付金 交付決定一覧\n\n（単位：千円）\n都道府県 交付先 事業概要 総事業費 交付決定額\n"
        + "長崎県 五島市 光ファイバ網の整備 ２１６，０００ ７２，０００\n鹿児島県 大島郡瀬戸内町 伝送路の整備 ９４，５３０ ３１，５１０\n"
        + "計 ２件 ３１０，５３０ １０３，５１０\n\n（単位：千円）\n都道府県 事業主体 整備地区 整備区分 交付決定額\n"
        + "沖縄県 竹富町 波照間地区 基地局・伝送路 61,340\n長崎県 対馬市 鰐浦地区 伝送路 52,300\n\n"
        + "1離島通信支援交付金\n【令和５年度予算額 ３．２億円（令和４年度予算額 ２．９億円）】\n";
    assertEquals(List.of("2023 当初 3.2億円 離島通信支援交付金", "2022 当初 2.9億円 離島通信支援交付金"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aBracketInRunningTextNamesTheProgramWhoseFigureItGives() {
    // the program inside the bracket before its figure, or right before a bracket of the budget's words alone; a
    // program's own name before the bracket stays
    String text = "・ 島の物産の販路の開拓（地域産品流通支援事業 ４２，３００千円の内数）\n"
        + "・ 離島の航路の運営費については、国土交通省の離島航路運営費補助金（令和５年度予算 ６１．２億円）により支援します。\n"
        + "３ 島しょ部の生活基盤強化推進（地方創生推進交付金 １，０００億円の内数）\n";
    assertEquals(List.of("2023 当初 4,230万円の内数 地域産品流通支援事業", "2023 当初 61.2億円 離島航路運営費補助金",
            "2023 当初 1,000億円の内数 島しょ部の生活基盤強化推進"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aReferenceTableWithItsOwnUnitAndYearsGivesItemsAndObligationsForLaterYearsNone() {
    // a （参考） heading of no budget over a table with its unit and its years' columns: that table's figures; a （参考）
    // heading ending with a year's budget: that year's 当初; rows of obligations for later years and balances: none
    String text = "（参考）主な定期調査の要求額\n（単位：百万円）\n調 査 名 周 期 ４年度予算額 ５年度要求額\n"
        + "住宅需要実態調査 毎年 ３１２ ３３０\n\n（参考）本交付金に統合する主な補助金の４年度予算額\n（単位：億円）\n"
        + "地域交通再編補助金 １，２４０\n\n（参考）後年度負担の状況\n（単位：億円）\n区 分 令和４年度 令和５年度要求\n"
        + "新規後年度負担 2,960 3,120\n既定分の後年度負担 8,330 8,520\n";
    assertEquals(List.of("2022 当初 3.12億円 住宅需要実態調査毎年", "2023 要求 3.3億円 住宅需要実態調査毎年",
            "2022 当初 1,240億円 地域交通再編補助金"), items(text, "令和5年度", "要求"));
  }

  @Test
  void aTotalOverYearsIsNoItemAndASentenceWrappedBeforeItsFigureIsOne() {
    // a total over five years; a sentence whose figure and verb are on the line below; a program quoted before its
    // bracketed figure; a numbered heading's name wrapped before 「対策事業」
    String text = "- 令和５年度から令和９年度までの５年間で、総額 約８０億円程度を投じ、実用化を目指す。\n"
        + "- 地域防災無線高度化事業については、電波利用料財源により引き続き別途\n"
        + "４．２億円（前年度 ３．９億円）を計上。\n"
        + "- なお、４年度第２次補正予算で実施した「避難情報配信基盤の整備」（１２．０億円）の成果を活用。\n\n"
        + "３ 地下街等における電波遮へい\n対策事業（新規） ２．４億円\n";
    assertEquals(List.of("2023 当初 4.2億円 地域防災無線高度化事業", "2022 当初 3.9億円 地域防災無線高度化事業",
            "2022 補正 12億円 避難情報配信基盤の整備", "2023 当初 2.4億円 新規 地下街等における電波遮へい対策事業"),
        items(text, "令和5年度", "当初"));
  }

  @Test
  void aParagraphsLegendOfBracketsAndASentenceReferringBackToItsSection() {
    // 「括弧内の金額は…」 at the end of a paragraph's sentences on its figures; 「その…に要する経費」 is the section's program
    String text = "以下、主要な施策の概要を記述する。なお、本資料における金額は、特に断りのない限り令和５年度予算額であり、"
        + "括弧内の金額は令和４年度当初予算額である。\n\n（１）共通事務基盤の整備\n"
        + "各府省の事務を一つの基盤に集めるため、その構築及び運用に要する経費として１８億円（６．２億円）を計上している。\n";
    assertEquals(List.of("2023 当初 18億円 共通事務基盤の整備", "2022 当初 6.2億円 共通事務基盤の整備"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aReservesUseALabelPairedByASlashAndASectionOfTheLocalFinancesFigures() {
    // what a reserve was used for, the reserve's; 「要求額／前年度予算額 Ａ／Ｂ」: Ａ the request, Ｂ the year before's;
    // the local finances' figures under a numbered heading are no items
    String text = "　震災の直後には、令和５年度の一般予備費を使用し、仮設中継局の緊急配備に要する経費 ２．１億円 を措置しました。\n\n"
        + "１ 住民記録システムの標準化\n要求額／前年度予算額 ５６．４百万円／４２．３百万円\n\n"
        + "２ 令和６年度の地方財政の姿（仮試算）\n・地方税 ４２．５兆円程度（５年度 ４２．１兆円）\n";
    assertEquals(List.of("2023 予備費等 2.1億円 仮設中継局の緊急配備に要する経費", "2024 要求 5,640万円 住民記録システムの標準化",
            "2023 当初 4,230万円 住民記録システムの標準化"), items(text, "令和6年度", "要求"));
  }

  @Test
  void aSpeechsSentencesReferBackToTheProgramNamedBefore() {
    // 「同補助金について、前年度を上回る…」: the 補助金 named last, this year's figure; 「当たりました」 is a verb, no limit per
    // recipient
    String text = "　延べ約２万人が救助活動に当たりました。このため、令和５年度補正予算におきまして、防災資機材整備費補助金として"
        + "４２．５億円を措置いたしました。\n　令和６年度予算案におきましても、同補助金について、前年度を上回る２８．０億円を確保いたしました"
        + "（前年度２６．４億円）。\n";
    assertEquals(List.of("2023 補正 42.5億円 防災資機材整備費補助金", "2024 当初 28億円 防災資機材整備費補助金",
            "2023 当初 26.4億円 防災資機材整備費補助金"), items(text, "令和6年度", "当初"));
  }

  @Test
  void aWhitePapersStatisticsAreNoItemsAndItsSentencesReferBackToAQuotedProgram() {
    // a statistic's record and estimate; 「同事業の…予算は」 after the quoted program it refers to, with no verb of budgeting
    String text = "国民医療費は令和３年度に４５兆３５９億円と過去最高を更新し、介護の総費用も令和４年度には約１１兆円に上る見込みである。\n"
        + "総務省は、令和３年度から、「遠隔教育実証推進事業」を実施してきた。\n同事業の令和５年度予算は ３．２億円（前年度 ４．１億円）であり、"
        + "成果を取りまとめる予定である。\n";
    assertEquals(List.of("2023 当初 3.2億円 遠隔教育実証推進事業", "2022 当初 4.1億円 遠隔教育実証推進事業"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aPageRestatingBothYearsOfATablesRowUnderAnotherNameIsNoNewItem() {
    // the table in 百万円, then a page's 「１ 年金の適正な支給 ５，２３９億円（４年度 ５，６０２億円）」: both years of the row
    // 「年金費」 rounded, under another name
    String text = "（単位：百万円）\n区 分 ５年度予算額（案） ４年度予算額 増△減額\n年金費 ５２３，９１７ ５６０，１７０ △３６，２５３\n"
        + "事務費 ２，８４０ ２，９１５ △７５\n\n１ 年金の適正な支給 ５，２３９億円（４年度 ５，６０２億円）\n";
    assertEquals(List.of("2023 当初 5,239.17億円 年金費", "2022 当初 5,601.7億円 年金費", "2023 当初 28.4億円 事務費",
            "2022 当初 29.15億円 事務費"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aNoteOfASupplementaryBudgetWrappedBeforeItsFigure() {
    // 「なお、…補正予算において、」 before the name; the name's count in passing; the phrase wrapped before its figure
    String text = "・ なお、令和４年度第１次補正予算において、年金記録（約３００万件）の電子化に\n"
        + "要する経費 ４．２億円 を措置し、記録の保全を図っているところ\n";
    assertEquals(List.of("2022 補正 4.2億円 年金記録の電子化に要する経費"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aPressReleaseOnACallsResultGivesItsProgramsBudgetAndNoGrantsPerBody() {
    // the title under the date names the program; 「平成２２年度予算額」 alone under 「（２）予算額」 is its budget; the annex of
    // grants planned per body (補助予定額) gives none
    String text = "報 道 資 料\n\n令和５年７月３日\n総 務 省\n\n「令和５年度 遠隔教育モデル事業」の採択団体の決定\n\n"
        + "１ 事業の概要\n（１）予算額\n令和５年度予算額 ６億２，０００万円\n（２）補助率\n１／２\n\n別紙\n（単位：千円）\n"
        + "No. 都道府県 提案団体 事業の名称 補助予定額\n1 北海道 名寄市 遠隔授業の実証 ９８，４００\n2 岩手県 遠野市 遠隔学習支援 ６２，５００\n";
    assertEquals(List.of("2023 当初 6.2億円 遠隔教育モデル事業"), items(text, "令和5年度", "当初"));
  }

  @Test
  void donationsAndTheProjectsCostAGrantIsReckonedOnAreNoItems() {
    String text = "＜令和４年の実績＞\n寄附件数 約６万件\n寄附金額 約８１億２千万円\n\n交付対象事業費 約９，８００億円\n"
        + "○ 地域人材派遣事業 ６２，０００千円（令和４年度 ５４，３００千円）\n";
    assertEquals(List.of("2023 当初 6,200万円 地域人材派遣事業", "2022 当初 5,430万円 地域人材派遣事業"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aSupposedCaseAndATaxCreditAreNoItems() {
    // 「借入額 …（…）の場合」 is a case supposed; 「最大控除額 …」 a tax credit per household
    String text = "○ 住宅ローン減税（最大控除額 ５００万円）と併せ、住宅取得を支援\n借入額 ３，０００万円（返済期間３５年）の場合 総返済額 約１２０万円 の軽減\n"
        + "○ 住宅省エネ改修支援事業 ４５億円\n";
    assertEquals(List.of("2023 補正 45億円 住宅省エネ改修支援事業"), items(text, "令和5年度", "補正"));
  }

  @Test
  void aQuotedNameBeforeItsParticleIsTheNameWithoutItsQuotes() {
    // 「…「救急業務高度化推進事業」に」 over 「５年度は１．６億円（４年度１．４億円）を計上」
    String text = "また、救急搬送の円滑化を図るため、「救急業務高度化推進事業」に\n５年度は１．６億円（４年度１．４億円）を計上しております。\n";
    assertEquals(List.of("2023 当初 1.6億円 救急業務高度化推進事業", "2022 当初 1.4億円 救急業務高度化推進事業"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aSpecialGrantMeasuresTotalIsTheMeasuresItem() {
    // 「…特別交付税措置を講じます。…措置額は、全体で 約１０億円 を見込んでいます。」
    String text = "外国人住民への生活支援等について、特別交付税措置を講じます。令和５年度の措置額は、全体で 約１０億円 を見込んでいます。\n"
        + "- 措置率 ０．５、１団体当たり上限 ５００万円\n";
    assertEquals(List.of("2023 当初 約10億円 特別交付税措置"), items(text, "令和5年度", "当初"));
  }

  @Test
  void aBudgetExecutionSurveysSheetNamesItsFiguresByItsCase() {
    // a 予算執行調査's sheet: 調査事案名 and 調査対象予算額 on lines of their own, or each field a cell a line (「項」 over its
    // value, which is no program)
    String sheets = "予算執行調査資料 総括調査票\n調査事案名 （２）学校ＩＣＴ環境整備促進事業\n府省名 文部科学省 会計 一般会計 項 初等中等教育振興費\n"
        + "調査対象予算額 令和元年度補正予算：２０５，６００百万円 令和２年度予算：１０，３２０百万円\n調査主体 本省\n- 2 -\n"
        + "予算執行調査資料 総括調査票\n調査事案名\n（３）空き家対策総合支援事業\n府省名\n国土交通省\n会計\n一般会計\n項\n住宅対策諸費\n"
        + "調 査 対 象\n予算額\n２年度：３，３３０百万円\n";
    assertEquals(List.of("2019 補正 2,056億円 学校ICT環境整備促進事業", "2020 当初 103.2億円 学校ICT環境整備促進事業",
            "2020 当初 33.3億円 空き家対策総合支援事業"),
        items(sheets, "令和2年度", "当初"));
  }

  @Test
  void proseSetToThePageWidthGoesOnOverItsLineBreaks() {
    // a white paper's paragraph: the sentence goes on with its particle on the next line, and a figure is cut at a
    // line's end inside its bracket
    assertEquals(List.of("2024 補正 32.3億円 防災情報システム整備費補助金", "2024 補正 23.8億円 緊急消防援助隊の無償使用車両等の整備",
            "2025 当初 5.1億円 地域防災拠点整備事業", "2024 当初 4.3億円 地域防災拠点整備事業"),
        items("　令和６年度補正予算（第１号）では、防災情報システム整備費補助金３２．３億円を措置したほか、緊急消防援助隊の無償使用車両等の整備\n"
            + "に２３．８億円を計上し、車両・資機材の整備を進めている。\n　また、令和７年度予算では、地域防災拠点整備事業に５．１億円（前年度４億\n３，０００万円）を計上している。",
            "令和7年度", "当初"));
  }

  @Test
  void aFigureAfterABracketThatHeldNoItemIsTheNamesBeforeIt() {
    assertEquals(List.of("2025 補正 2,345億円 低所得世帯への給付金"),
        items("  ・低所得世帯への給付金（１世帯当たり３万円）              ２，３４５億円", "令和7年度", "補正"));
  }

  @Test
  void aCountInANameAndFiguresPartedByASlash() {
    assertEquals(List.of("2026 要求 530億円 学校における1人1台端末の更新支援", "2025 当初 480億円 学校における1人1台端末の更新支援"),
        items("■ 学校における１人１台端末の更新支援     要求額 ５３０億円 ／ 前年度 ４８０億円", "令和8年度", "要求"));
  }

  @Test
  void aTableWhoseUnitIsInItsColumnsHeaders() {
    assertEquals(List.of("2026 要求 120億円 地域医療構想推進事業", "2025 当初 100億円 地域医療構想推進事業",
            "2026 要求 85億円 医療DX推進事業", "2025 当初 70億円 医療DX推進事業"),
        items("事業名                      要求額（億円）    前年度予算額（億円）\n地域医療構想推進事業             120             100\n"
            + "医療ＤＸ推進事業                  85              70", "令和8年度", "要求"));
  }

  @Test
  void anArrowLeadsFromLastYearsFigureAndAStatusMayFollowTheComparison() {
    assertEquals(List.of("2025 当初 12億円 地域医療構想推進事業", "2026 要求 15億円 地域医療構想推進事業"),
        items("○ 地域医療構想推進事業（12億円→15億円）", "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 15億円 新規 地域医療構想推進事業", "2025 当初 12億円 地域医療構想推進事業"),
        items("1．地域医療構想推進事業　１５．０億円（１２．０億円）【新規】", "令和8年度", "要求"));
  }

  @Test
  void aFlatBudgetHasLastYearsFigureTooAndADecreaseIsNoBudget() {
    assertEquals(List.of("2026 要求 5億円 継続 地域医療構想推進事業", "2025 当初 5億円 地域医療構想推進事業"),
        items("○ 地域医療構想推進事業（継続） 5億円（5億円）", "令和8年度", "要求"));
    assertEquals(List.of(), items("○ 地域医療構想推進事業 ▲5億円", "令和8年度", "要求"));
    assertEquals(List.of("2024 補正 -3億円 地方交付税交付金"), items("○ 地方交付税交付金 修正減少額 △３億円", "令和6年度", "補正"));
  }

  @Test
  void aTableWithEachColumnsUnitOnALineOfItsOwn() {
    String text = "                          令和７年度      令和８年度        増減率\n"
        + " 事　　　　　項             予算額          要求額       （対前年度）    財　源\n"
        + "                           （億円）        （億円）          （％）\n"
        + " (1) 地域脱炭素推進交付金    ３８５．０      ４６０．０         ＋１９．５    エネ特\n"
        + "（注３）(1)については、上記のほか、令和６年度補正予算において ８０億円を措置している。";
    assertEquals(List.of("2025 当初 385億円 地域脱炭素推進交付金", "2026 要求 460億円 地域脱炭素推進交付金",
        "2024 補正 80億円 地域脱炭素推進交付金"), items(text, "令和8年度", "要求"), "a row's number names it in a note");
  }

  @Test
  void aTableOfRowsPerBasisGivesTheNationsShareRow() {
    String text = "（単位：百万円）\n 事　項                区分      令和８年度    令和７年度\n"
        + " 沖縄振興公共投資交付金      事業費      87,240      84,610\n （ハード交付金）            国　費      49,700      48,200\n"
        + " 合　　計                    事業費      87,240      84,610\n                             国　費      49,700      48,200\n";
    assertEquals(List.of("2026 当初 497億円 沖縄振興公共投資交付金（ハード交付金）", "2025 当初 482億円 沖縄振興公共投資交付金（ハード交付金）"),
        items(text, "令和8年度", "当初"));
  }

  @Test
  void aPartsHeadingGivesItsItemsTheirStatus() {
    assertEquals(List.of("2026 要求 350億円 新規 食料システム構造転換対策事業", "2026 要求 24.5億円 拡充 輸出産地サポート事業",
        "2026 要求 12億円 畜産環境対策事業"),
        items("Ⅰ　新規事業\n １　食料システム構造転換対策事業  ３５０億円\nⅡ　拡充事業\n １　輸出産地サポート事業  ２４．５億円\n"
            + "Ⅲ　令和７年度限りで廃止・終了する事業\n １　畜産環境対策事業  １２億円", "令和8年度", "要求"));
  }

  @Test
  void dotLeadersAndContractsAndASettledBudgetsColumns() {
    assertEquals(List.of("2026 当初 2,340億円 サイバー防護体制の強化", "2025 当初 2,080億円 サイバー防護体制の強化"),
        items("　○ サイバー防護体制の強化\n　　　……………………………… ２，３４０億円（２，０８０億円）【契約額 ３，８８０億円】",
            "令和8年度", "当初"), "a leader is a gap; a contract's figure is no budget");
    String table = "（単位：千円）\n 事　　項                    既決予算額      補正予算額      改予算額\n"
        + "（目）被災者支援総合交付金         10,230,000       1,850,000      12,080,000\n";
    assertEquals(List.of("2025 当初 102.3億円 被災者支援総合交付金", "2025 補正 18.5億円 被災者支援総合交付金"),
        items(table, "令和7年度", "補正"), "既決 is the 当初 in force; 改予算額, after the 補正, is no item");
  }

  @Test
  void aPartOfAnotherBudgetUnderAHeadingIsTheHeadingsProgram() {
    assertEquals(List.of("2026 要求 390億円の内数 浄化槽整備の推進", "2025 当初 350億円の内数 浄化槽整備の推進"),
        items("○ 浄化槽整備の推進\n　　循環型社会形成推進交付金 ３９０億円の内数（前年度 ３５０億円の内数）【一般】", "令和8年度", "要求"));
  }

  @Test
  void numberingAndMarkersOfManyKindsAreNoPartOfAName() {
    for (String marker : List.of("Ａ ", "第1 ", "(a) ", "i) ", "1-2 ", "❶ ", "▶ ", "✓ ", "⑵ ")) {
      assertEquals(List.of("2026 要求 5億円 地域医療構想推進事業"), items(marker + "地域医療構想推進事業 5億円", "令和8年度", "要求"), marker);
    }
    assertEquals(List.of("2026 要求 5億円 地域医療構想推進事業", "2025 当初 4億円 地域医療構想推進事業"),
        items("・地域医療構想推進事業 《5億円（4億円）》", "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 5億円 X線検査装置整備事業"), items("X線検査装置整備事業 5億円", "令和8年度", "要求"));
  }

  @Test
  void theNationalShareBesideAWholeCostIsTheBudget() {
    for (String line : List.of("○ 地域医療構想推進事業 事業費 10億円（国費 5億円）", "○ 地域医療構想推進事業 国費 5億円（事業費 10億円）",
        "○ 地域医療構想推進事業（国費） 5億円")) {
      assertEquals(List.of("2026 要求 5億円 地域医療構想推進事業"), items(line, "令和8年度", "要求"), line);
    }
    assertEquals(List.of("2026 要求 10億円 地域医療構想推進事業"), items("○ 地域医療構想推進事業 事業費：10億円", "令和8年度", "要求"));
  }

  @Test
  void aUnitWithASpaceInsteadOfAColon() {
    assertEquals(List.of("2025 当初 100億円 地域医療構想推進事業", "2026 要求 120億円 地域医療構想推進事業"),
        items("（単位 億円）\n事業名 令和７年度予算額 令和８年度要求額\n地域医療構想推進事業 100 120", "令和8年度", "要求"));
  }

  @Test
  void aNumberedSubHeadingAfterItsHeadingNamesTheFigure() {
    assertEquals(List.of("2008 当初 58.5億円 地域の成長力の向上"),
        items("ＩＣＴ利活用の促進 ②地域の成長力の向上 平成２０年度予算額 ５８．５億円", "平成20年度", "当初"));
  }

  @Test
  void aNumberAloneInBracketsAfterAFigureTakesItsUnit() {
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業", "2025 当初 20億円 地域医療推進事業"),
        items("○ 地域医療推進事業 2,500百万円 (2,000)", "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業", "2025 当初 20億円 地域医療推進事業"),
        items("○地域医療推進事業 ２５億円 ［２０億円］", "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業"), items("○地域医療推進事業 … ２５億円（対前年＋５億円）", "令和8年度", "要求"));
  }

  @Test
  void labelsInParenthesesAndABreakdownInBrackets() {
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業", "2025 当初 20億円 地域医療推進事業"),
        items("◆ 地域医療推進事業 （要求額）25億円 （前年度予算額）20億円", "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業"), items("・地域医療推進事業　２５億円【うち新規 ５億円】", "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 5億円 地域医療推進事業（医療分）"), items("○ 地域医療推進事業（医療分） 5億円", "令和8年度", "要求"));
  }

  @Test
  void sentencesOfAWhitePaperInMoreShapes() {
    assertEquals(List.of("2025 当初 25億円 地域医療推進事業"),
        items("地域医療推進事業については、前年度比５億円増の２５億円を計上している。", "令和7年度", "当初"));
    assertEquals(List.of("2025 当初 25億円 地域医療推進事業"),
        items("地域医療推進事業の予算額は２５億円で、前年度から５億円の増額となった。", "令和7年度", "当初"));
    assertEquals(List.of("2025 当初 25億円 地域医療推進事業費"),
        items("このため、令和７年度予算において地域医療推進事業費として２５億円を措置した。", "令和7年度", "当初"));
    assertEquals(List.of("2024 補正 30億円 地域医療推進事業", "2025 当初 25億円 地域医療推進事業"),
        items("また、地域医療推進事業として、令和６年度補正予算で３０億円、令和７年度予算で２５億円を確保した。", "令和7年度", "当初"));
  }

  @Test
  void aTableExtractedColumnByColumn() {
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業", "2026 要求 10億円 医師確保対策事業", "2026 要求 5億円 看護職員確保事業",
            "2025 当初 20億円 地域医療推進事業", "2025 当初 8億円 医師確保対策事業", "2025 当初 4億円 看護職員確保事業"),
        items("事業名\n地域医療推進事業\n医師確保対策事業\n看護職員確保事業\n令和8年度要求額\n25億円\n10億円\n5億円\n"
            + "令和7年度予算額\n20億円\n8億円\n4億円", "令和8年度", "要求"));
    // as many figures as names only: otherwise each figure is read as before
    assertEquals(List.of("2026 要求 25億円 看護職員確保事業", "2026 要求 10億円 看護職員確保事業"),
        items("地域医療推進事業\n医師確保対策事業\n看護職員確保事業\n令和8年度要求額\n25億円\n10億円", "令和8年度", "要求"));
  }

  @Test
  void fiscalYearsWrittenFyAndANumberBeforeAFigureIsNoPartOfIt() {
    assertEquals(List.of("2026 要求 25億円 地域医療推進事業", "2025 当初 20億円 地域医療推進事業"),
        items("○ 地域医療推進事業 FY2026要求 25億円 (FY2025 20億円)", "令和8年度", "要求"));
    // (a unit a space after its number: 500 円 would be one too, but less than 100万円 is no budget)
    assertEquals(List.of("2026 要求 720億円 地域医療推進事業", "2026 要求 500万円 医師確保対策事業"),
        items("○ 地域医療推進事業 720 億円\n○ 医師確保対策事業 500 万円", "令和8年度", "要求"));
  }

  @Test
  void figuresThatAreNoBudgetByTheWordsRightBeforeThem() {
    for (String line : List.of("○ 地域医療推進事業 平均単価 5,000円", "○ 地域医療推進事業の経済波及効果 1,200億円",
        "○ 地域医療推進事業 対象経費 3億円", "○ 税収見込み 2兆円", "○ 地域医療推進事業 不用額 2億円")) {
      assertEquals(List.of(), items(line, "令和8年度", "要求"), line);
    }
    assertEquals(List.of("2026 要求 5億円 税収確保対策事業"), items("○ 税収確保対策事業 5億円", "令和8年度", "要求"));
    assertEquals(List.of("2024 執行 20億円 地域医療推進事業"), items("○ 地域医療推進事業 令和6年度執行額 20億円（執行率 80%）", "令和8年度", "要求"));
  }

  @Test
  void aListWithNumbersAndAStatusColumn() {
    assertEquals(List.of("2025 当初 63億円 空き家対策総合支援事業", "2026 要求 75.6億円 拡充 空き家対策総合支援事業"),
        items("（単位：千円）\n事業番号  事業名              令和７年度     令和８年度     増減額    備考\n"
            + "                            当初予算額     要求額\n"
            + "0789  空き家対策総合支援事業    6,300,000   7,560,000   1,260,000   拡充", "令和8年度", "要求"));
  }

  @Test
  void aSentenceSetsTheYearAndKindOfItsFigures() {
    assertEquals(List.of("2024 補正 3億円 地方創生伴走支援制度", "2024 補正 735億円 デジタル田園都市国家構想交付金"),
        items("また、令和６年度補正予算では、地方創生伴走支援制度の創設に３億円、デジタル田園都市国家構想交付金に７３５億円を措置した。",
            "令和7年度", "当初"));
    assertEquals(List.of("2025 当初 5.1億円 地域おこし協力隊の推進に要する経費", "2024 当初 4.8億円 地域おこし協力隊の推進に要する経費"),
        items("さらに、地域おこし協力隊の推進に要する経費として、令和７年度予算に５．１億円（前年度４．８億円）を計上している。",
            "令和7年度", "当初"));
    assertEquals(List.of("2024 当初 1,000億円 地方創生推進交付金"),
        items("第２世代交付金は、前年度の地方創生推進交付金（１，０００億円）から倍増となっている。", "令和7年度", "当初"));
  }

  @Test
  void twoProgramsOnOneLine() {
    assertEquals(List.of("2025 当初 5億円 地域おこし協力隊推進事業", "2025 当初 3億円 集落支援員推進事業"),
        items("○ 地域おこし協力隊推進事業 ５億円、集落支援員推進事業 ３億円", "令和7年度", "当初"));
    assertEquals(List.of("2025 当初 2億円 移住支援金", "2025 当初 1億円 起業支援金"),
        items("○ 移住支援金（２億円）及び起業支援金（１億円）", "令和7年度", "当初"));
  }

  @Test
  void fiscalYearsInKanjiNumeralsLabelFigures() {
    assertEquals(List.of("2009 当初 5億円 定住自立圏推進事業", "2008 当初 4億円 定住自立圏推進事業"),
        items("○ 定住自立圏推進事業 平成二十一年度予算額 ５億円（平成二十年度予算額 ４億円）", "平成21年度", "当初"));
  }

  @Test
  void figuresInThousandsOfOkuAndInKanjiNumeralsAreRead() {
    assertEquals(List.of("2025 当初 約3,000億円 地方交付税交付金", "2025 当初 12,000億円 国土強靱化加速化対策"),
        items("○ 地方交付税交付金 ３千億円程度\n○ 国土強靱化加速化対策 1兆2千億円", "令和7年度", "当初"));
    assertEquals(List.of("2009 当初 6,000億円 地域活性化・生活対策臨時交付金", "2009 当初 1.2億円 定住自立圏推進事業"),
        items("○ 地域活性化・生活対策臨時交付金 六千億円\n 数百万円規模の事業が多い。\n○ 定住自立圏推進事業 一億二千万円", "平成21年度", "当初"));
  }

  @Test
  void aBareFigureInParenthesesIsTheYearBeforeUnlessANoteSaysOtherwise() {
    assertEquals(List.of("2025 当初 12億円 防災情報システム整備事業", "2024 当初 10億円 防災情報システム整備事業"),
        items("○ 防災情報システム整備事業 12億円（10億円）", "令和7年度", "当初"));
    assertEquals(List.of("2026 要求 12億円 防災情報システム整備事業", "2025 補正 10億円 防災情報システム整備事業"),
        items("（ ）内は令和７年度補正予算額\n○ 防災情報システム整備事業 12億円（10億円）", "令和8年度", "要求"));
    assertEquals(List.of("2025 当初 12億円 防災情報システム整備事業"), items("○ 防災情報システム整備事業 12億円（△2億円）", "令和7年度", "当初"));
  }

  @Test
  void amountsThatAreNotBudgetItemsAreLeftOut() {
    assertEquals(List.of(), items("・ 補助率：１／２、１地区当たり上限２，５００万円", "2025", "当初"));
    assertEquals(List.of(), items("人口５万人規模 （人口４万～６万人の平均） １億３千万円程度 １．４％", "2008", "当初"));
    assertEquals(List.of(), items("助成額：上限500万円", "2008", "当初"));
    assertEquals(List.of(), items("農業産出額 ９兆４，９９１億円（令和４年）", "2025", "当初"));
    assertEquals(List.of(), items("※地方公共団体の事業費総額は約２５億円を見込む", "2025", "当初"));
    assertEquals(List.of(), items("○ 都道府県 （１，５００億円程度）", "2008", "当初"));
    assertEquals(List.of(), items("単年度３千万円×３年間", "2008", "当初"));
    assertEquals(List.of("2024 補正 60億円 建築物脱炭素化事業"), items("建築物脱炭素化事業\n令和６年度補正予算額 ６０億円（うち国土交通省連携 ２０億円）", "令和6年度", "補正"));
  }

  @Test
  void qualifiersStatusAndSentences() {
    assertEquals(List.of("2025 当初 99億円の内数 鳥獣被害防止総合対策交付金",
            "2024 当初 99億円の内数 鳥獣被害防止総合対策交付金"),
        items("○ 鳥獣被害防止総合対策交付金 ９９億円の内数（前年度 ９９億円の内数）", "令和7年度", "当初"));
    assertEquals(List.of("2025 要求 事項要求 新規 地域公共交通再構築事業"), items("□ 地域公共交通再構築事業（新規） 事項要求", "令和7年度", "要求"));
    assertEquals(List.of("2025 当初 約20億円 新規 農泊推進対策"), items("○ 農泊推進対策（新規） ２０億円程度", "令和7年度", "当初"));
    assertEquals(List.of("2025 要求 207億円 地域公共交通確保維持改善事業"),
        items("令和７年度概算要求においては、地域公共交通確保維持改善事業に２０７億円を要求している。", "令和7年度", "要求"));
  }

  @Test
  void aTableGivesARowPerFigureColumn() {
    String table = String.join("\n", "（単位：百万円）",
        "                      令和６年度       令和７年度",
        " 事     項              予算額            要求額          増  減",
        "１．看護職員確保対策事業      ２，０１５         ２，１１５          １００",
        "２．医療ＤＸ推進体制整備事業（新規）    －       事項要求            －",
        "   合   計                 ２，０１５         ２，１１５          １００");
    assertEquals(List.of("2024 当初 20.15億円 看護職員確保対策事業", "2025 要求 21.15億円 看護職員確保対策事業", "2025 要求 事項要求 新規 医療DX推進体制整備事業"),
        items(table, "令和7年度", "要求"));
  }

  @Test
  void hostileLinesEndWithoutItemsRatherThanHang() {
    String digits = "1".repeat(1_000_000);
    String spaces = " ".repeat(1_000_000) + "5億円";
    String table = "（単位：円）\n" + "名前 1 2 3 ".repeat(50_000) + "x";
    String doubled = "協協 ".repeat(200_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      assertEquals(List.of(), items(digits, "2025", "当初"));
      assertEquals(List.of(), items(spaces, "2025", "当初"));
      assertEquals(List.of(), items(table, "2025", "当初"));
      assertEquals(List.of(), items(doubled, "2025", "当初"));
    }, "a guard against a hang, not a measure of speed");
  }

  @Test
  void longLinesFullOfFiguresEndRatherThanHang() {
    // lines just under ItemFinder.MAX_LINE, each figure's words looked at (a clause, a sentence, a name after it)
    List<String> lines = List.of("予算5億円 ".repeat(440), "5億円 ".repeat(790), "予算".repeat(1990) + "5億円",
        "（".repeat(1000) + "5億円".repeat(500), "令和7年度予算で".repeat(400) + "5億円", "○ 事業 " + "5億円（4億円）".repeat(300),
        "（単位：億円）\n名前 " + "1（2） ".repeat(600), "（単位：億円）\n事業 " + "1 ".repeat(900),
        "（単位：億円）\n事業\n" + "1 ".repeat(900));
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      for (String line : lines) assertTrue(line.length() <= ItemFinder.MAX_LINE + 20 && items(line, "令和8年度", "要求").size() >= 0);
    }, "a guard against a hang, not a measure of speed");
  }

  @Test
  void rowsAreReadAsTheRegularExpressionsReadThem() {
    // the expressions ItemFinder used before reading rows token by token (they overflowed the stack on long rows)
    // (a cell and a name's end as ItemFinder defines them, so that only the way of reading differs)
    String cell = "(?:" + ItemFinder.CELL.pattern() + ")";
    String nameEnd = ItemFinder.NAME_END.pattern().replaceFirst("\\$$", "");
    java.util.regex.Pattern named = java.util.regex.Pattern.compile("^(.*?" + nameEnd + ")\\s+((?:" + cell + "(?:\\s+|$)){2,})$");
    java.util.regex.Pattern figures = java.util.regex.Pattern.compile("^\\s*((?:" + cell + "(?:\\s+|$))+)$");
    java.util.Random r = new java.util.Random(20261203);
    String[] parts = {"事業", "※1", "1", "12,054", "△3", "－", "事項要求", "皆増", "124.4%", " ", "  ", "第2", "計", "-", "新規", "a", "300※"};
    for (int k = 0; k < 20_000; k++) {
      StringBuilder b = new StringBuilder(r.nextBoolean() ? " " : "");
      for (int j = 0, n = 1 + r.nextInt(8); j < n; j++) b.append(parts[r.nextInt(parts.length)]).append(r.nextInt(3) == 0 ? "" : " ");
      String line = b.toString();
      ItemFinder.RowShape got = ItemFinder.rowShape(line);
      java.util.regex.Matcher m = named.matcher(line);
      java.util.regex.Matcher f = figures.matcher(line);
      String want = m.matches() ? m.group(1) + "|" + String.join(",", m.group(2).strip().split("\\s+"))
          : f.matches() ? "|" + String.join(",", f.group(1).strip().split("\\s+")) : null;
      assertEquals(want, got == null ? null : got.name() + "|" + String.join(",", got.cells()), line);
    }
  }

  @Test
  void westernYearsInTheHeadersAndADifferenceColumnOfOneHeader() {
    // 「対前年度増減額」 is one column (not 対前年度 and 増減額), 「2026年度概算要求額」 one more; a total row is no item
    assertEquals(List.of("2025 当初 9,390億円 スタンド・オフ防衛能力", "2026 要求 9,820億円 スタンド・オフ防衛能力",
            "2026 要求 285億円 新規 宇宙領域把握体制の整備"),
        items("（単位：億円）\n区　　分   2025年度予算額   2026年度概算要求額   対前年度増減額\n"
            + "スタンド・オフ防衛能力   9,390   9,820   430\n（新）宇宙領域把握体制の整備   －   285   285\n"
            + "合　　計   9,390   10,105   715", "令和8年度", "要求"));
  }

  @Test
  void shortStatusMarksAndTheLabelOfANameField() {
    assertEquals(List.of("2026 要求 1.2億円 新規 文化財デジタルアーカイブ推進事業", "2026 要求 22億円 拡充 メディア芸術の振興",
            "2025 当初 15億円 メディア芸術の振興", "2026 要求 18億円 新規 日本博2.0の展開"),
        items("・（新）文化財デジタルアーカイブ推進事業　１億２，０００万円\n・（拡）メディア芸術の振興　　２２億円（１５億円）\n"
            + "・日本博2.0の展開（新）　　１８億円", "令和8年度", "要求"));
    // a form's name field, its label in brackets or before a colon; 【事業の概要】 is a field, not a name
    assertEquals(List.of("2026 要求 25億円 医療的ケア児等総合支援事業", "2025 当初 21億円 医療的ケア児等総合支援事業"),
        items("【事業名】医療的ケア児等総合支援事業\n【要求額】令和８年度要求額 ２５億円（令和７年度予算額 ２１億円）\n"
            + "【事業の概要】１センター当たり上限１，５００万円を補助する。", "令和8年度", "要求"));
  }

  @Test
  void aFigureTheSameAsLastYearsAndConnectivesBeforeAName() {
    assertEquals(List.of("2026 当初 804億円 整備新幹線の整備", "2025 補正 1,200億円 道路整備事業費"),
        items("・整備新幹線の整備に、前年度と同額の８０４億円を計上しました。\n"
            + "なお、上記のほか、道路整備事業費として令和７年度補正予算で１，２００億円が措置されています。", "令和8年度", "当初"));
  }

  @Test
  void aUnitWrittenOnceAfterTwoFiguresAndPaymentsPerMonth() {
    // MAFF's sheets: 「【令和８年度予算概算要求額 ２２，０００（２０，８００）百万円】」; 月12.5万円 and 年間最大150万円 go to each
    // recipient, no budget
    assertEquals(List.of("2026 要求 220億円 新規就農者育成総合対策", "2025 当初 208億円 新規就農者育成総合対策"),
        items("新規就農者育成総合対策\n【令和８年度予算概算要求額 ２２，０００（２０，８００）百万円】\n"
            + "　① 就農準備資金：研修期間中の研修生に月12.5万円（年間最大150万円）を最長２年間交付", "令和8年度", "要求"));
  }

  @Test
  void aColumnThatIsAPartOfTheRequestIsNoItem() {
    // 「令和８年度要求・要望額」 is one column; 「うち重要政策推進枠」 is a part of it
    assertEquals(List.of("2025 当初 15.2億円 心のケア等の被災者支援（復興特会）", "2026 要求 16.1億円 拡充 心のケア等の被災者支援（復興特会）"),
        items("（単位：百万円）\n事　項      前年度予算額    令和８年度要求・要望額    うち重要政策推進枠    備考\n"
            + "  心のケア等の被災者支援（復興特会）      1,520          1,610                  200           拡充", "令和8年度", "要求"));
  }

  @Test
  void aTableWithItsFiguresFirstAndItsNameLast() {
    assertEquals(List.of("2026 当初 32.4億円 再犯防止推進計画に基づく取組の推進", "2025 当初 28.9億円 再犯防止推進計画に基づく取組の推進",
            "2026 当初 15億円 新規 法教育・法律相談のオンライン化"),
        items("（単位：億円）\n 令和８年度    令和７年度\n  予算案        予算額         事            項\n"
            + "   32.4          28.9        再犯防止推進計画に基づく取組の推進\n"
            + "   15.0            －        （新）法教育・法律相談のオンライン化", "令和8年度", "当初"));
  }

  @Test
  void theLinesOfASettlementOfAccounts() {
    // 決算: 歳出予算額 is the year's budget, 支出済歳出額 what was spent, 前年度繰越額 carried in (this year's), 翌年度繰越額
    // carried out; 不用額 is no item; the name is the （項）/（目） above
    assertEquals(List.of("2024 当初 4,567,890万円 税関業務費", "2024 前年度から繰越し 12.34億円 税関業務費",
            "2024 執行 441億円 税関業務費", "2024 翌年度へ繰越し 20億円 税関業務費"),
        items("（項）税関業務費\n    歳出予算額        45,678,900,000円\n    前年度繰越額       1,234,000,000円\n"
            + "    支出済歳出額      44,100,000,000円\n    翌年度繰越額       2,000,000,000円\n    不用額  1,000円", "令和6年度", "当初"));
  }

  @Test
  void theYearBeforeLast() {
    assertEquals(List.of("2026 要求 10億円 地域おこし協力隊推進事業", "2025 当初 8億円 地域おこし協力隊推進事業",
            "2024 当初 6億円 地域おこし協力隊推進事業"),
        items("○ 地域おこし協力隊推進事業 10億円（前年度 8億円、前々年度 6億円）", "令和8年度", "要求"));
  }

  @Test
  void aLegendForEachKindOfBracket() {
    assertEquals(List.of("2026 要求 420億円 地域脱炭素推進交付金", "2025 当初 385億円 地域脱炭素推進交付金", "2024 補正 100億円 地域脱炭素推進交付金"),
        items("（単位：百万円）\n（ ）は令和７年度当初予算額、［ ］は令和６年度補正予算額\n"
            + "　○地域脱炭素推進交付金    ４２，０００（３８，５００）［１０，０００］", "令和8年度", "要求"));
  }

  @Test
  void aReviewSheetsBudgetTableAKindARowAndAYearAColumn() {
    // the program is the sheet's 事業名; 計 and 執行率 are no items, nor is a dash
    assertEquals(List.of("2023 当初 2.62億円 地域おこし協力隊推進事業", "2024 当初 2.75億円 地域おこし協力隊推進事業",
            "2026 要求 3.3億円 地域おこし協力隊推進事業", "2024 補正 4,000万円 地域おこし協力隊推進事業",
            "2023 執行 2.5億円 地域おこし協力隊推進事業", "2024 執行 2.8億円 地域おこし協力隊推進事業"),
        items("事業名        地域おこし協力隊推進事業          担当部局庁    地域力創造グループ\n予算額・執行額（単位：百万円）\n"
            + "              令和５年度    令和６年度    令和８年度要求\n 予算   当初予算   262   275    330\n"
            + " の状   補正予算    -    40\n        計        262   315    330\n 執行額      250      280\n"
            + " 執行率（％）       95     89", "令和8年度", "要求"));
  }

  @Test
  void aReviewSheetsOutcomesAndRecipientsAreNoBudget() {
    // figures in ％ or 校, and what a recipient got, under the sheet's other headings; a 計 row of any length
    assertEquals(List.of("2024 当初 683億円 学校施設環境改善交付金", "2025 要求 789億円 学校施設環境改善交付金"),
        items("事業名        学校施設環境改善交付金          担当部局庁    文教施設企画・防災部\n予算額・執行額（単位：百万円）\n"
            + "                          令和６年度    令和７年度要求\n 予算   当初予算   68,300    78,900\n"
            + "        計                 218,900\n 公立小中学校の耐震化率    単位  ％    令和４年度  99.7    令和５年度  99.8\n"
            + "費目・使途（最大の金額が支出されている者について記載する）\n A. 東京都             交付金          12,345百万円",
            "令和7年度", "要求"));
  }

  @Test
  void aSlidesBoxesAndANoticeInKanjiNumerals() {
    assertEquals(List.of("2026 要求 18億円 地域脱炭素の推進に向けた人材育成事業", "2025 当初 15億円 地域脱炭素の推進に向けた人材育成事業",
            "2026 要求 事項要求 気候変動適応の推進"),
        items("令和８年度 環境省 概算要求 主要新規事項等\n\n１８億円\n地域脱炭素の推進に向けた人材育成事業\n（前年度予算額 １５億円）\n\n"
            + "事項要求\n気候変動適応の推進", "令和8年度", "要求"));
    assertEquals(List.of("2025 当初 500億円 地方創生推進交付金", "2025 当初 3.5億円 地方創生拠点整備交付金"),
        items("　令和七年十二月一日\n一　地方創生推進交付金　　金五百億円\n二　地方創生拠点整備交付金　　金三億五千万円", "令和7年度", "当初"));
  }

  @Test
  void aHeadingsSubtotalIsNoProgram() {
    // 1,262 = 180 + 1,082 and 1,465 = 245 + 1,220: the heading's row sums the rows under it; a row alone is a program
    assertEquals(List.of("2025 当初 180億円 住宅セーフティネット機能強化推進事業", "2026 要求 245億円 住宅セーフティネット機能強化推進事業",
            "2025 当初 1,082億円 公的賃貸住宅家賃対策補助", "2026 要求 1,220億円 公的賃貸住宅家賃対策補助",
            "2025 当初 1,600億円 住宅の省エネ化", "2026 要求 1,760億円 住宅の省エネ化"),
        items("（単位：億円）\n  事 項     令和７年度予算額    令和８年度要求額\n１．住宅セーフティネットの強化   1,262   1,465\n"
            + "   住宅セーフティネット機能強化推進事業   180   245\n   公的賃貸住宅家賃対策補助   1,082   1,220\n"
            + "２．住宅の省エネ化   1,600   1,760", "令和8年度", "要求"));
  }

  @Test
  void aHeadingsTotalOverTheProgramsListedUnderIt() {
    assertEquals(List.of("2026 要求 850億円 ものづくり・商業・サービス生産性向上促進事業", "2025 当初 750億円 ものづくり・商業・サービス生産性向上促進事業",
            "2026 要求 400億円 小規模事業者持続的発展支援事業", "2025 当初 350億円 小規模事業者持続的発展支援事業",
            "2026 要求 95億円 事業承継・引継ぎ支援事業", "2025 当初 80億円 事業承継・引継ぎ支援事業"),
        items("１．中小企業の賃上げ・生産性向上      １，２５０億円（１，１００億円）\n"
            + "  ○ ものづくり・商業・サービス生産性向上促進事業   ８５０億円（７５０億円）\n"
            + "  ○ 小規模事業者持続的発展支援事業              ４００億円（３５０億円）\n\n"
            + "２．事業承継・引継ぎの推進             ９５億円（８０億円）\n  ○ 事業承継・引継ぎ支援事業    ９５億円（８０億円）",
            "令和8年度", "要求"));
    // a program over its parts (うち …) stays a program
    assertEquals(List.of("2026 要求 1,000億円 地域医療介護総合確保基金"),
        items("（単位：億円）\n 事 項     令和８年度要求額    令和７年度予算額\n地域医療介護総合確保基金   1,000   900\n"
            + "  うち医療分   600   500\n  うち介護分   400   400", "令和8年度", "要求").stream().filter(s -> s.startsWith("2026")).toList());
    // a 事項要求 between two programs adds nothing: the first is no sum of the two below it
    assertEquals(List.of("2026 要求 5億円 地域交通DX推進事業", "2026 要求 事項要求 地域交通安全対策事業", "2026 要求 5億円 地域交通人材育成事業"),
        items("○ 地域交通DX推進事業  ５億円\n○ 地域交通安全対策事業  事項要求\n○ 地域交通人材育成事業  ５億円", "令和8年度", "要求"));
    // two programs of the same figures, one under the other, are two programs
    assertEquals(List.of("2026 要求 30億円 漁業人材育成事業", "2026 要求 30億円 水産業成長産業化沿岸地域創出事業"),
        items("○ 漁業人材育成事業  ３０億円\n○ 水産業成長産業化沿岸地域創出事業  ３０億円", "令和8年度", "要求"));
  }

  @Test
  void footnoteMarksAPerYearFigureAndAFigureBeforeItsName() {
    assertEquals(List.of("2026 要求 210億円 地域公共交通確保維持改善事業", "2025 当初 207億円 地域公共交通確保維持改善事業",
            "2026 要求 2,666億円の内数 道路メンテナンス事業補助", "2025 当初 2,550億円の内数 道路メンテナンス事業補助",
            "2026 要求 345億円 デジタル人材育成事業", "2025 当初 300億円 デジタル人材育成事業"),
        items("○ 地域公共交通確保維持改善事業※　２１０億円※（２０７億円）\n"
            + "○ 道路メンテナンス事業補助　２，６６６億円の内数（２，５５０億円の内数）\n"
            + "○ GX推進のための研究開発 ５億円／年（３年間で１５億円）\n"
            + "○ 令和８年度要求・要望額　３４５億円　（前年度予算額　３００億円）　デジタル人材育成事業", "令和8年度", "要求"));
  }

  @Test
  void anExecutionTable() {
    // 予算現額 and 不用額 are no items; 支出済額 is what was spent, 翌年度繰越額 what was carried out; a zero is none
    assertEquals(List.of("2024 執行 118億円 強い農業づくり総合支援交付金", "2024 翌年度へ繰越し 3億円 強い農業づくり総合支援交付金",
            "2024 執行 98億円 鳥獣被害防止総合対策交付金"),
        items("（単位：千円）\n 事　項       予算現額      支出済額      翌年度繰越額     不用額\n"
            + " 強い農業づくり総合支援交付金     12,345,678      11,800,000          300,000          245,678\n"
            + " 鳥獣被害防止総合対策交付金        9,876,543       9,800,000                0           76,543", "令和6年度", "当初"));
  }

  @Test
  void twoTablesSideBySide() {
    assertEquals(List.of("2025 当初 2.5億円 地域おこし協力隊推進事業", "2026 要求 3億円 地域おこし協力隊推進事業",
            "2025 当初 1.2億円 集落支援員推進事業", "2026 要求 1.5億円 集落支援員推進事業"),
        items("（単位：百万円）\n事業名       R7予算  R8要求      事業名          R7予算  R8要求\n"
            + "地域おこし協力隊推進事業    250     300      集落支援員推進事業          120     150", "令和8年度", "要求"));
  }

  @Test
  void aTablesFiguresAboveTheirName() {
    // each name centred in its cell, under its row's figures; a row with its name on its line keeps its own
    assertEquals(List.of("2025 当初 2.5億円 地域おこし協力隊推進事業", "2026 要求 3億円 地域おこし協力隊推進事業",
            "2025 当初 1.2億円 集落支援員推進事業", "2026 要求 1.5億円 集落支援員推進事業"),
        items("（単位：百万円）\n 事業名                      令和７年度予算額   令和８年度要求額\n"
            + "                                   250              300\n 地域おこし協力隊推進事業\n"
            + "                                   120              150\n 集落支援員推進事業", "令和8年度", "要求"));
    // names first, figures below: the figures are the name's above them
    assertEquals(List.of("2025 当初 2.5億円 地域おこし協力隊推進事業", "2026 要求 3億円 地域おこし協力隊推進事業",
            "2025 当初 1.2億円 集落支援員推進事業", "2026 要求 1.5億円 集落支援員推進事業"),
        items("（単位：百万円）\n 事業名                      令和７年度予算額   令和８年度要求額\n 地域おこし協力隊推進事業\n"
            + "                                   250              300\n 集落支援員推進事業\n"
            + "                                   120              150", "令和8年度", "要求"));
  }

  @Test
  void englishProseNamesNoProgram() {
    // a manual's English sentences around Japanese examples are no names; a name in Latin letters may be
    assertEquals(List.of("2026 要求 5億円 Visit Japan Web"),
        items("- `unquantified` 事項要求\nthe value a source states is shown as absent, never as 0円.\nVisit Japan Web ５億円", "令和8年度", "要求"));
  }

  @Test
  void aNoteUnderAProgramAndANoteInItsName() {
    assertEquals(List.of("2026 要求 45億円 全国医療情報プラットフォームの構築", "2025 当初 38億円 全国医療情報プラットフォームの構築",
            "2026 要求 24億円 新規 こども家庭センターの設置促進", "2025 補正 50億円 こども家庭センターの設置促進"),
        items("　○ 全国医療情報プラットフォームの構築（デジタル庁計上分を含む）　　４５億円（３８億円）\n"
            + "　○ こども家庭センターの設置促進【新規】　　　２４億円\n　　 ※上記のほか、令和７年度補正予算において５０億円を措置",
            "令和8年度", "要求"));
  }

  @Test
  void aPublicWorksTableOfProjectCostAndNationalShare() {
    // 事業費 is the project's whole cost, 国費 the budget; the years stand over the pairs
    assertEquals(List.of("2026 要求 16,000億円 道路整備", "2025 当初 15,500億円 道路整備"),
        items("（単位：億円）\n                 令和８年度要求額          令和７年度予算額\n"
            + " 事　　項       事業費      国　費      事業費      国　費\n道路整備     25,000    16,000    24,000    15,500",
            "令和8年度", "要求"));
  }

  @Test
  void aTitlesTotalAndAPartAfterUchi() {
    assertEquals(List.of("2025 補正 6,000億円 半導体・AI分野での国内投資促進"),
        items("令和７年度補正予算案 経済産業省関係 （総額 １兆９，８７６億円）\n\n"
            + "（１）半導体・AI分野での国内投資促進　　６，０００億円\n　　　うち、次世代半導体の研究開発　　３，５００億円", "令和7年度", "補正"));
  }

  @Test
  void aSlidesBoxesSideBySide() {
    assertEquals(List.of("2026 要求 5.2億円 地域おこし協力隊推進事業", "2025 当初 4.8億円 地域おこし協力隊推進事業",
            "2026 要求 1.5億円 集落支援員推進事業", "2025 当初 1.2億円 集落支援員推進事業"),
        items("地域おこし協力隊推進事業        集落支援員推進事業\n５．２億円（４．８億円）          １．５億円（１．２億円）", "令和8年度", "要求"));
  }

  @Test
  void accountsBesideTheirTotal() {
    // 一般会計 and 復興特会 beside their 計 are its parts: the 計 is the program's budget; with no 計, each account is a row
    assertEquals(List.of("2025 当初 90億円 被災者支援総合交付金", "2026 要求 94億円 被災者支援総合交付金"),
        items("（単位：億円）\n              令和７年度予算額                令和８年度要求額\n"
            + " 事 項    一般会計   復興特会   計    一般会計   復興特会   計\n被災者支援総合交付金   8   82   90   10   84   94",
            "令和8年度", "要求"));
    assertEquals(List.of("2026 要求 10億円 省エネ補助金", "2026 要求 84億円 省エネ補助金"),
        items("（単位：億円）\n 事 項        一般会計     エネルギー対策特別会計\n省エネ補助金     10      84", "令和8年度", "要求"));
  }

  @Test
  void aFootnoteMarkOnACellAndADecreaseInATable() {
    // 「300※」 is 300 with a note; 「▲10」 in a column of initial budgets is a decrease, no budget; 「－」 under 廃止 none
    assertEquals(List.of("2025 当初 2.5億円 地域おこし協力隊推進事業", "2026 要求 3億円 拡充 地域おこし協力隊推進事業",
            "2025 当初 1.2億円 旧地域活性化モデル事業", "2026 要求 1.5億円 集落支援員推進事業"),
        items("（単位：百万円）\n 事 項                    令和７年度   令和８年度   備考\n"
            + "地域おこし協力隊推進事業※２     250        300※       拡充\n旧地域活性化モデル事業          120         －         廃止\n"
            + "集落支援員推進事業             ▲10        150", "令和8年度", "要求"));
  }

  @Test
  void aPartOfAFigureInOtherWords() {
    // 「の一部」 and 「（内数）」 say 内数; 「（外数）」 says the figure is outside another, so it stands as it is
    assertEquals(List.of("2026 要求 12億円の内数 地域交通確保事業", "2026 要求 12億円 地域交通人材育成事業", "2026 要求 12億円の内数 地域交通DX推進事業",
            "2026 要求 約12億円 地域交通再編事業"),
        items("○ 地域交通確保事業　１２億円の一部\n○ 地域交通人材育成事業　１２億円（外数）\n○ 地域交通DX推進事業　１２億円（内数）\n"
            + "○ 地域交通再編事業　１２億円前後", "令和8年度", "要求"));
  }

  @Test
  void aFigureTooLargeInAReviewSheetsTableIsLeftOutNotACrash() {
    // 「99999999999999999999999」 百万円 is no amount: the import stopped with "internal error: FormatException"
    assertEquals(List.of("2024 当初 2.75億円 地域おこし協力隊推進事業"),
        items("事業名        地域おこし協力隊推進事業          担当部局庁    地域力創造グループ\n予算額・執行額（単位：百万円）\n"
            + "              令和５年度    令和６年度\n 予算   当初予算   99999999999999999999999   275", "令和8年度", "要求"));
  }

  @Test
  void aYearOverItsInitialAndSupplementaryColumnsUnderAUnitGivenOnceAtTheTop() {
    // the unit once at the top, a first table, then a second table whose year spans 当初 and 補正 (its words spelled
    // with their letters apart), a difference and a rate that are no items, and a group's number that is no name's rest
    assertEquals(List.of("2024 当初 1.2億円 空き家対策モデル事業", "2024 補正 3,000万円 空き家対策モデル事業",
        "2025 当初 1.5億円 空き家対策モデル事業", "2024 当初 8,000万円 住宅セーフティネット改修支援事業",
        "2025 当初 7,500万円 住宅セーフティネット改修支援事業"),
        items("（単位：千円）\n\n"
            + "                     令和６年度        令和７年度\n"
            + "                     当初予算額        予算額（案）\n"
            + "  一般会計            5,000,000         5,200,000\n\n"
            + "                           令 和 ６ 年 度 予 算 額       令和７年度       対前年度\n"
            + " 事　　　　項               当　　初       補　　正      予算額（案）     増減額     伸率(%)\n"
            + "１ 住まいの確保\n"
            + " (1) 空き家対策モデル事業      120,000         30,000        150,000       30,000      25.0\n"
            + "２ 住宅の改修\n"
            + " (2) 住宅セーフティネット改修支援事業  80,000     －      75,000     △5,000     △6.3\n", "令和7年度", "当初"));
  }

  @Test
  void aRequestsTotalBesideItsTwoPartsInANumberedTableWithAnAccountColumn() {
    // 要求額 and 要望額 are the parts of the 計; 「2-(1)-①」 is a row's number; the 会計 column holds notes
    assertEquals(List.of("2025 当初 50億円 次世代電池の開発支援事業", "2026 要求 70億円 次世代電池の開発支援事業",
        "2026 要求 12億円 新規 小規模事業者の販路開拓支援事業"),
        items("（単位：百万円）\n"
            + "番号      事　項                        令和７年度   令和８年度概算要求額          会計\n"
            + "                                        予算額     要求額    要望額    計\n"
            + "2         産業の強化\n"
            + "2-(1)     成長分野\n"
            + "2-(1)-①  次世代電池の開発支援事業        5,000      5,000     2,000     7,000    エネ特\n"
            + "2-(1)-②  （新）小規模事業者の販路開拓支援事業      －         －     1,200     1,200    一般\n", "令和8年度", "要求"));
  }

  @Test
  void theStatesShareOfAProjectIsItsBudgetAndAListOfPartsOrOfAnotherBudgetIsReadAsSuch() {
    // 事業費 then 【うち国費】: the 国費 is the budget; the ・ lines under （内訳） are parts; a （参考） block's figures are
    // that budget's
    assertEquals(List.of("2026 要求 120億円 砂防事業（公共）", "2026 要求 40億円 港湾施設の防災対策",
        "2024 補正 30億円 港湾施設の緊急修繕"),
        items("１　砂防事業（公共）　　　　２００億円【うち国費 １２０億円】\n\n"
            + "　○ 港湾施設の防災対策　　　　４０億円\n"
            + "　　（内訳）\n"
            + "　　　・岸壁の耐震化　　　　　３０億円\n"
            + "　　　・護岸の嵩上げ　　　　　１０億円\n\n"
            + "（参考）令和６年度補正予算　５０億円\n"
            + "　　・港湾施設の緊急修繕　　３０億円\n", "令和8年度", "要求"));
  }

  @Test
  void aDeckOfSlidesNamesEachBoxByItsSlidesTitle() {
    // a box above its title (the accounts' checks between), a box at the foot of its slide, the slides' numbers alone;
    // a wage and a cap's new value are no items
    assertEquals(List.of("2026 要求 30億円 若者雇用促進助成金", "2025 当初 25億円 若者雇用促進助成金",
        "2026 要求 12億円 職業訓練デジタル化推進事業", "2025 当初 10億円 職業訓練デジタル化推進事業"),
        items("令和８年度概算要求額 ３０億円（２５億円）\n一般 労災 雇用\n○ ○\n若者雇用促進助成金【拡充】\n"
            + "・最低賃金は全国加重平均１，１２１円。\n・助成上限額を最大６００万円から７００万円に引き上げる。\n1\n"
            + "職業訓練デジタル化推進事業\n・訓練の教材をデジタル化する。\n・オンライン訓練の受講者を増やす。\n"
            + "令和８年度概算要求額 １２億円（１０億円）\n2\n", "令和8年度", "要求"));
  }

  @Test
  void aNameQuotedOverTwoLinesTakesTheYearAndKindOfTheWordsBeforeItsQuote() {
    // the quote opens on one line and closes on the next, the sentence's verb after it, the figure on the line below
    assertEquals(List.of("2023 補正 8億円 地域交通データ連携モデル事業", "2025 当初 3億円 地域交通データ連携推進事業"),
        items("５年度補正予算で「地域交通データ連携モデル\n事業」を実施\n（8.0億円、10地域）\n\n"
            + "地域交通データ連携推進事業\n７年度予算案 3.0億円\n", "令和7年度", "当初"));
  }

  @Test
  void aSentencesBudgetBeforeAQuotedNameIsNoPartOfTheName() {
    assertEquals(List.of("2025 当初 4.2億円 「地域資源循環」推進事業", "2024 当初 3.9億円 「地域資源循環」推進事業"),
        items("・ 令和7年度予算案に「地域資源循環」推進事業 4.2億円を計上（令和6年度 3.9億円）。\n", "令和7年度", "当初"));
  }

  @Test
  void underALegendOfStackedCellsTheLowerFigureIsTheBudgetAndTheUpperTheProjectsCost() {
    // 上段 事業費, 下段 国費: the lower figure alone on the next line, or after the rest of a name broken inside a word; a row
    // of one figure is its 国費
    assertEquals(List.of("2024 補正 1,820億円 河川の堤防強化対策", "2024 補正 960億円 橋梁の老朽化対策",
        "2024 補正 215億円 港湾の耐震化", "2024 補正 130億円 気象観測網の強化"),
        items("（単位：億円）\n※ 公共事業関係費は、上段が事業費、下段が国費。\n"
            + "（1）河川の堤防強化対策 3,050 5か年\n1,820\n"
            + "（2）橋梁の老朽 1,700 5か年\n化対策 960\n"
            + "（3）港湾の耐震化 410\n215\n"
            + "（4）気象観測網の強化 130\n小計 3,125\n", "令和6年度", "補正"));
  }

  @Test
  void aFigureForReferenceUnderAProgramsEntryEndsWhereTheNumberingGoesOn() {
    // the （参考） line's year and kind are its own figure's, not those of the next program's
    assertEquals(List.of("2024 補正 520億円 道路の防災対策", "2024 補正 310億円 空港の機能強化"),
        items("（1）道路の防災対策 国費 520億円\n○ 法面の対策を集中的に実施。\n（参考）令和5年度補正予算 国費 480億円\n"
            + "（2）空港の機能強化 国費 310億円\n○ 滑走路の改良を実施。\n", "令和6年度", "補正"));
  }

  @Test
  void aTablesHeaderACellALineOverRowsOfTheirCellsOnOneLine() {
    // the header's cells one a line (its years, kinds and column letters), then rows with all their cells on the name's line
    assertEquals(List.of("2025 要求 12.5億円 地域防災人材育成事業", "2024 当初 11億円 地域防災人材育成事業",
        "2025 要求 事項要求 避難所環境改善モデル事業", "2024 当初 8億円 避難所環境改善モデル事業"),
        items("（単位：百万円）\n事項\n令和7年度\n要求額\n（A）\n令和6年度\n予算額\n（B）\n差引\n（A）－（B）\n備考\n"
            + "（1）地域防災人材育成事業  1,250  1,100  150\n（2）避難所環境改善モデル事業  事項要求  800  －\n", "令和7年度", "要求"));
  }

  @Test
  void aPrSheetsBoxOfConditionsGivesTheFiguresOfItsPartsByTheirNumbers() {
    // the parts numbered in 事業の内容, their figures by number in the box after 成果目標 (whose own figure is no budget); a
    // loan's scale is no budget either
    assertEquals(List.of("2023 当初 20億円 地域蓄電池活用実証事業費補助金", "2023 当初 12億円 家庭用蓄電池の遠隔制御実証事業",
        "2023 当初 6億円 業務用蓄電池の需給調整実証事業"),
        items("地域蓄電池活用実証事業費補助金\n令和5年度予算案額 20.0億円\n事業の内容\n"
            + "（1）家庭用蓄電池の遠隔制御実証事業\n家庭の蓄電池を束ねて制御します。\n（2）業務用蓄電池の需給調整実証事業\n"
            + "事業所の蓄電池を活用します。\n成果目標\n○令和8年度までに関連市場 約500億円の創出を目指します。\n"
            + "条件（対象者、対象行為、補助率等）\n（1）12.0億円\n国\n補助\n（2）6.0億円\n国\n委託\n"
            + "事業イメージ\n日本政策金融公庫による融資\n（貸付規模 300億円）\n", "令和5年度", "当初"));
  }

  @Test
  void aPrSheetsBadgeAfterItsFooterIsTheProgramItsPageIsTitledWith() {
    // the second sheet's badges come after its footer (a contact line is no name); a cap per kind of body is no item
    assertEquals(List.of("2023 当初 30億円 地域再エネ導入推進交付金", "2023 当初 5億円 地域の省エネ診断支援事業",
        "2022 補正 3億円 地域の省エネ診断支援事業"),
        items("地域再エネ導入推進交付金\n【令和5年度予算（案） 3,000百万円】\n1．事業目的\n地域の再エネ導入を進める。\n"
            + "2．事業イメージ\n交付限度額 都道府県：10億円\n市区町村：5億円\n"
            + "お問合せ先： 環境省地域政策課 電話：03-5521-0000\n\f地域の省エネ診断支援事業\n環境省\n1．事業目的\n"
            + "中小事業者の省エネ診断を支援する。\n2．事業イメージ\n事業者\n診断機関\n1件あたり 約20万円を想定\n\n"
            + "お問合せ先： 環境省地球温暖化対策課 電話：03-5521-0001\n【令和5年度予算（案） 500百万円】\n"
            + "【令和4年度第2次補正予算額 300百万円】\n", "令和5年度", "当初"));
  }

  @Test
  void anAccountOrARateIsNoNameOfTheFiguresAroundIt() {
    // the account under a badge's figure, a rate above a footnote's figure: the slide's program names both
    assertEquals(List.of("2021 要求 事項要求 若年者就職支援事業", "2020 当初 84億円 若年者就職支援事業", "2019 補正 4.8億円 若年者就職支援事業"),
        items("若年者就職支援事業\n【R3要求】\n事項要求\n【R2予算】\n84億円\n労働保険特別会計 雇用勘定\n○ 相談を実施する。\n"
            + "・ 令和元年度 就職等率 65.8％\n※ 令和元年度補正予算で 4.8億円を措置\n", "令和3年度", "要求"));
  }

  @Test
  void aTableOfAYearsSupplementaryBudgetsByNumberAndItsReservesUse() {
    // each 補正 by its number, no figure of a program; then its table: the header a cell a line (「補正予算」 over its
    // numbers), the 計 no item, and on the next page the header glued to the running title
    assertEquals(List.of("2020 補正 16.2億円 避難所感染防止対策事業", "2020 補正 8.1億円 避難所感染防止対策事業",
        "2020 予備費等 3億円 避難所感染防止対策事業", "2020 補正 250億円 地域通信基盤緊急整備事業"),
        items("・第1号（令和2年4月30日成立） 1,250億円\n・第2号（令和2年6月12日成立） 420億円\n"
            + "（単位：億円）\n事項\n補正予算\n第1号\n第2号\n予備費\n使用額\n計\n"
            + "避難所感染防止対策事業  16.2  8.1  3.0  27.3\n－ 1 －\n"
            + "\f令和2年度 補正予算の概要事項 第1号 第2号 予備費使用額 計\n地域通信基盤緊急整備事業  －  250.0  －  250.0\n",
            "令和2年度", "補正"));
  }

  @Test
  void aNumberInsideANamesWordAndANameCutInsideAKatakanaWord() {
    // 「スマート5,000タウン」: the number is the name's; 「…サポートセン」 over 「ターの運営 64百万円」: one name
    assertEquals(List.of("2018 当初 3.2億円 スマート5,000タウン推進事業", "2017 当初 3億円 スマート5,000タウン推進事業",
        "2018 当初 6,400万円 地域移住サポートセンターの運営"),
        items("（1）スマート5,000タウン推進事業 320百万円\n（前年度予算額 300百万円）\n"
            + "（2）地域移住サポートセン\nターの運営 64百万円\n", "平成30年度", "当初"));
  }

  @Test
  void aColumnOfASupplementaryBudgetNamedByItsOrdinal() {
    // 「20年度第2次補正（案）」: the 2008 補正's column, the ordinal no figure
    assertEquals(List.of("2009 当初 2.85億円 地域テレワーク推進事業", "2008 当初 3億円 地域テレワーク推進事業",
        "2008 補正 1.2億円 地域テレワーク推進事業"),
        items("（単位：千円）\n事項 21年度予算額（案） 20年度予算額 増△減額 （参考）20年度第2次補正（案） 備考\n"
            + "地域テレワーク推進事業  285,000  300,000  △15,000  120,000\n", "平成21年度", "当初"));
  }

  @Test
  void aSupplementaryBudgetsOrdinalWithoutItsFirstCharacter() {
    // 「30年度2次補正予算案」: the 2018 補正 of the program above, its year's words no name
    assertEquals(List.of("2019 当初 604億円 出入国管理体制の整備", "2018 当初 537億円 出入国管理体制の整備",
        "2018 補正 24億円 出入国管理体制の整備"),
        items("出入国管理体制の整備\n平成31年度予算案：604億円（537億円）\n※ 30年度2次補正予算案 24億円（入国審査ゲートの増設等）\n",
            "平成31年度", "当初"));
  }

  @Test
  void aProjectsCostGluedToANameEndingInJigyoAndASectionOfABudgetNumberedInRomanNumerals() {
    // 「②堤防事業事業費 …、国費 …」: the 国費 is the budget; 「Ⅳ．平成29年度補正予算」 over its rows: that budget's figures
    assertEquals(List.of("2018 当初 1,300億円 堤防事業", "2017 補正 1,400億円 堤防事業", "2017 補正 300億円 水門事業"),
        items("②堤防事業事業費 2,100億円（0.97倍）、国費 1,300億円（0.98倍）\n\nⅣ．平成29年度補正予算\n"
            + "・堤防事業     国費 1,400億円\n・水門事業     国費  300億円\n", "平成30年度", "当初"));
  }

  @Test
  void twoBoxesSideBySideTheirNamesOnOneLineAndTheirFiguresOnTheNext() {
    assertEquals(List.of("2023 当初 2.4億円 拡充 地域人材育成推進事業", "2022 当初 2億円 地域人材育成推進事業",
        "2023 当初 8,000万円 地域交流拠点整備事業"),
        items("地域人材育成推進事業 【拡充】 地域交流拠点整備事業\n令和5年度予算額 2.4億円（令和4年度 2.0億円） 令和5年度予算額 0.8億円\n",
            "令和5年度", "当初"));
  }

  @Test
  void aNameCutAfterItsMiddleDotAndABudgetBeforeANameWithASpaceForItsComma() {
    assertEquals(List.of("2020 補正 125億円 燃料供給拠点・給油所の経営力強化事業", "2021 当初 27億円 産業保安設備整備事業費補助"),
        items("10．燃料供給拠点・\n給油所の経営力強化事業 【125億円】\n"
            + "※ このほか、令和3年度当初予算案において 産業保安設備整備事業費補助 27億円を計上。\n", "令和2年度", "補正"));
  }

  @Test
  void aSupplementaryBudgetsNumberInBracketsIsPartOfItsLabel() {
    assertEquals(List.of("2019 補正 6,000万円 地域人材受入体制整備事業"),
        items("・ 地域人材受入体制整備事業 【令和元年度補正予算（第1号） 0.6億円】\n", "令和2年度", "当初"));
  }

  @Test
  void anAimBeforeANameInASentenceIsNoTopicOfIt() {
    // 「…に向けては、」: what the sentence is about is the program after it, with its figures in the bracket
    assertEquals(List.of("2020 当初 2.5億円 地域交流モデル創出事業", "2019 当初 2.8億円 地域交流モデル創出事業"),
        items("さらに、都市と地域の交流の拡大に向けては、地域交流モデル創出事業（令和2年度予算（案）2.5億円、平成31年度予算2.8億円）"
            + "によるモデル事業を実施する。\n", "令和2年度", "当初"));
  }

  @Test
  void aSupplementaryBudgetNamedByItsOrdinalAloneIsOfTheYearBeforeIt() {
    assertEquals(List.of("2020 補正 500億円 雇用維持支援助成金", "2020 補正 3,200億円 雇用維持支援助成金"),
        items("雇用維持支援助成金\n※ 令和2年度第1次補正予算で 500億円、第2次補正予算で 3,200億円を措置\n", "令和3年度", "要求"));
  }

  @Test
  void aSlidesBadgesWhoseLabelsCameOutBeforeTheirFigures() {
    assertEquals(List.of("2021 要求 48億円 若者就労支援拠点事業", "2020 当初 41億円 若者就労支援拠点事業"),
        items("若者就労支援拠点事業\n【R3要求】\n【R2予算】\n48億円\n41億円\n○ 相談と職場体験を実施。\n", "令和3年度", "要求"));
  }

  @Test
  void aDecksFirstSlideAfterItsCoverLinesIsNamedByItsTitle() {
    // the cover's title, subtitle, date, ministry and note come before the first slide's title; each slide's box at its foot
    assertEquals(List.of("2023 当初 40億円 学習支援員配置事業", "2022 当初 35億円 学習支援員配置事業", "2023 当初 12億円 学校図書館活用推進事業"),
        items("令和5年度 文部科学関係予算（案）のポイント\n～ 初等中等教育関係 ～\n令和4年12月\n文部科学省\n"
            + "※ 各事業の金額は令和5年度予算額（案）。\n学習支援員配置事業\n背景・課題\n・ 教師の負担が大きい。\n"
            + "事業内容\n・ 学習支援員 10,000人\nうち小学校分 20億円（18億円）\n令和5年度予算額（案）\n40億円\n（前年度予算額 35億円）\n1\n"
            + "学校図書館活用推進事業\n・ 図書の充実。\n令和5年度予算額（案）\n12億円\n2\n", "令和5年度", "当初"));
  }

  @Test
  void aProgramReferredBackToFromALineJoinedWithTheNextIsNoCrash() {
    // a speech's paragraph: 「同補助金について、…」 on a line the repair joined, then a sentence that goes on to the next line
    // and a figure after 「（…）」 there: the line read with the next is longer than the line itself
    List<String> found = items("今回の震災では、全国の消防本部から延べ約２万人の隊員が出動し、長期にわたる活動を支える車両や資機材、通信体制などに多くの課題が明らかにな\n"
        + "りました。このため、第３次補正予算におきまして、消防救急設備整備費補助金として７５．０億円を措置し、大規模災害に対応する資機材の整備を進めております。"
        + "平成２４年度予算案におきましても、同補助金について、前年度を上回る３９．８億円を確保いたしました（前年度３８．６億円）。補助率は２分の１で\n"
        + "ございます。また、救急搬送の円滑化を図るため、「救急業務推進事業」に\n２４年度は１．２億円（２３年度１．１億円）を計上しております。\n",
        "平成24年度", "当初");
    assertTrue(found.contains("2012 当初 39.8億円 消防救急設備整備費補助金"), found.toString());
  }

  @Test
  void aListsUnitStatedOnceAtItsTopHoldsOnItsNextPageAndAfterARequestOfNoFigure() {
    // a 別紙 in 千円, the unit only above its first row; a 事項要求 among the rows; a row on the next page, under the page's
    // running head; a name cut before its last letter, which starts its figure's line
    assertEquals(List.of("2009 要求 5.6億円 新規 定住自立圏構想推進費", "2009 要求 事項要求 定住自立圏等民間投資促進交付金",
        "2009 要求 1.5億円 集落対策推進事業", "2008 当初 6,850万円 集落対策推進事業", "2009 要求 4,582万円 過疎地域等の新たな振興方策に関する調査研究",
        "2009 要求 3,800万円 新規 地域おこし協力隊推進事業"),
        items("（別紙）\n\n（単位：千円）\n\n１ 定住自立圏構想の推進\n\n（１）定住自立圏構想推進費（新規）\n要求額 ５６０，０００\n\n"
            + "（２）定住自立圏等民間投資促進交付金\n事項要求\n\n（３）集落対策推進事業\n要求額 １５０，０００ （前年度 ６８，５００）\n"
            + "・ 集落支援員による集落点検の促進（３０地区）\n\n（４）過疎地域等の新たな振興方策に関する調査研\n究 要求額 ４５，８２０\n"
            + "－１－\n\f平成２１年度 地域力創造グループ関係\n\n（５）地域おこし協力隊推進事業（新規）\n要求額 ３８，０００\n－２－\n",
            "平成21年度", "要求"));
    // but a chart's values alone under its unit are no list: the next page's page number takes no unit
    assertEquals(List.of(), items("（億円）\n２０\n４０\n６０\n\f本文の続き。\n１３７\n", "平成26年度", "当初"));
  }

  @Test
  void aTaxChangesRevenueInANormalYearAndItsFirstIsNoBudget() {
    assertEquals(List.of(), items("２ 改正による増減収見込額\n\n（単位：億円）\n改 正 事 項\n平年度\n初年度\n"
        + "(1) たばこ税の税率の引上げ １，２８０ ７２５\n(2) 個人住民税の扶養控除の見直し ２，９４０ －\n合 計 ４，１７３ ６９７\n", "平成22年度", "当初"));
  }

  @Test
  void aSlidesBoxLabelledWithoutItsYearIsTheSlidesProgramsAndARemarkUnderItNoName() {
    // two slides, each a program's: its name near the top, its box 「予算額 …」 at the foot under a diagram's label
    String deck = "地域の人材力の強化\n\n地域人材力活性化事業\n・ 地域力創造アドバイザーの派遣（２０団体）\n\n総務省 市町村\n"
        + "地域力創造に取り組む市町村\n\n予算額 ９８百万円（前年度 ８５百万円）\n4\n\f集落の維持と活性化\n\n集落対策推進事業\n"
        + "・ 集落点検の実施\n\n集落支援員\n\n要求額 ３．２億円（前年度 ２．８億円）\n（要望額なし）\n5\n";
    assertEquals(List.of("2010 当初 9,800万円 地域人材力活性化事業", "2009 当初 8,500万円 地域人材力活性化事業",
        "2010 要求 3.2億円 集落対策推進事業", "2009 当初 2.8億円 集落対策推進事業"), items(deck, "平成22年度", "当初"));
    // a form's entries, each numbered alone on its line, are no slides: the 内容 under the 予算額 names nothing
    String forms = "１\n事 業 名 地方公共団体財政健全化支援事業\n予 算 額 ２８，４６３，０００円\n前年度予算額 ２１，１５０，０００円\n"
        + "内 容 財政健全化団体等への外部専門家の派遣\n\n２\n事 業 名 地方公会計整備推進事業\n予 算 額 ３５，８２０，０００円\n"
        + "前年度予算額 ３０，４００，０００円\n内 容 財務書類の作成に係る研修会の開催\n";
    assertEquals(List.of("2009 当初 2,846.3万円 地方公共団体財政健全化支援事業", "2008 当初 2,115万円 地方公共団体財政健全化支援事業",
        "2009 当初 3,582万円 地方公会計整備推進事業", "2008 当初 3,040万円 地方公会計整備推進事業"), items(forms, "平成21年度", "当初"));
  }

  @Test
  void aPartNamedAsAProgramUnderASectionsFigureIsAnItemButNotAShareOfABudgetsWhole() {
    assertEquals(List.of("2007 当初 8.46億円 地域再生の推進", "2006 当初 7.92億円 地域再生の推進", "2007 当初 3.1億円 地域再生マネージャー事業",
        "2006 当初 2.98億円 地域再生マネージャー事業", "2007 当初 5,600万円 地域づくり人材育成事業", "2006 当初 5,600万円 地域づくり人材育成事業"),
        items("（単位：百万円）\n\n２ 地域再生の推進 ８４６ （前年度 ７９２）\n\nうち 地域再生マネージャー事業 ３１０ （前年度 ２９８）\n"
            + "外部専門家の派遣に要する経費を助成（補助率２／３）\nうち過疎地域分 １２０\nうち 地域づくり人材育成事業 ５６ （前年度 ５６）\n",
            "平成19年度", "当初"));
    // a share of the agency's whole budget, and a part that is no program (「うち 交付金」, 「うち新規分」)
    assertEquals(List.of(), items("令和８年度警察庁予算（案）（一般会計） ３，３２４億円\n（令和７年度当初予算額 ３，２５８億円）\n"
        + "うち 都道府県警察費補助金 １，０８９億円\n", "令和8年度", "当初").stream().filter(x -> x.contains("補助金")).toList());
    assertEquals(List.of("2025 要求 66.9億円 消費者行政推進事業"),
        items("消費者行政推進事業\n要求額 ６６．９億円\nうち 交付金 ６１．３億円\nうち新規分 ２．１億円\n", "令和7年度", "要求"));
  }

  @Test
  void anExpensesProgramInBracketsAfterItsVerbNamesItAndACountIsNoMoney() {
    assertEquals(List.of("2007 当初 1,200万円 地域づくり顕彰事業"),
        items("（単位：百万円）\n地域の団体の交流会、事例集の作成等\nまた、優良な地域づくり活動の顕彰に要する経費として、１２百万円を\n"
            + "計上（地域づくり顕彰事業）。\n\n過疎関係市町村数 ７３８（平成１８年４月１日現在）\n", "平成19年度", "当初"));
    // (however unsure: a count is no figure of money at all)
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t", "（単位：百万円）\n\n過疎関係市町村数 ７３８（平成１８年４月１日現在）\n").lines()).lines();
    assertEquals(List.of(), ItemFinder.find(lines, FiscalYear.parse("平成19年度").orElseThrow(), BudgetKind.INITIAL).items());
  }

  @Test
  void aDiagramsLabelsSideBySideNameNoFigureAndAPartUnderABoxNoSlide() {
    // two slides: the box's part 「うち …」 under it is no slide's name; labels of a diagram between a name and its box are none
    String deck = "Ⅰ 地域資源を活用した新たな事業の創出\n\n農山漁村地域資源活用・新事業創出支援事業\n\n○ 試作、販路開拓を支援\n\n"
        + "農林漁業者 連携 食品企業\n\n２２年度予算額\n１，８４２百万円\n（２１年度予算額 １，２０５百万円）\n\nうち 地域資源コーディネーター\n"
        + "育成・派遣 ３１５百万円\n2\n\fⅡ 鳥獣被害対策の強化\n\n鳥獣被害防止総合対策交付金\n\n○ 侵入防止柵の整備を支援\n\n"
        + "集落の話合い 農業生産活動 多面的機能の発揮\n\n２２年度予算額\n２，３００百万円\n3\n";
    List<String> found = items(deck, "平成22年度", "当初");
    assertTrue(found.containsAll(List.of("2010 当初 18.42億円 農山漁村地域資源活用・新事業創出支援事業", "2009 当初 12.05億円 農山漁村地域資源活用・新事業創出支援事業",
        "2010 当初 23億円 鳥獣被害防止総合対策交付金")), found.toString());
    assertEquals(List.of("2010 当初 265.14億円 中山間地域等直接支払交付金"), items("中山間地域等直接支払交付金\n\n○ 耕作放棄の防止のため交付金を交付\n\n"
        + "集落の話合い 農業生産活動 多面的機能の発揮\n\n２２年度予算額\n２６，５１４百万円\n", "平成22年度", "当初"));
  }

  @Test
  void aPressReleasesSentencesNameTheirHeadingsProgramTheQuotedOneAndNoRangeOrTotalsExclusion() {
    String text = "３ 地域雇用開発助成金（地域求職者雇用奨励金）\n雇用情勢が特に厳しい地域で事業所を設置し、地域の求職者を雇い入れる事\n"
        + "業主に対する助成については、三十二億円（平成２４年度予算額 三十五億円）を\n要求しています。助成額は、雇入れ人数に応じて５０万円から\n"
        + "８００万円（１年当たり）です。\n\n６ 日本再生重点化措置\n「日本再生戦略」に基づく「日本再生重点化措置」\n"
        + "として、成長分野での雇用創出と人材育成を一体的に支援する「成長分野等人材育成\n支援事業」について、約１００億円を要望しています。\n\n"
        + "以上により、地域雇用対策関係の要求額は、事項要求を除き合計約２１３億円となっています。\n";
    List<String> found = items(text, "平成25年度", "要求");
    assertTrue(found.containsAll(List.of("2013 要求 32億円 地域雇用開発助成金（地域求職者雇用奨励金）", "2012 当初 35億円 地域雇用開発助成金（地域求職者雇用奨励金）",
        "2013 要求 約100億円 成長分野等人材育成支援事業")), found.toString());
    assertTrue(found.stream().noneMatch(f -> f.contains("800万円") || f.contains("事項要求")), found.toString());
  }

  @Test
  void aSlidesProseFigureAfterItsBudgetsDateAndVerbAndABulletsSentenceStartNamesNothing() {
    String slides = "ＩＣＴスマートタウン推進事業\n\n防災、医療・介護、エネルギー等の分野で、ＩＣＴを活用した新たな街づくりを\n"
        + "実証し、その成果を全国に展開する。平成２４年度予備費（１１月３０日閣議決\n"
        + "定）で措置した5.2億円に加え、今回の補正予算で23.8億円を計上し、先行\nモデルを拡大する。\n3\n"
        + "\f自治体クラウドの導入促進\n\n・複数の地方公共団体が情報システムを共同で利用する「自治体クラウド」\n"
        + "の導入を促進するため、導入計画の策定に要する経費を支援\n・平成２４年度当初予算額 １２０百万円\n4\n";
    List<String> found = items(slides, "平成24年度", "補正");
    assertEquals(List.of("2012 予備費等 5.2億円 ICTスマートタウン推進事業", "2012 補正 23.8億円 ICTスマートタウン推進事業",
        "2012 当初 1.2億円 自治体クラウドの導入促進"), found);
  }

  @Test
  void aRequestsPriorityMarkIsNoPartOfANameAndAnExpenseUnderAMarkedLineIsItsProgram() {
    String text = "（３）災害情報伝達手段の多様化\n○ 全国瞬時警報システム（Ｊ－ＡＬＥＲＴ）の高度化\n受信機の更新に併せ、自動起動機の整備や新型受信機への移行を進める\n"
        + "ための経費として、３７５，６００千円を要求する。\n前年度 ２１８，４００千円 ／ 増 １５７，２００千円\n\n"
        + "○ 緊急消防援助隊設備整備費補助金 【特別重点】\n平成２５年度要求 ５，２４０百万円\n";
    List<String> found = items(text, "平成25年度", "要求");
    assertEquals(List.of("2013 要求 37,560万円 全国瞬時警報システム（J－ALERT）の高度化", "2012 当初 21,840万円 全国瞬時警報システム（J－ALERT）の高度化",
        "2013 要求 52.4億円 緊急消防援助隊設備整備費補助金"), found);
  }

  @Test
  void aPlansProseNamesItsFiguresByTheFundBeforeTheBracketTheQuotedProgramAndTheAttachmentsTitle() {
    String plan = "６ 消防救急無線のデジタル化\n消防本部が行うデジタル無線の\n整備については、消防防災設備整備費補助金（４８．９億円の内数）により\n"
        + "支援するとともに、共同整備を行う場合の地方財政措置を講じる。\n\n３ 電子自治体の推進\n情報システムを共同で利用する手法を検証するため、新たに「自治体クラウ\n"
        + "ド実証事業」（新規）を実施し、所要経費として１５６，０００千円を計上\nした。\n－１－\n"
        + "\f別紙２\n\n新\n地域防災情報共有システム実証事業\n～多様な伝達手段で住民に確実に災害情報を～\n\n"
        + "実証地域：全国５か所程度（公募）\n実施期間：平成２１年度～平成２２年度 3\n\n所要額\n３．８億円\n";
    assertEquals(List.of("2009 当初 48.9億円の内数 消防防災設備整備費補助金", "2009 当初 1.56億円 自治体クラウド実証事業",
        "2009 当初 3.8億円 地域防災情報共有システム実証事業"), items(plan, "平成21年度", "当初"));
  }

  @Test
  void aMarkedParagraphsOneFundNamesTheFigureInTheBracketThatEndsItsSentence() {
    String text = " Ⅱ 都市と農山漁村の交流・定住の促進\n\n○ 空き家を活用した滞在施設の整備を一体的に支援する農山漁村交流・定住促進交付金（新規）\n"
        + "を設ける（２２年度予算額 ２，６５０百万円）。\n\n"
        + "○ 地方公共団体が設置する都市公園の整備は、社会資本整備総合交付金及び防災・安全交付金の内数で支援\n"
        + "している（地方公共団体の都市公園整備費は 約２，１００億円（令和５年度））。\n";
    assertEquals(List.of("2010 当初 26.5億円 新規 農山漁村交流・定住促進交付金"), items(text, "平成22年度", "当初"));
  }

  @Test
  void aTableRowsNameWrappedBeforeItsLastWordJoinsIt() {
    String table = "（単位：千円）\n事 項 ２４年度予算額 前年度予算額\n半島地域連携促進事業 ６８，２５０ ７２，４００\n豪雪地帯安全確保緊急\n"
        + "対策 １５０，０００ 新 規\n合 計 ２１８，２５０ ７２，４００\n";
    List<String> found = items(table, "平成24年度", "当初");
    assertTrue(found.contains("2012 当初 1.5億円 豪雪地帯安全確保緊急対策"), found.toString());
  }

  @Test
  void aHeaderOfYearsOnASlideEndsWithItsPage() {
    // a slide's chart of counts under a header of years, then the next slide's figures: no column of that chart's
    String deck = "在外公館の体制強化（拡充）\n令和８年度概算要求額\n３１２億円\n在外公館数の推移\n大使館 総領事館 政府代表部\n"
        + "令和５年度 令和６年度 令和７年度\n１５３ ６５ １０\n１５６ ６５ １０\n2\n\f戦略的対外発信の強化\n"
        + "令和８年度概算要求額 １８５億円（１６０億円）\n主な取組\n① 偽情報対策・情報分析体制の強化【新規】 ８億円\n3\n";
    List<String> found = items(deck, "令和8年度", "要求");
    assertTrue(found.contains("2026 要求 8億円 新規 偽情報対策・情報分析体制の強化"), found.toString());
  }

  @Test
  void aReferenceMarkAmongATablesHeaderCellsIsOneOfThemNotABlockOfNoBudget() {
    String table = "（単位：百万円）\n事 項\n令和７年度\n補正予算額（案）\n（参考）\n令和６年度\n補正予算額\n備 考\n"
        + "１ 在外公館の警備・危機管理体制の強化 18,420 15,300\n２ 邦人退避用資機材の整備 1,400 980\n";
    assertEquals(List.of("2025 補正 184.2億円 在外公館の警備・危機管理体制の強化", "2024 補正 153億円 在外公館の警備・危機管理体制の強化",
        "2025 補正 14億円 邦人退避用資機材の整備", "2024 補正 9.8億円 邦人退避用資機材の整備"), items(table, "令和7年度", "補正"));
  }

  @Test
  void namesSideBySideOverTheirFiguresAreNoSlidesTitle() {
    // (two slides of a deck, the second with two boxes' names side by side under its own box)
    String deck = "\f戦略的対外発信の強化\n"
        + "令和８年度概算要求額 １８５億円（１６０億円）\n"
        + "うち重要政策推進枠 ２５億円\n"
        + "背景・課題\n"
        + "○ 偽情報の拡散を含む情報戦が激化する中、日本の政策や立場を \n"
        + "正確かつ迅速に国際社会へ発信することが急務。\n"
        + "主な取組\n"
        + "① 偽情報対策・情報分析体制の強化【新規】 ８億円\n"
        + "② 在外公館を通じた広報文化外交 ９６億円（９１億円）\n"
        + "③ ジャパン・ハウスの運営 ３９億円（３７億円）\n"
        + "④ 海外有識者・メディア関係者の招へい ４２億円（３２億円）\n"
        + "⑤ 日本語普及（国際交流基金運営費交付金）\n"
        + "１５２億円の内数\n"
        + "令和６年度補正予算 ４２億円（偽情報対策の先行実施等）\n"
        + "3\n"
        + "\f海海外外ににおおけけるる邦邦人人のの安安全全確確保保\n"
        + "令和8年度概算要求額 98億円（81億円）\n"
        + "○ 海外渡航者・在留邦人（約１２９万人）の安全確保のため、\n"
        + "緊急事態に備えた退避・輸送体制を強化する。\n"
        + "・在外公館警備体制の強化 ６４億円（５５億円）\n"
        + "・緊急退避用航空機等の借上げ体制整備 ２１億円（１５億円）\n"
        + "・「たびレジ」等の情報発信システム改修 １３億円（１１億円）\n"
        + "民間航空機借上げ\n"
        + "１回あたり 最大 ３億円\n"
        + "チャーター便\n"
        + "4\n"
        + "\fⅡ 戦略的対外発信と国際秩序の維持・強化\n"
        + "国際機関を通じた国際秩序への貢献\n"
        + "令和８年度概算要求額 ６８０億円（６４２億円）\n"
        + "義務的分担金 任意拠出金\n"
        + "４９５億円 １８５億円\n"
        + "（４７２億円） （１７０億円）\n"
        + "○ 国連通常予算・ＰＫＯ分担金等を分担率に基づき確実に措置 \n"
        + "（我が国の国連通常予算分担率 ６．９％）。\n";
    List<String> found = items(deck, "令和8年度", "要求");
    assertTrue(found.contains("2026 要求 680億円 国際機関を通じた国際秩序への貢献"), found.toString());
  }
}
