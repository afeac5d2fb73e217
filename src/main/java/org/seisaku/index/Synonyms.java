package org.seisaku.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.seisaku.model.SynonymGroup;

/**
 * Query-time synonyms: the words a query's words also find, from the synonym lists of the build
 * ({@code content/synonyms.txt}, Sudachi's dictionary), cut to what the index can use. Made when the index is
 * written ({@link #of}) and kept in its commit data ({@link Fields#SYNONYMS_KEY}), so a search needs no list; the
 * browser gets the same table with the static index.
 *
 * <h2>The table</h2>
 *
 * A trigger is its normalised text ({@link QueryText#normalise}; at most {@link #MAX_TRIGGER_CHARS} characters, and
 * from a dictionary at least {@link #MIN_DICTIONARY_TRIGGER}); its targets are the normalised texts of the other
 * words of its groups that the index has. A group is kept when at least {@link #MIN_PRESENT} of its words occur in the index (its terms
 * that the index knows ({@link #known}): one in a word field, or each pair of neighbours in {@code title_pair} or
 * {@code text_pair});
 * a word that only triggers (Sudachi's "never expanded to" misuses, the left side of a one-way line) need not
 * occur. Never a target: a word no index document has, or, from a dictionary, one whose rarest term is in more
 * than {@link #MAX_SHARE} of the documents (額, 金額: a group of very common words would drown the query; the
 * words of {@code content/synonyms.txt} were chosen by the site, 高齢者 for お年寄り, and are kept). A trigger
 * keeps at most {@link #MAX_TARGETS} targets, in the lists' order (the project list first, then each group's
 * representative first).
 *
 * <pre>
 *   医者    → 医師                     (Sudachi: 医師 医者 ドクター …)
 *   値段    → 価格, 料金, 代金           (額, 金額: too common)
 *   オレオレ詐欺 → 特殊詐欺              (content/synonyms.txt: オレオレ詐欺 => 特殊詐欺)
 * </pre>
 *
 * <h2>Expanding a query part ({@link #expand})</h2>
 *
 * Triggers are found in the part's normalised text, read from the left (the longest trigger first), where they
 * begin and end at offsets the vocabulary's cut of the text leaves aligned ({@link QueryTerms.Words#aligned}): never
 * inside a word of the index (金 of 支援金), but anywhere in a run the vocabulary does not know, so a trigger is
 * found in a sentence however the vocabulary cut it (お巡りさんの研修 is cut 巡 / りさんの / 研修, and お巡りさん is
 * found). The part is also searched as its text with the trigger replaced by each target (and without the
 * characters the cut drops: particles, separators), one replacement at a time, at most {@link #MAX_EXPANSIONS}:
 * 土地の値段 → 土地価格, 土地料金 … {@link Queries} matches such a
 * spelling by its words in titles and texts (and its bigrams in theirs), at {@link #WEIGHT} of the typed words; when
 * the search relaxes, a phrase trigger's targets stand for its words. search.js does the same on the
 * same table (its {@code y/} shards, by the trigger's first character).
 */
public final class Synonyms {
  /** An expanded spelling's score against the typed one's. */
  public static final float WEIGHT = 0.5f;
  /** A group is kept when at least this many of its words occur in the index. */
  public static final int MIN_PRESENT = 1;
  /** A target whose rarest term is in more than this share of the documents (and {@link #COMMON_DOCS}) is left out. */
  public static final double MAX_SHARE = 0.05;
  /** A word in fewer documents than this is never too common (in a small site every word is in 5 % of it). */
  public static final int COMMON_DOCS = 100;
  /** Targets kept per trigger. */
  public static final int MAX_TARGETS = 8;
  /** Characters of the longest trigger. */
  public static final int MAX_TRIGGER_CHARS = 16;
  /**
   * A dictionary's trigger has at least this many characters: one character is too many words (金 is money, gold
   * and Friday; す of 貸す is no 寿司). The site's own list may have one (薬).
   */
  public static final int MIN_DICTIONARY_TRIGGER = 2;
  /** Expanded spellings of one part, at most (each adds clauses to the query). */
  public static final int MAX_EXPANSIONS = 12;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, List<String>> table;
  private final List<String> credits;

  Synonyms(Map<String, List<String>> table) {
    this(table, List.of());
  }

