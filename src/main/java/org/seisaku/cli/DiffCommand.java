package org.seisaku.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seisaku.diff.SiteDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code seisaku diff --against PUBLISHED [--site NEW]}: what a new build changed against the one last published
 * (programs, figures in force, documents), as text or JSON; exit 0 either way.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Show what a build changed against an earlier one: new and gone programs, figures added, changed "
        + "(largest first, comparable figures only) and removed, new and gone documents.")
final class DiffCommand implements Callable<Integer> {
  @Option(names = "--against", paramLabel = "DIR", required = true, description = "The earlier site (the one published)")
  Path against;

  @Option(names = "--site", paramLabel = "DIR", defaultValue = "site", description = "The new site. Default: ${DEFAULT-VALUE}")
  Path site;

  @Option(names = "--json", description = "Print JSON: {\"programs\":{\"added\",\"gone\"},\"figures\":{\"added\",\"removed\",\"changed\"},\"documents\":{…}}")
  boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Lines per list in the text form. Default: ${DEFAULT-VALUE}")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) throw new ExitCodes.UsageException("--limit: " + limit + " is not a positive number");
    for (Path p : new Path[] {against, site}) {
      if (!Files.isDirectory(p)) throw new ExitCodes.UsageException(p + " is not a folder: give a site that seisaku built");
    }
    SiteDiff.Result r;
    try {
      r = SiteDiff.of(against, site);
    } catch (SiteDiff.NotASiteException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    }
    spec.commandLine().getOut().print(json ? SiteDiff.json(r) : SiteDiff.text(r, against.toString(), site.toString(), limit));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
