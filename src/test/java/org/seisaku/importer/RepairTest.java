package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Repair}: the damage it mends and, as much, the text it must leave alone ({@code import/repair-cases.tsv}). */
class RepairTest {
  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/import/repair-cases.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t", -1);
      out.add(Arguments.of(f[0], f[1].replace("\\n", "\n").replace("\\t", "\t"), f[2].replace("\\n", "\n").replace("\\t", "\t")));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void repairsDamageAndLeavesNormalTextAlone(String rule, String input, String expected) {
    assertEquals(expected, repaired(input), rule);
  }

  static String repairedKeepingBlankLines(String text) {
    List<String> out = new ArrayList<>();
    for (SourceLine l : Repair.apply(SourceText.ofText("t", text).lines()).lines()) out.add(l.text());
    return String.join("\n", out).stripTrailing();
  }

  static String repaired(String text) {
    List<String> out = new ArrayList<>();
    for (SourceLine l : Repair.apply(SourceText.ofText("t", text).lines()).lines()) out.add(l.text());
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return String.join("\n", out).replaceAll("\n\n+", "\n");
  }

  @Test
  void aJoinedLineKeepsWhereItsFirstPartCameFrom() {
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t", "前の行\n環\n境\n省\n後の行").lines()).lines();
    assertEquals(List.of(new SourceLine(1, 1, "前の行"), new SourceLine(1, 2, "環境省"), new SourceLine(1, 5, "後の行")), lines);
  }

  @Test
  void aTableColumnByColumnWhoseNextHeaderEndsTheTextIsNoCrash() {
    // the first column's cells, then a second column's header words as the text's last lines and no cells after them
    String text = "事項\n令和6年度\n1,000\n2,000\n3,000\n令和5年度\n予算額";
    assertEquals(text, repaired(text));
  }