  private Synonyms(Map<String, List<String>> table, java.util.Collection<String> credits) {
    this.table = new TreeMap<>(table);
    this.credits = List.copyOf(new java.util.TreeSet<>(credits));
  }

  public static Synonyms empty() {
    return new Synonyms(Map.of());
  }

  /**
   * The table of these groups for an index.
   *
   * @param vocabulary the index's words (to cut words into terms, and their document frequencies)
   * @param docs the documents of the index
   * @param pairOccurs whether a pair of terms ("a b") occurs in a title or a text of the index
   */
  public static Synonyms of(List<SynonymGroup> groups, Vocabulary vocabulary, int docs, Predicate<String> pairOccurs) {
    return of(groups, vocabulary, docs, pairOccurs, MIN_PRESENT, MAX_SHARE, MAX_TARGETS);
  }

  /** {@link #of} with other limits (to measure them). */
  static Synonyms of(List<SynonymGroup> groups, Vocabulary vocabulary, int docs, Predicate<String> pairOccurs,
      int minPresent, double maxShare, int maxTargets) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    Set<String> credits = new java.util.TreeSet<>();
    // the cost (Vocabulary.cost) of a word in maxShare of the documents, or in COMMON_DOCS if that is more
    int minCost = commonCost(docs, maxShare);
    Map<String, Cut> cuts = new HashMap<>();
    for (SynonymGroup g : groups) {
      List<Cut> words = new ArrayList<>();
      int present = 0;
      for (SynonymGroup.Word w : g.words()) {
        Cut c = cuts.computeIfAbsent(w.text(), t -> Cut.of(t, vocabulary, pairOccurs));
        words.add(c);
        if (c.occurs()) present++;
      }
      if (present < minPresent) continue;
      for (int i = 0; i < words.size(); i++) {
        Cut trigger = words.get(i);
        if (!g.words().get(i).trigger() || trigger.key().isEmpty() || trigger.text().length() > MAX_TRIGGER_CHARS) continue;
        if (!g.chosen() && trigger.text().length() < MIN_DICTIONARY_TRIGGER) continue;
        for (int j = 0; j < words.size(); j++) {
          Cut target = words.get(j);
          if (j == i || !g.words().get(j).target() || !target.occurs() || target.key().equals(trigger.key())) continue;
          if (!g.chosen() && target.rarest() < minCost) continue;
          Set<String> ts = out.computeIfAbsent(trigger.text(), k -> new LinkedHashSet<>());
          if (ts.size() < maxTargets && ts.add(target.text()) && g.credit() != null) credits.add(g.credit());
        }
      }
    }
    Map<String, List<String>> table = new HashMap<>();
    out.forEach((k, v) -> {
      if (!v.isEmpty()) table.put(k, List.copyOf(v));
    });
    return new Synonyms(table, credits);
  }

  /**
   * The index's own kana spellings, as groups of no list: each word of the vocabulary with two kana or more, with
   * the spelling that writes its hiragana in katakana and its katakana in hiragana, so that ゴミ finds the sheets
   * that write ごみ and 紙おむつ those that write 紙オムツ (the index keeps both as they are written): when the other
   * spelling is words of the index, all of them, and {@link #of} finds it occurs (as a word, or as a phrase of words
   * next to each other: 紙 オムツ). Not the words in more than {@link #MAX_SHARE} of the documents (ない, する): a group
   * of no list follows a dictionary's limits.
   */
  static List<SynonymGroup> kanaSpellings(Vocabulary vocabulary, int docs) {
    int minCost = commonCost(docs, MAX_SHARE);
    List<SynonymGroup> out = new ArrayList<>();
    vocabulary.all().forEach((word, cost) -> {
      if (cost < minCost || word.chars().filter(c -> QueryText.isKana((char) c)).count() < 2) return;
      String other = QueryText.swapKana(word);
      if (other.equals(word)) return;
      // the other spelling whole, in words the index has (地域オコシ is no spelling of the index: オコシ is no word)
      List<String> words = QueryTerms.words(other, vocabulary, false).words();
      if (known(words, vocabulary).size() < words.size()) return;
      out.add(new SynonymGroup(List.of(new SynonymGroup.Word(word, true, true), new SynonymGroup.Word(other, true, true)),
          "kana:" + word, false));
    });
    return out;
  }

  /** The cost (Vocabulary.cost) of a word in {@code maxShare} of the documents, or in {@link #COMMON_DOCS} if that is more. */
  private static int commonCost(int docs, double maxShare) {
    return Vocabulary.cost(Math.max(1, Math.max(Math.round(docs * maxShare), COMMON_DOCS)), Math.max(1, docs));
  }

  /** A word of a list as the index sees it. */
  private record Cut(String text, String key, boolean occurs, int rarest) {
    static Cut of(String word, Vocabulary vocabulary, Predicate<String> pairOccurs) {
      String text = QueryText.normalise(word);
      // a run of kana whole, as before words were cut out of it (a fragment inside does not make a word occur)
      QueryTerms.Words w = QueryTerms.words(text, vocabulary, false);
      List<String> known = known(w.words(), vocabulary);
      boolean occurs = !known.isEmpty();
      if (occurs && known.size() > 1) {
        for (String p : QueryTerms.pairs(known)) occurs &= pairOccurs.test(p);
      }
      int rarest = known.stream().mapToInt(vocabulary::cost).max().orElse(-1);
      return new Cut(text, String.join(" ", w.words()), occurs, rarest);
    }
  }

  /**
   * The words the index has: a target's other words are ones its analysis drops (者 of 高齢者, a suffix), so the
   * index holds 高齢者 as 高齢, and a phrase's pairs close the gap.
   */
  static List<String> known(List<String> words, Vocabulary vocabulary) {
    return words.stream().filter(t -> vocabulary.cost(t) >= 0).toList();
  }

  /** The targets of a trigger (its words joined by a space), or an empty list. */
  public List<String> targets(String key) {
    return table.getOrDefault(key, List.of());
  }

  /** Triggers and targets, sorted by trigger (what the index stores and the browser gets). */
  public Map<String, List<String>> all() {
    return java.util.Collections.unmodifiableMap(table);
  }

  public int size() {
    return table.size();
  }

  /**
   * The credits of the dictionaries whose groups gave this table a target ({@link SynonymGroup#credit}), sorted:
   * what the site must show wherever the expansion is used. Not kept by {@link #json}: the index stores them apart
   * ({@link Fields#SYNONYM_CREDITS_KEY}).
   */
  public List<String> credits() {
    return credits;
  }

  /**
   * The spellings of a part's normalised text {@code s} with one trigger replaced by one of its targets (see the
   * class comment), in order, without the text as it is. A trigger is found in the text, between two offsets the
   * cut {@code words} of the text leaves aligned (never inside a word of the index: 金 of 支援金 is no trigger, the
   * お巡りさん of お巡りさんの研修 is, however the vocabulary cut it); from the left, the longest first.
   */
  public List<String> expand(String s, QueryTerms.Words words) {
    Set<String> out = new LinkedHashSet<>();
    String whole = words.kept(s, 0, s.length());
    for (int[] t : triggers(s, words)) {
      String before = words.kept(s, 0, t[0]);
      String after = words.kept(s, t[1], s.length());
      for (String target : table.get(s.substring(t[0], t[1]))) {
        String e = before + target + after;
        if (!e.equals(whole) && out.size() < MAX_EXPANSIONS) out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Where triggers are in a part's normalised text {@code s} (see {@link #expand}): {@code [from, to)} offsets, from
   * the left, the longest trigger first, none overlapping.
   */
  public List<int[]> triggers(String s, QueryTerms.Words words) {
    List<int[]> out = new ArrayList<>();
    if (table.isEmpty()) return out;
    int n = s.length();
    int i = 0;
    while (i < n) {
      int found = -1;
      if (words.aligned(i)) {
        for (int j = Math.min(n, i + MAX_TRIGGER_CHARS); j > i && found < 0; j--) {
          if (words.aligned(j) && table.containsKey(s.substring(i, j))) found = j;
        }
      }
      if (found < 0) {
        i++;
        continue;
      }
      out.add(new int[] {i, found});
      i = found;
    }
    return out;
  }

  /** The table as JSON: {@code {"trigger key":["target",…],…}}, sorted. */
  public String json() {
    try {
      return JSON.writeValueAsString(table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table of {@link #json}; empty for null (an index written without synonyms). */
  public static Synonyms parse(String json) throws IOException {
    if (json == null || json.isEmpty()) return empty();
    return new Synonyms(JSON.readValue(json, new TypeReference<Map<String, List<String>>>() {}));
  }
}
