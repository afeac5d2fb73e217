package org.seisaku.model;

import java.util.Optional;
import java.util.Set;

/**
 * The one rule for the names that become folders and URLs of the site: program ids, ministry ids and document
 * slugs. The readers report a value that breaks it as a {@code path:line} problem (so {@code check} finds what
 * {@code build} would trip on); everything after them (linker, index, renderer, browser index, data files) may rely
 * on it, and {@link SiteUrls} makes the URLs from it.
 *
 * <pre>
 *   segment       [a-z0-9][a-z0-9-]*, at most 100 characters (one folder of the site; file systems allow 255 bytes)
 *   program id    one segment                    chiiki-okoshi, soumu-3k2j5x7a           → programs/{id}/
 *   ministry id   one segment, at most 40        soumu, fdma (generated program ids are {ministry id}-{8 characters})
 *   document slug segments joined by '/', at most 200 characters, not under the reserved folder years/
 *                 documents/teijuu.md → teijuu;  documents/teijuu/gaiyou.md → teijuu/gaiyou → documents/teijuu/gaiyou/
 *
 *   rejected: "" · "-x" · "-rf" · "a_b" · "Teijuu" · "総務" · "a//b" · "a/" · "../x" · 101 characters · "years/2008"
 * </pre>
 *
 * <p>Trailing and doubled '-' are allowed (0.1 accepted them). The checks are linear in the length of the value,
 * and the messages quote at most the first 40 characters of it.
 */
public final class Slug {
  /** Longest folder name made from data: a program id, a ministry id, one folder or file name of a document slug. */
  public static final int MAX_SEGMENT = 100;
  /** Longest ministry id, so that a generated program id ({ministry id}-{8 characters}) is a segment. */
  public static final int MAX_MINISTRY_ID = 40;
  /** Longest document slug, all its folders included. */
  public static final int MAX_DOCUMENT_SLUG = 200;
  /** First folders of a document slug that the site uses itself under {@code documents/} (the lists by year). */
  public static final Set<String> RESERVED_DOCUMENT_FOLDERS = Set.of("years");

  private static final int SHOWN = 40;

  private Slug() {}

  /** Whether {@code id} may be a program id. */
  public static boolean isProgramId(String id) {
    return programIdProblem(id).isEmpty();
  }

  /** Whether {@code id} may be a ministry id. */
  public static boolean isMinistryId(String id) {
    return ministryIdProblem(id).isEmpty();
  }

  /** Whether {@code slug} may be a document slug. */
  public static boolean isDocumentSlug(String slug) {
    return documentSlugProblem(slug).isEmpty();
  }

  /**
   * What is wrong with a program id, for a problem report: {@code "-x"} → "program id '-x' must start with …".
   */
  public static Optional<String> programIdProblem(String id) {
    return segmentProblem("program id", id, MAX_SEGMENT);
  }

  /** What is wrong with a ministry id, for a problem report. */
  public static Optional<String> ministryIdProblem(String id) {
    return segmentProblem("ministry id", id, MAX_MINISTRY_ID);
  }

  /**
   * What is wrong with a document slug, for a problem report:
   * {@code "teijuu/gaiyou"} → empty; {@code "-rf"} → "file or folder name '-rf' must start with …".
   */
  public static Optional<String> documentSlugProblem(String slug) {
    if (slug == null || slug.isEmpty()) return Optional.of("the document's file name is empty");
    if (slug.length() > MAX_DOCUMENT_SLUG) {
      return Optional.of("document slug '" + shown(slug) + "' is " + slug.length() + " characters long; at most "
          + MAX_DOCUMENT_SLUG + " (its folders and file name, without .md, make the page's URL)");
    }
    int start = 0;
    while (true) {
      int slash = slug.indexOf('/', start);
      String segment = slash < 0 ? slug.substring(start) : slug.substring(start, slash);
      if (start == 0 && RESERVED_DOCUMENT_FOLDERS.contains(segment)) {
        return Optional.of("documents/" + segment + "/ is the site's own list of documents by year");
      }
      Optional<String> p = segmentProblem("file or folder name", segment, MAX_SEGMENT);
      if (p.isPresent()) return p;
      if (slash < 0) return Optional.empty();
      start = slash + 1;
    }
  }

  /**
   * The slug of a document file, from its path under {@code documents/}: {@code teijuu/gaiyou.md} →
   * {@code teijuu/gaiyou}. Not checked: see {@link #documentSlugProblem}.
   */
  public static String documentSlugOf(String pathUnderDocuments) {
    String p = pathUnderDocuments.replace('\\', '/');
    return p.endsWith(".md") ? p.substring(0, p.length() - 3) : p;
  }

  /**
   * Returns {@code id} if it is a program id, for code that relies on the readers having checked it.
   *
   * @throws IllegalArgumentException naming the value otherwise (a programmer error: a reader let it through)
   */
  public static String requireProgramId(String id) {
    programIdProblem(id).ifPresent(p -> {
      throw new IllegalArgumentException("bad program id: " + p);
    });
    return id;
  }

  /** As {@link #requireProgramId}, for a ministry id. */
  public static String requireMinistryId(String id) {
    ministryIdProblem(id).ifPresent(p -> {
      throw new IllegalArgumentException("bad ministry id: " + p);
    });
    return id;
  }

  /** As {@link #requireProgramId}, for a document slug. */
  public static String requireDocumentSlug(String slug) {
    documentSlugProblem(slug).ifPresent(p -> {
      throw new IllegalArgumentException("bad document slug: " + p);
    });
    return slug;
  }

  /**
   * What is wrong with one folder name made from data ({@code what} names it in the message), by the segment rule
   * above with the {@link #MAX_SEGMENT} limit.
   */
  public static Optional<String> segmentProblem(String what, String s) {
    return segmentProblem(what, s, MAX_SEGMENT);
  }

  private static Optional<String> segmentProblem(String what, String s, int max) {
    if (s == null || s.isEmpty()) return Optional.of(what + " is empty");
    if (s.length() > max) {
      return Optional.of(what + " '" + shown(s) + "' is " + s.length() + " characters long; at most " + max
          + " (it becomes a folder of the site)");
    }
    boolean ok = isLowerAlnum(s.charAt(0));
    for (int i = 1; ok && i < s.length(); i++) ok = isLowerAlnum(s.charAt(i)) || s.charAt(i) == '-';
    if (ok) return Optional.empty();
    return Optional.of(what + " '" + shown(s) + "' must start with a-z or 0-9 and hold only lower-case ASCII letters, "
        + "digits and '-' (it becomes the page's URL)");
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The value as a message quotes it: at most 40 characters, control characters as '?'. */
  static String shown(String s) {
    int cut = s.length() > SHOWN && Character.isHighSurrogate(s.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
    String head = s.length() > SHOWN ? s.substring(0, cut) + "…" : s;
    StringBuilder sb = new StringBuilder(head.length());
    head.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return sb.toString();
  }
}
