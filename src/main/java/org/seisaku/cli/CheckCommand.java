package org.seisaku.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.seisaku.build.Pipeline;
import org.seisaku.build.Progress;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code seisaku check}: reads and links everything, writes nothing, prints every problem as {@code path:line: message}. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    description = "Validate the content and sources without writing anything. Exit 1 if there is any error.")
final class CheckCommand implements Callable<Integer> {
  @Mixin SourceOptions in = new SourceOptions();
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Pipeline.Outcome o = new Pipeline(new Progress(spec.commandLine().getErr(), in.quiet)).check(in.content, in.sources);
    report(o.problems(), out);
    return o.ok() ? ExitCodes.OK : ExitCodes.CONTENT;
  }

  /** Prints every problem, then a one-line summary. */
  static void report(Problems problems, PrintWriter w) {
    for (Problem p : problems.sorted()) w.println(p);
    long e = problems.errorCount();
    long wc = problems.warningCount();
    if (e > 0 || wc > 0) w.println(e + (e == 1 ? " error" : " errors") + ", " + wc + (wc == 1 ? " warning" : " warnings"));
    w.flush();
  }
}
