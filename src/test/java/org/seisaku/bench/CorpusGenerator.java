package org.seisaku.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A larger judgit corpus made from a real one, for the scale benchmark (bench/scale.sh), not for tests: the real
 * whole-government data (47,597 sheets) is not at hand, so this stands in for it.
 *
 * <pre>
 *   java -cp target/seisaku.jar:target/test-classes org.seisaku.bench.CorpusGenerator SOURCE_ROOT OUT_ROOT N [SEED]
 *   SOURCE_ROOT/data/{公開年度}/{府省庁}/{事業番号}.json  →  OUT_ROOT/data/{公開年度}/{府省庁}/{事業番号}.json × N
 * </pre>
 *
 * <p>Copy 0 is the real corpus as it is (as far as N reaches). Each further copy takes the real programs (sheets
 * grouped by 事業ID, or by name where a sheet has none) in a seeded order and writes every sheet of a program again
 * with: new ids (ID, 事業ID, 事業番号 with {@code -g<copy>}, past-sheet references renumbered alike, so that the copy
 * links as a program of its own), a name variant (a region or a stage added, the same for all years of the copy),
 * its years shifted by −1, 0 or +1 (公開年度, 予算 years, 開始/終了年度), and its 事業概要 taken from another real sheet
 * of the same ministry. The output depends only on the source, N and the seed.
 */
