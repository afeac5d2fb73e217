package org.seisaku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.importer.Draft;
import org.seisaku.importer.Importer;
import org.seisaku.importer.SourceText;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.source.MinistriesReader;
import org.seisaku.source.TextDecoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seisaku import FILE… --fiscal-year Y --ministry M [--kind K] [--content DIR]}: drafts content from budget
 * PDFs or their extracted text. Each FILE gives {@code documents/import-NAME.md} and {@code budget/import-NAME.csv};
 * nothing is written when a FILE cannot be read or a draft would replace a file (unless {@code --force}).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = {"Draft content from budget PDFs or PDF-extracted text: a Markdown document (the repaired text) and "
        + "budget rows (program, year, kind, amount, status; each with its file, page/line and a confidence in the note) "
        + "per FILE, written into the content folder for review. Exit 1 if a FILE cannot be read."})
final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "PDF files or text extracted from PDFs (UTF-8 or CP932)")
  List<Path> files;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder to write into (its ministries.yml names the ministries). Default: ${DEFAULT-VALUE}")
  Path content;

  @Option(names = "--fiscal-year", paramLabel = "Y", required = true,
      description = "The fiscal year of the headline figures (2025, 令和7年度, R7); it also gives the era of era-less years in the text (６年度)")
  String fiscalYear;

  @Option(names = "--ministry", paramLabel = "M", required = true, description = "The ministry: id, name or alias (soumu, 総務省, 厚労省)")
  String ministry;

  @Option(names = "--kind", paramLabel = "K", defaultValue = "当初",
      description = "The kind of the headline figures: 当初, 補正, 要求 (a 概算要求) … Default: ${DEFAULT-VALUE}")
  String kind;

  @Option(names = "--source-url", paramLabel = "URL", description = "The original's http(s) URL, for the document's source: (one FILE only)")
  String sourceUrl;

  @Option(names = "--force", description = "Replace drafts written by an earlier import of the same FILE")
  boolean force;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE); // font warnings are not the publisher's business
    Logger.getLogger("org.apache.fontbox").setLevel(Level.SEVERE);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    FiscalYear fy = FiscalYear.parse(fiscalYear).orElseThrow(() ->
        new ExitCodes.UsageException("--fiscal-year: not a fiscal year: '" + fiscalYear + "' (2025, 令和7年度, R7, 平成20年度 …)"));
    BudgetKind k = BudgetKind.parse(kind).orElseThrow(() ->
        new ExitCodes.UsageException("--kind: unknown budget kind '" + kind + "' (当初, 補正, 要求, 執行, 予備費等, 繰越)"));
    if (sourceUrl != null && files.size() > 1) throw new ExitCodes.UsageException("--source-url names one original: give one FILE with it");
    if (sourceUrl != null && !httpUrl(sourceUrl)) throw new ExitCodes.UsageException("--source-url: not an http(s) URL: '" + sourceUrl + "'");
    if (!Files.isDirectory(content)) throw new ExitCodes.UsageException("--content: no folder " + content);
    Problems problems = new Problems();
    Ministries ministries = ministries(problems);
    if (problems.hasErrors()) return report(problems, err);
    Ministry m = ministries.find(ministry).orElseThrow(() ->
        new ExitCodes.UsageException("--ministry: unknown ministry '" + ministry + "' (not in " + content.resolve("ministries.yml") + ")"));
    Draft.Meta meta = new Draft.Meta(fy, m, k, sourceUrl, ministries); // a row may name its own ministry

    List<Importer.Drafted> drafts = new ArrayList<>();
    int ordinal = 0;
    for (Path f : files) {
      ordinal++;
      if (!Files.isRegularFile(f)) throw new ExitCodes.UsageException("no such file: " + f);
      Optional<SourceText> text;
      try {
        text = Importer.read(f, f.toString(), problems);
      } catch (NoSuchFileException e) {
        throw new ExitCodes.UsageException("no such file: " + f);
      }
      if (text.isPresent()) drafts.add(Importer.draft(text.get(), meta, ordinal));
    }
    if (problems.hasErrors()) return report(problems, err);

    List<String> conflicts = new ArrayList<>();
    Set<String> targets = new HashSet<>();
    for (Importer.Drafted d : drafts) {
      for (String rel : List.of(d.documentPath(), d.budgetPath())) {
        if (!targets.add(rel)) throw new ExitCodes.UsageException("two FILEs would both be drafted as " + content.resolve(rel) + ": rename one");
        if (!force && Files.exists(content.resolve(rel))) conflicts.add(content.resolve(rel).toString());
      }
      Problems bad = Importer.verify(d, ministries);
      if (bad.hasErrors() && bad.sorted().get(0).path().equals(d.name())) {
        problems.addAll(bad); // too much text for one document: the input's problem
        continue;
      }
      if (bad.hasErrors()) {
        throw new ExitCodes.FailureException("internal error: the draft of " + d.name() + " is not valid content: "
            + bad.sorted().get(0) + " (please report this)");
      }
    }
    if (problems.hasErrors()) return report(problems, err);
    if (!conflicts.isEmpty()) {
      throw new ExitCodes.UsageException("not replacing " + String.join(", ", conflicts)
          + ": an earlier import wrote it (or you did); move it away, or run again with --force to replace it");
    }
    for (Importer.Drafted d : drafts) {
      Importer.write(content.resolve(d.documentPath()), d.markdown());
      Importer.write(content.resolve(d.budgetPath()), d.csv());
      out.println(summary(d));
    }
    out.println("review the drafts, then: seisaku check --content " + content);
    out.flush();
    return ExitCodes.OK;
  }

  private static String summary(Importer.Drafted d) {
    return String.format(Locale.ROOT, "%s: %d budget rows → %s, %d left out below confidence %.1f, %d amounts not budget items;"
            + " text → %s (%d repairs)",
        d.name(), d.items().size(), d.budgetPath(), d.lowConfidence(), Importer.MIN_CONFIDENCE, d.notBudget(),
        d.documentPath(), d.repairs().total());
  }

  private Ministries ministries(Problems problems) {
    Path file = content.resolve("ministries.yml");
    if (!Files.isRegularFile(file)) {
      problems.error(file.toString(), 0, "missing ministries.yml (the ministries that budget rows and documents name)");
      return new Ministries(List.of());
    }
    return TextDecoding.read(file, Limits.FileKind.YAML, null, file.toString(), problems)
        .map(t -> MinistriesReader.parse(t, file.toString(), problems)).orElseGet(() -> new Ministries(List.of()));
  }

  private static int report(Problems problems, PrintWriter err) {
    for (Problem p : problems.sorted()) err.println(p);
    err.flush();
    return ExitCodes.CONTENT;
  }

  private static boolean httpUrl(String s) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
