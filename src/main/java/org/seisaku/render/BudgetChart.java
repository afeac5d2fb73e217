package org.seisaku.render;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.seisaku.encode.XmlText;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;

/**
 * An inline SVG bar chart of a program's figures by fiscal year, built from numbers only (no text from the
 * sources goes into it): a bar of 当初 with 補正 stacked on it (a negative 補正 is drawn as a hatched cut from
 * the top of the bar), 予算計 where a year has neither, 要求 as a dashed outline for a year with no budget yet,
 * and 執行 as markers joined by a line. It is an image with a {@code <title>} and {@code <desc>}; the table
 * next to it carries the same figures as text. Every mark has {@code data-year}, {@code data-kind} and
 * {@code data-yen} attributes.
 */
public final class BudgetChart {
  private static final int HEIGHT = 260;
  private static final int TOP = 16;
  private static final int BOTTOM = 64;
  private static final int LEFT = 84;
  private static final int STEP = 56;
  private static final int BAR = 30;

  private BudgetChart() {}

  /** The chart, or an empty string when the program has no figure to draw. */
  public static String svg(BudgetLedger ledger) {
    SortedSet<FiscalYear> years = ledger.figureYears();
    List<Col> cols = new ArrayList<>();
    long max = 0;
    long min = 0;
    for (FiscalYear y : years) {
      Col c = new Col(y, yen(ledger, y, BudgetKind.INITIAL), yen(ledger, y, BudgetKind.SUPPLEMENTARY),
          yen(ledger, y, BudgetKind.TOTAL), yen(ledger, y, BudgetKind.REQUEST), yen(ledger, y, BudgetKind.EXECUTED));
      for (Long v : new Long[] {c.initial, c.top(), c.total, c.request, c.executed}) {
        if (v != null) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
      if (c.initial != null) min = Math.min(min, c.initial);
      cols.add(c);
    }
    boolean any = cols.stream().anyMatch(Col::hasAny);
    if (!any) return "";
    if (max == min) max = min + 1;
    Scale s = new Scale(min, max);
    int width = Math.max(440, LEFT + STEP * cols.size() + 16);

    StringBuilder sb = new StringBuilder();
    sb.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(width).append(' ').append(HEIGHT).append("\" width=\"").append(width).append("\" height=\"").append(HEIGHT)
        .append("\" aria-labelledby=\"chart-title chart-desc\">");
    sb.append("<title id=\"chart-title\">予算額の推移（").append(years.first().year()).append("年度〜")
        .append(years.last().year()).append("年度）</title>");
    sb.append("<desc id=\"chart-desc\">年度ごとの当初予算（濃い青の棒）に補正予算（薄い青）を積み上げ、執行額を橙の点と線で示します。")
        .append("数値は下の表にあります。</desc>");
    sb.append("<defs><pattern id=\"cut\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
        .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#b3261e\" stroke-width=\"3\"/>")
        .append("</pattern></defs>");
    // axis and grid: 0, and the extremes
    for (long tick : ticks(min, max)) {
      int y = s.y(tick);
      sb.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(width - 8).append("\" y1=\"").append(y)
          .append("\" y2=\"").append(y).append("\" stroke=\"").append(tick == 0 ? "#333333" : "#cccccc").append("\"/>");
      sb.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">")
          .append(esc(Yen.rounded(tick))).append("</text>");
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      Col c = cols.get(i);
      int cx = LEFT + STEP * i + STEP / 2;
      int x = cx - BAR / 2;
      String yl = Integer.toString(c.year.year());
      if (c.initial != null || c.supplementary != null) {
        long base = c.initial == null ? 0 : c.initial;
        if (c.initial != null) rect(sb, x, s, 0, base, "initial", c.year, c.initial, "#1f5fa8", null);
        if (c.supplementary != null) {
          long supp = c.supplementary;
          if (supp >= 0) rect(sb, x, s, base, base + supp, "supplementary", c.year, supp, "#8fb3de", null);
          else rect(sb, x, s, base + supp, base, "supplementary", c.year, supp, "url(#cut)", "#b3261e");
        }
      } else if (c.total != null) {
        rect(sb, x, s, 0, c.total, "total", c.year, c.total, "#5c6f82", null);
      } else if (c.request != null) {
        sb.append("<rect data-year=\"").append(yl).append("\" data-kind=\"request\" data-yen=\"").append(c.request)
            .append("\" x=\"").append(x).append("\" y=\"").append(Math.min(s.y(0), s.y(c.request))).append("\" width=\"").append(BAR)
            .append("\" height=\"").append(Math.abs(s.y(0) - s.y(c.request)))
            .append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" stroke-dasharray=\"4 3\">")
            .append(tip(c.year, BudgetKind.REQUEST, c.request)).append("</rect>");
      }
      if (c.executed != null) {
        int y = s.y(c.executed);
        line.append(line.isEmpty() ? "" : " ").append(cx).append(',').append(y);
        sb.append("<circle data-year=\"").append(yl).append("\" data-kind=\"executed\" data-yen=\"").append(c.executed)
            .append("\" cx=\"").append(cx).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"#c2410c\" stroke=\"#ffffff\" stroke-width=\"1.5\">")
            .append(tip(c.year, BudgetKind.EXECUTED, c.executed)).append("</circle>");
      }
      sb.append("<text x=\"").append(cx).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
          .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1a1a1a\">").append(yl).append("</text>");
    }
    if (line.indexOf(" ") > 0) {
      sb.append("<polyline class=\"executed-line\" points=\"").append(line)
          .append("\" fill=\"none\" stroke=\"#c2410c\" stroke-width=\"2\"/>");
    }
    legend(sb);
    sb.append("</svg>");
    return sb.toString();
  }

  private static void legend(StringBuilder sb) {
    int y = HEIGHT - 18;
    String[][] items = {{"#1f5fa8", "当初"}, {"#8fb3de", "補正"}, {"url(#cut)", "減額補正"}, {"#5c6f82", "予算計"}};
    int x = LEFT;
    for (String[] it : items) {
      sb.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(it[0]).append("\" stroke=\"#333333\" stroke-width=\"0.5\"/>");
      sb.append("<text x=\"").append(x + 16).append("\" y=\"").append(y).append("\" font-size=\"12\" fill=\"#1a1a1a\">")
          .append(it[1]).append("</text>");
      x += 16 + 14 * it[1].length() + 12;
    }
    sb.append("<circle cx=\"").append(x + 6).append("\" cy=\"").append(y - 4).append("\" r=\"5\" fill=\"#c2410c\"/>");
    sb.append("<text x=\"").append(x + 16).append("\" y=\"").append(y).append("\" font-size=\"12\" fill=\"#1a1a1a\">執行</text>");
  }

  private static void rect(StringBuilder sb, int x, Scale s, long from, long to, String kind, FiscalYear year, long yen,
      String fill, String stroke) {
    int y1 = s.y(Math.max(from, to));
    int y2 = s.y(Math.min(from, to));
    sb.append("<rect data-year=\"").append(year.year()).append("\" data-kind=\"").append(kind).append("\" data-yen=\"").append(yen)
        .append("\" x=\"").append(x).append("\" y=\"").append(y1).append("\" width=\"").append(BAR).append("\" height=\"")
        .append(Math.max(1, y2 - y1)).append("\" fill=\"").append(fill).append('"');
    if (stroke != null) sb.append(" stroke=\"").append(stroke).append('"');
    sb.append('>').append(tip(year, BudgetKind.parse(kind).orElseThrow(), yen)).append("</rect>");
  }

  private static String tip(FiscalYear year, BudgetKind kind, long yen) {
    return "<title>" + esc(year.year() + "年度 " + kind.label() + " " + Amount.exact(yen).display()) + "</title>";
  }

  private static long[] ticks(long min, long max) {
    if (min < 0) return new long[] {min, 0, max};
    return new long[] {0, max / 2, max};
  }

  private static Long yen(BudgetLedger ledger, FiscalYear y, BudgetKind kind) {
    BudgetLedger.Entry e = ledger.entry(y, kind);
    return e == null ? null : e.inForce().item().amount().yen();
  }

  /** Escapes text for XML content and attributes ({@link XmlText}: also drops what XML 1.0 does not allow). */
  static String esc(String s) {
    return XmlText.escape(s);
  }

  private record Col(FiscalYear year, Long initial, Long supplementary, Long total, Long request, Long executed) {
    Long top() {
      if (initial == null && supplementary == null) return null;
      return (initial == null ? 0 : initial) + (supplementary == null ? 0 : supplementary);
    }

    boolean hasAny() {
      return initial != null || supplementary != null || total != null || request != null || executed != null;
    }
  }

  private record Scale(long min, long max) {
    int y(long v) {
      double plot = HEIGHT - TOP - BOTTOM;
      double f = (double) (v - min) / (double) (max - min);
      return (int) Math.round(TOP + plot * (1 - f));
    }
  }
}
