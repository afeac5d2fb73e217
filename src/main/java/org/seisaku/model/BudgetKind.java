package org.seisaku.model;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kind of a budget figure, with its name in {@code data/budget.json} and its Japanese label. */
public enum BudgetKind {
  INITIAL("initial", "当初", "当初予算"),
  SUPPLEMENTARY("supplementary", "補正", "補正予算"),
  REQUEST("request", "要求", "概算要求", "要求額"),
  EXECUTED("executed", "執行", "執行額"),
  RESERVE("reserve", "予備費等", "予備費"),
  CARRIED_IN("carried_in", "前年度から繰越し", "前年度から繰越", "繰越", "繰越し"),
  CARRIED_OUT("carried_out", "翌年度へ繰越し", "翌年度へ繰越"),
  TOTAL("total", "予算計");

  private final String json;
  private final String label;
  private final String[] aliases;

  BudgetKind(String json, String label, String... aliases) {
    this.json = json;
    this.label = label;
    this.aliases = aliases;
  }

  public String json() {
    return json;
  }

  /** The short Japanese label shown on pages: 当初, 補正 … */
  public String label() {
    return label;
  }

  /** Every name {@link #parse} reads as this kind: the JSON name, the label, then the longer forms. */
  public List<String> names() {
    List<String> out = new java.util.ArrayList<>(List.of(json, label));
    out.addAll(List.of(aliases));
    return List.copyOf(out);
  }

  /** Reads a kind by its JSON name (initial), label (当初) or a longer form (当初予算, 要求額); case and width folded. */
  public static Optional<BudgetKind> parse(String text) {
    if (text == null) return Optional.empty();
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    for (BudgetKind k : values()) {
      if (k.json.equals(s) || k.label.equals(s)) return Optional.of(k);
      for (String a : k.aliases) if (a.equals(s)) return Optional.of(k);
    }
    return Optional.empty();
  }
}
