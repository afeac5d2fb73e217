package org.seisaku.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.seisaku.config.YamlMap;
import org.seisaku.diag.Problems;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Slug;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code ministries.yml}: a list of maps, one per ministry.
 *
 * <pre>
 * - id: soumu                 # required, a Slug ministry id (a-z, 0-9, '-'; ≤ 40 characters)
 *   name: 総務省               # required
 *   english: Ministry of Internal Affairs and Communications
 *   aliases: [総務]            # a name or alias may name one ministry only
 *   order: 2                  # 建制順, an integer
 *   parent: mof               # optional, an id in this file
 *   since: 令和3年度           # optional, any form FiscalYear.parse reads (→ 2021)
 *   until: 2023
 * </pre>
 *
 * <p>A ministry with a bad id or name is dropped; a clashing alias is dropped from the later ministry; every
 * problem is reported with its line. The result always builds a {@link Ministries}.
 */
public final class MinistriesReader {
  static final Set<String> KEYS = Set.of("id", "name", "english", "aliases", "order", "parent", "since", "until");

  private MinistriesReader() {}

  /** Parses the file's text; {@code path} names it in problems ({@code content/ministries.yml}). */
  public static Ministries parse(String text, String path, Problems problems) {
    Optional<Node> root = YamlMap.compose(text, path, 0, problems);
    List<Ministry> ministries = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    for (Node item : root.map(r -> YamlMap.items(r, path, 0, "ministries.yml", problems)).orElse(List.of())) {
      YamlMap.of(item, path, 0, KEYS, "a ministry", problems).flatMap(m -> ministry(m, ministries, names))
          .ifPresent(m -> {
            ministries.add(m);
            lines.add(item.getStartMark().getLine() + 1);
          });
    }
    for (int i = 0; i < ministries.size(); i++) {
      Ministry m = ministries.get(i);
      if (m.parent() != null && ministries.stream().noneMatch(o -> o.id().equals(m.parent()))) {
        problems.error(path, lines.get(i), "unknown parent '" + m.parent() + "' of " + m.id() + " (not an id in ministries.yml)");
      }
    }
    try {
      return new Ministries(ministries);
    } catch (IllegalArgumentException e) {
      problems.error(path, 0, e.getMessage()); // not reached: clashes are dropped above
      return new Ministries(List.of());
    }
  }

  private static Optional<Ministry> ministry(YamlMap m, List<Ministry> seen, Map<String, String> names) {
    Optional<String> id = m.required("id");
    Optional<String> name = m.required("name");
    if (id.isEmpty() || name.isEmpty()) return Optional.empty();
    Optional<String> idProblem = Slug.ministryIdProblem(id.get());
    if (idProblem.isPresent()) {
      m.error("id", idProblem.get() + " (e.g. soumu)");
      return Optional.empty();
    }
    if (seen.stream().anyMatch(o -> o.id().equals(id.get()))) {
      m.error("id", "duplicate ministry id '" + id.get() + "'");
      return Optional.empty();
    }
    if (!claim(name.get(), id.get(), names, m, m.line("name"))) return Optional.empty();
    List<String> aliases = new ArrayList<>();
    for (YamlMap.Item a : m.items("aliases")) if (claim(a.value(), id.get(), names, m, a.line())) aliases.add(a.value());
    int order = m.string("order").flatMap(o -> integer(o, m)).orElse(Integer.MAX_VALUE);
    return Optional.of(new Ministry(id.get(), name.get(), m.string("english").orElse(null), aliases, order,
        m.string("parent").orElse(null), year(m, "since"), year(m, "until")));
  }

  /** Registers a name for a ministry; a name already naming another ministry is an error. */
  private static boolean claim(String name, String id, Map<String, String> names, YamlMap m, int line) {
    String owner = names.putIfAbsent(Ministries.key(name), id);
    if (owner == null || owner.equals(id)) return true;
    m.error(line, "'" + name + "' already names ministry " + owner + " (a name or alias may name one ministry only)");
    return false;
  }

  private static Optional<Integer> integer(String s, YamlMap m) {
    try {
      return Optional.of(Integer.parseInt(s));
    } catch (NumberFormatException e) {
      m.error("order", "order must be an integer (建制順), not '" + s + "'");
      return Optional.empty();
    }
  }

  private static Integer year(YamlMap m, String key) {
    Optional<String> s = m.string(key);
    if (s.isEmpty()) return null;
    Optional<FiscalYear> fy = FiscalYear.parse(s.get());
    if (fy.isEmpty()) m.error(key, "impossible or unreadable fiscal year '" + s.get() + "'");
    return fy.map(FiscalYear::year).orElse(null);
  }
}
