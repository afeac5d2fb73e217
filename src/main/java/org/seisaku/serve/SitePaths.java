package org.seisaku.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to a file of the site folder, and never to anything outside it.
 *
 * <p>The raw path is percent-decoded once (strict UTF-8; {@code +} stays {@code +}), then split at {@code /};
 * empty and {@code .} segments are dropped and a {@code ..} segment, a backslash, a colon or a NUL refuses the
 * path. The file found is checked again after resolving symbolic links: it must lie inside the site's real
 * folder. A folder answers with its {@code index.html}.
 *
 * <pre>
 *   /                          → index.html
 *   /programs/junkan/          → programs/junkan/index.html
 *   /programs/junkan           → redirect to junkan/ (relative links need the slash)
 *   /assets/site.css           → assets/site.css
 *   /../pom.xml, /%2e%2e/x     → refused (404)
 *   //etc/passwd               → site/etc/passwd (absent: 404)
 * </pre>
 */
final class SitePaths {
  /** What a request path comes to. */
  sealed interface Target {}

  record FileTarget(Path file) implements Target {}

  record Redirect(String location) implements Target {}

  record NotFound() implements Target {}

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("htm", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("md", "text/plain; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("pdf", "application/pdf"));

  private final Path root;

  /** @param root the site folder; must exist */
  SitePaths(Path root) throws IOException {
    this.root = root.toRealPath();
  }

  Path root() {
    return root;
  }

  Target resolve(String rawPath) {
    Optional<String> decoded = decode(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
    if (decoded.isEmpty()) return new NotFound();
    String path = decoded.get();
    if (!path.startsWith("/")) return new NotFound();
    if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0 || path.indexOf(':') >= 0) return new NotFound();
    Path p = root;
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) continue;
      if (seg.equals("..")) return new NotFound();
      p = p.resolve(seg);
    }
    p = p.normalize();
    if (!p.startsWith(root)) return new NotFound();
    if (Files.isDirectory(p)) {
      // relative, so that a path like //host/x can never redirect to another host
      if (!path.endsWith("/")) return new Redirect(rawPath.substring(rawPath.lastIndexOf('/') + 1) + "/");
      p = p.resolve("index.html");
    }
    if (!Files.isRegularFile(p)) return new NotFound();
    try {
      Path real = p.toRealPath();
      if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) return new NotFound();
      return new FileTarget(real);
    } catch (IOException e) {
      return new NotFound();
    }
  }

  /** The site's 404 page, if it has one. */
  Optional<Path> notFoundPage() {
    Path p = root.resolve("404.html");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  static String contentType(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  /** Percent-decoding of a path: strict UTF-8, {@code +} kept; empty if malformed. */
  static Optional<String> decode(String raw) {
    if (raw.indexOf('%') < 0) return Optional.of(raw);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) return Optional.empty();
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return Optional.empty();
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          b = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(b);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
