package org.seisaku.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seisaku.render.Reads.Kind;

/** {@code assets/…}: the stylesheets and scripts of the templates, copied as they are. */
final class AssetFiles implements PageKind {
  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, byte[]> a : ix.templates.assets().entrySet()) {
      byte[] bytes = a.getValue();
      pages.add(new Page("assets/" + a.getKey(), Reads.builder().add(Kind.ASSET, a.getKey()).build(), false, t -> bytes));
    }
    return pages;
  }
}
