package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Document;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;
import org.seisaku.model.SourceIds;

/**
 * A render at the scale of the full review-sheet data (5,000 programs over nine years, 15,000 sheet documents).
 * Runs only with {@code -Dseisaku.renderScale=true}: it takes the machine's cores for a while.
 */
class SiteRenderScaleTest {
  @TempDir
  Path tmp;

  @Test
  void rendersFiveThousandProgramsAndFifteenThousandDocuments() throws Exception {
    String scale = System.getProperty("seisaku.renderScale", "");
    Assumptions.assumeTrue(!scale.isEmpty() && !scale.equals("false"), "set -Dseisaku.renderScale=true (or a fraction) to run");
    double f = scale.equals("true") ? 1.0 : Double.parseDouble(scale);
    int n = (int) (5000 * f);
    int maxDocs = (int) (15000 * f);
    String[] ministries = {"soumu", "mof", "nta", "mlit"};
    List<Program> programs = new ArrayList<>();
    List<Document> documents = new ArrayList<>();
    Map<String, List<String>> documentPrograms = new TreeMap<>();
    Map<String, List<String>> related = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      String id = "p" + i;
      String ministry = ministries[i % ministries.length];
      List<ProgramYear> years = new ArrayList<>();
      for (int fy = 2015 + (i % 3); fy <= 2023; fy++) {
        String path = "data/" + fy + "/" + ministry + "/" + i + ".json";
        List<BudgetItem> items = new ArrayList<>();
        for (int y = fy - 2; y <= fy; y++) {
          items.add(RenderFixture.item(y, BudgetKind.INITIAL, (100 + i % 97 + y - fy) + "百万円", fy, RenderFixture.sheet(path, "予算[" + y + "].当初予算")));
          items.add(RenderFixture.item(y, BudgetKind.SUPPLEMENTARY, (i % 5) + "百万円", fy, RenderFixture.sheet(path, "予算[" + y + "].補正予算")));
          items.add(RenderFixture.item(y, BudgetKind.EXECUTED, (90 + i % 89) + "百万円", fy, RenderFixture.sheet(path, "予算[" + y + "].執行額")));
        }
        items.add(RenderFixture.item(fy + 1, BudgetKind.REQUEST, (120 + i % 7) + "百万円", fy, RenderFixture.sheet(path, "予算[x].要求額")));
        String slug = fy % 5 < 3 && documents.size() < maxDocs ? "judgit-" + fy + "-" + ministry + "-" + i : null;
        ProgramYear py = new ProgramYear("judgit:" + path, new FiscalYear(fy), ministry, "事業" + i + "番の整備推進費", items,
            new Provenance("judgit", path, 0, null), SourceIds.NONE, slug);
        years.add(py);
        if (slug != null) {
          documents.add(new Document(slug, "事業" + i + "番の整備推進費（" + fy + "年度）", ministry, new FiscalYear(fy), null, "レビューシート",
              null, List.of(py.key()), "## 事業の目的\n\n事業" + i + "番の整備推進費により地域の基盤を整える。事業" + (i + 1)
                  + "番の整備推進費と連携する。\n\n## 事業概要\n\n" + "補助金を交付する。".repeat(40) + "\n",
              new Provenance("judgit", path, 0, null), SiteRenderer.JUDGIT_LICENSE));
          documentPrograms.put(slug, List.of(id));
        }
      }
      programs.add(RenderFixture.program(id, ministry, years, null));
      related.put(id, List.of("p" + ((i + 1) % n), "p" + ((i + 7) % n)));
    }
    programs.sort(java.util.Comparator.comparing(Program::id));
    documents.sort(java.util.Comparator.comparing(Document::slug));
    SiteModel model = new SiteModel(RenderFixture.config(), RenderFixture.ministries(), programs, documents, Map.of(),
        documentPrograms, related);
    SiteRenderer renderer = new SiteRenderer(null);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    renderer.render(model, tmp.resolve("site"));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    long cpuMs = (os.getProcessCpuTime() - cpu0) / 1_000_000;
    long files;
    try (var s = Files.walk(tmp.resolve("site"))) {
      files = s.filter(Files::isRegularFile).count();
    }
    System.out.println("scale render: " + programs.size() + " programs, " + documents.size() + " documents, " + files + " files in "
        + ms + " ms wall, " + cpuMs + " ms CPU on " + Runtime.getRuntime().availableProcessors() + " cores");
    assertTrue(ms < 300_000, "render took " + ms + " ms");
  }
}
