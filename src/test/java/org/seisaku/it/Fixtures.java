package org.seisaku.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.seisaku.cli.Main;

/** Helpers for the end-to-end tests: the fixture folders, running the CLI in-process, reading output. */
final class Fixtures {
  private Fixtures() {}

  /** What one run of the CLI printed and returned. */
  record Run(int exit, String out, String err) {}

  static Path resource(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/it/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /**
   * Builds the fixture site (content/ plus the review sheets of judgit/) quietly into {@code site} and
   * {@code index}; fails the caller if the build does.
   */
  static void buildSite(Path site, Path index) {
    Run r = run("build", "--content", resource("content").toString(), "--source", "judgit:" + resource("judgit"),
        "--out", site.toString(), "--index", index.toString(), "-q");
    if (r.exit() != 0) throw new AssertionError("fixture build failed (" + r.exit() + "): " + r.out() + r.err());
  }

  static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a fixture folder into {@code to}, so a test can spoil its copy. */
  static Path copy(String name, Path to) throws IOException {
    return copy(resource(name), to);
  }

  static Path copy(Path from, Path to) throws IOException {
    return org.seisaku.testing.Folders.copy(from, to);
  }

  /** Every regular file below {@code dir}, as sorted relative paths. */
  static List<String> files(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> names.add(dir.relativize(p).toString()));
    }
    names.sort(null);
    return names;
  }

  /**
   * Whether a line of the Nu Html Checker's GNU output is an error about the HTML. Its CSS checks are left out:
   * the checker on Maven Central (20.7.2) predates CSS properties that browsers have long supported
   * (text-underline-offset, text-decoration-thickness), and the stylesheet is ours, not the input's.
   */
  static boolean htmlError(String line) {
    return line.contains(": error: ") && !line.contains(": error: CSS: ");
  }

  /**
   * Runs a browser check of {@code src/test/js} ({@code a11y.mjs}, {@code layout.mjs}) on pages of a site folder and
   * reads the one JSON object per line it prints; fails the caller if the script fails or runs over 10 minutes.
   */
  static List<JsonNode> browserCheck(Path node, String script, Path site, List<String> pages) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(node.toString(), "src/test/js/" + script, site.toString()));
    command.addAll(pages);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(script + " timed out");
    }
    if (p.exitValue() != 0) throw new AssertionError(script + " failed (exit " + p.exitValue() + "): " + out);
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> results = new ArrayList<>();
    for (String line : out.split("\\R")) if (!line.isBlank()) results.add(json.readTree(line));
    return results;
  }
}
