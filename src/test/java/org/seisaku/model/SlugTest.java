package org.seisaku.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {
  @ParameterizedTest(name = "program id {0}")
  @ValueSource(strings = {"soumu", "chiiki-okoshi", "0020", "a", "a-", "a--b", "soumu-3k2j5x7a"})
  void acceptsLowerCaseAsciiSegments(String id) {
    assertTrue(Slug.isProgramId(id));
    assertTrue(Slug.isMinistryId(id));
    assertTrue(Slug.isDocumentSlug(id));
  }

  @ParameterizedTest(name = "rejects {0}")
  @ValueSource(strings = {"", "-x", "-rf", "a_b", "Teijuu", "総務", "a/b", "../x", "a b", "a.b", "ａ"})
  void rejectsEverythingElseAsAnId(String id) {
    assertFalse(Slug.isProgramId(id));
    assertFalse(Slug.isMinistryId(id));
  }

  @Test
  void limitsTheLengthOfEachKind() {
    assertTrue(Slug.isProgramId("p".repeat(100)));
    assertFalse(Slug.isProgramId("p".repeat(101)));
    assertTrue(Slug.isMinistryId("m".repeat(40)));
    assertFalse(Slug.isMinistryId("m".repeat(41)));
    assertTrue(Slug.isDocumentSlug("d".repeat(100) + "/" + "d".repeat(99)));
    assertFalse(Slug.isDocumentSlug("d".repeat(100) + "/" + "d".repeat(100)), "201 characters");
    assertFalse(Slug.isDocumentSlug("d".repeat(101)));
  }

  @Test
  void documentSlugsMayHaveFoldersButNotTheReservedOne() {
    for (String ok : List.of("teijuu/gaiyou", "a/b/c", "yearsx/a", "a/years")) assertTrue(Slug.isDocumentSlug(ok), ok);
    for (String bad : List.of("a//b", "a/", "/a", "../a", "a/../b", "a/-b", "years", "years/2008", "A/b")) {
      assertFalse(Slug.isDocumentSlug(bad), bad);
    }
    assertEquals("teijuu/gaiyou", Slug.documentSlugOf("teijuu/gaiyou.md"));
  }

  @Test
  void messagesQuoteAtMostFortyCharactersWithoutControlCharacters() {
    assertEquals("program id '" + "x".repeat(40) + "…' is 250 characters long; at most 100 (it becomes a folder of the site)",
        Slug.programIdProblem("x".repeat(250)).orElseThrow());
    assertEquals("program id 'a?b' must start with a-z or 0-9 and hold only lower-case ASCII letters, digits and '-' "
        + "(it becomes the page's URL)", Slug.programIdProblem("a\u001bb").orElseThrow());
  }

  @Test
  void siteUrlsAreFoldersBuiltFromCheckedValues() {
    assertEquals("programs/chiiki-okoshi/", SiteUrls.program("chiiki-okoshi"));
    assertEquals("documents/teijuu/gaiyou/", SiteUrls.document("teijuu/gaiyou"));
    assertEquals("ministries/soumu/", SiteUrls.ministry("soumu"));
    assertEquals("years/2008/", SiteUrls.year(FiscalYear.of(2008)));
    assertEquals("documents/years/2008/", SiteUrls.documentsOfYear(FiscalYear.of(2008)));
    assertThrows(IllegalArgumentException.class, () -> SiteUrls.program("../etc"));
    assertThrows(IllegalArgumentException.class, () -> SiteUrls.document("years/2008"));
  }
}
