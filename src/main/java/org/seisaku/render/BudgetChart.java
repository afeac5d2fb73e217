package org.seisaku.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.seisaku.encode.XmlText;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Qualifier;

/**
 * A program's figures by fiscal year as inline SVG, built from numbers only (no text from the sources goes into
 * it), in one unit ({@link Yen.Unit}, chosen from the largest figure drawn) with round ticks (1, 2 or 5 × 10ⁿ yen).
 *
 * <p>What is drawn, for every year from the first to the last with a figure (a year without one is an empty slot,
 * so the time axis is honest): a bar of 当初 with 補正 stacked on it (a negative 補正, 減額補正, is a hatched cut
 * from the top of the bar); 予算計 where a year has neither; 要求 as a dashed outline where a year has no budget
 * yet; 執行 as markers joined by a line. A bar of a 内数 figure (part of another line's budget) is striped. The
 * legend lists exactly the marks drawn, and the description states every figure drawn, in the chart's unit.
 *
 * <p>Two forms: columns (years across), which scale down to the width of the screen ({@code viewBox},
 * {@code max-width: 100%}); and, when the columns would be wider than a phone (340 units, about 7 years), bars
 * (years down) drawn for a phone's width, which the stylesheet shows instead on narrow screens. Every mark has
 * {@code data-year}, {@code data-kind} and {@code data-yen}.
 *
 * <pre>
 *   of(ledger of 地域おこし協力隊)  → unit 億円, ticks 0, 5, 10, 15 … 億円, legend [当初, 補正, 予算計, 執行],
 *                                  columns 2014–2024 (viewBox 0 0 552 240) and bars for phones (0 0 340 330)
 *   of(ledger without figures)    → null
 * </pre>
 */
public final class BudgetChart {
  // columns: years across
  private static final int C_HEIGHT = 240;
  private static final int C_TOP = 28;
  private static final int C_BOTTOM = 28;
  private static final int C_LEFT = 56;
  private static final int C_RIGHT = 12;
  private static final int C_STEP = 44;
  private static final int C_BAR = 26;
  // bars: years down, for a phone
  private static final int B_WIDTH = 340;
  private static final int B_TOP = 36;
  private static final int B_LEFT = 44;
  private static final int B_RIGHT = 28;
  private static final int B_ROW = 26;
  private static final int B_BAR = 14;

  private static final String INITIAL = "#1f5fa8";
  private static final String SUPPLEMENTARY = "#8fb3de";
  private static final String TOTAL = "#5c6f82";
  private static final String EXECUTED = "#c2410c";
  private static final String CUT = "#b3261e";

  /** The kinds whose figures the chart draws, in legend order. */
  private static final List<BudgetKind> DRAWN =
      List.of(BudgetKind.INITIAL, BudgetKind.SUPPLEMENTARY, BudgetKind.TOTAL, BudgetKind.REQUEST, BudgetKind.EXECUTED);

  /** One entry of the legend: the kind of mark ({@code initial}, {@code cut}, {@code part_of} …) and its label. */
  public record Legend(String key, String label) {}

  /**
   * A program's chart.
   *
   * @param unit the unit of every figure and tick (億円, 百万円)
   * @param legend the marks drawn, each once
   * @param columns the column form (years across), SVG markup
   * @param bars the bar form for phones (years down), SVG markup, or "" when the columns fit a phone
   * @param description the figures drawn, as text (the chart's text alternative)
   */
  public record Chart(Yen.Unit unit, List<Legend> legend, String columns, String bars, String description) {
    /** The chart as markup for a figure: the SVG forms, then the legend as a list. */
    public String html() {
      StringBuilder sb = new StringBuilder(columns.length() + bars.length() + 400);
      sb.append(columns).append(bars).append("<ul class=\"chart-legend\">");
      for (Legend l : legend) {
        sb.append("<li><span class=\"swatch swatch-").append(l.key()).append("\" aria-hidden=\"true\"></span>")
            .append(esc(l.label())).append("</li>");
      }
      return sb.append("</ul>").toString();
    }
  }

