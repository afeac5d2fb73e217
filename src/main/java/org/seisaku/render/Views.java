package org.seisaku.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.List;

/**
 * The view models the templates read: plain records of display strings and relative hrefs, built by
 * {@link SiteRenderer}. Text here is escaped by the templates; only fields typed {@link TemplateHTMLOutputModel}
 * (sanitised Markdown, the SVG chart) are inserted as markup.
 */
public final class Views {
  private Views() {}

  /** Site-wide facts every page shows. */
  public record Site(String title, String description, String baseUrl, List<String> credits) {}

  /** A link. */
  public record Link(String href, String text) {}

  /** A link with a count after it (the template writes the count and what is counted: 「1,234事業」). */
  public record CountLink(String href, String text, long count) {}

  /** One page of a long list ({@link Paging}): its number, how many there are, and links to the others. */
  public record Pager(int number, int count, Link previous, Link next, List<PageLink> pages) {}

  /** A link to a page of a list; {@code current} for the page it is on. */
  public record PageLink(String href, String text, boolean current) {}

  /** A document in a list. */
  public record DocItem(String href, String title, String dateIso, String dateText, String ministry, String kind, String year,
      String number) {}

  /**
   * A program in a list: its name, years, optionally its ministry; the 事業番号 of its newest sheet when another
   * program of its ministry has the same name (so that the two are told apart), else null; {@code amount} its latest
   * budget (「2023年度 12.3億円」) where the list shows it, else null.
   */
  public record ProgramItem(String href, String name, String years, String ministry, String number, String amount) {}

  /** A heading with programs under it. */
  public record ProgramGroup(String heading, String href, String anchor, int count, List<ProgramItem> programs) {}

  /** A heading with documents under it. */
  public record DocGroup(String heading, String anchor, List<DocItem> documents) {}

  /**
   * One cell of an amounts table: the figure in the unit of its table or column ({@link Yen#cell}), and its exact
   * yen for a hover ({@link Yen#exact}), "" for a count or an absent figure (—).
   */
  public record Cell(String text, String kind, String qualifier, boolean revised, String exact) {}

  /** A row of an amounts or totals table, headed by a fiscal year or a ministry. */
  public record Row(String heading, String href, List<Cell> cells, String note) {}

  /**
   * A table: column labels and rows. {@code unit} is the one unit of every figure of the table (「億円」, shown in the
   * caption), or "" when each column names its own unit in its label (「当初（億円）」).
   */
  public record Table(List<String> columns, List<Row> rows, String unit) {
    public boolean isEmpty() {
      return rows.isEmpty();
    }

    /** Whether some row notes what its sums leave out: the column of notes is shown only then. */
    public boolean hasNotes() {
      return rows.stream().anyMatch(r -> r.note() != null && !r.note().isEmpty());
    }
  }

  /**
   * The publisher's document a figure or a page comes from, as a reader would look it up: a review sheet
   * ({@code kind} "sheet": its 公開年度 {@code year}, {@code ministry} as the sheet writes it and 事業番号
   * {@code number}), a document of the site ("document": its {@code title}), or a row of the site's budget tables
   * without a document ("table": its fiscal {@code year}). {@code href} is the page of it on this site, {@code url}
   * the publisher's original (http or https), each or both null.
   */
  public record Origin(String kind, String year, String ministry, String number, String title, String href, String url) {}

  /** Where one figure comes from. */
  public record Source(String year, String kind, Cell amount, String written, Origin origin, String statedIn) {}

  /** An older figure replaced by a later one. */
  public record Revision(String year, String kind, Cell current, Cell old, String statedIn, Origin origin) {}

  /** A label and a value, with an optional link. */
  public record Fact(String label, String text, String href) {}

  /**
   * home: index.html. {@code ministryCount} counts the ministries listed (those with programs), {@code allMinistries}
   * those of ministries.yml; {@code missingYears} names the years between the first and the last that no source
   * states a figure for (「2009〜2011年度」), or "".
   */
  public record Home(int programCount, int documentCount, int ministryCount, int allMinistries, int yearCount, String yearSpan,
      String missingYears, List<CountLink> ministries, List<CountLink> years, List<DocItem> newest) {}

  /** programs/index.html */
  public record Programs(int total, boolean listed, List<ProgramGroup> groups) {}

  /** programs/{id}/index.html */
  public record ProgramPage(String id, String name, Link ministry, String number, List<ProgramItem> namesakes,
      List<Fact> names, String firstYear, String lastYear,
      Table amounts, TemplateHTMLOutputModel chart, List<Source> sources, List<Revision> revisions, List<DocItem> documents,
      List<ProgramItem> related, List<String> licenses, List<String> notes, List<String> kindsNote) {}

  /** ministries/index.html */
  public record MinistryRow(String href, String name, String english, int depth, int programs, String period) {}

  /** ministries/index.html */
  public record MinistriesPage(List<MinistryRow> ministries, List<ProgramGroup> unknown) {}

  /** ministries/{id}/index.html */
  public record MinistryPage(String name, String english, String period, Link parent, List<Link> children, int programCount,
      Table totals, String exclusions, String outside, List<ProgramItem> programs, int firstNumber, Pager pager) {}

  /** years/index.html */
  public record YearsPage(Table totals, String exclusions, String missingYears) {}

  /** years/{fy}/index.html */
  public record YearPage(String label, String era, Link previous, Link next, Table totals, String exclusions, int programCount,
      List<ProgramGroup> added, List<ProgramGroup> ended, int addedCount, int endedCount, boolean newTracked, boolean endTracked,
      CountLink documents, Pager pager, String comparedWith, Table increases, Table decreases, int increaseCount,
      int decreaseCount) {}

  /** documents/index.html */
  public record DocumentsPage(int total, List<DocItem> documents, List<CountLink> years, int otherCount) {}

  /** documents/years/{fy}/index.html */
  public record DocumentYearPage(String label, int total, List<CountLink> toc, List<DocGroup> groups, Pager pager) {}

  /** documents/{slug}/index.html */
  public record DocumentPage(String title, List<Fact> facts, Origin origin, TemplateHTMLOutputModel body, List<ProgramItem> concerns,
      List<ProgramItem> mentions, String license, String sourceUrl) {}

  /** data/index.html */
  public record DataFile(String href, String name, String description, String size, List<String> licenses) {}

  /** data/index.html */
  public record DataPage(List<DataFile> files, List<Fact> licenses, int programCount, int itemCount,
      List<String> searchCredits) {}

  /** programs/{oldId}/index.html */
  public record RedirectPage(String oldId, String href, String canonical, String name) {}

  /** 404.html: the site's stylesheet, inlined because the page is served at any depth. */
  public record NotFoundPage(String css) {}
}
