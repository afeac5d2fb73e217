package org.seisaku.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms of a query part, found in its normalised text ({@link QueryText#normalise}) without analysing it: the
 * index's own words for the word fields, and for the character fields the characters as their chains cut them.
 * search.js does the same, step for step, so that both searches ask the index the same terms
 * ({@code src/test/resources/search/plan-cases.tsv} checks it).
 *
 * <h2>Words: cut by the index's vocabulary ({@link #words})</h2>
 *
 * The text is cut into words of the {@link Vocabulary} at the least total cost: each word costs what the
 * vocabulary says (common words little) and {@link #WORD} more; a stop word of the text chain ({@link #STOP_WORDS}: の, を, における …)
 * that ends a run of kana, or is followed by katakana or by a word of the vocabulary (の and が of 田舎のバスがなくなる), is
 * skipped for nothing, and so are separators ({@link QueryText#isSeparator}); a kanji,
 * the rest of a run of kana or a run of ASCII letters or digits that no word covers costs {@link #UNKNOWN} and
 * stays as a word the index does not have (so the part matches nothing strictly, as it did when Kuromoji cut it:
 * 雪かき is no word of the index); a run of kana costs {@link #UNKNOWN_KANA} more a character, and may end where a word
 * of the vocabulary of two characters or more begins, so that such words inside it are cut out of it (りに / スマホ /
 * の); other characters are dropped at that cost. Ties go to the cut found first,
 * from the left, longest word first. A run of ASCII digits or of ASCII letters is never cut inside (Kuromoji keeps
 * them whole). A run of katakana of four or more ending in ー matches the word without it, as
 * {@code JapaneseKatakanaStemFilter} stored it.
 *
 * <pre>
 *   協力隊                  → 協力 / 隊             (if 協力隊 is no common word of the index)
 *   自殺を防ぐ               → 自殺 / 防ぐ           (を: a stop word, in no index)
 *   雪かき                  → 雪 / かき             (かき: no word of the index; incomplete)
 *   田舎のバスがなくなる      → 田舎 / バス / なくなる  (の before katakana and が before hiragana ending a word: stop words)
 *   サイバーセキュリティ      → サイバ / セキュリティ
 *   ict利活用               → ict / 利 / 活用
 * </pre>
 *
 * <h2>Characters ({@link #grams}, {@link #readings}, {@link #kanji})</h2>
 *
 * <pre>
 *   grams     runs of kanji and kana → character bigrams (a lone character as itself); runs of other letters and
 *             digits (with . or , between digits) whole: 95.7億円 → 95.7 / 億円; 地域情報 → 地域 / 域情 / 情報
 *   readings  (parts without kanji) runs of kana in katakana → bigrams; digits and ASCII letters as runs:
 *             ちいきおこし → チイ / イキ / キオ / オコ / コシ; icカード → ic / カー / ード
 *   kanji     the distinct kanji, in order: 雪かき → 雪
 * </pre>
 *
 * A phrase of several terms is matched as the {@link #pairs} of neighbours, which the {@code *_pair} fields index.
 */
public final class QueryTerms {
  /** The cost of a kanji, a rest of a kana run or an ASCII run that is no word of the index. */
  public static final int UNKNOWN = 3000;
  /**
   * What each word of the vocabulary costs in a cut, on top of its own cost: the costs are of documents (a word in
   * every document is nearly free), so without it a word was cut into two commoner ones that each occur nearly
   * everywhere (年金 → 年 / 金, 中国 → 中 / 国, 都会 → 都 / 会) and the part matched neither the word nor what the
   * citizen meant.
   */
  public static final int WORD = 200;
  /**
   * What a run of kana that no word covers costs a character, on top of {@link #UNKNOWN}: so a word of the vocabulary
   * inside a run of kana is cut out of it when it costs less than the characters it covers would (スマホ of
   * お年寄りにスマホの使い方, which was lost in the unknown run りにスマホの).
   */
  public static final int UNKNOWN_KANA = 300;
  /**
   * The stop words of the text chain ({@code JapaneseAnalyzer}'s: の, を, における, 及び …), which no index holds:
   * skipped for nothing where they end a run of kana.
   */
  public static final Set<String> STOP_WORDS = stopWords();
  private static final int STOP_MAX = STOP_WORDS.stream().mapToInt(String::length).max().orElse(0);

  private QueryTerms() {}

  /**
   * The words of a normalised text.
   *
   * @param words the words, in order; unknown kanji and ASCII runs included
   * @param complete whether every character is in a word of the vocabulary, a stop word or a separator
   * @param aligned the offsets (0 … length) where the cut does not split a word of the vocabulary: the ends of its
   *     words, stop words and separators, and every offset inside a run no word covers (where the cut knows nothing).
   *     A synonym's trigger is found in the text between two of them ({@link Synonyms#expand}).
   * @param dropped the offsets of the characters in no word (stop words, separators, symbols)
   * @param glued the indexes of the words that follow another word with nothing between (づくり of 硬貨づくり, さん of
   *     大工さん: a suffix or an ending), not a particle, a separator or the start (いじめ of 学校でいじめ)
   */
  public record Words(List<String> words, boolean complete, java.util.BitSet aligned, java.util.BitSet dropped,
      java.util.BitSet glued) {
    /** Whether offset {@code i} is aligned (see above). */
    public boolean aligned(int i) {
      return aligned.get(i);
    }

    /** The characters of {@code s[from, to)} that are in words (not {@link #dropped}). */
    public String kept(String s, int from, int to) {
      StringBuilder b = new StringBuilder(to - from);
      for (int i = from; i < to; i++) if (!dropped.get(i)) b.append(s.charAt(i));
      return b.toString();
    }
  }

  public static Words words(String s, Vocabulary vocabulary) {
    return words(s, vocabulary, true);
  }

  /**
   * {@link #words}; with {@code insideKana} false a run of kana no word covers stays whole (as {@link Synonyms#of}
   * reads a list's words: a fragment the vocabulary knows inside one, ばい of やばい, does not make it occur).
   */
  static Words words(String s, Vocabulary vocabulary, boolean insideKana) {
    int n = s.length();
    long[] cost = new long[n + 1];
    int[] from = new int[n + 1];
    String[] word = new String[n + 1];
    boolean[] unknown = new boolean[n + 1];
    java.util.Arrays.fill(cost, Long.MAX_VALUE);
    cost[0] = 0;
    int max = vocabulary.maxLength() + 1; // a katakana word may have lost a final ー
    for (int i = 0; i < n; i++) {
      if (cost[i] == Long.MAX_VALUE) continue;
      char c = s.charAt(i);
      if (QueryText.isSeparator(c)) {
        relax(cost, from, word, unknown, i, i + 1, cost[i], null, false);
        continue;
      }
      int end = i;
      while (end < n && end - i < Math.max(max, STOP_MAX) && !QueryText.isSeparator(s.charAt(end))) end++;
      for (int j = Math.min(end, i + max); j > i; j--) {
        if (!wholeRuns(s, i, j)) continue;
        String term = stem(s.substring(i, j));
        int k = vocabulary.cost(term);
        if (k >= 0) relax(cost, from, word, unknown, i, j, cost[i] + k + WORD, term, false);
      }
      for (int j = Math.min(end, i + STOP_MAX); j > i; j--) {
        if (STOP_WORDS.contains(s.substring(i, j)) && (j == n || !QueryText.isKana(s.charAt(j))
            || QueryText.isHiragana(s.charAt(j - 1)) && QueryText.isKatakana(s.charAt(j))
            || beginsWord(s, j, n, vocabulary, max))) {
          relax(cost, from, word, unknown, i, j, cost[i], null, false);
        }
      }
      int r = i + 1;
      if (QueryText.isKana(c)) {
        while (r < n && QueryText.isKana(s.charAt(r))) r++;
      } else if (asciiClass(c) != 0) {
        while (r < n && asciiClass(s.charAt(r)) == asciiClass(c)) r++;
      }
      boolean other = !QueryText.isKana(c) && !QueryText.isHan(c) && asciiClass(c) == 0;
      if (insideKana && QueryText.isKana(c)) {
        for (int k = i + 1; k <= r; k++) {
          if (k < r && !beginsWord(s, k, r, vocabulary, max)) continue;
          relax(cost, from, word, unknown, i, k, cost[i] + UNKNOWN + (long) UNKNOWN_KANA * (k - i), s.substring(i, k), true);
        }
      } else {
        relax(cost, from, word, unknown, i, r, cost[i] + UNKNOWN, other ? null : s.substring(i, r), true);
      }
    }
    List<String> out = new ArrayList<>();
    boolean complete = true;
    java.util.BitSet aligned = new java.util.BitSet(n + 1);
    java.util.BitSet dropped = new java.util.BitSet(n);
    aligned.set(0);
    List<Boolean> after = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      if (word[j] != null) {
        out.add(0, word[j]);
        after.add(0, from[j] > 0 && word[from[j]] != null);
      } else {
        dropped.set(from[j], j);
      }
      aligned.set(j);
      if (unknown[j]) {
        complete = false;
        aligned.set(from[j], j);
      }
    }
    java.util.BitSet glued = new java.util.BitSet(out.size());
    for (int k = 0; k < after.size(); k++) if (after.get(k)) glued.set(k);
    return new Words(List.copyOf(out), complete, aligned, dropped, glued);
  }

  /** Whether a word of the vocabulary of two characters or more begins at {@code k} (and ends by {@code end} or later). */
  private static boolean beginsWord(String s, int k, int end, Vocabulary vocabulary, int max) {
    for (int j = Math.min(s.length(), k + max); j >= k + 2; j--) {
      if (!QueryText.isSeparator(s.charAt(j - 1)) && wholeRuns(s, k, j) && vocabulary.cost(stem(s.substring(k, j))) >= 0) {
        boolean separated = false;
        for (int x = k; x < j; x++) separated |= QueryText.isSeparator(s.charAt(x));
        if (!separated) return true;
      }
    }
    return false;
  }

  private static void relax(long[] cost, int[] from, String[] word, boolean[] unknown, int i, int j, long c,
      String w, boolean unknownWord) {
    if (c < cost[j]) {
      cost[j] = c;
      from[j] = i;
      word[j] = w;
      unknown[j] = unknownWord;
    }
  }

  private static Set<String> stopWords() {
    Set<String> out = new java.util.TreeSet<>();
    for (Object o : org.apache.lucene.analysis.ja.JapaneseAnalyzer.getDefaultStopSet()) out.add(new String((char[]) o));
    return java.util.Collections.unmodifiableSet(out);
  }

  /** 1 for an ASCII digit, 2 for an ASCII letter (lower case), else 0. */
  static int asciiClass(char c) {
    if (c >= '0' && c <= '9') return 1;
    if (c >= 'a' && c <= 'z') return 2;
    return 0;
  }

  /** Whether s[i..j) neither starts nor ends inside a run of ASCII digits or letters. */
  private static boolean wholeRuns(String s, int i, int j) {
    if (i > 0 && asciiClass(s.charAt(i)) != 0 && asciiClass(s.charAt(i - 1)) == asciiClass(s.charAt(i))) return false;
    return j >= s.length() || asciiClass(s.charAt(j)) == 0 || asciiClass(s.charAt(j - 1)) != asciiClass(s.charAt(j));
  }

  /** {@code JapaneseKatakanaStemFilter}: katakana of four or more characters lose a final ー. */
  static String stem(String w) {
    if (w.length() < 4 || w.charAt(w.length() - 1) != 'ー') return w;
    for (int i = 0; i < w.length(); i++) if (!QueryText.isKatakana(w.charAt(i))) return w;
    return w.substring(0, w.length() - 1);
  }

  /** Whether the text has a kanji. */
  public static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); i++) if (QueryText.isHan(s.charAt(i))) return true;
    return false;
  }

  /** The terms of the bigram fields (see the class comment). */
  public static List<String> grams(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (QueryText.isHan(c) || QueryText.isKana(c)) {
        int j = i;
        while (j < n && (QueryText.isHan(s.charAt(j)) || QueryText.isKana(s.charAt(j)))) j++;
        bigrams(s.substring(i, j), out);
        i = j;
      } else if (!QueryText.isSeparator(c)) {
        int j = i;
        while (j < n && (isOtherWordChar(s.charAt(j)) || isNumberPunctuation(s, j))) j++;
        out.add(s.substring(i, j));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean isOtherWordChar(char c) {
    return !QueryText.isSeparator(c) && !QueryText.isHan(c) && !QueryText.isKana(c);
  }

  /** A . or , between two digits (95.7, 1,500), which StandardTokenizer keeps in the number. */
  private static boolean isNumberPunctuation(String s, int j) {
    char c = s.charAt(j);
    return (c == '.' || c == ',') && j > 0 && j + 1 < s.length() && asciiClass(s.charAt(j - 1)) == 1
        && asciiClass(s.charAt(j + 1)) == 1;
  }

  private static void bigrams(String run, List<String> out) {
    if (run.length() == 1) {
      out.add(run);
      return;
    }
    for (int k = 0; k + 1 < run.length(); k++) out.add(run.substring(k, k + 2));
  }

  /** The terms of the reading field for a text without kanji (see the class comment). */
  public static List<String> readings(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int j = i + 1;
      if (QueryText.isKana(c)) {
        while (j < n && QueryText.isKana(s.charAt(j))) j++;
        bigrams(QueryText.toKatakana(s.substring(i, j)), out);
      } else if (!QueryText.isSeparator(c)) {
        while (j < n && !QueryText.isSeparator(s.charAt(j)) && !QueryText.isKana(s.charAt(j))
            && wordClass(s.charAt(j)) == wordClass(c)) {
          j++;
        }
        out.add(s.substring(i, j));
      }
      i = j;
    }
    return out;
  }

  private static int wordClass(char c) {
    int a = asciiClass(c);
    return a != 0 ? a : 3;
  }

  /** A text without kanji as one term of {@code title_reading_words}: katakana, no separators. */
  public static String readingKey(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) if (!QueryText.isSeparator(s.charAt(i))) b.append(s.charAt(i));
    return QueryText.toKatakana(b.toString());
  }

  /** The distinct kanji, in order. */
  public static List<String> kanji(String s) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < s.length(); i++) if (QueryText.isHan(s.charAt(i))) out.add(String.valueOf(s.charAt(i)));
    return List.copyOf(out);
  }

  /** Neighbouring terms joined by a space, as the {@code *_pair} fields index them: [a, b, c] → ["a b", "b c"]. */
  public static List<String> pairs(List<String> terms) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < terms.size(); i++) out.add(terms.get(i) + " " + terms.get(i + 1));
    return out;
  }
}