public final class CorpusGenerator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] VARIANTS = {"（北海道ブロック）", "（東北ブロック）", "（関東ブロック）", "（北陸ブロック）",
      "（中部ブロック）", "（近畿ブロック）", "（中国ブロック）", "（四国ブロック）", "（九州ブロック）", "（沖縄）",
      "（第2期）", "（第3期）", "（拡充分）", "（特別枠）", "（実証事業）", "（調査分）", "（施設整備分）", "（広域連携）"};
  private static final int[] SHIFTS = {0, 1, -1};

  private CorpusGenerator() {}

  /** One real sheet. */
  private record Sheet(Path file, int year, String ministry, String chain) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: CorpusGenerator SOURCE_ROOT OUT_ROOT N [SEED]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int n = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20261202L;
    int written = generate(source, out, n, seed);
    System.err.printf("generated %,d sheets in %s (seed %d)%n", written, out, seed);
  }

  static int generate(Path source, Path out, int n, long seed) throws IOException {
    List<Sheet> sheets = scan(source);
    Map<String, List<Sheet>> chains = new LinkedHashMap<>();
    Map<String, List<Sheet>> byMinistry = new LinkedHashMap<>();
    for (Sheet s : sheets) {
      chains.computeIfAbsent(s.chain(), k -> new ArrayList<>()).add(s);
      byMinistry.computeIfAbsent(s.ministry(), k -> new ArrayList<>()).add(s);
    }
    List<String> order = new ArrayList<>(chains.keySet());
    Files.createDirectories(out.resolve("data"));
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    Set<Path> seen = new HashSet<>();
    int written = 0;
    for (int copy = 0; written < n; copy++) {
      List<String> chainOrder = new ArrayList<>(order);
      if (copy > 0) java.util.Collections.shuffle(chainOrder, new Random(seed * 31 + copy));
      for (int c = 0; c < chainOrder.size() && written < n; c++) {
        String chain = chainOrder.get(c);
        SplittableRandom r = new SplittableRandom(seed ^ ((long) copy << 40) ^ chain.hashCode());
        String variant = VARIANTS[r.nextInt(VARIANTS.length)];
        int shift = SHIFTS[r.nextInt(SHIFTS.length)];
        for (Sheet s : chains.get(chain)) {
          if (written >= n) break;
          ObjectNode root = (ObjectNode) MAPPER.readTree(s.file().toFile());
          String stem = s.file().getFileName().toString().replaceFirst("\\.json$", "");
          int year = s.year();
          if (copy > 0) {
            List<Sheet> same = byMinistry.get(s.ministry());
            Sheet partner = same.get(r.nextInt(same.size()));
            vary(root, copy, variant, shift, partner);
            year += shift;
            stem = stem.replaceFirst("^" + s.year(), Integer.toString(year)) + "-g" + copy;
          }
          Path target = out.resolve("data").resolve(Integer.toString(year)).resolve(s.ministry()).resolve(stem + ".json");
          if (!seen.add(target)) continue;
          Files.createDirectories(target.getParent());
          try (OutputStream os = Files.newOutputStream(target);
               JsonGenerator g = MAPPER.getFactory().createGenerator(os)) {
            g.setPrettyPrinter(pretty);
            MAPPER.writeTree(g, root);
          }
          written++;
        }
      }
    }
    return written;
  }

  /** The real sheets, sorted by path; a program chain is its 事業ID, else its ministry and name. */
  private static List<Sheet> scan(Path source) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(source.resolve("data"))) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted(Comparator.comparing(Path::toString)).toList();
    }
    List<Sheet> sheets = new ArrayList<>(files.size());
    for (Path f : files) {
      JsonNode root = MAPPER.readTree(f.toFile());
      int year = Integer.parseInt(f.getParent().getParent().getFileName().toString());
      String ministry = f.getParent().getFileName().toString();
      JsonNode id = root.get("事業ID");
      String chain = id != null && id.isNumber() ? "id:" + id.asInt()
          : "name:" + ministry + ":" + root.path("事業名").asText("").replaceAll("\\s+", "");
      sheets.add(new Sheet(f, year, ministry, chain));
    }
    return sheets;
  }

  /** Copy {@code copy} of a sheet: new ids, the name variant, shifted years, another sheet's 事業概要. */
  private static void vary(ObjectNode root, int copy, String variant, int shift, Sheet partner) throws IOException {
    String suffix = "-g" + copy;
    if (root.get("ID") != null && root.get("ID").isNumber()) root.put("ID", root.get("ID").asInt() + copy * 10_000_000);
    if (root.get("事業ID") != null && root.get("事業ID").isNumber()) {
      root.put("事業ID", root.get("事業ID").asInt() + copy * 1_000_000);
    }
    int year = root.path("公開年度").asInt();
    renumber(root, suffix, year, shift);
    if (root.get("事業番号") instanceof TextNode t) {
      root.put("事業番号", t.asText().replaceFirst("^" + year, Integer.toString(year + shift)) + suffix);
    }
    root.put("事業名", root.path("事業名").asText() + variant);
    root.put("公開年度", year + shift);
    for (String f : new String[] {"開始年度", "終了年度"}) {
      if (root.get(f) instanceof IntNode i) root.put(f, i.asInt() + shift);
    }
    if (root.get("予算") instanceof ArrayNode rows) {
      for (JsonNode row : rows) {
        if (row instanceof ObjectNode o && o.get("年度") != null && o.get("年度").isNumber()) {
          o.put("年度", o.get("年度").asInt() + shift);
        }
      }
    }
    if (root.get("関連する過去のレビューシート") instanceof ArrayNode refs) {
      for (JsonNode ref : refs) {
        if (!(ref instanceof ObjectNode o)) continue;
        int refYear = o.path("年度").asInt();
        if (o.get("年度") != null && o.get("年度").isNumber()) o.put("年度", refYear + shift);
        renumber(o, suffix, refYear, shift);
        if (o.get("事業番号") instanceof TextNode t) {
          o.put("事業番号", t.asText().replaceFirst("^" + refYear, Integer.toString(refYear + shift)) + suffix);
        }
      }
    }
    JsonNode other = MAPPER.readTree(partner.file().toFile()).get("事業概要");
    if (other instanceof TextNode) root.set("事業概要", other);
  }

  /** The last of 事業番号1…5 gets the copy's suffix; a first part that is the sheet's year moves with it. */
  private static void renumber(ObjectNode o, String suffix, int year, int shift) {
    String last = null;
    for (int i = 1; i <= 5; i++) {
      if (o.get("事業番号" + i) instanceof TextNode) last = "事業番号" + i;
    }
    if (last != null) o.put(last, o.get(last).asText() + suffix);
    if (o.get("事業番号1") instanceof TextNode t && t.asText().equals(Integer.toString(year))) {
      o.put("事業番号1", Integer.toString(year + shift));
    }
  }
}
