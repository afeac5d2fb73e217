package org.seisaku.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.seisaku.config.YamlMap;
import org.seisaku.diag.ControlCharacters;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Provenance;
import org.seisaku.model.Slug;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a Markdown document with YAML front matter ({@code documents/**}{@code /*.md}).
 *
 * <pre>
 * ---                                   (line 1)
 * title: 定住自立圏構想の推進              required
 * ministry: 総務省                       id, name or alias of ministries.yml (→ soumu)
 * fiscal_year: 平成20年度                 any form FiscalYear.parse reads (→ 2008)
 * date: 2008-12-26                      YYYY-MM-DD
 * kind: 概要
 * source: https://www.soumu.go.jp/…     http(s) URL of the original
 * programs: [定住自立圏構想推進費]          program ids or names, resolved by the linker
 * ---
 * Markdown body …
 * </pre>
 *
 * <p>{@code documents/teijuu/gaiyou.md} has the slug {@code teijuu/gaiyou} (page {@code documents/teijuu/gaiyou/});
 * a path that breaks {@link Slug}'s rule (lower-case ASCII letters, digits and '-', not starting with '-', at most
 * 100 characters a name, not under {@code documents/years/}) is an error at line 1, since the slug is the page's
 * URL. Problems inside the front matter carry their line in the .md file.
 */
public final class DocumentReader {
  static final Set<String> KEYS = Set.of("title", "ministry", "fiscal_year", "date", "kind", "source", "programs");

  private DocumentReader() {}

  /** The slug of a path under documents/ ({@code teijuu/gaiyou.md} → {@code teijuu/gaiyou}), if it is a valid one. */
  public static Optional<String> slug(String pathUnderDocuments) {
    String s = Slug.documentSlugOf(pathUnderDocuments);
    return Slug.isDocumentSlug(s) ? Optional.of(s) : Optional.empty();
  }

  /**
   * Parses one document.
   *
   * @param relPath path relative to content/ ({@code documents/teijuu.md})
   * @param path the file as the user sees it ({@code content/documents/teijuu.md})
   */
  public static Optional<Document> parse(String text, String relPath, String path, Ministries ministries, Problems problems) {
    String underDocs = relPath.startsWith("documents/") ? relPath.substring("documents/".length()) : relPath;
    String candidate = Slug.documentSlugOf(underDocs);
    Optional<String> slugProblem = Slug.documentSlugProblem(candidate);
    Optional<String> slug = slugProblem.isEmpty() ? Optional.of(candidate) : Optional.empty();
    slugProblem.ifPresent(p -> problems.error(path, 1, "rename it: " + p + "; e.g. " + suggestion(underDocs)));
    String[] lines = text.split("\r?\n|\r", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      problems.error(path, 1, "no front matter: the file must start with a '---' line, then title: and the other keys, then '---'");
      return Optional.empty();
    }
    int close = -1;
    long chars = 0;
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].stripTrailing();
      if (l.equals("---") || l.equals("...")) {
        close = i;
        break;
      }
      chars += lines[i].length() + 1;
      if (chars > Limits.FRONT_MATTER_CHARS) {
        problems.error(path, 1, "front matter too long: more than " + String.format(java.util.Locale.ROOT, "%,d", Limits.FRONT_MATTER_CHARS)
            + " characters before its closing '---' line (a title or name may have at most "
            + String.format(java.util.Locale.ROOT, "%,d", Limits.NAME_CHARS) + ")");
        return Optional.empty();
      }
    }
    if (close < 0) {
      problems.error(path, 1, "front matter is not closed: no '---' line after the opening one");
      return Optional.empty();
    }
    String yaml = String.join("\n", List.of(lines).subList(1, close));
    String body = String.join("\n", List.of(lines).subList(close + 1, lines.length));
    Problems yamlProblems = new Problems();
    Optional<Node> node = YamlMap.compose(yaml, path, 1, yamlProblems);
    problems.addAll(yamlProblems);
    if (node.isEmpty()) {
      if (yamlProblems.isEmpty()) problems.error(path, 1, "missing required key 'title'"); // empty front matter
      return Optional.empty();
    }
    Optional<YamlMap> fm = YamlMap.of(node.get(), path, 1, KEYS, "front matter", problems);
    if (fm.isEmpty()) return Optional.empty();
    YamlMap m = fm.get();
    Optional<String> title = m.required("title");
    String ministryId = m.string("ministry").flatMap(s -> ministry(s, ministries, m)).orElse(null);
    FiscalYear fy = m.string("fiscal_year").flatMap(s -> fiscalYear(s, m)).orElse(null);
    LocalDate date = m.string("date").flatMap(s -> date(s, m)).orElse(null);
    String source = m.string("source").flatMap(s -> url(s, m)).orElse(null);
    Object[] deep = MarkdownDepth.problem(body);
    if (deep != null) problems.error(path, close + 1 + (Integer) deep[0], (String) deep[1]);
    if (title.isEmpty() || slug.isEmpty() || deep != null) return Optional.empty();
    if (ControlCharacters.in(body)) {
      problems.warning(path, close + 2, ControlCharacters.removed("text", body));
      body = ControlCharacters.remove(body);
    }
    return Optional.of(new Document(slug.get(), title.get(), ministryId, fy, date, m.string("kind").orElse(null), source,
        m.strings("programs"), body.strip() + "\n", Provenance.ofLine("content", relPath, 1), null));
  }

  /** A valid name near the given one: {@code Teijuu Gaiyou.md} → {@code teijuu-gaiyou.md}; {@code years/a.md} → {@code years-docs/a.md}. */
  static String suggestion(String underDocs) {
    List<String> parts = new ArrayList<>();
    for (String seg : Slug.documentSlugOf(underDocs).split("/")) {
      String t = seg.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
      if (t.length() > Slug.MAX_SEGMENT) t = t.substring(0, Slug.MAX_SEGMENT).replaceAll("-+$", "");
      if (!t.isEmpty()) parts.add(parts.isEmpty() && Slug.RESERVED_DOCUMENT_FOLDERS.contains(t) ? t + "-docs" : t);
    }
    String s = String.join("/", parts);
    return (Slug.isDocumentSlug(s) ? s : "teijuu-jiritsu") + ".md";
  }

  private static Optional<String> ministry(String s, Ministries ministries, YamlMap m) {
    Optional<Ministry> min = ministries.find(s);
    if (min.isEmpty()) m.error("ministry", "unknown ministry '" + Limits.head(s) + "' (not in ministries.yml)");
    return min.map(Ministry::id);
  }

  private static Optional<FiscalYear> fiscalYear(String s, YamlMap m) {
    Optional<FiscalYear> fy = FiscalYear.parse(s);
    if (fy.isEmpty()) m.error("fiscal_year", "impossible or unreadable fiscal year '" + Limits.head(s) + "'");
    return fy;
  }

  private static Optional<LocalDate> date(String s, YamlMap m) {
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return Optional.of(LocalDate.parse(s));
    } catch (DateTimeParseException e) {
      // reported below
    }
    m.error("date", "date must be YYYY-MM-DD, not '" + Limits.head(s) + "'");
    return Optional.empty();
  }

  private static Optional<String> url(String s, YamlMap m) {
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) return Optional.of(s);
    } catch (URISyntaxException e) {
      // reported below
    }
    m.error("source", "source must be an http(s) URL of the original, not '" + Limits.head(s) + "'");
    return Optional.empty();
  }
}
