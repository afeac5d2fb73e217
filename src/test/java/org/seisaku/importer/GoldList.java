package org.seisaku.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;

/**
 * A hand-checked list of the budget items a document states ({@code src/test/resources/import/*.tsv}) and the
 * score of an import against it.
 *
 * <pre>
 *   # args: --fiscal-year 平成20年度 --ministry 総務省 --kind 当初
 *   program  fiscal_year  kind  amount  qualifier  status  need  line
 *   地域人材力活性化事業  2008  当初  ８５，２５９千円  exact    required  275
 * </pre>
 *
 * <p>A found item matches a gold item with the same fiscal year, kind, yen and qualifier whose program name (any of
 * its |-separated forms) equals the found name, or contains it or is contained in it with the shorter at least half
 * the longer, names compared after NFKC and without spaces or status marks. Each gold item is matched once (a required
 * one before an optional one, then the one nearest the found item's line): a second item matching it is a false positive. Precision = correct / found; recall = matched required / required;
 * an optional gold item found counts as correct, missed it is not counted.
 */
record GoldList(String name, Map<String, String> args, List<Gold> items) {
  record Gold(List<String> names, FiscalYear fiscalYear, BudgetKind kind, Amount amount, String status, boolean required, int line) {}

  /** How an import scored. */
  record Score(int required, int optional, int found, int correct, int matchedRequired, List<String> misses, List<String> falsePositives,
      int statusAgree, List<String> inexactNames) {
    double precision() {
      return found == 0 ? (required == 0 ? 1.0 : 0.0) : (double) correct / found;
    }

    double recall() {
      return required == 0 ? 1.0 : (double) matchedRequired / required;
    }

    String line(String name) {
      return String.format(Locale.ROOT, "%-34s gold %2d (+%d optional)  found %2d  correct %2d  precision %.2f  recall %.2f  status %d/%d  names %d/%d",
          name, required, optional, found, correct, precision(), recall(), statusAgree, correct, correct - inexactNames.size(), correct);
    }
  }

  private static final Pattern ARG = Pattern.compile("--([a-z-]+)\\s+(\\S+)");

  static GoldList read(Path tsv) throws IOException {
    Map<String, String> args = new java.util.LinkedHashMap<>();
    List<Gold> items = new ArrayList<>();
    boolean header = true;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.startsWith("# args:")) {
        Matcher m = ARG.matcher(line);
        while (m.find()) args.put(m.group(1), m.group(2));
        continue;
      }
      if (line.startsWith("#") || line.isBlank()) continue;
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 8) throw new IllegalArgumentException(tsv + ": expected 8 fields: " + line);
      Amount a = Amount.parse(f[3]);
      if (!a.qualifier().json().equals(f[4])) throw new IllegalArgumentException(tsv + ": qualifier " + f[4] + " ≠ " + a + ": " + line);
      items.add(new Gold(List.of(f[0].split("\\|")), FiscalYear.of(Integer.parseInt(f[1])), BudgetKind.parse(f[2]).orElseThrow(), a,
          f[5].isEmpty() ? null : f[5], f[6].equals("required"), Integer.parseInt(f[7])));
    }
    String n = tsv.getFileName().toString().replaceAll("\\.tsv$", "");
    return new GoldList(n, args, items);
  }

  Score score(List<FoundItem> found) {
    boolean[] used = new boolean[items.size()];
    int correct = 0;
    int matchedRequired = 0;
    int status = 0;
    List<String> fps = new ArrayList<>();
    List<String> inexact = new ArrayList<>();
    for (FoundItem f : found) {
      // the gold item it matches, a required one before an optional one (a restatement found where the item stands
      // takes the item, not the restatement), then the one nearest its line
      int hit = -1;
      for (int g = 0; g < items.size(); g++) {
        if (used[g] || !matches(items.get(g), f)) continue;
        if (hit < 0 || nearer(items.get(g), items.get(hit), f.origin().line())) hit = g;
      }
      if (hit < 0) {
        fps.add(f.origin().line() + ": " + f.program() + " " + f.fiscalYear() + " " + f.kind().label() + " " + f.written());
        continue;
      }
      used[hit] = true;
      correct++;
      Gold g = items.get(hit);
      if (g.required()) matchedRequired++;
      if (java.util.Objects.equals(g.status(), f.status())) status++;
      if (g.names().stream().noneMatch(n -> key(n).equals(key(f.program())))) inexact.add(f.origin().line() + ": " + f.program());
    }
    List<String> misses = new ArrayList<>();
    int required = 0;
    for (int g = 0; g < items.size(); g++) {
      if (items.get(g).required()) {
        required++;
        if (!used[g]) misses.add(items.get(g).line() + ": " + items.get(g).names().get(0) + " " + items.get(g).fiscalYear() + " "
            + items.get(g).kind().label() + " " + items.get(g).amount());
      }
    }
    return new Score(required, items.size() - required, found.size(), correct, matchedRequired, misses, fps, status, inexact);
  }

  private static boolean nearer(Gold g, Gold than, int line) {
    if (g.required() != than.required()) return g.required();
    return Math.abs(g.line() - line) < Math.abs(than.line() - line);
  }

  static boolean matches(Gold g, FoundItem f) {
    if (!g.fiscalYear().equals(f.fiscalYear()) || g.kind() != f.kind() || !g.amount().equals(f.amount())) return false;
    String n = key(f.program());
    for (String name : g.names()) {
      String k = key(name);
      if (k.equals(n)) return true;
      String shorter = k.length() <= n.length() ? k : n;
      String longer = k.length() <= n.length() ? n : k;
      if (longer.contains(shorter) && shorter.length() * 2 >= longer.length()) return true;
    }
    return false;
  }

  static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "")
        .replaceAll("[（(【\\[](新規|拡充|継続|廃止)[）)】\\]]", "").toLowerCase(Locale.ROOT);
  }
}
