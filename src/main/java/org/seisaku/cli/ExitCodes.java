package org.seisaku.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Exit codes (DESIGN §4): 0 ok, 1 content errors, 2 usage errors, 3 I/O or internal failure. A failure is
 * printed as one line on stderr, never as a stack trace (set {@code SEISAKU_DEBUG=1} to see one).
 */
final class ExitCodes implements CommandLine.IExecutionExceptionHandler {
  static final int OK = 0;
  static final int CONTENT = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

  static int forException(Throwable t) {
    if (t instanceof CommandLine.ParameterException) return USAGE;
    if (t instanceof UsageException) return USAGE;
    if (t instanceof FailureException) return FAILURE;
    return FAILURE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    String message;
    if (ex instanceof UsageException || ex instanceof FailureException) {
      message = "seisaku: " + ex.getMessage();
    } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
      Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
      message = "seisaku: I/O error: " + describe(io);
    } else {
      message = "seisaku: internal error: " + describe(ex);
    }
    cl.getErr().println(message);
    if (System.getenv("SEISAKU_DEBUG") != null) ex.printStackTrace(cl.getErr());
    cl.getErr().flush();
    return forException(ex);
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    String kind = t.getClass().getSimpleName();
    return m == null ? kind : kind + ": " + m;
  }

  /** A usage error found after parsing (e.g. an option value that does not make sense together with another). */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }

  /** A failure with a message that says it all (e.g. no index: run build), printed as one line; exit 3. */
  static final class FailureException extends RuntimeException {
    FailureException(String message) {
      super(message);
    }
  }
}
