package org.seisaku.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seisaku.model.SynonymGroup;
import org.seisaku.model.SynonymGroup.Word;

class SynonymsTest {
  /** Of 10,000 documents: 医師 in 1 %, 価格 in 2 %, 金額 in 30 % (too common), 土地, 詐欺, 特殊 rarer. */
  static final Vocabulary VOCABULARY = new Vocabulary(Map.of("医師", 461, "価格", 391, "金額", 120, "土地", 300,
      "詐欺", 600, "特殊", 500, "値段", 700, "医者", 800, "マネー", 700));

  static Synonyms table(List<SynonymGroup> groups) {
    return Synonyms.of(groups, VOCABULARY, 10_000, Set.of("特殊 詐欺")::contains);
  }

  /** The expansions of a text, cut by {@link #VOCABULARY}. */
  static List<String> expand(Synonyms s, String text) {
    return s.expand(text, QueryTerms.words(text, VOCABULARY));
  }

  static SynonymGroup group(String... words) {
    return new SynonymGroup(List.of(words).stream().map(w -> new Word(w, true, true)).toList(), "test:1", false);
  }

  @Test
  void aWordFindsTheOtherWordsOfItsGroupThatTheIndexHas() {
    Synonyms s = table(List.of(group("医者", "医師", "ドクトル")));
    assertEquals(List.of("医師"), s.targets("医者"), "ドクトル is in no document");
    assertEquals(List.of("医者"), s.targets("医師"));
    assertEquals(List.of("医師"), expand(s, "医者"));
  }

  @Test
  void veryCommonWordsAreNeverTargets() {
    Synonyms s = table(List.of(group("値段", "価格", "金額")));
    assertEquals(List.of("価格"), s.targets("値段"), "金額 is in 30 % of the documents");
  }

  @Test
  void oneWayLinesAndTriggersOfSeveralWords() {
    SynonymGroup oneWay = new SynonymGroup(List.of(new Word("オレオレ詐欺", true, false), new Word("特殊詐欺", false, true)), "t:1", true);
    Synonyms s = table(List.of(oneWay));
    assertEquals(List.of("特殊詐欺"), s.targets("オレオレ詐欺"), "the trigger's normalised text");
    assertEquals(List.of(), s.targets("特殊詐欺"), "one way");
    assertEquals(List.of("特殊詐欺対策"), expand(s, "オレオレ詐欺対策"));
  }

  @Test
  void aWordTheSiteChoseIsATargetHoweverCommon() {
    SynonymGroup chosen = new SynonymGroup(List.of(new Word("値段", true, false), new Word("金額", false, true)), "t:1", true);
    assertEquals(List.of("金額"), table(List.of(chosen)).targets("値段"));
  }

  @Test
  void aGroupWithNoWordInTheIndexIsDropped() {
    assertEquals(0, table(List.of(group("ドクトル", "ドク"))).size());
  }

  @Test
  void expandsOneTriggerAtATimeLongestFirst() {
    Synonyms s = new Synonyms(Map.of("土地", List.of("用地"), "値段", List.of("価格", "料金"), "土地の値段", List.of("地価")));
    assertEquals(List.of("地価"), expand(s, "土地の値段"), "the longest trigger wins");
    assertEquals(List.of("用地"), expand(s, "土地の"), "without the particles the cut drops");
    assertEquals(List.of("用地価格"), expand(s, "土地価格"));
    assertEquals(List.of("価格土地", "料金土地", "値段用地"), expand(s, "値段の土地"));
  }

  @Test
  void aTriggerIsFoundInTheTextButNeverInsideAWordOfTheIndex() {
    Synonyms s = new Synonyms(Map.of("お巡りさん", List.of("警察官"), "金", List.of("マネー")));
    assertEquals(List.of("警察官の研修"), expand(s, "お巡りさんの研修"), "巡 and りさんの are no words: the cut knows nothing there");
    assertEquals(List.of(), expand(s, "金額"), "金 is inside the word 金額");
    assertEquals(List.of("土地マネー"), expand(s, "土地の金"));
  }

  @Test
  void theIndexsKanaSpellingsFindEachOther() {
    // of 10,000 documents: ごみ and ゴミ both written; 紙おむつ one word, 紙オムツ the words 紙 and オムツ next to each other;
    // 地域おこし with no オコシ anywhere; ない in half the documents
    Vocabulary v = new Vocabulary(Map.of("ごみ", 500, "ゴミ", 600, "紙おむつ", 800, "紙", 400, "オムツ", 700,
        "地域おこし", 500, "地域", 100, "ない", 69, "ナイ", 900));
    Synonyms s = Synonyms.of(Synonyms.kanaSpellings(v, 10_000), v, 10_000, Set.of("紙 オムツ")::contains);
    assertEquals(List.of("ごみ"), s.targets("ゴミ"));
    assertEquals(List.of("ゴミ"), s.targets("ごみ"));
    assertEquals(List.of("紙オムツ"), s.targets("紙おむつ"), "a phrase of the index's words");
    // without the particles the cut drops, as every expansion
    assertEquals(List.of("紙オムツ捨てる"), s.expand("紙おむつを捨てる", QueryTerms.words("紙おむつを捨てる", v)));
    assertEquals(List.of(), s.targets("地域おこし"), "オコシ is no word of the index");
    assertEquals(List.of(), s.targets("ない"), "in half the documents: no spelling worth a search");
  }

  @Test
  void aDictionarysTriggerOfOneCharacterIsNoTrigger() {
    assertEquals(List.of(), table(List.of(group("金", "マネー"))).targets("金"), "金 is money, gold and Friday");
    SynonymGroup chosen = new SynonymGroup(List.of(new Word("金", true, false), new Word("マネー", false, true)), "t:1", true);
    assertEquals(List.of("マネー"), table(List.of(chosen)).targets("金"), "the site may choose one");
  }

  @Test
  void theTableKeepsTheCreditsOfTheDictionariesItUses() {
    SynonymGroup sudachi = new SynonymGroup(List.of(new Word("医者", true, true), new Word("医師", true, true)), "s:1", false,
        "Sudachi");
    SynonymGroup unused = new SynonymGroup(List.of(new Word("ドクトル", true, true), new Word("ドク", true, true)), "o:1", false,
        "Other");
    assertEquals(List.of("Sudachi"), table(List.of(sudachi, unused)).credits(), "Other gave no target");
    assertEquals(List.of(), table(List.of(group("医者", "医師"))).credits(), "the site's own list asks for no credit");
  }

  @Test
  void theTableSurvivesJson() throws IOException {
    Synonyms s = new Synonyms(Map.of("値段", List.of("価格", "料金"), "オレオレ詐欺", List.of("特殊詐欺")));
    Synonyms back = Synonyms.parse(s.json());
    assertEquals(s.all(), back.all());
    assertEquals("{\"オレオレ詐欺\":[\"特殊詐欺\"],\"値段\":[\"価格\",\"料金\"]}", s.json());
    assertEquals(0, Synonyms.parse(null).size());
    assertTrue(expand(Synonyms.empty(), "値段").isEmpty());
  }
}
