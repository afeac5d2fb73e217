package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seisaku.model.SiteUrls;

class PagingTest {
  @Test
  void listsAreCutInOrderAndTheFirstPageKeepsTheListsUrl() {
    List<Integer> items = IntStream.rangeClosed(1, 450).boxed().toList();
    List<List<Integer>> pages = Paging.split(items, 200);
    assertEquals(List.of(200, 200, 50), pages.stream().map(List::size).toList());
    assertEquals(items, pages.stream().flatMap(List::stream).toList());
    assertEquals(List.of(List.of()), Paging.split(List.of(), 200), "no items: one empty page");
    assertEquals("ministries/mlit/", SiteUrls.page("ministries/mlit/", 1));
    assertEquals("ministries/mlit/page/3/", SiteUrls.page("ministries/mlit/", 3));
    assertThrows(IllegalArgumentException.class, () -> SiteUrls.page("ministries/mlit/", 0));
  }

  @Test
  void aPagerLinksEveryPageRelativeToTheOneItIsOn() {
    assertNull(Paging.pager("ministries/mlit/", 1, 1), "one page: no links");
    Views.Pager p = Paging.pager("ministries/mlit/", 2, 3);
    assertEquals(List.of("../../../../ministries/mlit/index.html", "../../../../ministries/mlit/page/2/index.html",
        "../../../../ministries/mlit/page/3/index.html"), p.pages().stream().map(Views.PageLink::href).toList());
    assertEquals(List.of(false, true, false), p.pages().stream().map(Views.PageLink::current).toList());
    assertEquals("../../../../ministries/mlit/index.html", p.previous().href());
    assertEquals("../../../../ministries/mlit/page/3/index.html", p.next().href());
    assertNull(Paging.pager("ministries/mlit/", 3, 3).next());
  }
}