  private BudgetChart() {}

  /** The chart as markup (see {@link Chart#html()}), or "" when the program has no figure to draw. */
  public static String svg(BudgetLedger ledger) {
    Chart c = of(ledger);
    return c == null ? "" : c.html();
  }

  /** The chart of a program's figures in force, or null when it has no figure to draw. */
  public static Chart of(BudgetLedger ledger) {
    SortedSet<FiscalYear> years = ledger.figureYears();
    if (years.isEmpty()) return null;
    List<Col> cols = new ArrayList<>();
    long max = 0;
    long min = 0;
    boolean any = false;
    for (int y = years.first().year(); y <= years.last().year(); y++) {
      FiscalYear fy = FiscalYear.of(y);
      Map<BudgetKind, Amount> a = new LinkedHashMap<>();
      for (BudgetKind k : DRAWN) {
        BudgetLedger.Entry e = ledger.entry(fy, k);
        if (e != null) a.put(k, e.inForce().item().amount());
      }
      Col c = new Col(fy, a);
      for (long v : c.extremes()) {
        max = Math.max(max, v);
        min = Math.min(min, v);
        any = true;
      }
      cols.add(c);
    }
    if (!any) return null;
    Yen.Unit unit = Yen.Unit.of(Math.max(Math.abs(min), Math.abs(max)));
    Set<String> drawn = new java.util.LinkedHashSet<>();
    for (Col c : cols) c.marks(drawn);
    List<Legend> legend = legend(drawn);
    String title = "予算額の推移（" + years.first().year() + "年度〜" + years.last().year() + "年度、単位：" + unit.label() + "）";
    String description = description(cols, unit);
    int columnsWidth = C_LEFT + C_STEP * cols.size() + C_RIGHT;
    boolean phoneForm = columnsWidth > B_WIDTH;
    String columns = columns(cols, Ticks.of(min, max, 5), unit, title, description, columnsWidth, phoneForm);
    String bars = phoneForm ? bars(cols, Ticks.of(min, max, 4), unit, title, description) : "";
    return new Chart(unit, legend, columns, bars, description);
  }

  private static List<Legend> legend(Set<String> drawn) {
    List<Legend> out = new ArrayList<>();
    String[][] all = {{"initial", "当初"}, {"supplementary", "補正"}, {"cut", "減額補正"}, {"total", "予算計"},
        {"request", "要求（予算が決まる前）"}, {"part_of", "内数（他の予算額に含まれる額）"}, {"executed", "執行"}};
    for (String[] l : all) if (drawn.contains(l[0])) out.add(new Legend(l[0], l[1]));
    return out;
  }

  /** 「2014年度（平成26年度）：補正 0.9、予算計 0.9、執行 0.9。2016年度（平成28年度）：記載なし。」 in the chart's unit. */
  private static String description(List<Col> cols, Yen.Unit unit) {
    StringBuilder sb = new StringBuilder("単位は" + unit.label() + "。");
    for (Col c : cols) {
      sb.append(c.year.label()).append('：');
      if (c.amounts.isEmpty()) sb.append("記載なし");
      int i = 0;
      for (Map.Entry<BudgetKind, Amount> e : c.amounts.entrySet()) {
        if (i++ > 0) sb.append('、');
        sb.append(e.getKey().label()).append(' ').append(Yen.cell(e.getValue(), unit));
      }
      sb.append('。');
    }
    return sb.toString();
  }

  private static String open(int width, int height, String form, String classes, String title, String description) {
    String id = "chart-" + form;
    return "<svg class=\"" + classes + "\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + width
        + ' ' + height + "\" width=\"" + width + "\" height=\"" + height + "\" aria-labelledby=\"" + id + "-title " + id
        + "-desc\"><title id=\"" + id + "-title\">" + esc(title) + "</title><desc id=\"" + id + "-desc\">" + esc(description)
        + "</desc><defs>" + "<pattern id=\"" + id + "-cut\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\""
        + " patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\""
        + " y2=\"6\" stroke=\"" + CUT + "\" stroke-width=\"3\"/></pattern><pattern id=\"" + id + "-part\" width=\"6\""
        + " height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(-45)\"><rect width=\"6\" height=\"6\""
        + " fill=\"#dbe6f3\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"" + INITIAL + "\" stroke-width=\"2\"/>"
        + "</pattern></defs>";
  }

