package org.seisaku.testing;

import java.util.List;
import java.util.Map;

/** Ranking metrics of the search evaluations (SearchEvaluationTest, BrowserParityIT). */
public final class Metrics {
  private Metrics() {}

  /** nDCG@k: gain 2^grade − 1, discount log2(rank + 1), ideal = every judged item by grade. */
  public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
    List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += gain(ideal.get(i)) / log2(i + 2);
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double gain(int grade) {
    return (1 << grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
