package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seisaku.render.RenderFixture.csv;
import static org.seisaku.render.RenderFixture.item;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;

/** The budget chart says what it draws: legend, round ticks in one unit, every year, its figures as text. */
class BudgetChartTest {
  private static BudgetChart.Chart chart(List<BudgetItem> items) {
    java.util.SortedMap<Integer, List<BudgetItem>> byYear = new java.util.TreeMap<>();
    for (BudgetItem i : items) byYear.computeIfAbsent(i.fiscalYear().year(), y -> new ArrayList<>()).add(i);
    List<org.seisaku.model.ProgramYear> years = new ArrayList<>();
    byYear.forEach((y, list) -> years.add(RenderFixture.csvYear(y, "soumu", "事業", list)));
    return BudgetChart.of(BudgetLedger.of(RenderFixture.program("p", "soumu", years, null)));
  }

  private static BudgetItem fig(int year, BudgetKind kind, String written) {
    return item(year, kind, written, year, csv(year, year - 2000));
  }

  private static Element svg(String markup) {
    return Jsoup.parse(markup, "", Parser.xmlParser()).selectFirst("svg");
  }

  @Test
  void theLegendListsExactlyWhatIsDrawn() {
    BudgetChart.Chart c = chart(List.of(fig(2019, BudgetKind.INITIAL, "2億円"), fig(2019, BudgetKind.EXECUTED, "1.5億円"),
        fig(2020, BudgetKind.INITIAL, "2.2億円"), fig(2020, BudgetKind.SUPPLEMENTARY, "△0.3億円"),
        fig(2021, BudgetKind.REQUEST, "2.5億円")));
    assertEquals(List.of("当初", "減額補正", "要求（予算が決まる前）", "執行"), c.legend().stream().map(BudgetChart.Legend::label).toList());
    Element svg = svg(c.columns());
    assertEquals(1, svg.select("rect[data-kind=request]").size());
    assertTrue(svg.select("rect[data-kind=total]").isEmpty(), "予算計 is not drawn, and not in the legend");

    BudgetChart.Chart part = chart(List.of(fig(2019, BudgetKind.INITIAL, "973百万円の内数"), fig(2020, BudgetKind.TOTAL, "5億円")));
    assertEquals(List.of("予算計", "内数（他の予算額に含まれる額）"), part.legend().stream().map(BudgetChart.Legend::label).toList());
    assertTrue(svg(part.columns()).selectFirst("rect[data-kind=initial]").attr("fill").endsWith("-part)"), "a 内数 bar is striped");
    assertNull(chart(List.of(fig(2019, BudgetKind.REQUEST, "事項要求"))), "nothing to draw");
  }

  @Test
  void ticksAreRoundInOneUnitAndTheDescriptionStatesTheFigures() {
    BudgetChart.Chart c = chart(List.of(fig(2019, BudgetKind.INITIAL, "4.5億円"), fig(2020, BudgetKind.INITIAL, "2.3億円"),
        fig(2020, BudgetKind.EXECUTED, "2億円")));
    assertEquals(Yen.Unit.OKU, c.unit());
    Element svg = svg(c.columns());
    List<String> labels = svg.select("text").eachText();
    assertEquals("億円", labels.get(0));
    assertEquals(List.of("0", "1", "2", "3", "4", "5"), labels.subList(1, 7), "1-2-5 steps, not 0 / 2.3億円 / 4.5億円");
    assertEquals("単位は億円。2019年度（令和元年度）：当初 4.5。2020年度（令和2年度）：当初 2.3、執行 2.0。", c.description());
    assertEquals(c.description(), svg.selectFirst("desc").text());
    assertEquals("2020年度 執行 200,000,000円", svg.selectFirst("circle[data-year=2020]").selectFirst("title").text());

    BudgetChart.Chart small = chart(List.of(fig(2019, BudgetKind.INITIAL, "85,259千円"), fig(2020, BudgetKind.INITIAL, "0.5億円")));
    assertEquals(Yen.Unit.MILLION, small.unit());
    assertTrue(small.description().contains("当初 85.3"), small.description());
    assertEquals(List.of("百万円", "0", "20", "40", "60", "80", "100"), svg(small.columns()).select("text").eachText().subList(0, 7));
  }

  @Test
  void everyYearIsDrawnAndLongRunsGetABarFormForPhones() {
    List<BudgetItem> items = new ArrayList<>();
    for (int y = 2012; y <= 2024; y++) if (y != 2016) items.add(fig(y, BudgetKind.INITIAL, (y - 2000) + "億円"));
    BudgetChart.Chart c = chart(items);
    Element columns = svg(c.columns());
    List<String> years = new ArrayList<>();
    for (int y = 2012; y <= 2024; y++) years.add(Integer.toString(y));
    assertTrue(columns.select("text").eachText().containsAll(years), "every year labelled, 2016 too (an empty slot)");
    assertEquals(12, columns.select("rect[data-kind=initial]").size());
    assertTrue(c.description().contains("2016年度（平成28年度）：記載なし。"), c.description());
    Element bars = svg(c.bars());
    assertEquals("0 0 340 " + bars.attr("height"), bars.attr("viewBox"), "drawn for a phone's width");
    assertEquals(12, bars.select("rect[data-kind=initial]").size());
    assertTrue(bars.select("text").eachText().containsAll(years));
    // a short run fits a phone as columns: no second form
    assertEquals("", chart(items.subList(0, 5)).bars());
  }
}
