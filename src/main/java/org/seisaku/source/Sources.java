package org.seisaku.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.seisaku.config.SiteConfig;
import org.seisaku.config.SiteConfigLoader;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problems;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.Ministries;
import org.seisaku.model.ProgramYear;

/**
 * Reads everything a build starts from: {@code content/} (site.yml, ministries.yml, programs.yml, budget/*.csv,
 * documents/**}{@code /*.md}) and the sources site.yml lists or the command line adds.
 *
 * <pre>
 *   Sources.read(Path.of("content"), List.of(SourceSpec("judgit", "../shared/corpus/judgit")), problems)
 *   → Corpus(config, ministries in 建制順, curated programs, program-years by key, documents by slug)
 * </pre>
 *
 * <p>Never throws for bad input: problems name files as the user sees them ({@code content/budget/2008.csv},
 * {@code ../shared/corpus/judgit/data/2019/総務省/0020.json}) with their line. Source paths in site.yml resolve
 * against the content directory; paths given on the command line against the working directory.
 */
public final class Sources {
  private Sources() {}

  public static Corpus read(Path contentDir, List<SourceSpec> extraSources, Problems problems) {
    if (!Files.isDirectory(contentDir)) {
      problems.error(contentDir.toString(), 0, "content directory not found");
      return new Corpus(SiteConfigLoader.empty(), List.of(), List.of(), List.of(), List.of());
    }
    Content c = new Content(contentDir, problems);
    if (!Files.isRegularFile(contentDir.resolve("site.yml"))) {
      problems.error(c.shown("site.yml"), 0, "missing site.yml (title, base_url and sources of the site)");
      return new Corpus(SiteConfigLoader.empty(), List.of(), List.of(), List.of(), List.of());
    }
    SiteConfig config = c.text("site.yml", null)
        .map(t -> SiteConfigLoader.parse(t, c.shown("site.yml"), problems)).orElse(SiteConfigLoader.empty());
    c.encodings = config.encodings();

    Ministries ministries = new Ministries(List.of());
    if (Files.isRegularFile(contentDir.resolve("ministries.yml"))) {
      ministries = c.text("ministries.yml", null)
          .map(t -> MinistriesReader.parse(t, c.shown("ministries.yml"), problems)).orElse(ministries);
    } else {
      problems.error(c.shown("ministries.yml"), 0, "missing ministries.yml (the ministries that budget rows and documents name)");
    }
    Ministries m = ministries;
    List<CuratedProgram> curated = Files.isRegularFile(contentDir.resolve("programs.yml"))
        ? c.text("programs.yml", null).map(t -> ProgramsReader.parse(t, c.shown("programs.yml"), m, problems)).orElse(List.of())
        : List.of();

    List<ProgramYear> years = new ArrayList<>();
    for (String rel : c.files("budget", ".csv")) {
      c.text(rel, c.encodings.get(rel)).ifPresent(t -> years.addAll(BudgetCsvReader.parse(t, rel, c.shown(rel), m, problems)));
    }
    Slugs slugs = new Slugs(problems);
    for (String rel : c.files("documents", ".md")) {
      c.text(rel, c.encodings.get(rel)).flatMap(t -> DocumentReader.parse(t, rel, c.shown(rel), m, problems))
          .filter(d -> slugs.claim(d.slug(), c.shown(rel))).ifPresent(slugs.documents::add);
    }

    List<Path> roots = new ArrayList<>();
    config.sources().forEach(s -> roots.add(contentDir.resolve(s.path()).normalize()));
    extraSources.forEach(s -> roots.add(Path.of(s.path())));
    for (Path root : roots) {
      JudgitData d = JudgitReader.read(root, m, problems);
      years.addAll(d.programYears());
      for (Document doc : d.documents()) {
        if (slugs.claim(doc.slug(), root.resolve(doc.provenance().path()).toString())) slugs.documents.add(doc);
      }
    }
    checkKeys(years, problems);
    years.sort(Comparator.comparing(ProgramYear::key));
    slugs.documents.sort(Comparator.comparing(Document::slug));
    return new Corpus(config, ministries.all(), curated, years, slugs.documents);
  }

  private static void checkKeys(List<ProgramYear> years, Problems problems) {
    Map<String, ProgramYear> seen = new HashMap<>();
    years.removeIf(y -> {
      boolean dup = seen.putIfAbsent(y.key(), y) != null;
      if (dup) problems.error(y.provenance().path(), y.provenance().line(), "read twice as " + y.key() + " (a source listed twice?)");
      return dup;
    });
  }

  /** The documents kept so far, and where each slug was first seen. */
  private static final class Slugs {
    final List<Document> documents = new ArrayList<>();
    final Map<String, String> firstSeen = new HashMap<>();
    final Problems problems;

    Slugs(Problems problems) {
      this.problems = problems;
    }

    boolean claim(String slug, String shown) {
      String first = firstSeen.putIfAbsent(slug, shown);
      if (first == null) return true;
      problems.error(shown, 0, "duplicate document slug '" + slug + "' (also " + first + ")");
      return false;
    }
  }

  /** Files of the content directory, named relative to it and shown as the user gave it. */
  private static final class Content {
    final Path dir;
    final Problems problems;
    Map<String, String> encodings = Map.of();

    Content(Path dir, Problems problems) {
      this.dir = dir;
      this.problems = problems;
    }

    String shown(String rel) {
      return dir.resolve(rel).toString();
    }

    Optional<String> text(String rel, String charset) {
      return TextDecoding.read(dir.resolve(rel), charset, shown(rel), problems);
    }

    /** Files under a folder with an extension, relative to the content dir with '/' separators, sorted. */
    List<String> files(String folder, String ext) {
      Path base = dir.resolve(folder);
      if (!Files.isDirectory(base)) return List.of();
      try (Stream<Path> walk = Files.walk(base)) {
        return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
            .filter(p -> p.endsWith(ext)).sorted().toList();
      } catch (IOException | UncheckedIOException e) {
        problems.error(shown(folder), 0, "cannot list files: " + e.getMessage());
        return List.of();
      }
    }
  }
}
