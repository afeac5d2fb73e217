package org.seisaku.model;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ministries of a build, looked up by id or by any name or alias (NFKC-folded, spaces removed), listed in
 * 建制順.
 */
public final class Ministries {
  private final List<Ministry> ordered;
  private final Map<String, Ministry> byId = new HashMap<>();
  private final Map<String, Ministry> byName = new HashMap<>();

  /** @throws IllegalArgumentException if two ministries share an id, or a name or alias names two ministries */
  public Ministries(List<Ministry> ministries) {
    this.ordered = ministries.stream()
        .sorted(Comparator.comparingInt(Ministry::order).thenComparing(Ministry::id)).toList();
    for (Ministry m : ordered) {
      if (byId.putIfAbsent(m.id(), m) != null) throw new IllegalArgumentException("duplicate ministry id: " + m.id());
      register(m.name(), m);
      for (String a : m.aliases()) register(a, m);
    }
  }

  private void register(String name, Ministry m) {
    Ministry old = byName.putIfAbsent(key(name), m);
    if (old != null && old != m) {
      throw new IllegalArgumentException("name '" + name + "' names both " + old.id() + " and " + m.id());
    }
  }

  /** The lookup key of a name: NFKC, no spaces. */
  public static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
  }

  public Optional<Ministry> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** By Japanese name or alias (総務省, 総務, 厚労省), or by id. */
  public Optional<Ministry> find(String nameOrId) {
    if (nameOrId == null) return Optional.empty();
    Ministry m = byName.get(key(nameOrId));
    if (m == null) m = byId.get(nameOrId.strip());
    return Optional.ofNullable(m);
  }

  /** All, in 建制順. */
  public List<Ministry> all() {
    return ordered;
  }
}
