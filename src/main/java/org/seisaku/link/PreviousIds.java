package org.seisaku.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.seisaku.model.Slug;

/**
 * The program ids of an earlier build, so that the {@link Linker} keeps URLs stable.
 *
 * <p>Read from that build's {@code data/programs.json} (DESIGN §5: an array of
 * {@code {"id", …, "sheets":[{"source","path","fiscalYear","linkRule"}]}}) and {@code data/redirects.json}
 * (an object, old id → current id). A sheet entry identifies its program-year by {@code "key"} when the writer
 * includes it (needed for budget CSV rows, where many programs share one file), else by
 * {@code source + ":" + path} (a review sheet is one file).
 *
 * @param programs old id → the program-year keys it held (sorted)
 * @param redirects old id → the id it redirected to
 */
public record PreviousIds(Map<String, Set<String>> programs, Map<String, String> redirects) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public PreviousIds {
    TreeMap<String, Set<String>> p = new TreeMap<>();
    programs.forEach((id, keys) -> p.put(id, Collections.unmodifiableSet(new TreeSet<>(keys))));
    programs = Collections.unmodifiableMap(p);
    redirects = Collections.unmodifiableMap(new TreeMap<>(redirects));
  }

  /** No earlier build. */
  public static PreviousIds empty() {
    return new PreviousIds(Map.of(), Map.of());
  }

  /**
   * Reads {@code data/programs.json}, {@code data/program-keys.json} and {@code data/redirects.json} under an
   * earlier build's output folder; empty when they are absent. Ids that are not {@link Slug} program ids (a file
   * edited by hand) are left out, so they never reach a URL.
   *
   * @throws UncheckedIOException when a file exists but cannot be read or is not the JSON described above
   */
  public static PreviousIds load(Path outDir) {
    Map<String, Set<String>> programs = new TreeMap<>();
    Map<String, String> redirects = new TreeMap<>();
    Path programsJson = outDir.resolve("data").resolve("programs.json");
    Path redirectsJson = outDir.resolve("data").resolve("redirects.json");
    try {
      if (Files.isRegularFile(programsJson)) {
        JsonNode root = JSON.readTree(programsJson.toFile());
        if (!root.isArray()) throw new IOException(programsJson + ": expected a JSON array");
        for (JsonNode program : root) {
          String id = program.path("id").asText(null);
          if (id == null || !Slug.isProgramId(id)) continue; // not one this rule could have made: not reused
          Set<String> keys = programs.computeIfAbsent(id, k -> new TreeSet<>());
          for (JsonNode sheet : program.path("sheets")) {
            String key = sheet.path("key").asText(null);
            if (key == null) {
              String source = sheet.path("source").asText(null);
              String path = sheet.path("path").asText(null);
              if (source == null || path == null) continue;
              key = source + ":" + path;
            }
            keys.add(key);
          }
        }
      }
      Path keysJson = outDir.resolve("data").resolve("program-keys.json");
      if (Files.isRegularFile(keysJson)) {
        // exact program-year keys (a CSV file holds many program-years; programs.json names only the file)
        JsonNode root = JSON.readTree(keysJson.toFile());
        if (!root.isObject()) throw new IOException(keysJson + ": expected a JSON object");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!Slug.isProgramId(e.getKey())) continue;
          Set<String> keys = programs.computeIfAbsent(e.getKey(), k -> new TreeSet<>());
          for (JsonNode k : e.getValue()) if (k.isTextual()) keys.add(k.asText());
        }
      }
      if (Files.isRegularFile(redirectsJson)) {
        JsonNode root = JSON.readTree(redirectsJson.toFile());
        if (!root.isObject()) throw new IOException(redirectsJson + ": expected a JSON object");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (e.getValue().isTextual() && Slug.isProgramId(e.getKey()) && Slug.isProgramId(e.getValue().asText())) {
            redirects.put(e.getKey(), e.getValue().asText());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PreviousIds(programs, redirects);
  }

  /** Convenience for tests and tools: old id → keys, no redirects. */
  public static PreviousIds of(Map<String, List<String>> programs) {
    Map<String, Set<String>> p = new TreeMap<>();
    programs.forEach((id, keys) -> p.put(id, new TreeSet<>(keys)));
    return new PreviousIds(p, Map.of());
  }

  public boolean isEmpty() {
    return programs.isEmpty() && redirects.isEmpty();
  }
}
