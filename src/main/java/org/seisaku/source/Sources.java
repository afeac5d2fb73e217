package org.seisaku.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.seisaku.config.SiteConfig;
import org.seisaku.config.SiteConfigLoader;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.seisaku.model.CuratedProgram;
import org.seisaku.model.Document;
import org.seisaku.model.Ministries;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Slug;
import org.seisaku.model.SynonymGroup;

/**
 * Reads everything a build starts from: {@code content/} (site.yml, ministries.yml, programs.yml, budget/*.csv,
 * documents/**}{@code /*.md}, synonyms.txt) and the sources site.yml lists or the command line adds (review
 * sheets, {@code judgit:}; Sudachi's synonym dictionary, {@code sudachi:}).
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
    return read(contentDir, extraSources, problems, null);
  }

  /** As {@link #read(Path, List, Problems)}, taking review sheets unchanged since an earlier read from {@code sheets}. */
  public static Corpus read(Path contentDir, List<SourceSpec> extraSources, Problems problems, SheetCache sheets) {
    Content c = new Content(contentDir, problems);
    if (!Files.isDirectory(contentDir)) {
      problems.error(contentDir.toString(), 0, "content directory not found");
      return empty();
    }
    if (!Files.isRegularFile(contentDir.resolve("site.yml"))) {
      problems.error(c.shown("site.yml"), 0, "missing site.yml (title, base_url and sources of the site)");
      return empty();
    }
    SiteConfig config = c.siteConfig();
    Ministries ministries = c.ministries();
    List<CuratedProgram> curated = c.curated(ministries);
    List<BudgetCsvReader.DocumentRef> documentRefs = new ArrayList<>();
    List<ProgramYear> years = new ArrayList<>(c.budget(ministries, documentRefs::add));
    Slugs slugs = new Slugs(problems);
    for (Document d : c.documents(ministries)) slugs.add(d, c.shown(d.provenance().path()));
    Set<String> documentFiles = c.documentSlugs();
    List<SynonymGroup> synonyms = new ArrayList<>(SynonymReader.project(contentDir, problems));
    for (SourceSpec spec : specs(config, contentDir, extraSources)) {
      Path root = Path.of(spec.path());
      if (spec.type().equals("sudachi")) {
        synonyms.addAll(SynonymReader.sudachi(root, problems));
        continue;
      }
      JudgitData d = switch (spec.type()) {
        case "judgit" -> JudgitReader.read(root, ministries, problems, sheets);
        default -> throw new IllegalArgumentException("unknown source type: " + spec); // SourceSpec.parse admits known types only
      };
      years.addAll(d.programYears());
      for (Document doc : d.documents()) slugs.add(doc, root.resolve(doc.provenance().path()).toString());
    }
    checkKeys(years, problems);
    checkDocumentRefs(documentRefs, slugs.firstSeen.keySet(), documentFiles, problems);
    years.sort(Comparator.comparing(ProgramYear::key));
    slugs.documents.sort(Comparator.comparing(Document::slug));
    return new Corpus(config, ministries.all(), curated, years, slugs.documents, synonyms);
  }

  private static Corpus empty() {
    return new Corpus(SiteConfigLoader.empty(), List.of(), List.of(), List.of(), List.of());
  }

  /** site.yml's sources resolved against the content dir, then the command line's as given. */
  private static List<SourceSpec> specs(SiteConfig config, Path contentDir, List<SourceSpec> extraSources) {
    List<SourceSpec> specs = new ArrayList<>();
    config.sources().forEach(s -> specs.add(new SourceSpec(s.type(), contentDir.resolve(s.path()).normalize().toString())));
    specs.addAll(extraSources);
    return specs;
  }

  /**
   * A budget row naming a document that no source has is an error at the row: {@code budget/2008.csv:5: document
   * 'teijuu-x' does not exist …}. A document file that exists but could not be read has its own errors and is not
   * reported again here.
   */
  private static void checkDocumentRefs(List<BudgetCsvReader.DocumentRef> refs, Set<String> documents,
      Set<String> documentFiles, Problems problems) {
    for (BudgetCsvReader.DocumentRef ref : refs) {
      if (documents.contains(ref.slug()) || documentFiles.contains(ref.slug())) continue;
      String shown = ref.slug().length() > 60 ? ref.slug().substring(0, 60) + "…" : ref.slug();
      problems.error(ref.path(), ref.line(), "document '" + shown + "' does not exist: the column names a document "
          + "by its slug (documents/" + shown + ".md → " + shown + ", or a review sheet's judgit-… slug)");
    }
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

    void add(Document d, String shown) {
      String first = firstSeen.putIfAbsent(d.slug(), shown);
      if (first == null) {
        documents.add(d);
      } else {
        problems.error(shown, 0, "duplicate document slug '" + d.slug() + "' (also " + first + ")");
      }
    }
  }

  /** Files of the content directory, named relative to it and shown as the user gave it. */
  private static final class Content {
    final Path dir;
    final Problems problems;
    Map<String, String> encodings = Map.of();
    private List<String> documentFiles;

    Content(Path dir, Problems problems) {
      this.dir = dir;
      this.problems = problems;
    }

    String shown(String rel) {
      return dir.resolve(rel).toString();
    }

    Optional<String> text(String rel, Limits.FileKind kind, String charset) {
      return TextDecoding.read(dir.resolve(rel), kind, charset, shown(rel), problems);
    }

    SiteConfig siteConfig() {
      SiteConfig config = text("site.yml", Limits.FileKind.YAML, null).map(t -> SiteConfigLoader.parse(t, shown("site.yml"), problems))
          .orElse(SiteConfigLoader.empty());
      encodings = config.encodings();
      encodings.keySet().stream().filter(rel -> !Files.isRegularFile(dir.resolve(rel))).forEach(rel ->
          problems.warning(shown("site.yml"), 0, "encodings names " + rel + ", which is not a file under " + dir));
      return config;
    }

    Ministries ministries() {
      if (!Files.isRegularFile(dir.resolve("ministries.yml"))) {
        problems.error(shown("ministries.yml"), 0, "missing ministries.yml (the ministries that budget rows and documents name)");
        return new Ministries(List.of());
      }
      return text("ministries.yml", Limits.FileKind.YAML, null).map(t -> MinistriesReader.parse(t, shown("ministries.yml"), problems))
          .orElseGet(() -> new Ministries(List.of()));
    }

    /** programs.yml, which is optional. */
    List<CuratedProgram> curated(Ministries ministries) {
      if (!Files.isRegularFile(dir.resolve("programs.yml"))) return List.of();
      return text("programs.yml", Limits.FileKind.YAML, null).map(t -> ProgramsReader.parse(t, shown("programs.yml"), ministries, problems))
          .orElse(List.of());
    }

    List<ProgramYear> budget(Ministries ministries, Consumer<BudgetCsvReader.DocumentRef> documentRefs) {
      List<ProgramYear> years = new ArrayList<>();
      for (String rel : files("budget", ".csv")) {
        text(rel, Limits.FileKind.CSV, encodings.get(rel)).ifPresent(t ->
            years.addAll(BudgetCsvReader.parse(t, rel, shown(rel), ministries, problems, documentRefs)));
      }
      return years;
    }

    /** The .md files under documents/, listed once (listing reports links, which must be reported once). */
    List<String> documentFiles() {
      if (documentFiles == null) documentFiles = files("documents", ".md");
      return documentFiles;
    }

    /** The slugs of every .md file under documents/, whether or not it could be read. */
    Set<String> documentSlugs() {
      Set<String> slugs = new HashSet<>();
      for (String rel : documentFiles()) slugs.add(Slug.documentSlugOf(rel.substring("documents/".length())));
      return slugs;
    }

    List<Document> documents(Ministries ministries) {
      List<Document> docs = new ArrayList<>();
      for (String rel : documentFiles()) {
        text(rel, Limits.FileKind.MARKDOWN, encodings.get(rel)).flatMap(t -> DocumentReader.parse(t, rel, shown(rel), ministries, problems))
            .ifPresent(docs::add);
      }
      return docs;
    }

    /** Files under a folder with an extension, relative to the content dir with '/' separators, sorted; links reported. */
    List<String> files(String folder, String ext) {
      return SourceFiles.list(dir, folder, ext, this::shown, problems);
    }
  }
}
