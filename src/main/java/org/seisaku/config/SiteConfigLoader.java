package org.seisaku.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.seisaku.diag.Problems;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Loads {@code site.yml} into a {@link SiteConfig}, reporting every problem with its line.
 *
 * <pre>
 *   title: 政策ナビ                         → title "政策ナビ" (required)
 *   base_url: https://example.jp/seisaku   → "https://example.jp/seisaku/" (required, absolute http(s); trailing slash added)
 *   language: ja                           → "ja" (the default)
 *   description: …                         → optional
 *   sources: [judgit:../corpus/judgit]     → SourceSpec("judgit", "../corpus/judgit"); an unknown type is an error
 *   encodings: {budget/old.csv: cp932}     → charset by path under content/; an unknown charset is an error
 * </pre>
 *
 * <p>The result is always a config: what could not be read is left empty ({@code ""} for a missing title or
 * base URL) and the problems say why; callers stop on {@link Problems#hasErrors()}.
 */
public final class SiteConfigLoader {
  static final Set<String> KEYS = Set.of("title", "base_url", "language", "description", "sources", "encodings");

  private SiteConfigLoader() {}

  /** An empty config, for when site.yml cannot be read at all. */
  public static SiteConfig empty() {
    return new SiteConfig("", "", "ja", null, List.of(), Map.of());
  }

  /** Parses site.yml text; {@code path} is how problems name the file ({@code content/site.yml}). */
  public static SiteConfig parse(String text, String path, Problems problems) {
    Problems yamlProblems = new Problems();
    Optional<Node> root = YamlMap.compose(text, path, 0, yamlProblems);
    problems.addAll(yamlProblems);
    if (root.isEmpty()) {
      if (yamlProblems.isEmpty()) problems.error(path, 0, "empty site.yml: title and base_url are required");
      return empty();
    }
    Optional<YamlMap> map = YamlMap.of(root.get(), path, 0, KEYS, "site.yml", problems);
    if (map.isEmpty()) return empty();
    YamlMap m = map.get();
    String title = m.required("title").orElse("");
    String baseUrl = m.required("base_url").flatMap(u -> baseUrl(u, m)).orElse("");
    String language = m.string("language").orElse("ja");
    String description = m.text("description").orElse(null);
    return new SiteConfig(title, baseUrl, language, description, sources(m), encodings(m, problems));
  }

  /** {@code https://example.jp/x} → {@code https://example.jp/x/}; a relative or non-http URL is an error. */
  static Optional<String> baseUrl(String url, YamlMap m) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(url.endsWith("/") ? url : url + "/");
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    m.error("base_url", "base_url must be an absolute http(s) URL such as https://example.jp/seisaku/, not '" + url + "'");
    return Optional.empty();
  }

  private static List<SourceSpec> sources(YamlMap m) {
    List<SourceSpec> out = new ArrayList<>();
    for (YamlMap.Item s : m.items("sources")) {
      Optional<SourceSpec> spec = SourceSpec.parse(s.value());
      if (spec.isPresent()) {
        out.add(spec.get());
      } else {
        m.error(s.line(), "unknown source '" + s.value() + "': expected TYPE:PATH with TYPE one of " + new java.util.TreeSet<>(SourceSpec.TYPES));
      }
    }
    return out;
  }

  private static Map<String, String> encodings(YamlMap m, Problems problems) {
    Map<String, String> out = new TreeMap<>();
    Optional<Node> node = m.node("encodings");
    if (node.isEmpty()) return out;
    if (!(node.get() instanceof MappingNode map)) {
      m.error("encodings", "'encodings' must be a map of path: charset (budget/old.csv: cp932)");
      return out;
    }
    for (NodeTuple t : map.getValue()) {
      int line = m.lineOf(t.getKeyNode());
      if (!(t.getKeyNode() instanceof ScalarNode k) || !(t.getValueNode() instanceof ScalarNode v)) {
        problems.error(m.path(), line, "each entry of 'encodings' must be path: charset");
        continue;
      }
      String file = k.getValue().strip().replace('\\', '/');
      String charset = v.getValue().strip();
      if (!supported(charset)) {
        problems.error(m.path(), line, "unknown charset '" + charset + "' for " + file + " (e.g. cp932, Shift_JIS, EUC-JP, UTF-8)");
      } else if (out.putIfAbsent(file, charset) != null) {
        problems.error(m.path(), line, "duplicate entry for '" + file + "' in encodings");
      }
    }
    return out;
  }

  private static boolean supported(String charset) {
    try {
      return !charset.isEmpty() && Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }
}
