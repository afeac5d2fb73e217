package org.seisaku.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.seisaku.diag.ControlCharacters;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read through SnakeYAML's node API, so that every problem names its line. Keys are checked
 * against the allowed set when the map is made: an unknown or repeated key is an error at its own line.
 *
 * <pre>
 *   title: 政策ナビ        → string("title") = "政策ナビ"
 *   sources: [judgit:x]   → strings("sources") = ["judgit:x"]
 *   titel: x              → error {@code site.yml:3: unknown key 'titel' (allowed: …)}
 * </pre>
 *
 * <p>Getters report a value of the wrong shape (a list where a string belongs) and return empty; they never
 * return null. {@code lineOffset} is added to SnakeYAML's lines, for YAML embedded in another file (front matter).
 */
public final class YamlMap {
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
  private final String path;
  private final int lineOffset;
  private final int line;
  private final Problems problems;

  private YamlMap(MappingNode node, String path, int lineOffset, Set<String> allowed, Problems problems) {
    this.path = path;
    this.lineOffset = lineOffset;
    this.line = node.getStartMark().getLine() + 1 + lineOffset;
    this.problems = problems;
    for (NodeTuple t : node.getValue()) {
      int keyLine = lineOf(t.getKeyNode());
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        problems.error(path, keyLine, "a key must be a plain name");
        continue;
      }
      String key = k.getValue();
      if (!allowed.contains(key)) {
        problems.error(path, keyLine, "unknown key '" + Limits.head(key) + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
      } else if (entries.putIfAbsent(key, t) != null) {
        problems.error(path, keyLine, "duplicate key '" + key + "'");
      }
    }
  }

  /**
   * Parses one YAML document into its node tree; a syntax error is reported at its line and gives empty, as
   * does an empty document (which callers treat as they see fit).
   */
  public static Optional<Node> compose(String text, String path, int lineOffset, Problems problems) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // reported by YamlMap with the line instead
    options.setCodePointLimit((int) Limits.FileKind.YAML.maxBytes());
    options.setNestingDepthLimit(Limits.NESTING);
    try {
      return Optional.ofNullable(new Yaml(options).compose(new java.io.StringReader(text)));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
      String what = e.getProblem() != null ? e.getProblem() : e.getContext();
      problems.error(path, line, "YAML syntax error: " + (what == null ? "unreadable" : what.strip()));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error(path, 0, "YAML syntax error: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** The node as a map with only {@code allowed} keys; empty (and an error naming {@code what}) if it is not a map. */
  public static Optional<YamlMap> of(Node node, String path, int lineOffset, Set<String> allowed, String what,
      Problems problems) {
    if (node instanceof MappingNode m) return Optional.of(new YamlMap(m, path, lineOffset, allowed, problems));
    problems.error(path, node.getStartMark().getLine() + 1 + lineOffset, what + " must be a map of key: value");
    return Optional.empty();
  }

  /** The items of a YAML list; empty (and an error naming {@code what}) if the node is not a list. */
  public static List<Node> items(Node node, String path, int lineOffset, String what, Problems problems) {
    if (node instanceof SequenceNode s) return s.getValue();
    problems.error(path, node.getStartMark().getLine() + 1 + lineOffset, what + " must be a list");
    return List.of();
  }

  /** 1-based line of a node in the file. */
  public int lineOf(Node node) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }

  /** Line where the map starts. */
  public int line() {
    return line;
  }

  /** Line of the key, or of the map when the key is absent. */
  public int line(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? line : lineOf(t.getKeyNode());
  }

  public String path() {
    return path;
  }

  /** Whether the key is present with a non-null value. */
  public boolean has(String key) {
    return node(key).isPresent();
  }

  /** The value node of a key, absent when missing or null ({@code key:} or {@code key: ~}). */
  public Optional<Node> node(String key) {
    NodeTuple t = entries.get(key);
    if (t == null) return Optional.empty();
    Node v = t.getValueNode();
    if (v instanceof ScalarNode && Tag.NULL.equals(v.getTag())) return Optional.empty();
    return Optional.of(v);
  }

  /**
   * A one-line scalar value, stripped; an empty string counts as absent. A list or map is reported, and so is a
   * value longer than {@link Limits#NAME_CHARS}.
   */
  public Optional<String> string(String key) {
    return scalar(key, Limits.NAME_CHARS);
  }

  /** A free-text scalar value (notes, a description), as {@link #string} but up to {@link Limits#TEXT_CHARS}. */
  public Optional<String> text(String key) {
    return scalar(key, Limits.TEXT_CHARS);
  }

  private Optional<String> scalar(String key, int max) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) return Optional.empty();
    if (!(n.get() instanceof ScalarNode s)) {
      problems.error(path, lineOf(n.get()), "'" + key + "' must be a single value, not a list or map");
      return Optional.empty();
    }
    String v = s.getValue().strip();
    if (v.length() > max) {
      problems.error(path, lineOf(s), Limits.tooLong("'" + key + "'", v.length(), max) + ": " + Limits.head(v));
      return Optional.empty();
    }
    v = withoutControls(key, v, s);
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** A required scalar: reports {@code missing required key 'K'} at the map's line when absent. */
  public Optional<String> required(String key) {
    Optional<String> v = string(key);
    boolean reported = node(key)
        .filter(n -> !(n instanceof ScalarNode s) || s.getValue().strip().length() > Limits.NAME_CHARS).isPresent();
    if (v.isEmpty() && !reported) problems.error(path, line(key), "missing required key '" + key + "'");
    return v;
  }

  /** One item of a list of scalars, with its line. */
  public record Item(String value, int line) {}

  /** A list of scalars (a single scalar is taken as a one-item list); empty when absent. */
  public List<String> strings(String key) {
    return items(key).stream().map(Item::value).toList();
  }

  /** The items of a list of scalars with their lines, for problems about one item; empty when absent. */
  public List<Item> items(String key) {
    Optional<Node> n = node(key);
    if (n.isEmpty()) return List.of();
    if (n.get() instanceof ScalarNode s) {
      return s.getValue().isBlank() || tooLong(key, s) ? List.of() : List.of(new Item(withoutControls(key, s.getValue().strip(), s), lineOf(s)));
    }
    List<Item> out = new ArrayList<>();
    for (Node item : items(n.get(), path, lineOffset, "'" + key + "'", problems)) {
      if (item instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) && !s.getValue().isBlank()) {
        if (!tooLong(key, s)) out.add(new Item(withoutControls(key, s.getValue().strip(), s), lineOf(item)));
      } else {
        problems.error(path, lineOf(item), "each item of '" + key + "' must be a single non-empty value");
      }
    }
    return out;
  }

  /** The value without control characters ({@link ControlCharacters}), reported as a warning when it had some. */
  private String withoutControls(String key, String v, ScalarNode s) {
    if (!ControlCharacters.in(v)) return v;
    problems.warning(path, lineOf(s), ControlCharacters.removed("'" + key + "'", v));
    return ControlCharacters.remove(v).strip();
  }

  private boolean tooLong(String key, ScalarNode s) {
    String v = s.getValue().strip();
    if (v.length() <= Limits.NAME_CHARS) return false;
    problems.error(path, lineOf(s), Limits.tooLong("an item of '" + key + "'", v.length(), Limits.NAME_CHARS) + ": " + Limits.head(v));
    return true;
  }

  /** Reports an error at the line of a key (or of the map when absent). */
  public void error(String key, String message) {
    problems.error(path, line(key), message);
  }

  /** Reports an error at a line of this map's file. */
  public void error(int line, String message) {
    problems.error(path, line, message);
  }
}
