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
}
