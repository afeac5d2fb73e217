package org.seisaku.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seisaku.diag.Limits;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Qualifier;
import org.seisaku.source.BudgetCsvReader;

/**
 * Finds budget items in repaired text (see {@link Repair}): a program's name, a fiscal year, a kind and an amount,
 * with the rules that fired and a confidence made from them. All the words the rules use are in this class.
 *
 * <pre>
 *   ○ 地域人材力活性化事業 85,259千円                       → 地域人材力活性化事業 · --fiscal-year · --kind · 85,259千円
 *   都市から地方への移住・交流の促進 平成20年度予算 3.1億円（平成19年度予算2.6億円）
 *                                                        → 2008 当初 3.1億円; 2007 当初 2.6億円 (a comparison figure)
 *   中山間地農業ルネッサンス推進事業（拡充）                   (the name on the line above; status 拡充)
 *   3.7億円（６年度補正 1.5億円 ６年度 2.5億円）              → with --fiscal-year 令和7年度 --kind 当初:
 *                                                          2025 当初 3.7億円 拡充; 2024 補正 1.5億円; 2024 当初 2.5億円
 *   【令和６年度補正予算額 約150億円】                        → 2024 補正 約150億円 (approximate)
 *   （単位：百万円）… 1．看護職員確保対策事業 2,015 2,015 0     → a table: a column per year and kind, 増減 skipped
 *   ・補助率：１／２、１地区当たり上限2,500万円                 → not a budget item (a rate; a limit per recipient)
 * </pre>
 *
 * <p>Year: the one in the words before the amount (平成20年度, 令和６年度, an era-less ６年度 in the era of
 * {@code --fiscal-year}, 前年度 = the year before the figure it is compared with), else {@code --fiscal-year}.
 * Kind: the word before the amount (補正, 要求/概算要求, 当初/概算決定/政府案, 執行/決算, 予備費), else {@code --kind}
 * for a figure of {@code --fiscal-year} and 当初 for any other year. A figure inside the parentheses after another
 * figure (「3.1億円（平成19年度予算2.6億円）」) is a comparison: the same program, its own year and kind.
 *
 * <p>Not budget items (each a rule in {@link #NOT_BUDGET}): limits and rates per recipient (上限, 当たり, 補助率,
 * 単年度 …), statistics and other bodies' totals (産出額, 事業費総額, 規模 …), breakdowns (うち …, 都道府県分,
 * the terms (A)(B)(C) of a formula), differences (増減, 対前年度), amounts in running sentences, and amounts whose
 * program has no name (a body such as 都道府県, a heading such as 概要).
 *
 * <p>Confidence: 0.3 for an amount in yen, plus 0.3 for a budget word beside it (予算, 要求, 措置額, 決定額), 0.35
 * for a table row under a unit, 0.2 for a name on the same line (or taken from the figure it is compared with),
 * 0.1 for a name on a line above, 0.05 for the program of the figure before it, 0.15 when the name ends as program
 * names do (事業, 交付金, 対策, 推進 …), 0.1 for a bulleted or bracketed entry; at most 1.
 */
public final class ItemFinder {
  private ItemFinder() {}

  /** What the finder keeps: the items, and how many amounts it passed over as not budget items. */
  public record Result(List<FoundItem> items, int notBudget) {}

  static final double BASE = 0.3;
  static final double BUDGET_WORD = 0.3;
  static final double TABLE_ROW = 0.35;
  static final double NAME_SAME_LINE = 0.2;
  static final double NAME_ABOVE = 0.1;
  /** A figure followed by a bare figure in parentheses (「412億円（385億円）」): a budget and the year before's. */
  static final double BUDGET_PAIR = 0.15;
  static final double NAME_CURRENT = 0.05;
  static final double PROGRAM_WORD = 0.15;
  static final double ENTRY = 0.1;

  /**
   * Lines longer than this are not searched for items (a budget line is under 200 characters; the regular
   * expressions below would take quadratic time on a hostile line of a million digits), only counted.
   */
  static final int MAX_LINE = 4_000;

  /** The words before an amount that are read: names are at most 45 characters, years and kinds sit beside the figure. */
  static final int MAX_LABEL = 200;

  /** How far (lines) the program of an earlier figure still names a figure that has no name of its own. */
  static final int CURRENT_PROGRAM_REACH = 15;

  // ---- the words ----

  /**
   * A number in kanji numerals with a digit of its own (五, 二十, 一億二千万's 二千): 十, 百 or 千 alone are left out, so
   * that 「数百万円」 is no figure.
   */
  private static final String KANJI_NUMBER = "[十百千]*[〇一二三四五六七八九][〇一二三四五六七八九十百千]*";

  /**
   * How budget documents write a year's era: its name (令和, 平成, 昭和) or its letter (R, H); every pattern below that
   * reads a year composes these, so that they all know the same eras. ({@link FiscalYear} also reads 大正, 明治 and the
   * letters S, T, M, which in a document's running text are more often something else.)
   */
  private static final String ERA_NAMES = "令和|平成|昭和";
  private static final String ERA = ERA_NAMES + "|R|H";
  /**
   * A fiscal year with or without its era, not captured: 「令和7年度」「R7年度」「7年度」「2025年度」 (also in full-width digits,
   * as {@link Repair} meets them before the text is folded).
   */
  static final String ERA_YEAR = "(?:" + ERA + ")?\\s?(?:元|[0-9０-９]{1,4})\\s?年度";
  /** A year's budget named: 「令和７年度補正予算」, 「令和６年度第１次補正予算案」, 「令和８年度当初予算」. */
  private static final String A_BUDGET = ERA_YEAR + "\\s*(?:第\\S{1,2}次)?\\s*(?:補正|当初)予算(?:案)?";
  /** A 補正's number: 「第1号」, 「第二号」. */
  static final String SUPPLEMENTARY_NO = "第\\s*[0-9一二三四]\\s*号";
  /** A 補正's ordinal: 「第2次」. */
  static final String ORDINAL = "第\\s?[0-9一二三四]\\s?次";
  /** A year's budget, before the particle a sentence puts a figure in it with: 「平成24年度予算案」, 「２６年度補正予算」. */
  private static final String YEAR_BUDGET = ERA_YEAR + "\\s*(?:当初|補正)?予算(?:案)?";
  private static final String BUDGET_PARTICLE = "(?:において|では|には|に|で)";

  /** An amount in yen (after {@link Repair#width}), or 事項要求. */
  static final Pattern AMOUNT = Pattern.compile(
      "(?<![0-9.,])(?:約|上限)?\\s?(?:[△▲]|マイナス)?\\s?"
          + "(?:[0-9][0-9,]*(?:\\.[0-9]+)?|" + KANJI_NUMBER + ")\\s?(?:" + Amount.UNITS + ")?"
          + "(?:(?<!\\s)(?:[0-9][0-9,]*(?:\\.[0-9]+)?|" + KANJI_NUMBER + ")(?:" + Amount.UNITS + "))*" // not 「2025 20億円」
          + "円(?:\\s?程度|の内数|内数|を上限)?|事項要求");

  /** The words between a name and its amount: years, kinds and budget words, spaces and opening brackets. */
  static final Pattern LABEL_TAIL = Pattern.compile(
      "(?:[\\s:：、，,（(【［〔＋+→⇒／/｜|]|[（(]案[）)]|(?<=年度)(?:は|には)|(?<=予算)(?:において|で|では|には)(?=\\s*総額)|[【［〔（(][^【】［］〔〕（()）]{0,12}?(?:額|予算|要求|年度)[】］〕）)]|[（(]" + SUPPLEMENTARY_NO + "[）)]|" + ERA_YEAR + "|(?<![A-Za-z])[RH]\\s?(?:元|[0-9]{1,2})|(?<![A-Za-z])FY\\s?(?:19|20)[0-9]{2}|前々年度|前年度|本年度|当年度|昨年度|来年度|今年度|当初|補正後|" + ORDINAL + "|[0-9一二三四]\\s?次(?=\\s?補正)|補正|(?<=要求)・(?=要望)|"
          + "概算|要求|要望|決定|予算|政府案|案|計上|所要|措置額|追加|修正減少|修正増加|執行|決算|総額|額|国費"
          + "|歳出|支出済|翌年度|(?:一般会計|一般)?予備費(?:使用額)?|(?:から|より|へ)の?|繰り?越し?|(?<=[\\s:：])金)+(?:(?:で|において|においても|におきまして|にて|により|によって|では|は|が|に|の|として)[\\s、，,]*)?$"); // 金: a notice's 「金五百億円」

  /** An expense named by its word alone: 「所要経費」, 「所要額」, 「経費」. */
  static final Pattern EXPENSE_WORD = Pattern.compile("(?:所要|必要)?(?:経費|額)");
  /** The year before's words alone before a figure: 「前年度」, 「前年度予算額：」. */
  static final Pattern YEAR_BEFORE_WORDS = Pattern.compile("前年度(?:予算額?)?\\s*[：:]?");
  /** The rest of a sentence at a line's start: a particle, then more words (「の導入を促進するため、…」). */
  static final Pattern SENTENCE_REST = Pattern.compile("(?:の|を|に|が|は|と|で)(?![0-9０-９])\\S{4,}");
  /** The words between a figure and the next that are only the first figure's verb: 「を計上しています」「を措置。」. */
  static final Pattern VERB_ONLY = Pattern.compile("^を?\\s*(?:計上|措置|要求|要望|確保|盛り込)[^、，,。（()）]{0,8}[。]?$");

  /** A line that is only a label (「交付税措置額」, 「平成20年度予算額」): its words apply to the amount below it. */
  static final Pattern LABEL_LINE = Pattern.compile("^[^\\s]{0,8}(?:予算額|要求額|措置額|決定額|予算)$");

  static final Pattern BUDGET_WORDS = Pattern.compile("予算|要求|措置額|決定額|計上|所要額|予備費|補正|国費|歳出|繰り?越");

  /**
   * 事業費 or 公費 alone before a figure: a project's whole cost, or the state's and the local bodies' shares together
   * (「公費 ９２７億円（国費 ６１８億円）」), of which the 国費 beside it is the budget.
   */
  static final Pattern WHOLE_COST = Pattern.compile("(?:^|[\\s（(【】]|(?<=[^事]事業))(?:事業費|公費)\\s*[：:]?\\s*$"); // (「②ダム事業事業費」)
  /** A line that states the 国費 of the 事業費 above it: 「国　費　４，２８０億円」. */
  static final Pattern STATE_SHARE_LINE = Pattern.compile("\\s*[【（(［]?\\s*(?:うち)?\\s*国\\s*費\\s*[】）)］]?\\s*[：:]?\\s*(?:約)?\\s*[0-9]");

  /** 「（参考）」 in any of the brackets a document puts it in, spaces allowed inside: what is there is for reference. */
  static final String REFERENCE_MARK = "[\\[［〔（(【]\\s*参考\\s*[0-9０-９]{0,2}\\s*[\\]］〕）)】]"; // (numbered too: 「（参考１）」)
  /** The state's share of a project's cost: 「うち国費」 (the figure after it is the budget, the one before it none). */
  private static final String STATE_SHARE_WORDS = "うち\\s*国費";

  /** Where an example that starts at {@code from} ends on its line: its 。, or the end of the bracket it opens (「（例：…）」); -1 for none. */
  static int exampleEnd(String text, int from) {
    int stop = text.indexOf('。', from);
    int open = from < text.length() && Repair.opens(text.charAt(from)) ? from : -1;
    if (open >= 0 && text.substring(open + 1).matches("\\s*(?:例|具体例|試算例)\\s*[：:].*")) {
      int depth = 0;
      for (int k = open; k < text.length(); k++) {
        if (Repair.opens(text.charAt(k))) depth++;
        else if (Repair.closes(text.charAt(k)) && --depth == 0) return stop >= 0 ? Math.min(stop, k) : k;
      }
    }
    return stop;
  }

  /** An example's mark: 「（例）」, 「例：」, 「（試算例）」, 「例えば、」. */
  static final Pattern EXAMPLE_MARK = Pattern.compile("(?:^|[（(【\\s])(?:例|具体例|試算例)\\s*[）):：]|例えば[、，,]");

  /** Why an amount is not a budget item: each pattern, looked for in the words before the amount. */
  static final Map<String, Pattern> NOT_BUDGET = notBudget();

  private static Map<String, Pattern> notBudget() {
    Map<String, Pattern> m = new LinkedHashMap<>();
    // (not the verb: 「…消火活動に当たりました」)
    m.put("per-recipient", Pattern.compile("(?:当たり|あたり)(?!ま)|単年度|[1１]件|[/／](?:件|人|団体)|助成額|補助額|補助上限|交付限度|上限額|限度額|最高額|最低額|基礎額|基準額"
        // a cap raised or stated: 「報償費等の上限を ２７０万円 →」
        + "|上限(?:を|は|が)\\s*[：:]?\\s*(?:約)?\\s*$"));
    m.put("rate", Pattern.compile("補助率|助成率|交付率|負担割合|補助単価"));
    // (「１米ドル＝１５３円」: a rate of exchange, a conversion)
    m.put("conversion", Pattern.compile("[=＝]\\s*(?:約)?\\s*$"));
    m.put("statistic", Pattern.compile("累計|滞納額|決算における|決算では|(?:年度末|年末|月末)(?:時点|現在)?で\\s*(?:約)?\\s*$|控除額|国民医療費|国内総生産|寄附金額|寄付金額|寄附額|交付対象事業費|産出額|販売額|出荷額|生産額|総生産|輸出額|輸入額|被害額|課徴金額|返金|原状回復額|市場規模|市場(?:は|が)|人規模|の規模|規模は|規模で|標準団体|試算|残高|資産"
        // (所得 and 売上 right before the figure: a program may be named 「…生産者所得向上対策」)
        + "|(?:所得|売上)(?:額|高)?(?:は|が)?\\s*[：:]?\\s*(?:約)?\\s*$"));
    // a calendar year right before the figure is a statistic's date (budgets are by 年度): 「クラウド市場は2024年に3兆円」
    m.put("calendar-year", Pattern.compile("(?<![0-9])[0-9]{4}\\s*年(?!度)(?:[0-9]{1,2}月)?\\s*(?:に|には|は|時点で?|末で?|の)?\\s*(?:約)?\\s*$"));
    // grants decided for applicants, not the program's budget: 「交付決定額（国費） 412億円」
    m.put("grants-decided", Pattern.compile("交付決定|交付予定額"));
    // a reserve's own state in a decision to use it: 「使用額 総額 312億円」, 「使用後の残額 4,216億円」
    m.put("reserve-state", Pattern.compile("使用額|残額|準備金の活用")); // (「…準備金の活用（１，０００億円）」: a reserve drawn on)
    // totals of others than the state's budget: a project's whole cost, the local bonds' and local finances' plans
    // (地方交付税's 出口ベース and a bond's 発行額 are local finances' figures; 「…に係る事業費は」 a project's cost with others' shares)
    m.put("other-body-total", Pattern.compile("政府全体|民間投資|財政支出|事業規模|(?:貸付|融資)規模|事業費ベース|財政投融資|重複額|純計|事業費総額|事業費全体|全体の経費|総事業費|総開発費|総整備費|公費ベース|全体事業費|地方債計画|地方財政計画|一般財源|出口ベース|発行(?:予定|見込)?額"
        // a local body's own money, beside the state's: 「都道府県による独自の上乗せ支援（総額 約１２０億円）」
        + "|(?:都道府県|道府県|市町村|自治体|地方公共団体|地方)(?:による|の)?(?:独自|単独)"
        + "|(?:に係る|の)事業費(?:は|が)\\s*(?:約)?\\s*$"));
    m.put("difference", Pattern.compile("増減|増△減|対前年|前年度比|前年比|差引|差額|伸び率|伸率|増額分|(?<!修正)(?:増加額|減少額)|削減額|[（(]\\s*[＋+]\\s*$"
        // (「前年度 ２１８，４００千円 ／ 増 １５７，２００千円」: the increase, set apart)
        + "|(?:^|[\\s／/、，,])(?:増|減|増額|減額)\\s*[：:]?\\s*$"));
    // a total in a sentence: 「対象５事業の令和７年度当初予算額の合計は」
    m.put("total", Pattern.compile("合\\s*計\\s*(?:額)?\\s*(?:は|が|で)?\\s*[：:]?\\s*(?:約)?\\s*$|^\\s*総\\s*額\\s*[：:]?\\s*$"
        // 「…情報通信関係で総額２８９億円を計上した」
        + "|で\\s*総\\s*額\\s*(?:約)?\\s*$"
        // the budgets of several programs or ministries together: 「関係府省の地域医療確保関係予算 約１，５６０億円」
        + "|関係予算\\s*(?:は|が|として)?[、，,]?\\s*(?:一般会計|(?:エネルギー対策)?特別会計)?\\s*[：:]?\\s*(?:約)?\\s*$"
        // a total less a part of it: 「このうち地方交付税交付金を除く額は ２１６億円」
        + "|を除(?:く|いた|くと)(?:額|分)?\\s*(?:は|が)?\\s*[：:]?\\s*(?:約)?\\s*$"
        // a ministry's whole budget: 「…において、総務省所管として総額 ５兆５，４１２億円 を計上」
        + "|所管(?:分)?(?:として|の)?\\s*総額\\s*(?:は|が)?\\s*[：:]?\\s*(?:約)?\\s*$"
        // a budget's total, not a program's (「地域防災力強化交付金の総額は」 is the program's): 「…関係予算の総額は、国費 …」
        + "|予算の総額(?:は|が)?[、，,]?\\s*(?:国費|事業費)?\\s*(?:約)?\\s*$"
        // the whole budget of the body writing: 「当委員会の令和７年度当初予算額（一般会計）は」
        + "|当(?:委員会|省|庁|府|局)の\\S*予算額"));
    m.put("reference", Pattern.compile(REFERENCE_MARK + "|^\\s*(?:[0-9０-９]{1,2}\\s*[.．]?\\s*)?参考(?:[：:]|[（(](?=[^）)]*[）)]\\s*$))"));
    // (also a row of a table in brackets: 「（うち直轄事業）  （68,240）」)
    // (not the state's share of a project's cost: 「６８２億円【うち国費 ４１０億円】」, the 国費 is the budget)
    m.put("breakdown", Pattern.compile("(?:^|[（(【［〔\\s、])(?!" + STATE_SHARE_WORDS + "\\s*(?:約)?\\s*$)うち[、，,]?\\s*[^\\s（(、]{0,12}\\s*(?:[）)]\\s*[（(])?\\s*$"));
    // obligations for later years and contracts, not this year's budget: 「新規後年度負担」, 「【契約額 2,180億円】」
    m.put("commitment", Pattern.compile("債務負担行為|後年度負担|契約額|契約ベース|歳出化分|ゼロ国債|保証枠|融資枠|出資限度額"));
    // words right before the figure that say what else it is: a unit price, an effect, a grant's base, revenue, what was
    // left unspent (not anywhere in the label: a program may be named 税収確保対策事業)
    m.put("other-figure", Pattern.compile("(?:単価|経済波及効果|経済効果|波及効果|対象経費|税収(?:見込み?)?|不用額|予算現額|資本金|料金|価格|運賃|賃金|給与|年収|収入|実績)(?:は|が)?\\s*[：:]?\\s*(?:月額|年額)?\\s*(?:平均)?\\s*(?:約|最大)?\\s*$"));
    // a payment per month or year to each recipient, or its maximum: 「研修生に月12.5万円（年間最大150万円）を交付」
    m.put("per-period", Pattern.compile("(?:(?<![0-9])月額?|年額|日額|年間(?:最大)?|最大)\\s*[：:]?\\s*(?:平均)?\\s*(?:約)?\\s*$"));
    // a total over several years: 「５億円／年（３年間で１５億円）」
    // (and 「平成２３年度から平成２７年度までの５年間で、総額 約１００億円程度」)
    m.put("multi-year", Pattern.compile("[0-9]+\\s*(?:か年|カ年|ヵ年|年間)\\s*(?:で|の|[、，,]|合計|総額|国費|事業費)*\\s*(?:約)?\\s*$"
        // a project's period right before its figure (a column of 事業期間, then 全体事業費): 「昭和63年度～令和12年度  940億円」
        + "|年度\\s*[～〜~]\\s*(?:" + ERA + ")?\\s*[0-9]{1,4}\\s*年度\\s*$"
        // a period's total: 「第３期（令和５～９年度、総額 約１，４００億円）」
        + "|[～〜~]\\s*(?:" + ERA + ")?\\s*[0-9]{1,4}\\s*年度\\s*[、，,]\\s*(?:総額|合計|計)\\s*(?:約)?\\s*$"));
    // a telephone number and its extension: 「03-3581-4161（内線 3245）」
    m.put("contact", Pattern.compile("内線\\s*$|[0-9]{2,4}[-－][0-9]{2,4}[-－][0-9]{3,4}"));
    // a row listed again (「医師偏在是正総合対策事業（再掲）」): its figures are counted where it is listed first
    m.put("relisted", Pattern.compile("[（(【\\[［]\\s*再掲\\s*[）)】\\]］]"));
    // where a budget's money comes from, not a program: 「これらの財源として、雇用安定資金からの受入 ３７，６００百万円」
    // (a 補正's revenue: 「前年度剰余金受入」, 「公債金（復興債）」)
    // (a tax shared with local bodies, named as the tax: 「森林環境譲与税 ６００億円」, not its 「地方譲与税譲与金」)
    // what 地方交付税 and its kinds come to for local bodies (「特別交付税の総額は」, 「地方交付税総額」): local finances'
    // figures, not the state's budget (its 地方交付税交付金 is)
    m.put("local-allocation", Pattern.compile("(?:(?:普通|特別)交付税|地方交付税)(?:の)?総額(?:は|が)?\\s*[：:]?\\s*(?:約)?\\s*$|^\\s*(?:[（(]?)?(?:震災復興)?(?:普通|特別)交付税\\s*(?:約)?\\s*$"));
    m.put("funding", Pattern.compile("財源(?:として|は)|からの受入|剰余金受入|公債金|譲与税\\s*[：:]?\\s*(?:約)?\\s*$"));
    // an estimate of revenue, loans, losses or what will go unspent, not a budget: 「新規融資見込額 約３，２００億円」, 「税収見込額は」,
    // 「消費者被害・トラブル額（推計） ８．８兆円」
    // (a loan's own amount too: 「融資額 ５億円」)
    m.put("estimate", Pattern.compile("(?:(?:見込み?|融資|貸付|推計)額?|[（(](?:推計|見込み?)[）)])(?:は|が)?\\s*[：:]?\\s*(?:約)?\\s*$"));
    // an example's figures: 「（例：標準財政規模 ５０億円の町 約１．６億円）」
    m.put("example", EXAMPLE_MARK);
    m.put("combined", Pattern.compile("(?:合わせ|併せ|あわせ)て?\\s*(?:総額|計|約)?\\s*$")); // 「補正予算と合わせて150億円」
    // a count (「過疎関係市町村数 ７３８」 under a unit of yen): no money
    m.put("count", Pattern.compile("\\p{IsHan}数\\s*[：:]?\\s*$"));
    return m;
  }

  /**
   * Right after the amount: a term of a formula 「500億円（A）」, a product 「3千万円×3年間」, a rate per head, a part
   * of the figure before it 「230億円（…50億円を含む）」, a pledge over years 「約５，７６５億円（2025年度から９年間で現金化）」, a
   * threshold 「投資額１０億円以上」, a project's cost before the state's share of it 「６８２億円【うち国費 ４１０億円】」.
   */
  static final Pattern NOT_BUDGET_AFTER = Pattern.compile("^\\s?(?:[（(][^（()）]{0,20}?[0-9]+\\s*(?:か年|カ年|ヵ年|年間)で|[（(][A-Za-zＡ-Ｚ][）)]|[×x✕]|[/／](?:人|件|年|団体|戸|世帯|校|か所|箇所|地区|市町村)|当たり|の(?!内数|うち[、，,]|(?:減額|増額)?補正)|を?含む|[増減](?:額|加|少)?(?!\\p{IsHan})|を?取り?崩|以上|以下|未満|に満たない|を(?:超える|下回る|上回る)|[（(]\\s*上限\\s*[）)]|[【（(［〔]\\s*" + STATE_SHARE_WORDS + ")"
      // money the local bodies' finances provide, not the state's budget: 「…経費（約８８億円）は、地方財政措置により措置」
      + "|^\\s?[）)]?\\s*(?:は|が)?[、，,]?\\s*地方財政措置(?:に(?:より|よって)|で)"
      // a case supposed: 「借入額 ３，０００万円（返済期間３５年）の場合」
      + "|^\\s?(?:[（(][^（()）]{0,20}[）)])?\\s*の場合"
      // a statistic's estimate or record: 「…総費用も平成２４年度には約８．９兆円に上る見込み」, 「…と過去最高を更新」
      + "|^\\s?(?:に(?:上る|達する|のぼる)(?:見込み|と推計|と見込まれ)|と過去最高|と推計)"
      // what a total leaves out: 「要求額は、事項要求を除き合計約２１３億円」
      + "|^\\s?を除(?:き|く|いて)");

  /** A name that is a body, a total or a heading, not a program. */
  static final Set<String> GENERIC = Set.of("趣旨", "概要", "事業概要", "施策概要", "事業の概要", "事業の目的", "目的", "事業目的", "背景", "対応",
      "参考", "その他", "既決", "既定経費の減", "既定経費の減額", "具体的内容", "内容", "事業内容", "事業の内容", "事業イメージ", "事業の背景", "主な内容", "主な事業", "主な事項", "総括", "支援内容", "イメージ図", "期待される効果", "事業スキーム", "スキーム",
      "実施主体", "補助対象", "対象", "成果目標", "事業期間", "都道府県", "市町村", "市区町村", "区市町村", "政令市", "指定都市", "中核市", "国", "地方", "自治体", "地方公共団体", "合計", "計",
      "小計", "総計", "総額", "全体", "人件・糧食費", "公共事業費", "非公共事業費", "公共事業関係費", "非公共事業関係費", "人件費", "糧食費", "国庫債務負担行為", "債務負担行為", "出資金", "交付金", "補助金", "委託費", "負担金", "拠出金", "重要政策推進枠", "過去の措置", "これまでの措置", "物件費", "歳出化経費", "一般物件費", "一般会計", "特別会計", "国費", "事業費", "事業費ベース", "地方負担", "公費", "予算", "予算額", "要求額", "交付税措置額", "事項", "区分", "事業名", "調査対象", "調査事案名", "調査対象予算額");

  /** A prefecture's name, a row of a table per prefecture (北海道, 青森県, 東京都, 京都府). */
  static final Pattern PREFECTURE = Pattern.compile("^(?:北海道|東京都|京都府|大阪府|\\S{2,3}県)[－―\\-ー]*$"); // (an empty cell after it: 「岩手県－」)

  /** A line that starts with a field name (「事業期間 令和4年度～」, 「補助率：1/2」) is not a program's name. */
  static final Pattern FIELD_LINE = Pattern.compile(
      "^[【［〔（(]?\\s*(?:事業期間|実施期間|実施主体|事業主体|補助率|補助対象|交付率|対象|事業の?目的|目的|期待される効果|成果目標"
          + "|事業の?概要|施策の?概要|趣旨|背景|単位|積算|予算要求への反映内容|評価結果|評価者の評価|取りまとめコメント)\\s*(?:[】］〕）)]|[：:\\s])");

  /** The label of a form's name field before the name: 「事業名：」「【事業名】」「（施策名）」. */
  static final Pattern NAME_FIELD = Pattern.compile(
      "^[【［〔（(]?\\s*(?:事業名称?|施策名|事項名|名称|プロジェクト名|事業番号\\s*[0-9０-９\\-－‐]*)\\s*(?:[】］〕）)]\\s*[：:]?|[：:])\\s*");

  /**
   * The start of a sentence's rest, which no program's name has: a particle (の, を, に…) or a verb before its object
   * (「実施する専門研修…」, 「要する経費」: the program is named elsewhere, a heading above); nor does it end a clause
   * (「…に要する経費であり」). Words that start with a particle's letter are no particle: がん, へき地, のと里山, にぎわい.
   */
  static final Pattern FRAGMENT = Pattern.compile(
      "^(?:[のをにがはでとへや](?![0-9０-９]|ん|き地|と里|ぎわ)|\\p{IsHan}{1,4}(?:する|した|している|される|された))");
  /** A name that starts with a verb's past participle: 「被災した」「老朽化した」. */
  static final Pattern PAST_PARTICIPLE = Pattern.compile("^\\p{IsHan}{1,4}(?:した|された)(?=\\p{IsHan}|\\p{IsKatakana})");
  /** Hiragana: words of a sentence. */
  static final Pattern HIRAGANA = Pattern.compile("[ぁ-ゖ]");
  /** A section's heading: numbered, or a bullet of its own over a paragraph (「○ 高速炉サイクル研究開発の推進」). */
  static final Pattern SECTION_HEADING = Pattern.compile("^\\s*(?:(?:" + Repair.NUMBER + ")\\s*|" + Repair.GROUP_NUMBER
      + "|[○◯■◆●]\\s*|【[^】]{1,16}】\\s*)\\S");
  /** A heading of a group of a table's rows: numbered (「２ 地域振興関係」, 「３．防災・減災」, 「Ⅱ 創薬力の強化」). */
  static final Pattern GROUP_HEADING = Pattern.compile("\\s*(?:" + Repair.NUMBER + "|" + Repair.GROUP_NUMBER + ")");
  /** A calculation's label: 「［積算］」, 「【積算】」, 「（積算内訳）」. */
  static final Pattern RECKONING = Pattern.compile("[\\[［【〔（(]\\s*積算(?:内訳|根拠)?\\s*[\\]］】〕）)]");
  /** A line after a calculation that is the program's again: its difference, its figure, a note. */
  static final Pattern RECKONING_END = Pattern.compile("^\\s*(?:対前年|前年度|所要額|計上額|要求額|予算額|[※＊*]|[\\[［【〔（(]\\s*(?!積算))");
  /** A line that ends in the middle of a sentence's clause (「…に要する経費として、」): no name of a figure below. */
  static final Pattern CLAUSE_END = Pattern.compile("(?:として|ため|であり|ており|ので|により)[、，,]");
  /**
   * What a program does, under its name: 「…の運航に要する経費を補助」, 「…派遣等への支援」, 「廃校舎等を…の施設として再整備」
   * (its object, then the act that ends the line; a name's 「…を活用した…の強化」 goes on after its を).
   */
  /** A line of a budget's label and its figure only: 「平成２２年度予算 ３．３億円」. */
  static final Pattern LABEL_AND_FIGURE = Pattern.compile("[^\\s0-9]{0,20}(?:予算|要求)[^\\s0-9]{0,6}\\s*(?:約)?\\s*[0-9][0-9,.]*\\s*(?:兆|億|万|千|百)?[^\\s]{0,4}円");
  /** A line that starts with a 補正 budget's name: 「第２次補正予算（令和２年６月１２日成立）」, 「令和２年度第１次補正予算」. */
  static final Pattern BUDGET_HEADING_LINE = Pattern.compile("(?:" + ERA_YEAR + ")?\\s*第\\s*[0-9一二三]\\s*次\\s*補正予算");
  /** A bracketed heading of one year's budget over its rows: 「【２１年度当初予算（国費）】」, 「【関係府省計上（２１年度補正予算（第１号））】」. */
  static final Pattern BRACKETED_BUDGET_HEADING = Pattern.compile(
      "[【［][^【】［］（()）0-9]{0,12}[（(]?\\s*(" + ERA_YEAR + ")\\s*(当初|補正)予算(?:[（(][^（()）]{1,8}[）)])?\\s*[）)]?\\s*[】］]");
  /** A heading of a group of programs' budget: 「人材力活性化・連携交流関係予算」. */
  static final Pattern RELATED_BUDGET = Pattern.compile(".{2,30}関係予算(?:[（(][^（()）]*[）)])?");
  /** The document's own program, named so: 「本事業の」, 「本交付金は」. */
  static final Pattern THIS_PROGRAM = Pattern.compile("(?:^|[、，,\\s])(?:本|当該)(?:事業|交付金|補助金|委託事業)(?:の|は|で)?\\s*$");
  /** A row of numbered headings: 「1 算定額 2 算定経費」 (a number standing alone between words). */
  static final Pattern HEADINGS_ROW = Pattern.compile(".*\\p{IsHan}\\s+[0-9]{1,2}\\s+\\p{IsHan}.*");
  /** A share of an allocation and its figure: 「都道府県分 １，５００億円程度」. */
  static final Pattern SHARE_LINE = Pattern.compile("[^\\s0-9]{1,5}分\\s+(?:約)?\\s*[0-9]");
  /** A ministry's name alone in brackets: 「（国土交通省）」. */
  static final Pattern MINISTRY_ALONE = Pattern.compile("[（(]\\S{1,10}(?:省|庁|府|委員会)[）)]");
  static final Pattern DESCRIPTION = Pattern.compile(
      "(?:を|への|として|(?<=等|者|体|村|市|県|国)に)再?(?:支援|補助|助成|交付|実施|推進|整備|促進|派遣|提供|育成|委託|開催|実証)$");

  /** The verb of a relative clause, up to the words it qualifies (「…を支援する」, 「…に資する」, 「…を行う」). */
  static final Pattern RELATIVE_CLAUSE = Pattern.compile("^.*(?:する|した|される|された|を行う|を図る|である)(?=\\p{IsHan}|\\p{IsKatakana})");
  /** A numbered footnote's mark at the start of a line: 「※2　このほか、…」. */
  static final Pattern NOTE_MARK = Pattern.compile("^\\s*([※＊*][0-9０-９]{1,2})");
  /** A footnote's mark at the start of words: it belongs to the figure before (「７５１億円※1　　７５１億円」). */
  static final Pattern LEADING_NOTE_MARK = Pattern.compile("^\\s*(?:※|＊|\\*)[0-9０-９]{0,2}\\s*");

  /** The start of a name's rest on a line of its own: 「及び…」, 「並びに…」, 「等の…」. */
  static final Pattern NAME_REST = Pattern.compile("(?:及び|並びに|及|等の|等に|の|・)");

  /** A bare 予算額 right before a figure (no 当初, 補正, year): in a settlement's account, the budget in force. */
  static final Pattern BUDGET_IN_FORCE = Pattern.compile("(?<!当初)(?<!補正)(?<!年度)(?<!要求)(?<!概算)(?<!歳出)予算額\\s*(?:は|が)?\\s*$");
  /** A letter in brackets at the end of a line: a mark that a table of letters gives the figures of. */
  static final Pattern LETTER_MARK = Pattern.compile("[（(]([A-ZＡ-Ｚ])[）)]$");
  /** 「）の内数」 right after a figure in brackets: what it is a part of. */
  static final Pattern PART_OF_AFTER = Pattern.compile("\\s?[）)]?\\s?の内数");
  /** A note on a program marked by a letter: 「（注１）（Ｇ）は、」. */
  static final Pattern MARKED_NOTE = Pattern.compile("^\\s*[（(]注\\s?[0-9０-９]{1,2}[）)]\\s*[（(]([A-ZＡ-Ｚ])[）)]\\s*(?:は|の)");
  /** 「規模」 right after a figure: its size, about (「２０億円規模を要求」). */
  static final Pattern SCALE_AFTER = Pattern.compile("\\s?規模");
  /** Words after a figure that say it was carried out: 「…を翌年度に繰り越した」. */
  static final Pattern CARRIED_OUT_AFTER = Pattern.compile("\\s*を?\\s*翌年度(?:へ|に)?(?:の)?\\s*繰り?越");
  /** An account at the end of a row's words (a 区分 column): 「… 一般会計」, 「… エネルギー対策特別会計」. */
  /** A basis at the end of a row's words (a 区分 column): 「… 事業費」, 「… 国　費」. */
  static final Pattern BASIS_TAIL = Pattern.compile("(?:^|\\s)(事\\s?業\\s?費|国\\s?費)$");
  static final Pattern ACCOUNT_TAIL = Pattern.compile("(?:^|\\s)(?:一般会計|\\S{2,14}特別会計)$");
  /** A cell of a header line: words with single spaces in them, between runs of two or more spaces. */
  static final Pattern HEADER_CELL = Pattern.compile("\\S+(?: \\S+)*");
  /** A settlement's header: what was spent and what was left (支出済額, 不用額). */
  static final Pattern SETTLEMENT_HEADER = Pattern.compile("支出済|不\\s*用\\s*額");

  /** A row's number in brackets before its name: 「(3) 」, 「（１０） 」. */
  static final Pattern BRACKETED_NUMBER = Pattern.compile("^\\s*[（(]\\s?[0-9０-９]{1,2}\\s?[）)]\\s*(?=\\S)");

  /** A figure in groups of three digits: part of a table's row, never of a name. */
  static final Pattern GROUPED_FIGURE = Pattern.compile("(?<![0-9])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])");

  static final Pattern RUNNING_TEXT = Pattern.compile("。|は[、，,]|において|により|に対し|を支援|します|しています|される|とともに|ては|では|ついて|までに");

  /** A number with a counter: names do not hold them, statistics do. */
  static final Pattern COUNTED = Pattern.compile(
      "(?:[0-9]{2,}[0-9,.]*|[0-9][0-9,.]*\\s?(?:万|億))\\s?(?:万|億)?(?:人|件|か所|箇所|戸|棟|団体|地区|市町村|校|人泊)"); // not 「１人１台」

  /** Year and kind right after a figure: 「1,000億円（R6補正）」, 「20億円（令和6年度補正予算）」. */
  static final Pattern AFTER_LABEL = Pattern.compile(
      "^\\s?[（(]\\s?(?:(" + ERA + ")\\s?(元|[0-9]{1,2})(?:年度)?)?\\s?(補正|当初|概算要求|要求|政府案)?(?:予算額?|額)?\\s?[）)]");

  /**
   * A clause that sets the year and kind of a sentence's figures: 「令和６年度補正予算では、…に３億円、…に735億円を措置」,
   * 「令和７年度補正予算において、水産業競争力強化緊急事業 350億円を措置」.
   */
  // (and a reserve's use: 「…復旧・復興予備費を使用し、…に要する経費 １．３億円 を措置」)
  static final Pattern CONTEXT_CLAUSE = Pattern.compile("(?:において(?:も)?|におきまして(?:も)?|におきましては|では|には|で|を(?:使用|活用)し(?:て)?)[、，,]");
  static final Pattern CONTEXT_WORDS = Pattern.compile("予算|補正|要求|予備費");
  /** A sentence's last phrase that is a program's name, its year's budget before it: 「…補正予算の中小企業生産性革命推進事業」. */
  static final Pattern OTHER_PROGRAM_BEFORE = Pattern.compile("予算の[^、，,。はをに]{2,40}(?:事業|交付金|補助金|基金)$");
  // (and a reserve's use with no comma after it: 「平成２４年度…予備費の使用（…閣議決定）により措置された「…事業」（」)
  static final Pattern CONTEXT_CLAUSE_BARE = Pattern.compile("(予算(?:[（(]案[）)])?|予備費)(?:において|で|の使用(?:[（(][^（()）]{0,30}[）)])?により)"
      + "(?=[^、，,。（()）]{2,40}[（(]?\\s*$)");

  /** The verbs a sentence states a budget's figure with: 「…を計上」, 「…を措置」, 「…を確保」 (Repair's wrapped sentences too). */
  static final String BUDGET_VERBS = "計上|要求|措置|確保|盛り込|要望|増額|減額|追加|充て";
  /** A budget named, its decision's date in brackets, and the verb that put the figure in it, before the figure. */
  static final Pattern BUDGET_THEN_VERB = Pattern.compile(
      "(?<=予備費|予算|予算案)(?:[（(][^（()）]{0,20}[）)])?\\s*(?:で|により|において)\\s*(?:" + BUDGET_VERBS + ")(?:した|し|された|され)?\\s*$");
  /** A figure in a sentence: 「…、地域公共交通確保維持改善事業に207億円を要求している。」 */
  private static final Pattern REMARK_BEFORE_PARTICLE = Pattern.compile("(?<=\\p{IsHan})[（(](?!(?:新規|拡充|一部新規|継続|仮称)[）)])[^（()）]{2,60}[）)](?=(?:には|において|に|として)[、，,]?\\s*$)");
  /** The next clause of a list of figures after one, a comma before it: 「、観光・交流拠点が 」. */
  static final Pattern PARALLEL_CLAUSE = Pattern.compile("\\s*[、，,]\\s*[^、，,。（()）\\s]{1,20}(?:が|は)\\s*(?:約)?\\s*");
  private static final Pattern YEAR_TOPIC_END = Pattern.compile("(?<=には|に|として)[、，,]\\s*(?:(?:" + ERA + ")\\s*(?:元|[0-9]{1,2})\\s*年度|本年度|今年度|来年度)(?:は|には|も)?\\s*$");
  private static final Pattern CIRCLED_PART = Pattern.compile("[①-⑳]\\s*(?:約\\s*)?[0-9]");
  /** A table's row of local finances: the local finance plan's or a local bond's. */
  static final Pattern LOCAL_FINANCE_ROW = Pattern.compile("[（(]\\s*(?:地方財政計画|地方債)[^（()）]{0,8}[）)]");
  /** A row's cells, then a gap of four spaces or more and words that are no cell: 「…  １０７．３      【地方財政措置】」. */
  static final Pattern SIDE_TEXT = Pattern.compile("(.*[0-9０-９）)])\\s{4,}([^\\s0-9０-９△▲（(－―\\-][^\\n]*)");
  private static final Pattern TOPIC_AT_END = Pattern.compile("(?:^|[、。※・\\s])\\s*([^、。\\s]{4,90}?)(?<!について|につきまして|において|で|に)は[、，,]?\\s*$");
  private static final Pattern BUDGET_TIME = Pattern.compile("(?:概算)?要求時|(?:予算)?編成時|政府案決定時");
  /** A name marked or numbered as a list's entry: 「① …」, 「○ …」, 「◆ …」, 「(1) …」. */
  static final Pattern MARKED_HEADING = Pattern.compile("(?:[①-⑳○◎●◆◇■□]|[（(][0-9]{1,2}[）)])\\s*\\S");
  /** Words with a kana and no gap of a table's cells, then a number of one or two digits: a page's number glued on. */
  static final Pattern GLUED_PAGE_NUMBER = Pattern.compile("((?=.*[ぁ-ゖ])(?!.*\\S {2,}\\S).*\\S)\\s[0-9]{1,2}\\s*");
  private static final String EXPENSE_PART = "(?:給付費|事務費|人件費|物件費|運営費|施設費|設備費|庁費|旅費)\\s*(?:約)?\\s*[0-9][0-9,.]*(?:兆|億|万|千|百)*円";
  /** A line of brackets each of a figure's parts by kind of expense, two or more a bracket. */
  static final Pattern EXPENSE_PARTS_LINE = Pattern.compile("(?:[（(]\\s*" + EXPENSE_PART + "(?:\\s*[、，,]\\s*" + EXPENSE_PART + ")+\\s*[）)]\\s*)+");
  private static final Pattern SUM_OF_REFUSED = Pattern.compile("\\s*の?\\s*(?:計|合計|総額)\\s*(?:約)?\\s*");
  /** A header of a tax change's revenue by year: 「平年度 初年度」, or its first cell alone on its line. */
  static final Pattern REVENUE_HEADER = Pattern.compile("(?:改\\s?正\\s?事\\s?項\\s+)?平\\s?年\\s?度(?:\\s+初\\s?年\\s?度)?");
  /** A title of a table of caps, no figure in it: 「（別紙）地域おこし協力隊等に係る特別交付税措置の上限額」. */
  static final Pattern CAPS_TITLE = Pattern.compile("(?:[（(](?:別紙|別表|参考)[0-9０-９]?[）)]\\s*)?[^0-9０-９。、]{2,40}の上限額");
  /** A box's line of a year's budget and its figure: 「２３年度要求額 １８．５億円」. */
  static final Pattern BOX_FIGURE_LINE = Pattern.compile("(?:(?:平成|令和)?\\s*[0-9]{1,2}\\s*年度)?[^\\s0-9]{0,10}(?:予算|要求)[^\\s0-9]{0,6}\\s*(?:約)?\\s*[0-9][0-9,.]*\\s*(?:兆|億|万|千|百)?円");
  /** A name that is what an expense is for: 「…に要する経費」, 「…を実施する経費」, 「…を行う経費」. */
  static final Pattern EXPENSE_OF = Pattern.compile("(?:に要する|を行う|する|ための)経費$");
  /** A mark of one or two letters in 【】 before a name (a legend's ministry: 「【厚】」「【国】」), not a status. */
  static final Pattern MINISTRY_MARK = Pattern.compile("^[" + Repair.BULLETS + "\\s]*【[^【】\\s0-9]{1,2}】\\s*(?=\\S{3,})");
  /** A name in 「」. */
  static final Pattern QUOTED = Pattern.compile("「([^「」]{2,60})」");
  static final Pattern SENTENCE_NAME = Pattern.compile("(?:^|[、。は])\\s*([^、。\\s]{4,90}?)(?:には|において|に|として)(?=[、，,]?\\s*$)");
  /**
   * The verb of a sentence that states figures, right after the figure or later in its sentence past other figures
   * and their parentheses: 「…の創設に３億円、…に735億円を措置」, 「…に5.1億円（前年度4.8億円）を計上」.
   */
  static final Pattern SENTENCE_VERB = Pattern.compile("^[^。]*?(?:を|に)?(?:" + BUDGET_VERBS + ")");
  /** A sentence's topic: 「地域医療推進事業については、…」, 「○○事業は、…」. */
  static final Pattern TOPIC = Pattern.compile("^\\s*(?:[^、。]{0,12}、)?\\s*([^、。\\s]{4,45}?)(?:につきましては|につきまして|については|は)[、，,]");

  /**
   * A top part's heading (a Roman numeral, 【…】): the status it gives the items under it when it names one alone
   * (「Ⅰ　新規事業」, 「Ⅱ 拡充事業」), none otherwise (「Ⅲ 令和７年度限りで廃止・終了する事業」).
   */
  static final Pattern PART_HEADING = Pattern.compile(
      "^\\s*(?:[Ⅰ-Ⅹ]|【)\\s*(?:(新規|拡充)(?:事業|事項|分)(?:等|一覧)*\\s*】?\\s*$)?");

  /** A table's row named by its number as a sentence's topic: 「(2)については、」. */
  static final Pattern ROW_REFERENCE = Pattern.compile("[（(]([0-9]{1,2})[）)](?:につきましては|については|は)[、，,]");

  /** The end of a sentence's topic in polite or long forms: 「…交付金につきましては、」, 「…事業については、」. */
  static final Pattern TOPIC_END = Pattern.compile("(?:につきましては|につきまして|については|について)[、，,]");

  /**
   * The topic of a sentence whose topic comes after other clauses (「…を支援する業務改善助成金につきまして、」): the
   * phrase before the last {@link #TOPIC_END}, back to the 、 before it, if it names a program; else null.
   */
  static String topicBefore(String sentence) {
    Matcher t = TOPIC_END.matcher(sentence);
    int end = -1;
    while (t.find()) end = t.start();
    if (end < 0) return null;
    String phrase = sentence.substring(clauseStart(sentence, end), end);
    // a relative clause before the program's name: 「…小規模事業者を支援する業務改善助成金」 is the 助成金 (in a sentence
    // only: a name may hold one, 「GX経済移行債を活用した先行投資支援」)
    Matcher rel = RELATIVE_CLAUSE.matcher(phrase);
    if (rel.find() && phrase.length() - rel.end() >= 4 && programWord(phrase.substring(rel.end()))) phrase = phrase.substring(rel.end());
    return name(phrase) == null ? null : phrase;
  }

  /** Where the clause that ends at {@code end} starts: after the 、 before it, or at the start. */
  static int clauseStart(String sentence, int end) {
    for (int k = end - 1; k >= 0; k--) if ("、，,".indexOf(sentence.charAt(k)) >= 0) return k + 1;
    return 0;
  }

  /** The last phrase of running text: what follows its last 。 or 、. */
  static final Pattern LAST_PHRASE = Pattern.compile("[^、，,。]+$");
  /** A year that leads a phrase: 「前年度の」, 「令和６年度補正予算の」. */
  static final Pattern PHRASE_YEAR = Pattern.compile(
      "^\\s*((?:" + ERA_YEAR + "|前年度|本年度)(?:当初|補正)?(?:予算)?)(?:の|における)");
  /** A title's leading fiscal year: 「令和８年度 」. */
  static final Pattern TITLE_YEAR = Pattern.compile("^(?:(?:" + ERA_NAMES + ")(?:元|[0-9]{1,2})|20[0-9]{2})年度\\s*");
  /** What a document about one program calls itself, at the end of its title. */
  static final Pattern TITLE_DOCUMENT = Pattern.compile(
      "\\s*(?:公募要領|募集要領|募集要項|実施要領|実施要綱|交付要綱|事業概要|の概要|概要|について|に関する(?:Q&A|Q＆A|FAQ|よくある(?:御|ご)?質問)"
          // (a press release on its call's result: 「「平成２２年度 遠隔医療モデルプロジェクト」の採択団体の決定」)
          + "|の(?:採択|選定)(?:団体|案件|地域|結果)?(?:の決定|について)?)$");
  /** Words before a figure that are only its year, kind and budget words (「令和7年度予算」), not a name. */
  static final Pattern ONLY_LABEL_WORDS = Pattern.compile("^" + LABEL_TAIL.pattern());

  static final Pattern PROGRAM_WORDS = Pattern.compile(
      "(?:事業|交付金|補助金|補助|助成金|給付金|負担金|委託費|費|対策|推進|整備|支援|制度|プログラム|措置|基金|実施|開催|育成|実証|促進|移行|構想|計画|"
          + "調査|研究|開発|強化|確保|創出|活用|運営|振興|改革|モデル|プロジェクト|プラン|パッケージ|施策)$");

  /** A status in brackets, written whole or short: 【新規】, （拡充）, （新）, ＜拡＞. */
  private static final String BRACKETED_STATUS = "[（(【［〔＜<](新規|拡充|継続|廃止|新|拡)[）)】］〕＞>]";

  /** A status right after a figure: 「0.8億円【新規】」. */
  static final Pattern STATUS_AFTER = Pattern.compile(
      "^\\s?(?:[（(][^（()）]{0,30}[）)]\\s?)?" + BRACKETED_STATUS); // also after 「（12.0億円）」

  /** An arrow from a figure to the next one, as from last year's to this year's: 「（12億円→15億円）」. */
  static final Pattern ARROW_AFTER = Pattern.compile("^\\s?[→⇒]\\s?(?:約)?[0-9]");

  static final Pattern STATUS = Pattern.compile(BRACKETED_STATUS + "|(?:^|\\s)(新規|拡充|継続|廃止)$");

  /** A status as written, whole: the short marks 新 and 拡 are 新規 and 拡充. */
  static String status(String written) {
    return switch (written) {
      case "新" -> "新規";
      case "拡" -> "拡充";
      default -> written;
    };
  }

  /** A ministry's or an agency's name: 「総務省」, 「内閣府」, 「消費者庁」 (a table's 府省名 cell, alone on its line). */
  private static final String MINISTRY = "\\p{IsHan}{1,8}(?:省|庁|府)";
  static final Pattern MINISTRY_CELL = Pattern.compile(MINISTRY);
  /** A list's mark at the start of a line: 「◆」, 「○」, 「・」. */
  static final Pattern BULLET_START = Pattern.compile("\\s*[" + Repair.BULLETS.replace("\\-", "") + "]");
  static final Pattern LEADING_MARKERS = Pattern.compile(
      "^(?:[\\s" + Repair.BULLETS + "【〔［）)】］〕」]+|[0-9]+[.．、)）]\\s*|[0-9]{1,2}\\s+(?=[^\\s0-9])"
          // a heading's number run into its name when its glyphs were printed twice (「１１ 情情報報…」 → 「1情報…」)
          + "|[0-9](?=[\\p{IsHan}&&[^年月日度件人回万億千百兆円次期号条項款目府省市町村都道県か箇倍割分名歳時]]\\S{3})"
          + "|[0-9]{1,2}[-‐－][0-9]{1,2}\\s+(?=[^\\s0-9])|第[0-9]{1,2}[.．、]?\\s+|[A-Za-z]\\s+(?=[^\\sA-Za-z0-9])"
          // a question's or an answer's number: 「Ｑ２ 」, 「Ａ１５ 」, 「問３ 」
          + "|(?:[QA]|問|答)[0-9]{1,3}[.．:：]?\\s*"
          + "|[（(][A-Za-z0-9]{1,4}[）)]\\s*|[A-Za-z]{1,4}[)）]\\s*|[ア-ン]\\s+(?=[^\\s])|[①-⑳Ⅰ-Ⅹ❶-➓⑴-⒛\u32D0-\u32FE][.．、]?\\s*|[ア-ン][．.]\\s*"
          + "|[一二三四五六七八九十]{1,3}(?:\\s+|[、．.]\\s*)"
          // a budget's classification before the name: 「（組織）皇室費」, 「（項）宮廷費」
          + "|[（(](?:組織|款|項|事項|目|目細)[）)]\\s*)+");

  /** A figure said to be a part of a larger one in other words than 内数: 「１２億円の一部」, 「１２億円（内数）」. */
  private static final Pattern PART_OF_WORDS = Pattern.compile("円(?:の一部|\\s?[（(]内数[）)])");

  /**
   * 「１２億円の一部」 and 「１２億円（内数）」 written as 12億円の内数, and 「１２億円前後」 as 12億円程度, the forms an amount
   * has (see {@link Amount}).
   */
  static String amountWords(String text) {
    if (text.indexOf('円') < 0) return text;
    return PART_OF_WORDS.matcher(text).replaceAll("円の内数").replace("円前後", "円程度");
  }

  /** Two figures that share the unit after them: 「２２，０００（２０，８００）百万円」. */
  static final Pattern UNIT_AFTER_BOTH = Pattern.compile(
      "(?<![0-9.,])([△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?)(\\s?[（(]\\s?)([△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?)(\\s?[）)])\\s?((?:" + Amount.UNITS + ")?円)");

  /** The unit written once after two figures given to both: 「22,000（20,800）百万円」 → 「22,000百万円（20,800百万円）」. */
  static String unitAfterBoth(String text) {
    return UNIT_AFTER_BOTH.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) + m.group(5) + m.group(2) + m.group(3) + m.group(5) + m.group(4)));
  }

  /** The unit of a figure given to a number alone in the brackets after it: 「2,500百万円 (2,000)」 → 「… (2,000百万円)」. */
  static String unitInBrackets(String text) {
    return UNITLESS_AFTER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
        m.group(1) + m.group(3) + m.group(4) + (m.group(2) == null ? "" : m.group(2)) + "円" + m.group(5)));
  }

  /** 〈5億円〉, 《…》, ≪…≫, ＜…＞ read as 【…】, the brackets the rules know. */
  static String brackets(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      b.append(c == '〈' || c == '《' || c == '≪' || c == '＜' ? '【' : c == '〉' || c == '》' || c == '≫' || c == '＞' ? '】' : c);
    }
    return b.toString();
  }

  /** A circled or bracketed number after some words: where a sub-heading starts (the last one). */
  static final Pattern SUB_HEADING = Pattern.compile("^.{2,}[①-⑳❶-➓⑴-⒛]\\s*");

  /** A fiscal year with its era in kanji numerals: 平成二十一年度. */
  static final Pattern KANJI_YEAR = Pattern.compile("(?:" + ERA_NAMES + ")[〇一二三四五六七八九十]{1,4}年度");

  /**
   * The fiscal years in kanji numerals of a line as {@link FiscalYear#parse} reads them, written in digits
   * (平成二十一年度 → 平成21年度), so that they label figures as 平成21年度 does.
   */
  static String arabicYears(String text) {
    Matcher m = KANJI_YEAR.matcher(text);
    if (!m.find()) return text;
    StringBuilder out = new StringBuilder();
    do {
      String label = FiscalYear.parse(m.group()).map(FiscalYear::eraLabel).orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(label));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  /** Right after a figure, a bare figure in parentheses: 「（385億円）」. */
  static final Pattern BARE_AFTER = Pattern.compile("^\\s?[（(［〔]\\s?[0-9][0-9,.]*\\s?(?:" + Amount.UNITS + ")?円\\s?[）)］〕]");

  /** A figure followed by a number alone in brackets, in the same unit: 「2,500百万円 (2,000)」. */
  static final Pattern UNITLESS_AFTER = Pattern.compile(
      "([0-9][0-9,.]*\\s?(" + Amount.UNITS + ")?円)(\\s?[（(［〔]\\s?)([0-9][0-9,.]*)(\\s?[）)］〕])");

  /** A year's budget and a particle before a name in a sentence: 「平成24年度予算案に」, 「令和６年度補正予算で」. */
  static final Pattern YEAR_BUDGET_PARTICLE = Pattern.compile(
      "^" + YEAR_BUDGET + BUDGET_PARTICLE + "\\s*(?=\\S{4,})");

  /** A clause before a name in a sentence: 「自治体の再エネ導入を支えるため、」. */
  static final Pattern CLAUSE = Pattern.compile(
      "^.*(?:ため|ように|により|によって|において|ところ|ので|では|には|に向けて(?:は)?|に当たって(?:は)?|に際して(?:は)?)[、，,]\\s*");

  /** A sentence's opening words before a name: 「上記のほか、」「このほか、」「また、」. */
  /** Words that join a sentence to the one before: 「上記のほか、」「なお、」. */
  private static final String CONNECTIVES = "上記の?ほか|上記の?他|この?ほか|この他|その?ほか|また|さらに|更に|加えて|なお|別途|これは|これを|それは";
  static final Pattern LEADING_CONNECTIVE = Pattern.compile("^(?:(?:" + CONNECTIVES + ")[、，,]\\s*)+");

  /** Right after a figure, parentheses that open with a budget's words: 「（前年度予算額 …」「（令和７年度補正予算 …」. */
  static final Pattern BUDGET_AFTER = Pattern.compile(
      "^\\s*[（(〔［](?:[^（()）〔［]{0,12}?(?:予算|要求|当初|補正)|\\s*前年度\\s*[0-9])"); // (「事項要求（前年度 ９８５億円）」)

  /** Words that say a figure equals last year's, right before it: 「前年度と同額の」「前年度並みの」. */
  static final Pattern SAME_AS_BEFORE = Pattern.compile("(?:前年度|昨年度|前年)(?:と)?(?:同額|同水準|並み)の?\\s*$"
      // (or compared with it: 「前年度を上回る４９．８億円」, this year's figure)
      + "|(?:前年度|昨年度)(?:を|より)\\S{0,3}(?:上回る|下回る)\\s*$");

  /**
   * A fiscal year: 「令和7年度」「7年度」「R7年度」, the abbreviated era alone 「R7」「H20」 (groups 5 and 6: 「【R8要求：…（R7当初：…）】」),
   * 前年度 (group 3), 本年度 (group 4), FY2025 (group 7) or 前々年度 (group 8).
   */
  static final Pattern YEAR = Pattern.compile(
      "(" + ERA + ")?\\s?(元|[0-9]{1,4})\\s?年度|(前年度|昨年度|前年(?!度))(?!(?:から|より)?の?繰り?越)|(本年度|当年度)"
          + "|(?<![A-Za-z])([RH])\\s?(元|[0-9]{1,2})(?![0-9A-Za-z])|(?<![A-Za-z])FY\\s?((?:19|20)[0-9]{2})(?![0-9])|(前々年度|前々年)|(来年度)|(今年度)");

  /**
   * A note that says what bare figures in parentheses are: 「（ ）内は令和７年度当初予算額」, 「( )内は前年度予算額」,
   * 「括弧内は平成２１年度当初予算額」 (the round bracket).
   */
  static final Pattern BARE_NOTE = Pattern.compile(
      "(?:([（(［\\[〔【])\\s*[）)］\\]〕】]|括弧|かっこ|カッコ)\\s*(?:内|書き)?(?:の(?:金額|計数|数字|数値))?は(.{2,30}?)(?:です|を示す|である)?(?:[、，,。]\\s*|$)");

  /** A table's unit: 「（単位：百万円）」, or the unit alone on its line, 「（千円）」. */
  static final Pattern UNIT_LINE = Pattern.compile(
      "単位\\s*[：:\\s]\\s*(百万円|千円|億円|万円|円)|^\\s*[（(【［]\\s*(百万円|千円|億円|万円|円)\\s*[）)】］]\\s*$");
  /** A line of each column's unit: 「（億円）  （億円）  （％）」 (a yen unit in one of them at least). */
  static final Pattern COLUMN_UNITS = Pattern.compile(
      "(?:[（(](?:百万円|千円|億円|万円|円|[%％])[）)]\\s*){2,}");
  private static final Pattern YEN_UNIT = Pattern.compile("[（(](百万円|千円|億円|万円|円)[）)]");

  /** A table's cell: a figure, a dash for none, 事項要求, 皆増/皆減/新規. */
  static final Pattern CELL = Pattern.compile("[△▲+＋]?-?[0-9][0-9,]*(?:\\.[0-9]+)?(?:[%％倍]|(?:※|＊|\\*)[0-9]?|の内数)?|[－―—\\-‐]|事項要求|皆増|皆減|新規");
  /** How a row's name ends before its cells: not with a figure's character, unless a footnote's mark (「※1」). */
  static final Pattern NAME_END = Pattern.compile("(?:[^\\s0-9,.△▲－―—\\-]|[※注*＊][0-9]{1,2})$");
  /** An account a column's figures are of: 一般会計, 特別会計, 復興特会, エネルギー対策特別会計 … */
  private static final String ACCOUNT = "(?<=^|\\s)(?:一般会計|\\S{0,10}特別会計|\\S{0,6}特会|\\S{0,8}勘定)(?=\\s|$)";
  private static final Pattern ACCOUNT_LABEL = Pattern.compile(ACCOUNT);

  /**
   * A column's header: a year (groups 1, 2), a kind of figure or an account (3: 要求額, 支出済額, 国費, 一般会計, 計 …),
   * a column that holds no budget of its own (4: a difference, a rate, a part of the column before it such as
   * 「うち重要政策推進枠」, a project's whole cost 事業費, 予算現額, 不用額), or 前年度 (5). An account beside a 計 column
   * is read as a part of it ({@link Run#columns}).
   */
  static final Pattern TABLE_COLUMN = Pattern.compile(
      "(" + ERA + ")?\\s?(元|[0-9]{1,4})\\s?年度|((?:概算)?(?:要求・要望額|要求額|要望額|決定額)|前年度(?:から)?の?繰越し?額?|翌年度(?:へ)?の?繰越し?額?"
          + "|支出済(?:歳出)?額|執行額?(?!率)|決算額?|(?<=^|\\s)国\\s{0,3}費(?=\\s|$)|" + ACCOUNT + "|(?<=^|\\s)(?:合\\s{0,3})?計(?=\\s|$)|既決予算額|当初予算額|補正予算額|予算額|予算案|補正額|補正(?!後)|当初(?!比)|要求|要望|(?:基金)?造成額|積み?増し?額"
          // (a 補正's number, a reserve's use: 「第1号  第2号  第3号  予備費使用額  計」)
          + "|(?<=^|\\s)" + SUPPLEMENTARY_NO + "(?=\\s|$)|予備費\\s{0,3}使用額|(?<=^|\\s)予備費(?=\\s|$))"
          + "|((?<=^|\\s)うち\\S{0,12}|(?<=^|\\s)総?事\\s{0,3}業\\s{0,3}費(?=\\s|$)|事\\s{0,3}業\\s{0,3}規\\s{0,3}模|予算現額|補正後(?:予算額?)?|改予算額?|取り?崩し?額|(?:年度末)?残高|不用額|執行率|倍\\s?率|比\\s?率|交付決定額|(?<=^|\\s)\\S{0,6}(?:件数|箇所数|か所数|人数|団体数|者数)(?=\\s|$)|(?:対前年度\\s*(?:比\\s*)?)?(?:比\\s*較\\s*)?増\\s*△?\\s*減(?:\\s*額|\\s*率)?|差\\s*引|比\\s*較|対前年度(?:比)?|伸び?\\s*率|[（(][A-Z][）)]\\s*[＋+]\\s*[（(][A-Z][）)])"
          + "|(前年度)");

  /** A header's rule or a bracket spanning columns: 「────」, 「＜―――― １５か月予算 ――――＞」. */
  static final Pattern HEADER_RULE = Pattern.compile("[─━―－=＝]{3,}|[＜<][―─－\\-]+[^＜＞<>]{0,16}[―─－\\-]+[＞>]");

  /** A column's header with its unit: 「要求額（億円）」「令和７年度予算額(百万円)」. */
  static final Pattern HEADER_UNIT = Pattern.compile("(?:額|予算|要求|年度|当初|補正)\\s*[（(](百万円|千円|億円|万円)[）)]");
  /** A column's year written short before its kind: 「R6当初」「H30補正」 (read as R6年度当初). */
  static final Pattern SHORT_YEAR_COLUMN = Pattern.compile(
      "(?<![A-Za-z])([RH])\\s?(元|[0-9]{1,2})(?=\\s?(?:当初|補正|要求|要望|予算|概算|決定|政府案|決算|執行))");
  /** The words of columns' headers in a text, its short years spelled out (「R7当初」 → 「R7年度当初」). */
  static Matcher columnWords(String text) {
    return TABLE_COLUMN.matcher(columnText(text));
  }

  /** A header's text as {@link #columnWords} reads it: a short year written out (「R7」 → 「R7年度」). */
  static String columnText(String text) {
    // (and a 補正's ordinal dropped, its year then right before it: 「20年度第2次補正（案）」 → 「20年度補正（案）」)
    return SHORT_YEAR_COLUMN.matcher(text).replaceAll("$1$2年度").replaceAll(ORDINAL + "(?=\\s?補正)", "");
  }

  /** A header's word between two columns that is none of the column words: Japanese, not in brackets. */
  static final Pattern UNREAD_COLUMN = Pattern.compile("\\s{2,}[^\\s（(【［〔][^\\s]*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}][^\\s]*\\s{2,}");
  /** A table's title that says its figures are what was spent: 「…の決算額の推移」, 「決算額」. */
  static final Pattern TABLE_TITLE_SETTLED = Pattern.compile("決算額|支出済歳出額");
  /**
   * A table's title of what 特別交付税 gave local bodies, year by year (「地域公共交通に係る特別交付税措置額の推移」): local
   * finances' results, not the state's budget.
   */
  static final Pattern TABLE_TITLE_ALLOTTED = Pattern.compile("(?:普通|特別)?交付税(?:の)?(?:措置額|算定額|交付額)(?:の推移|の実績|実績)");
  /** A year in a header's words. */
  static final Pattern TABLE_YEAR = Pattern.compile(ERA_YEAR);
  static final Pattern TOTAL_ROW = Pattern.compile("^(?:合\\s*計|計|小\\s*計|総\\s*計|総\\s*額|\\S{2,10}\\s+計|\\S{0,8}事項計)$"); // (「重点事項 計」, 「掲載事項計」)
  /** A line whose figures are in another unit than yen: 「…耐震化率  単位  ％  令和４年度  99.7」. */
  static final Pattern OTHER_UNIT = Pattern.compile(
      "単位\\s*+[：:]?+\\s*+(?!百万円|千円|億円|万円|円)[^\\s0-9（()）【】［］：:]{1,4}(?:\\s|$)");
  /**
   * The heading of a part of a review sheet whose figures are no budget (outcomes, outputs, where the money went):
   * 「成果目標及び成果実績（アウトカム）」, 「費目・使途」, 「資金の流れ」, 「支出先上位10者リスト」.
   */
  static final Pattern OTHER_SECTION = Pattern.compile(
      "^(?:成果目標|成果実績|活動指標|活動実績|アウトカム|アウトプット|費目・使途|資金の流れ|支出先|契約先|単位当たりコスト)[^0-9円]{0,60}$");
  /**
   * A PR sheet's box after its 成果目標 (「条件（対象者、対象行為、補助率等）」, 「事業イメージ」): its figures are the program's again
   * (「（1）25.0億円」 over 「国」 「補助」 …).
   */
  static final Pattern SHEET_BOX = Pattern.compile("^(?:条件\\s*[（(]|事業イメージ|事業の内容|事業目的|事業概要|事業スキーム)");
  /** Whom to ask, a sheet's footer: 「お問合せ先：」, 「問い合わせ先」, 「電話：03-…」. */
  static final Pattern CONTACT = Pattern.compile("^(?:お?問(?:い)?合(?:わ)?せ先|連絡先)|(?:電話|TEL|ＴＥＬ)\\s*[：:]?\\s*0[0-9]{1,3}[-－‐]");
  /** A heading that starts a budget's part again: 「予算額・執行額（単位：百万円）」, 「予算の状況」. */
  static final Pattern BUDGET_SECTION = Pattern.compile("^(?:予算額|予算の状況|要求額|当初予算額)");

  /** A row of rates, not amounts: 「執行率（％）」. */
  static final Pattern RATE_ROW = Pattern.compile("率\\s*(?:[（(][%％][）)])?$");

  /**
   * A review sheet's name field, 「事業名        地域おこし協力隊推進事業        担当部局庁  …」: the program its
   * budget table is about (group 1, up to the next field).
   */
  /** A review sheet's fields after its name (「事 業 名 …事業 担当部局庁 …」): their labels. */
  private static final String FORM_FIELDS = "担当部局庁|担当課室|作成責任者|事業開始年度|会計区分";
  /** A form's label of the program's name: 「事業名」, 「事 業 名」, 「事業名称」. */
  private static final String FORM_NAME = "(?:事\\s?業\\s?名\\s?称?|調査事案名)";
  /** A form's field label alone on its line, its value on the next: 「項」, 「会計」, 「府省名」, 「調査主体」. */
  static final Pattern FORM_FIELD_LABEL = Pattern.compile(FORM_FIELDS + "|項|目|会計|府省名|調査主体|取りまとめ財務局");
  /** A form's field of its program's budget: 「調査対象予算額 令和２年度予算：…」, 「予算額：…」. */
  static final Pattern FORM_BUDGET_FIELD = Pattern.compile("\\s*(?:調査対象予算額|予算額|当初予算額)\\s*[：:]?\\s*(?=\\S)");
  static final Pattern FORM_PROGRAM = Pattern.compile("^" + FORM_NAME + "\\s*[：:]?\\s+(\\S.*?)"
      + "(?:\\s{2,}.*|\\s(?:" + FORM_FIELDS + ")(?:\\s.*)?)?$"); // (the next field one space on)
  /** A form's name field alone on its line (its name on the next): 「事 業 名」, 「事業名称」. */
  static final Pattern FORM_PROGRAM_LABEL = Pattern.compile("\\s*" + FORM_NAME + "\\s*[：:]?\\s*");
  /**
   * A row of a review sheet's budget table, a kind of figure per row and a year per column (「当初予算  250  262 …」),
   * after the words of its vertical label (「予算」「の状」「況」).
   */
  /** A table's row whose figures are all in brackets, two or more: its name, then its cells. */
  static final Pattern BRACKETED_CELL = Pattern.compile("[（(]([0-9][0-9,.]*)[）)]");
  static final Pattern BRACKETED_ROW = Pattern.compile("^(\\S.*?\\s+)((?:" + BRACKETED_CELL.pattern() + "\\s*){2,})$");
  /** A line of bracketed figures alone. */
  static final Pattern BRACKETED_FIGURES = Pattern.compile("\\s*(?:" + BRACKETED_CELL.pattern() + "\\s*)+");
  /** A note in a row's 備考 cell that states another budget's figure: 「令和7年度補正予算 85.0」. */
  static final Pattern NOTE_BUDGET = Pattern.compile("(" + A_BUDGET + ")(?:額)?\\s*[：:]?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)");
  /** A note's mark alone in a row's last column: 「  ※2」. */
  static final Pattern NOTE_MARK_CELL = Pattern.compile("\\s{2,}(?:(?:※|＊|\\*)[0-9]{0,2}|[（(]注\\s?[0-9]{0,2}[）)])$");
  /** Whether a header's line is one cell alone (or nothing): 「令和７年度」, 「事 項」. */
  static boolean cellAlone(String line) {
    String t = Run.squeezed(line).strip();
    return t.length() <= 16 && !t.matches(".*\\s.*");
  }

  /** A grant to others, a program among a table's 目: 「外国人受入環境整備交付金」. */
  static final Pattern GRANT = Pattern.compile("(?:交付金|補助金|負担金|拠出金|給付金|助成金)$");
  /** A 区分 column's header: 「区分」, 「区　　　分」. */
  static final Pattern SORT_COLUMN = Pattern.compile("(?:^|\\s)区[\\s　]*分(?:\\s|$)");
  /** A row's name with its kind of figure after it, in a 区分 column: 「…の適正な執行・監督  当初」, 「執行」. */
  static final Pattern KIND_CELL = Pattern.compile("(.*?)(?:^|\\s+)(当初(?:予算)?額?|補正(?:予算)?額?|執行額?|決算額?)");

  static final Pattern KIND_ROW = Pattern.compile("(?:当初予算|補正予算|前年度から繰越し?|翌年度へ繰越し?|予備費等|予備費|執行額)$");

  /**
   * A figure without 円 standing as a table's cell (after a space or 「（」, before 「（」「）」, a space and another
   * figure, or the line's end), in a table whose unit is declared: 「水産基盤整備事業  720（700）」 under
   * 「（単位：億円）」. A number before a name (「１ 漁業収入…」「（２）エネルギー…」) is numbering, a number before a
   * counter is a count.
   */
  static final Pattern BARE_FIGURE = Pattern.compile(
      "(?<=^|[\\s（(［〔])([△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?)(?=\\s*[（(［〔]|\\s*[)）］〕](?!\\S)|\\s*[)）］〕]\\s*[（(［〔]|\\s*$|\\s+[△▲]?[0-9]|の内数\\s*$)");

  private static final Pattern BARE_ALONE = Pattern.compile("[△▲]?[0-9][0-9,]*(?:\\.[0-9]+)?");
  /** A table's cell alone on its line under a declared unit: a bare figure, or a bare figure's part 「４８６，５００の内数」. */
  private static final Pattern BARE_CELL = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?(?:の内数)?");
  private static final Pattern NAMED_FIGURE = Pattern.compile(".*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}】）)]\\s+[0-9][0-9,]*(?:\\.[0-9]+)?");
  private static final Pattern BRACKETED_ALONE = Pattern.compile("[（(](?:[0-9][0-9,]*|[－―\\-])[）)]");
  /** A column's label alone in brackets: 「（２４年度予算額）」, 「（前年度予算額）」. */
  private static final Pattern BRACKETED_HEADER = Pattern.compile("[（(][^（()）]*(?:年度|前年度)[^（()）]*(?:予算|要求)[^（()）]*[）)]");
  /** A row and the words of its 備考 after its last figure (bare, or in brackets: 「（４，９２０）」, 「（－）」). */
  private static final Pattern WORD_NOTE = Pattern.compile(
      "(.*(?:[0-9]|[（(](?:[0-9][0-9,]*|[－―\\-])[）)]))\\s+([^\\s0-9（(△▲－―\\-][^\\s0-9]*)");
  private static final Pattern NOTES_HEADER = Pattern.compile( // (財源, 会計: 一般, エネ特 …)
      "備\\s*考|摘\\s*要|財\\s*源|(?<=^|[\\s\u3000])会[\\s\u3000]*計(?=[\\s\u3000]|$)");

  /**
   * A row's text without its last cell (after the last wide gap) when that cell is a note: it has Japanese text and
   * is not a figure's cell (事項要求, 皆増) nor a status; null when the row has no such cell.
   */
  static String withoutNote(String text) {
    int gap = text.lastIndexOf("  ");
    if (gap <= 0) return null;
    String last = text.substring(gap).strip();
    if (last.isEmpty() || CELL.matcher(last).matches() || STATUS_CELL.matcher(" " + last).matches()) return null;
    if (last.codePoints().noneMatch(Repair::isJapanese)) return null;
    return text.substring(0, gap).strip();
  }

  /** A table's last column that is a status (備考: 新規, 拡充) or says what became of the row (皆増), not a figure. */
  static final Pattern STATUS_CELL = Pattern.compile("\\s+(新規|拡充|継続|廃止|縮減|縮小|統合|終了|見直し|皆増|皆減)(?:[（(][^（()）]{1,8}[）)])?$");

  /** An account's share of a figure, before the figure: 「一般会計」, 「エネ特」, 「エネルギー対策特別会計」. */
  static final Pattern ACCOUNT_TERM = Pattern.compile("(?:一般会計|特別会計|特会|エネ特|復興特|勘定)\\s*[：:]?\\s*$");
  /** A sum's sign between its terms: 「 ＋ 」. */
  static final Pattern SUM_SIGN = Pattern.compile("\\s*[＋+]");
  /** The words between a sum's last term and the sum: 「 ＝ 計 」. */
  static final Pattern SUM_OF_TERMS = Pattern.compile("\\s*[＝=]\\s*(?:合\\s*計|計|総額)?\\s*[：:]?\\s*");
  /** A noun right after a figure, with no space: 「１００億円企業」 (not a figure's own words: 増, 規模, 以上, 程度, 分). */
  static final Pattern FIGURE_IN_NAME_AFTER = Pattern.compile("(?![程規増減以未超内計分前総])[\\p{IsHan}ァ-ヶ]");
  /** What follows an amount that is part of a name, not a figure of it: 「売上高100億円を目指す」「10億円以上の」. */
  private static final Pattern AFTER_FIGURE_IN_NAME = Pattern.compile("(?:を|が|に|へ|と|で|から|まで|超|以上|未満)[^\\s　]");

  /** Whether a line has amounts and each is part of a name, with more of the name after it. */
  static boolean figuresInName(String text) {
    Matcher a = AMOUNT.matcher(text);
    boolean any = false;
    while (a.find()) {
      any = true;
      if (!AFTER_FIGURE_IN_NAME.matcher(text).region(a.end(), text.length()).lookingAt()) return false;
    }
    return any;
  }

  /** A row's first cell that is a program's number in a list (0123, 新26-0001, 026-01, 3-(1)-①), not part of its name. */
  private static final String ROW_ID = "[^\\s0-9]{0,2}[0-9]+(?:[-‐－](?:[0-9]+|[（(][0-9]{1,2}[）)]|[①-⑳]))*";
  static final Pattern ROW_NUMBER = Pattern.compile("^\\s*" + ROW_ID + "\\s+(?=[^\\s0-9])");
  /** A program's number in brackets before its name in text: 「【0001】」, 「【新08-0001】」 (a review sheet's 事業番号). */
  static final Pattern ROW_NUMBER_MARK = Pattern.compile("^[【［\\[]" + ROW_ID + "[】］\\]]\\s*");

  /** A table row: its name ({@code ""} for a row of figures alone) and its cells. */
  record RowShape(String name, String[] cells) {}

  /**
   * A line as a table's row: a name, then two or more cells to the end of the line, the name the shortest that ends as
   * {@link #NAME_END} says; or, with no name, one or more cells and nothing else. Null when it is neither. Read token by
   * token (a regular expression of repeated cells overflowed the stack on a line of 900 of them).
   */
  static RowShape rowShape(String text) {
    List<int[]> tokens = tokens(text);
    int n = tokens.size();
    int first = n; // the first of the cells that run to the end of the line
    while (first > 0 && CELL.matcher(text.substring(tokens.get(first - 1)[0], tokens.get(first - 1)[1])).matches()) first--;
    if (first == n) return null;
    for (int k = Math.max(first, 1); k <= n - 2; k++) {
      String name = text.substring(0, tokens.get(k)[0]).stripTrailing();
      if (NAME_END.matcher(name).find()) return new RowShape(name, cellsOf(text, tokens, k));
    }
    return first == 0 ? new RowShape("", cellsOf(text, tokens, 0)) : null;
  }

  private static final Pattern TOKEN = Pattern.compile("\\S+");

  /**
   * A line holding a row of each of two or more tables side by side: names and runs of cells in turn, every run as
   * long (「地域おこし協力隊推進事業  250  300   集落支援員推進事業  120  150」); empty for any other line.
   */
  static List<RowShape> sideBySide(String text) {
    List<int[]> tokens = tokens(text);
    List<RowShape> out = new ArrayList<>();
    int k = 0;
    while (k < tokens.size()) {
      int nameFrom = k;
      while (k < tokens.size() && !CELL.matcher(text.substring(tokens.get(k)[0], tokens.get(k)[1])).matches()) k++;
      int cellsFrom = k;
      while (k < tokens.size() && CELL.matcher(text.substring(tokens.get(k)[0], tokens.get(k)[1])).matches()) k++;
      if (cellsFrom == nameFrom || k == cellsFrom) return List.of(); // a name without cells, or cells without a name
      String name = text.substring(tokens.get(nameFrom)[0], tokens.get(cellsFrom - 1)[1]);
      if (!NAME_END.matcher(name).find()) return List.of();
      String[] cells = new String[k - cellsFrom];
      for (int c = 0; c < cells.length; c++) cells[c] = text.substring(tokens.get(cellsFrom + c)[0], tokens.get(cellsFrom + c)[1]);
      if (!out.isEmpty() && out.get(0).cells().length != cells.length) return List.of();
      out.add(new RowShape(name, cells));
    }
    return out;
  }

  /** Where each run of non-space characters of a line starts and ends. */
  private static List<int[]> tokens(String text) {
    List<int[]> tokens = new ArrayList<>();
    Matcher t = TOKEN.matcher(text);
    while (t.find()) tokens.add(new int[] {t.start(), t.end()});
    return tokens;
  }

  /**
   * A table row whose figures come first and its name last, after two spaces or more: 「32.4   28.9   再犯防止推進…」
   * (under 「令和８年度予算案  令和７年度予算額  事項」); null for any other line (a single space after a number is
   * numbering: 「2 安心・安全な…」).
   */
  static RowShape namedLast(String text) {
    List<int[]> tokens = tokens(text);
    int k = 0;
    while (k < tokens.size() && CELL.matcher(text.substring(tokens.get(k)[0], tokens.get(k)[1])).matches()) k++;
    if (k == 0 || k == tokens.size()) return null;
    if (tokens.get(k)[0] - tokens.get(k - 1)[1] < 2) return null;
    String name = text.substring(tokens.get(k)[0]).strip();
    if (CELL.matcher(text.substring(tokens.get(tokens.size() - 1)[0], tokens.get(tokens.size() - 1)[1])).matches()) return null;
    String[] cells = new String[k];
    for (int c = 0; c < k; c++) cells[c] = text.substring(tokens.get(c)[0], tokens.get(c)[1]);
    return new RowShape(name, cells);
  }

  private static String[] cellsOf(String text, List<int[]> tokens, int from) {
    String[] out = new String[tokens.size() - from];
    for (int k = from; k < tokens.size(); k++) out[k - from] = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
    return out;
  }

  // ---- the finder ----

  public static Result find(List<SourceLine> lines, FiscalYear fiscalYear, BudgetKind headlineKind) {
    return new Run(splitBadges(verticalHeaders(stackedCells(lines))), fiscalYear, headlineKind).run();
  }

  /** A badge's label alone on its line: 「【R3要求】」, 「【令和2年度予算】」, 「令和5年度予算額（案）」. */
  private static final Pattern BADGE_LABEL = Pattern.compile("^[【［]?\\s*(?:" + ERA_YEAR + "|(?<![A-Za-z])[RH]\\s?(?:元|[0-9]{1,2}))\\s*"
      + "(?:概算)?(?:当初|補正)?(?:要求|予算)(?:額)?(?:[（(]案[）)])?\\s*[】］]?\\s*[：:]?$");

  /**
   * A slide's badges whose labels came out one under the other before their figures (「【R3要求】」 「【R2予算】」 over 「53億円」
   * 「44億円」): each figure's line as its label and figure, the j-th label's with the j-th figure, the labels' lines left blank.
   */
  static List<SourceLine> splitBadges(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines);
    for (int k = 0; k < out.size(); k++) {
      int n = 0;
      while (k + n < out.size() && BADGE_LABEL.matcher(out.get(k + n).text().strip()).matches()) n++;
      if (n < 2 || k + 2 * n > out.size()) continue;
      boolean figures = true;
      for (int j = 0; j < n && figures; j++) {
        SourceLine f = out.get(k + n + j);
        figures = f.page() == out.get(k).page() && AMOUNT.matcher(f.text().strip()).matches();
      }
      if (!figures) {
        k += n - 1;
        continue;
      }
      for (int j = 0; j < n; j++) {
        out.set(k + n + j, out.get(k + n + j).withText(out.get(k + j).text().strip() + " " + out.get(k + n + j).text().strip()));
        out.set(k + j, out.get(k + j).withText(""));
      }
      k += 2 * n - 1;
    }
    return out;
  }

  /** A piece of a table header's cell: a year, a kind of figure, a column's letter, 備考 (「令和6年度」, 「要求額」, 「（A）」, 「（A）－（B）」). */
  private static final Pattern HEADER_PIECE = Pattern.compile(
      "(?:[（(][A-ZＡ-Ｚ][）)](?:\\s*[－―\\-]\\s*[（(][A-ZＡ-Ｚ][）)])?|.*年度.*|" + SUPPLEMENTARY_NO
          + "|[^0-9]*(?:額|差引|備\\s*考|倍率|比較|伸率|増減|増△減|計|予算|予備費|当初|補正|要求)[^0-9]*)");

  /**
   * A table's header extracted a cell a line (「事項」 over 「令和6年度」 「要求額」 「（A）」 「令和5年度」 「予算額」 「（B）」 「差引」 …
   * 「備考」), over rows of their cells on one line: one line of its cells, as a header glued on one line is read (on its
   * first line; the others left blank).
   */
  static List<SourceLine> verticalHeaders(List<SourceLine> lines) {
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      SourceLine l = lines.get(k);
      out.add(l);
      if (!Repair.NAMES_HEADER.matcher(l.text().strip()).matches()) continue; // the names' header cell: 「事項」, 「区 分」
      int e = k + 1;
      List<String> pieces = new ArrayList<>(List.of(l.text().strip()));
      int years = 0;
      while (e < lines.size() && lines.get(e).page() == l.page() && !lines.get(e).blank()) {
        String t = lines.get(e).text().strip();
        if (t.length() > 14 || AMOUNT.matcher(t).find() || !HEADER_PIECE.matcher(t).matches()) break;
        if (YEAR.matcher(t).find() || SUPPLEMENTARY_NUMBER.matcher(t).matches()) years++; // (or a 補正's number: 「第1号」)
        String last = pieces.get(pieces.size() - 1);
        if (SUPPLEMENTARY_NUMBER.matcher(t).matches() && last.matches("補正(?:予算)?")) {
          pieces.set(pieces.size() - 1, t); // 「補正予算」 over its numbers 「第1号」 「第2号」: the numbers are the columns
        } else if (t.equals("使用額") && last.equals("予備費")) {
          pieces.set(pieces.size() - 1, last + t); // 「予備費」 over 「使用額」: one column's words
        } else {
          pieces.add(t);
        }
        e++;
      }
      String header = String.join(" ", pieces);
      if (e - k < 4 || years < 2) continue;
      // (only over rows of their cells on one line: under a header a cell a line, rows a cell a line are read with it)
      boolean rowsOnALine = false;
      for (int r = e, seen = 0; r < lines.size() && seen < 3 && !rowsOnALine; r++) {
        if (lines.get(r).blank()) continue;
        seen++;
        String[] words = lines.get(r).text().strip().split("\\s+");
        long cells = Arrays.stream(words).skip(1).filter(w -> CELL.matcher(w).matches() && !w.matches("[－―—\\-‐]")).count();
        rowsOnALine = cells >= 2 && !CELL.matcher(words[0]).matches();
      }
      if (!rowsOnALine) continue;
      out.set(out.size() - 1, l.withText(header));
      for (int r = k + 1; r < e; r++) out.add(lines.get(r).withText("")); // (kept as blank lines: the lines between stay as far apart)
      k = e - 1;
    }
    return out;
  }

  /** A legend that says a table's cell holds a project's cost over the state's share of it: 「上段が事業費、下段が国費」. */
  static final Pattern COST_OVER_SHARE = Pattern.compile("上段\\s*(?:が|は|[：:])?\\s*事業費\\s*[、，,。／/]?\\s*下段\\s*(?:が|は|[：:])?\\s*国費");
  /** A table's row with one bare figure (its unit declared apart) and maybe a short 備考: 「（1）流域治水対策 7,215 5か年」. */
  private static final Pattern ROW_UPPER = Pattern.compile("^(.*[^0-9,\\s])\\s+([0-9][0-9,]*)((?:\\s+[^0-9\\s][^\\s]{0,7}|\\s+[0-9]か年)?)$");
  /** The lower figure of a stacked cell, alone or after the rest of its row's name: 「4,430」, 「化対策 3,012」. */
  private static final Pattern ROW_LOWER = Pattern.compile("^([^0-9\\s（(【■□○◯・※]{1,12})?\\s*([0-9][0-9,]*)$");

  /**
   * Under a legend that puts each cell's 事業費 over its 国費 (「上段が事業費、下段が国費」), a row whose figure on its name's line
   * has a bare figure alone on the next line (or after the rest of the name: 「…機能強化・老朽 4,870 5か年」 over 「化対策 3,012」)
   * is written as the 事業費 and 国費 it is, in the table's unit: 「…老朽化対策 事業費 4,870億円 5か年」 over 「国費 3,012億円」; the
   * 国費 is the budget.
   */
  static List<SourceLine> stackedCells(List<SourceLine> lines) {
    int from = -1;
    for (int k = 0; k < lines.size() && from < 0; k++) if (COST_OVER_SHARE.matcher(lines.get(k).text()).find()) from = k + 1;
    if (from < 0) return lines;
    List<SourceLine> out = new ArrayList<>(lines);
    String unit = ""; // the table's unit, given to both figures (「（単位：億円）」)
    for (int k = 0; k + 1 < out.size(); k++) {
      Matcher u = UNIT_LINE.matcher(out.get(k).text());
      if (u.find()) unit = u.group(1) != null ? u.group(1) : u.group(2);
      if (k < from) continue;
      Matcher upper = ROW_UPPER.matcher(out.get(k).text().strip());
      Matcher lower = ROW_LOWER.matcher(out.get(k + 1).text().strip());
      if (!upper.matches() || !lower.matches() || out.get(k + 1).page() != out.get(k).page()) continue;
      String rest = lower.group(1) == null ? "" : lower.group(1);
      if (TOTAL_ROW.matcher(upper.group(1).strip()).matches() || TOTAL_ROW.matcher(rest).matches()) continue;
      // (a 備考 of a status stays, 「新規」; one of a figure's words goes, 「5か年」: it would read as a cell of its own)
      String note = upper.group(3).strip().matches("[0-9].*") ? "" : upper.group(3);
      out.set(k, out.get(k).withText(upper.group(1) + rest + " 事業費 " + upper.group(2) + unit + note));
      out.set(k + 1, out.get(k + 1).withText("国費 " + lower.group(2) + unit));
      k++;
    }
    return out;
  }

  /** One figure's context: where its name came from, and what the words around it say. */
  private record Named(String name, String status, List<String> rules, double score) {}

  /**
   * The programs that lines without a figure name with a letter in brackets at their end (「○ 登記所備付地図作成作業
   * （Ｆ）」; a name wrapped before its letter, 「…システムの刷」 over 「新（Ｇ）」), by the letter in ASCII brackets.
   */
  static Map<String, String> marked(List<SourceLine> lines) {
    Map<String, String> out = new HashMap<>();
    for (int k = 0; k < lines.size(); k++) {
      String t = lines.get(k).text().strip();
      Matcher mk = LETTER_MARK.matcher(t);
      if (!mk.find() || AMOUNT.matcher(t).find()) continue;
      String before = t.substring(0, mk.start());
      if (before.length() <= 6 && k > 0 && !lines.get(k - 1).blank() && !LETTER_MARK.matcher(lines.get(k - 1).text().strip()).find()) {
        before = lines.get(k - 1).text().strip() + before;
      }
      Named n = name(before);
      if (n != null) out.putIfAbsent("(" + mk.group(1) + ")", n.name());
    }
    return out;
  }

  /** A row of a table by account, waiting for its program's 計 ({@code Run.byAccount}). */
  private record AccountRow(SourceLine line, String[] cells) {}

  /** A table's column: its year and kind ({@code stated}: by its header's words, not by default), or a difference. */
  /** A table's column: its year and kind, whether its header says the kind, and where it stands ({@code to}: -1 unknown). */
  private record Column(FiscalYear year, BudgetKind kind, boolean stated, boolean difference, int from, int to) {}

  /** A row's first line in a table of two tiers (see {@link Run#tiered}): its line, name and cells. */
  private record TierRow(SourceLine line, String name, String[] cells) {}

  /**
   * A row of a table by kind of figure (see {@link Run#byKind}): its line, cells, the kind its 区分 says, and the
   * table's unit and columns (the table may have ended when the row's program is known).
   */
  private record KindRow(SourceLine line, String[] cells, BudgetKind kind, String status, String unit, List<Column> columns) {}

  private static final class Run {
    final List<SourceLine> lines;
    final FiscalYear fy;
    final BudgetKind headlineKind;
    final List<FoundItem> items = new ArrayList<>();
    int notBudget;
    FoundItem current; // the last figure with a name of its own: its program names an unnamed figure below it
    int currentIndex = -1;
    // the last numbered heading with no figure (「１．次世代国税総合管理システムの開発」), over the paragraph that states
    // its figure in a sentence (「…に要する経費として、所要額 24億円」): it names such a figure when it is nearer than current
    Named heading;
    int headingIndex = -1;
    // a header of columns named only by their years and kinds (「来年度予算案　　今年度当初予算」) over rows of a name and
    // its figures with their units: what the figure in each place of such a row is, until a blank line
    List<Label> columnLabels;
    // 「（ ）内は令和７年度当初予算額」「［ ］は令和６年度補正予算額」: what a bare figure in each kind of bracket is
    final Map<Character, Label> noted = new HashMap<>();
    // 「※ 各事項の金額は契約ベース。［ ］内は令和７年度の歳出ベース…」: the figures outside the brackets are contracts, and a
    // figure outside brackets beside one in a noted bracket is then no item
    boolean outsideCommitment;
    // table state
    String unit;
    boolean unitRows; // a line of the unit's bare figures was read: the lines between them are headings, not a header
    boolean labelledRows; // and one with words before its figure: 「要求額 ３８，０００」, not a chart's value alone
    boolean rowsNumbered; // the table's last row of figures had its number (「1-(1)-②」): an unnumbered one is a name's rest
    String pendingName; // a name on its own line in a table, whose figures are on the line below
    SourceLine pendingFigures; // a row of figures alone in a table, whose name is on the line below
    String[] pendingCells;
    Boolean figuresFirst; // whether this table's rows put the figures above the name (null: no row read yet)
    boolean totalBelow; // a 「合計」 alone on its line in a table a cell a line: the figures below it are the total's
    List<String> transposedColumns; // the programs of a table whose columns are programs (transposed), once read
    int tableAt = -2; // the last line taken as part of a table, and the last line with text
    /** The last table started: its unit, its header's lines (as they are added), and where it started. */
    private record StartedTable(String unit, List<String> header, int start) {}
    StartedTable lastTable;
    int lastText = -1;
    /** The index of the line {@link #table} reads (its header may be the lines above it). */
    int lineIndex;
    /** The programs of a table's numbered rows, by number: a note names a row by it (「（注３）(2)については、…」). */
    final Map<String, String> numberedRows = new HashMap<>();
    // a table by account (byAccount): the program whose rows wait for its 計, the rows, the status of its first row;
    // accountSkip: rows of the accounts' totals (会計別合計), no program's
    String accountProgram;
    String kindProgram; // the program of the rows by kind waiting in kindRows (null: none, or a total's)
    final List<KindRow> kindRows = new ArrayList<>();
    BudgetKind kindFirst; // the kind of the first row of a program in a table by kind (its 当初)
    final List<AccountRow> accountRows = new ArrayList<>();
    String accountStatus;
    boolean accountSkip;
    boolean accountNumbered;
    List<String> header;
    List<Column> columns;
    /** The columns of a header of two tiers, the rows' first lines' and their second lines' (see {@link #tiered}). */
    List<List<Column>> tiers;
    BudgetKind titleKind; // the kind of the figures of a table's columns of years alone, as its title says (決算額)
    boolean allottedTable; // a table of what 特別交付税 gave local bodies (its title says so): no budget's figures
    boolean capsBlock; // under a title of caps (「…の上限額」), to the next blank line: no budget's figures
    TierRow tierRow; // a row's first line in a table of two tiers, waiting for its second
    final List<SourceLine> cellRun = new ArrayList<>(); // a row's figures so far, a cell a line (see tableLine)

    final String titleProgram; // the program a document is about, when its title names one (a call for proposals)
    String formProgram; // the program a review sheet is about (its 事業名 field), for its budget table
    boolean otherSection; // in a review sheet's outcomes or where its money went: no budget figures
    // a table extracted column by column: which lines are a figure alone, the runs they make, the names of each run
    final boolean[] alone;
    // lines of a bare figure under a table's declared unit (「（単位：千円）」 … 「４８６，５００の内数」): cells, alone[] too
    final boolean[] bareCell;
    // lines of a calculation (「［積算］」 and the lines indented under it: 単価 × 数量 ＝ …): no budget items
    final boolean[] reckoning;
    // the document speaks of 来年度: written in the year before --fiscal-year, so its 今年度 is that year
    final boolean nextYearSpoken;
    // a settlement's account (決算 in its title): a bare 予算額 in it is the budget in force (予算現額), no item
    final boolean settlement;
    // programs named with a letter (「○ 外国人受入環境整備交付金（Ｃ）」) whose figures are in a table of the letters
    final Map<String, String> marked;
    final int[] runStart;
    final int[] runEnd;
    // a page's running head, the same words atop every sheet (「平成２４年度概算要求 主要施策ＰＲ資料」): no program's name
    final Set<String> runningHeads;
    final Map<Integer, int[]> columnNames = new HashMap<>();

    Run(List<SourceLine> lines, FiscalYear fy, BudgetKind headlineKind) {
      // (a line too long for a figure, MAX_LINE, is left as it is: line() skips it)
      this.lines = lines.stream().map(l -> l.text().length() > MAX_LINE ? l
          : l.withText(amountWords(unitInBrackets(unitAfterBoth(brackets(arabicYears(l.text()))))))).toList();
      this.fy = fy;
      this.headlineKind = headlineKind;
      int n = this.lines.size();
      this.alone = new boolean[n];
      this.runStart = new int[n];
      this.runEnd = new int[n];
      this.bareCell = new boolean[n];
      boolean unitDeclared = false; // a table's unit stated above on the page: its cells are bare figures
      for (int k = 0; k < n; k++) {
        SourceLine l = this.lines.get(k);
        if (k > 0 && l.page() != this.lines.get(k - 1).page()) unitDeclared = false;
        if (UNIT_LINE.matcher(l.text()).find()) unitDeclared = true;
        bareCell[k] = unitDeclared && BARE_CELL.matcher(l.text().strip()).matches();
        alone[k] = isFigureAlone(l) || bareCell[k];
        runStart[k] = k > 0 && alone[k] && alone[k - 1] ? runStart[k - 1] : k;
      }
      for (int k = n - 1; k >= 0; k--) runEnd[k] = k + 1 < n && alone[k] && alone[k + 1] ? runEnd[k + 1] : k;
      this.reckoning = reckoning(this.lines);
      this.runningHeads = runningHeads(this.lines);
      // (or of --fiscal-year's budget as a draft or a request, 「平成２２年度予算案では」: also written the year before)
      this.nextYearSpoken = this.lines.stream().anyMatch(l -> l.text().contains("来年度")) || draftSpoken(this.lines, fy);
      this.marked = marked(this.lines);
      this.settlement = this.lines.stream().filter(l -> !l.blank()).limit(2).anyMatch(l -> l.text().contains("決算"));
      // (the title's first line, or the next when the first is only its readers in brackets: 「【地方公共団体向け】」)
      this.titleProgram = this.lines.stream().filter(l -> !l.blank()).limit(4) // (a press release's title under its date)
          .filter(l -> l.text().length() <= MAX_LINE).map(l -> titleProgram(l.text())).filter(t -> t != null).findFirst()
          .orElse(null);
      this.box = new boolean[this.lines.size()];
      this.slideTitle = slideTitles(this.lines);
    }

    /**
     * A deck of one-page slides, each a program's (「令和８年度概算要求額 ４５億円（３８億円）」 in a box above or below
     * its title, the slide's page number alone on its last line): for each line of a slide, the slide's title (the name
     * right under the box, else its first line that is a name, and the line after it when the name goes on there); null
     * elsewhere, and everywhere in a document of fewer than two such slides.
     */
    String[] slideTitles(List<SourceLine> in) {
      String[] out = new String[in.size()];
      int start = 0;
      int slides = 0;
      int documentTitle = firstText(in); // (the document's title is no slide's)
      for (int k = 0; k <= in.size(); k++) {
        boolean end = k == in.size() || PAGE_NUMBER_LINE.matcher(in.get(k).text()).matches()
            || k > start && in.get(k).page() != in.get(k - 1).page();
        if (!end) continue;
        // the name right under a box (its accounts' checks between), else the slide's first name (a box at its foot)
        // (the title is at the slide's top, among its first four lines, a program's name (「…助成金」, not a running
        // header); or right under its box, only its accounts' checks between: 「一般 労災 雇用 徴収」 over 「○ ○」)
        String first = null;
        String fund = null; // the first of those names that is a fund's: 「…交付金」 under the slide's theme 「…の推進」
        String underBox = null;
        int boxes = 0;
        int seen = 0;
        boolean inBox = false; // on the lines of a box: its label, its figures, its bracketed last year's
        boolean onlyChecks = false; // since the box, only blank lines and the accounts' checks
        boolean form = false; // a form's fields (「事業名 …」 over 「予算額 …」 over 「内容 …」): no slide
        for (int j = start; j < k; j++) {
          String t = in.get(j).text();
          if (FORM_PROGRAM.matcher(t).matches()) form = true;
          if (!t.isBlank() && !(start == 0 && coverLine(t, j == documentTitle))) seen++;
          boolean label = BOX_LABEL_LINE.matcher(t).matches() && j + 1 < k && AMOUNT.matcher(in.get(j + 1).text().strip()).lookingAt();
          if (BOX_LINE.matcher(t).lookingAt() || label || inBox && (AMOUNT.matcher(t).find() || BOX_LABEL_LINE.matcher(t).matches())) {
            // (a box's label over its figure, 「２６年度予算（案）」 over 「１５．０億円」, and the 補正 under it: one box)
            if (!inBox) boxes++;
            inBox = true;
            box[j] = true;
            onlyChecks = true;
            continue;
          }
          inBox = false;
          String title = j == documentTitle ? null : slideName(in, j, k);
          if (title != null && first == null && seen <= 4 && programWord(title)) first = title;
          if (title != null && fund == null && seen <= 4 && FUND_WORDS.matcher(title).find()) fund = title;
          if (title != null && onlyChecks && underBox == null) underBox = title;
          if (!t.isBlank() && !ACCOUNT_CHECKS.matcher(t).matches() && !ACCOUNT_LINE.matcher(t).matches()) onlyChecks = false;
        }
        String title = underBox != null ? underBox : fund != null ? fund : first;
        // (a slide: a page, or a part that its number ends, of a few dozen lines)
        if (boxes == 1 && title != null && k - start <= SLIDE_LINES && !form) { // (one program's box: a page of several is no slide)
          for (int j = start; j < k; j++) out[j] = title;
          slides++;
        } else {
          for (int j = start; j < k; j++) box[j] = false;
        }
        start = k + 1;
      }
      return slides >= 2 ? out : new String[in.size()]; // a deck: two slides or more
    }

    /** A line of a deck's cover before its first slide: its title, subtitle, date, ministry, or a note (「※ 各事業の金額は…」). */
    private static boolean coverLine(String t, boolean title) {
      String s = t.strip();
      return title || s.startsWith("※") || s.startsWith("～") || s.matches("(?:令和|平成)\\S{1,3}年\\S{1,3}月(?:\\S{1,3}日)?")
          || s.matches(MINISTRY);
    }

    /** The most lines a slide has (a page of bullets under its title and box). */
    static final int SLIDE_LINES = 40;

    /** The index of the first line with text. */
    static int firstText(List<SourceLine> in) {
      for (int j = 0; j < in.size(); j++) if (!in.get(j).blank()) return j;
      return -1;
    }

    /** The name a slide's line {@code j} (of a slide that ends before {@code end}) is the title of, or null. */
    String slideName(List<SourceLine> in, int j, int end) {
      String t = in.get(j).text();
      if (t.isBlank() || t.length() > MAX_LINE || AMOUNT.matcher(t).find() || ACCOUNT_CHECKS.matcher(t).matches()
          || ACCOUNT_LINE.matcher(t).matches() || FIELD_LINE.matcher(t).find() || Repair.NUMBERED.matcher(t).lookingAt()
          || t.strip().startsWith("※") || t.strip().startsWith("・") || t.contains("内線") || t.contains("目次") || t.contains("……")
          || t.strip().matches("[（(][^（()）]*[）)]") // (a remark in brackets: 「（要望額なし）」 under a box)
          || t.strip().startsWith("うち")) { // (a part of the box's figure: 「うち 地域資源コーディネーター」)
        return null;
      }
      // (names side by side over their figures, 「義務的分担金 任意拠出金」 over 「４９５億円 １８５億円」: two boxes' names)
      int words = t.strip().split("\\s+").length;
      if (j + 1 < end && words >= 2 && AMOUNT.matcher(in.get(j + 1).text()).results().count() == words) {
        return null;
      }
      Named n = name(t);
      if (n == null) return null;
      // a title wrapped over two lines: 「地域の中小企業における人材確保・定着」 over 「支援モデル事業」, or its bracket
      // below it: 「人材開発支援助成金」 over 「（事業展開等リスキリング支援コース…）」
      if (j + 1 < end) {
        String next = in.get(j + 1).text().strip();
        // (not a slide's theme over its fund's own name: 「…の全国展開」 over 「地域経済循環創造事業交付金」)
        Named alone = next.isEmpty() ? null : name(next);
        boolean ownName = alone != null && alone.name().length() >= 10 && FUND_WORDS.matcher(alone.name()).find();
        Named whole = next.isEmpty() || AMOUNT.matcher(next).find() || ownName ? null : name(t.strip() + next);
        if (whole != null && (next.startsWith("（") || Repair.nameGoesOn(t) || programWord(whole.name()) && !programWord(n.name()))) {
          return whole.name();
        }
      }
      return n.name();
    }

    /**
     * Marks the lines of calculations: a line naming 積算 in brackets, and the lines under it up to a blank line, a
     * numbered heading or a line of the program's own figures (「対前年度 …」, 「所要額 …」; the extraction's repairs took
     * the indentation that set the calculation apart).
     */
    static boolean[] reckoning(List<SourceLine> lines) {
      boolean[] out = new boolean[lines.size()];
      for (int k = 0; k < lines.size(); k++) {
        if (!RECKONING.matcher(lines.get(k).text()).find()) continue;
        out[k] = true;
        for (int j = k + 1; j < lines.size() && !lines.get(j).blank() && lines.get(j).page() == lines.get(k).page()
            && !Repair.NUMBERED.matcher(lines.get(j).text()).lookingAt() && !RECKONING_END.matcher(lines.get(j).text()).lookingAt(); j++) {
          out[j] = true;
        }
      }
      return out;
    }

    /**
     * The words of the line above that line i's sentence starts with, or null: that line is prose (kana in it) without a
     * sentence's end; its words after its last figure (all of it when it has none) go on with this line when this one
     * starts with kana, the line above broke a year's word (「今」 over 「年度当初予算で」), or this one starts with a
     * figure after the words of its label (「…一般会計予備費」 over 「５０億円を使用し」) or after a name and the particle
     * that takes it (「…業務改善助成金に」 over 「４５，６００．０百万円を追加計上する」).
     */
    String sentenceBefore(int i) {
      if (i == 0) return null;
      SourceLine prev = lines.get(i - 1);
      String p = prev.text().strip();
      String t = lines.get(i).text().strip();
      if (prev.page() != lines.get(i).page() || p.isEmpty() || t.isEmpty() || p.length() + t.length() > MAX_LINE) return null;
      if (!HIRAGANA.matcher(p).find() || "。」）)：:".indexOf(p.charAt(p.length() - 1)) >= 0) return null;
      // the words after the line's last figure (「…に加え、…ため一般会計予備費」 over 「５０．０億円を使用し」)
      int last = 0;
      int lastStart = 0;
      for (Matcher a = AMOUNT.matcher(p); a.find(); ) {
        lastStart = a.start();
        last = a.end();
      }
      String tail = p.substring(last);
      if (last > 0 && RANGE_MARK.matcher(tail).matches() && AMOUNT.matcher(t).lookingAt()) {
        // 「補助上限 ７５０万円～」 over 「２，５００万円、…」: the range's end is read with its start, from its clause
        int clause = Math.max(Math.max(p.lastIndexOf('、', lastStart), p.lastIndexOf('。', lastStart)), p.lastIndexOf('，', lastStart));
        return p.substring(clause + 1);
      }
      if (tail.isBlank()) return null;
      // (not a part's line under a line of a bare figure: 「うち過疎地域分 １２０」 over 「うち 地域づくり人材育成事業 ５６」)
      boolean wrapped = HIRAGANA.matcher(t.substring(0, 1)).matches() && !(t.startsWith("うち") && p.matches(".*[0-9０-９]"))
          || "今来昨本前当".indexOf(p.charAt(p.length() - 1)) >= 0 && t.startsWith("年度")
          || last > 0 && AMOUNT.matcher(t).lookingAt() && !HIRAGANA.matcher(p.substring(p.length() - 1)).matches()
          // 「…ため、業務改善助成金に」 over 「４５，６００百万円を追加計上する」: a name and the particle that takes the figure
          || AMOUNT.matcher(t).lookingAt() && PARTICLE_BEFORE_FIGURE.matcher(p).find()
          // 「…負担金につきましては、…経費を合わせまして、」 over 「１兆６，２４０億円を要求しております」: a topic's sentence
          // that goes on with its figure
          || AMOUNT.matcher(t).lookingAt() && p.endsWith("、") && p.matches(".*(?:につきましては|については)、.*")
          // 「…拠出金については、このほか」 over 「2024年度補正予算において ９億円を措置」
          || YEAR_START.matcher(t).lookingAt() && p.matches(".*[ぁ-ゖ、]$")
          // 「…令和７年度」 over 「補正予算（１１０億円）により…」: a budget's name cut after its year
          || p.endsWith("年度") && BUDGET_AFTER_YEAR.matcher(t).lookingAt()
          // 「…令和７年度補正予算においても、」 over 「無償資金協力 ８７０億円を措置した」: the budget the next line's figure is of
          || SENTENCE_BUDGET_END.matcher(p).find() && AMOUNT.matcher(t).find()
          // 「…の保護者負担軽減に向けた実態調査等経費」 over 「３億円を計上」; 「（前年」 over 「度１兆７８４億円）」
          // (not a program's description in a list's cell over its figure: 「…派遣等への支援」 over 「４，６５２百万円の内数」)
          || !p.contains("  ") && (AMOUNT.matcher(t).lookingAt() && PROGRAM_WORDS.matcher(p).find() && !DESCRIPTION.matcher(p).find()
              || p.endsWith("前年") && t.startsWith("度"));
      if (!wrapped || last > 0 && !HIRAGANA.matcher(tail).find()) return null;
      // the budget the sentence began with, before the line's figures: 「令和７年度補正予算において、…事業に ２，４５０億円、
      // 森林整備事業に」 over 「４８０億円を措置」 (the second figure is that budget's too)
      Matcher budget = last > 0 ? SENTENCE_BUDGET.matcher(p.substring(0, last)) : null;
      return budget != null && budget.find() ? budget.group() + tail : tail;
    }

    /** A line that ends with the budget its sentence's figures are of: 「…令和７年度補正予算においても、」. */
    static final Pattern SENTENCE_BUDGET_END = Pattern.compile(A_BUDGET + "\\s*(?:において|では|で|により)も?[、，,]?$");

    /** The rest of a budget's name after its year: 「補正予算」, 「当初予算」, 「第１次補正予算」. */
    static final Pattern BUDGET_AFTER_YEAR = Pattern.compile("(?:第\\S{1,2}次)?\\s*(?:補正|当初)予算");

    /** A range's mark after its first figure: 「７５０万円～」. */
    static final Pattern RANGE_MARK = Pattern.compile("\\s*(?:[～〜~]|から)\\s*");

    /** The budget a sentence's figures are of, as it opens: 「令和７年度補正予算において、」. */
    static final Pattern SENTENCE_BUDGET = Pattern.compile(
        A_BUDGET + "\\s*(?:において|では|で|により)[、，,]?");

    /** A line that starts with a fiscal year: 「2024年度補正予算において…」, 「令和６年度…」. */
    static final Pattern YEAR_START = Pattern.compile(ERA_YEAR);

    /** A line's end that is a name and the particle that takes a figure on the next line: 「…業務改善助成金に」. */
    static final Pattern PARTICLE_BEFORE_FIGURE = Pattern.compile("[\\p{IsHan}ァ-ヶー）)](?:に|として|には|から)$");

    /** Gives a status to the items of --fiscal-year of the table's row right above (within two lines) that have none. */
    void statusOfRowAbove(SourceLine l, String status) {
      for (int k = items.size() - 1; k >= 0; k--) {
        FoundItem f = items.get(k);
        if (f.origin().page() != l.page() || l.line() - f.origin().line() > 2) break;
        if (f.status() != null || !f.fiscalYear().equals(fy) || !f.rules().contains("table-row")) continue;
        List<String> rules = new ArrayList<>(f.rules());
        rules.add("status-line-below");
        items.set(k, new FoundItem(f.program(), f.fiscalYear(), f.kind(), f.amount(), f.written(), status, f.origin(), f.confidence(), rules));
      }
    }

    /** Whether a line is a header of columns named by years and kinds only; keeps their labels. */
    boolean columnHeader(String text) {
      if (text.length() > MAX_LINE || AMOUNT.matcher(text).find()) return false;
      List<String> cells = new ArrayList<>(List.of(text.strip().split("(?:\\s|\u3000){2,}")));
      // the names' column and a notes' column around them: 「事　　　　項  2025年度予算額  2024年度予算額  備考」
      while (!cells.isEmpty() && cells.get(0).strip().matches("[事項区分業名称目\\s]{1,4}")) cells.remove(0);
      if (!cells.isEmpty() && NOTES_HEADER.matcher(cells.get(cells.size() - 1)).matches()) cells.remove(cells.size() - 1);
      if (cells.size() < 2) return false;
      List<Label> labels = new ArrayList<>();
      for (String c : cells) {
        if (!ONLY_LABEL_WORDS.matcher(c.strip()).matches()) return false;
        Label y = yearWords(c);
        BudgetKind kind = kindWord(c).orElse(null);
        if (y.year() == null && y.relativeYears() == 0 && kind == null) return false;
        labels.add(new Label("", y.year(), y.relativeYears(), kind, true, false));
      }
      columnLabels = labels;
      return true;
    }

    /**
     * The figure in place {@code k} of a row under a header of years and kinds ({@link #columnHeader}) takes that
     * column's year and kind when its own words name none.
     */
    Label inColumn(Label lab, int k) {
      if (columnLabels == null || k >= columnLabels.size() || lab.year() != null || lab.kind() != null || lab.relativeYears() != 0) return lab;
      Label c = columnLabels.get(k);
      return new Label(lab.name(), c.year(), c.relativeYears(), c.kind(), lab.cue() || c.cue(), lab.sentence());
    }

    /**
     * The program of a footnote's figure (「※2　このほか、今年度補正予算において８億円を措置。」): the row above, on the
     * same page, that carries the same mark after its figures (「看護職員確保対策事業　２２億円　２０億円※2」).
     */
    Named noteOwner(int i) {
      Matcher mark = NOTE_MARK.matcher(lines.get(i).text());
      if (!mark.find()) return null;
      String m = mark.group(1);
      for (int j = i - 1; j >= 0 && j >= i - 20 && lines.get(j).page() == lines.get(i).page(); j--) {
        String t = lines.get(j).text();
        int at = t.indexOf(m);
        if (at <= 0 || t.strip().startsWith(m)) continue;
        Matcher a = AMOUNT.matcher(t);
        if (!a.find() || a.start() > at) continue;
        Named n = name(t.substring(0, a.start()));
        return n == null ? null : new Named(n.name(), null, List.of("name-note-mark"), NAME_ABOVE);
      }
      return null;
    }

    /** Keeps a numbered heading with no figure of its own as the section's program (see {@link #heading}). */
    void heading(int i, String text) {
      Matcher number = SECTION_HEADING.matcher(text);
      // (its own number is no figure: 「(1) 地域資源…事業」)
      if (text.length() > MAX_LINE || !number.lookingAt() || AMOUNT.matcher(text).find()
          || BARE_FIGURE.matcher(text.substring(number.end())).find()) {
        return;
      }
      // a numbered heading ends the section before it, a program's or not (「２．予算額」, 「１．事業の目的」); an item of a
      // list (「①…」 over 「②…」 over 「③…」) is no section's heading
      // (a heading right over another is a group's; 「(1) …」 right under 「７ 関連する支援措置」, numbered otherwise, heads
      // its own section)
      boolean listed = i > 0 && SECTION_HEADING.matcher(lines.get(i - 1).text()).lookingAt()
              && numbering(lines.get(i - 1).text()) == numbering(text)
          || i + 1 < lines.size() && SECTION_HEADING.matcher(lines.get(i + 1).text()).lookingAt();
      Named n = listed || FIELD_LINE.matcher(LEADING_MARKERS.matcher(text.strip()).replaceFirst("") + " ").find() ? null : name(text);
      // (a heading numbered 「２ 」 with no mark after its number is a program's only when it names one: 「２ 地域経済循環創造
      // 事業交付金」, not 「１ 市場の規模」)
      if (n != null && !Repair.NUMBERED.matcher(text).lookingAt() && GROUP_HEADING_LINE.matcher(text.strip()).lookingAt()
          && !programWord(n.name())) {
        n = null;
      }
      if (n == null) {
        heading = null;
        // a numbered heading that names no program (「Ⅱ 総務省所管予算（一般会計）の総額」) ends the last program's reach too
        if (!listed && Repair.NUMBERED.matcher(text).lookingAt()) current = null;
        return;
      }
      heading = new Named(n.name(), n.status(), List.of("name-heading", "entry"), NAME_ABOVE + ENTRY); // as a numbered line right above
      headingIndex = i;
    }

    /**
     * The program a figure stated in a sentence is about, when the sentence names none: the section's heading, else
     * the last named figure's program, within reach, when budget's words say the figure is a budget's (「…ため一般会計予備費
     * ５０億円を使用し」 under 「（２）…補助金」; not 「最低賃金を５０円以上引き上げる」).
     */
    /** The kind of a heading's number, as its first character shows it: 「(」 for 「(1)」 and 「（１）」, 「1」 for any digit. */
    static char numbering(String text) {
      String t = text.strip();
      if (t.isEmpty()) return 0;
      char c = t.charAt(0);
      return c == '（' ? '(' : Character.isDigit(c) ? '1' : c >= '①' && c <= '⑳' ? '①' : c >= 'Ⅰ' && c <= 'Ⅻ' ? 'Ⅰ' : c;
    }

    Named sectionProgram(int i, boolean cue) {
      if (headingFor(i) != null) return headingFor(i);
      return cue && current != null && i - currentIndex <= CURRENT_PROGRAM_REACH
          ? new Named(current.program(), null, List.of("name-current-program"), NAME_CURRENT) : null;
    }

    /** The section's heading for a figure on line i, when it is nearer than the last named figure and within reach. */
    Named headingFor(int i) {
      return heading != null && headingIndex > currentIndex && i - headingIndex <= CURRENT_PROGRAM_REACH ? heading : null;
    }

    Result run() {
      int page = -1;
      for (int i = 0; i < lines.size(); i++) {
        SourceLine l = lines.get(i);
        if (l.page() != page) {
          flushPending();
          page = l.page();
          current = null;
          currentIndex = -1; // (a section's heading goes on over the page break: headingFor)
          // a table that ends a page (its unit and header, or rows) goes on with its rows on the next (「（別表）…」 over a
          // page break, a PDF's table cut by its page's end)
          // (so does a list of bare figures under a unit stated once at its top: 「（単位：千円）」 on a 別紙's first page only)
          if (tableAt != lastText && !(labelledRows && !hasColumns())) unit = null;
          otherSection = false;
          columnLabels = null; // (a header of years, 「令和５年度  令和６年度  令和７年度」, is its page's: a slide has no blank line to end it)
        }
        if (CAPS_TITLE.matcher(l.text().strip()).matches()) {
          capsBlock = true; // 「（別紙）…に係る特別交付税措置の上限額」: the rows below are caps per body or head, no budgets
          continue;
        }
        if (REVENUE_HEADER.matcher(l.text().strip()).matches()) {
          // 「平年度」 and 「初年度」 over a table's figures: a tax change's revenue in a normal year and in its first, no budget
          capsBlock = true;
          continue;
        }
        if (capsBlock && !l.blank()) {
          for (Matcher a = AMOUNT.matcher(l.text()); a.find(); ) notBudget++;
          continue;
        }
        if (GRANTS_HEADER.matcher(l.text()).find() && !AMOUNT.matcher(l.text()).find() && l.text().strip().split("\\s+").length >= 3) {
          // 「総合通信局 都道府県 事業主体 整備地区 整備区分 交付決定額」: the rows below are grants to bodies, no budgets
          grantRows = true;
          continue;
        }
        if (unit == null && lastTable != null && !l.blank() && i - lastTable.start() <= MAX_TABLE_GAP && sameHeader(l.text(), lastTable.header())) {
          // the table's header printed again, run together, over more of its rows (at the top of the next page:
          // 「事 項 令和６年度予算額 令和７年度予算額（案） …」): the table goes on, in its unit
          // (after the page's running title glued before it, the header as it was: the title's words are no columns)
          boolean glued = !l.text().replaceAll("\\s", "").startsWith(String.join("", lastTable.header()).replaceAll("\\s", ""));
          newTable(lastTable.unit(), glued ? lastTable.header() : List.of(l.laidOut()));
          tableAt = i;
          continue;
        }
        if (!l.blank()) lastText = i;
        if (l.blank()) {
          grantRows = false;
          capsBlock = false;
          columnLabels = null;
          flushAccount();
          restated = false; // (a （参考） of no budget, 「（参考）半日前予測の的中率 約４割」, ends with its paragraph)
          continue;
        }
        if (Repair.PAGE_NUMBER.matcher(l.text()).matches()) continue; // 「－ ２ －」: a page's number, no figure
        if (legend(l.text())) continue;
        if (i + 1 < lines.size() && !lines.get(i + 1).blank() && lines.get(i + 1).page() == l.page()
            && LEGEND_CUT.matcher(l.text()).find() && legend(l.text().strip() + lines.get(i + 1).text().strip())) {
          i++; // a legend wrapped onto the next line: 「…、［　］内は令和７年度」 over 「補正予算額である。」
          continue;
        }
        // 「（内訳）」 over 「・機材供与  １３２億円」: the parts of the figure above, no items of their own
        if (BREAKDOWN_LIST.matcher(l.text()).matches()) {
          breakdownList = true;
          continue;
        }
        if (breakdownList) {
          // (or its parts numbered in circles, on a line or a line each: 「①６２．３億円 ②４１．２億円 ③５．０億円」)
          if (l.text().strip().startsWith("・") || CIRCLED_PART.matcher(l.text().strip()).lookingAt()) {
            if (AMOUNT.matcher(l.text()).find()) notBudget++;
            continue;
          }
          breakdownList = false;
        }
        // 「第１ 平成２６年度補正予算」: the figures of its section that name no budget of their own are that budget's, to the
        // next heading numbered alike (「第３ 地方財政措置」)
        if (TOP_HEADING.matcher(l.text()).lookingAt() && l.text().length() <= MAX_LABEL && !AMOUNT.matcher(l.text()).find()) {
          localFinance = LOCAL_FINANCE_HEADING.matcher(l.text()).find() && !l.text().contains("予算");
          localFinanceNumber = null;
        } else if (GROUP_HEADING_LINE.matcher(l.text().strip()).lookingAt() && l.text().length() <= MAX_LABEL
            && !AMOUNT.matcher(l.text()).find()) {
          // a numbered section of the local finances' figures (「３ 平成２１年度の地方財政の姿（仮試算）」), to the next
          // section numbered alike
          // (inside a top heading's section of them, its numbered parts change nothing)
          boolean finances = LOCAL_FINANCE_HEADING.matcher(l.text()).find() && !l.text().contains("予算");
          if (!localFinance && finances) {
            localFinance = true;
            localFinanceNumber = "group";
          } else if ("group".equals(localFinanceNumber) && !finances) {
            localFinance = false;
            localFinanceNumber = null;
          }
        }
        Matcher section = SECTION_BUDGET.matcher(l.text());
        if (section.matches()) {
          Label y = label(section.group(2).replaceFirst("年度の", "年度") + " "); // (「平成２３年度の補正予算」)
          sectionBudget = y.year() == null ? null : new Label("", y.year(), 0, y.kind() != null ? y.kind()
              : y.year().equals(fy) ? headlineKind : BudgetKind.INITIAL, true, false);
          sectionNumber = section.group(1).strip().substring(0, 1);
        } else if (sectionBudget != null && Repair.NUMBERED.matcher(l.text()).lookingAt()
            && l.text().strip().startsWith(sectionNumber)) {
          sectionBudget = null;
        }
        // 「（参考）令和６年度補正予算（外務省所管）  ２，４６７億円」 over its 「・無償資金協力  ８１０億円」: that budget's
        // figures, as far as its ・ lines and the words between them go (blank lines too: a PDF's text has them)
        // (a （参考） block of no budget restates figures given above or gives others: 「（参考）主なポイント」)
        Matcher reference = REFERENCE_BUDGET.matcher(l.text());
        Matcher bracketedBudget = BRACKETED_BUDGET_HEADING.matcher(l.text().strip());
        if (bracketedBudget.matches()) {
          // 「【２１年度当初予算（国費）】」 over its rows (in a 補正's document): the rows are that budget's figures
          Label y = yearWords(bracketedBudget.group(1));
          if (y.year() != null) {
            referenceBlock = new Label("", y.year(), 0, kindWord(bracketedBudget.group(2) + "予算").orElseThrow(), true, false);
            restated = false;
            continue;
          }
        }
        // (「（参考）」 alone among a table's header, a cell a line, over 「令和６年度」 「補正予算額」: its column is given for
        // reference, and its cells are that budget's figures as any column's)
        boolean headerCell = unit != null && !hasColumns() && header != null && l.text().strip().matches(REFERENCE_MARK);
        if (REFERENCE_HEADING.matcher(l.text()).lookingAt() && !headerCell) {
          Label y = reference.lookingAt() ? yearWords(reference.group(1)) : null;
          BudgetKind kind = reference.lookingAt() ? kindWord(reference.group(1)).orElse(null) : null;
          referenceBlock = y != null && y.year() != null && kind != null ? new Label("", y.year(), 0, kind, true, false) : null;
          Matcher yearAtEnd = REFERENCE_YEAR_AT_END.matcher(l.text().strip());
          if (referenceBlock == null && yearAtEnd.find()) {
            // 「（参考）本交付金に一括化する主な個別補助金等の２１年度予算額」: that year's budget of each row below
            Label at = yearWords(yearAtEnd.group(1));
            if (at.year() != null) referenceBlock = new Label("", at.year(), 0, BudgetKind.INITIAL, true, false);
          }
          restated = referenceBlock == null;
          referenceFigure = AMOUNT.matcher(l.text()).find();
        } else if (referenceBlock != null && referenceFigure && numberAfter(l.text(), lastNumber)) {
          // a figure for reference on its heading's line under a program's entry (「（１）流域治水対策 …」 over 「（参考）令和２年度
          // 第３次補正予算 国費 ４，１８６億円」), then 「（２）…」: the document's numbering goes on, and the block has ended
          referenceBlock = null;
        } else if ((referenceBlock != null || restated) && BUDGET_HEADING_LINE.matcher(l.text().strip()).lookingAt()) {
          // in a （参考） block of past measures, a heading that names a budget (「第１次補正予算（令和２年４月３０日成立） 総務省
          // 所管 計 １２兆…」): the figures under it are that budget's (an era-less one is --fiscal-year's); its own is their total
          Label y = yearWords(l.text());
          BudgetKind kind = kindWord(l.text()).orElse(BudgetKind.SUPPLEMENTARY);
          referenceBlock = new Label("", y.year() != null ? y.year() : fy, 0, kind, true, false);
          restated = false;
          for (Matcher a = AMOUNT.matcher(l.text()); a.find(); ) notBudget++;
          continue;
        } else if ((referenceBlock != null || restated) && (Repair.NUMBERED.matcher(l.text()).lookingAt() && !AMOUNT.matcher(l.text()).find()
            || l.text().strip().startsWith("（注") || l.text().strip().startsWith("※")
            // (a section's heading 「３ 主要施策（一般会計）」, a page's number, a table's unit: the block has ended)
            || GROUP_HEADING_LINE.matcher(l.text().strip()).lookingAt() || PAGE_NUMBER_LINE.matcher(l.text()).matches()
            // (a table's unit after a heading of no budget: 「（参考）主な経常調査の要求額」 over 「（単位：百万円）」, a table
            // whose header says its years)
            || referenceBlock == null && UNIT_LINE.matcher(l.text().strip()).find())) {
          referenceBlock = null;
          restated = false;
          // (the page's number is no cell of a table; but under a row's name in a table of a declared unit, a number alone
          // is its first cell, a cell a line: 「消防団の充実強化」 over 「２８６」)
          if (PAGE_NUMBER_LINE.matcher(l.text()).matches() && !(unit != null && pendingName != null)) continue;
        } else if (restated) {
          if (AMOUNT.matcher(l.text()).find()) notBudget++;
          continue;
        }
        if (referenceBlock == null && !restated) {
          Matcher number = PAREN_NUMBER.matcher(l.text());
          if (number.lookingAt()) lastNumber = Integer.parseInt(number.group(1));
        }
        if (unit == null && columnHeader(l.text())) continue; // (a declared unit's table reads its header itself)
        Matcher form = FORM_PROGRAM.matcher(l.text());
        if (form.matches()) {
          Named n = name(form.group(1));
          formProgram = n == null ? null : n.name();
          otherSection = false;
        } else if (FORM_PROGRAM_LABEL.matcher(l.text()).matches() && i + 1 < lines.size() && !lines.get(i + 1).blank()) {
          // a form's name field a cell a line: 「事 業 名」 over 「感染症危機管理体制整備事業」
          Named n = name(lines.get(i + 1).text());
          formProgram = n == null ? null : n.name();
          otherSection = false;
        }
        if (OTHER_SECTION.matcher(l.text()).find()) {
          otherSection = true;
          unit = null;
        } else if (BUDGET_SECTION.matcher(l.text()).find() || SHEET_BOX.matcher(l.text().strip()).lookingAt()) {
          otherSection = false;
        }
        if (otherSection || OTHER_UNIT.matcher(l.text()).find()) {
          if (Repair.hasYen(l.text()) || BARE_FIGURE.matcher(l.text()).find()) notBudget++;
          continue;
        }
        if (reckoning[i]) {
          if (AMOUNT.matcher(l.text()).find() || unit != null && BARE_FIGURE.matcher(l.text()).find()) notBudget++;
          continue;
        }
        heading(i, l.text());
        Matcher part = PART_HEADING.matcher(l.text());
        if (part.lookingAt()) sectionStatus = part.group(1) != null ? part.group(1) : null;
        lineIndex = i;
        SourceLine row = withoutSideText(withoutFigureNote(l));
        if (table(row)) {
          tableAt = i; // a line of the table: its unit, its header or a row
          continue;
        }
        line(i, unit != null ? row.withText(withUnit(row.text())) : row);
      }
      flushPending();
      Set<FoundItem> subtotals = subtotals();
      List<FoundItem> kept = items.stream().filter(f -> !subtotals.contains(f)).toList();
      List<FoundItem> once = restatedOnce(dedupe(kept));
      return new Result(once, notBudget + subtotals.size() + kept.size() - once.size());
    }

    // -- tables: 「（単位：百万円）」, a header of years and columns, rows of a name and figures --

    /**
     * A row kept waiting for the rest of its cut name (see {@link #table}), written as it is when the rest does not
     * come; any figures waiting for a name below them are dropped.
     */
    void flushPending() {
      flushAccount();
      flushKinds();
      flushTier();
      if (pendingFigures != null && pendingName != null) {
        tableRow(pendingFigures, pendingName, pendingCells, null);
        pendingName = null;
      }
      pendingFigures = null;
    }

    /**
     * A row of a table by account (a 区分 column: 「(1) 原子力の基礎基盤研究・安全研究の  一般会計  5,210  5,890」): the
     * program's rows, one per account, wait for its 計 row, whose figures are the program's; a program in one account
     * has no 計, its row is the program's. The rest of a name wrapped onto the next account's row joins the name.
     */
    void byAccount(SourceLine l, String part, String[] cells, String status) {
      boolean numbered = BRACKETED_NUMBER.matcher(part).lookingAt() || Repair.NUMBERED.matcher(part).lookingAt();
      // a new program: a numbered name, a name in a table whose names are not numbered, the accounts' totals; else the
      // rest of the name above (「推進」)
      boolean starts = !part.isEmpty() && (numbered || !accountNumbered || accountRows.isEmpty() || part.contains("合計"));
      if (starts || accountRows.isEmpty() && !accountSkip) {
        flushAccount();
        accountSkip = part.isEmpty() || part.contains("合計"); // 「会計別合計」: the accounts' totals, no program
        accountNumbered = numbered;
        accountProgram = accountSkip ? null : part;
      } else if (!part.isEmpty() && accountProgram != null) {
        accountProgram += part; // 「原子力の基礎基盤研究・安全研究の」 over 「推進  エネルギー対策特別会計 …」
      }
      if (accountSkip) {
        notBudget += cells.length;
        return;
      }
      accountRows.add(new AccountRow(l, cells));
      if (accountStatus == null) accountStatus = status;
    }

    /**
     * A row of a table whose columns are programs and whose rows are years and kinds (「令和７年度当初  120  1,245  648」
     * under 「こども誰でも … 放課後児童 …」 / 「通園制度の実 … クラブの運営 …」 / 「施 … 支援 …」): each column's name is
     * its header's words, line by line, where they start at the same place; the row's label gives the year and kind.
     * False when the row's words are no year's or the header's columns are not as many as the row's figures.
     */
    boolean transposed(SourceLine l, String rowName, String[] cells) {
      if (header == null || cells.length < 2 || !ONLY_LABEL_WORDS.matcher(rowName).matches()) return false;
      Label row = yearWords(rowName);
      if (row.year() == null && row.relativeYears() == 0) return false;
      List<String> names = transposedColumns;
      if (names == null) {
        List<String> headerLines = new ArrayList<>(header);
        if (pendingName != null) { // a header's last line, taken for a name on its own: where it stands
          SourceLine above = lineIndex > 0 ? lines.get(lineIndex - 1) : null;
          headerLines.add(above != null && above.text().strip().equals(pendingName) ? above.laidOut() : pendingName);
        }
        names = headerColumns(headerLines);
      }
      if (names.size() != cells.length) return false;
      transposedColumns = names;
      pendingName = null;
      BudgetKind kind = kindWord(rowName).orElse(row.year() != null && row.year().equals(fy) ? headlineKind : BudgetKind.INITIAL);
      FiscalYear year = row.relativeYears() != 0 ? shift(fy, row.relativeYears()) : row.year();
      for (int k = 0; k < cells.length; k++) {
        Named n = name(names.get(k));
        String cell = cells[k].strip();
        if (n == null || cell.matches("[－―—\\-‐]|皆増|皆減") || NOT_BUDGET.get("reference").matcher(names.get(k)).find()) {
          notBudget++;
          continue;
        }
        String written = cellWritten(cell, unit);
        Amount amount = amount(written);
        if (amount == null) continue;
        add(new FoundItem(n.name(), year, kind, amount, written, null, l, Math.min(1.0, BASE + NAME_ABOVE + BUDGET_WORD + ENTRY),
            List.of("table-transposed")));
      }
      return true;
    }

    /**
     * The columns of a header's lines: the words that start at the same place (±3 columns of a fixed-width page, a
     * full-width character two) line by line, joined, left to right.
     */
    static List<String> headerColumns(List<String> lines) {
      List<int[]> starts = new ArrayList<>(); // {column on the page, line, start, end}
      for (int li = 0; li < lines.size(); li++) {
        String line = lines.get(li);
        Matcher c = HEADER_CELL.matcher(line);
        while (c.find()) starts.add(new int[] {width(line, c.start()), li, c.start(), c.end()});
      }
      starts.sort(java.util.Comparator.comparingInt((int[] a) -> a[0]).thenComparingInt(a -> a[1]));
      List<StringBuilder> out = new ArrayList<>();
      int last = Integer.MIN_VALUE;
      for (int[] st : starts) {
        if (out.isEmpty() || st[0] - last > 3) out.add(new StringBuilder());
        last = st[0];
        out.get(out.size() - 1).append(lines.get(st[1]), st[2], st[3]);
      }
      return out.stream().map(StringBuilder::toString).toList();
    }

    /** The columns {@code text[0, end)} takes on a fixed-width page: two for a full-width character. */
    static int width(String text, int end) {
      int w = 0;
      for (int k = 0; k < end; k++) {
        char c = text.charAt(k);
        w += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
            || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
      }
      return w;
    }

    /** A program of a table by account whose 計 did not come: its one row is the program's. */
    void flushAccount() {
      if (accountProgram != null && accountRows.size() == 1) {
        tableRow(accountRows.get(0).line(), accountProgram, accountRows.get(0).cells(), accountStatus);
      } else {
        for (AccountRow row : accountRows) notBudget += row.cells().length;
      }
      accountRows.clear();
      accountProgram = null;
      accountStatus = null;
      accountSkip = false;
    }

    /**
     * The header's lines as {@link #columns} reads them: a header a cell a line (text extracted without layout: 「令和７年度」
     * over 「当初予算額」 over 「令和８年度」 over 「予算額（案）」) as one line, a year and its label side by side.
     */
    List<String> headerWords() {
      List<String> cells = header.stream().map(h -> squeezed(h).strip()).filter(h -> !h.isEmpty()).toList();
      return cells.size() >= 3 && header.stream().allMatch(ItemFinder::cellAlone) ? List.of(String.join(" ", cells)) : header;
    }

    /** Whether the table's rows are 目, objects of expense: its header's first word is 「目」. */
    boolean objectColumn() {
      for (String h : header) {
        String first = squeezed(h).strip().split("\\s+")[0];
        if (!first.isEmpty()) return first.equals("目");
      }
      return false;
    }

    /** Whether the table's header has a 区分 column, which may say each row's kind of figure. */
    boolean kindColumn() {
      if (header == null) return false;
      for (String h : header) if (SORT_COLUMN.matcher(h).find()) return true;
      return false;
    }

    /**
     * A row of a table by kind of figure (a 区分 column of 当初, 補正, 執行 beside columns of years): 「0001 …の適正な執行・
     * 監督  当初  1,212  1,305 …」 over 「に必要な経費  補正  －  120」 and 「執行  1,098  1,297」. A program's rows wait until
     * the next program's first row, since the rest of its name is on the rows below; each figure is of its column's year
     * and of the row's kind, unless the column's header says its kind (「令和８年度 要求額」).
     */
    void byKind(SourceLine l, String part, BudgetKind kind, String[] cells, String status) {
      part = ROW_NUMBER.matcher(part).replaceFirst("");
      boolean starts = !part.isEmpty() && (kindRows.isEmpty() && kindProgram == null || kind == kindFirst);
      if (starts) {
        flushKinds();
        kindFirst = kind;
        kindProgram = TOTAL_ROW.matcher(part).matches() ? null : part;
      } else if (!part.isEmpty() && kindProgram != null) {
        kindProgram += part; // 「…の適正な執行・監督」 over 「に必要な経費  補正 …」
      }
      if (kindProgram == null) {
        notBudget += cells.length; // a 計's rows
        return;
      }
      kindRows.add(new KindRow(l, cells, kind, status, unit, columns));
    }

    /** The rows of the program of a table by kind (see {@link #byKind}), now that its name is whole. */
    void flushKinds() {
      String program = kindProgram;
      List<KindRow> rows = List.copyOf(kindRows);
      kindRows.clear();
      kindProgram = null;
      Named n = program == null ? null : name(program);
      for (KindRow row : rows) {
        if (n == null) notBudget += row.cells().length;
        else rowItems(row.line(), n, row.cells(), kindColumns(row), row.kind(), row.status(), row.unit());
      }
    }

    /**
     * The columns of a row by kind with fewer cells than columns: a program's first row (its 当初) has the later years'
     * (a new program has none before), the rows below it (補正, 執行) the years its first columns are of.
     */
    List<Column> kindColumns(KindRow row) {
      int n = row.cells().length;
      List<Column> all = row.columns();
      return row.kind() == kindFirst ? all.subList(all.size() - n, all.size()) : all.subList(0, n);
    }

    /**
     * Whether the table's header is two tiers of as many columns, each line its own labels and no year: 「当初予算額
     * 補正予算額  前年度繰越額  流用等増△減額」 over 「歳出予算現額  支出済歳出額  翌年度繰越額  不用額」, a row a line of each
     * (a settlement's eight columns, too wide for one line). Keeps their columns in {@link #tiers}.
     */
    boolean tiered() {
      if (tiers == null) {
        tiers = List.of();
        List<String> words = header.stream().filter(h -> columnWords(squeezed(h)).find()).toList();
        if (words.size() == 2 && words.stream().noneMatch(h -> TABLE_YEAR.matcher(columnText(h)).find())) {
          List<Column> top = columns(List.of(words.get(0)));
          List<Column> bottom = columns(List.of(words.get(1)));
          if (top.size() >= 3 && top.size() == bottom.size()) tiers = List.of(top, bottom);
        }
      }
      return !tiers.isEmpty();
    }

    /**
     * A line of a table of two tiers: a row's first line (a name and the top tier's cells) waits for its second (the
     * bottom tier's cells, and the rest of a name wrapped in its cell: 「独占禁止法違反事件の審査等に必要な」 over 「経費」).
     */
    boolean tierLine(SourceLine l, RowShape row) {
      String part = row.name().strip();
      if (tierRow != null && row.cells().length == tiers.get(1).size() && part.length() <= 12 && !TOTAL_ROW.matcher(part).matches()) {
        TierRow top = tierRow;
        tierRow = null;
        Named n = name(top.name() + part);
        if (n == null || TOTAL_ROW.matcher(top.name()).matches()) {
          notBudget += top.cells().length + row.cells().length;
        } else {
          rowItems(top.line(), n, top.cells(), tiers.get(0), null, null, unit);
          rowItems(l, n, row.cells(), tiers.get(1), null, null, unit);
        }
        return true;
      }
      if (!part.isEmpty() && row.cells().length == tiers.get(0).size()) {
        flushTier();
        tierRow = new TierRow(l, part, row.cells());
        return true;
      }
      return false;
    }

    /**
     * A row, its figures (as many as the columns) and then a note in its 備考 cell, a space apart (text extracted
     * without layout): 「(4) …事業再生支援 72.0 84.5 令和7年度補正予算 85.0」. A note that states another budget's figure
     * (「令和７年度補正予算 85.0」) is the program's item of that budget; the figures of any other note are no items.
     */
    boolean rowWithNote(SourceLine l) {
      String text = l.text();
      List<int[]> tokens = tokens(text);
      int n = columns.size();
      if (n == 0) return false; // (no columns: the line is read on its own)
      for (int k = 1; k + n < tokens.size(); k++) {
        boolean cells = true;
        for (int c = k; c < k + n && cells; c++) cells = CELL.matcher(text.substring(tokens.get(c)[0], tokens.get(c)[1])).matches();
        if (!cells || CELL.matcher(text.substring(tokens.get(k + n)[0], tokens.get(k + n)[1])).matches()) continue;
        String name = text.substring(0, tokens.get(k)[0]).stripTrailing();
        String note = text.substring(tokens.get(k + n)[0]);
        if (!NAME_END.matcher(name).find() || CELL.matcher(text.substring(tokens.get(k - 1)[0], tokens.get(k - 1)[1])).matches()) {
          return false;
        }
        String[] figures = cellsOf(text, tokens, k);
        tableRow(l, name, java.util.Arrays.copyOf(figures, n), null);
        Matcher budget = NOTE_BUDGET.matcher(note.strip());
        Named program = name(ROW_NUMBER.matcher(name).replaceFirst(""));
        Amount amount = budget.matches() ? amount(budget.group(2) + unit) : null;
        if (program != null && amount != null) {
          Label y = yearWords(budget.group(1));
          add(new FoundItem(program.name(), y.year() != null ? y.year() : fy, kindWord(budget.group(1)).orElse(BudgetKind.INITIAL),
              amount, budget.group(2) + unit, null, l, BASE + TABLE_ROW, List.of("table-row", "row-note-budget")));
        } else {
          notBudget += (int) BARE_FIGURE.matcher(note).results().count();
        }
        pendingName = null;
        return true;
      }
      return false;
    }

    /** A row's first line whose second did not come: its own figures. */
    void flushTier() {
      TierRow top = tierRow;
      tierRow = null;
      if (top == null) return;
      Named n = TOTAL_ROW.matcher(top.name()).matches() ? null : name(top.name());
      if (n == null) notBudget += top.cells().length;
      else rowItems(top.line(), n, top.cells(), tiers.get(0), null, null, unit);
    }

    /** Whether the line was taken as part of a table. */
    boolean table(SourceLine line) {
      // a table extracted column by column under its unit (names, then a column's label and its cells a line each):
      // each cell is named by its place, as a figure alone with its unit is (columnName)
      // (a column's label right above its cells, 「平成２２年度予算額」: not a row's cells a line each under its name)
      if (unit != null && bareCell[lineIndex] && namesOfRun(runStart[lineIndex]).length > 0 && namesOfRun(runStart[lineIndex])[0] >= 0) {
        return false;
      }
      // 「…拠出金  4,820,415,000円  4,510,220,000円」 in a table of 円: its cells as the table's other rows write them
      String unitless = unit == null ? null : unitlessRow(line.text());
      if (unit != null && columns != null && BRACKETED_FIGURES.matcher(line.text()).matches() && !bracketedColumn()) {
        // 「(820,000)」 alone under a row: its part in brackets (重要政策推進枠's 要望額 inside the request), no item
        notBudget += BRACKETED_CELL.matcher(line.text()).results().count();
        return true;
      }
      // 「うち 輸出産地サポート事業  （2,120）  （2,450）」: a part's row, every figure in brackets, is a row as any
      Matcher bracketed = unit == null || unitless != null ? null : BRACKETED_ROW.matcher(line.text());
      if (bracketed != null && bracketed.matches()) {
        unitless = bracketed.group(1) + BRACKETED_CELL.matcher(bracketed.group(2)).replaceAll("$1");
      }
      return tableLine(unitless == null ? line : line.withText(unitless));
    }

    /**
     * A table's row whose 備考 has a figure in it (「（項）皇族費  236,810  242,910  6,100  定額 ３，０５０万円を基礎」,
     * 「(1) 道路の防災・震災対策（公共）  1,380  事業費 2,120億円」): the row without its note, whose figures are no items;
     * any other line as it is.
     */
    /**
     * A table's row laid out with another box's text beside it, a wide gap apart (text extracted with its layout:
     * 「１ 緊急消防援助隊の充実強化  ５，０２０  ５，３８５  ３６５  １０７．３      【地方財政措置】」): the row without it, when
     * that leaves as many cells as the header has columns; its figures are no items. Any other line as it is.
     */
    SourceLine withoutSideText(SourceLine l) {
      if (unit == null || header == null || header.isEmpty()) return l;
      Matcher side = SIDE_TEXT.matcher(l.text());
      // (not a table's own 備考, nor a status in its last column: 「新規」, 「皆増」)
      if (!side.matches() || notesColumn() || STATUS_CELL.matcher(" " + side.group(2).strip()).find()
          || BudgetCsvReader.STATUSES.stream().anyMatch(side.group(2)::contains)) {
        return l;
      }
      RowShape whole = rowShape(l.text());
      RowShape row = rowShape(side.group(1));
      if (row == null || row.name().isBlank() || whole != null && whole.cells().length == row.cells().length) return l;
      List<Column> cols = columns != null ? columns : columns(headerWords());
      if (cols == null || cols.size() != row.cells().length) return l;
      for (Matcher a = AMOUNT.matcher(side.group(2)); a.find(); ) notBudget++;
      return l.withText(side.group(1));
    }

    SourceLine withoutFigureNote(SourceLine l) {
      if (unit != null && notesColumn() && !Repair.hasYen(l.text())) {
        // a row's 備考 of words after its figure, one space between (「１ 緊急消防援助隊の充実強化 ５，４８０ 無償使用車両・資機材」,
        // 「（４，９２０） の整備等」): the row without it
        Matcher note = WORD_NOTE.matcher(l.text());
        // (a row's name and its figure before it, or its figure alone in brackets under a header that names such a column:
        // not a heading's number, 「１ 食料安全保障の…」, nor a row's, 「(15) 花粉の少ない森林への転換促進緊急総合対策」)
        if (note.matches() && (NAMED_FIGURE.matcher(note.group(1)).matches()
            || BRACKETED_ALONE.matcher(note.group(1).strip()).matches() && bracketedColumn() && !programWord(note.group(2)))
            && note.group(2).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && !note.group(2).contains("事項要求")
            && !STATUS_CELL.matcher(" " + note.group(2).strip()).matches()) {
          return l.withText(note.group(1));
        }
      }
      if (unit == null || !Repair.hasYen(l.text()) || !notesColumn()) return l;
      String bare = withoutNote(l.text());
      if (bare == null || Repair.hasYen(bare) || !BARE_FIGURE.matcher(bare).find()) return l;
      notBudget++;
      return l.withText(bare);
    }

    /**
     * Whether line i is in a run of four or more figures alone on their lines that step by the same amount
     * (「７００億円」 「６００億円」 「５００億円」 「４００億円」): a chart's scale, no budgets.
     */
    boolean axisRun(int i) {
      if (!aloneOnLine(i)) return false;
      int[] run = runAround(i, this::aloneOnLine);
      int from = run[0];
      int to = run[1];
      if (to - from + 1 < 4) return false;
      java.math.BigDecimal step = null;
      java.math.BigDecimal before = null;
      for (int k = from; k <= to; k++) {
        java.math.BigDecimal v = scaleValue(lines.get(k).text().strip());
        if (v == null) return false;
        if (before != null) {
          java.math.BigDecimal d = v.subtract(before);
          if (d.signum() == 0 || step != null && d.compareTo(step) != 0) return false;
          step = d;
        }
        before = v;
      }
      return true;
    }

    /** A figure alone as a chart's scale writes it: 「７００」 (bare, a unit declared apart) or 「７００億円」 (in yen). */
    private static java.math.BigDecimal scaleValue(String t) {
      if (BARE_ALONE.matcher(t).matches()) return new java.math.BigDecimal(t.replace(",", "").replace("△", "-").replace("▲", "-"));
      Amount a = amount(t);
      return a == null || a.yen() == null ? null : java.math.BigDecimal.valueOf(a.yen());
    }

    /** Whether the line after line k is a name's rest and the one after that a bare figure, a cell a line (the table's first row). */
    boolean restThenFigure(int k) {
      if (k + 2 >= lines.size()) return false;
      String rest = lines.get(k + 1).text().strip();
      return !rest.isEmpty() && !AMOUNT.matcher(rest).find() && !BARE_ALONE.matcher(rest).matches()
          && BARE_ALONE.matcher(lines.get(k + 2).text().strip()).matches();
    }

    /** How far below the start of a table its header may be printed again over more of its rows (a page or two). */
    static final int MAX_TABLE_GAP = 120;

    /** Whether a line is a table's header of at least two lines printed again on one line (spaces aside; a last column more). */
    static boolean sameHeader(String text, List<String> header) {
      if (header.size() < 2) return false;
      String words = String.join("", header).replaceAll("\\s", "");
      String t = text.replaceAll("\\s", "");
      // (its notes' column maybe more; or the page's running title glued before it: 「…の概要事項 第1号 第2号 …」)
      return words.length() >= 6 && (t.startsWith(words) || t.endsWith(words));
    }

    /** A table starts: its unit and the lines of its header so far; what the table before it kept is let go. */
    private void newTable(String unit, List<String> header) {
      flushPending();
      tiers = null;
      // a table titled by what its figures are (「第２－３－１表 消防庁予算の決算額の推移」 over its unit): its years' columns
      titleKind = null;
      allottedTable = false;
      // (the two lines with text above it: a PDF's text puts a blank line between a title and its unit)
      for (int k = lineIndex - 1, seen = 0; k >= 0 && seen < 2; k--) {
        if (lines.get(k).blank()) continue;
        seen++;
        if (TABLE_TITLE_SETTLED.matcher(lines.get(k).text()).find()) titleKind = BudgetKind.EXECUTED;
        if (TABLE_TITLE_ALLOTTED.matcher(lines.get(k).text()).find()) allottedTable = true;
      }
      cellRun.clear();
      this.unit = unit;
      this.header = new ArrayList<>(header);
      lastTable = new StartedTable(unit, this.header, lineIndex);
      columns = null;
      unitRows = false;
      labelledRows = false;
      rowsNumbered = false;
      transposedColumns = null;
      pendingName = null;
      figuresFirst = null;
    }

    /** A row's number before its words: 「10 経済産業省 …」. */
    private static final Pattern NUMBERED_ROW_START = Pattern.compile("\\s*([0-9]{1,3})\\s+(?=\\p{IsHan}|\\p{IsKatakana})");
    /** The number of the last numbered row of a table (「10 経済産業省 …」, 「5」 over its row), or -1. */
    int rowNumber = -1;

    /** Whether the line after {@code i} is words with no figure, on the same page (a row's start). */
    private boolean nameBelow(int i) {
      if (i + 1 >= lines.size() || lines.get(i + 1).page() != lines.get(i).page()) return false;
      String t = lines.get(i + 1).text().strip();
      return !t.isEmpty() && !AMOUNT.matcher(t).find() && !BARE_FIGURE.matcher(t).find() && t.codePoints().anyMatch(Repair::isJapanese);
    }

    /**
     * Whether a part that {@link #reject} turns away as a breakdown (「うち…」) is a program of its own under a section's
     * figure (「２ 地域再生の推進 ８４６」 over 「うち 地域再生マネージャー事業 ３１０」), not a share of a budget's whole
     * (「…警察庁予算（案） ３，３２４億円」 over 「うち 都道府県警察費補助金 １，０８９億円」).
     */
    boolean ownPart(int i, String label, String after) {
      if (!PROGRAM_PART.matcher(label).matches() || reject(label, after, "breakdown")) return false;
      int page = lines.get(i).page();
      for (int j = i - 1; j >= 0 && j >= i - 8 && lines.get(j).page() == page; j--) {
        String t = lines.get(j).text().strip();
        if (t.startsWith("うち") || t.startsWith("（") || t.startsWith("(") || !AMOUNT.matcher(t).find() && !BARE_FIGURE.matcher(t).find()) continue;
        Matcher a = AMOUNT.matcher(t);
        String before = a.find() ? t.substring(0, a.start()) : t;
        return !BUDGET_WHOLE.matcher(before).find();
      }
      return false;
    }

    /**
     * Whether the table has columns: read from its header, not none (under a unit with no header, 「（単位：千円）」 over
     * 「要求額 ４５，８２０」, each line is read on its own).
     */
    private boolean hasColumns() {
      return columns != null && !columns.isEmpty();
    }

    /** {@link #table}, of a line whose cells are bare figures. */
    private boolean tableLine(SourceLine l) {
      Matcher rowStart = NUMBERED_ROW_START.matcher(l.text());
      if (rowStart.lookingAt()) rowNumber = Integer.parseInt(rowStart.group(1)); // 「10 経済産業省 地域新成長…」
      if (unit == null && COLUMN_UNITS.matcher(l.text().strip()).matches()) {
        // each column's unit on a line of its own under the header: 「（億円）  （億円）  （％）」
        Matcher y = YEN_UNIT.matcher(l.text());
        String first = y.find() ? y.group(1) : null;
        boolean one = first != null;
        while (one && y.find()) one = y.group(1).equals(first);
        if (one) {
          // the header's lines right above it, without figures
          List<String> above = new ArrayList<>();
          for (int k = lineIndex - 1; k >= 0 && k >= lineIndex - 3; k--) {
            String h = lines.get(k).text();
            if (lines.get(k).blank() || AMOUNT.matcher(h).find() || BARE_FIGURE.matcher(h).find()) break;
            above.add(0, lines.get(k).laidOut());
          }
          newTable(first, above);
          return true;
        }
      }
      Matcher u = UNIT_LINE.matcher(l.text());
      if (u.find()) {
        // (what follows the unit on its line: a header's words, not the bracket that closes it)
        newTable(u.group(1) != null ? u.group(1) : u.group(2), List.of(l.text().substring(u.end()).replaceFirst("^[）)]", "")));
        return true;
      }
      Matcher headerUnit = HEADER_UNIT.matcher(l.text());
      if (unit == null && headerUnit.find() && !AMOUNT.matcher(l.text()).find()) {
        // the unit in a column's header: 「事業名  要求額（億円）  前年度予算額（億円）」
        newTable(headerUnit.group(1), List.of(l.laidOut()));
        return true;
      }
      if (unit == null) return false;
      if (columns != null && headerLine(l.text())) {
        // another table's header under the same unit (「（単位：千円）」 once at the top): its own columns
        newTable(unit, List.of(l.laidOut()));
        return true;
      }
      if (l.text().length() <= MAX_LINE && !Repair.hasYen(l.text())) {
        // a status in a last column of its own (備考) is the row's status, when the figures then fill the columns
        Matcher st = STATUS_CELL.matcher(l.text());
        RowShape whole = rowShape(l.text()); // read once: also the row of figures alone below
        List<String> tries = new ArrayList<>();
        String beforeStatus = st.find() ? l.text().substring(0, st.start()) : null;
        if (beforeStatus != null) tries.add(beforeStatus);
        tries.add(l.text());
        // a note in a last column of its own (備考: 「別途、国庫債務負担行為 120,000」, 「１駅当たり上限 50,000」) is no figure
        String withoutNote = notesColumn() ? withoutNote(l.text()) : null;
        if (withoutNote != null) tries.add(withoutNote);
        Matcher mark = NOTE_MARK_CELL.matcher(l.text()); // 「…  2,134,900  2,486,700  351,800  ※2」: the 備考's mark of a note
        if (mark.find()) tries.add(l.text().substring(0, mark.start()));
        for (String text : tries) {
          RowShape row = text.length() == l.text().length() ? whole : rowShape(text);
          if (row != null && tiered() && tierLine(l, row)) return true;
          if (row != null && row.name().isEmpty() && text == beforeStatus && pendingName != null && pendingFigures == null) {
            // a name on its lines above, then its figures alone and its 備考: 「－  350,000  350,000  新規（皆増）」
            if (columns == null) columns = columns(headerWords());
            if (columns.size() == row.cells().length) {
              String status = st.group(1);
              tableRow(l, pendingName, row.cells(), BudgetCsvReader.STATUSES.contains(status) ? status : null);
              pendingName = null;
              figuresFirst = false;
              return true;
            }
          }
          if (row == null || row.name().isEmpty()) continue;
          if (columns == null) columns = columns(headerWords());
          String[] cells = row.cells();
          if (columns.size() != cells.length) {
            // 「令和7年度 補正予算額 補正後」 over 「当初予算額 予算額」 (a PDF's extraction, one space between cells): the
            // year's label is on the line below, not the next word; read apart when that fits the row
            List<Column> apart = columns(header, true);
            if (apart.size() == cells.length) columns = apart;
          }
          if (transposed(l, row.name().strip(), cells)) return true;
          Matcher byKind = KIND_CELL.matcher(row.name().strip());
          if (cells.length <= columns.size() && byKind.matches() && kindColumn()) {
            byKind(l, byKind.group(1).strip(), kindWord(byKind.group(2)).orElseThrow(), cells,
                text == beforeStatus && BudgetCsvReader.STATUSES.contains(st.group(1)) ? st.group(1) : null);
            pendingName = null;
            return true;
          }
          Matcher basis = BASIS_TAIL.matcher(row.name().strip());
          if (columns.size() == cells.length && basis.find()) {
            // a row per basis (a 区分 column): 「沖縄振興公共投資交付金  事業費  87,240 …」 over 「（ハード交付金）  国　費
            // 49,700 …」; the name on the first, its rest on the second; the 国費 row is the program's budget, the 事業費
            // row (with the local governments' share) is not
            String name = row.name().strip().substring(0, basis.start()).strip();
            if (basis.group(1).startsWith("事")) {
              basisProgram = name.isEmpty() ? basisProgram : name;
              notBudget += cells.length;
            } else {
              String program = basisProgram == null ? name : basisProgram + name;
              if (program.isEmpty() || TOTAL_ROW.matcher(program).matches()) notBudget += cells.length;
              else tableRow(l, program, cells, text == beforeStatus ? st.group(1) : null);
              basisProgram = null;
            }
            pendingName = null;
            return true;
          }
          Matcher account = ACCOUNT_TAIL.matcher(row.name().strip());
          if (columns.size() == cells.length && account.find()) {
            byAccount(l, row.name().strip().substring(0, account.start()).strip(), cells, text == beforeStatus ? st.group(1) : null);
            return true;
          }
          if ((accountProgram != null || accountSkip) && TOTAL_ROW.matcher(row.name().strip()).matches() && columns.size() == cells.length) {
            if (accountProgram != null) tableRow(l, accountProgram, cells, accountStatus); // the program's 計
            else notBudget += cells.length;
            accountRows.clear();
            accountProgram = null;
            accountStatus = null;
            accountSkip = false;
            return true;
          }
          if (RATE_ROW.matcher(row.name().strip()).find() || TOTAL_ROW.matcher(row.name().strip()).matches()) {
            // 「執行率（％）  95  96」, 「計  181,560  200,000」: rates and totals, whatever the columns
            notBudget += cells.length;
            pendingName = null;
            return true;
          }
          // (a row without the figures of the differences' columns at the end: 「うち …  （2,120）  （2,450）」)
          boolean withoutDifferences = cells.length < columns.size()
              && columns.subList(cells.length, columns.size()).stream().allMatch(Column::difference);
          if (columns.size() == cells.length || withoutDifferences || (kindRow(row.name()) && cells.length < columns.size())) {
            // a name wrapped in its cell, its figures on the line of its rest: 「(3) スマート農業技術の開発・供給の加速化」
            // over 「及び導入支援（新規）  －  12,500」, 「…標準化・共通化に」 over 「向けた移行支援補助金  12,480,000」
            // and in a table whose rows are numbered (「1-(1)-②  …事業  1,480 …」), a numbered name over an unnumbered
            // line of figures: 「1-(1)-③  （新）売上高100億円を目指す中小企業の成長」 over 「投資支援事業  －  －  8,000」
            boolean numbered = ROW_NUMBER.matcher(row.name()).lookingAt();
            // (and a status alone, 「（新規）  －  6,800」 under its name: the row's status)
            String rowName = pendingName != null && (NAME_REST.matcher(row.name().strip()).lookingAt()
                || Repair.STATUS_ALONE.matcher(row.name().strip()).matches()
                || Repair.nameGoesOn(pendingName) && !BULLET_START.matcher(row.name()).lookingAt() // (「◆…」: a row of its own)
                || rowsNumbered && !numbered && ROW_NUMBER.matcher(pendingName).lookingAt()
                // (a name's last word alone before the figures: 「豪雪地帯安全確保緊急」 over 「対策 １５０，０００」)
                || row.name().strip().codePointCount(0, row.name().strip().length()) <= 3 && !programWord(pendingName)
                    && programWord(pendingName + row.name().strip()))
                ? pendingName + row.name().strip() : row.name();
            rowsNumbered = numbered || rowName != row.name() && ROW_NUMBER.matcher(rowName).lookingAt();
            pendingName = null;
            flushPending();
            figuresFirst = false;
            // 「縮減」「統合」 say what became of the row, but are no status a budget row has
            String status = text == beforeStatus ? st.group(1) : null;
            tableRow(l, rowName, cells, status != null && BudgetCsvReader.STATUSES.contains(status) ? status : null);
            pendingName = null;
            return true;
          }
        }
        if (columns != null && rowWithNote(l)) return true;
        List<RowShape> beside = sideBySide(l.text());
        if (beside.size() >= 2) {
          // two tables side by side, a row of each on the line: 「地域おこし協力隊推進事業  250  300   集落支援員推進事業  120  150」
          if (columns == null) columns = columns(headerWords());
          int width = beside.get(0).cells().length;
          if (columns.size() == width * beside.size()) {
            for (int k = 0; k < beside.size(); k++) tableRow(l, beside.get(k).name(), beside.get(k).cells(), null, k * width);
            pendingName = null;
            return true;
          }
        }
        RowShape last = whole == null ? namedLast(l.text()) : null;
        if (last != null) {
          if (columns == null) columns = columns(headerWords());
          if (columns.size() == last.cells().length) {
            tableRow(l, last.name(), last.cells(), null);
            pendingName = null;
            return true;
          }
        }
        RowShape figures = whole;
        if (figures != null && figures.name().isEmpty()) {
          if (columns == null) columns = columns(headerWords());
          String[] cells = figures.cells();
          if (totalBelow) { // 「合計」 over 「３，７９０」
            notBudget += cells.length;
            totalBelow = false;
            pendingName = null;
            return true;
          }
          if (cells.length == 1 && pendingName == null && cellRun.isEmpty() && cells[0].matches("[0-9]{1,3}") && nameBelow(lineIndex)
              && (lineIndex > 0 && lines.get(lineIndex - 1).blank() || Integer.parseInt(cells[0]) == rowNumber + 1)) {
            // a row's number a line of its own over the row's words (「5」 over 「総務省」): after a blank line, or the
            // number after the last row's
            rowNumber = Integer.parseInt(cells[0]);
            return true;
          }
          if (!cellRun.isEmpty() && cellRun.get(cellRun.size() - 1).line() != l.line() - 1) cellRun.clear(); // (a run cut off)
          if (pendingName != null && cells.length == 1 && cellRun.size() + 1 < columns.size()
              && (cellRun.isEmpty() || cellRun.get(cellRun.size() - 1).line() == l.line() - 1)) {
            // a table a cell a line (text extracted without layout): the row's figures each on a line of their own
            // under its name, as many as the columns
            cellRun.add(l.withText(cells[0]));
            return true;
          }
          if (pendingName != null && cells.length == 1 && !cellRun.isEmpty() && cellRun.size() + 1 == columns.size()
              && cellRun.get(cellRun.size() - 1).line() == l.line() - 1) {
            cellRun.add(l.withText(cells[0]));
            Named n = name(ROW_NUMBER.matcher(pendingName).replaceFirst(""));
            for (int k = 0; k < cellRun.size(); k++) {
              if (n != null) rowItems(cellRun.get(k), n, new String[] {cellRun.get(k).text()}, columns.subList(k, k + 1), null, null, unit);
              else notBudget++;
            }
            cellRun.clear();
            pendingName = null;
            return true;
          }
          cellRun.clear();
          if (pendingName != null && columns.size() == cells.length) {
            if (Repair.cutMidPhrase(pendingName) && pendingFigures == null) {
              // 「５Ｇ等の…整備支援・」, its figures, then 「光ファイバ整備の推進」: a PDF's cell of two lines with its
              // figures between them; the row waits for the rest of its name
              pendingFigures = l;
              pendingCells = cells;
              return true;
            }
            tableRow(l, pendingName, cells, null);
            pendingName = null;
            figuresFirst = false;
            return true;
          }
          if (pendingName == null && pendingFigures == null && figuresFirst != Boolean.FALSE && columns.size() == cells.length
              && cells.length >= 2) {
            pendingFigures = l; // the figures first, the name on the line below (a cell's text centred under them)
            pendingCells = cells;
            return true;
          }
        }
      }
      String t = l.text().strip();
      if (accountProgram != null && !t.isEmpty() && !AMOUNT.matcher(t).find() && !BARE_FIGURE.matcher(t).find()
          && !Repair.NUMBERED.matcher(t).lookingAt() && (HIRAGANA.matcher(t).find() || t.length() <= 20)) {
        accountProgram += t; // the rest of a name wrapped onto a line of its own: 「製造技術の研究開発」
        return true;
      }
      if (columns != null && MINISTRY_CELL.matcher(t).matches()) return true; // a 府省名 cell a line: 「総務省」 over the row's name
      if (columns != null && TOTAL_ROW.matcher(t).matches()) { // a table a cell a line: the total's name, its figures below
        pendingName = null;
        totalBelow = true;
        return true;
      }
      if (columns != null && BudgetCsvReader.STATUSES.contains(t)) { // its 備考 cell below a row's figures: the row's status
        statusOfRowAbove(l, t);
        return true;
      }
      // a row's number is no figure (「(3)」, 「1-(1)-③」), nor an amount inside a name in a table's row
      // (「1-(1)-③  （新）売上高100億円を目指す中小企業の成長」, its figures on the line below)
      String unnumbered = ROW_NUMBER.matcher(BRACKETED_NUMBER.matcher(t).replaceFirst("")).replaceFirst("");
      boolean figureInName = hasColumns() && figuresInName(unnumbered);
      if (figureInName) unnumbered = AMOUNT.matcher(unnumbered).replaceAll("");
      if (t.length() <= MAX_LINE && (figureInName || !Repair.hasYen(t)) && !AMOUNT.matcher(unnumbered).find()
          && !BARE_FIGURE.matcher(unnumbered).find()
          // (a part's row 「うち技術流出防止に係る…との連携」 in a table is a name, not a column's 「うち重要政策推進枠」)
          && (!columnWords(t).find() || columns != null && PART_LINE.matcher(t).find() && t.length() > 14)) {
        // a name on its own line, its figures below; a line in parentheses right under it is part of it, and so is a
        // status in brackets of its own (「救急業務の高度化の推進」 over 「【拡充】」 over its figures a cell a line)
        if (pendingName != null && (t.startsWith("（") && t.endsWith("）")
            || cellRun.isEmpty() && t.startsWith("【") && t.endsWith("】") && Repair.STATUS_ALONE.matcher(t.substring(1, t.length() - 1)).matches())) {
          pendingName += t;
          return true;
        }
        // (a group's heading is no name's rest: 「３ 食品表示の適正化・食品ロスの削減」 under a row)
        boolean heading = GROUP_HEADING.matcher(t).lookingAt();
        if (kindProgram != null && kindRows.size() == 1 && kindRows.get(0).line().line() == l.line() - 1
            && kindRows.get(0).line().page() == l.page() && !heading && !t.startsWith("※") && !t.startsWith("（注")) {
          kindProgram += t; // the rest of a name right under a program's first row by kind, with no row of its own
          return true;
        }
        // among the rows, a name's first part cut where its phrase goes on (「地方公共団体における感染症対応業務の」 over
        // 「応援職員派遣の…強化」 over its figures): the rest below it joins it
        if ((columns != null || restThenFigure(lineIndex)) && name(t) == null && pendingFigures == null && !heading
            && Repair.nameGoesOn(t) && name(t + "事業") != null) {
          flushPending();
          pendingName = t;
          return true;
        }
        if (name(t) != null) {
          if (pendingFigures != null && !heading && pendingFigures.page() == l.page() && l.line() - pendingFigures.line() <= 2) {
            boolean rest = pendingName != null; // the rest of a name cut above the figures
            tableRow(pendingFigures, rest ? pendingName + t : t, pendingCells, null);
            pendingFigures = null;
            pendingName = null;
            figuresFirst = !rest;
            return true;
          }
          // (or its last few letters alone, a word cut: 「…機構運営費交」 over 「付金」)
          // (or, under a numbered row, a few words with no number of their own: 「(9) 情報セキュリティ対策・通信基」 over
          // 「盤の更新」)
          // (never a line that a list's mark starts: 「◆地域の観光資源…事業」 under a heading cut mid-phrase is a row of its own)
          if (pendingName != null && pendingFigures == null && !heading && !BULLET_START.matcher(t).lookingAt()
              && (Repair.nameGoesOn(pendingName) || t.codePointCount(0, t.length()) <= 3 && t.codePoints().allMatch(Repair::isJapanese)
                  || t.length() <= 6 && Repair.NUMBERED.matcher(pendingName).lookingAt() && !Repair.NUMBERED.matcher(t).lookingAt()
                      && !PART_LINE.matcher(t).find() && !LEADING_MARKERS.matcher(t).lookingAt())) {
            pendingName += t; // a name over two lines, its figures below: 「…の維持・確保に」 over 「向けた…交付金（仮称）」
            return true;
          }
          flushPending(); // no rest came
          pendingName = t;
          return true;
        }
      }
      boolean bare = !Repair.hasYen(l.text()) && BARE_FIGURE.matcher(BRACKETED_NUMBER.matcher(l.text()).replaceFirst("")).find();
      if (bare || unitRows) {
        unitRows = true;
        if (bare && l.text().codePoints().anyMatch(Repair::isJapanese)) labelledRows = true;
        return false; // a row of the unit's figures, or a heading between such rows
      }
      if (columns == null && !Repair.hasYen(l.text()) && !AMOUNT.matcher(l.text()).find()) {
        // a rule or a bracket over columns (「────」, 「＜―― １５か月予算 ――＞」) is no header's line of words
        if (HEADER_RULE.matcher(l.text().strip()).matches()) return true;
        if (header.size() >= 4 && !(header.size() < 8 && cellAlone(l.text()) && header.stream().allMatch(ItemFinder::cellAlone))) {
          unit = null; // four lines without a row: not a table (a header a cell a line may have more)
          return false;
        }
        header.add(l.laidOut());
        if (BRACKETED_HEADER.matcher(l.text().strip()).matches()) {
          // 「（２４年度予算額）」 under the header's first line: what a row's figure in brackets below it is, as a legend says
          Label words = label(l.text().strip().replaceAll("[（()）]", "") + " ");
          FiscalYear year = words.relativeYears() != 0 ? shift(fy, words.relativeYears()) : words.year();
          if (year != null) noted.put('（', new Label("", year, 0, words.kind() != null ? words.kind() : BudgetKind.INITIAL, false, false));
        }
        return true;
      }
      // a note between rows, a figure that is no item (「１施設当たり上限１，０００万円」, 「別途、国庫債務負担行為 …」):
      // the table goes on below it
      if (columns != null && NOT_BUDGET.values().stream().anyMatch(p -> p.matcher(l.text()).find())) return false;
      if (columns != null && GROUP_HEADING.matcher(t).lookingAt() && !Repair.hasYen(t) && !AMOUNT.matcher(t).find()) {
        // a group's heading between rows (「２ 地域振興関係」, 「Ⅱ 創薬力の強化」): the table goes on below it
        flushPending();
        pendingName = null;
        return true;
      }
      if (columns != null && notesColumn() && rowShape(l.text()) == null && !l.text().strip().startsWith("（注")
          && l.text().codePoints().anyMatch(Repair::isJapanese)) {
        // a note in the 備考 column wrapped below its row (「の定額（３億２，４００万円）」): the table goes on below it,
        // and the note's figures are no items
        Matcher a = AMOUNT.matcher(l.text());
        while (a.find()) notBudget++;
        return true;
      }
      unit = null;
      return false;
    }

    /**
     * A row whose cells write the table's unit after each figure (「４，８２０，４１５，０００円」 under 「（単位：円）」), with
     * the units taken off; null for any other line (a figure in another unit, words after a figure: a sentence).
     */
    String unitlessRow(String text) {
      if (!text.contains(unit)) return null;
      Matcher c = Repair.UNIT_CELL.matcher(text);
      StringBuilder b = new StringBuilder();
      int last = 0;
      while (c.find()) {
        if (!c.group(2).equals(unit)) return null;
        b.append(text, last, c.start(2));
        last = c.end(2);
      }
      if (last == 0) return null;
      b.append(text.substring(last));
      String t = b.toString();
      return Repair.hasYen(t) ? null : t;
    }

    /**
     * Whether a line is a table's header: no figures, and words of which two or more, and at least half, start with a
     * column's word (「当　初   補　正   予算額（案）   増減額」; a PDF's 「事 項 当初補正 予算額（案） 増減額」).
     */
    static boolean headerLine(String text) {
      // (a 補正's number or ordinal is no figure: 「第1号  第2号  予備費使用額」, 「20年度第2次補正（案）」)
      if (Repair.hasYen(text) || BARE_FIGURE.matcher(text.replaceAll(SUPPLEMENTARY_NO + "|" + ORDINAL, "第号")).find()) return false;
      String[] cells = squeezed(text).strip().split("\\s+");
      int words = 0;
      for (String cell : cells) {
        if (columnWords(cell).lookingAt()) words++;
      }
      return words >= 2 && words * 2 >= cells.length;
    }

    /** Whether the table's header has a column of notes (備考, 摘要). */
    /**
     * Whether the header names a column in brackets on a line of its own (「事 項 ２５年度要求額」 over 「（２４年度予算額）」):
     * a row's figure in brackets below it is that column's, not a part of the one above.
     */
    boolean bracketedColumn() {
      if (header == null) return false;
      for (String h : header) if (BRACKETED_HEADER.matcher(h.strip()).matches()) return true;
      return false;
    }

    boolean notesColumn() {
      if (header == null) return false;
      for (String h : header) if (NOTES_HEADER.matcher(h).find()) return true;
      return false;
    }

    /**
     * The columns of a table header, which may take two lines (「令和６年度 令和７年度」 over 「予算額 要求額 増減」). In a
     * line, a year followed by a label is one column (「令和７年度予算額」); the line with the most columns gives their
     * order, and the other lines fill in the years or labels of its figure columns in turn.
     */
    List<Column> columns(List<String> lines) {
      return columns(lines, false);
    }

    /** {@link #columns}; {@code apart}: a year and a label with a space between them are two columns. */
    List<Column> columns(List<String> lines, boolean apart) {
      List<List<String[]>> perLine = new ArrayList<>();
      Map<String[], int[]> spans = new IdentityHashMap<>(); // each column's place on the page: {from, to}
      for (String line : lines) {
        List<String[]> cols = new ArrayList<>(); // {year era, year number, label, difference}
        // (a header's words spelled with their letters apart: 「当　　初」, 「令 和 ７ 年 度 予 算 額」)
        String words = columnText(squeezed(line));
        Matcher m = TABLE_COLUMN.matcher(words);
        String[] open = null;
        int prevEnd = -10;
        while (m.find()) {
          boolean adjacent = m.start() - prevEnd <= (apart ? 0 : 1);
          String before = cols.isEmpty() ? null : cols.get(cols.size() - 1)[2];
          if (before != null && ACCOUNT_LABEL.matcher(before).matches() && m.group(3) != null
              && (TOTAL_ROW.matcher(m.group(3)).matches() || ACCOUNT_LABEL.matcher(m.group(3)).matches())
              && UNREAD_COLUMN.matcher(words.substring(prevEnd, m.start())).matches()) {
            // an account's name cut over the header's lines between two accounts' columns (「一般会計  子ども・子育て  計」
            // over 「支援特別会計」): a column of another account's share, a part of the 計
            cols.add(new String[] {null, null, null, "内訳"});
            open = null;
          }
          prevEnd = m.end();
          int[] span = {width(words, m.start()), width(words, m.end())};
          if (m.group(2) != null || m.group(5) != null) {
            open = new String[] {m.group(5) != null ? "前年度" : m.group(1), m.group(5) != null ? null : m.group(2), null, null};
            cols.add(open);
            spans.put(open, span);
          } else if (m.group(3) != null) {
            if (open != null && open[2] == null && adjacent) {
              open[2] = m.group(3);
              spans.get(open)[1] = span[1];
            } else {
              String[] label = {null, null, m.group(3), null};
              cols.add(label);
              spans.put(label, span);
            }
            open = null;
          } else {
            cols.add(new String[] {null, null, null, "増減"});
            open = null;
          }
        }
        perLine.add(cols);
      }
      List<String[]> master = perLine.stream().max(java.util.Comparator.comparingInt(List::size)).orElse(List.of());
      // a settlement's table (支出済額, 不用額): its 予算額 is the budget in force (予算現額), what was spent is the item
      if (SETTLEMENT_HEADER.matcher(String.join(" ", lines)).find()) {
        for (String[] c : master) if ("予算額".equals(c[2]) && c[1] == null && c[3] == null) c[3] = "予算現額";
      }
      // a 計 beside the columns of a year's 補正 by number and its reserve's use is their sum, no budget of its own
      // (「第1号  第2号  第3号  予備費使用額  計」)
      if (master.stream().anyMatch(c -> c[2] != null && SUPPLEMENTARY_NUMBER.matcher(c[2]).matches())) {
        for (String[] c : master) if (c[2] != null && TOTAL_ROW.matcher(c[2]).matches()) c[3] = "計";
      }
      // an account's columns beside their 計 are its parts: the 計 is the budget (「一般会計  復興特会  計」)
      if (master.stream().anyMatch(c -> c[2] != null && TOTAL_ROW.matcher(c[2]).matches())) {
        for (String[] c : master) if (c[2] != null && ACCOUNT_LABEL.matcher(c[2]).matches()) c[3] = "内訳";
      }
      List<String[]> masterFigures = master.stream().filter(c -> c[3] == null).toList();
      for (List<String[]> other : perLine) {
        if (other == master) continue;
        if (!other.isEmpty() && other.size() == masterFigures.size() && other.stream().allMatch(c -> c[3] != null)) {
          // 「令和８年度  令和７年度」 over 「事 業 費  事 業 費」: each year's figures are what its word under it says, no budget
          for (String[] c : masterFigures) c[3] = "事業費";
          continue;
        }
        List<String[]> figures = other.stream().filter(c -> c[3] == null).toList();
        // fewer words above than columns: a year over a group of them (「令和７年度予算額」 over 「当初  補正」,
        // 「令和８年度概算要求額」 over 「要求額  要望額  計」), when the groups are as many as the words; else in turn
        int[] over = groups(masterFigures, figures.size());
        // fewer words under the columns, each under one of them on the page (「令和７年度  令和８年度」's 「当初予算額
        // 要求額」, the years before them standing alone): each fills the column it stands under; else in turn
        int[] under = over == null ? underColumns(masterFigures, figures, spans) : null;
        if (over == null && under == null && requestsLast(masterFigures, figures)) {
          under = new int[masterFigures.size()]; // 「要求額」 under 「令和８年度」, the last of the years: the words set right
          int shift = masterFigures.size() - figures.size();
          for (int j = 0; j < under.length; j++) under[j] = j - shift;
        }
        for (int j = 0; j < masterFigures.size(); j++) {
          if (over == null && under == null && j >= figures.size()) break;
          String[] o = over != null ? figures.get(over[j]) : under != null ? (under[j] < 0 ? null : figures.get(under[j]))
              : figures.get(j);
          if (o == null) continue;
          String[] c = masterFigures.get(j);
          if (c[1] == null && c[0] == null) {
            c[0] = o[0];
            c[1] = o[1];
          }
          if (c[2] == null) c[2] = o[2];
        }
      }
      // a request's two parts beside their 計 (「要求額  要望額  計」: the 要望額 is the 重要政策推進枠): the 計 is the request
      int total = -1;
      for (int j = 0; j < master.size(); j++) {
        if (master.get(j)[2] != null && TOTAL_ROW.matcher(master.get(j)[2]).matches()) total = j;
      }
      if (total >= 2 && isRequestPart(master.get(total - 1)) && isRequestPart(master.get(total - 2))
          && !master.get(total - 1)[2].equals(master.get(total - 2)[2])) {
        String[] sum = master.get(total);
        String[] part = master.get(total - 2);
        if (sum[0] == null && sum[1] == null) {
          sum[0] = part[0];
          sum[1] = part[1];
        }
        sum[2] = "要求・要望額計";
        master.get(total - 1)[3] = "内訳";
        part[3] = "内訳";
      }
      List<Column> cols = new ArrayList<>();
      for (String[] c : master) {
        int[] span = spans.getOrDefault(c, new int[] {-1, -1});
        if (c[3] != null) {
          cols.add(new Column(null, null, false, true, span[0], span[1]));
          continue;
        }
        FiscalYear year = "前年度".equals(c[0]) ? shift(fy, -1) : c[1] != null ? year(c[0], c[1]).orElse(fy) : fy;
        BudgetKind unlabelled = titleKind != null ? titleKind : year.equals(fy) ? headlineKind : BudgetKind.INITIAL;
        BudgetKind kind = c[2] != null ? kindWord(c[2]).orElse(unlabelled) : unlabelled;
        cols.add(new Column(year, kind, c[2] != null && kindWord(c[2]).isPresent(), false, span[0], span[1]));
      }
      return cols;
    }

    /**
     * For each of the {@code columns}, the index of the word of {@code words} that stands under it on the page (-1 for
     * none), when there are fewer words than columns, each overlapping one column more than any other, in order, and
     * not as they would be taken in turn; else null.
     */
    private static int[] underColumns(List<String[]> columns, List<String[]> words, Map<String[], int[]> spans) {
      if (words.isEmpty() || words.size() >= columns.size()) return null;
      int[] out = new int[columns.size()];
      Arrays.fill(out, -1);
      int last = -1;
      boolean inTurn = true;
      for (int k = 0; k < words.size(); k++) {
        int[] w = spans.get(words.get(k));
        if (w == null) return null;
        int best = -1;
        int most = 0;
        for (int j = 0; j < columns.size(); j++) {
          int[] c = spans.get(columns.get(j));
          if (c == null) return null;
          int overlap = Math.min(w[1], c[1]) - Math.max(w[0], c[0]);
          if (overlap > most) {
            most = overlap;
            best = j;
          }
        }
        if (best <= last || most * 2 < w[1] - w[0]) return null;
        out[best] = k;
        inTurn &= best == k;
        last = best;
      }
      return inTurn ? null : out;
    }

    /**
     * Whether fewer label words than the columns of years below them end with a request's (「当初予算額  要求額」 under
     * 「令和４年度 … 令和８年度」) that, taken in turn, would fall on a year before --fiscal-year and, set right, on it:
     * a request is for the year the document asks for.
     */
    private boolean requestsLast(List<String[]> columns, List<String[]> words) {
      if (words.isEmpty() || words.size() >= columns.size()) return false;
      for (String[] w : words) if (w[1] != null || w[0] != null || w[2] == null) return false;
      String[] request = words.get(words.size() - 1);
      if (kindWord(request[2]).orElse(null) != BudgetKind.REQUEST) return false;
      String[] inTurn = columns.get(words.size() - 1);
      String[] setRight = columns.get(columns.size() - 1);
      if (inTurn[1] == null || setRight[1] == null || inTurn[2] != null || setRight[2] != null) return false;
      return year(inTurn[0], inTurn[1]).filter(y -> y.compareTo(fy) < 0).isPresent()
          && year(setRight[0], setRight[1]).filter(fy::equals).isPresent();
    }

    /** Whether a header's column is one part of a request: 要求額 or 要望額 alone, with no year of its own but the span's. */
    private static boolean isRequestPart(String[] c) {
      return c[3] == null && c[2] != null && c[2].matches("(?:概算)?(?:要求|要望)額?");
    }

    /**
     * Which group each column is in, when the columns make {@code count} groups: a budget's 当初 and its 補正 (and
     * their 計), a request's 要求額, 要望額 and 計; every other column a group of its own. Null when they make another
     * number of groups.
     */
    private static int[] groups(List<String[]> columns, int count) {
      if (count == 0 || count >= columns.size()) return null;
      int[] group = new int[columns.size()];
      for (int j = 1; j < columns.size(); j++) {
        String[] before = columns.get(j - 1);
        String[] c = columns.get(j);
        String label = c[2] == null ? "" : c[2];
        boolean total = TOTAL_ROW.matcher(label).matches() || "要求・要望額計".equals(label);
        boolean goesOn = c[0] == null && c[1] == null
            && (before[2] != null && (before[2].startsWith("当初") || before[2].contains("補正")) && (label.contains("補正") || total)
                || isRequestPart(before) && (isRequestPart(c) || total));
        group[j] = group[j - 1] + (goesOn ? 0 : 1);
      }
      return group[group.length - 1] + 1 == count ? group : null;
    }

    /**
     * A header's words spelled with their letters spaced apart (「当　　初」, 「令 和 ７ 年 度 予 算 額」) written together,
     * the spaces moved after them (the places of the words stay): single letters with the same gap between each.
     */
    static String squeezed(String line) {
      Matcher m = SPACED_WORD.matcher(line);
      if (!m.find()) return line;
      StringBuilder out = new StringBuilder(line);
      do {
        String run = m.group();
        String gap = run.substring(1, run.length() - 1).replaceAll("\\S.*", "");
        String[] letters = run.split(" +");
        if (run.length() != letters.length + gap.length() * (letters.length - 1)) continue; // gaps not all the same
        String word = String.join("", letters);
        out.replace(m.start(), m.end(), word + " ".repeat(run.length() - word.length()));
      } while (m.find());
      return out.toString();
    }

    /** Single letters (a kanji, a kana, a digit) with one to four spaces between each, alone between wider gaps. */
    private static final Pattern SPACED_WORD = Pattern.compile(
        "(?<![^ ])[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}0-9]( {1,4}[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}0-9](?![^ ]))+");

    /**
     * A line of a table whose unit is declared, its bare figures written with the unit (「720（700）」 →
     * 「720億円（700億円）」), so that the running-line rules read it: names, figures in parentheses, two programs on
     * a line. A line that has 円 is left as it is.
     */
    String withUnit(String text) {
      if (Repair.hasYen(text)) return text;
      // a slide's page number glued to its last line of words (「起業後１０年以内の企業等 3」): no cell of the table
      Matcher page = GLUED_PAGE_NUMBER.matcher(text);
      if (page.matches() && !BARE_FIGURE.matcher(page.group(1)).find()) return text;
      // a row's number in brackets before its name (「(3) スマート農業技術の…」) is no figure
      Matcher number = BRACKETED_NUMBER.matcher(text);
      int from = number.lookingAt() ? number.end() : 0;
      return text.substring(0, from)
          + BARE_FIGURE.matcher(text.substring(from)).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + unit));
    }

    /** Whether a table row is a kind of a review sheet's program's figures (see {@link #KIND_ROW}). */
    boolean kindRow(String rawName) {
      return formProgram != null && KIND_ROW.matcher(rawName.strip()).find();
    }

    void tableRow(SourceLine l, String rawName, String[] cells, String statusCell) {
      tableRow(l, rawName, cells, statusCell, 0);
    }

    /** A row whose cells are the columns from {@code firstColumn} on (the second of two tables side by side). */
    /** The amount a figure states, or null when it states none an amount may be (too large, malformed). */
    static Amount amount(String written) {
      try {
        return Amount.parse(written);
      } catch (Amount.FormatException e) {
        return null;
      }
    }

    void tableRow(SourceLine l, String rawName, String[] cells, String statusCell, int firstColumn) {
      // a status in a column of its own before the name (区分: 「新 規   衛星データを…」; 継続 says none)
      Matcher lead = Repair.LEADING_STATUS.matcher(rawName);
      if (lead.lookingAt()) {
        rawName = rawName.substring(lead.end());
        if (statusCell == null && BudgetCsvReader.STATUSES.contains(lead.group(1))) statusCell = lead.group(1);
      }
      String letter = rawName.strip().replace('（', '(').replace('）', ')');
      if (marked.containsKey(letter)) rawName = marked.get(letter); // 「（Ｃ）  10.0  10.0」: the program marked （Ｃ）
      if (LOCAL_FINANCE_ROW.matcher(rawName).find()) {
        notBudget += cells.length; // 「消防費（地方財政計画 歳出）」, 「防災対策事業（地方債）」: local finances' rows
        return;
      }
      if (kindRow(rawName)) {
        // the row says the kind, the column the year (and the kind, when its header says 要求)
        BudgetKind rowKind = kindWord(rawName.strip()).orElse(BudgetKind.INITIAL);
        for (int c = 0; c < cells.length; c++) {
          Column col = columns.get(firstColumn + c);
          // what is carried out is written as a decrease: 「翌年度へ繰越  △110,200」
          String cell = rowKind == BudgetKind.CARRIED_OUT ? cells[c].replaceFirst("^[△▲]", "") : cells[c];
          if (col.difference() || !cell.matches("[0-9][0-9,]*(?:\\.[0-9]+)?")) continue;
          BudgetKind kind = col.stated() && col.kind() == BudgetKind.REQUEST ? BudgetKind.REQUEST : rowKind;
          String written = cell + unit;
          Amount amount = amount(written);
          if (amount == null) {
            notBudget++;
            continue;
          }
          add(new FoundItem(formProgram, col.year(), kind, amount, written, null, l,
              BASE + TABLE_ROW + NAME_ABOVE, List.of("table-row", "kind-row", "name-form-field")));
        }
        return;
      }
      Named n = name(ROW_NUMBER.matcher(rawName).replaceFirst(""));
      // a table of a program's 目 (its objects of expense: 諸謝金, 庁費, 委託費): only a grant to others is a program
      if (n != null && objectColumn() && !GRANT.matcher(n.name()).find()) n = null;
      Matcher number = BRACKETED_NUMBER.matcher(rawName.strip());
      if (n != null && number.lookingAt()) numberedRows.put(number.group().replaceAll("[^0-9]", ""), n.name());
      // 「（うち直轄事業）  （68,240）」: a row's breakdown in brackets, parts of the figure above
      // (and a row of obligations for later years or of a balance: 「新規後年度負担」, 「使用後の残額」)
      if (n == null || TOTAL_ROW.matcher(rawName.strip()).matches() || rawName.strip().matches("[（(]うち.*[）)]")
          || NOT_BUDGET.get("commitment").matcher(rawName).find() || BALANCE_ROW.matcher(rawName.strip()).find()) {
        notBudget += cells.length;
        return;
      }
      rowItems(l, n, cells, columns.subList(firstColumn, firstColumn + cells.length), null, statusCell, unit);
    }

    /**
     * The items of a table's row of program {@code n}: a figure per column of {@code cols}, of the column's kind, or of
     * {@code rowKind} when the row says it and the column's header does not.
     */
    void rowItems(SourceLine l, Named n, String[] cells, List<Column> cols, BudgetKind rowKind, String statusCell,
        String unit) {
      if (allottedTable) {
        notBudget += cells.length;
        return;
      }
      for (int c = 0; c < cells.length; c++) {
        Column col = cols.get(c);
        String cell = cells[c].replaceFirst("(?:※|＊|\\*)[0-9]?$", ""); // 「300※」: a footnote's mark
        if (col.difference() || cell.matches("[－―—\\-‐]|皆増|皆減|新規|0+(?:\\.0+)?") || cell.matches(".*[%％倍]$")) continue;
        String written = cellWritten(cell, unit);
        Amount amount = amount(written);
        if (amount == null) continue;
        BudgetKind kind = rowKind == null || col.stated() ? col.kind() : rowKind;
        // 「▲10」: a decrease, no budget (only a supplementary budget may cut), as on a running line
        if (amount.yen() != null && amount.yen() < 0 && kind != BudgetKind.SUPPLEMENTARY) continue;
        List<String> rules = new ArrayList<>(List.of("table-row", "name-same-line"));
        double score = BASE + TABLE_ROW + NAME_SAME_LINE;
        if (rowKind != null) rules.add("kind-row");
        if (programWord(n.name())) {
          rules.add("program-word");
          score += PROGRAM_WORD;
        }
        String status = n.status() != null ? n.status() : statusCell;
        add(new FoundItem(n.name(), col.year(), kind, amount, written, col.year().equals(fy) ? status : null, l,
            score, rules));
      }
    }

    /**
     * The items of a line that are the sums of the lines right below it: a heading's subtotal, no program of its own
     * (「１．中小企業の賃上げ・生産性向上 １，２５０億円（１，１００億円）」 over 「○ …事業 ８５０億円（７５０億円）」 and
     * 「○ …事業 ４００億円（３５０億円）」; a table's 「１．住宅セーフティネットの強化  1,262  1,465」 over its rows). Every
     * year and kind of the line must be the sum of two lines or more below it (or of one, when the heading is numbered
     * and the line below starts with a mark: 「２．事業承継・引継ぎの推進 ９５億円」 over 「○ 事業承継・引継ぎ支援事業 ９５億円」).
     */
    Set<FoundItem> subtotals() {
      List<List<FoundItem>> lines = new ArrayList<>();
      for (FoundItem f : items) {
        List<FoundItem> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (last != null && last.get(0).origin() == f.origin()) last.add(f);
        else lines.add(new ArrayList<>(List.of(f)));
      }
      Set<FoundItem> out = Collections.newSetFromMap(new IdentityHashMap<>());
      for (int r = 0; r < lines.size(); r++) {
        Map<String, Long> head = figures(lines.get(r));
        if (head == null || head.values().stream().allMatch(v -> v == 0)) continue;
        Map<String, Long> sum = new HashMap<>();
        int parts = 0; // the lines below that add something (a 事項要求 adds nothing)
        for (int k = r + 1; k < lines.size() && k <= r + SUBTOTAL_REACH; k++) {
          Map<String, Long> below = figures(lines.get(k));
          if (below == null || !head.keySet().containsAll(below.keySet())) break;
          if (PART_LINE.matcher(lines.get(k).get(0).origin().text()).find()) break; // 「うち医療分」: the parts of a program
          below.forEach((key, v) -> sum.merge(key, v, Long::sum));
          if (below.values().stream().anyMatch(v -> v > 0)) parts++;
          if (sum.entrySet().stream().anyMatch(e -> e.getValue() > head.get(e.getKey()))) break;
          if (sum.equals(head) && (parts >= 2 || markedHeading(lines.get(r).get(0).origin(), lines.get(k).get(0).origin()))) {
            out.addAll(lines.get(r));
            break;
          }
        }
      }
      return out;
    }

    /** A line's figures by year and kind (事項要求 as zero); null when one is negative or two share a year and kind. */
    private static Map<String, Long> figures(List<FoundItem> line) {
      Map<String, Long> m = new HashMap<>();
      for (FoundItem f : line) {
        long v = f.amount().yen() == null ? 0 : f.amount().yen();
        if (v < 0 || m.put(f.fiscalYear() + " " + f.kind(), v) != null) return null;
      }
      return m;
    }

    /** A numbered heading over a line that starts with a mark: 「２．…」 over 「○ …」. */
    private static boolean markedHeading(SourceLine heading, SourceLine below) {
      return Repair.NUMBERED.matcher(heading.text()).find() && below.text().strip().matches("^[" + Repair.BULLETS + "].*");
    }

    /** How many lines below a heading its subtotal's parts may take. */
    private static final int SUBTOTAL_REACH = 40;
    private static final Pattern PART_LINE = Pattern.compile("^[\\s" + Repair.BULLETS + "]*[（(]?うち");

    // -- running lines --

    /** The line whose last figure was refused as no budget item (see {@link #reject}), or -1. */
    int refusedAt = -1;
    /** A line that is only a parenthesis: the breakdown of the figure above it. */
    private static final Pattern BREAKDOWN_LINE = Pattern.compile("^[（(][^（()）]*[）)]$");
  /** The words of a budget's figure: 予算, 要求額, 要望額. */
  private static final Pattern BUDGET_LABEL = Pattern.compile("予算|要求額|要望額");

    private boolean blankBetween(int from, int to) {
      for (int k = from + 1; k < to; k++) if (!lines.get(k).blank()) return false;
      return true;
    }

    void line(int i, SourceLine l) {
      // a sentence wrapped onto this line: read with the line it began on (「…総合対策事業と」 over 「して１５８億円を計上」)
      String before = sentenceBefore(i);
      if (before != null) l = l.withText(before + l.text().strip());
      String text = l.text();
      if (text.length() > MAX_LINE) {
        if (Repair.hasYen(text)) notBudget++;
        return;
      }
      if (EXPENSE_PARTS_LINE.matcher(text.strip()).matches()) {
        // a figure's parts by kind of expense, in brackets under it: 「（給付費 ２，９７０億円、事務費 ４５０億円）」
        for (Matcher c = AMOUNT.matcher(text); c.find(); ) notBudget++;
        return;
      }
      if (refusedAt >= 0 && BREAKDOWN_LINE.matcher(text.strip()).matches() && blankBetween(refusedAt, i)
          && !BUDGET_LABEL.matcher(text).find()) { // (「（予算額 ４．０億円）」 under a grant's cap is the program's budget)
        // 「（報償費等 ２００万円、その他の経費 ２００万円）」 under 「…隊員１人当たり ４００万円上限」: the parts of a figure
        // that is no item are none either
        for (Matcher c = AMOUNT.matcher(text); c.find(); ) notBudget++;
        return;
      }
      // an example's sentence (「（例）初期投資額 ２億円の事業について、…の場合、…」), to its 。 (on a later line too): no
      // figure of it is a budget's
      // (「（例：…）」 ends with its bracket; the sentence goes on to one more line at most)
      Matcher example = EXAMPLE_MARK.matcher(text);
      boolean exampleGoesOn = exampleOpen;
      int exampleFrom = exampleGoesOn ? 0 : example.find() ? example.start() : -1;
      int exampleTo = exampleFrom < 0 ? -1 : exampleEnd(text, exampleFrom);
      exampleOpen = !exampleGoesOn && exampleFrom >= 0 && exampleTo < 0;
      Matcher m = AMOUNT.matcher(text);
      int prevEnd = 0;
      FoundItem prev = null; // the previous figure on this line
      boolean prevRejected = false; // the previous figure on this line was no item (a total, a rate): nor is its comparison
      // the name before the previous figure, which was refused (事業費 beside its 国費, a per-household figure in a
      // bracket): it names the next figure when that one's own words are only 国費 or the bracket's end
      String carried = null;
      int refusedEnd = -1; // where the last figure refused on this line ends
      boolean insideRefused = false; // in the bracket of a refused figure's parts (「上限（報償費等 ２００万円、活動経費 …」)
      boolean prevComparison = false;
      int place = -1; // the figure's place on the line (a column, under a header of years: columnLabels)
      int nameFrom = -1; // where the name began that the figure before is part of (its label's start), or -1
      boolean accountTerms = false; // the figures before were an account's share each, added up: 「一般会計 １２億円 ＋」
      while (m.find()) {
        String written = m.group().strip();
        if (written.length() > Limits.AMOUNT_CHARS) continue; // not a figure anyone writes; the CSV would refuse it
        place++;
        int labelFrom = Math.max(nameFrom >= 0 ? nameFrom : prevEnd, m.start() - MAX_LABEL);
        nameFrom = -1;
        if (FIGURE_IN_NAME_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
            && Repair.unclosed(text.substring(labelFrom, m.start())) > 0) {
          // 「（４）…支援事業（売上高１００億円企業」 「の創出）【新規】 【４０億円】」: a figure inside a name's brackets is
          // part of it, and the name goes on to the next figure
          nameFrom = labelFrom;
          notBudget++;
          continue;
        }
        String label = text.substring(labelFrom, m.start());
        boolean accountTerm = ACCOUNT_TERM.matcher(label).find() && SUM_SIGN.matcher(text).region(m.end(), text.length()).lookingAt();
        if (accountTerms && SUM_OF_TERMS.matcher(label).matches()) {
          // 「一般会計 １２億円 ＋ エネ特 ３０８億円 ＝ 計 ３２０億円」: the sum of the accounts' shares (no items) is the figure
          label = "";
          prevRejected = false;
        }
        accountTerms = accountTerm || accountTerms && SUM_SIGN.matcher(label).lookingAt();
        if (accountTerms) {
          notBudget++;
          prevEnd = m.end();
          continue;
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
        label = SAME_AS_BEFORE.matcher(label).replaceFirst(""); // 「…に、前年度と同額の８０４億円」: this year's figure
        // brackets opened since the figure before: 「【要求額：1,234百万円】（1,000百万円）」 closes the 【 of the first
        // figure before it opens the （ of the second
        int relDepth = Repair.unclosed(label.replaceFirst("^[\\s】）)]+", ""));
        int minDepth = minDepth(label);
        prevEnd = m.end();
        Amount amount = amount(written);
        if (amount == null) continue;
        // words right after a figure that say what it is: 「…（４，９７０億円）の内数」 a part of it, 「２０億円規模」 about it
        Matcher partOf = PART_OF_AFTER.matcher(after);
        Matcher scale = SCALE_AFTER.matcher(after);
        Matcher says = partOf.lookingAt() ? partOf : scale.lookingAt() && !written.contains("約") ? scale : null;
        if (says != null && amount.qualifier() == Qualifier.EXACT) {
          written = written + (says == partOf ? "の内数" : "程度");
          amount = amount(written);
          prevEnd = m.end() + says.end();
          after = text.substring(prevEnd, Math.min(text.length(), prevEnd + 24));
          if (amount == null) continue;
          Matcher note = MARKED_NOTE.matcher(label);
          if (note.lookingAt() && marked.containsKey("(" + note.group(1) + ")")) {
            label = marked.get("(" + note.group(1) + ")") + " "; // 「（注１）（Ｇ）は、…」: a note on the program marked （Ｇ）
          }
        }
        Matcher whole = WHOLE_COST.matcher(label);
        boolean wholeCost = whole.find();
        // (or on the line right below: 「事業費　６，９５０億円（５，９２０億円）」 over 「国　費　４，２８０億円…」)
        boolean shareBelow = wholeCost && i + 1 < lines.size() && STATE_SHARE_LINE.matcher(lines.get(i + 1).text()).lookingAt();
        if (shareBelow && prevEnd == m.end() && !text.substring(0, m.start()).contains("国費")) {
          // the program the 国費 below is of, as the 事業費's own figure would have named it
          FoundItem named = headline(i, l, label(label.substring(0, whole.start()) + " "), amount, written, null, m.end());
          if (named != null) {
            current = named;
            currentIndex = i;
          }
        }
        // (or under the program's request just stated, its 国費: 「【要求額】 １，６５０百万円」 over 「事業費 ４，９５０百万円」)
        boolean shareAbove = wholeCost && current != null && currentIndex < i && i - currentIndex <= 3
            && lines.subList(currentIndex, i).stream().noneMatch(SourceLine::blank) && lines.get(currentIndex).page() == l.page()
            && label.substring(0, whole.start()).isBlank();
        if (wholeCost && (text.substring(m.end()).contains("国費") || text.substring(0, m.start()).contains("国費") || shareBelow || shareAbove)) {
          // 「地域医療構想推進事業 事業費 10億円（国費 5億円）」: the whole cost is no budget, the 国費 beside it is
          notBudget++;
          prev = null;
          prevRejected = true;
          carried = label(label.substring(0, whole.start()) + " ").name();
          continue;
        }
        if (wholeCost) label = label.substring(0, whole.start()) + " "; // 「…事業 事業費：10億円」 with no 国費: its budget
        // (and the new value of a figure refused right before it: 「上限額を最大６００万円から７００万円に引き上げ」)
        if (reject(label, after) && !ownPart(i, label, after) || inBreakdown(text.substring(0, m.start())) || belowAnyBudget(amount)
            || exampleFrom >= 0 && m.start() >= exampleFrom && (exampleTo < 0 || m.start() < exampleTo)
            || localFinance || grantRows
            // (the parts of a figure refused right before, in the bracket after it: 「隊員１人当たり ３５０万円を上限（報償費等
            // ２００万円、活動経費 １５０万円）」)
            || prevRejected && refusedEnd >= 0 && refusedEnd <= m.start() && (partOfRefused(text.substring(refusedEnd, m.start()))
                || insideRefused && !text.substring(refusedEnd, m.start()).matches(".*[）)].*"))
            || prevRejected && refusedAt == i && CHANGED_TO.matcher(label).matches()
            // (and the end of a range that a refused figure starts: 「助成額は、…５０万円から８００万円（１年当たり）」)
            || prevRejected && refusedAt == i && refusedEnd >= 0 && refusedEnd <= m.start() && RANGE_MARK.matcher(text.substring(refusedEnd, m.start())).matches()
            // (and the sum of such figures: 「報償費等２００万円、その他の経費１５０万円の計３５０万円」)
            || prevRejected && refusedAt == i && refusedEnd >= 0 && refusedEnd <= m.start() && SUM_OF_REFUSED.matcher(label).matches()
            // (and the next of a list of such figures: 「補助上限額は、防災拠点が ５００万円、観光・交流拠点が ３００万円」)
            || prevRejected && refusedAt == i && refusedEnd >= 0 && refusedEnd <= m.start() && PARALLEL_CLAUSE.matcher(label).matches()
            || settlement && BUDGET_IN_FORCE.matcher(label).find()
            || (amount.qualifier() == Qualifier.UPPER_BOUND && !BUDGET_WORDS.matcher(label).find())) {
          notBudget++;
          prev = null;
          prevRejected = true;
          refusedAt = i;
          insideRefused = prevRejected && refusedEnd >= 0 && refusedEnd <= m.start()
              && (insideRefused || partOfRefused(text.substring(refusedEnd, m.start()))); // (its bracket's next part too)
          refusedEnd = m.end();
          // 「給付金（１世帯当たり」: the name before the bracket the refused figure stands in; 「治山事業（公共）
          // ６８２億円【うち国費 ４１０億円】」: the name of the project whose cost it is
          int open = lastRoundOpen(label);
          carried = open > 0 && Repair.unclosed(label) > 0 ? label(label.substring(0, open) + " ").name() : label(label).name();
          continue;
        }
        if (outsideCommitment && openBracket(label) == 0 && notedFigureOnLine(text)) {
          // 「○ …の量産 １，２３０億円［３９５億円］（３１０億円）」 under a legend that says the figures outside the brackets
          // are contracts: the contract is no item; its name names the bracket's figure after it
          notBudget++;
          prev = null;
          carried = label(label).name();
          continue;
        }
        Label lab = inColumn(label(label), place);
        // 「要求額／前年度予算額 ８６．４百万円／７４．３百万円」: the words before the slash are the first figure's, those after
        // it the second's, which follows the slash
        Matcher pair = SLASH_LABELS.matcher(label);
        Label slashed = null;
        if (pair.find()) {
          Label first = label(label.substring(0, pair.start()) + pair.group(1) + " ");
          lab = new Label(first.name(), first.year(), first.relativeYears(), first.kind(), true, lab.sentence());
          slashed = label(pair.group(2) + " ");
        } else if (slashNext != null && label.strip().equals("／") && prev != null) {
          lab = new Label("", slashNext.year(), slashNext.relativeYears(), slashNext.kind(), true, false);
        }
        Label slashWords = slashNext;
        slashNext = slashed;
        String beforeBracket = label.substring(0, Math.max(0, lastRoundOpen(label))).strip();
        boolean namedBefore = programWord(beforeBracket) && !beforeBracket.matches("(?s).*[、，,。].*"); // (a name, not a sentence)
        String bracketed = namedBefore ? null : bracketName(label);
        if (bracketed != null && !bracketed.equals(lab.name())) {
          // 「…の助言（地域力創造アドバイザー事業 ８８，６００千円の内数）」, 「…国土交通省の離島航路補助金（平成２２年度予算
          // ６５．３億円）」: the program the bracket names, or whose figure the bracket gives (a program's own name before
          // the bracket stays: 「里山・里地の地域資源活用推進（農山漁村振興交付金 ８２億円の内数）」); and the budget right before
          // the bracket, when the words in it name none: 「令和７年度当初予算（森林整備事業 １，２５２億円）」
          Matcher budgetBefore = BUDGET_BEFORE_BRACKET.matcher(beforeBracket);
          Label given = lab.year() == null && lab.kind() == null && lab.relativeYears() == 0 && budgetBefore.find()
              ? budgetWords(budgetBefore.group(1), true) : lab;
          lab = new Label(bracketed, given.year(), given.relativeYears(), given.kind(), lab.cue() || given.cue(), lab.sentence());
        }
        // (or words that are no name between them: 「…事業費 2,110億円（0.97倍）、国費 1,289億円」)
        if ((lab.name().isEmpty() || STATE_SHARE.matcher(label).find() || name(lab.name()) == null) && carried != null && !carried.isEmpty()
            && (label.contains("国費") || label.strip().matches("^[）)】］〕]+$")
                || outsideCommitment && label.strip().matches("^[［\\[〔【（(]$"))) {
          // 「地域医療構想推進事業 事業費 10億円（国費 5億円）」, 「給付金（１世帯当たり３万円） 2,345億円」
          lab = new Label(carried, lab.year(), lab.relativeYears(), lab.kind(), lab.cue() || label.contains("国費"), false);
          prevRejected = false;
        }
        carried = null;
        String sentenceRest = text.substring(m.end());
        if (!sentenceRest.contains("。") && sentenceRest.matches("(?s).*[ぁ-ゖ、].*") && !text.strip().contains("  ")
            && text.length() >= Repair.WRAP_MIN && i + 1 < lines.size() && !lines.get(i + 1).blank()
            && lines.get(i + 1).page() == l.page() && !lines.get(i + 1).text().strip().contains("  ")
            && !Repair.NUMBERED.matcher(lines.get(i + 1).text()).lookingAt() && !BULLET_START.matcher(lines.get(i + 1).text()).lookingAt()) {
          sentenceRest += lines.get(i + 1).text(); // (its sentence goes on below: 「…事業」に ２００億円、被災した」 over 「…を計上」)
        }
        if (SENTENCE_VERB.matcher(sentenceRest).find()) {
          String name = sentenceName(PHRASE_MARKS.matcher(label).replaceAll(""));
          if (name != null) name = nameInPhrase(name);
          if (name != null && name(name) == null) name = null; // 「来年度予算案に２０９億円を計上」: no program
          // 「…同補助金について、前年度を上回る４９．８億円を確保」: the program of that kind named last, not far above
          String referent = referent(text, i, m.start());
          if (referent != null && (name == null || ANAPHORA.matcher(name).lookingAt())) {
            lab = sentence(label, referent);
          } else if (name != null && ANAPHORA.matcher(name).lookingAt()) {
            // 「その構築及び運用準備に要する経費として２３億円」: the program the sentence refers back to, its section's
            lab = new Label("", lab.year(), lab.relativeYears(), lab.kind(), lab.cue(), true);
          } else if (name != null) {
            lab = sentence(label, name);
          } else if (!lab.name().isEmpty() && (name(lab.name()) == null || !programWord(lab.name()))) {
            // 「地域医療推進事業については、前年度比５億円増の２５億円を計上」: the sentence's topic (a program's name, over
            // words that name none: 「…については、電波利用料財源により引き続き別途」)
            boolean unnamed = name(lab.name()) == null;
            String sentenceText = sentenceBefore(text, m.start());
            Matcher topic = TOPIC.matcher(sentenceText);
            String named = topic.find() && name(topic.group(1)) != null ? topic.group(1) : topicBefore(sentenceText);
            Matcher ref = ROW_REFERENCE.matcher(sentenceText);
            if (named == null && ref.find()) named = numberedRows.get(ref.group(1));
            // (or the program the sentence quotes before: 「…「ボット対策事業」を…実施しており、…予算では、総務省計上分として」)
            if (named == null) named = lastQuotedProgram(sentenceText);
            if (named != null && (unnamed || programWord(named))) lab = sentence(label, named);
          }
        }
        if (!programWord(lab.name()) && (TAX_MEASURE_TOTAL.matcher(label).find()
            // (or the year's 「全体で」 alone, under the measure's heading: 「【特別交付税措置】」 over 「・ 平成２４年度 全体で約１６億円程度」)
            || WHOLE_YEAR.matcher(label).matches() && taxMeasureAbove(i))) {
          // 「…特別交付税措置を講じます。平成２１年度の措置額は、全体で 約１０億円 を見込んでいます。」: the measure's total
          lab = new Label("特別交付税措置", lab.year(), lab.relativeYears(), lab.kind(), true, true);
        }
        if (!lab.sentence() && !programWord(lab.name())) {
          // 「同事業の平成２５年度予算は ２．８億円（前年度 ５．９億円）であり」: a sentence that states no verb of budgeting
          // but refers back to the program it is about
          String referent = referent(text, i, m.start());
          if (referent != null) lab = new Label(referent, lab.year(), lab.relativeYears(), lab.kind(), lab.cue(), true);
        }
        if (!lab.name().isEmpty() && label.matches("(?s).*[（(]\\s*$") && name(lab.name()) == null) {
          Label phrase = phraseBefore(lab.name()); // 「…交付金は、前年度の地方創生推進交付金（1,000億円）から倍増」
          if (phrase != null) lab = phrase;
        }
        if (lab.name().endsWith("」") && label.matches("(?s).*[（(]\\s*$")) {
          // 「…補正予算で実施した「グリーンＩＣＴ技術の研究開発」（１５．０億円）」: the program the quotes name
          String quoted = Run.nameInPhrase(lab.name());
          if (!quoted.equals(lab.name()) && programWord(quoted)) {
            lab = new Label(quoted, lab.year(), lab.relativeYears(), lab.kind(), lab.cue(), lab.sentence());
          }
        }
        if (lab.year() == null && lab.relativeYears() == 0 && prev != null
            // (or the same year's budget added to it: 「平成２１年度は当初予算の４２億円に加え、第１次補正予算で ４８４億円」; or
            // another 補正 named by its ordinal alone: 「令和2年度第1次補正予算で 690億円、第2次補正予算で 7,717億円」)
            && (AGAINST.matcher(label).matches() || ADDED_TO.matcher(label).matches() || ORDINAL_ONLY.matcher(label).matches())) {
          // 「平成２０年度は予算額 ２４．８億円に対し執行額 ２１．４億円」: the same year's other figure
          lab = new Label(lab.name(), prev.fiscalYear(), 0, lab.kind(), lab.cue(), lab.sentence());
        }
        if (lab.year() == null && lab.kind() == null && lab.relativeYears() == 0 && (prev == null || !lab.name().isEmpty())) {
          Label context = sentenceContext(text.substring(0, m.start()));
          if (context == null) context = budgetLineAbove(i); // (「※ このほか、令和２年度第３次補正予算」 over 「…整備 ０．８億円」)
          if (context == null) context = referenceBlock; // (in a （参考） block: that budget's figures)
          if (context == null) context = sectionBudget; // (in a section headed by a budget: its figures)
          // (a budget's words said of the figure are a cue that it is a budget's; a section's heading is not said of it)
          if (context != null) {
            lab = new Label(lab.name(), context.year(), context.relativeYears(), context.kind(), context != sectionBudget, lab.sentence());
          }
        }
        boolean comparison = prev != null && lab.name().isEmpty()
            && (relDepth > 0 || (prevComparison && minDepth >= 0) || slashWords != null && label.strip().equals("／"));
        if (comparison && relDepth > 0) {
          // a comparison's own words are those in its bracket: 「…を要求（前年度 １２．５億円）」 is no request
          int open = lastRoundOpen(label);
          if (open >= 0) lab = inColumn(label(label.substring(open + 1)), place);
        }
        // a figure alone in parentheses on the line right below a figure (or after a blank line, a PDF's paragraph
        // spacing): 「1,500億円」 over 「（1,400億円）」
        boolean bracketLine = text.strip().matches("^[（(［〔][^（()）［］〔〕]*[）)］〕]$");
        if (prev == null && lab.name().isEmpty() && relDepth > 0 && bracketLine && refusedLine >= 0 && refusedLine < i
            && blankBetween(refusedLine, i) && i - refusedLine <= 2) {
          notBudget++; // under a figure alone that was no item (a 関係予算's total): its year before's is none either
          continue;
        }
        // (or 「前年度 ２１８，４００千円 ／ 増 …」 right under a program's figure: its year before's, as in brackets)
        if (prev == null && current != null && (i - currentIndex <= 2 && blankBetween(currentIndex, i) && lab.name().isEmpty() && relDepth > 0
            && bracketLine || i - currentIndex == 1 && YEAR_BEFORE_WORDS.matcher(text.substring(0, m.start()).strip()).matches())) {
          prev = current;
          comparison = true;
        }
        // (not the 国費 beside a project's scale: 「事業規模 約８６０億円（国費 ５２０億円）」 is the 国費's budget)
        if (prevRejected && lab.name().isEmpty() && (relDepth > 0 || label.isBlank()) && !label.contains("国費")) { // 「合 計 1,096億円（1,056億円）」, 「合 計 1,066億円 985億円」
          notBudget++;
          continue;
        }
        prevRejected = false;
        FoundItem found;
        if (comparison) {
          found = comparison(prev, lab, amount, written, l, openBracket(label));
        } else {
          found = headline(i, l, lab, amount, written, prev, m.end());
        }
        if (found == null) {
          notBudget++;
          prev = null;
          prevRejected = true;
          if (aloneOnLine(i) || LABEL_AND_FIGURE.matcher(text.strip()).matches()) refusedLine = i;
          continue;
        }
        found = yearAndKindAfter(found, after);
        Label noteOfBracket = comparison || lab.year() != null || lab.kind() != null || !BRACKET_AROUND.matcher(label).find()
            ? null : noted.get(openBracket(label));
        if (noteOfBracket != null && (noteOfBracket.year() != null || noteOfBracket.kind() != null)) {
          // a figure in a bracket that a legend names, with no figure before it on its line (「〔１５０．０億円〕」 alone
          // on a line, under 「【　】は令和８年度予算（案）額、…〔　〕は令和７年度補正予算額」): that budget's
          List<String> rules = new ArrayList<>(found.rules());
          rules.add("bracket-as-noted");
          FiscalYear year = noteOfBracket.year() != null ? noteOfBracket.year() : found.fiscalYear();
          found = new FoundItem(found.program(), year, noteOfBracket.kind() != null ? noteOfBracket.kind() : found.kind(),
              found.amount(), found.written(), year.equals(fy) ? found.status() : null, found.origin(), found.confidence(), rules);
        }
        if (found.amount().yen() != null && found.amount().yen() < 0 && found.kind() != BudgetKind.SUPPLEMENTARY) {
          notBudget++; // 「▲5億円」: a decrease, not a budget (only a supplementary budget may cut: 修正減少額 △3億円)
          prev = null;
          prevRejected = true;
          continue;
        }
        if (!comparison && lab.year() == null && lab.relativeYears() == 0 && lab.kind() == null
            && ARROW_AFTER.matcher(after).find() && found.fiscalYear().equals(fy)) {
          // 「（12億円→15億円）」: the figure an arrow leads from is the year before's (当初)
          List<String> rules = new ArrayList<>(found.rules());
          rules.add("year-before-arrow");
          found = new FoundItem(found.program(), shift(fy, -1), BudgetKind.INITIAL, found.amount(), found.written(), null,
              found.origin(), found.confidence(), rules);
        }
        if (CARRIED_OUT_AFTER.matcher(after).lookingAt() && found.kind() != BudgetKind.CARRIED_OUT) {
          // 「６０．３億円を翌年度に繰り越した」: what a sentence says was carried out
          List<String> rules = new ArrayList<>(found.rules());
          rules.add("carried-out-after");
          found = new FoundItem(found.program(), found.fiscalYear(), BudgetKind.CARRIED_OUT, found.amount(), found.written(), null,
              found.origin(), found.confidence(), rules);
        }
        if (!comparison && BARE_AFTER.matcher(after).find()) {
          // 「412億円（385億円）」: a figure and the year before's, as budget summaries state a program's budget
          List<String> rules = new ArrayList<>(found.rules());
          rules.add("figure-and-year-before");
          found = new FoundItem(found.program(), found.fiscalYear(), found.kind(), found.amount(), found.written(),
              found.status(), found.origin(), Math.min(1.0, found.confidence() + BUDGET_PAIR), rules);
        }
        Matcher st = STATUS_AFTER.matcher(after);
        if (st.find() && found.status() == null && !comparison) {
          found = new FoundItem(found.program(), found.fiscalYear(), found.kind(), found.amount(), found.written(), status(st.group(1)),
              found.origin(), found.confidence(), found.rules());
        }
        add(found);
        refusedAt = -1;
        if (!comparison) {
          prev = found;
          if (!found.rules().contains("name-current-program")) {
            current = found;
            currentIndex = i;
          }
        }
        prevComparison = comparison;
      }
    }

    /**
     * 「720億円（650億円）」: a figure in parentheses with no words is, as budget summaries write it, the figure of the
     * year before (当初), unless a note says what such figures are (「（ ）内は令和７年度当初予算額」). A negative one
     * (「（△2億円）」) is a difference, not a figure.
     */
    /**
     * A legend of what bare figures in brackets are, 「（ ）内は令和７年度当初予算額」 or several on a line, 「（ ）は令和７年度
     * 当初予算額、［ ］は令和６年度補正予算額」: kept per bracket; false for any other line.
     */
    boolean legend(String text) {
      Matcher note = BARE_NOTE.matcher(text);
      boolean commitmentOutside = false;
      int end = -1;
      Map<Character, Label> found = new HashMap<>();
      while (note.find()) {
        if (end >= 0 && note.start() != end) return false;
        // (after the note's mark, a sentence on the figures outside the brackets: 「※ 金額は要求・要望額。（ ）内は…」; or,
        // for a ratio, where the brackets stand: 「※ 各事項の金額の右の（ ）内は対前年度比」)
        boolean ratio = RATIO_WORDS.matcher(note.group(2)).find();
        String before = text.substring(0, note.start());
        if (end < 0 && !before.matches("\\s*(?:[※＊*]|[（(]?注[0-9]?[）)]?)?\\s*(?:[^。]{1,40}[。、]\\s*)?" + (ratio ? "(?:[^。（(]{1,20}の)?" : "(?:各項目の|各事項の|金額の)?"))
            // (or a paragraph's sentences on what its figures are, no figure of their own: 「…なお、本資料における金額は、特に
            // 断りのない限り平成２３年度予算額であり、括弧内の金額は平成２２年度当初予算額である。」)
            && !(before.length() <= 150 && before.matches("(?s).*[。、]\\s*") && !AMOUNT.matcher(before).find()
                && before.contains("金額"))) {
          return false;
        }
        if (end < 0) commitmentOutside = NOT_BUDGET.get("commitment").matcher(text.substring(0, note.start())).find();
        char bracket = note.group(1) == null ? '（' : bracketKind(note.group(1).charAt(0));
        if (ratio) {
          ratios.add(bracket); // 「（ ）内は対前年度比（倍）」: its figures are ratios, no amounts
        } else {
          // (a bracket of the note's own is a remark on it: 「令和６年度当初予算額（歳出ベース）」)
          Label words = label(note.group(2).replaceAll("[（(][^（()）]*[）)]", "").replaceAll("[はをの。]", " ").strip() + " ");
          FiscalYear year = words.relativeYears() != 0 ? shift(fy, words.relativeYears()) : words.year();
          found.put(bracket, new Label("", year, 0, words.kind(), false, false));
        }
        end = note.end();
      }
      // (and after the notes, a sentence with no figure: 「（ － ）は前年度予算額がないもの」, 「「内数」とあるものは…を記載。」)
      // (a year in it is no figure: 「…【 】内は２４年度補正予算案。「◎新規」は２５年度の新規事業）」)
      if (end < 0 || AMOUNT.matcher(text.substring(end)).find() || text.substring(end).matches(".*(?<![0-9])[0-9]+(?![0-9]|\\s*年).*")) {
        return false;
      }
      noted.putAll(found);
      outsideCommitment = commitmentOutside;
      return true;
    }

    /** Whether a line has a figure right inside a bracket that a legend names: 「…［３９５億円］」. */
    boolean notedFigureOnLine(String text) {
      for (int k = 0; k + 1 < text.length(); k++) {
        if (noted.containsKey(bracketKind(text.charAt(k))) && AMOUNT.matcher(text).region(k + 1, text.length()).lookingAt()) return true;
      }
      return false;
    }

    /** A bracket right around the figure after it, words before it aside: 「…事業　〔」. */
    static final Pattern BRACKET_AROUND = Pattern.compile("[（(［\\[〔【]\\s*$");

    /** A legend's line cut after a bracket's words began: 「…［　］内は令和７年度」. */
    static final Pattern LEGEND_CUT = Pattern.compile("[）)］\\]】]\\s*内は[^。]*$");

    /** Brackets a legend says hold ratios (「（ ）内は対前年度比（倍）」), whose figures are no amounts. */
    final Set<Character> ratios = new HashSet<>();

    /** A bracket as legends name it: （ for ( as well, ［ for [. */
    static char bracketKind(char open) {
      return open == '(' ? '（' : open == '[' ? '［' : open;
    }

    /** The innermost bracket still open at the end of {@code label}, as {@link #bracketKind} names it; 0 for none. */
    static char openBracket(String label) {
      int depth = 0;
      for (int k = label.length() - 1; k >= 0; k--) {
        char ch = label.charAt(k);
        if (Repair.closes(ch)) depth++;
        else if (Repair.opens(ch) && depth-- == 0) return bracketKind(ch);
      }
      return 0;
    }

    FoundItem bareComparison(FoundItem head, Amount amount, String written, SourceLine l, char bracket) {
      if (amount.yen() != null && amount.yen() < 0 || ratios.contains(bracket)) return null;
      Label note = noted.get(bracket);
      FiscalYear year = note != null && note.year() != null ? note.year() : shift(head.fiscalYear(), -1);
      BudgetKind kind = note != null && note.kind() != null ? note.kind() : BudgetKind.INITIAL;
      List<String> rules = new ArrayList<>(List.of(note != null ? "bare-comparison-as-noted" : "bare-comparison"));
      rules.addAll(head.rules());
      double penalty = note != null ? 0.05 : 0.15;
      return new FoundItem(head.program(), year, kind, amount, written, null, l, Math.max(0, head.confidence() - penalty), rules);
    }

    /**
     * The name in a sentence's words before a figure: the last phrase before に or として that is not only a year and
     * kind (「…経費として、令和7年度予算に」 is the 経費); null for none.
     */
    static String sentenceName(String label) {
      // (a name's remark in brackets before its particle is no part of it: 「…推進事業（滞納整理に関する実務研修、…等）として」;
      // nor is the year the sentence speaks of after the particle: 「…「…交付金」に、平成２２年度は」)
      String rest = YEAR_TOPIC_END.matcher(label).replaceFirst("");
      for (int k = 0; k < 4; k++) {
        rest = REMARK_BEFORE_PARTICLE.matcher(rest).replaceFirst("");
        Matcher m = SENTENCE_NAME.matcher(rest);
        if (!m.find()) {
          // (past a time of the budget's making, the sentence's topic: 「※ …補助金は、概算要求時（…）には」)
          Matcher topic = k > 0 ? TOPIC_AT_END.matcher(rest) : null;
          return topic != null && topic.find() ? topic.group(1) : null;
        }
        boolean within = m.group().endsWith("において"); // (only a budget's: 「…として、平成２２年度予算において」)
        // (a time of the budget's making is no name either: 「概算要求時（平成２４年９月）には」)
        if (!ONLY_LABEL_WORDS.matcher(m.group(1)).matches() && !BUDGET_TIME.matcher(m.group(1)).matches()) return within ? null : m.group(1);
        rest = rest.substring(0, m.start(1)).replaceFirst("[、，,\\s]+$", "");
      }
      return null;
    }

    /**
     * In running text, the phrase right before a figure in parentheses, after the sentence's last comma, with the year
     * that leads it (「前年度の地方創生推進交付金（1,000億円）」); null when it is no name.
     */
    Label phraseBefore(String words) {
      Matcher last = LAST_PHRASE.matcher(words);
      if (!last.find()) return null;
      String phrase = last.group();
      Matcher lead = PHRASE_YEAR.matcher(phrase);
      String yearWords = lead.lookingAt() ? lead.group(1) : "";
      Named n = name(nameInPhrase(phrase.substring(lead.lookingAt() ? lead.end() : 0)));
      if (n == null) return null;
      Label y = yearWords(yearWords);
      return new Label(n.name(), y.year(), y.relativeYears(), kindWord(yearWords).orElse(null), false, false);
    }

    private static final Pattern LEADING_BRACKETS = Pattern.compile("^\\s*[（(][^（()）]*[）)]");

    /** A footnote's mark after a name in prose: 「「被災地域情報化推進事業」*1に」. */
    static final Pattern PHRASE_MARKS = Pattern.compile("(?<=[」\\p{IsHan}ァ-ヶー）)])[*＊※][0-9]{0,2}(?=\\s*(?:に|として|[（(]|$))");

    /**
     * The program's name in a phrase of prose: the last one in 「」 (「…を支援する「被災地域放送ネットワーク整備事業」」), else the
     * name after the phrase's relative clause (「…取組を支援する地域ＩＣＴ利活用推進交付金」 → 地域ＩＣＴ利活用推進交付金), else the phrase.
     */
    static String nameInPhrase(String phrase) {
      int close = phrase.lastIndexOf('」');
      int open = close > 0 ? phrase.lastIndexOf('「', close) : -1;
      if (open >= 0 && QUOTE_TAIL.matcher(phrase.substring(close + 1)).matches()) {
        String quoted = phrase.substring(open + 1, close) + phrase.substring(close + 1).strip(); // (and its status: 「（新規）」)
        Named n = name(quoted);
        if (n != null && programWord(n.name())) return quoted;
      }
      Matcher means = MEANS.matcher(phrase);
      if (means.find()) {
        // 「携帯電話等エリア整備事業により避難所等への仮設基地局の整備」: the program the figure is spent through, not its use
        Named n = name(means.group(1));
        if (n != null && programWord(n.name())) return nameInPhrase(means.group(1));
      }
      Matcher clause = RELATIVE_CLAUSE.matcher(phrase);
      int from = -1;
      while (clause.find()) from = clause.end();
      if (from > 0 && from < phrase.length()) {
        Named n = name(phrase.substring(from));
        if (n != null && programWord(n.name()) && n.name().length() >= 6) return phrase.substring(from);
      }
      return phrase;
    }

    /** A program that a sentence spends through, before the use it names: 「…事業により…の整備に」, 「…交付金を活用して…に」. */
    private static final Pattern MEANS = Pattern.compile("^(.{4,}?(?:事業|交付金|補助金))(?:により|によって|を活用して|を通じて)");
    private static final Pattern QUOTE_TAIL = Pattern.compile("\\s*(?:[（(](?:新規|拡充)[）)])?\\s*");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?:する|した|される|された|できる)(?=[\\p{IsHan}ァ-ヶ「])");

    /**
     * Boxes of a slide side by side, a line of their names over a line of their figures (「地域おこし協力隊推進事業
     * 集落支援員推進事業」 over 「５．２億円（４．８億円）   １．５億円（１．２億円）」): the name over the figure's part of its
     * line, when both lines have as many parts (parted by two spaces or more) and every part above is a name.
     */
    Named alignedAbove(int i, int at) {
      int a = i - 1;
      if (a >= 0 && lines.get(a).blank()) a--; // a PDF's gap between the names and the figures: a blank line
      if (a < 0 || lines.get(a).blank() || lines.get(a).page() != lines.get(i).page()) return null;
      List<int[]> here = parts(lines.get(i).text());
      String aboveText = lines.get(a).text();
      List<int[]> above = parts(aboveText);
      if (here.size() < 2 || above.size() != here.size()) {
        // (or parted by one space, when the line is figures only and every part above is a program's name: 「…推進事業
        // …整備事業 …再整備事業＜新規＞」 over 「３．３億円 ２．２億円 ０．７億円」)
        here = figuresOnly(lines.get(i).text());
        above = PART_BY_SPACE.matcher(aboveText).results().map(r -> new int[] {r.start(), r.end()}).toList();
        if (here.size() < 2 || above.size() != here.size() || above.stream().anyMatch(p -> {
          Named n = name(aboveText.substring(p[0], p[1]));
          return n == null || !programWord(n.name());
        })) {
          return null;
        }
      }
      if (AMOUNT.matcher(aboveText).find()) return null;
      int g = 0;
      while (g + 1 < here.size() && here.get(g + 1)[0] <= at) g++;
      List<Named> names = new ArrayList<>();
      for (int[] p : above) {
        Named n = name(aboveText.substring(p[0], p[1]));
        if (n == null) return null;
        names.add(n);
      }
      return new Named(names.get(g).name(), names.get(g).status(), List.of("name-aligned-above"), NAME_ABOVE);
    }

    private static final Pattern PART = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern PART_BY_SPACE = Pattern.compile("\\S+");

    /** Where each figure of a line of figures only (parted by spaces) starts and ends; empty when anything else is on it. */
    private static List<int[]> figuresOnly(String text) {
      List<int[]> out = new ArrayList<>();
      Matcher m = AMOUNT.matcher(text);
      int last = 0;
      while (m.find()) {
        if (!text.substring(last, m.start()).isBlank()) return List.of();
        out.add(new int[] {m.start(), m.end()});
        last = m.end();
      }
      return text.substring(last).isBlank() ? out : List.of();
    }

    /** Where each part of a line parted by two spaces or more starts and ends. */
    private static List<int[]> parts(String text) {
      List<int[]> out = new ArrayList<>();
      Matcher m = PART.matcher(text);
      while (m.find()) out.add(new int[] {m.start(), m.end()});
      return out;
    }

    /**
     * A slide's figure first and its program after it on the line (「【要求額】 ４５６億円   人への投資の促進」): the
     * words after the figure, up to the next figure, when they are a name; null otherwise.
     */
    static Named nameAfter(String text, int end) {
      // past the figure's own comparison in brackets: 「３４５億円 （前年度予算額 ３００億円） デジタル人材育成事業」
      Matcher own = LEADING_BRACKETS.matcher(text.substring(end));
      int from = end + (own.lookingAt() ? own.end() : 0);
      Matcher next = AMOUNT.matcher(text);
      int stop = next.find(from) ? next.start() : text.length();
      String words = text.substring(from, stop);
      if (!words.matches("^\\s+[^\\s（(【［〔をにのがはへとでや、。→⇒＋+／/].*")) return null;
      return name(words);
    }

    /**
     * The program a document's title names: 「令和８年度 地域デジタル人材育成支援事業 公募要領」 is about
     * 地域デジタル人材育成支援事業; null for a title that names no program (「…概算要求のポイント」).
     */
    static String titleProgram(String title) {
      String t = TITLE_YEAR.matcher(title.strip().replaceFirst("^「([^「」]+)」(?=の)", "$1")).replaceFirst("");
      Matcher doc = TITLE_DOCUMENT.matcher(t);
      if (!doc.find()) return null;
      Named n = name(t.substring(0, doc.start()));
      return n != null && programWord(n.name()) ? n.name() : null;
    }

    /** A label made of a sentence: the name before に, the year and kind anywhere in the sentence. */
    Label sentence(String label, String name) {
      Label y = yearWords(label);
      return new Label(name, y.year(), y.relativeYears(), kindWord(label).orElse(null), true, true);
    }

    /** The year and kind that a clause of the figure's sentence before it sets ({@link #CONTEXT_CLAUSE}); null for none. */
    Label sentenceContext(String before) {
      // the sentence's last clause that ends 「…において、」 (found in one pass: no regular expression that backtracks)
      int stop = before.lastIndexOf('。');
      String sentence = before.substring(stop + 1);
      Label own = sentenceContextOf(sentence);
      if (own == null && stop > 0 && OF_WHICH.matcher(sentence).lookingAt()) {
        // 「…第３次補正予算では、…総額２８９億円を計上した。このうち、…に ２００億円」: the sentence before's budget (that one
        // sentence only)
        return sentenceContextOf(before.substring(before.lastIndexOf('。', stop - 1) + 1, stop));
      }
      return own;
    }

    static final Pattern OF_WHICH = Pattern.compile("\\s*(?:この|その)うち[、，,]?");

    private Label sentenceContextOf(String sentence) {
      Matcher c = CONTEXT_CLAUSE.matcher(sentence);
      int end = -1;
      while (c.find()) end = c.start();
      // (or, nearer the figure, one with no comma after it, the figure's phrase right after: 「…を踏まえ、平成２４年度補正予算
      // において地域経済循環創造事業交付金（」)
      Matcher bare = CONTEXT_CLAUSE_BARE.matcher(sentence);
      if (bare.find() && bare.end(1) > end) end = bare.end(1);
      if (end < 0) return null;
      String clause = sentence.substring(clauseStart(sentence, end), end);
      if (!CONTEXT_WORDS.matcher(clause).find()) return null;
      Label y = yearWords(clause);
      BudgetKind kind = kindWord(clause).orElse(null);
      if (y.year() == null && y.relativeYears() == 0 && kind == null) return null;
      return new Label("", y.year(), y.relativeYears(), kind, true, false);
    }

    /**
     * The last year that words name: a year (era or not), 前年度 (relative -1), 本年度 (--fiscal-year); 来年度 is
     * --fiscal-year, and so is 今年度 unless the document speaks of 来年度 (written the year before: relative -1).
     */
    Label yearWords(String words) {
      FiscalYear year = null;
      int relative = 0;
      Matcher y = YEAR.matcher(words);
      while (y.find()) {
        if (y.group(2) != null || y.group(6) != null) {
          year = (y.group(2) != null ? year(y.group(1), y.group(2)) : year(y.group(5), y.group(6))).orElse(year);
          relative = 0;
        } else if (y.group(7) != null) {
          year = FiscalYear.parse(y.group(7)).orElse(year); // FY2025
          relative = 0;
        } else if (y.group(3) != null) {
          relative = -1;
        } else if (y.group(8) != null) {
          relative = -2; // 前々年度
        } else if (y.group(10) != null && nextYearSpoken) {
          relative = -1; // 今年度 in a document that speaks of 来年度: written the year before --fiscal-year
        } else {
          relative = 0;
          year = fy;
        }
      }
      return new Label("", year, relative, null, false, false);
    }

    /** 「1,000億円（R6補正）」: the year and kind in the parentheses right after a figure are its own. */
    FoundItem yearAndKindAfter(FoundItem f, String after) {
      Matcher a = AFTER_LABEL.matcher(after);
      if (!a.find() || (a.group(2) == null && a.group(3) == null)) return f;
      FiscalYear year = a.group(2) != null ? year(a.group(1), a.group(2)).orElse(f.fiscalYear()) : f.fiscalYear();
      BudgetKind kind = a.group(3) != null ? kindWord(a.group(3)).orElse(f.kind()) : year.equals(fy) ? f.kind() : BudgetKind.INITIAL;
      List<String> rules = new ArrayList<>(f.rules());
      rules.add("year-kind-after");
      return new FoundItem(f.program(), year, kind, f.amount(), f.written(), f.status(), f.origin(), f.confidence(), rules);
    }

    FoundItem comparison(FoundItem head, Label lab, Amount amount, String written, SourceLine l, char bracket) {
      if (lab.year() == null && lab.kind() == null && lab.relativeYears() == 0) {
        return bareComparison(head, amount, written, l, bracket);
      }
      FiscalYear year = lab.relativeYears() != 0 ? shift(head.fiscalYear(), lab.relativeYears()) : lab.year() != null ? lab.year() : head.fiscalYear();
      // a year named without a kind is that year's initial budget (「７年度 2.5億円」 beside a 令和8年度 request); no year: the headline's kind
      // (in a settlement, what was spent the year before: 「支出済歳出額は … （前年度 １億８，４５６万円）」)
      BudgetKind kind = lab.kind() != null ? lab.kind() : head.kind() == BudgetKind.EXECUTED ? BudgetKind.EXECUTED
          : lab.year() != null || lab.relativeYears() != 0 ? BudgetKind.INITIAL : head.kind();
      List<String> rules = new ArrayList<>(List.of("comparison"));
      rules.addAll(head.rules());
      return new FoundItem(head.program(), year, kind, amount, written, null, l, Math.max(0, head.confidence() - 0.05), rules);
    }

    /**
     * A diagram's labels side by side, three or more short words and none a program's name (「集落の話合い 農業生産活動
     * 多面的機能の発揮」, 「集落協定 集落協定 集落協定」): no name of a figure below them.
     */
    static boolean diagramLabels(String t) {
      String[] words = t.strip().split("[\\s　]+");
      if (words.length < 3 || t.matches(".*[【】「」（）()［］].*")) return false; // (a heading in brackets, spaced apart)
      for (String w : words) {
        // (each a word: not a name spaced apart letter by letter, 「【年 金 生 活 者 支 援 給 付 金】」)
        int letters = w.codePointCount(0, w.length());
        if (letters > 8 || letters < 2 || AMOUNT.matcher(w).find() || w.matches(".*[0-9０-９].*")) return false;
        Named n = name(w);
        if (n != null && programWord(n.name())) return false;
      }
      return true;
    }

    /** The name on a marked line (「○ …」) that starts the paragraph of line i, within four lines above it; null if none. */
    private Named bulletAbove(int i) {
      for (int k = i - 1; k >= 0 && k >= i - 4 && !lines.get(k).blank() && lines.get(k).page() == lines.get(i).page(); k--) {
        String t = lines.get(k).text();
        if (AMOUNT.matcher(t).find()) return null;
        if (BULLET_START.matcher(t).lookingAt() && !t.strip().startsWith("・")) {
          Named n = name(t);
          return n == null ? null : new Named(n.name(), n.status(), List.of("name-bullet-above"), NAME_ABOVE);
        }
      }
      return null;
    }

    /** A bracket opened before a figure with a budget's words only: 「（２２年度予算額 」, 「（内閣府 ２８年度予算案 」. */
    private static final Pattern BUDGET_BRACKET_OPEN = Pattern.compile(
        "[（(]\\s*(?:" + MINISTRY + "\\s*)?(?:" + ERA_YEAR + ")?\\s*(?:概算|当初|補正)?(?:予算|要求)(?:額)?(?:[（(]?案[）)]?)?\\s*[：:]?\\s*$");
    /** A status in brackets right after a name in running text: 「（新規）」, 「【拡充】」. */
    private static final Pattern STATUS_AFTER_NAME = Pattern.compile(BRACKETED_STATUS);
    /** A fund's or program's name in running text: the run of its letters up to the word that ends it, and its status. */
    private static final Pattern FUND_IN_TEXT = Pattern.compile(
        "[\\p{IsHan}\\p{IsKatakana}ー・Ａ-Ｚａ-ｚA-Za-z０-９0-9]{3,30}?(?:" + Repair.NAME_ENDS + "|助成金)(?=[（(【]|を|に|は|が|の|と|、|及び|や|により|$)");

    /**
     * The one fund or program named in the sentence of a marked paragraph (「○ …」, up to five lines above) whose words
     * end at line i's figure in brackets (「…（２２年度予算額 」); null when it names none or two.
     */
    private Named paragraphFund(int i, String before) {
      if (!BUDGET_BRACKET_OPEN.matcher(before).find()) return null; // the figure in a bracket of a budget's words
      StringBuilder text = new StringBuilder(before);
      int k = i;
      while (!BULLET_START.matcher(lines.get(k).text()).lookingAt() || lines.get(k).text().strip().startsWith("・")) {
        if (k == 0 || i - k >= 5 || lines.get(k - 1).blank() || lines.get(k - 1).page() != lines.get(i).page()
            || AMOUNT.matcher(lines.get(k - 1).text()).find()) {
          return null;
        }
        k--;
        text.insert(0, lines.get(k).text().strip());
      }
      String names = null;
      String status = null;
      int bracket = text.lastIndexOf("（");
      String sentence = text.substring(0, bracket < 0 ? text.length() : bracket);
      for (Matcher f = FUND_IN_TEXT.matcher(sentence); f.find(); ) {
        if (names != null && !names.equals(f.group())) return null;
        names = f.group();
        Matcher st = STATUS_AFTER_NAME.matcher(sentence.substring(f.end()));
        if (st.lookingAt()) status = status(st.group(1)); // 「…交付金（新規）を設ける」
      }
      Named n = names == null ? null : name(names);
      return n == null ? null : new Named(n.name(), status != null ? status : n.status(), List.of("sentence", "name-in-paragraph"), NAME_SAME_LINE);
    }

    /** A fund's or program's name right before the bracket a figure opens: 「、消防防災設備整備費補助金（」. */
    private static final Pattern BRACKET_OWNER = Pattern.compile("([^、，,。\\s「」（()）]{4,40}?)[（(]$");

    private static Named bracketOwner(String before) {
      Matcher b = BRACKET_OWNER.matcher(before);
      if (!b.find()) return null;
      Named n = name(b.group(1));
      return n != null && programWord(n.name()) && FUND_WORDS.matcher(n.name()).find()
          ? new Named(n.name(), n.status(), List.of("sentence", "name-before-bracket"), NAME_SAME_LINE) : null;
    }

    /** A name that ends with a program's name quoted after words of its own: the quoted name. */
    private static final Pattern QUOTED_LAST = Pattern.compile("[^「」]{6,}「([^「」]{4,40})」$");

    private static Named quotedLast(Named n) {
      Matcher q = QUOTED_LAST.matcher(n.name());
      if (!q.find()) return null;
      Named quoted = name(q.group(1));
      return quoted != null && programWord(quoted.name()) ? new Named(quoted.name(), n.status(), List.of("sentence", "quoted"), NAME_SAME_LINE) : null;
    }

    /** The words of a line before its figure that ends at {@code end}. */
    private static String wordsBefore(String text, int end) {
      if (end > text.length()) return "";
      Matcher a = AMOUNT.matcher(text.substring(0, end));
      int start = -1;
      while (a.find()) start = a.start();
      return start < 0 ? "" : text.substring(0, start);
    }

    /** Whether lines {@code from} to {@code to} are one paragraph: no blank line between them. */
    private boolean paragraphOf(int from, int to) {
      if (from < 0 || from > to) return false;
      for (int k = from + 1; k < to; k++) if (lines.get(k).blank() || lines.get(k).page() != lines.get(to).page()) return false;
      return true;
    }

    /** After a verb that puts a figure in the budget, a program's name in brackets: 「を計上（地域づくり顕彰事業）」. */
    private static final Pattern BRACKET_AFTER_VERB = Pattern.compile(
        "^\\s*を?\\s*(?:" + BUDGET_VERBS + ")(?:する|した|している|しております|しています)?\\s*[（(]([^（()）]{4,40})[）)]");

    /** The program named in brackets after the verb that follows line i's figure (ending at {@code end}), on its line or the next. */
    private Named nameAfterVerb(int i, SourceLine l, int end) {
      String rest = end <= l.text().length() ? l.text().substring(end) : "";
      if (rest.isBlank() && i + 1 < lines.size() && lines.get(i + 1).page() == l.page()) rest = lines.get(i + 1).text();
      else if (rest.strip().equals("を") && i + 1 < lines.size() && lines.get(i + 1).page() == l.page()) rest += lines.get(i + 1).text();
      Matcher m = BRACKET_AFTER_VERB.matcher(rest);
      if (!m.find()) return null;
      Named n = name(m.group(1));
      return n != null && programWord(n.name()) ? new Named(n.name(), n.status(), List.of("name-after-verb"), NAME_SAME_LINE) : null;
    }

    /** {@code end}: where the figure ends in the line, for a name after it (looked for only when none is before it). */
    /** A table's cell as a figure in the table's unit: 「1,380」 → 1,380百万円; a part's 「31,200の内数」 → 31,200百万円の内数. */
    static String cellWritten(String cell, String unit) {
      if (cell.equals("事項要求")) return cell;
      return cell.endsWith("の内数") ? cell.substring(0, cell.length() - 3) + unit + "の内数" : cell + unit;
    }

    /** A form's budget field (「調査対象予算額 令和２年度予算：…」 under 「調査事案名 （２）…事業」): the form's program. */
    private Named formField() {
      return new Named(formProgram, null, List.of("name-form"), NAME_ABOVE);
    }

    FoundItem headline(int i, SourceLine l, Label lab, Amount amount, String written, FoundItem prevOnLine, int end) {
      if (!lab.name().isEmpty() && LEADING_MARKERS.matcher(lab.name().strip()).replaceFirst("").isBlank()) {
        // only a mark before the figure's words (an answer's 「Ａ２ 令和４年度当初予算において ５．２億円」): no name of its own
        lab = new Label("", lab.year(), lab.relativeYears(), lab.kind(), lab.cue(), lab.sentence());
      }
      Lookup column = null;
      Named after;
      List<String> rules = new ArrayList<>();
      double score = BASE;
      Label above = null;
      Named n;
      if (!lab.name().isEmpty()) {
        Named partOfHeading = amount.qualifier() == Qualifier.PART_OF ? headingFor(i) : null;
        String beforeFigure = wordsBefore(l.text(), end); // (the line's words before this figure, for the rules below)
        n = name(lab.name());
        // a sentence that says what the expense is for (「…の見直しに関する調査等に要する経費として、０．８億円」) under a
        // numbered heading that names the program (「② 情報通信ネットワーク安全・信頼性対策の推進」): the heading's
        if (n != null && lab.sentence() && EXPENSE_OF.matcher(n.name()).find() && headingFor(i) != null
            && !EXPENSE_OF.matcher(headingFor(i).name()).find() && programWord(headingFor(i).name())) {
          n = headingFor(i);
        } else if (n != null && lab.sentence() && !programWord(n.name()) && TOPIC_END.matcher(beforeFigure).find() && headingFor(i) != null
            && programWord(headingFor(i).name()) && paragraphOf(headingIndex, i)) {
          // a sentence's topic that is what the program does (「…雇い入れる事業主に対する助成については、三十二億円」) in the
          // paragraph under the program's numbered heading (「３ 地域雇用開発助成金（地域求職者雇用奨励金）」): the heading's
          n = headingFor(i);
        } else if (n != null && lab.sentence() && (after = bracketOwner(beforeFigure)) != null) {
          // a sentence's figure in brackets right after a fund's name (「…整備については、消防防災設備整備費補助金（４８．９億円の
          // 内数）により支援」): that fund, not the sentence's topic
          n = after;
        } else if (n != null && EXPENSE_WORD.matcher(n.name()).matches() && (after = quotedBefore(l.text(), end)) != null) {
          // an expense named by its word alone after the program quoted (「新たに「自治体クラウド実証事業」（新規）を実施し、
          // 所要経費として１５６，０００千円を計上」): the quoted program
          n = after;
        } else if (n != null && (after = quotedLast(n)) != null) {
          // a description, then the program quoted: 「…を一体的に支援する「成長分野等人材育成支援事業」について、約１００億円」
          n = after;
        } else if (n != null && lab.sentence() && EXPENSE_OF.matcher(n.name()).find() && (after = bulletAbove(i)) != null) {
          // an expense's sentence right under a marked line (「○ 全国瞬時警報システム（Ｊ－ＡＬＥＲＴ）の高度化」 over 「…移行を
          // 進めるための経費として、３７５，６００千円を要求する。」): that line's program
          n = after;
        } else if (n != null && lab.sentence() && EXPENSE_OF.matcher(n.name()).find() && (after = nameAfterVerb(i, l, end)) != null) {
          // the expense's program in brackets after the sentence's verb: 「…顕彰に要する経費として、１２百万円を」 over
          // 「計上（地域づくり顕彰事業）。」
          n = after;
        }
        if (n != null && BREAKDOWN_LINE.matcher(lab.name().strip()).matches() && i > 0 && lines.get(i - 1).page() == l.page()
            && !lines.get(i - 1).blank() && !AMOUNT.matcher(lines.get(i - 1).text()).find()) {
          // only a bracket before the figure, the name on the line above: 「・ …における年金記録問題への対応」 over
          // 「（ねんきん特別便、記録の突合せ等） 平成２１年度予算 ８９０億円」
          Named above1 = name(lines.get(i - 1).text());
          if (above1 != null && (programWord(above1.name()) || BULLET_START.matcher(lines.get(i - 1).text()).lookingAt())) n = above1;
        }
        // the figure in a bracket of remarks after the name: 「ＩＣＴ街づくり推進事業（情報流通行政局計上。平成２５年度予算額 ９．０億円」
        int open = lastRoundOpen(lab.name());
        Named beforeBracket = n == null && open > 0 && Repair.unclosed(lab.name()) > 0 ? name(lab.name().substring(0, open)) : null;
        if (beforeBracket != null && programWord(beforeBracket.name())) n = beforeBracket;
        // a sentence's words before its figure, under a numbered heading: 「…に要する経費であり、所要額は 39億円」
        // (not when the sentence names another program right before the figure: 「…は、令和７年度補正予算の中小企業生産性革命推進
        // 事業 ３，４００億円 と一体で実施」)
        // (the one fund or program a marked paragraph's sentence names, its figure in brackets at the sentence's end: 「○ …を
        // 一体的に支援する農山漁村交流・定住促進交付金（新規）を設ける（２２年度予算額 ２，６５０百万円）。」)
        if (n == null && HIRAGANA.matcher(lab.name()).find() && (after = paragraphFund(i, beforeFigure)) != null) n = after;
        if (n == null && HIRAGANA.matcher(lab.name()).find() && sectionProgram(i, lab.cue()) != null
            && !OTHER_PROGRAM_BEFORE.matcher(lab.name()).find()) {
          n = sectionProgram(i, lab.cue());
        }
        else if (n == null && formProgram != null && FORM_BUDGET_FIELD.matcher(l.text()).lookingAt()) n = formField();
        // 「本事業の平成２５年度予算額は」 in a document about one program (its title 「…事業 公募要領」): that program
        // (or a figure of budget words alone, 「平成２２年度予算額 ８億５，０００万円」 under 「（２）予算額」)
        else if (n == null && titleProgram != null && (THIS_PROGRAM.matcher(lab.name()).find() || lab.name().isEmpty() && lab.cue())) {
          n = new Named(titleProgram, null, List.of("name-document-title"), NAME_ABOVE);
        }
        else if (n == null) return null; // a body, a heading or a sentence: not a program
        else if (partOfHeading != null && i - headingIndex <= 2
            && !nameKey(partOfHeading.name()).equals(nameKey(n.name())) && !SECTION_HEADING.matcher(l.text()).lookingAt()
            // (「・…事業【3,700百万円の内数】」 is an entry of its own; 「【ＧＸ…事業 ５４８億円の内数】」, a box, is not)
            && (!LEADING_MARKERS.matcher(l.text()).lookingAt() || l.text().strip().startsWith("【"))) {
          // under 「○ 浄化槽整備の推進」, 「循環型社会形成推進交付金 ３９０億円の内数」: the heading's program is a part of that
          // 交付金's figure; the words before the figure name what it is a part of
          n = partOfHeading;
        } else n = new Named(n.name(), n.status(), List.of(lab.sentence() ? "sentence" : "name-same-line"), NAME_SAME_LINE);
      } else if ((after = sideBySideName(i, l.text(), end)) != null) {
        n = after;
      } else if ((after = alignedAbove(i, end - 1)) != null) {
        n = after;
      } else if (prevOnLine != null) {
        n = new Named(prevOnLine.program(), null, List.of("name-same-line"), NAME_SAME_LINE);
      } else if ((after = numberedPart(i, l.text(), end)) != null) {
        n = after;
      } else if ((after = nameAfter(l.text(), end)) != null) {
        n = new Named(after.name(), after.status(), List.of("name-after-figure"), NAME_SAME_LINE);
      } else if ((column = columnName(i)) != null) {
        n = column.named();
        above = column.label();
      } else if ((after = nameBelowRun(i)) != null) {
        n = after;
      } else if ((after = noteOwner(i)) != null) {
        n = after;
      } else if (formProgram != null && FORM_BUDGET_FIELD.matcher(l.text()).lookingAt()) {
        n = formField();
      } else if (slideTitle[i] != null && lab.name().isEmpty() && (box[i] || l.text().strip().startsWith("※"))) {
        // a slide's box, or its note (「※ このほか、令和６年度補正予算 ２０億円」): the slide's program; a box's label over
        // its figure gives the figure's year and kind (「２５年度補正予算（案）」 over 「２１．０億円」); but a program's name
        // right above the box is its own (「地域力創造アドバイザー事業」 over 「平成２２年度予算 ８８，６００千円」), and a
        // 関係予算's heading makes it that total
        Lookup up = lookUp(i);
        if (up.reference()) return null;
        int nameLine = i - 1;
        while (nameLine > 0 && lines.get(nameLine).blank()) nameLine--;
        Named right = nameLine >= 0 ? name(lines.get(nameLine).text()) : null;
        boolean ownName = up.named() != null && programWord(up.named().name()) && right != null && up.named().name().equals(right.name());
        n = ownName ? up.named() : new Named(slideTitle[i], null, List.of("name-slide-title"), NAME_ABOVE);
        if (i > 0 && box[i - 1] && BOX_LABEL_LINE.matcher(lines.get(i - 1).text()).matches()) above = label(lines.get(i - 1).text());
      } else if ((after = quotedBefore(l.text(), end)) != null) {
        // a paragraph of prose that quoted its program before (「「…推進交付金」により、…を支援してまいりました。平成２１年度は
        // 当初予算の４２億円に加え、…」): that program
        n = after;
      } else {
        Lookup up = lookUp(i);
        if (up.reference()) return null;
        above = up.label();
        // the program of the figure on the line right above, else a name on the line right below
        boolean currentAbove = current != null && i - currentIndex <= 1;
        // a slide's box: a figure alone under a blank line, its name right below it (「１８億円」 over 「地域脱炭素の推進…」)
        boolean boxTop = up.named() != null && figureAlone(i) && i > 0 && lines.get(i - 1).blank();
        // (or its label and figure, 「２３年度要求額 １８．５億円（特別枠要望）」, under a blank line, a heading naming no program
        // above it and a program's name below it)
        boolean labelledTop = !boxTop && up.named() != null && !programWord(up.named().name()) && i > 0 && lines.get(i - 1).blank()
            && BOX_FIGURE_LINE.matcher(withoutLastBracket(l.text().strip())).matches();
        Named below = (up.named() == null || boxTop || labelledTop) && !currentAbove ? lookDown(i) : null;
        if (labelledTop && (below == null || !programWord(below.name()))) below = null;
        if ((boxTop || labelledTop) && below != null) {
          n = below;
        } else if (up.named() != null && !programWord(up.named().name()) && (after = attachmentTitle(i)) != null) {
          // an attachment's page about one program (「別紙２」 over 「新」 over 「地域防災情報共有システム実証事業」), its figure at
          // the foot under words that name no program (「実証地域：全国５か所程度（公募）」): the page's program
          n = after;
        } else if (up.named() != null) {
          n = up.named();
        } else if (below != null) {
          n = below;
        } else if (headingFor(i) != null) {
          n = headingFor(i);
        } else if (current != null && i - currentIndex <= CURRENT_PROGRAM_REACH) {
          n = new Named(current.program(), null, List.of("name-current-program"), NAME_CURRENT);
        } else if (BOX_LINE.matcher(l.text().strip()).lookingAt() && (after = pageTitle(i)) != null) {
          // a PR sheet's box of its figures at the foot of its page, after its footer: the program the page is titled with
          n = after;
        } else if (titleProgram != null) {
          n = new Named(titleProgram, null, List.of("name-document-title"), NAME_ABOVE);
        } else {
          return null;
        }
      }
      rules.addAll(n.rules());
      score += n.score();
      // 「１兆５，８２０億円（前年度予算額 …）」: a figure stated beside last year's budget is a budget's figure
      boolean cue = lab.cue() || (above != null && above.cue()) || BUDGET_AFTER.matcher(l.text().substring(end)).find()
          || amount.qualifier() == Qualifier.UNQUANTIFIED; // 「事項要求」 is a budget's word itself
      if (cue) {
        rules.add(0, "budget-word");
        score += BUDGET_WORD;
      }
      if (programWord(n.name())) {
        rules.add("program-word");
        score += PROGRAM_WORD;
      }
      if (LEADING_MARKERS.matcher(l.text()).lookingAt() || l.text().startsWith("【")) {
        rules.add("entry");
        score += ENTRY;
      }
      FiscalYear year = lab.year() != null ? lab.year() : above != null && above.year() != null ? above.year() : fy;
      if (lab.relativeYears() != 0) year = shift(fy, lab.relativeYears());
      else if (lab.year() == null && above != null && above.year() == null && above.relativeYears() != 0) {
        year = shift(fy, above.relativeYears()); // 「【前年度】」 over 「９．４億円」
      }
      BudgetKind kind = lab.kind() != null ? lab.kind() : above != null && above.kind() != null ? above.kind()
          : year.equals(fy) ? headlineKind : BudgetKind.INITIAL;
      String status = n.status();
      if (status == null && aloneOnLine(i) && i + 1 < lines.size() && lines.get(i + 1).page() == l.page()
          && BudgetCsvReader.STATUSES.contains(lines.get(i + 1).text().strip())) {
        status = lines.get(i + 1).text().strip(); // a table a cell a line: its 備考 cell (新規, 拡充) below the figure
        rules.add("status-line-below");
      }
      return new FoundItem(n.name(), year, kind, amount, written, status, l, Math.min(1.0, score), rules);
    }

    /** {@code reference}: the figure stands under a heading of figures for reference (「（参考）…の状況」). */
    private record Lookup(Named named, Label label, boolean reference) {
      Lookup(Named named, Label label) {
        this(named, label, false);
      }
    }

    /**
     * The program a line of prose quoted before a figure, in the sentence of the figure or one before it (「…「地域情報通信基盤
     * 整備推進交付金」により、…。平成２１年度は当初予算の４２億円」): the last one in 「」 that a program's word ends; null when
     * the line is no prose or quotes none.
     */
    Named quotedBefore(String text, int end) {
      String before = text.substring(0, Math.min(end, text.length()));
      if (before.length() < Repair.WRAP_MIN || before.indexOf('「') < 0 || text.contains("  ") || !HIRAGANA.matcher(before).find()) return null;
      String quoted = lastQuotedProgram(before);
      if (quoted == null) return null;
      Named n = name(quoted);
      return new Named(n.name(), n.status(), List.of("name-quoted-before"), NAME_SAME_LINE);
    }

    /** Lines of words with no figure that stand three times or more in a document, each time alone: its running heads. */
    static Set<String> runningHeads(List<SourceLine> lines) {
      Map<String, Integer> count = new HashMap<>();
      for (SourceLine l : lines) {
        String t = l.text().strip();
        if (t.length() >= 6 && t.length() <= MAX_LABEL && !AMOUNT.matcher(t).find()) count.merge(t, 1, Integer::sum);
      }
      Set<String> heads = new HashSet<>();
      count.forEach((t, n) -> {
        if (n >= 3) heads.add(t);
      });
      return heads;
    }

    /** The last name in 「」 in {@code text} that a program's word makes a program's (「…「地域おこし協力隊推進事業」に…」); else null. */
    static String lastQuotedProgram(String text) {
      String quoted = null;
      for (Matcher q = QUOTED.matcher(text); q.find(); ) {
        if (programWord(q.group(1)) && name(q.group(1)) != null) quoted = q.group(1);
      }
      return quoted;
    }

    /** Whether the bullets 「・」 from line {@code j} up stand under a marked or numbered name with no figure (「② …事業【拡充】」). */
    boolean headingOverBullets(int j) {
      int page = lines.get(j).page();
      int k = j - 1;
      while (k >= 0 && j - k <= 6 && lines.get(k).page() == page && lines.get(k).text().strip().startsWith("・")) k--;
      if (k < 0 || j - k > 6 || lines.get(k).page() != page || lines.get(k).blank()) return false;
      String h = lines.get(k).text().strip();
      // (a name wrapped onto a second line: 「① 地上デジタル放送日本方式」 over 「（ＩＳＤＢ－Ｔ）の海外展開」)
      if (k > 0 && !MARKED_HEADING.matcher(h).lookingAt() && MARKED_HEADING.matcher(lines.get(k - 1).text().strip()).lookingAt()) {
        h = lines.get(k - 1).text().strip() + h;
      }
      return MARKED_HEADING.matcher(h).lookingAt() && !AMOUNT.matcher(h).find() && name(h) != null;
    }

    /** Whether a line a few above {@code i}, on its page and with no figure, is a 特別交付税措置's heading (「【特別交付税措置】」). */
    boolean taxMeasureAbove(int i) {
      for (int j = i - 1; j >= 0 && j >= i - 6 && lines.get(j).page() == lines.get(i).page(); j--) {
        String t = lines.get(j).text();
        if (AMOUNT.matcher(t).find()) return false;
        if (t.contains("特別交付税措置")) return true;
      }
      return false;
    }

    /**
     * A table extracted column by column (names on lines of their own, then the label of a column and its figures, each
     * alone on a line, then maybe another column): the figure at place j of a run of k figure lines is the program at
     * place j of the k names above the run (past other runs of k figures and their labels); its label is the line right
     * above its run. Null when the figure is not in such a run, or there are not exactly k names.
     */
    Lookup columnName(int i) {
      if (!figureAlone(i)) return null;
      int start = runStart[i];
      int[] names = namesOfRun(start); // {label's line, or -1; each name's line}, or {}
      if (names.length == 0) return null;
      Named n = name(lines.get(names[1 + i - start]).text());
      return new Lookup(new Named(n.name(), n.status(), List.of("name-in-column"), NAME_ABOVE),
          names[0] < 0 ? null : label(lines.get(names[0]).text()));
    }

    /**
     * A column of figures a line each, before a column of as many names (a slide's two columns, the figures' first: 「１６８億円
     * （１５２億円）」 「２０５億円（２１０億円）」 over 「住宅・建築物安全ストック形成事業」 「地域公共交通活性化・再生総合事業」): the
     * figure in place j takes the name in place j. Null when the line is not in such a run, or the names are not as many.
     */
    Named nameBelowRun(int i) {
      if (!figureRow(i)) return null;
      int page = lines.get(i).page();
      int[] run = runAround(i, this::figureRow);
      int from = run[0];
      int to = run[1];
      int k = to - from + 1;
      if (k < 2 || to + k >= lines.size()) return null;
      List<Named> names = new ArrayList<>();
      for (int j = to + 1; j <= to + k; j++) {
        SourceLine l = lines.get(j);
        if (l.page() != page || !nameLine(l.text())) return null;
        Named n = name(l.text());
        if (!programWord(n.name())) return null;
        names.add(n);
      }
      Named n = names.get(i - from);
      return new Named(n.name(), n.status(), List.of("name-below-column"), NAME_ABOVE);
    }

    /** The first and last line of the run of consecutive lines on line i's page that {@code in} holds for, line i among them. */
    private int[] runAround(int i, java.util.function.IntPredicate in) {
      int page = lines.get(i).page();
      int from = i;
      int to = i;
      while (from > 0 && lines.get(from - 1).page() == page && in.test(from - 1)) from--;
      while (to + 1 < lines.size() && lines.get(to + 1).page() == page && in.test(to + 1)) to++;
      return new int[] {from, to};
    }

    /** A line of a figure alone, or a figure and the year before's in brackets: 「１６８億円（１５２億円）」, 「４３億円（ ― ）」. */
    private boolean figureRow(int i) {
      return figureAlone(i) || FIGURE_AND_BRACKET.matcher(lines.get(i).text().strip()).matches();
    }

    private static final Pattern FIGURE_AND_BRACKET = Pattern.compile(
        "(?:" + AMOUNT.pattern() + ")\\s*[（(]\\s*(?:(?:" + AMOUNT.pattern() + ")|[―－\\-─ー]+)\\s*[）)]");

    /**
     * For the run of figures that starts at {@code start}: the line of its label (or -1), then the line of each of its k
     * names (see above); empty when there are not exactly k. A name's bracket carried onto lines of its own (「豊かな体験活動
     * 推進事業」 over 「（うち農山漁村における…」 「…推進校）」, a row's breakdown with no cells of its own) belongs to it.
     */
    private int[] namesOfRun(int start) {
      return columnNames.computeIfAbsent(start, this::findNamesOfRun);
    }

    private int[] findNamesOfRun(int start) {
      int k = runEnd[start] - start + 1;
      if (k < 2) return new int[0];
      int page = lines.get(start).page();
      int labelLine = -1;
      int p = start - 1;
      for (int column = 0; column < 12; column++) {
        while (p >= 0 && lines.get(p).page() == page && (lines.get(p).blank() || labelLine(lines.get(p).text()))) {
          if (labelLine < 0 && column == 0 && !lines.get(p).blank()) labelLine = p;
          p--;
        }
        if (p < 0 || lines.get(p).page() != page) break;
        if (figureAlone(p)) { // the column before this one: as many figures
          int q = runStart[p];
          if (p - q + 1 != k) break;
          p = q - 1;
          continue;
        }
        int q = p;
        while (q >= 0 && p - q <= 3 * k && lines.get(q).page() == page && nameLine(lines.get(q).text())) q--;
        List<Integer> rows = new ArrayList<>(); // the lines that begin a name, top down
        int depth = 0; // round brackets open at the start of a line
        for (int j = q + 1; j <= p; j++) {
          String t = lines.get(j).text().strip();
          if (depth == 0 && !(!rows.isEmpty() && t.startsWith("（"))) rows.add(j);
          depth = Math.max(0, depth + (int) t.chars().filter(c -> c == '（').count() - (int) t.chars().filter(c -> c == '）').count());
        }
        if (rows.size() != k && p - q == k) { // as many lines as names: a line each (「（独）…運営費交付金」 among them)
          rows.clear();
          for (int j = q + 1; j <= p; j++) rows.add(j);
        }
        if (rows.size() != k) return new int[0]; // exactly as many names
        int[] found = new int[k + 1];
        found[0] = labelLine;
        for (int r = 0; r < k; r++) found[r + 1] = rows.get(r);
        return found;
      }
      return new int[0];
    }

    /** A line that is one figure and nothing else, with its unit or bare (a table's cell under a declared unit). */
    boolean aloneOnLine(int i) {
      return figureAlone(i) || BARE_ALONE.matcher(lines.get(i).text().strip()).matches();
    }

    /** A line that is one figure and nothing else. */
    boolean figureAlone(int i) {
      return alone[i];
    }

    private static boolean isFigureAlone(SourceLine l) {
      String t = l.text().strip();
      return !t.isEmpty() && t.length() <= MAX_LABEL && AMOUNT.matcher(t).matches();
    }

    private static boolean labelLine(String t) {
      return t.length() <= MAX_LABEL && (LABEL_LINE.matcher(t.strip()).matches() || ONLY_LABEL_WORDS.matcher(t.strip()).matches());
    }

    private static boolean nameLine(String t) {
      return !t.isBlank() && t.length() <= MAX_LABEL && !AMOUNT.matcher(t).find() && !labelLine(t) && name(t) != null;
    }

    /** The name of an unnamed figure from the lines above: skips blank lines, labels and headings; stops at figures and sentences. */
    Lookup lookUp(int i) {
      if (axisRun(i)) return new Lookup(null, null, true); // a chart's scale, 「７００億円」 over 「６００億円」 over …
      boolean passedShare = false;
      Label label = null;
      int seen = 0;
      int page = lines.get(i).page();
      for (int j = i - 1; j >= 0 && j >= i - 8 && seen < 4; j--) {
        SourceLine l = lines.get(j);
        if (l.page() != page) break;
        if (l.blank()) continue;
        seen++;
        String t = l.text();
        // a quoted name broken over two lines, the sentence's verb after it (「２６年度補正予算で「ふるさとテレワーク…地域実証」 over
        // 「事業」を実施」 over 「（15.0億円、15地域）」): the quoted name, the year and kind of the words before it the figure's
        Lookup quoted = quoteOverTwoLines(j);
        if (quoted != null) return quoted;
        // a field's line between a name and its figure (「補助率 １／２ 基準額 １機当たり １億７千万円」), or the program's
        // description in a list of programs a cell a line (「ドクターヘリの運航に要する経費を補助」): the name is above it
        if (FIELD_LINE.matcher(t.strip() + " ").find() || DESCRIPTION.matcher(withoutLastBracket(t.strip())).find()
            || BULLET_START.matcher(t).lookingAt() && FIELD_LINE.matcher(LEADING_MARKERS.matcher(t.strip()).replaceFirst("") + " ").find()) {
          continue; // (a field bulleted too: 「・ 交付率 １／２（…）」)
        }
        // the ministry of the program above, in brackets on a line of its own: 「地域公共交通確保維持改善事業」 over 「（国土交通省）」
        if (MINISTRY_ALONE.matcher(t.strip()).matches()) continue;
        // a legend of what the bracketed figures are (「（ ）内は２１年度予算額」): no name
        if (BARE_NOTE.matcher(t.strip()).lookingAt()) continue;
        // a list of what the program does (「初任者研修、ステップアップ研修、起業・事業化研修、…」): the name is above it
        if (t.chars().filter(c -> c == '、').count() >= 2 && !AMOUNT.matcher(t).find()) continue;
        if (t.length() > MAX_LINE) break; // a line that long is no name
        if (AMOUNT.matcher(t).find()) {
          // a bullet of the program's description with a figure that is no budget (「・ ２５年度の新規融資見込額 約３，２００億円」,
          // 「・ １地域当たり平均 ３．５億円」): the name is above it
          if (BULLET_START.matcher(t).lookingAt() && !BUDGET_WORDS.matcher(t).find() && notBudgetLine(t)) continue;
          // a share of the figure below, beside it (「都道府県分 １，５００億円程度」 over 「４，０００億円程度」 over 「市町村分 …」):
          // the name is above it, if it is not an item of a list (「③中心市の…強化」: no heading of the figures below it)
          if (SHARE_LINE.matcher(t.strip()).lookingAt()) {
            passedShare = true;
            continue;
          }
          break;
        }
        // 「合計」 right above a figure alone (a table a cell a line): the total's figure, not the name above it; and so are
        // the figures alone under it, a cell a line, that follow it (「主要事項計」 over 「495,727,374」 「552,614,016」 …)
        if (seen == 1 && aloneOnLine(i) && TOTAL_ROW.matcher(t.strip()).matches()) return new Lookup(null, label, true);
        // 「人材力活性化・連携交流関係予算」 right above: the figure is that budget's total
        if (seen == 1 && RELATED_BUDGET.matcher(t.strip()).matches()) return new Lookup(null, label, true);
        if (seen == 1 && aloneOnLine(i) && aloneOnLine(j)) {
          int top = j;
          while (top > 0 && i - top < 8 && lines.get(top - 1).page() == page && aloneOnLine(top - 1)) top--;
          if (top > 0 && lines.get(top - 1).page() == page && TOTAL_ROW.matcher(lines.get(top - 1).text().strip()).matches()) {
            return new Lookup(null, label, true);
          }
        }
        if (LABEL_LINE.matcher(t.strip()).matches() || ONLY_LABEL_WORDS.matcher(t.strip()).matches()) {
          if (label == null) label = label(t);
          continue;
        }
        if (runningHeads.contains(t.strip())) continue; // the sheet's running head between its title and its figure
        if (diagramLabels(t)) continue; // 「集落の話合い 農業生産活動 多面的機能の発揮」 between a slide's name and its box
        // a sentence's start, its rest on the line below (「・…利用する「自治体クラウド」」 over 「の導入を促進するため、…を支援」): no name
        if (j + 1 < i && !lines.get(j + 1).blank() && SENTENCE_REST.matcher(lines.get(j + 1).text().strip()).lookingAt()
            && BULLET_START.matcher(t).lookingAt()) {
          continue;
        }
        if (CLAUSE_END.matcher(t).find()) break; // a sentence that goes on to the figure: no name
        String cleaned = LEADING_MARKERS.matcher(t.strip()).replaceFirst("");
        if (GENERIC.contains(cleaned.replaceAll("\\s+", ""))) continue;
        if (NOT_BUDGET.get("reference").matcher(t).find()) return new Lookup(null, label, true);
        if (j > 0 && FORM_FIELD_LABEL.matcher(lines.get(j - 1).text().strip()).matches()) {
          j--; // a form's field a cell a line, 「項」 over 「住宅対策諸費」: no program's name; the name is above it
          continue;
        }
        // a bullet of what the program does, under its marked or numbered name (「① 地上デジタル放送日本方式」 over
        // 「・採用国における…」 over 「【２５年度予算 ４．２億円…】」): the name is above it
        if (t.strip().startsWith("・") && headingOverBullets(j)) continue;
        Named n = name(t);
        String nameText = t; // the line the name starts on
        if (BREAKDOWN_LINE.matcher(t.strip()).matches() && j > 0 && !lines.get(j - 1).blank()
            && !Repair.OFFICE_END.matcher(t.strip().substring(1, t.strip().length() - 1).strip()).find() // (not 「（中小企業庁 …課）」)
            && lines.get(j - 1).page() == page && !AMOUNT.matcher(lines.get(j - 1).text()).find()
            && name(lines.get(j - 1).text()) != null) {
          // a name's bracket on a line of its own under it (「学校・家庭・地域の連携協力推進事業」 over 「（学校支援地域本部、
          // 放課後子ども教室 等）」): the name is both
          n = name(lines.get(j - 1).text().strip() + t.strip());
          nameText = lines.get(j - 1).text();
        } else if (t.strip().startsWith("（") && j > 0 && lines.get(j - 1).page() == page
            && MARKED_HEADING.matcher(lines.get(j - 1).text().strip()).lookingAt() && !AMOUNT.matcher(lines.get(j - 1).text()).find()) {
          // a marked name wrapped before its bracket (「① 衛星放送受信環境整備事業」 over 「（難視聴地域）の推進」): both
          Named both = name(lines.get(j - 1).text().strip() + t.strip());
          if (both != null) {
            n = both;
            nameText = lines.get(j - 1).text();
            t = nameText.strip() + t.strip();
          }
        }
        // a bullet of the program's description (「・ 指定金融機関が…融資に対し、利子補給（…）」): the name is above it
        if (n == null && BULLET_START.matcher(t).lookingAt()) continue;
        // a row of numbered headings (「1 算定額 2 算定経費」, a diagram's tabs) between a name and its figure
        if (n == null && HEADINGS_ROW.matcher(t.strip()).matches()) continue;
        if (n == null || passedShare && LEADING_MARKERS.matcher(nameText.strip()).lookingAt()) break;
        // a bulleted or numbered heading over its figures (「■ 教職員定数の改善」) is an entry as much as a bulleted line
        if (LEADING_MARKERS.matcher(t.strip()).lookingAt() || t.strip().startsWith("【")) {
          return new Lookup(new Named(n.name(), n.status(), List.of("name-line-above", "entry"), NAME_ABOVE + ENTRY), label);
        }
        return new Lookup(new Named(n.name(), n.status(), List.of("name-line-above"), NAME_ABOVE), label);
      }
      return new Lookup(null, label);
    }

    /** A figure after a part's number alone: 「（1）25.0億円」 (a PR sheet's box of conditions, by the parts its text numbered). */
    private static final Pattern NUMBER_THEN_FIGURE = Pattern.compile("^\\s*[（(]([0-9]{1,2})[）)]\\s*\\S+(?<!の内数)$");

    /**
     * The part of the program that a figure after its number alone is of (「（1）25.0億円」): the line above on its page that starts
     * with the same number and names a program with no figure (「（1）DERアグリゲーション実証事業」); null for any other figure.
     */
    Named numberedPart(int i, String text, int end) {
      if (end > text.length()) return null;
      Matcher fig = NUMBER_THEN_FIGURE.matcher(text.substring(0, end));
      if (!fig.matches()) return null;
      for (int j = i - 1; j >= 0 && i - j <= 60 && lines.get(j).page() == lines.get(i).page(); j--) {
        Matcher number = PAREN_NUMBER.matcher(lines.get(j).text());
        if (!number.lookingAt() || !number.group(1).equals(fig.group(1)) || AMOUNT.matcher(lines.get(j).text()).find()) continue;
        Named n = name(lines.get(j).text());
        return n != null && programWord(n.name()) ? new Named(n.name(), n.status(), List.of("name-numbered-part"), NAME_ABOVE) : null;
      }
      return null;
    }

    /** An attachment's label alone on its line: 「別紙２」, 「別添」, 「（別紙１）」, 「参考資料」. */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("[（(【]?\\s*(?:別\\s*紙|別\\s*添|別\\s*表|参考資料)\\s*[0-9０-９]*\\s*[）)】]?");

    /**
     * The program an attachment's page is about: the first line of the page is its label (「別紙２」), then, after a status
     * mark alone (「新」), its title that is a program's name; null on any other page.
     */
    Named attachmentTitle(int i) {
      int first = firstTextOfPage(i);
      if (first == 0 || !ATTACHMENT_LABEL.matcher(lines.get(first).text().strip()).matches()) return null;
      for (int k = first + 1; k < i && k <= first + 4; k++) {
        String t = lines.get(k).text().strip();
        if (t.isEmpty() || Repair.STATUS_ALONE.matcher(t).matches() || t.matches("[新拡]")) continue;
        Named n = t.length() > MAX_LINE || AMOUNT.matcher(t).find() ? null : name(t);
        return n != null && programWord(n.name()) ? new Named(n.name(), n.status(), List.of("name-attachment-title"), NAME_ABOVE) : null;
      }
      return null;
    }

    /** The first line with text of line i's page (i itself when none is above it). */
    private int firstTextOfPage(int i) {
      int page = lines.get(i).page();
      int first = i;
      while (first > 0 && lines.get(first - 1).page() == page) first--;
      while (first < i && lines.get(first).blank()) first++;
      return first;
    }

    /** The program named by the first line of line i's page (not the document's first page), or null. */
    Named pageTitle(int i) {
      int first = firstTextOfPage(i);
      if (first == 0 || first == i || lines.get(first).text().length() > MAX_LINE || AMOUNT.matcher(lines.get(first).text()).find()) return null;
      Named n = name(lines.get(first).text());
      return n != null && programWord(n.name()) ? new Named(n.name(), n.status(), List.of("name-page-title"), NAME_ABOVE) : null;
    }

    /**
     * Two boxes side by side, their names on one line and their figures on the next (「地域おこし協力隊の推進に要する経費 【拡充】
     * 特別交付税措置」 over 「令和5年度予算額 3.1億円（令和4年度 2.7億円） 令和5年度措置見込額 約210億円」): the figure that is the j-th
     * outside brackets on its line takes the j-th name, when the names (a status mark going with the name before it) are as
     * many as those figures; null for any other figure.
     */
    Named sideBySideName(int i, String text, int end) {
      if (i == 0 || end > text.length() || lines.get(i - 1).page() != lines.get(i).page()) return null;
      String above = lines.get(i - 1).text().strip();
      if (above.isEmpty() || AMOUNT.matcher(above).find()) return null;
      List<Integer> ends = new ArrayList<>(); // where each figure outside brackets ends
      for (Matcher a = AMOUNT.matcher(text); a.find(); ) if (Repair.unclosed(text.substring(0, a.start())) <= 0) ends.add(a.end());
      int j = ends.indexOf(end);
      if (ends.size() < 2 || j < 0) return null;
      List<String> names = new ArrayList<>();
      for (String w : above.split("\\s+")) {
        if (!names.isEmpty() && Repair.STATUS_ALONE.matcher(w.replaceAll("[【】]", "")).matches()) names.set(names.size() - 1, names.get(names.size() - 1) + w);
        else names.add(w);
      }
      if (names.size() != ends.size()) return null;
      Named n = name(names.get(j));
      for (String w : names) if (name(w) == null) return null;
      return new Named(n.name(), n.status(), List.of("name-line-above"), NAME_ABOVE);
    }

    /** The rest of a quote at the start of a line, its closing 」 with no 「 before it: 「事業」を実施」. */
    private static final Pattern QUOTE_REST = Pattern.compile("^([^「」]{1,20})」");
    /** Words before a quoted name that are only a year's budget and the sentence's particle: 「２６年度補正予算で」. */
    private static final Pattern YEAR_BEFORE_QUOTE = Pattern.compile(
        "^(" + YEAR_BUDGET + ")" + BUDGET_PARTICLE + "?$");

    /**
     * Line j as the rest of a name quoted on the line above (「…で「ふるさとテレワーク推進のための地域実証」 over 「事業」を実施」): the
     * quoted name, with the year and kind of the words before the quote as the figure's label when they are only those; null when
     * line j is no such rest, or the quote is no program's name.
     */
    private Lookup quoteOverTwoLines(int j) {
      Matcher rest = QUOTE_REST.matcher(lines.get(j).text().strip());
      if (j == 0 || !rest.lookingAt() || lines.get(j - 1).page() != lines.get(j).page()) return null;
      String above = lines.get(j - 1).text().strip();
      int open = above.lastIndexOf('「');
      if (open < 0 || above.indexOf('」', open) >= 0) return null;
      Named n = name(above.substring(open + 1) + rest.group(1));
      if (n == null || !programWord(n.name())) return null;
      Matcher year = YEAR_BEFORE_QUOTE.matcher(above.substring(0, open).strip());
      Label label = year.matches() ? label(year.group(1)) : null;
      return new Lookup(new Named(n.name(), n.status(), List.of("name-line-above"), NAME_ABOVE), label);
    }

    /**
     * The name of an unnamed figure from the line below it, when none is above (a slide's 「令和７年度予算額 12億円」 over
     * its program's name): the line right below, on the same page, with no figure of its own, if it is a name.
     */
    Named lookDown(int i) {
      if (i + 1 >= lines.size()) return null;
      SourceLine l = lines.get(i + 1);
      String status = null;
      if (Repair.STATUS_ALONE.matcher(l.text().strip().replaceAll("^【(.*)】$", "$1")).matches() && i + 2 < lines.size()
          && lines.get(i + 2).page() == l.page()) {
        status = STATUS.matcher(l.text()).find() ? l.text().strip().replaceAll("[【】（()）]", "") : null;
        l = lines.get(i + 2); // (a status on a line of its own over the name: 「【新規】」 over 「地域の絆再生ＩＣＴプロジェクト」)
      }
      if (l.page() != lines.get(i).page() || l.blank() || l.text().length() > MAX_LINE) return null; // right below
      if (AMOUNT.matcher(l.text()).find() || FIELD_LINE.matcher(l.text()).find()) return null;
      if (Repair.NUMBERED.matcher(l.text()).find()) return null; // 「３．補助対象経費及び補助率」: the next part's heading
      // (what the program does, under it: 「・ …技術の研究開発を推進」)
      if (DESCRIPTION.matcher(withoutLastBracket(l.text().strip())).find()) return null;
      Named n = name(l.text());
      return n == null ? null : new Named(n.name(), n.status() != null ? n.status() : status, List.of("name-line-below"), NAME_ABOVE);
    }

    void add(FoundItem f) {
      if (sectionStatus != null && f.status() == null && f.fiscalYear().equals(fy)) {
        // under 「Ⅰ 新規事業」: the section says the status its items' lines do not
        List<String> rules = new ArrayList<>(f.rules());
        rules.add("status-section");
        f = new FoundItem(f.program(), f.fiscalYear(), f.kind(), f.amount(), f.written(), sectionStatus, f.origin(), f.confidence(), rules);
      }
      items.add(f);
    }

    /** The program that 「同事業」 … in the sentence before column {@code at} of line i refers back to ({@link #lastNamed}); else null. */
    String referent(String text, int i, int at) {
      Matcher same = SAME_PROGRAM.matcher(sentenceBefore(text, at));
      return same.find() ? lastNamed(same.group(1), i, text.substring(0, at)) : null;
    }

    /** The words of a figure's sentence before it: from the last 。 before column {@code at}. */
    static String sentenceBefore(String text, int at) {
      return text.substring(text.lastIndexOf('。', at) + 1, at);
    }

    /**
     * The program that 「同事業」 … refers back to on line i, whose text before the figure is {@code before}: the last name in
     * quotes ending with {@code word} (事業, 補助金 …) on that line or the eight above, else the program of the last item whose name
     * ends with it, found within 30 lines above; else null.
     */
    String lastNamed(String word, int i, String before) {
      // a name in quotes in the text just above (「…「フューチャースクール推進事業」を実施し、…。同事業の…」), nearest first
      // (on line i, the text before the figure as the line reads it: a line joined with the next is longer than its own)
      Pattern quoted = Pattern.compile("「([^「」]{2,40}" + Pattern.quote(word) + ")」");
      for (int k = i; k >= Math.max(0, i - 8); k--) {
        String t = k == i ? before : lines.get(k).text();
        Matcher q = quoted.matcher(t);
        String last = null;
        while (q.find()) last = q.group(1);
        if (last != null && name(last) != null) return last;
      }
      int line = lines.get(i).line();
      for (int k = items.size() - 1; k >= 0; k--) {
        FoundItem f = items.get(k);
        if (line - f.origin().line() > 30) return null;
        if (f.program().endsWith(word)) return f.program();
      }
      return null;
    }

    /** The program of a table's 事業費 row, whose 国費 row comes next ({@link #BASIS_TAIL}). */
    String basisProgram;

    /**
     * The budget that the line right above names and nothing else (「※ このほか、令和２年度第３次補正予算」, 「平成２１年度補正予算に
     * おいて、」): the figures of this line are that budget's; null when the line above is anything else.
     */
    Label budgetLineAbove(int i) {
      int k = i - 1;
      if (k < 0 || lines.get(k).blank() || lines.get(k).page() != lines.get(i).page()) return null;
      Matcher b = BUDGET_ONLY_LINE.matcher(lines.get(k).text().strip());
      if (!b.matches()) return null;
      Label y = yearWords(b.group(1));
      BudgetKind kind = kindWord(b.group(1)).orElse(null);
      return y.year() == null || kind == null ? null : new Label("", y.year(), 0, kind, true, false);
    }

    static final Pattern BUDGET_ONLY_LINE = Pattern.compile(
        "(?:[※＊*]\\s*)?(?:この(?:ほか|他)[、，,]?\\s*)?(" + A_BUDGET + "(?:[（(]第\\s*[0-9]\\s*号[）)])?)\\s*(?:において|で|により)?[、，,]?");

    /** Whether a line names --fiscal-year's budget as a draft or request (「平成２２年度予算案」, 「令和８年度概算要求」), not a 補正. */
    boolean draftSpoken(List<SourceLine> lines, FiscalYear fy) {
      for (SourceLine l : lines) {
        Matcher d = DRAFT_BUDGET.matcher(l.text());
        while (d.find()) {
          Optional<FiscalYear> y = year(d.group(1), d.group(2));
          if (y.isPresent() && y.get().equals(fy)) return true;
        }
      }
      return false;
    }

    static final Pattern DRAFT_BUDGET = Pattern.compile(
        "(" + ERA + ")\\s?(元|[0-9]{1,2})\\s?年度\\s*(?:当初)?(?:予算\\s*(?:案|[（(]案[）)])|概算要求)");

    /** The title of the slide a line is on, in a deck of a program a slide ({@link #slideTitles}); null elsewhere. */
    final String[] slideTitle;
    /** The lines of a slide's box of its budget ({@link #slideTitles}), in a deck of a program a slide. */
    final boolean[] box;

    /** The status a part of the document gives its items: 「Ⅰ 新規事業」, 「Ⅱ 拡充事業」; null under any other part. */
    String sectionStatus;
    Label referenceBlock; // the budget a （参考） block's figures are of, to the next numbered heading or note
    Label sectionBudget; // the budget a section's heading names (「第１ 平成２６年度補正予算」), to the next heading alike
    String sectionNumber; // how that heading is numbered: its first letter (第, （, a digit's)
    boolean restated; // in a （参考） block of no budget: figures given above, or others
    boolean referenceFigure; // the （参考） block's heading has a figure of its own (「（参考）令和２年度第３次補正予算 国費 ４，１８６億円」)
    int lastNumber; // the number of the last 「（n）」 heading outside a （参考） block
    boolean exampleOpen; // an example's sentence goes on to the next line
    boolean localFinance; // under a top heading of the local finances' plan (TOP_HEADING)
    Label slashNext; // the words after a slash between two labels, for the figure after the slash (SLASH_LABELS)
    String localFinanceNumber; // "group" when a numbered section's heading (GROUP_HEADING_LINE) began it
    boolean grantRows; // under a header whose one column of figures is the grants decided per body (交付決定額), to a blank line
    int refusedLine = -1; // the last line of a figure alone (or with its label only) that was no item
    boolean breakdownList; // the ・ lines under 「（内訳）」

    FiscalYear shift(FiscalYear y, int by) {
      int v = y.year() + by;
      return v >= FiscalYear.MIN && v <= FiscalYear.MAX ? FiscalYear.of(v) : y;
    }

    /** 令和 + 6 → 2024; an era-less 6 takes the era of --fiscal-year (the era before it when that would be in the future). */
    Optional<FiscalYear> year(String era, String n) {
      if (era != null) return FiscalYear.parse(era + n + "年度");
      if (n.length() == 4) return FiscalYear.parse(n);
      String label = fy.eraLabel();
      String fyEra = label.substring(0, 2);
      Optional<FiscalYear> y = FiscalYear.parse(fyEra + n + "年度");
      if (y.isPresent() && y.get().year() > fy.year() + 2) {
        int k = n.equals("元") ? 1 : Integer.parseInt(n);
        int eraStart = y.get().year() - k + 1;
        String before = FiscalYear.of(eraStart - 1).eraLabel().substring(0, 2);
        return FiscalYear.parse(before + n + "年度");
      }
      return y;
    }

    /** The name, year, kind and budget words in the text before an amount. */
    /** The year and kind that a budget's words give (「令和７年度補正予算」), as a label of no name. */
    Label budgetWords(String words, boolean cue) {
      Label y = yearWords(words);
      return new Label("", y.year(), y.relativeYears(), kindWord(words).orElse(null), cue, false);
    }

    Label label(String text) {
      text = LEADING_NOTE_MARK.matcher(text).replaceFirst("");
      text = text.substring(text.lastIndexOf('。') + 1); // the sentence before the figure's ends there
      // (a budget's words, the decision's date and the verb: 「平成２４年度予備費（１１月３０日閣議決定）で措置した」 is a
      // budget's words alone)
      text = BUDGET_THEN_VERB.matcher(text).replaceFirst("で");
      Matcher tail = LABEL_TAIL.matcher(text);
      String name = text;
      String words = "";
      if (tail.find()) {
        name = text.substring(0, tail.start());
        words = tail.group();
      }
      Label y = yearWords(words);
      FiscalYear year = y.year();
      int relative = y.relativeYears();
      BudgetKind kind = kindWord(words).orElse(null);
      boolean cue = BUDGET_WORDS.matcher(words).find() || LABEL_LINE.matcher(text.strip()).matches();
      String n = name.strip();
      if (n.matches("^[（(【［〔）)】］〕\\s、，,・" + Repair.BULLETS + "]*$")) n = ""; // brackets or a list's mark alone: 「○ 」
      if (!n.isEmpty() && STATUS.matcher(n).replaceAll("").isBlank()) n = ""; // 「【新規】 」: the figure before it's status
      if (n.matches("^[ぁ-ゖ]{1,2}$")) n = ""; // a particle between two figures: 「３５億円と、今年度（３２億円）」
      // a note's 「※上記のほか、」 before 「令和７年度補正予算において５０億円を措置」: the program is the one above
      // (in a bracket under the figure too: 「（別途、平成２３年度第３次補正予算 ２８．０億円）」)
      if (n.replaceFirst("^[" + Repair.BULLETS + "\\s（(]+", "").matches("(?:(?:" + CONNECTIVES + ")[、，,]?\\s*)+")) n = "";
      // 「４２０億円を計上しています（令和７年度予算額は…」: the verb of the figure before, then its comparison
      if (VERB_ONLY.matcher(n).matches()) n = "";
      // 「地域医療推進事業の予算額は２５億円」: the program whose budget the sentence states
      if (words.matches("(?s)^の?(?:予算額|要求額|概算要求額|予算|総額|決算額|執行額)[はが][\\s、，,]*$")) n = n.replaceFirst("(?<=.{2})の$", "");
      if (year == null && relative == 0) {
        // a year or a budget named before the program or after the words before the figure, when the words right
        // before it name none: 「令和６年度 国営公園等事業費の決算額は」 (the year before the name), 「令和７年度補正予算の
        // 中小企業生産性革命推進事業」 (the budget that gave the program's figure), 「このほか、令和７年度補正予算（防災・
        // 減災、国土強靱化）により」 (the budget the figure is of, after the words before)
        Label given = null;
        Matcher leadYear = LEADING_YEAR.matcher(n);
        Matcher budgetOf = BUDGET_OF.matcher(n);
        Matcher budgetBy = BUDGET_BY.matcher(n);
        if (leadYear.lookingAt() && n.length() - leadYear.end() >= 4) {
          given = budgetWords(leadYear.group(2), false);
          n = leadYear.group(1) + n.substring(leadYear.end());
        } else if (kind == null && budgetOf.lookingAt()) {
          given = budgetWords(budgetOf.group(1), true);
          n = n.substring(budgetOf.end());
        } else if (kind == null && budgetBy.find()) {
          given = budgetWords(budgetBy.group(1), true);
          n = n.substring(0, budgetBy.start());
          if (n.replaceFirst("^[" + Repair.BULLETS + "\\s]+", "").matches("(?:(?:" + CONNECTIVES + ")[、，,]?\\s*)*")) n = "";
        }
        if (given != null) {
          year = given.year();
          relative = given.relativeYears();
          if (kind == null) kind = given.kind();
          cue |= given.cue();
        }
      }
      // 「…支援事業は、令和８年度予算 ２，８５０百万円」, 「…支援事業の令和８年度予算は ２５億円」: the sentence's subject, or
      // whose budget of a year it states
      if (y.year() != null && words.contains("予算")) n = n.replaceFirst("(?<=.{4})(?:は|では|の)$", "");
      // 「令和７年度補正予算で措置した地域活力創出交付金（1,000億円）」: the budget that gave the figure, before the name
      Matcher given = GIVEN_BY.matcher(n);
      if (given.find() && given.end() < n.length()) {
        Label by = budgetWords(given.group(1), true);
        if (year == null && relative == 0) {
          year = by.year();
          relative = by.relativeYears();
        }
        if (kind == null) kind = by.kind();
        n = n.substring(given.end()).strip();
        cue = true;
      }
      // 「…復旧・復興予備費を使用し、臨時災害放送局用の送信機等の緊急配備に要する経費」: what the reserve was used for
      Matcher reserve = RESERVE_USED.matcher(n);
      if (reserve.find() && n.length() - reserve.end() >= 4) {
        Label of = yearWords(n.substring(0, reserve.end())); // (the reserve's year: 「令和５年度の一般予備費を…」)
        if (year == null && relative == 0) {
          year = of.year();
          relative = of.relativeYears();
        }
        n = n.substring(reserve.end()).strip();
        if (kind == null) kind = BudgetKind.RESERVE;
        cue = true;
      }
      return new Label(n, year, relative, kind, cue, false);
    }
  }

  /**
   * A table's header whose column of figures is the grants decided (or allotted) per body: 「… 交付先 … 交付決定額」 (its
   * first row may have been run into it: 「… 交付決定額北海道 上川郡下川町 …」).
   */
  static final Pattern GRANTS_HEADER = Pattern.compile("(?<=\\s)(?:交付決定額|交付予定額|補助予定額|採択額|配分額|内示額)(?=\\s|$|\\p{IsHan})");
  /**
   * The program a figure's open bracket names, in running text: the name inside it before the figure (「（地域力創造アドバイザー
   * 事業 」, 「（地域経済循環創造事業交付金 平成２５年度補正予算 」), or, when the bracket holds only the budget's words, the
   * name right before it (「…国土交通省の離島航路補助金（平成２２年度予算 」); null when neither is a program's name.
   */
  static String bracketName(String label) {
    int open = lastRoundOpen(label);
    if (open <= 0 || label.indexOf('）', open) >= 0 || label.indexOf(')', open) >= 0) return null;
    Matcher inner = BRACKET_INNER.matcher(label.substring(open + 1));
    if (!inner.matches()) return null;
    String named = inner.group(1).strip();
    if (named.isEmpty()) {
      if (inner.group(2) == null) return null;
      Matcher last = LAST_PHRASE.matcher(label.substring(0, open));
      if (!last.find()) return null;
      named = Run.nameInPhrase(last.group().replaceFirst("^\\s*[^、。\\s]{1,8}(?:省|庁)の(?=\\S{4})", "")); // (「国土交通省の…」)
    }
    Named n = name(named);
    return n != null && programWord(n.name()) && n.name().length() >= 4 ? named : null;
  }

  /** A budget right before a bracket: 「令和７年度当初予算（」. */
  static final Pattern BUDGET_BEFORE_BRACKET = Pattern.compile("(" + A_BUDGET + ")(?:[（(]案[）)])?\\s*$");

  /** What an open bracket holds before its figure: a name, then the budget's words (「平成２５年度補正予算」, 「予算額」). */
  private static final Pattern BRACKET_INNER = Pattern.compile(
      "([^（()）、。：:]*?)\\s*((?:" + ERA_YEAR + ")\\s*\\S{0,8}(?:予算|要求)\\S{0,4}|予算額?|要求額)?\\s*");

  /** A 特別交付税措置 and, in its sentence or the next, its total: 「…措置を講じます。…措置額は、全体で 」, 「…措置を講じる（…全体で」. */
  /** A year's whole and nothing else before a figure: 「・ 平成２４年度 全体で」. */
  static final Pattern WHOLE_YEAR = Pattern.compile("(?:.*[、，,（(])?[・\\s]*(?:(?:令和|平成)?(?:元|[0-9]{1,2})年度)?(?:は|の措置額は)?[、\\s]*全体で\\s*(?:約)?\\s*");
  static final Pattern TAX_MEASURE_TOTAL = Pattern.compile("特別交付税(?:で|により)?措置[^。]{0,40}(?:。[^。]{0,30})?(?:全体で|措置額は)[^。]{0,6}$");
  /** A program referred back to by its kind: 「同補助金」, 「同事業」, 「同交付金」 (as a topic or the figure's phrase). */
  static final Pattern SAME_PROGRAM = Pattern.compile("(?<![\\p{IsHan}])同(事業|補助金|交付金|基金|制度|プログラム)(?:について|については|は|に|として|の)");
  /** A phrase that refers back to what its paragraph is about: 「その構築…」, 「これに必要な経費」, 「同事業」, 「本事業」. */
  static final Pattern ANAPHORA = Pattern.compile("(?:その|これ|この|同|当該|本)(?![\\p{IsHan}]{0,1}(?:年|月|日))");

  /** Where the last round bracket opens in {@code s} (「（」 or 「(」), or -1. */
  static int lastRoundOpen(String s) {
    return Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
  }

  /** The words between a year's budget and its other figure: 「…に対し執行額 」, 「に対して、決算額は」. */
  static final Pattern ADDED_TO = Pattern.compile("\\s*に加え(?:て)?[、，,]?\\s*(?:第\\s?[0-9一二三四]\\s?次)?\\s*(?:補正予算|予備費)(?:で|において|により)?\\s*");
  static final Pattern AGAINST = Pattern.compile("\\s*に対し(?:て)?[、，,]?\\s*\\S{0,6}額(?:は)?\\s*");
  /** A year before a name, apart from it: 「○ 令和６年度 国営公園等事業費」. */
  static final Pattern LEADING_YEAR = Pattern.compile("^([" + Repair.BULLETS + "\\s]*)(" + ERA_YEAR + ")\\s+(?=\\S)");
  /** A budget before the name of the program it gave the figure: 「令和７年度補正予算の中小企業生産性革命推進事業」. */
  static final Pattern BUDGET_OF = Pattern.compile("[" + Repair.BULLETS + "\\s]*(?:(?:" + CONNECTIVES + ")[、，,]\\s*)?(" + A_BUDGET + ")"
      // (「令和７年度補正予算においても、無償資金協力」; a space for the comma: 「令和3年度当初予算案において 工業用水道事業費補助」)
      + "(?:の|(?:において|では|で|により)も?(?:[、，,]|\\s)\\s*)(?=\\S{4,})");
  /** A budget that a figure is of, at the end of the words before it: 「令和７年度補正予算（防災・減災…）により」. */
  static final Pattern BUDGET_BY = Pattern.compile("(" + A_BUDGET + ")(?:[（(][^（()）]*[）)])?\\s*(?:により|によって|において|で|に)\\s*$"); // (に: its 「より」 may be the label's words)

  /** What the words before an amount say. {@code relativeYears} is -1 for 前年度. */
  record Label(String name, FiscalYear year, int relativeYears, BudgetKind kind, boolean cue, boolean sentence) {}

  static Optional<BudgetKind> kindWord(String words) {
    // a 決算's lines: 「前年度繰越額」 is this year's, carried in; 「翌年度繰越額」 carried out; 「支出済歳出額」 spent
    if (CARRIED_OUT.matcher(words).find()) return Optional.of(BudgetKind.CARRIED_OUT);
    if (CARRIED_IN.matcher(words).find()) return Optional.of(BudgetKind.CARRIED_IN);
    if (words.contains("支出済")) return Optional.of(BudgetKind.EXECUTED);
    if (words.contains("補正") || SUPPLEMENTARY_NUMBER.matcher(words).matches()) return Optional.of(BudgetKind.SUPPLEMENTARY);
    if (words.contains("要求") || words.contains("要望")) return Optional.of(BudgetKind.REQUEST);
    // (a budget's 決定, not a grant's: 「支給決定額の減少を踏まえ、△80億円の減額補正」)
    // (既決予算額: the budget in force before a 補正, its 当初)
    if (words.contains("当初") || words.contains("既決") || BUDGET_DECIDED.matcher(words).find() || words.contains("政府案")) {
      return Optional.of(BudgetKind.INITIAL);
    }
    if (words.contains("執行") || words.contains("決算")) return Optional.of(BudgetKind.EXECUTED);
    if (words.contains("予備費")) return Optional.of(BudgetKind.RESERVE);
    return Optional.empty();
  }

  /** The words between two figures that name the second's 補正 by its ordinal alone: 「、第2次補正予算で 」. */
  static final Pattern ORDINAL_ONLY = Pattern.compile("^[、，,\\s]*" + ORDINAL + "\\s?補正予算(?:案)?" + BUDGET_PARTICLE + "?\\s*$");

  /** A 補正's number alone, a column's label: 「第2号」. */
  private static final Pattern SUPPLEMENTARY_NUMBER = Pattern.compile("\\s*" + SUPPLEMENTARY_NO + "\\s*");

  /** A budget's decision (予算決定, 閣議決定), not a grant's (支給決定, 交付決定, 採択決定). */
  private static final Pattern BUDGET_DECIDED = Pattern.compile("(?<!支給|交付|採択)決定");

  /** A budget that gave a figure, before the program's name: 「令和７年度補正予算で措置した」「前年度予算により創設された」. */
  /** Two labels parted by a slash right before a figure: 「要求額／前年度予算額 」. */
  static final Pattern SLASH_LABELS = Pattern.compile("(\\S{0,12}(?:額|予算|要求))\\s*[／/]\\s*(\\S{0,12}(?:額|予算|要求))\\s*$");
  /** A reserve's use before what it was used for: 「…予備費を使用し、」. */
  static final Pattern RESERVE_USED = Pattern.compile("予備費(?:を|から)(?:使用|活用|支出)し(?:て)?[、，,]\\s*");
  static final Pattern GIVEN_BY = Pattern.compile("(\\S*?年度\\s*(?:第\\S{1,2}次)?\\s*(?:補正|当初)?予算(?:案)?)\\s*"
      + "(?:で|により|において|にて)\\s*(?:措置|計上|創設|確保|造成)(?:された|した|済みの|済の)");

  /** A section's heading that is a budget's name: 「第１ 平成２６年度補正予算」, 「２．令和７年度予算（案）」. */
  static final Pattern SECTION_BUDGET = Pattern.compile("\\s*(第\\s*[0-9]{1,2}\\s|[0-9]{1,2}\\s*[.．]\\s*|[（(][0-9]{1,2}[）)]\\s*|[Ⅰ-Ⅻ]{1,2}\\s*[.．]{1,2}\\s*)\\s*("
      + ERA_YEAR + "の?\\s*(?:第\\S{1,2}次)?\\s*(?:補正|当初)?予算(?:案|[（(]案[）)])?)\\s*"
      // (its number or whose it is, and what the section lists of it: 「３．令和６年度補正予算（第１号）の主な事項」,
      // 「３ 平成２０年度補正予算（地域力創造グループ関係）」)
      + "(?:[（(]第\\s*[0-9一二三四]\\s*号[）)]|[（(][^（()）0-9、。]{1,20}[）)])?\\s*"
      // (「（１）平成２３年度の補正予算等による支援」, 「（２）平成２４年度予算における取組」)
      + "(?:(?:の|等?(?:による|における|に係る|での))[^0-9、。，,]{1,10})?\\s*");
  /** A section's heading numbered as a group of a table's rows is: 「３ 主要施策（一般会計）」. */
  static final Pattern GROUP_HEADING_LINE = Pattern.compile("^" + Repair.GROUP_NUMBER);
  /** A slide's page number, alone on its line. */
  static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
      "\\s*(?:" + Repair.PAGE_NUMBER.pattern() + "|[-－‐]?\\s*[0-9]{1,3}\\s*[-－‐]?)\\s*"); // (「－ １ －」, 「2」)
  /** A slide's box of its budget: 「令和８年度概算要求額 ４５億円（３８億円）」, 「【令和８年度予算額】 ５０億円」. */
  static final Pattern BOX_LINE = Pattern.compile(boxLabel() + "(?=\\S*[0-9０-９]|事項要求)");
  /** A slide's box label alone on its line, its figure on the next: 「２６年度予算（案）」, 「【令和８年度概算要求額】」. */
  static final Pattern BOX_LABEL_LINE = Pattern.compile(boxLabel());

  /** The words of a slide's box before its figure: 「令和８年度概算要求額」, 「【２６年度予算（案）】：」. */
  private static String boxLabel() {
    return "\\s*[【［]?\\s*(?:" + ERA_YEAR + "\\s*(?:概算|補正|当初)?(?:要求|予算)(?:・要望)?額?|(?:要求|予算)額)(?:[（(]案[）)])?\\s*[】］]?\\s*[：:]?\\s*";
  }
  /** The end of a fund's or a program's name (not a theme's 「…の推進」): 「…交付金」, 「…事業」, 「…経費」. */
  static final Pattern FUND_WORDS = Pattern.compile("(?:事業|交付金|補助金|助成金|給付金|負担金|委託費|経費|事業費|基金)(?:[（(][^（()）]*[）)])?$");
  /** A line that names an account and nothing else: 「労働保険特別会計 雇用勘定」, 「一般会計」. */
  static final Pattern ACCOUNT_LINE = Pattern.compile("\\s*(?:" + ACCOUNT + "\\s*)+");
  /** The accounts a slide checks (「一般 労災 雇用 徴収」 over 「○ ○」): no name. */
  static final Pattern ACCOUNT_CHECKS = Pattern.compile(
      "\\s*(?:(?:一般|労災|雇用|徴収|年金|健康|子育て|子ども・子育て|エネ特|特会|復興|[○◯〇●✓✔])\\s*)+");

  /** A legend's words for a ratio: 「対前年度比（倍）」, 「伸率」. */
  static final Pattern RATIO_WORDS = Pattern.compile("比|倍|率");

  /** A list of parts under its heading: 「（内訳）」, 「【内訳】」, 「内訳：」. */
  static final Pattern BREAKDOWN_LIST = Pattern.compile("\\s*[（(【［]?\\s*内\\s*訳\\s*[）)】］]?\\s*[：:]?\\s*");
  /** A heading's number in brackets at the start of its line: 「（２）」. */
  private static final Pattern PAREN_NUMBER = Pattern.compile("^\\s*[（(]([0-9]{1,2})[）)]");

  /** Whether a line starts with the heading's number that comes after {@code last}: 「（３）」 after 「（２）」. */
  static boolean numberAfter(String text, int last) {
    Matcher m = PAREN_NUMBER.matcher(text);
    return last > 0 && m.lookingAt() && Integer.parseInt(m.group(1)) == last + 1;
  }

  /** A block of figures for reference: 「（参考）」 at the start of its line. */
  static final Pattern REFERENCE_HEADING = Pattern.compile("\\s*" + REFERENCE_MARK);
  /** A row of what is left of a budget or fund, no budget: 「使用後の残額」, 「年度末残高」. */
  static final Pattern BALANCE_ROW = Pattern.compile("(?:残額|残高)$");
  /** A reference block's heading that ends with a year's budget: 「（参考）…の２１年度予算額」 (its 当初). */
  static final Pattern REFERENCE_YEAR_AT_END = Pattern.compile("の(" + ERA_YEAR + ")(?:当初)?予算額?$");
  /** A block of another budget's figures for reference: 「（参考）令和６年度補正予算（外務省所管）」. */
  static final Pattern REFERENCE_BUDGET = Pattern.compile(REFERENCE_HEADING.pattern() + "\\s*[：:]?\\s*(?:国の)?(" + A_BUDGET + ")");
  /**
   * A document's top heading (「第２ 」, 「（参考１）」) over the local finances' plan or measures (「第２ 地方財政計画（通常収支分）の
   * 概要」): its figures are the local bodies', not the state's budget, to the next such heading.
   */
  static final Pattern TOP_HEADING = Pattern.compile("^\\s*(?:第\\s*[0-9０-９一二三四五六七八九十]{1,2}(?![0-9０-９年条号回])|" + REFERENCE_MARK + ")");
  static final Pattern LOCAL_FINANCE_HEADING = Pattern.compile("地方財政計画|地方財政対策|地方財政の姿");

  /** The state's share of the project cost before it: 「【うち国費」 (the figure after it is the budget). */
  static final Pattern STATE_SHARE = Pattern.compile("[【（(［〔]\\s*" + STATE_SHARE_WORDS + "\\s*[：:]?\\s*(?:約)?\\s*$");

  static final Pattern CARRIED_OUT = Pattern.compile("翌年度\\s*(?:へ|への)?\\s*繰り?越");
  static final Pattern CARRIED_IN = Pattern.compile("繰り?越");

  /**
   * A figure of less than 100万円 is a price, a wage or a payment per head (「全国加重平均１，１２１円」, 「１時間当たり
   * ５００円」), never a program's budget (the smallest in the gold lists is 2,461千円).
   */
  static boolean belowAnyBudget(Amount amount) {
    return amount.yen() != null && amount.yen() >= 0 && amount.yen() < 1_000_000L;
  }

  /** The words between a figure and what it becomes: 「…から」, 「→」. */
  static final Pattern CHANGED_TO = Pattern.compile("\\s*(?:から|より|→|⇒|➡)\\s*");

  static boolean reject(String label, String after) {
    return reject(label, after, null);
  }

  /** {@link #reject}, but for the reason named {@code except} (a key of {@link #NOT_BUDGET}). */
  static boolean reject(String label, String after, String except) {
    for (Map.Entry<String, Pattern> e : NOT_BUDGET.entrySet()) if (!e.getKey().equals(except) && e.getValue().matcher(label).find()) return true;
    return NOT_BUDGET_AFTER.matcher(after).find();
  }

  /** A part that is a program of its own, named at its line's start: 「うち 地域再生マネージャー事業」. */
  private static final Pattern PROGRAM_PART = Pattern.compile("\\s*うち\\s*[^\\s（(、]{2,12}?(?:" + Repair.NAME_ENDS + "|調査研究)\\s*");
  /** The words of a budget's whole, not a program's: 「令和８年度警察庁予算（案）（一般会計）」, 「地域振興関係予算 合計」. */
  private static final Pattern BUDGET_WHOLE = Pattern.compile("予算|合\\s*計|総\\s*計");


  /**
   * The words between a refused figure and the next that open a bracket of its parts right after it (「を上限（報償費等 」,
   * then 「、活動経費 」): no budget's words in it (「【うち国費 」 is the budget of a project's cost).
   */
  static boolean partOfRefused(String between) {
    Matcher b = PARTS_BRACKET.matcher(between);
    return b.matches() && !BUDGET_WORDS.matcher(b.group(1)).find();
  }

  private static final Pattern PARTS_BRACKET = Pattern.compile("[^（(【［〔）)]{0,4}[（(]([^（()）]{0,30})");

  /** Whether every figure on a line is one that {@link #reject} turns away (the words since the figure before it). */
  static boolean notBudgetLine(String t) {
    Matcher m = AMOUNT.matcher(t);
    int from = 0;
    boolean any = false;
    while (m.find()) {
      if (!reject(t.substring(from, m.start()), t.substring(m.end()))) return false;
      any = true;
      from = m.end();
    }
    return any;
  }

  /**
   * Whether a figure stands in the parentheses of a breakdown: 「（うち一般会計 1,000億円、特別会計 234億円）」, the
   * second figure as much as the first.
   */
  static boolean inBreakdown(String before) {
    int depth = 0;
    for (int k = before.length() - 1; k >= 0; k--) {
      char ch = before.charAt(k);
      if (ch == '）' || ch == ')') depth++;
      else if (ch == '（' || ch == '(') {
        if (depth == 0) return before.substring(k + 1).stripLeading().startsWith("うち");
        depth--;
      }
    }
    return false;
  }

  /** The lowest bracket depth reached in the text, relative to its start. */
  private static int minDepth(String s) {
    int d = 0;
    int min = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (Repair.opens(ch)) d++;
      else if (Repair.closes(ch)) d--;
      min = Math.min(min, d);
    }
    return min;
  }

  /** The text without the bracket it ends with, brackets inside it too: 「…の整備・運用（一括計上分。（４）（５）を除く。）」 → 「…の整備・運用」. */
  static String withoutLastBracket(String s) {
    if (s.isEmpty() || !Repair.closes(s.charAt(s.length() - 1))) return s;
    int depth = 0;
    for (int k = s.length() - 1; k >= 0; k--) {
      char ch = s.charAt(k);
      if (Repair.closes(ch)) depth++;
      else if (Repair.opens(ch) && --depth == 0) return s.substring(0, k);
    }
    return s;
  }

  static boolean programWord(String name) {
    String core = name.replaceAll("[（(][^（()）]*[）)]$", "");
    return PROGRAM_WORDS.matcher(core).find();
  }

  /**
   * A program's name from the words before an amount or from a line: markers, numbering and status removed
   * (「○ 農泊推進対策（新規）」 → 農泊推進対策, status 新規; 「（１）地域医療介護総合確保基金（医療分）」 → 地域医療介護総合確保基金（医療分）;
   * 「豊かな体験活動推進事業のうち 農山漁村における…推進校」 → 農山漁村における…推進校); null when what is left is not a
   * program's name (a body, a heading, a sentence, a field).
   */
  static Named name(String raw) {
    String s = raw.strip();
    if (FIELD_LINE.matcher(s).find()) return null;
    if (CONTACT.matcher(s).find()) return null; // a sheet's footer: 「お問合せ先： 環境省…室 電話：03-5521-8231」
    if (NOT_BUDGET.get("reference").matcher(s).find()) return null; // 「（参考）…予備費の状況」: a heading of figures for reference
    String status = null;
    Matcher st = STATUS.matcher(s); // before the markers go: 「【新規】 地域交通DX推進事業」
    if (st.find()) {
      status = status(st.group(1) != null ? st.group(1) : st.group(2));
      s = (s.substring(0, st.start()) + " " + s.substring(st.end())).strip();
    }
    s = NAME_FIELD.matcher(s).replaceFirst(""); // 「事業名：」「【事業名】」: the field's label, not the name
    s = ROW_NUMBER_MARK.matcher(s).replaceFirst(""); // 「【0001】…経費」: the program's 事業番号
    s = MINISTRY_MARK.matcher(s).replaceFirst(""); // 「【厚】水道施設整備費補助」: a legend's mark of the program's ministry
    s = s.replaceFirst("^(?:[0-9]{1,3}\\s+)?" + MINISTRY + "\\s+(?=\\S{4,})", ""); // 「経済産業省 地域新成長…事業」: its ministry's cell
    s = LEADING_MARKERS.matcher(s).replaceFirst("");
    // a heading and its numbered sub-heading on one line: 「ICT利活用の促進 ②地域の成長力の向上」 is the ②
    Matcher sub = SUB_HEADING.matcher(s);
    if (sub.find() && s.length() - sub.end() >= 4) s = s.substring(sub.end()).strip();
    // a budget's structure: 「（項）地域振興費 （目）地域活性化推進交付金」 is the 目
    int item = Math.max(s.lastIndexOf("（目）"), s.lastIndexOf("(目)"));
    if (item >= 0 && s.length() - item - 3 >= 2) s = s.substring(item + 3).strip(); // (the 項 went with the markers)
    // 「…開発【拡充】【要望】」: a request in the 重要政策推進枠; 「…支援【基金】」: a fund's mark; no part of the name
    s = s.replaceAll("[【［](?:要望|基金)(?:[】］]|$)", "").strip();
    // 「…補助金 【特別重点】」: a request's priority (特別重点要求, 重要政策推進枠), no part of the name
    s = s.replaceAll("[【［](?:特別重点|重点|推進枠|重要政策推進枠)(?:要求|要望)?(?:[】］]|$)", "").strip();
    // 「恩給記録（約２００万件）の光ディスク化」: a count said in passing, no part of the name
    s = s.replaceAll("[（(]約?[0-9０-９][0-9０-９,，.．万千億]*(?:件|人|団体|か所|箇所|校|台|世帯)(?:程度)?[）)](?=の)", "").strip();
    s = s.replaceAll("(?:[…‥]+|[・.．]{2,})$", "").strip(); // dot leaders before the figure
    s = dropUnbalanced(s).strip();
    int uchi = s.lastIndexOf("のうち");
    if (uchi > 0 && s.length() - uchi - 3 >= 4) s = s.substring(uchi + 3).strip();
    if (s.startsWith("他に")) s = s.substring(2);
    s = s.replaceFirst("^[（(]?注\\s*[0-9]{0,2}[）)]\\s*", ""); // a note's mark: 「（注３）上記のほか、…」
    s = LEADING_CONNECTIVE.matcher(s).replaceFirst(""); // 「上記のほか、米穀周年供給・需要拡大支援事業」
    s = s.replaceFirst("^(?:[、，,]|及び|並びに|および|ならびに)\\s*", ""); // the second of two: 「…5億円、集落支援員推進事業 3億円」
    s = CLAUSE.matcher(s).replaceFirst(""); // 「…を支えるため、地域再エネ導入計画策定支援事業に要する経費」
    // the budget a sentence puts its figure in, before the name: 「平成24年度予算案に「緑の分権改革」推進事業」
    s = YEAR_BUDGET_PARTICLE.matcher(s).replaceFirst("");
    // 「…の推進として、国立ハンセン病療養所等の施設整備」 (not 「…事業として、令和６年度補正予算で」: the name is before it)
    s = s.replaceFirst("^.*として[、，,]\\s*(?=(?![令平昭]和|前年度|本年度|今年度|当初|補正|[0-9])[^、，,]{4,}$)", "");
    // 「令和８年度から「乳児等のための支援給付」として全国の市町村で実施する」: the program is what is quoted
    s = s.replaceFirst("^.*?「([^「」]{4,})」として.*$", "$1");
    s = LEADING_CONNECTIVE.matcher(s).replaceFirst(""); // 「設備の整備には、別途、保育環境改善等事業」
    if (s.startsWith("うち") && s.length() > 6) s = s.substring(2).strip(); // a table's うち row: a part with a name of its own
    s = s.replaceAll("[\\s:：、,（(【［〔]+$", "").replaceAll("[】］〕]+$", "");
    s = s.replaceAll("(?:の概要|について)$", "");
    s = s.replaceFirst("として$", ""); // 「地域医療推進事業として、令和６年度補正予算で３０億円」
    s = s.replaceFirst("(?<=[\\p{IsHan}ァ-ヶー）)])に$", ""); // 「…、農業農村整備事業に ２，４５０億円」: the particle
    s = s.replaceFirst("^「([^「」]{4,})」(?:に|には|として)?$", "$1"); // 「「救急業務高度化推進事業」に」: the quoted name
    s = s.replaceFirst("^(?:予算額|要求額|概算要求額)(?:[（(]案[）)])?\\s*(?=\\S)", ""); // 「予算額（案） デジタル庁一括計上」: a label
    s = s.replaceFirst("の(?:予算額|要求額|概算要求額|予算|決算額|執行額|支出済額)(?:は|が)$", ""); // 「…事業の予算額は２５億円」
    // 「…支援事業は、令和８年度予算 ２，８５０百万円」: the subject is the program, the rest the figure's label
    s = s.replaceFirst("^(\\S{4,}?)(?:は|では)[、，,]\\s*(?:" + ERA_YEAR + ")?\\s*(?:当初|補正)?予算(?:額)?(?:[（(]?案[）)]?)?$", "$1");
    s = s.replaceFirst("^.*?(?:において|によって|により)(?=[^、，,]{4,}$)", ""); // 「…予算において地域医療推進事業費」
    s = s.replaceAll("(?:※|＊|\\*|注)[0-9]{0,2}$", "").strip(); // a footnote's mark: 「地域共生社会推進事業※1」
    s = s.replaceAll("[（(](?:国費|国費ベース|事業費ベース)[）)]$", "").strip(); // 「…事業（国費） 5億円」
    // the account or the money a program's figure is from, after its name: 「…の研究開発 【電波利用料財源】」, 「【一般会計】」
    s = s.replaceFirst("\\s*[【［〔][^【】［］〔〕]{1,12}(?:財源|会計|勘定)[】］〕]$", "").strip();
    s = s.replaceAll("[（(][^（()）]*(?:を含む|を除く)[）)]$", "").strip(); // 「…構築（デジタル庁計上分を含む）」: a note
    s = s.replaceAll("(?<=.{4})の(?:創設|新設)$", ""); // 「地方創生伴走支援制度の創設に３億円」: the program is the 制度
    s = dropUnbalanced(s);
    s = s.replaceAll("(?<=[^\\x00-\\x7F]) +(?=[^\\x00-\\x7F])", "").strip(); // spaces between Japanese words
    String key = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    // (a long remark in the name's last bracket does not make it a sentence: 「…海域モニタリングの強化（ＡＬＰＳ処理水の放出に伴う
    // 分析体制の拡充）」)
    String core = withoutLastBracket(s);
    if (core.isBlank()) core = s; // (all of it in brackets: a remark, 「（…として措置。令和6年度に繰り越して執行中）」)
    if (key.length() < 2 || core.length() > 45 || s.length() > 90 || GENERIC.contains(key) || RUNNING_TEXT.matcher(core).find()) return null;
    if (GENERIC.contains(key.replaceFirst("[（(][^（()）]*[）)]$", ""))) return null; // 「総括（一般会計及び…）」
    if (key.contains("・") && Arrays.stream(key.split("・")).allMatch(GENERIC::contains)) return null; // 「事業目的・概要」
    if (TITLE_DOCUMENT.matcher(core).find()) return null; // a document's title: 「平成３１年度 概算要求 事業概要（総務省）」
    if (UNIT_LINE.matcher(s).find()) return null; // a table's or a chart's unit: 「（億円）」
    if (HEADINGS_ROW.matcher(s).matches()) return null; // a row of numbered headings: 「算定額 2 算定経費」
    if (core.endsWith("推進枠")) return null; // a request's quota, no program: 「うち新しい日本のための優先課題推進枠」
    if (key.matches("^[0-9,.%％()（）\\-－〜～年度月日]+$")) return null;
    if (key.matches("(?i)^(?:" + ERA + ")?(?:元|[0-9]{1,4})年(?:度)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?$")) return null; // a date: 令和7年12月
    if (PREFECTURE.matcher(s).matches()) return null; // a table's row per prefecture: a body, not a program
    if (s.matches("^[^\\s]{1,5}分$")) return null; // 都道府県分, 市町村分: a share of an allocation
    if (COUNTED.matcher(s).find()) return null; // 「利用者数 約45億人、…」: a sentence of figures, not a name
    if (s.matches(".*[はがをの]$")) return null; // a sentence's subject or object: 「前年度の同事業の執行額は」, 「…増の」
    if (s.matches(".*(?:った|した|いた|れた)$")) return null; // a clause: 「…返金等を行った」, 「前年度から繰り越した」
    if (s.matches(".*(?:する|させる|できる)$")) return null; // a clause: 「…専門家を…に応じて派遣する」
    if (s.matches(".*(?:を受け|を踏まえ|に伴い|に基づき|に向け|に際し)$")) return null; // 「…能登半島豪雨を受け」: a clause
    if (s.matches("(?:.*[^\\p{IsHan}])?\\p{IsHan}{2}し$")) return null; // a verb going on: 「…と一体的に執行し」 (not 「積み増し」)
    if (s.matches(".*(?:省|庁|府|局|委員会)所管\\s*(?:補正|当初)?予算.*")) return null; // 「内閣府所管 補正予算（案）額」
    if (s.matches("^[（(][^（()）]*[%％][）)]$")) return null; // a rate in brackets: 「（執行率 96.0％）」
    if (s.matches("^[（(][^（()）]*[0-9.]\\s*倍[）)]$")) return null; // a ratio in brackets: 「（0.97倍）」, 「（対前年度 1.01倍）」
    if (s.codePoints().noneMatch(c -> Repair.isLetter(c) && !(c >= 'ぁ' && c <= 'ゖ'))) return null; // 「して」: hiragana only
    // 「本事項については」, 「前年度の同事業の執行額は」: the one above
    if (s.matches("(?:\\S*の)?(?:本|同|当該|この)(?:事項|事業|施策|制度|交付金|補助金|基金)")) return null;
    if (s.matches(SUPPLEMENTARY_NO + "(?:[（(][^（()）]*[）)])?")) return null; // a 補正's number: 「第1号（令和2年4月30日成立）」
    if (s.matches("\\S{0,14}特別会計(?:[（(][^（()）]*勘定[）)])?")) return null; // an account (「労働保険特別会計（雇用勘定）」), no program
    // (or its 勘定 after a space, or the 勘定 alone: 「労働保険特別会計 雇用勘定」, 「労災勘定」)
    if (s.matches("(?:\\S{0,14}特別会計\\s*)?\\S{1,8}勘定")) return null;
    if (s.matches(".*[0-9][0-9,.]*\\s?[%％]")) return null; // a rate at its end: 「令和元年度 就職等率 65.8％」, a statistic
    if (s.matches("^[（(].*[）)]$") && Repair.OFFICE_END.matcher(s.substring(1, s.length() - 1).strip()).find()) return null; // 「（中小企業庁 …課）」
    if (s.matches(".*を\\S{1,12}し$")) return null; // a clause: 「支援メニューを伴走型支援に重点化し」
    // the rest of a sentence: 「の体制整備に要する経費であり」, 「実施する研修」 (a past participle before a program's
    // name is part of it: 「被災した木材加工流通施設等の復旧支援」)
    if (FRAGMENT.matcher(s).lookingAt() && !(PAST_PARTICIPLE.matcher(s).lookingAt() && programWord(s))
        || s.matches(".*(?:であり|があり|であって|ており|であるが|ため|ので)$")) return null;
    // a figure of a unit declared apart: 「国税庁 要求総額 726,543,210」 (not a number inside a word of the name, katakana on
    // both sides: 「ローカル10,000プロジェクト」)
    if (GROUPED_FIGURE.matcher(s.replaceAll("(?<=[ァ-ヶー])[0-9]{1,3}(?:,[0-9]{3})+(?=[ァ-ヶー])", "")).find()) return null;
    if (s.matches(".*財源(?:等)?[）)]?(?:[（(][^（()）]*[）)])?")) return null; // a source of money, no program: 「うち国際観光旅客税財源」, 「一般財源等」
    if (Repair.OFFICE_END.matcher(s).find()) return null; // a page's header: 「総務省 地域力創造グループ」
    if (s.matches(".{2,}関係(?:予算)?(?:[（(][^（()）]*[）)])?$")) return null; // a part of a budget: 「令和7年度補正予算案経済産業省関係」, 「公共事業関係」
    if (s.matches(".*予算(?:案)?[（(][^（()）]*関係[）)]$")) return null; // 「令和7年度補正予算（農林水産関係）」: a budget's part
    // a budget itself, not a program: 「令和７年度補正予算（防災・減災、国土強靱化）により」
    if (s.matches(A_BUDGET + "(?:[（(][^（()）]*[）)])?(?:により|で|において)?")) return null;
    if (s.matches(".{2,}総額$") || s.contains("政府全体")) return null; // (「中小企業対策費（一般会計・政府全体）」)
    if (s.startsWith("その他")) return null; // 「その他府省庁（８府省庁）」: the rest of a table, no program
    // a total named by what it adds up: 「公共事業関係計」, 「柱Ⅰ計」 (not 一般会計, 設計, 統計)
    if (s.matches("\\S{1,10}(?<![会設統時家])計") || s.equals("公共事業") || s.equals("非公共事業")) return null; // a total: 「一般財源総額」, 「総務省所管予算（一般会計）の総額」
    if (s.matches(".*[（(]\\S{1,30}所管[）)]$")) return null; // a ministry's total: 「令和７年度当初予算（環境省所管）」
    // an office's whole budget: 「令和８年度警察庁予算（案）（一般会計）」
    if (s.matches(".*(?:省|庁|局|委員会)(?:所管)?(?:予算|概算要求)(?:[（(][^（()）]*[）)])*$")) return null;
    if (s.matches(".*一括(?:計上)?(?:分)?$") || s.contains("一括計上予算")) return null; // where it is budgeted, no program
    if (s.matches("^(?:これら|以上|上記)を含め(?:た|る).*")) return null; // 「これらを含めた防衛関係費」: a total
    // a clause, not a name: 「…の設計・実証を行う」, 「…を踏まえた所要額の減」
    if (s.matches(".*(?:を行う|を実施する|を進める|所要額の[増減])$")) return null;
    if (s.matches(".*予算(?:[（(]案[）)])?の(?:規模|総額|全体像)$")) return null; // a heading over the whole budget: 「第１ 予算（案）の規模」 // 「デジタル庁一括計上」: where a figure is budgeted, no program
    if (ONLY_LABEL_WORDS.matcher(s.replaceAll("[（(](?:政府案|案|一般会計|特別会計)[）)]$", "")).matches()) return null; // 「令和８年度概算要求」, 「2025年度予算額（政府案）」
    if (s.matches(".*(?:のポイント|主要事項|主要施策|の全体像)(?:[（(][^（()）]*[）)])?$")) return null; // a title: 「…概算要求のポイント（雇用関係）」
    if (!s.codePoints().anyMatch(Repair::isLetter)) return null;
    if (!s.codePoints().anyMatch(Repair::isJapanese) && (s.strip().split("\\s+").length >= 4 || !s.matches(".*[A-Z].*"))) {
      return null; // English prose or a lowercase word (「source states is shown as」, 「unquantified」), not a program's name
    }
    return new Named(s, status, List.of(), 0);
  }

  /** Drops an opening bracket left unclosed at the start or a closing one left unopened at the end. */
  private static String dropUnbalanced(String s) {
    String t = s;
    while (!t.isEmpty() && Repair.unclosed(t) > 0 && "（(【「".indexOf(t.charAt(0)) >= 0) t = t.substring(1);
    while (!t.isEmpty() && Repair.unclosed(t) < 0 && "）)】」".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
    // a bracket opened after the name and never closed: the figure's note began there (「…支援事業（港湾における
    // 防災・減災、老朽化対策 112,350百万円の内数）」)
    int depth = 0;
    int firstOpen = -1;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (c == '（' || c == '(') {
        if (depth++ == 0) firstOpen = k;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      }
    }
    return depth > 0 && firstOpen >= 4 ? t.substring(0, firstOpen).strip() : t;
  }

  /**
   * One item per program, year, kind and amount: a figure stated twice (a summary table and a detail page; a
   * repeated slide) is kept once, where it is first stated, with the higher confidence of the two.
   */
  static List<FoundItem> dedupe(List<FoundItem> items) {
    Map<String, FoundItem> seen = new LinkedHashMap<>();
    for (FoundItem f : items) {
      String figure = "|" + f.fiscalYear() + "|" + f.kind() + "|" + f.amount().yen() + "|" + f.amount().qualifier();
      String key = nameKey(f.program()) + figure;
      if (!seen.containsKey(key)) {
        // the figure again under the name without its bracket (a table's 「公立学校施設の整備（耐震化・…）」, then the
        // text's 「公立学校施設の整備」): the same program's
        for (String k : seen.keySet()) {
          if (k.endsWith(figure) && k.startsWith(nameKey(f.program()) + "(")) { // (nameKey is NFKC: （ is ( there)
            key = k;
            break;
          }
        }
      }
      FoundItem old = seen.get(key);
      if (old == null) {
        seen.put(key, f);
      } else if (f.confidence() > old.confidence() || (old.status() == null && f.status() != null)) {
        seen.put(key, new FoundItem(old.program(), old.fiscalYear(), old.kind(), old.amount(), old.written(),
            old.status() != null ? old.status() : f.status(), old.origin(), Math.max(old.confidence(), f.confidence()),
            f.confidence() > old.confidence() ? f.rules() : old.rules()));
      }
    }
    return List.copyOf(seen.values());
  }

  /**
   * The items without a figure restated, rounded, after it was given: the same year and kind of a program named by
   * the first's name or its head (a table's 「競争政策の普及啓発等に必要な経費  198,205,331」, then the text's 「（３）競争政策の
   * 普及啓発等」 「１億９，８２０万円」), the later figure the first's rounded to the later's last digit.
   */
  static List<FoundItem> restatedOnce(List<FoundItem> items) {
    List<FoundItem> out = new ArrayList<>(items.size());
    for (FoundItem f : items) {
      boolean restated = restatedPair(f, items, out);
      Long yen = f.amount().yen();
      long unit = writtenUnit(f.written());
      if (yen != null && unit > 1 && f.amount().qualifier() != Qualifier.PART_OF) {
        String key = nameKey(f.program());
        for (FoundItem g : out) {
          Long earlier = g.amount().yen();
          if (earlier == null || !g.fiscalYear().equals(f.fiscalYear()) || g.kind() != f.kind()) continue;
          String gk = nameKey(g.program());
          // (or, rounded coarser, heads alike over half the shorter name: a table's 「選挙啓発費  ４１２，１５０」 in 千円, then a
          // page's 「３ 選挙啓発の推進 ４．１億円」)
          boolean headsAlike = unit > writtenUnit(g.written()) && commonHead(key, gk) >= Math.max(4, (Math.min(key.length(), gk.length()) + 1) / 2);
          if (key.length() < 4 || !(gk.startsWith(key) || key.startsWith(gk) || headsAlike)) continue;
          if (earlier / unit * unit == yen || Math.round((double) earlier / unit) * unit == yen) {
            restated = true;
            break;
          }
        }
      }
      if (!restated) out.add(f);
    }
    return out;
  }

  /**
   * Whether {@code f} and the other year's figure beside it on its line (「６，９３９億円（２１年度 ７，７０２億円）」) restate,
   * rounded coarser, both years of one program given before, whatever its name there (a 総括表's 「恩給費  ６９３，９１７
   * ７７０，１７０」 in 百万円): two figures alike by chance in both years are too unlikely to be two programs.
   */
  static boolean restatedPair(FoundItem f, List<FoundItem> all, List<FoundItem> before) {
    FoundItem partner = null;
    for (FoundItem g : all) {
      if (g != f && g.origin().line() == f.origin().line() && g.program().equals(f.program()) && !g.fiscalYear().equals(f.fiscalYear())) {
        partner = g;
        break;
      }
    }
    if (partner == null) return false;
    for (FoundItem e : before) {
      if (e.origin().line() == f.origin().line() || !roundsTo(e, f)) continue;
      for (FoundItem e2 : before) {
        if (e2 != e && e2.program().equals(e.program()) && e2.origin().line() == e.origin().line() && roundsTo(e2, partner)) return true;
      }
    }
    return false;
  }

  /** Whether {@code later}, of the same year and kind, is {@code earlier}'s figure rounded coarser. */
  private static boolean roundsTo(FoundItem earlier, FoundItem later) {
    Long e = earlier.amount().yen();
    Long l = later.amount().yen();
    long unit = writtenUnit(later.written());
    if (e == null || l == null || !earlier.fiscalYear().equals(later.fiscalYear()) || earlier.kind() != later.kind()) return false;
    if (unit <= writtenUnit(earlier.written()) || later.amount().qualifier() == Qualifier.PART_OF) return false;
    return e / unit * unit == l || Math.round((double) e / unit) * unit == l;
  }

  /** How many characters two names begin with alike. */
  static int commonHead(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
    return n;
  }

  /** The yen of a written figure's last digit: 万円 for 「１億９，８２０万円」, a tenth of 億円 for 「３．１億円」, 1 for 円. */
  static long writtenUnit(String written) {
    String w = Normalizer.normalize(written, Normalizer.Form.NFKC).replace(",", "");
    Matcher m = WRITTEN_LAST.matcher(w);
    if (!m.find()) return 1;
    long unit = switch (m.group(3)) {
      case "兆" -> 1_000_000_000_000L;
      case "億" -> 100_000_000L;
      case "千万" -> 10_000_000L;
      case "百万" -> 1_000_000L;
      case "万" -> 10_000L;
      case "千" -> 1_000L;
      default -> 1L;
    };
    for (int d = m.group(2) == null ? 0 : m.group(2).length(); d > 0 && unit > 1; d--) unit /= 10;
    return unit;
  }

  /** A written figure's last number and the unit after it: 「9820万」, 「3.1億」. */
  private static final Pattern WRITTEN_LAST = Pattern.compile("([0-9]+)(?:\\.([0-9]+))?\\s*(兆|億|千万|百万|万|千|)円?[^0-9]*$");

  /** Names as compared: NFKC, no spaces, no brackets' contents at the end (「基金（医療分）」 keeps them: only status). */
  static String nameKey(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
