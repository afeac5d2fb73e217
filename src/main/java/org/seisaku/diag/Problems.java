package org.seisaku.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems collected while reading and checking input: readers add to it and go on, so that one run
 * reports every problem rather than stopping at the first (like jsoup's {@code ParseErrorList}).
 *
 * <p>Thread-safe: sources may be read in parallel. {@link #sorted()} gives a stable order for output.
 */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public synchronized void add(Problem p) {
    list.add(p);
  }

  public void error(String path, int line, String message) {
    add(Problem.error(path, line, message));
  }

  public void warning(String path, int line, String message) {
    add(Problem.warning(path, line, message));
  }

  public synchronized void addAll(Problems other) {
    if (other == this) return;
    list.addAll(other.sorted());
  }

  public synchronized boolean hasErrors() {
    return list.stream().anyMatch(Problem::isError);
  }

  public synchronized long errorCount() {
    return list.stream().filter(Problem::isError).count();
  }

  public synchronized long warningCount() {
    return list.size() - errorCount();
  }

  public synchronized boolean isEmpty() {
    return list.isEmpty();
  }

  /** All problems, sorted by path, line, severity and message. */
  public synchronized List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(list);
    Collections.sort(copy);
    return List.copyOf(copy);
  }
}
