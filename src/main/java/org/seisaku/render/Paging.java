package org.seisaku.render;

import static org.seisaku.render.SiteIndex.folder;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.seisaku.model.SiteUrls;
import org.seisaku.render.Views.Link;

/**
 * Long lists cut into pages, so that no page grows with the corpus: page 1 at the list's own URL, page n at
 * {@link SiteUrls#page} ({@code ministries/mlit/page/2/}), each with links to every page of the list.
 *
 * <pre>
 *   Paging.split(ids, 200)                       → [[id 1 … 200], [201 … 400], …]  (one empty page for no items)
 *   Paging.pager("ministries/mlit/", 2, 7)       → page 2 of 7: previous, next and pages 1…7 as links from page 2
 * </pre>
 */
final class Paging {
  private Paging() {}

  /** The items in pages of {@code perPage}, in order; a list with no items is one empty page. */
  static <T> List<List<T>> split(List<T> items, int perPage) {
    if (perPage < 1) throw new IllegalArgumentException("perPage must be positive: " + perPage);
    List<List<T>> pages = new ArrayList<>();
    for (int i = 0; i < items.size(); i += perPage) pages.add(List.copyOf(items.subList(i, Math.min(items.size(), i + perPage))));
    if (pages.isEmpty()) pages.add(List.of());
    return pages;
  }

  /**
   * The part of grouped items that falls on positions {@code [from, to)} of the items in order: the groups that
   * reach the range, each with only its items in it, made by {@code make(group, items, continued)} where
   * {@code continued} says that the group began on an earlier page.
   */
  static <G, T, R> List<R> cut(List<G> groups, Function<G, List<T>> items, int from, int to, Part<G, T, R> make) {
    List<R> out = new ArrayList<>();
    int at = 0;
    for (G g : groups) {
      List<T> list = items.apply(g);
      int start = Math.max(from, at);
      int end = Math.min(to, at + list.size());
      if (start < end) out.add(make.of(g, list.subList(start - at, end - at), start > at));
      at += list.size();
    }
    return out;
  }

  /** Makes the part of a group that falls on a page. */
  @FunctionalInterface
  interface Part<G, T, R> {
    R of(G group, List<T> items, boolean continued);
  }

  /** The folder of page {@code n} of the list at {@code first}. */
  static String dir(String first, int n) {
    return SiteUrls.page(first, n);
  }

  /** The links of page {@code n} of {@code count} (null when the list has one page). */
  static Views.Pager pager(String first, int n, int count) {
    if (count <= 1) return null;
    String here = dir(first, n);
    List<Views.PageLink> pages = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) pages.add(new Views.PageLink(folder(here, dir(first, i)), Integer.toString(i), i == n));
    Link previous = n > 1 ? new Link(folder(here, dir(first, n - 1)), "前のページ") : null;
    Link next = n < count ? new Link(folder(here, dir(first, n + 1)), "次のページ") : null;
    return new Views.Pager(n, count, previous, next, pages);
  }
}
