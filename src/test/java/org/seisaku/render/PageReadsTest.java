package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.Program;
import org.seisaku.render.Reads.Kind;

/**
 * The reads each builder declares are what an incremental build will trust: change one input, and every page
 * that does not declare it must come out byte for byte the same.
 */
class PageReadsTest {
  private static final Templates TEMPLATES = new Templates(null);

  /** Where the data files go (JUnit deletes it after each test). */
  @TempDir static Path scratch;

  /** Every page of a model, rendered in memory: path → page (with its reads) and bytes. */
  private record Site(Map<String, Page> pages, Map<String, byte[]> bytes) {}

  private static Site render(SiteModel model) throws Exception {
    SiteIndex ix = new SiteIndex(model, TEMPLATES);
    DataFiles.Summary data = DataFiles.write(List.copyOf(ix.ledgers.values()), model.redirects(), ix.baseUrl,
        new PageWriter(java.nio.file.Files.createTempDirectory(scratch, "reads"), TEMPLATES));
    Map<String, Page> pages = new TreeMap<>();
    Map<String, byte[]> bytes = new TreeMap<>();
    for (Page p : new SiteRenderer((Path) null).pages(ix, data)) {
      assertFalse(pages.containsKey(p.path()), "one page per path: " + p.path());
      pages.put(p.path(), p);
      bytes.put(p.path(), p.body().render(TEMPLATES));
    }
    return new Site(pages, bytes);
  }

  /** Pages that declare none of {@code changed} are identical in both sites; returns how many were compared. */
  private static int assertUndeclaredUnchanged(Site before, Site after, Set<Reads.Input> changed) {
    assertEquals(before.pages().keySet(), after.pages().keySet());
    int compared = 0;
    for (String path : before.pages().keySet()) {
      Page p = after.pages().get(path);
      if (changed.stream().anyMatch(p.reads().inputs()::contains)) continue;
      assertArrayEquals(before.bytes().get(path), after.bytes().get(path), path + " changed but declares none of " + changed);
      compared++;
    }
    return compared;
  }

  private static Set<Reads.Input> inputs(Object... kindsAndKeys) {
    Set<Reads.Input> out = new TreeSet<>();
    for (int i = 0; i < kindsAndKeys.length; i += 2) out.add(new Reads.Input((Kind) kindsAndKeys[i], (String) kindsAndKeys[i + 1]));
    return out;
  }

  @Test
  void aProgramChangeReachesOnlyThePagesThatReadIt() throws Exception {
    SiteModel model = RenderFixture.model();
    List<Program> programs = new ArrayList<>();
    for (Program p : model.programs()) {
      programs.add(!p.id().equals("xss-program") ? p : RenderFixture.program("xss-program", "mof", List.of(
          RenderFixture.csvYear(2009, "mof", "改名した事業", List.of(
              RenderFixture.item(2009, BudgetKind.INITIAL, "2億円", 2009, RenderFixture.csv(2009, 5))))), null));
    }
    SiteModel changed = new SiteModel(model.config(), model.ministries(), programs, model.documents(), model.redirects(),
        model.documentPrograms(), model.related());
    int compared = assertUndeclaredUnchanged(render(model), render(changed), inputs(Kind.PROGRAM, "xss-program",
        Kind.ALL_PROGRAMS, "", Kind.MENTION_NAMES, "", Kind.DATA_FILES, ""));
    assertTrue(compared >= 15, "pages left alone: " + compared);
  }

  @Test
  void aDocumentChangeReachesOnlyThePagesThatReadIt() throws Exception {
    SiteModel model = RenderFixture.model();
    List<Document> documents = new ArrayList<>();
    for (Document d : model.documents()) {
      documents.add(!d.slug().equals("teijuu-gaiyou") ? d : new Document(d.slug(), "改めた題", d.ministryId(), d.fiscalYear(),
          d.date(), d.kind(), d.sourceUrl(), d.programRefs(), "書き直した本文。道路整備事業。\n", d.provenance(), d.license()));
    }
    SiteModel changed = new SiteModel(model.config(), model.ministries(), model.programs(), documents, model.redirects(),
        model.documentPrograms(), model.related());
    int compared = assertUndeclaredUnchanged(render(model), render(changed), inputs(Kind.DOCUMENT, "teijuu-gaiyou",
        Kind.ALL_DOCUMENTS, ""));
    assertTrue(compared >= 15, "pages left alone: " + compared);
  }

  @Test
  void aTemplatePageReadsItsTemplateAndWhatItImports() throws Exception {
    assertEquals(List.of("layout.ftlh", "parts.ftlh", "program.ftlh"), List.copyOf(TEMPLATES.closure("program.ftlh")));
    Page teijuu = render(RenderFixture.model()).pages().get("programs/teijuu/index.html");
    for (String t : List.of("layout.ftlh", "parts.ftlh", "program.ftlh")) assertTrue(teijuu.reads().contains(Kind.TEMPLATE, t), t);
    assertTrue(teijuu.reads().contains(Kind.PROGRAM, "teijuu"));
    assertTrue(teijuu.reads().contains(Kind.PROGRAM, "mlit-road"), "a related program's name");
    assertTrue(teijuu.reads().contains(Kind.DOCUMENT, "teijuu-gaiyou"));
    assertTrue(teijuu.listed());
    assertFalse(render(RenderFixture.model()).pages().get("programs/old-teijuu/index.html").listed(), "a redirect is not listed");
  }
}
