package org.seisaku.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the repository, asked for in one place so that a quality gate never goes quiet:
 * outside CI a missing requirement skips the test (a JUnit assumption), under CI (environment variable {@code CI}
 * set, as {@code .ci/run}'s caller does, and not {@code false}/{@code 0}) it FAILS the test, naming what is
 * missing and how {@code .ci/run} provides it.
 *
 * <pre>
 *   Path judgit = Requirements.corpus();     // ${seisaku.shared}/corpus/judgit, with its data/ folder
 *   Path node   = Requirements.node();       // the node executable on PATH
 *   Path chrome = Requirements.chromium();   // $CHROMIUM or /usr/bin/chromium, plus node and `npm ci` done
 * </pre>
 *
 * <p>Call it where the test starts (a {@code @BeforeAll} or the test method), never in a static initialiser: a
 * failure there would be reported as a class-loading error rather than as the test's.
 */
public final class Requirements {
  private Requirements() {}

  /** Whether this run is CI's: {@code CI} is set to anything but empty, {@code false} or {@code 0}. */
  public static boolean inCi() {
    String ci = System.getenv("CI");
    if (ci == null) return false;
    String v = ci.trim().toLowerCase(Locale.ROOT);
    return !v.isEmpty() && !v.equals("false") && !v.equals("0");
  }

  /**
   * The shared review-sheet corpus, {@code ${seisaku.shared}/corpus/judgit} (the system property is set by the pom
   * to {@code ../shared}); skips outside CI, fails under CI, when its {@code data/} folder is absent.
   */
  public static Path corpus() {
    Path root = sharedFolder().resolve("corpus").resolve("judgit");
    require(Files.isDirectory(root.resolve("data")),
        "the shared corpus " + root.toAbsolutePath().normalize() + "/data is absent (CI lays ../shared beside the checkout)");
    return root;
  }

  /** The folder named by {@code -Dseisaku.shared} (default {@code ../shared}); not checked. */
  public static Path sharedFolder() {
    return Path.of(System.getProperty("seisaku.shared", "../shared"));
  }

  /**
   * The seed documents, {@code ${seisaku.shared}/seeds} (PDF-extracted text the import is measured on); skips
   * outside CI, fails under CI, when absent.
   */
  public static Path seeds() {
    Path seeds = sharedFolder().resolve("seeds");
    require(Files.isDirectory(seeds), "the seeds " + seeds.toAbsolutePath().normalize() + " are absent (CI lays ../shared beside the checkout)");
    return seeds;
  }

  /** Debian's IPAGothic font, for PDFs made in tests; skips outside CI, fails under CI, when not installed. */
  public static Path japaneseFont() {
    Path font = Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf");
    require(Files.isRegularFile(font), font + " is not installed (.ci/run installs Debian's fonts-ipafont-gothic)");
    return font;
  }

  /** The {@code node} executable on PATH; skips outside CI, fails under CI, when there is none. */
  public static Path node() {
    Path node = onPath("node");
    require(node != null, "node is not on PATH (.ci/run installs Debian's nodejs)");
    return node;
  }

  /**
   * Debian's Chromium ({@code $CHROMIUM}, default {@code /usr/bin/chromium}) with what drives it: node and every
   * devDependency of {@code package.json} installed by {@code npm ci}. Skips outside CI, fails under CI.
   */
  public static Path chromium() {
    node();
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    require(Files.isExecutable(chromium), chromium + " is not installed (.ci/run installs Debian's chromium)");
    List<String> missing = missingNodeModules(Path.of("package.json"), Path.of("node_modules"));
    require(missing.isEmpty(), "node_modules lacks " + String.join(", ", missing) + ": run `npm ci` (`mvn verify` does when npm is there)");
    return chromium;
  }

  /** The devDependencies of {@code packageJson} that have no {@code package.json} under {@code modules}. */
  static List<String> missingNodeModules(Path packageJson, Path modules) {
    List<String> missing = new ArrayList<>();
    try {
      JsonNode deps = new ObjectMapper().readTree(packageJson.toFile()).path("devDependencies");
      for (Iterator<String> it = deps.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!Files.isRegularFile(modules.resolve(name).resolve("package.json"))) missing.add(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return missing;
  }

  /** Skips (outside CI) or fails (under CI) with {@code what} unless {@code present}. */
  static void require(boolean present, String what) {
    if (present) return;
    if (inCi()) Assertions.fail("required under CI: " + what);
    Assumptions.abort("skipped: " + what);
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, name);
      if (Files.isExecutable(p)) return p;
    }
    return null;
  }
}
