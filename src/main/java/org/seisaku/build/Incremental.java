package org.seisaku.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.seisaku.index.Fields;
import org.seisaku.io.Manifest;
import org.seisaku.io.OutputMarker;

/**
 * When a build may change only what differs from the previous one, and what it then deletes.
 *
 * <p>A build is incremental when the index folder holds a {@link Manifest} of the same {@link #basis} (seisaku's
 * version and jar, the index schema) and the site and the index both carry the markers of the build it names: the
 * files the manifest lists are then those published. In any doubt (no manifest, an unreadable one, another basis,
 * a site or an index of another build, {@code build --full}) the build writes every file, as a first build does.
 * Either way the output is the same, byte for byte (IncrementalBuildIT); the index is written whole every time.
 *
 * <pre>
 *   Incremental.previous(site, index) → the manifest of the published build, or null for a full build
 *   Incremental.gone(previous, outputs) → [documents/removed/index.html, …]: files of the previous build no longer made
 * </pre>
 */
final class Incremental {
  private Incremental() {}

  /** The manifest of the build published in {@code site} and {@code index}, if this build may start from it. */
  static Manifest previous(Path site, Path index) {
    Optional<Manifest> m = Manifest.read(index);
    if (m.isEmpty() || !m.get().basis().equals(basis())) return null;
    String build = m.get().build();
    boolean same = OutputMarker.read(site).filter(k -> k.kind() == OutputMarker.Kind.SITE && k.build().equals(build)).isPresent()
        && OutputMarker.read(index).filter(k -> k.kind() == OutputMarker.Kind.INDEX && k.build().equals(build)).isPresent();
    return same ? m.get() : null;
  }

  /** What a manifest must share with this build: seisaku's version and jar, the index schema, the manifest's layout. */
  static String basis() {
    String jar = "classes";
    try {
      Path code = Path.of(Incremental.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) jar = Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis();
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      jar = "unknown-" + System.nanoTime(); // in doubt: no manifest will match, every build is a full one
    }
    return "seisaku-" + BuildId.version() + "/" + jar + "/schema-" + Fields.SCHEMA_VERSION + "/1";
  }

  /** The files of the previous build that this one no longer makes, sorted. */
  static List<String> gone(Manifest previous, SortedMap<String, String> outputs) {
    List<String> out = new ArrayList<>();
    for (String path : previous.files().keySet()) if (!outputs.containsKey(path)) out.add(path);
    return out;
  }
}
