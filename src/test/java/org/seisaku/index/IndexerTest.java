package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.link.LinkResult;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.model.Provenance;

class IndexerTest {
  @TempDir Path tmp;

  private static List<String> storedIds(Path dir) throws IOException {
    try (var d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
      StoredFields sf = r.storedFields();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < r.maxDoc(); i++) out.add(sf.document(i).get(Fields.TYPE) + ":" + sf.document(i).get(Fields.ID));
      return out;
    }
  }

  private static List<String> siblings(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.getParent())) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void programsThenDocumentsInStableOrder() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Path index = tmp.resolve("a/index");
    Indexer.write(index, f.corpus(), f.linked());
    List<String> ids = storedIds(index);
    assertEquals("program:cao-bousai", ids.get(0));
    assertEquals(8 + 9 + 2, ids.size(), ids.toString());
    Path again = tmp.resolve("b/index");
    Indexer.write(again, f.corpus(), f.linked());
    assertEquals(ids, storedIds(again));
    assertEquals(List.of("index"), siblings(index), "no temporary folder is left behind");
  }

  @Test
  void partsOfThePreviousIndexAreTakenWhenTheirDocumentsAreTheSame() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Path first = Files.createDirectories(tmp.resolve("first"));
    Indexer.writeInto(first, f.corpus(), f.linked(), () -> "b1", null, "basis");
    Path second = Files.createDirectories(tmp.resolve("second"));
    Indexer.writeInto(second, f.corpus(), f.linked(), () -> "b1", first, "basis");
    assertEquals(storedIds(first), storedIds(second));
    List<Path> parts;
    try (Stream<Path> s = Files.walk(second.resolve(Indexer.PARTS))) {
      parts = s.filter(Files::isRegularFile).toList();
    }
    assertTrue(!parts.isEmpty());
    for (Path p : parts) {
      assertTrue(Files.isSameFile(p, first.resolve(second.relativize(p).toString())), p + " linked, not written again");
    }
    Path otherBasis = Files.createDirectories(tmp.resolve("other"));
    Indexer.writeInto(otherBasis, f.corpus(), f.linked(), () -> "b1", first, "another basis");
    try (Stream<Path> s = Files.list(otherBasis.resolve(Indexer.PARTS))) {
      assertTrue(s.noneMatch(p -> Files.exists(first.resolve(Indexer.PARTS).resolve(p.getFileName().toString()))),
          "parts of another basis are not taken");
    }
    assertEquals(storedIds(first), storedIds(otherBasis));
  }

  /** The standard fixture and 60 documents more, two of whose ids end a group of parts, each with {@code edit}ed text. */
  private static IndexFixture grouped(java.util.function.UnaryOperator<String> edit) {
    IndexFixture f = IndexFixture.standard();
    int found = 0;
    for (int k = 0; found < 2; k++) {
      String slug = "cut-" + k;
      if (Math.floorMod(slug.hashCode(), Indexer.PART_CUT * Indexer.GROUP_CUT) != 0) continue;
      found++;
      f.markdown(slug, "区切り" + k, "soumu", 2020, "概要", edit.apply(slug + " 地域の話。"), "soumu-kyoryokutai");
    }
    for (int i = 0; i < 60; i++) {
      String slug = String.format("memo-%02d", i);
      f.markdown(slug, "メモ" + i, "cao", 2021, "概要", edit.apply(slug + " 防災の話。"), "cao-bousai");
    }
    return f;
  }

  @Test
  void anEditMergesAgainOnlyTheGroupOfItsPart() throws IOException {
    IndexFixture f = grouped(t -> t);
    Path first = Files.createDirectories(tmp.resolve("first"));
    Indexer.writeInto(first, f.corpus(), f.linked(), () -> "b1", null, "basis");
    IndexFixture edited = grouped(t -> t.startsWith("memo-07 ") ? t + "追記。" : t);
    Path second = Files.createDirectories(tmp.resolve("second"));
    Indexer.writeInto(second, edited.corpus(), edited.linked(), () -> "b2", first, "basis");
    Path whole = Files.createDirectories(tmp.resolve("whole"));
    Indexer.writeInto(whole, edited.corpus(), edited.linked(), () -> "b2", null, "basis");

    List<Path> groups;
    try (Stream<Path> s = Files.list(second.resolve(Indexer.GROUPS))) {
      groups = s.sorted().toList();
    }
    assertTrue(groups.size() >= 3, "groups: " + groups);
    long taken = groups.stream().filter(g -> Files.isDirectory(first.resolve(Indexer.GROUPS).resolve(g.getFileName()))).count();
    assertEquals(groups.size() - 1, taken, "all groups but the edited document's are taken from the first index");
    for (Path g : groups) {
      Path before = first.resolve(Indexer.GROUPS).resolve(g.getFileName());
      if (!Files.isDirectory(before)) continue;
      try (Stream<Path> s = Files.list(g)) {
        for (Path file : s.toList()) assertTrue(Files.isSameFile(file, before.resolve(file.getFileName())), file + " linked");
      }
    }
    try (Directory d = FSDirectory.open(second); DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(1, r.leaves().size(), "the groups merged into one segment");
    }
    assertEquals(storedIds(whole), storedIds(second));
  }

  /** The index's commit data says whether its synonyms come from a dictionary that asks for a credit (Sudachi's). */
  @Test
  void theCommitDataKeepsTheCreditsOfTheSynonymDictionariesItExpandsWith() throws IOException {
    IndexFixture f = IndexFixture.standard();
    Path plain = tmp.resolve("plain");
    Indexer.write(plain, f.corpus(), f.linked());
    assertEquals(List.of(), Indexer.synonymCredits(plain), "the fixture's own list asks for no credit");
    org.seisaku.source.Corpus c = f.corpus();
    List<org.seisaku.model.SynonymGroup> groups = new ArrayList<>(c.synonyms());
    groups.add(new org.seisaku.model.SynonymGroup(List.of(new org.seisaku.model.SynonymGroup.Word("研修会", true, true),
        new org.seisaku.model.SynonymGroup.Word("研修", true, true)), "sudachi:1", false,
        org.seisaku.source.SynonymReader.SUDACHI_CREDIT));
    Path sudachi = tmp.resolve("sudachi");
    Indexer.write(sudachi, new org.seisaku.source.Corpus(c.config(), c.ministries(), c.curated(), c.programYears(),
        c.documents(), groups), f.linked());
    assertEquals(List.of(org.seisaku.source.SynonymReader.SUDACHI_CREDIT), Indexer.synonymCredits(sudachi));
  }

  @Test
  void aSecondWriteReplacesTheFirst() throws IOException {
    Path index = tmp.resolve("index");
    IndexFixture f = IndexFixture.standard();
    Indexer.write(index, f.corpus(), f.linked());
    IndexFixture g = new IndexFixture().program("soumu-new", "soumu", "新しい事業", BudgetKind.INITIAL,
        IndexFixture.sheet(2024, "新しい取組を行う。"));
    Indexer.write(index, g.corpus(), g.linked());
    assertEquals(List.of("program:soumu-new", "document:judgit-2024-soumu-new"), storedIds(index));
    try (Searcher s = Searcher.open(index)) {
      assertEquals(0, s.search(SearchRequest.of("協力隊")).total());
      assertEquals(1, s.search(SearchRequest.of("新しい")).total());
    }
    assertEquals(List.of("index"), siblings(index));
  }

  @Test
  void aFailedWriteLeavesThePreviousIndexWhole() throws IOException {
    Path index = tmp.resolve("index");
    IndexFixture f = IndexFixture.standard();
    Indexer.write(index, f.corpus(), f.linked());
    List<String> before = storedIds(index);
    List<Program> broken = new ArrayList<>(f.linked().programs());
    Program p = broken.get(0);
    broken.add(new Program(null, p.ministryId(), p.years(), p.rules(), null)); // no id: cannot be indexed
    LinkResult bad = new LinkResult(broken, f.linked().redirects(), f.linked().documentPrograms());
    assertThrows(RuntimeException.class, () -> Indexer.write(index, f.corpus(), bad));
    assertEquals(before, storedIds(index));
    assertEquals(List.of("index"), siblings(index));
    try (Searcher s = Searcher.open(index)) {
      assertEquals("soumu-kyoryokutai", s.search(SearchRequest.of("協力隊")).hits().get(0).id());
    }
  }

  @Test
  void aFolderThatIsNoIndexIsNeverReplaced() throws IOException {
    Path mine = tmp.resolve("my-notes");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("notes.txt"), "大事なメモ");
    IndexFixture f = IndexFixture.standard();
    IOException e = assertThrows(IOException.class, () -> Indexer.write(mine, f.corpus(), f.linked()));
    assertTrue(e.getMessage().contains("refusing to replace it"), e.getMessage());
    assertEquals("大事なメモ", Files.readString(mine.resolve("notes.txt")));
    Path empty = tmp.resolve("empty");
    Files.createDirectories(empty);
    Indexer.write(empty, f.corpus(), f.linked()); // an empty folder is fine
    Indexer.write(empty, f.corpus(), f.linked()); // and so is an earlier index
  }

  @Test
  void openingWhatIsNoIndexSaysSo() {
    IOException e = assertThrows(IOException.class, () -> Searcher.open(tmp.resolve("nothing")));
    assertTrue(e.getMessage().contains("no search index"), e.getMessage());
  }

  @Test
  void programTextIsBoundedAndEachParagraphOnce() {
    assertEquals(IndexDocuments.MAX_TEXT_CHARS, IndexDocuments.bounded("あ".repeat(30_000)).length());
    IndexFixture f = IndexFixture.standard();
    IndexDocuments docs = new IndexDocuments(f.corpus(), f.linked());
    Program p = f.linked().programs().stream().filter(x -> x.id().equals("soumu-kyoryokutai")).findFirst().orElseThrow();
    String text = docs.programText(p);
    assertEquals(1, text.split("住民票", -1).length - 1, text);
    assertTrue(text.startsWith("事業の目的"), text);
  }

  @Test
  void aZeroSupplementaryIsNoKindTheProgramHas() {
    // review sheets write 0 for every kind they do not use: the kind facet counts only figures a program has
    IndexFixture f = IndexFixture.standard();
    IndexDocuments docs = new IndexDocuments(f.corpus(), f.linked());
    Program p = f.linked().programs().stream().filter(x -> x.id().equals("soumu-teijuu")).findFirst().orElseThrow();
    ProgramYear py = p.years().get(0);
    Provenance at = py.provenance();
    List<BudgetItem> items = List.of(py.items().get(0),
        new BudgetItem(py.fiscalYear(), BudgetKind.SUPPLEMENTARY, Amount.exact(0L), "0.0", 2009, null, null, at),
        new BudgetItem(py.fiscalYear(), BudgetKind.CARRIED_IN, Amount.exact(0L), "0.0", 2009, null, null, at),
        new BudgetItem(py.fiscalYear(), BudgetKind.EXECUTED, Amount.exact(0L), "0.0", 2009, null, null, at));
    Program withZeros = new Program(p.id(), p.ministryId(), List.of(new ProgramYear(py.key(), py.fiscalYear(), py.ministryId(),
        py.name(), items, at, py.ids(), py.documentSlug())), p.rules(), p.curated());
    assertEquals(List.of("executed", "initial"), List.of(docs.program(withZeros).getValues(Fields.BUDGET_KIND)),
        "a zero 執行 is information; a zero 補正 or 繰越 is a blank");
  }

  @Test
  void markdownBecomesText() {
    assertEquals("見出し\n\n本文のリンク と 強調 。\n\n項目\n\n列\n値",
        IndexDocuments.plainText("# 見出し\n\n本文の[リンク](https://example.jp/a) と **強調** 。\n\n- 項目\n\n| 列 |\n|---|\n| 値 |"));
  }

  @Test
  void sheetTextHasNoStrayBackslashes() {
    assertEquals("実現するもの。\n安全で <確保> & *重点*", IndexDocuments.plainText("実現するもの。\\\n安全で \\<確保\\> \\& \\*重点\\*"));
  }
}
