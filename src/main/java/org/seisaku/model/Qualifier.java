package org.seisaku.model;

/** How exact an {@link Amount} is, as its text says. Only {@link #EXACT} and {@link #APPROXIMATE} amounts are summed. */
public enum Qualifier {
  /** 3.7億円, ９７３百万円, review-sheet figures. */
  EXACT("exact"),
  /** 約1,500億円, １，５００億円程度. */
  APPROXIMATE("approximate"),
  /** 973百万円の内数: included in another line's amount, never added to a total. */
  PART_OF("part_of"),
  /** 事項要求: requested without a figure. */
  UNQUANTIFIED("unquantified"),
  /** 上限1億円, 1億円を上限: a ceiling. */
  UPPER_BOUND("upper_bound");

  private final String json;

  Qualifier(String json) {
    this.json = json;
  }

  /** The name used in {@code data/budget.json}. */
  public String json() {
    return json;
  }

  /** Whether amounts with this qualifier may be added into totals. */
  public boolean summable() {
    return this == EXACT || this == APPROXIMATE;
  }
}
