package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import org.seisaku.render.Reads.Kind;

/**
 * {@code programs/{oldId}/index.html}, one per program id that a merge or split retired: a page that sends the
 * reader to the current program (meta refresh, canonical URL). Not in the sitemap. An old id that is again a
 * program's id, or whose target is gone, gets none.
 */
final class RedirectPages implements PageKind {
  /** The redirects, the target program (its name) and whether the old id is again a program. */
  static Reads.Builder reads(String oldId, String target) {
    return Reads.site().add(Kind.REDIRECTS).add(Kind.PROGRAM, oldId).add(Kind.PROGRAM, target);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    ix.model.redirects().forEach((old, target) -> {
      if (ix.programs.containsKey(old) || !ix.programs.containsKey(target)) return;
      String dir = "programs/" + old + "/";
      pages.add(Page.file(ix, dir + "index.html", "redirect.ftlh", SiteIndex.rootOf(dir), "programs", "移転しました",
          reads(old, target), () -> new Views.RedirectPage(old, folder(dir, "programs/" + target + "/"),
              ix.baseUrl + "programs/" + target + "/", ix.programs.get(target).name())));
    });
    return pages;
  }
}
