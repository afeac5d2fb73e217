package org.seisaku.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seisaku.config.SourceSpec;
import org.seisaku.config.YamlMap;
import org.seisaku.diag.Problems;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Slug;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code programs.yml}: the publisher's curated programs.
 *
 * <pre>
 * - id: chiiki-okoshi          # required, unique, a Slug program id (a-z, 0-9, '-'; ≤ 100 characters)
 *   name: 地域おこし協力隊推進事業   # required
 *   ministry: 総務省             # required: an id, name or alias of ministries.yml (→ soumu)
 *   aliases: [旧名]
 *   same_as:
 *     - judgit:data/2023/総務省/2023-総務-22-0015.json   # SOURCE:PATH
 *     - 2012:地域経済循環創造事業交付金                    # FY:NAME (FY in any form: H24, 平成24年度)
 *   notes: 自由記述
 * </pre>
 *
 * <p>Only the form of {@code same_as} entries is checked here; whether they name a program-year is the linker's
 * business. Entries with a bad id, name or ministry are dropped after being reported.
 */
public final class ProgramsReader {
  static final Set<String> KEYS = Set.of("id", "name", "ministry", "aliases", "same_as", "notes");
  static final Set<String> REF_SOURCES = Set.of("content", "judgit");

  private ProgramsReader() {}

  public static List<CuratedProgram> parse(String text, String path, Ministries ministries, Problems problems) {
    List<CuratedProgram> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Optional<Node> root = YamlMap.compose(text, path, 0, problems);
    for (Node item : root.map(r -> YamlMap.items(r, path, 0, "programs.yml", problems)).orElse(List.of())) {
      YamlMap.of(item, path, 0, KEYS, "a program", problems)
          .flatMap(m -> program(m, ministries, ids))
          .ifPresent(out::add);
    }
    return out;
  }

  private static Optional<CuratedProgram> program(YamlMap m, Ministries ministries, Set<String> ids) {
    Optional<String> id = m.required("id");
    Optional<String> name = m.required("name");
    Optional<String> ministry = m.required("ministry");
    boolean ok = id.isPresent() && name.isPresent() && ministry.isPresent();
    Optional<String> idProblem = id.flatMap(Slug::programIdProblem);
    if (idProblem.isPresent()) {
      m.error("id", idProblem.get());
      ok = false;
    } else if (id.isPresent() && !ids.add(id.get())) {
      m.error("id", "duplicate program id '" + id.get() + "'");
      ok = false;
    }
    Optional<Ministry> min = ministry.flatMap(ministries::find);
    if (ministry.isPresent() && min.isEmpty()) {
      m.error("ministry", "unknown ministry '" + ministry.get() + "' (not in ministries.yml)");
      ok = false;
    }
    List<String> sameAs = new ArrayList<>();
    for (YamlMap.Item ref : m.items("same_as")) {
      sameAs.add(ref.value());
      if (!validReference(ref.value())) {
        m.error(ref.line(), "same_as '" + ref.value() + "' is neither SOURCE:PATH (judgit:data/2023/総務省/….json) "
            + "nor FY:NAME (2012:地域経済循環創造事業交付金)");
      }
    }
    if (!ok) return Optional.empty();
    return Optional.of(new CuratedProgram(id.get(), name.get(), min.get().id(), m.strings("aliases"), sameAs,
        m.text("notes").orElse(null), m.line()));
  }

  /**
   * Whether a same_as entry has one of the two forms.
   *
   * <pre>
   *   judgit:data/2019/総務省/0020.json → true
   *   content:budget/2008.csv#2008:定住自立圏構想推進費 → true
   *   H24:地域経済循環創造事業交付金    → true
   *   平成45年度:x, foo:x, judgit:, 2012 → false
   * </pre>
   */
  static boolean validReference(String ref) {
    int colon = ref.indexOf(':');
    if (colon <= 0 || colon == ref.length() - 1 || ref.substring(colon + 1).isBlank()) return false;
    String head = ref.substring(0, colon);
    return REF_SOURCES.contains(head) || SourceSpec.TYPES.contains(head) || FiscalYear.parse(head).isPresent();
  }
}
