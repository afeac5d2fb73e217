package org.seisaku.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hand-checked list of related programs (src/test/resources/related/judged-related.tsv, see its header) and the
 * figure it gives: precision at k, the share of the first k related programs shown whose names the judge accepted,
 * fewer than k shown counting the missing ones as misses, averaged over the judged programs.
 */
public final class RelatedJudgements {
  public static final Path FILE = Path.of("src/test/resources/related/judged-related.tsv");

  /** One judged program: its name and ministry, and the names acceptable among its related programs. */
  public record Judged(String name, String ministry, Pattern acceptable) {}

  private RelatedJudgements() {}

  public static List<Judged> read() throws IOException {
    List<Judged> out = new ArrayList<>();
    for (String line : Files.readAllLines(FILE)) {
      if (line.startsWith("#") || line.isBlank()) continue;
      String[] f = line.split("\t");
      out.add(new Judged(f[0], f[1], Pattern.compile(f[2])));
    }
    return out;
  }

  /**
   * @param idOf "name\u0000ministry" → program id
   * @param nameOf program id → name
   * @param related program id → related program ids, best first
   * @param report receives one line per judged program (its precision and the names shown, ✓ or ✗), or null
   */
  public static double precision(List<Judged> judged, Map<String, String> idOf, Map<String, String> nameOf,
      Map<String, List<String>> related, int k, StringBuilder report) {
    double sum = 0;
    for (Judged j : judged) {
      String id = idOf.get(j.name() + "\u0000" + j.ministry());
      if (id == null) throw new IllegalStateException("no program " + j.name() + " of " + j.ministry());
      List<String> shown = related.getOrDefault(id, List.of());
      int good = 0;
      StringBuilder line = new StringBuilder();
      for (String r : shown.subList(0, Math.min(k, shown.size()))) {
        String name = nameOf.getOrDefault(r, r);
        boolean ok = j.acceptable().matcher(name).find();
        if (ok) good++;
        line.append(ok ? " ✓" : " ✗").append(name);
      }
      sum += (double) good / k;
      if (report != null) report.append(String.format(Locale.ROOT, "  %.2f %s:%s%n", (double) good / k, j.name(), line));
    }
    return sum / judged.size();
  }
}
