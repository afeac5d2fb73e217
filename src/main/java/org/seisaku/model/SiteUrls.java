package org.seisaku.model;

/**
 * The URL of every page made from data, relative to the site root, as a folder (the page is its
 * {@code index.html}). One place for the site's URL scheme (DESIGN §5): the pages, the search results, the data
 * files and the browser index take their URLs from here. The values must follow {@link Slug}; these methods check
 * it and throw {@link IllegalArgumentException} otherwise (a programmer error: the readers report bad values).
 *
 * <pre>
 *   program("chiiki-okoshi")         → programs/chiiki-okoshi/
 *   document("teijuu/gaiyou")        → documents/teijuu/gaiyou/
 *   ministry("soumu")                → ministries/soumu/
 *   year(FiscalYear.of(2008))        → years/2008/
 *   documentsOfYear(FiscalYear.of(2008)) → documents/years/2008/
 *   page("ministries/mlit/", 1)      → ministries/mlit/        (a list's first page is the list's own URL)
 *   page("ministries/mlit/", 3)      → ministries/mlit/page/3/
 * </pre>
 */
public final class SiteUrls {
  private SiteUrls() {}

  public static String program(String id) {
    return "programs/" + Slug.requireProgramId(id) + "/";
  }

  public static String document(String slug) {
    return "documents/" + Slug.requireDocumentSlug(slug) + "/";
  }

  public static String ministry(String id) {
    return "ministries/" + Slug.requireMinistryId(id) + "/";
  }

  public static String year(FiscalYear year) {
    return "years/" + year.year() + "/";
  }

  /** The list of the documents of one fiscal year (its first folder is {@link Slug#RESERVED_DOCUMENT_FOLDERS}). */
  public static String documentsOfYear(FiscalYear year) {
    return "documents/years/" + year.year() + "/";
  }

  /**
   * Page {@code n} (from 1) of a long list whose first page is {@code folder}: the first page keeps the list's URL,
   * so links to the list stay valid when it grows past one page.
   */
  public static String page(String folder, int n) {
    if (n < 1) throw new IllegalArgumentException("pages count from 1: " + n);
    if (!folder.endsWith("/")) throw new IllegalArgumentException("not a folder: " + folder);
    return n == 1 ? folder : folder + "page/" + n + "/";
  }
}
