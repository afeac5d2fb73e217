package org.seisaku.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seisaku.build.Pipeline;
import org.seisaku.build.Progress;
import org.seisaku.io.OutputCommit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seisaku build}: read, validate, link, index and render; the site is replaced only when all went well. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Read, validate, link, index and render the site. Nothing is written if the content has errors.")
final class BuildCommand implements Callable<Integer> {
  @Mixin SourceOptions in = new SourceOptions();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "Site output folder. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = ".seisaku/index", description = "Lucene index folder. Default: ${DEFAULT-VALUE}")
  Path index;

  @Option(names = "--base-url", paramLabel = "URL", description = "Absolute base URL of the published site (overrides site.yml)")
  String baseUrl;

  @Option(names = "--templates", paramLabel = "DIR", description = "Freemarker templates and assets (default: the bundled site-templates)")
  Path templates;

  @Option(names = "--full", description = "Write every file, even those the previous build wrote the same")
  boolean full;

  @Spec CommandSpec spec;

  /**
   * Runs a build and prints its problems; a refused output, a failed stage or a busy commit become the exceptions
   * that give their exit codes (shared by {@code build} and {@code serve --watch}).
   */
  static Pipeline.Outcome run(Pipeline pipeline, Pipeline.Options o, PrintWriter err) throws IOException {
    Pipeline.Outcome outcome;
    try {
      outcome = pipeline.build(o);
    } catch (Pipeline.OutputRefusedException e) {
      throw new ExitCodes.UsageException(e.getMessage());
    } catch (Pipeline.StageFailedException e) {
      if (System.getenv("SEISAKU_DEBUG") != null) e.printStackTrace(err);
      throw new ExitCodes.FailureException("build failed in " + e.getMessage() + "; " + o.out() + " and " + o.index()
          + " are as they were");
    } catch (OutputCommit.BusyException e) {
      throw new ExitCodes.FailureException(e.getMessage());
    }
    CheckCommand.report(outcome.problems(), err);
    return outcome;
  }

  @Override
  public Integer call() throws IOException {
    if (baseUrl != null) {
      try {
        baseUrl = Pipeline.normaliseBaseUrl(baseUrl);
      } catch (IllegalArgumentException e) {
        throw new ExitCodes.UsageException(e.getMessage());
      }
    }
    Pipeline.Options o = new Pipeline.Options(in.content, in.sources, out, index, baseUrl, templates, full);
    String conflict = Pipeline.outputConflict(o);
    if (conflict != null) throw new ExitCodes.UsageException(conflict);

    Pipeline.Outcome outcome = run(new Pipeline(new Progress(spec.commandLine().getErr(), in.quiet)), o,
        spec.commandLine().getErr());
    if (!outcome.ok()) {
      spec.commandLine().getErr().println("seisaku: nothing written: fix the errors above");
      return ExitCodes.CONTENT;
    }
    return ExitCodes.OK;
  }
}