  /** Years across, values up. */
  private static String columns(List<Col> cols, Ticks t, Yen.Unit unit, String title, String description, int width,
      boolean phoneForm) {
    String classes = "chart chart-columns" + (phoneForm ? " chart-wide-only" : "");
    StringBuilder sb = new StringBuilder(open(width, C_HEIGHT, "columns", classes, title, description));
    Axis axis = new Axis(t.min, t.max, C_HEIGHT - C_BOTTOM, C_TOP);
    text(sb, C_LEFT - 6, 14, "end", unit.label());
    for (long tick : t.values) {
      int y = axis.at(tick);
      line(sb, C_LEFT, y, width - C_RIGHT, y, tick == 0 ? "#333333" : "#cccccc");
      text(sb, C_LEFT - 6, y + 4, "end", Yen.in(tick, unit, t.decimals(unit)));
    }
    StringBuilder executed = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      Col c = cols.get(i);
      int mid = C_LEFT + C_STEP * i + C_STEP / 2;
      c.draw(sb, new Band(mid - C_BAR / 2, C_BAR, axis, false), "chart-columns");
      Long ex = c.executed();
      if (ex != null) {
        executed.append(executed.isEmpty() ? "" : " ").append(mid).append(',').append(axis.at(ex));
        marker(sb, c, mid, axis.at(ex));
      }
      text(sb, mid, C_HEIGHT - C_BOTTOM + 18, "middle", Integer.toString(c.year.year()));
    }
    polyline(sb, executed);
    return sb.append("</svg>").toString();
  }

  /** Years down, values across: the form for a phone's width. */
  private static String bars(List<Col> cols, Ticks t, Yen.Unit unit, String title, String description) {
    int height = B_TOP + B_ROW * cols.size() + 8;
    StringBuilder sb = new StringBuilder(open(B_WIDTH, height, "bars", "chart chart-bars", title, description));
    Axis axis = new Axis(t.min, t.max, B_LEFT, B_WIDTH - B_RIGHT);
    text(sb, 0, 12, "start", unit.label());
    for (long tick : t.values) {
      int x = axis.at(tick);
      line(sb, x, B_TOP - 4, x, height - 8, tick == 0 ? "#333333" : "#cccccc");
      text(sb, x, B_TOP - 10, "middle", Yen.in(tick, unit, t.decimals(unit)));
    }
    StringBuilder executed = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      Col c = cols.get(i);
      int mid = B_TOP + B_ROW * i + B_ROW / 2;
      c.draw(sb, new Band(mid - B_BAR / 2, B_BAR, axis, true), "chart-bars");
      Long ex = c.executed();
      if (ex != null) {
        executed.append(executed.isEmpty() ? "" : " ").append(axis.at(ex)).append(',').append(mid);
        marker(sb, c, axis.at(ex), mid);
      }
      text(sb, B_LEFT - 8, mid + 4, "end", Integer.toString(c.year.year()));
    }
    polyline(sb, executed);
    return sb.append("</svg>").toString();
  }

  private static void marker(StringBuilder sb, Col c, int x, int y) {
    long yen = c.executed();
    sb.append("<circle data-year=\"").append(c.year.year()).append("\" data-kind=\"executed\" data-yen=\"").append(yen)
        .append("\" cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"").append(EXECUTED)
        .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\">").append(tip(c.year, BudgetKind.EXECUTED, c.amounts.get(BudgetKind.EXECUTED)))
        .append("</circle>");
  }

  private static void polyline(StringBuilder sb, StringBuilder points) {
    if (points.indexOf(" ") < 0) return;
    sb.append("<polyline class=\"executed-line\" points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(EXECUTED)
        .append("\" stroke-width=\"2\"/>");
  }

  private static void line(StringBuilder sb, int x1, int y1, int x2, int y2, String stroke) {
    sb.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2).append("\" y2=\"")
        .append(y2).append("\" stroke=\"").append(stroke).append("\"/>");
  }

  private static void text(StringBuilder sb, int x, int y, String anchor, String text) {
    sb.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
        .append("\" font-size=\"12\" fill=\"#1a1a1a\">").append(esc(text)).append("</text>");
  }

  private static String tip(FiscalYear year, BudgetKind kind, Amount a) {
    return "<title>" + esc(year.year() + "年度 " + kind.label() + " " + Yen.exact(a)) + "</title>";
  }

  /** Escapes text for XML content and attributes ({@link XmlText}: also drops what XML 1.0 does not allow). */
  static String esc(String s) {
    return XmlText.escape(s);
  }

  /** Maps yen to a coordinate: {@code from} for {@code min}, {@code to} for {@code max}. */
  private record Axis(long min, long max, int from, int to) {
    int at(long v) {
      BigDecimal f = BigDecimal.valueOf(v - min).divide(BigDecimal.valueOf(max - min), 6, java.math.RoundingMode.HALF_UP);
      return from + f.multiply(BigDecimal.valueOf(to - from)).setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }
  }

  /** Where a year's bar goes: its offset and thickness across the bar, and the axis along it. */
  private record Band(int offset, int thickness, Axis axis, boolean across) {
    /** A rectangle from value {@code a} to value {@code b} along the axis. */
    void rect(StringBuilder sb, long a, long b, String attributes) {
      int p = axis.at(a);
      int q = axis.at(b);
      int lo = Math.min(p, q);
      int len = Math.max(1, Math.abs(p - q));
      if (across) {
        sb.append(" x=\"").append(lo).append("\" y=\"").append(offset).append("\" width=\"").append(len)
            .append("\" height=\"").append(thickness).append('"');
      } else {
        sb.append(" x=\"").append(offset).append("\" y=\"").append(lo).append("\" width=\"").append(thickness)
            .append("\" height=\"").append(len).append('"');
      }
      sb.append(attributes);
    }
  }

  /**
   * Round ticks: a step of 1, 2 or 5 × 10ⁿ yen, the fewest that give at most {@code target} steps over the range,
   * from a multiple of the step at or under the minimum to one at or over the maximum.
   *
   * <pre>
   *   of(0, 450,000,000, 5)        → step 100,000,000: 0, 1, 2, 3, 4, 5 億円
   *   of(-50,000,000, 520,000,000) → step 200,000,000: -2, 0, 2, 4, 6 億円
   *   of(0, 85,000,000, 5)         → step 20,000,000: 0, 20, 40, 60, 80, 100 百万円
   * </pre>
   */
  record Ticks(long min, long max, long step, List<Long> values) {
    static Ticks of(long min, long max, int target) {
      if (max == min) max = min + 1;
      BigDecimal range = BigDecimal.valueOf(max).subtract(BigDecimal.valueOf(min));
      long step = 1;
      outer:
      for (long mag = 1; ; mag *= 10) {
        for (long m : new long[] {1, 2, 5}) {
          step = m * mag;
          if (range.compareTo(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(target))) <= 0) break outer;
        }
        if (mag > Long.MAX_VALUE / 100) break;
      }
      long lo = Math.floorDiv(min, step) * step;
      long hi = -Math.floorDiv(-max, step) * step;
      List<Long> values = new ArrayList<>();
      for (long v = lo; v <= hi; v += step) values.add(v);
      return new Ticks(lo, hi, step, values);
    }

    /** The decimals a tick label needs in a unit: 0 for a step of 1億円 in 億円, 1 for 0.5億円, 2 for 0.02億円. */
    int decimals(Yen.Unit unit) {
      return Math.max(0, BigDecimal.valueOf(step).movePointLeft(unit == Yen.Unit.OKU ? 8 : 6).stripTrailingZeros().scale());
    }
  }

  /** One fiscal year: the drawn kinds' figures in force. */
  private record Col(FiscalYear year, Map<BudgetKind, Amount> amounts) {
    Long yen(BudgetKind k) {
      Amount a = amounts.get(k);
      return a == null ? null : a.yen();
    }

    Long executed() {
      return yen(BudgetKind.EXECUTED);
    }

    boolean budget() {
      return yen(BudgetKind.INITIAL) != null || yen(BudgetKind.SUPPLEMENTARY) != null;
    }

    /** The values the axis must reach. */
    List<Long> extremes() {
      List<Long> out = new ArrayList<>();
      Long initial = yen(BudgetKind.INITIAL);
      Long supp = yen(BudgetKind.SUPPLEMENTARY);
      if (budget()) {
        long base = initial == null ? 0 : initial;
        out.add(base);
        if (supp != null) out.add(base + supp);
      } else if (yen(BudgetKind.TOTAL) != null) {
        out.add(yen(BudgetKind.TOTAL));
      } else if (yen(BudgetKind.REQUEST) != null) {
        out.add(yen(BudgetKind.REQUEST));
      }
      if (executed() != null) out.add(executed());
      return out;
    }

    /** Adds the keys of the marks this year draws (see {@link #draw}). */
    void marks(Set<String> keys) {
      StringBuilder ignored = new StringBuilder();
      Band probe = new Band(0, 1, new Axis(0, 1, 0, 1), false);
      draw(ignored, probe, "probe", keys);
      if (executed() != null) keys.add("executed");
    }

    void draw(StringBuilder sb, Band band, String form) {
      draw(sb, band, form, new java.util.HashSet<>());
    }

    private void draw(StringBuilder sb, Band band, String form, Set<String> keys) {
      Long initial = yen(BudgetKind.INITIAL);
      Long supp = yen(BudgetKind.SUPPLEMENTARY);
      if (budget()) {
        long base = initial == null ? 0 : initial;
        if (initial != null) bar(sb, band, 0, base, BudgetKind.INITIAL, INITIAL, null, form, keys);
        if (supp != null && supp >= 0) {
          bar(sb, band, base, base + supp, BudgetKind.SUPPLEMENTARY, SUPPLEMENTARY, INITIAL, form, keys);
        } else if (supp != null) {
          keys.add("cut");
          bar(sb, band, base + supp, base, BudgetKind.SUPPLEMENTARY, "url(#" + form + "-cut)", CUT, form, keys);
        }
      } else if (yen(BudgetKind.TOTAL) != null) {
        bar(sb, band, 0, yen(BudgetKind.TOTAL), BudgetKind.TOTAL, TOTAL, null, form, keys);
      } else if (yen(BudgetKind.REQUEST) != null) {
        keys.add("request");
        rect(sb, band, 0, yen(BudgetKind.REQUEST), BudgetKind.REQUEST,
            " fill=\"none\" stroke=\"" + INITIAL + "\" stroke-width=\"2\" stroke-dasharray=\"4 3\"");
      }
    }

    private void bar(StringBuilder sb, Band band, long from, long to, BudgetKind kind, String fill, String stroke, String form,
        Set<String> keys) {
      boolean partOf = amounts.get(kind).qualifier() == Qualifier.PART_OF;
      if (partOf) keys.add("part_of");
      else if (!("url(#" + form + "-cut)").equals(fill)) keys.add(kind.json());
      String f = partOf ? "url(#" + form + "-part)" : fill;
      String s = partOf ? INITIAL : stroke;
      rect(sb, band, from, to, kind, " fill=\"" + f + "\"" + (s == null ? "" : " stroke=\"" + s + "\""));
    }

    private void rect(StringBuilder sb, Band band, long from, long to, BudgetKind kind, String attributes) {
      sb.append("<rect data-year=\"").append(year.year()).append("\" data-kind=\"").append(kind.json()).append("\" data-yen=\"")
          .append(yen(kind)).append('"');
      band.rect(sb, from, to, attributes);
      sb.append('>').append(tip(year, kind, amounts.get(kind))).append("</rect>");
    }
  }
}
