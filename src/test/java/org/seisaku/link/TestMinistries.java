package org.seisaku.link;

import java.util.List;
import org.seisaku.model.Ministry;

/** The ministries of the judgit corpus, with the ids of content/ministries.yml. */
final class TestMinistries {
  private TestMinistries() {}

  static List<Ministry> all() {
    return List.of(
        m("cas", "内閣官房", 20), m("cao", "内閣府", 50), m("jftc", "公正取引委員会", 70), m("npa", "警察庁", 80),
        m("ppc", "個人情報保護委員会", 90), m("jcrc", "カジノ管理委員会", 100), m("fsa", "金融庁", 110),
        m("caa", "消費者庁", 120), m("cfa", "こども家庭庁", 130, 2023), m("digital", "デジタル庁", 140, 2021),
        m("reconstruction", "復興庁", 150), m("soumu", "総務省", 160), m("moj", "法務省", 170), m("mof", "財務省", 190),
        m("mlit", "国土交通省", 240), m("nra", "原子力規制委員会", 251));
  }

  private static Ministry m(String id, String name, int order) {
    return m(id, name, order, null);
  }

  private static Ministry m(String id, String name, int order, Integer since) {
    return new Ministry(id, name, null, List.of(), order, null, since, null);
  }
}
