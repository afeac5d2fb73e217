package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.BudgetKind;

/**
 * Time and size at the scale of the full review-sheet corpus (5,000 programs, three sheets each), with made-up
 * text. A measurement, not a check: runs only with {@code -Dseisaku.scale=true}.
 */
class IndexScaleTest {
  private static final String[] WORDS = ("地域 情報 通信 基盤 整備 推進 交付金 補助金 支援 事業 防災 観光 道路 橋梁 河川 港湾 空港 鉄道 "
      + "住宅 都市 農村 過疎 定住 移住 協力隊 人材 育成 研修 教育 医療 介護 福祉 子育て 保育 雇用 産業 中小企業 創業 "
      + "技術 開発 研究 デジタル クラウド データ 行政 手続 電子 税務 統計 調査 国際 協力 外国人 消防 救急 警察 安全 "
      + "環境 エネルギー 脱炭素 再生可能 廃棄物 水道 下水道 公園 景観 文化 スポーツ 交流 自治体 市町村 都道府県 連携 "
      + "計画 策定 評価 効果 成果 目標 指標 改善 見直し 強化 充実 促進 確保 整理 実施 運営 管理 維持 更新 老朽化 対策").split(" ");
  private static final String[] MINISTRIES = {"cao", "soumu", "mlit"};

  @TempDir Path tmp;

  @Test
  void fiveThousandPrograms() throws IOException {
    assumeTrue(Boolean.getBoolean("seisaku.scale"), "a measurement: run with -Dseisaku.scale=true");
    Random random = new Random(42);
    IndexFixture f = new IndexFixture();
    for (int i = 0; i < 5000; i++) {
      String ministry = MINISTRIES[i % MINISTRIES.length];
      String name = sentence(random, 3) + "事業";
      IndexFixture.Sheet[] sheets = new IndexFixture.Sheet[3];
      for (int y = 0; y < 3; y++) sheets[y] = IndexFixture.sheet(2019 + y, paragraph(random, 400));
      f.program(String.format("%s-%05d", ministry, i), ministry, name, BudgetKind.INITIAL, sheets);
    }
    Path index = tmp.resolve("index");
    long t0 = System.nanoTime();
    Indexer.write(index, f.corpus(), f.linked());
    long t1 = System.nanoTime();
    Map<String, List<String>> related = Related.compute(index, f.linked(), 5);
    long t2 = System.nanoTime();
    long size;
    try (Stream<Path> files = Files.list(index)) {
      size = files.mapToLong(p -> p.toFile().length()).sum();
    }
    long t3;
    try (Searcher s = Searcher.open(index)) {
      long q0 = System.nanoTime();
      for (String w : WORDS) s.search(SearchRequest.of(w + " 推進"));
      t3 = (System.nanoTime() - q0) / WORDS.length;
      long c0 = System.nanoTime();
      for (String w : WORDS) s.indexSearcher().count(s.queries().build(SearchRequest.of(w + " 推進"), null, false));
      System.out.printf("scale: matching alone %.1f ms/query%n", (System.nanoTime() - c0) / 1e6 / WORDS.length);
      assertEquals(5000 + 15000, s.size());
    }
    System.out.printf("scale: 5000 programs + 15000 sheets: write %.1f s, related %.1f s, index %.1f MB, search %.1f ms/query%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, size / 1e6, t3 / 1e6);
    assertEquals(5000, related.size());
  }

  private static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) b.append(WORDS[r.nextInt(WORDS.length)]);
    return b.toString();
  }

  private static String paragraph(Random r, int chars) {
    StringBuilder b = new StringBuilder();
    while (b.length() < chars) b.append(sentence(r, 4 + r.nextInt(6))).append(r.nextBoolean() ? "を行う。" : "に取り組む。");
    return b.toString();
  }
}
