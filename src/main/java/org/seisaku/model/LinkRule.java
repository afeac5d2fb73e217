package org.seisaku.model;

/** The rule that joined a program-year to its program, recorded per link (DESIGN §3), in the order they are tried. */
public enum LinkRule {
  /** First program-year of a program: nothing joined it, it founded the program. */
  FIRST("first"),
  /** An entry, alias or {@code same_as} in programs.yml. */
  CURATED("curated"),
  /** 事業ID of the review sheets (2015–2020), checked against the name. */
  BUSINESS_ID("business_id"),
  /** 関連する過去のレビューシート of a review sheet. */
  PAST_SHEET("past_sheet"),
  /** Same ministry and the same name once normalised (width, spaces, line breaks, （仮称）, 「」). */
  NAME("name"),
  /** Same ministry, 開始年度 and restated budget figures for the overlapping years, with a similar name. */
  FIGURES("figures"),
  /** Same ministry and a name similar above the threshold the linking evaluation justifies. */
  SIMILAR_NAME("similar_name");

  private final String json;

  LinkRule(String json) {
    this.json = json;
  }

  /** The name used in {@code data/programs.json}. */
  public String json() {
    return json;
  }
}
