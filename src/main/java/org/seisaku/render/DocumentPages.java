package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;
import static org.seisaku.render.ViewParts.markup;

import java.util.ArrayList;
import java.util.List;
import org.seisaku.model.Document;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.Fact;
import org.seisaku.render.Views.Link;

/**
 * {@code documents/{slug}/index.html}, one per document: its facts, the programs it concerns, its body as
 * sanitised HTML with the first mention of each program linked, the programs it mentions, its licence.
 */
final class DocumentPages implements PageKind {

  private final Markdown markdown;

  /** @param markdown the one Markdown pipeline of the build */
  DocumentPages(Markdown markdown) {
    this.markdown = markdown;
  }

  /**
   * The document; the programs it concerns or mentions (their names, years, ministries, and the namesakes that
   * decide whether a 事業番号 tells them apart); the names mentions are matched on (they
   * decide the links in the body); the ministries; the site's years (whether the year links); redirects.
   */
  static Reads.Builder reads(SiteIndex ix, Document d) {
    List<String> concerns = ix.documentConcerns.getOrDefault(d.slug(), List.of());
    List<String> mentions = ix.documentMentions.getOrDefault(d.slug(), List.of());
    return Reads.site().add(Kind.DOCUMENT, d.slug()).add(Kind.MENTION_NAMES).add(Kind.MINISTRIES).add(Kind.YEARS)
        .add(Kind.REDIRECTS).add(Kind.PROGRAM, concerns).add(Kind.PROGRAM, mentions)
        .add(Kind.PROGRAM, ix.namesakesOf(concerns)).add(Kind.PROGRAM, ix.namesakesOf(mentions));
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>(ix.documents.size());
    for (Document d : ix.documents.values()) {
      pages.add(Page.html(ix, "documents/" + d.slug() + "/", "document.ftlh", "documents", d.title(), reads(ix, d),
          () -> view(ix, d)));
    }
    return pages;
  }

  private Views.DocumentPage view(SiteIndex ix, Document d) {
    String dir = "documents/" + d.slug() + "/";
    List<Fact> facts = new ArrayList<>();
    if (d.kind() != null) facts.add(new Fact("種類", d.kind(), null));
    if (d.ministryId() != null) {
      Link m = ViewParts.ministryLink(ix, dir, d.ministryId());
      facts.add(new Fact("府省庁", m.text(), m.href()));
    }
    if (d.fiscalYear() != null) {
      boolean hasPage = ix.years.contains(d.fiscalYear());
      facts.add(new Fact("年度", d.fiscalYear().label(), hasPage ? folder(dir, "years/" + d.fiscalYear().year() + "/") : null));
    }
    if (d.date() != null) facts.add(new Fact("日付", ViewParts.DATE_JA.format(d.date()), null));
    String source = d.sourceUrl() != null && ViewParts.HTTP_URL.matcher(d.sourceUrl()).matches() ? d.sourceUrl() : null;
    if (source == null && d.sourceUrl() != null) facts.add(new Fact("出典", d.sourceUrl(), null));
    String license = d.license() != null ? d.license()
        : d.provenance() != null && SiteIndex.licenseOf(d.provenance().source()) != null
            ? SiteIndex.licenseOf(d.provenance().source()) : ix.ownContent();
    List<String> concernIds = ix.documentConcerns.getOrDefault(d.slug(), List.of());
    List<Views.ProgramItem> concerns = concernIds.stream().map(id -> ViewParts.programItem(ix, dir, id, true, false)).toList();
    List<Views.ProgramItem> mentions = ix.documentMentions.getOrDefault(d.slug(), List.of()).stream()
        .filter(id -> !concernIds.contains(id)).map(id -> ViewParts.programItem(ix, dir, id, true, false)).toList();
    String body = ix.mentionLinker.linkHtml(markdown.toSafeHtml(d.markdown()), id -> folder(dir, "programs/" + id + "/"), null);
    Views.Origin origin = ViewParts.origin(ix, dir, d.provenance(), null, d.fiscalYear());
    return new Views.DocumentPage(d.title(), facts, "sheet".equals(origin.kind()) ? origin : null, markup(body), concerns,
        mentions, license, source);
  }
}
