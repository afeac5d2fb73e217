package org.seisaku.index;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problems;
import org.seisaku.link.LinkResult;
import org.seisaku.link.Linker;
import org.seisaku.link.PreviousIds;
import org.seisaku.model.Program;
import org.seisaku.source.Corpus;
import org.seisaku.source.Sources;

/**
 * Compares settings of {@link Related} on the judged list (src/test/resources/related/judged-related.tsv) over an
 * index already built from the same input. Not a test: the tool behind the settings RelatedEvaluationIT holds.
 *
 * <pre>
 *   java -cp target/seisaku.jar:target/test-classes org.seisaku.index.RelatedTuning content ../shared/corpus/judgit INDEX
 * </pre>
 */
public final class RelatedTuning {
  private RelatedTuning() {}

  public static void main(String[] args) throws Exception {
    Problems problems = new Problems();
    Corpus corpus = Sources.read(Path.of(args[0]), List.of(SourceSpec.parse("judgit:" + args[1]).orElseThrow()), problems);
    LinkResult linked = new Linker().link(corpus, PreviousIds.empty(), problems);
    List<RelatedJudgements.Judged> judged = RelatedJudgements.read();
    Map<String, String> idOf = new HashMap<>();
    Map<String, String> nameOf = new HashMap<>();
    for (Program p : linked.programs()) {
      idOf.putIfAbsent(p.name() + "\u0000" + p.ministryId(), p.id());
      nameOf.put(p.id(), p.name());
    }
    Path index = Path.of(args[2]);
    boolean verbose = Boolean.getBoolean("verbose");
    List<String> both = List.of(Fields.TITLE_BIGRAM, Fields.TEXT_BIGRAM);
    List<Related.Tuning> settings = List.of(
        new Related.Tuning(List.of(Fields.TEXT_BIGRAM), false, 1, Related.SAME_MINISTRY_BONUS, 0.3f, false),
        new Related.Tuning(both, false, 1, Related.SAME_MINISTRY_BONUS, 0.3f, false),
        new Related.Tuning(both, false, 1, Related.SAME_MINISTRY_BONUS, 0.3f, true));
    for (Related.Tuning t : settings) {
      long t0 = System.nanoTime();
      Map<String, List<String>> related = Related.compute(index, linked, 5, t);
      double s = (System.nanoTime() - t0) / 1e9;
      StringBuilder report = verbose ? new StringBuilder() : null;
      double p5 = RelatedJudgements.precision(judged, idOf, nameOf, related, 5, report);
      double p3 = RelatedJudgements.precision(judged, idOf, nameOf, related, 3, null);
      System.out.printf(Locale.ROOT, "%s: P@5 %.3f, P@3 %.3f (%.1f s)%n%s", t, p5, p3, s, verbose ? report : "");
    }
  }
}
