package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.io.Manifest;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.Program;

/**
 * The data files are made from the programs, the redirects and the base URL only: an incremental build whose
 * programs are the published ones (a document's edit) keeps them without making them, and one that changed a
 * program makes them again, the same bytes as a full build's.
 */
class DataFilesKeptTest {
  @TempDir Path tmp;

  private PageWriter render(SiteModel model, String folder, Manifest previous, Path published) throws IOException {
    return new SiteRenderer((Path) null).render(model, tmp.resolve(folder), previous, published);
  }

  @Test
  void aDocumentsEditKeepsTheDataFilesAndAProgramsChangeMakesThemAgain() throws IOException {
    SiteModel model = RenderFixture.model();
    PageWriter first = render(model, "first", null, null);
    Manifest manifest = new Manifest("basis", "b1", first.outputs());
    assertTrue(Files.isRegularFile(tmp.resolve("first/data/budget.csv")));

    // a document's text edited: no data file is written again, and the manifest still lists them all
    List<Document> documents = new ArrayList<>();
    for (Document d : model.documents()) {
      documents.add(new Document(d.slug(), d.title(), d.ministryId(), d.fiscalYear(), d.date(), d.kind(), d.sourceUrl(),
          d.programRefs(), d.markdown() + "\n\n追記した一文。", d.provenance(), d.license()));
    }
    SiteModel edited = new SiteModel(model.config(), model.ministries(), model.programs(), documents, model.redirects(),
        model.documentPrograms(), model.related());
    PageWriter second = render(edited, "second", manifest, tmp.resolve("first"));
    assertTrue(files(tmp.resolve("second")).keySet().stream().noneMatch(f -> f.startsWith("data/") && !f.endsWith(".html")),
        "no data file made again: " + files(tmp.resolve("second")).keySet());
    assertEquals(data(first.outputs()), data(second.outputs()));
    assertTrue(second.kept() > 0);

    // a program renamed: every data file made again, as a full build makes them
    List<Program> programs = new ArrayList<>();
    for (Program p : model.programs()) {
      programs.add(!p.id().equals("xss-program") ? p : RenderFixture.program("xss-program", "mof", List.of(
          RenderFixture.csvYear(2009, "mof", "改名した事業", List.of(
              RenderFixture.item(2009, BudgetKind.INITIAL, "2億円", 2009, RenderFixture.csv(2009, 5))))), null));
    }
    SiteModel renamed = new SiteModel(model.config(), model.ministries(), programs, documents, model.redirects(),
        model.documentPrograms(), model.related());
    render(renamed, "third", manifest, tmp.resolve("first"));
    render(renamed, "whole", null, null);
    SortedMap<String, String> made = data(files(tmp.resolve("third")));
    assertEquals(data(files(tmp.resolve("whole"))), made);
    assertTrue(made.get("data/programs.json").contains("改名した事業"));
    assertFalse(made.get("data/programs.json").equals(files(tmp.resolve("first")).get("data/programs.json")));
  }

  /** The data files (not the data page) of a site's files. */
  private static SortedMap<String, String> data(SortedMap<String, String> files) {
    SortedMap<String, String> out = new TreeMap<>(files.subMap("data/", "data0"));
    out.keySet().removeIf(f -> f.endsWith(".html"));
    return out;
  }

  private static SortedMap<String, String> files(Path dir) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        // bytes read as UTF-8, a binary file's (the icon) with replacements: the data files are text
        out.put(dir.relativize(f).toString().replace(File.separatorChar, '/'),
            new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
