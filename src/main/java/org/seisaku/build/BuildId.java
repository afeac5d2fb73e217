package org.seisaku.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.seisaku.config.SiteConfig;
import org.seisaku.io.Hashes;
import org.seisaku.link.LinkResult;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.source.Corpus;

/**
 * The id of a build: the first 16 bytes, in hex, of a SHA-256 over what the build is made from (seisaku's version,
 * the site configuration, every ministry, curated program, program-year and document as read, the program ids and
 * redirects the linker gave, and the files of a {@code --templates} folder). It is written into the site's and the
 * index's {@code .seisaku-output} markers and the index's commit data, so that a reader can tell whether a site and an
 * index are of one build; being made of the input only, it keeps identical input giving a byte-identical site.
 *
 * <pre>
 *   BuildId.of(corpus, linked, null) → "5d0c3a…" (32 hex digits), the same for the same input in any run
 * </pre>
 *
 * <p>Records are digested component by component ({@link Hashes#addValue}); the one map read from the input (site.yml's
 * encodings) is digested in sorted order.
 */
public final class BuildId {
  private BuildId() {}

  public static String of(Corpus corpus, LinkResult linked, Path templatesOrNull) throws IOException {
    MessageDigest d = Hashes.sha256();
    add(d, "seisaku " + version());
    SiteConfig c = corpus.config();
    add(d, String.join("\u0000", String.valueOf(c.title()), String.valueOf(c.baseUrl()), String.valueOf(c.language()),
        String.valueOf(c.description()), c.sources().toString(), new TreeMap<>(c.encodings()).toString()));
    for (Object o : corpus.ministries()) Hashes.addValue(d, o);
    for (Object o : corpus.curated()) Hashes.addValue(d, o);
    for (ProgramYear y : corpus.programYears()) Hashes.addValue(d, y);
    for (Object o : corpus.documents()) Hashes.addValue(d, o);
    for (Program p : linked.programs()) {
      add(d, p.id());
      for (ProgramYear y : p.years()) add(d, y.key());
    }
    for (Map.Entry<String, String> r : linked.redirects().entrySet()) add(d, r.getKey() + "→" + r.getValue());
    if (templatesOrNull != null && Files.isDirectory(templatesOrNull)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(templatesOrNull)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        add(d, templatesOrNull.relativize(f).toString());
        d.update(Files.readAllBytes(f));
      }
    }
    return Hashes.hex(d);
  }

  private static void add(MessageDigest d, String s) {
    Hashes.add(d, s);
  }

  /** seisaku's version ("dev" when run from classes). */
  static String version() {
    String version = BuildId.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
