package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seisaku.diag.Problem;
import org.seisaku.diag.Problems;
import org.seisaku.model.SynonymGroup;
import org.seisaku.model.SynonymGroup.Word;
import org.seisaku.testing.Requirements;

class SynonymReaderTest {
  @Test
  void readsGroupsAndOneWayLinesOfTheProjectList() {
    Problems p = new Problems();
    List<SynonymGroup> groups = SynonymReader.parseProject("""
        # a comment

        医者, お医者さん、医師
        オレオレ詐欺, 振り込め詐欺 => 特殊詐欺
        """, "content/synonyms.txt", p);
    assertTrue(p.isEmpty(), p.sorted().toString());
    assertEquals(List.of(new Word("医者", true, true), new Word("お医者さん", true, true), new Word("医師", true, true)),
        groups.get(0).words());
    assertEquals("content/synonyms.txt:3", groups.get(0).where());
    assertEquals(List.of(new Word("オレオレ詐欺", true, false), new Word("振り込め詐欺", true, false),
        new Word("特殊詐欺", false, true)), groups.get(1).words());
  }

  @Test
  void aGroupTooLargeToExpandIsAPathLineError() {
    Problems p = new Problems();
    StringBuilder big = new StringBuilder("医者, 医師\n");
    for (int i = 0; i < 1_001; i++) big.append(i == 0 ? "" : ", ").append("語").append(i);
    List<SynonymGroup> groups = SynonymReader.parseProject(big + "\n", "content/synonyms.txt", p);
    assertEquals(List.of("content/synonyms.txt:2: a synonym group of 1,001 words (at most 1,000): each word would expand to all the others"),
        p.sorted().stream().map(Problem::toString).toList());
    assertEquals(1, groups.size(), "the other groups are read");
    Problems many = new Problems();
    StringBuilder lines = new StringBuilder();
    for (int g = 0; g < 21; g++) {
      for (int i = 0; i < 1_000; i++) lines.append(i == 0 ? "" : ", ").append("語").append(g).append('_').append(i);
      lines.append('\n');
    }
    assertEquals(List.of(), SynonymReader.parseProject(lines.toString(), "content/synonyms.txt", many));
    assertTrue(many.sorted().get(0).toString().contains("relate 21,000,000 pairs of words (at most 20,000,000)"), many.sorted().toString());
  }

  @Test
  void badLinesArePathLineErrors() {
    Problems p = new Problems();
    List<SynonymGroup> groups = SynonymReader.parseProject("""
        医者,,医師
        a => b => c
        => 警察官
        医師
        ？！, 医師
        警官 => 警察官
        """, "content/synonyms.txt", p);
    assertEquals(1, groups.size(), "only the good line is kept");
    List<String> messages = p.sorted().stream().map(Problem::toString).toList();
    assertEquals(5, messages.size(), messages.toString());
    for (int line = 1; line <= 5; line++) {
      String prefix = "content/synonyms.txt:" + line + ":";
      assertTrue(messages.stream().anyMatch(m -> m.contains(prefix)), prefix + " in " + messages);
    }
    assertTrue(p.hasErrors());
  }

  @Test
  void readsSudachiFlagsAndForms() {
    Problems p = new Problems();
    List<SynonymGroup> groups = SynonymReader.parseSudachi("""
        000536,1,0,1,0,0,0,(人),医師,,
        000536,1,0,2,0,0,0,(人),医者,,
        000536,1,1,3,0,0,0,(人),ドクター,,
        000536,1,2,3,0,2,0,(人),ドク,,

        000700,1,0,1,0,0,0,(),誤用元,,
        000700,1,0,1,4,0,0,(),誤用,,

        000701,1,0,1,0,0,0,(),ひとつ,,
        """, "sudachi-synonyms.txt", p);
    assertTrue(p.isEmpty(), p.sorted().toString());
    assertEquals(2, groups.size(), "a group of one word is dropped");
    assertEquals(List.of(new Word("医師", true, true), new Word("医者", true, true), new Word("ドクター", false, true)),
        groups.get(0).words(), "flag 1: never a trigger; flag 2: dropped");
    assertEquals(new Word("誤用", true, false), groups.get(1).words().get(1), "a misuse is never searched for");
    assertEquals("sudachi-synonyms.txt:1", groups.get(0).where());
  }

  @Test
  void aMissingDictionaryIsAnError() {
    Problems p = new Problems();
    assertEquals(List.of(), SynonymReader.sudachi(Path.of("no/such/folder"), p));
    assertTrue(p.hasErrors());
  }

  @Test
  void readsTheSharedSudachiDictionary() {
    Path dir = Requirements.sharedFolder().resolve("corpus").resolve("synonyms");
    Requirements.corpus();
    Problems p = new Problems();
    List<SynonymGroup> groups = SynonymReader.sudachi(dir, p);
    assertTrue(p.isEmpty(), p.sorted().toString());
    assertTrue(groups.size() > 20_000, groups.size() + " groups");
    assertTrue(groups.stream().anyMatch(g -> g.words().stream().anyMatch(w -> w.text().equals("医者"))
        && g.words().stream().anyMatch(w -> w.text().equals("医師"))), "医者 and 医師 in one group");
  }

  @Test
  void theBundledProjectListIsValid() {
    Problems p = new Problems();
    List<SynonymGroup> groups = SynonymReader.project(Path.of("content"), p);
    assertTrue(p.isEmpty(), p.sorted().toString());
    assertTrue(groups.size() >= 50, groups.size() + " groups");
  }
}
