package org.seisaku.cli;

import java.io.PrintWriter;
import org.seisaku.encode.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code seisaku} command: wires the subcommands and maps failures to exit codes. Nothing else lives here. */
@Command(
    name = "seisaku",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Japanese policy documents and budget data → a searchable knowledge base and a static site.",
    subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, ServeCommand.class, ImportCommand.class,
        DiffCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:ok",
      " 1:problems in the content (each printed as path:line: message)",
      " 2:usage error",
      " 3:I/O or internal failure"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (build, check, search, serve, import)");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs the command line with the given streams and returns the exit code; never throws. Everything printed goes
   * through {@link TerminalText}: no content can send escape sequences to the user's terminal.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    PrintWriter e = TerminalText.writer(err);
    try {
      return commandLine(TerminalText.writer(out), e).execute(args);
    } catch (OutOfMemoryError | StackOverflowError fatal) {
      // picocli hands only Exceptions to ExitCodes; an Error would end the JVM with a stack trace
      e.println("seisaku: internal error: " + (fatal instanceof OutOfMemoryError
          ? "out of memory (" + fatal.getMessage() + "): give Java more heap (SEISAKU_JAVA_OPTS=-Xmx…)" : "stack overflow"));
      if (System.getenv("SEISAKU_DEBUG") != null) fatal.printStackTrace(e);
      e.flush();
      return ExitCodes.FAILURE;
    }
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ExitCodes());
    cl.setExitCodeExceptionMapper(ExitCodes::forException);
    SearchCommand.configure(cl.getSubcommands().get("search"));
    return cl;
  }
}