  @Test
  void repairingTwiceChangesNothingMore() {
    // randomised: lines drawn from the cases and from the seeds' kind of text, in any order
    List<String> pool = new ArrayList<>();
    try {
      cases().forEach(a -> pool.add((String) a.get()[1]));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Random r = new Random(8);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 6; k++) sb.append(pool.get(r.nextInt(pool.size()))).append('\n');
      // (fed back as it came out, its blank lines kept: they part paragraphs, which a repair does not join across)
      String once = repairedKeepingBlankLines(sb.toString());
      assertEquals(once, repairedKeepingBlankLines(once), "round " + round);
    }
  }

  @Test
  void twoColumnsOfProseAreReadColumnByColumn() {
    String text = "　令和８年度予算（案）が、本日閣議      　デジタル実装の加速に向けては、\n"
        + "決定されました。地方創生関係では、      地域デジタル人材派遣事業（新規）に\n"
        + "新しい地方経済・生活環境創生交付金      8.4億円、関係人口創出・拡大推進事\n"
        + "に2,100億円（前年度2,000億円）を計      業に3.6億円（前年度3.0億円）を盛り\n"
        + "上しました。                            込みました。\n\nお問い合わせ：内閣府";
    List<String> lines = Repair.apply(SourceText.ofText("t", text).lines()).lines().stream()
        .filter(l -> !l.blank()).map(SourceLine::text).toList();
    assertEquals(List.of("令和8年度予算（案）が、本日閣議決定されました。地方創生関係では、新しい地方経済・生活環境創生交付金に2,100億円（前年度2,000億円）を計上しました。",
        "デジタル実装の加速に向けては、地域デジタル人材派遣事業（新規）に8.4億円、関係人口創出・拡大推進事業に3.6億円（前年度3.0億円）を盛り込みました。",
        "お問い合わせ：内閣府"), lines);
    List<SourceLine> joined = Repair.apply(SourceText.ofText("t", text).lines()).lines();
    assertEquals(1, joined.get(0).line(), "a paragraph keeps its first piece's line");
  }

  @Test
  void aTablesColumnOfProseIsReadApartFromItsRows() {
    String text = "(1) 医療機関への緊急支援            －     286,540.0    診療報酬改定の効果が生じるまでの間、医療機関に\n"
        + "                                                        対し、病床数等に応じた支援金を交付する（１床当\n"
        + "                                                        たり１８．５万円）。\n"
        + "(2) 介護職員の処遇改善              －     128,400.0    介護職員等の賃上げに必要な経費を都道府県を通じ\n"
        + "                                                        て交付する（１事業所当たり上限５０万円）。\n";
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t", text).lines()).lines().stream().filter(l -> !l.blank()).toList();
    assertEquals(List.of("(1) 医療機関への緊急支援            －     286,540.0", "(2) 介護職員の処遇改善              －     128,400.0",
        "診療報酬改定の効果が生じるまでの間、医療機関に対し、病床数等に応じた支援金を交付する（1床当たり18.5万円）。",
        "介護職員等の賃上げに必要な経費を都道府県を通じて交付する（1事業所当たり上限50万円）。"),
        lines.stream().map(SourceLine::text).toList());
    assertEquals(List.of(1, 4, 1, 4), lines.stream().map(SourceLine::line).toList(), "each piece keeps where it was");
  }

  @Test
  void aNumberedRowsNameIsJoinedAcrossItsLinesOnItsFiguresLine() {
    String text = "(2) 介護施設・事業所における介護職\n員等の処遇改善及び物価高騰対策      －     128,400.0\n支援\n"
        + "(3) 障害福祉サービス事業所等の処遇      －      41,260.0\n改善・物価高騰対策支援\n"
        + "１．国際競争力の強化\n国際コンテナ戦略港湾政策の推進      63,420      62,870\n国際バルク戦略港湾政策の推進      5,180      5,240\n";
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t", text).lines()).lines();
    assertEquals(List.of("(2) 介護施設・事業所における介護職員等の処遇改善及び物価高騰対策支援      －     128,400.0",
        "(3) 障害福祉サービス事業所等の処遇改善・物価高騰対策支援      －      41,260.0",
        "1．国際競争力の強化", "国際コンテナ戦略港湾政策の推進      63,420      62,870", "国際バルク戦略港湾政策の推進      5,180      5,240"),
        lines.stream().map(SourceLine::text).toList(), "a numbered line over rows with no number is their group's heading");
    assertEquals(2, lines.get(0).line(), "the row is where its figures are");
  }

  @Test
  void twoColumnsHeadersSpacedApartAreNoRepeat() {
    // a PDF's header of two 予算額 columns, the letters spaced apart: no run printed twice (that is 「予予 算算 額額」)
    assertEquals("事  項 予 算 額  予 算 額 倍 率", Repair.unrepeat("事  項 予 算 額  予 算 額 倍 率"));
    assertEquals("情報通信基盤の整備", Repair.unrepeat("情報通信基盤の整備情報通信基盤の整備"));
  }

  @Test
  void aNamesRestBelowItsRowJoinsItAcrossACellsPadding() {
    String text = "洋上風力発電の導入促進に向けた基地港湾  9,740 8,120 1.20 4,800\n\nの整備＊2\n3．防災・減災、国土強靱化\n";
    assertEquals(List.of("洋上風力発電の導入促進に向けた基地港湾の整備＊2  9,740 8,120 1.20 4,800", "3．防災・減災、国土強靱化"),
        Repair.apply(SourceText.ofText("t", text).lines()).lines().stream().filter(l -> !l.blank()).map(SourceLine::text).toList());
  }

  @Test
  void aRowsNameCutByAPageBreakIsJoinedAcrossIt() {
    String text = "（単位：円）\n事　項    2025年度予算額    2024年度予算額\n"
        + "国際通貨基金技術支援拠出金    2,105,000,000円    1,988,300,000円\n"
        + "世界銀行防災グローバル・ファシ    3,300,000,000円    3,050,000,000円\n\n－ １ －\n"
        + "（単位：円）\n事　項    2025年度予算額    2024年度予算額\nリティ（ＧＦＤＲＲ）拠出金\n"
        + "国際機関職員派遣等経費    98,650,000円    102,300,000円\nアジア開発銀行アジア太平洋\n\n－ ２ －\n"
        + "（単位：円）\n事　項    2025年度予算額    2024年度予算額\n災害リスク軽減基金拠出金    850,000,000円    720,000,000円\n";
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t", text).lines()).lines().stream().filter(l -> !l.blank()).toList();
    List<String> rows = lines.stream().map(SourceLine::text).filter(t -> t.endsWith("円")).toList();
    assertEquals(List.of("国際通貨基金技術支援拠出金    2,105,000,000円    1,988,300,000円",
        "世界銀行防災グローバル・ファシリティ（GFDRR）拠出金    3,300,000,000円    3,050,000,000円",
        "国際機関職員派遣等経費    98,650,000円    102,300,000円",
        "アジア開発銀行アジア太平洋災害リスク軽減基金拠出金    850,000,000円    720,000,000円"), rows);
    assertEquals(List.of(3, 4, 10, 16), lines.stream().filter(l -> l.text().endsWith("円")).map(SourceLine::line).toList(),
        "each row on the line of its figures");
  }

  @Test
  void aTableWithWideGapsIsNoColumnsOfProse() {
    String table = "地域おこし協力隊推進事業      250      300\n集落支援員推進事業      120      150\n"
        + "関係人口創出事業      80      95\n移住支援事業      60      70\n";
    assertEquals(List.of("地域おこし協力隊推進事業      250      300", "集落支援員推進事業      120      150",
        "関係人口創出事業      80      95", "移住支援事業      60      70"),
        Repair.proseColumns(SourceText.ofText("t", table).lines()).stream().map(SourceLine::text).toList());
  }

  @Test
  void aMarkdownConvertersMarkupIsTakenOff() {
    assertEquals("令和８年度要求額（A）", Repair.markup("令和８年度<br>要求額（A）"), "a cell's wrapped text, joined");
    assertEquals("国庫債務負担行為 120,000", Repair.markup("国庫債務負担行為<br/>120,000"), "a space beside a figure");
    assertEquals("", Repair.markup("<!-- image -->"));
    assertEquals("令和８年度 道路関係予算", Repair.markup("## 令和８年度 道路関係予算"));
    assertEquals("| １．道路の老朽化対策 |  |", Repair.markup("| **１．道路の老朽化対策** |  |"));
    assertEquals("※ 上記のほか #3 を参照", Repair.markup("※ 上記のほか #3 を参照"), "no heading, no markup");
    List<SourceLine> lines = Repair.apply(SourceText.ofText("t",
        "|| 道道 路路 メメ ンン テテ ナナ ンン スス 事事 業業 補補 助助 || 331122,,445500 ||").lines()).lines();
    assertEquals("道路メンテナンス事業補助  312,450", lines.get(0).text(), "a row's glyphs mended before its cells are parted");
  }

  @Test
  void aVeryLongLineIsLeftToTheOtherRules() {
    String longLine = "地域".repeat(Repair.UNREPEAT_MAX);
    assertEquals(longLine, Repair.unrepeat(longLine));
  }

  /** What {@link Repair#unrepeat} did with a regular expression, kept as the reference its faster search must equal. */
  private static String unrepeatByRegex(String s) {
    if (s.length() > Repair.UNREPEAT_MAX || s.length() < 8) return s;
    java.util.regex.Pattern repeat = java.util.regex.Pattern.compile("(.{4,}?) ?\\1");
    String cur = s;
    for (int guard = 0; guard < 50; guard++) {
      java.util.regex.Matcher m = repeat.matcher(cur);
      boolean changed = false;
      while (m.find()) {
        String x = m.group(1);
        if (Repair.repeatable(x)) {
          cur = cur.substring(0, m.start()) + x + cur.substring(m.end());
          changed = true;
          break;
        }
      }
      if (!changed) break;
    }
    return cur;
  }

  @Test
  void repeatsAreRemovedAsTheRegularExpressionRemovedThem() {
    Random r = new Random(20261203);
    String[] parts = {"協", "定", "事業", "予算", " ", "  ", "1", "2,000", "（", "）", "。", "\u2028", "ab", "地域", "・", "5億円"};
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(60);
      for (int j = 0; j < n; j++) {
        String p = parts[r.nextInt(parts.length)];
        b.append(p);
        if (r.nextInt(4) == 0) b.append(b, Math.max(0, b.length() - 1 - r.nextInt(12)), b.length()); // a copy of the end
      }
      String s = b.toString();
      assertEquals(unrepeatByRegex(s), Repair.unrepeat(s), s);
    }
  }
}
