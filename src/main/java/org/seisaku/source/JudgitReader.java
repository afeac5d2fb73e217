package org.seisaku.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.seisaku.model.Document;
import org.seisaku.model.Ministries;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;

/**
 * Reads a checkout of judgit/data: every {@code data/{公開年度}/{府省庁}/{事業番号}.json} under the root becomes one
 * program-year (key {@code judgit:data/2019/総務省/0020.json}) and one document (slug
 * {@code judgit-2019-soumu-0020}, kind レビューシート, CC BY 4.0 credit).
 *
 * <p>Files are read in parallel and each JSON tree is dropped once its sheet is made; the output is sorted by key
 * and slug. Problems name files as {@code ROOT_AS_GIVEN/data/…}. When two sheets of one year and ministry fold to
 * the same ASCII slug ({@code 2021-国交-20-0437} and {@code 2021-経産-20-0437}), each of them gets a suffix from a
 * hash of its full 事業番号, so that the slug does not depend on reading order.
 */
public final class JudgitReader {
  private JudgitReader() {}

  public static JudgitData read(Path root, Ministries ministries, Problems problems) {
    return read(root, ministries, problems, null);
  }

  /** As {@link #read(Path, Ministries, Problems)}, taking unchanged sheets from {@code cache} when it is not null. */
  public static JudgitData read(Path root, Ministries ministries, Problems problems, SheetCache cache) {
    Path data = root.resolve("data");
    if (!Files.isDirectory(data)) {
      problems.error(root.toString(), 0, "no data/ folder: a judgit source is a checkout of judgit/data, "
          + "laid out data/{公開年度}/{府省庁}/{事業番号}.json");
      return new JudgitData(List.of(), List.of());
    }
    List<String> files = SourceFiles.list(root, "data", ".json", rel -> root.resolve(rel).toString(), problems);
    SheetParser parser = new SheetParser(ministries);
    String ministriesKey = ministries.all().toString();
    List<SheetParser.Sheet> sheets = files.parallelStream()
        .map(rel -> cache == null ? readOne(root, rel, parser, problems)
            : cache.get(root.resolve(rel).toAbsolutePath(), ministriesKey, problems, p -> readOne(root, rel, parser, p)))
        .flatMap(Optional::stream)
        .toList();
    if (cache != null) cache.retain(files.stream().map(rel -> root.resolve(rel).toAbsolutePath()).toList());
    return assemble(sheets);
  }

  private static Optional<SheetParser.Sheet> readOne(Path root, String rel, SheetParser parser, Problems problems) {
    String shown = root.resolve(rel).toString();
    if (rel.split("/").length != 4) {
      problems.warning(shown, 0, "ignored: not at data/{公開年度}/{府省庁}/{事業番号}.json");
      return Optional.empty();
    }
    return SourceFiles.read(root.resolve(rel), Limits.FileKind.SHEET_JSON, shown, problems)
        .flatMap(bytes -> parser.parse(bytes, rel, shown, problems));
  }

  /** Final slugs, program-years and documents, sorted. */
  static JudgitData assemble(List<SheetParser.Sheet> sheets) {
    Map<String, Long> slugCount = sheets.stream().collect(Collectors.groupingBy(SheetParser.Sheet::baseSlug, Collectors.counting()));
    List<ProgramYear> years = new ArrayList<>(sheets.size());
    List<Document> docs = new ArrayList<>(sheets.size());
    for (SheetParser.Sheet s : sheets) {
      String slug = slugCount.get(s.baseSlug()) > 1 ? s.baseSlug() + "-" + shortHash(s.number()) : s.baseSlug();
      Provenance where = Provenance.ofLine(SheetParser.SOURCE, s.relPath(), 0);
      years.add(new ProgramYear(s.key(), s.year(), s.ministryId(), s.name(), s.items(), where, s.ids(), slug));
      docs.add(new Document(slug, s.name().replaceAll("\\s*\\R\\s*", ""), s.ministryId(), s.year(), null,
          SheetParser.KIND, s.url(), List.of(s.key()), s.markdown(), where, SheetParser.LICENSE));
    }
    years.sort(Comparator.comparing(ProgramYear::key));
    docs.sort(Comparator.comparing(Document::slug));
    return new JudgitData(years, docs);
  }

  /** First 6 hex digits of the SHA-256 of a 事業番号: stable, and ASCII. */
  static String shortHash(String number) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(number.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
