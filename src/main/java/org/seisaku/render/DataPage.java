package org.seisaku.render;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.seisaku.model.Document;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.render.Reads.Kind;
import org.seisaku.render.Views.Fact;

/**
 * {@code data/index.html}: the files of {@code data/} with their sizes, the licence of each source, and the credits
 * of the synonym dictionaries the search expands with.
 */
final class DataPage implements PageKind {
  private final DataFiles.Summary files;

  /** @param files what the data-files stage wrote */
  DataPage(DataFiles.Summary files) {
    this.files = files;
  }

  /** The data files (sizes, counts), and every program and document (their sources, for the licences). */
  static Reads.Builder reads() {
    return Reads.site().add(Kind.DATA_FILES).add(Kind.ALL_PROGRAMS).add(Kind.ALL_DOCUMENTS).add(Kind.SEARCH_CREDITS);
  }

  @Override
  public List<Page> pages(SiteIndex ix) {
    return List.of(Page.html(ix, "data/", "data.ftlh", "data", "データ", reads(), () -> view(ix)));
  }

  private Views.DataPage view(SiteIndex ix) {
    Set<String> programSources = new TreeSet<>();
    for (Program p : ix.programs.values()) for (ProgramYear py : p.years()) programSources.add(py.provenance().source());
    // the figures and programs are the sources' data, under their licences; ids and redirects are the site's own
    List<String> figures = programSources.stream().map(s -> credit(ix, s)).distinct().toList();
    List<String> own = List.of(ix.ownContent());
    List<Views.DataFile> list = new java.util.ArrayList<>(List.of(
        file("budget.csv", "予算額（事業×年度×区分ごとに有効な額）。UTF-8（BOM 付き）、RFC 4180 形式の CSV。", figures),
        file("budget.json", "budget.csv と同じ行の JSON 配列（programId, fiscalYear, kind, amountYen, qualifier, source, path）。", figures),
        file("programs.json", "事業の一覧（id, name, names, ministry, fiscalYears, url, sheets）。id 順。", figures),
        file("redirects.json", "統合・分割で変わった事業 id（旧 id → 現在の id）。", own),
        file("program-keys.json", "事業 id ごとの事業年度のキー（出典:ファイル#年度:事業名）。次の更新で id を保つために使います。", own)));
    for (String name : files.sizes().keySet()) {
      if (!name.startsWith("years/")) continue;
      String year = name.split("/")[1];
      list.add(file(name, year + "年度の行だけの " + (name.endsWith(".csv") ? "budget.csv" : "budget.json") + "。", figures));
    }
    Set<String> sources = new TreeSet<>(programSources);
    for (Document d : ix.documents.values()) if (d.provenance() != null) sources.add(d.provenance().source());
    List<Fact> licenses = sources.stream().map(s -> new Fact(s, credit(ix, s), null)).toList();
    return new Views.DataPage(list, licenses, files.programs(), files.figures(), ix.model.searchCredits());
  }

  /** The credit of a source's data: its licence, or the site's own content. */
  private static String credit(SiteIndex ix, String source) {
    return SiteIndex.licenseOf(source) != null ? SiteIndex.licenseOf(source) : ix.ownContent();
  }

  private Views.DataFile file(String name, String description, List<String> licenses) {
    return new Views.DataFile(name, name, description, size(files.bytes(name)), licenses);
  }

  /** 512 → 「512 B」, 2048 → 「2.0 KB」, 3,500,000 → 「3.3 MB」. */
  static String size(long bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
