package org.seisaku.source;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.seisaku.model.SynonymGroup;

/**
 * Reads synonym lists into {@link SynonymGroup}s: Sudachi's dictionary (a {@code sudachi:PATH} source) and the
 * project's own list, {@code content/synonyms.txt}.
 *
 * <h2>Sudachi ({@code sudachi-synonyms.txt}, or the folder holding it)</h2>
 *
 * CSV, groups separated by blank lines; columns: 0 group number, 2 expansion flag (0 always expand, 1 expanded to
 * but never a trigger, 2 never: a deleted entry, skipped), 4 form (4: a misuse, which triggers but is never
 * searched for), 8 the word. Other columns (abbreviation, spelling variant, domain) are not needed: every word of
 * a group, whatever its form, finds the others.
 *
 * <h2>{@code content/synonyms.txt}: the project's list (the Solr synonym format)</h2>
 *
 * <pre>
 *   # a comment; blank lines are ignored
 *   医師, 医者, お医者さん              a group: each word finds the others
 *   オレオレ詐欺, 振り込め詐欺 => 特殊詐欺   one way: the words left of => find those right of it, not the reverse
 * </pre>
 *
 * Words are separated by commas (ASCII or 、), spaces around them ignored; a word is at most {@link #MAX_WORD}
 * characters and has a letter, digit, kana or kanji. Problems are {@code content/synonyms.txt:LINE: …} errors:
 * an empty word, a second {@code =>}, an empty side, a line of one word.
 */
public final class SynonymReader {
  /** The file name of the project list under content/. */
  public static final String PROJECT_FILE = "synonyms.txt";
  /** The file name of Sudachi's dictionary in a {@code sudachi:} folder. */
  public static final String SUDACHI_FILE = "sudachi-synonyms.txt";
  /**
   * The credit Sudachi's dictionary asks for wherever it is used (Apache License 2.0): the search page and the data
   * page show it when the search expands with it (the index's commit data says so: {@code index.Fields#SYNONYM_CREDITS_KEY}).
   */
  public static final String SUDACHI_CREDIT =
      "Sudachi 同義語辞書（SudachiDict, © Works Applications Co., Ltd.）, Apache License 2.0";
  /** The longest word of a synonym list: Sudachi's longest is 32 characters. */
  public static final int MAX_WORD = 64;
  /**
   * Words in one group: Sudachi's largest has 25, content/synonyms.txt's 33. Each word of a group expands to all the
   * others, so a group of 200,000 words kept a build busy for more than five minutes.
   */
  static final int MAX_GROUP = 1_000;
  /** Pairs of words one list relates (the sum of each group's size squared): Sudachi's make about 0.3 million. */
  static final long MAX_PAIRS = 20_000_000;

  private SynonymReader() {}

  /** Reads Sudachi's dictionary at {@code path} (the file, or a folder holding {@link #SUDACHI_FILE}). */
  public static List<SynonymGroup> sudachi(Path path, Problems problems) {
    Path file = path.toFile().isDirectory() ? path.resolve(SUDACHI_FILE) : path;
    String shown = file.toString();
    if (!file.toFile().isFile()) {
      problems.error(shown, 0, "no Sudachi synonym dictionary here (a sudachi: source is " + SUDACHI_FILE
          + " of SudachiDict, or the folder that holds it)");
      return List.of();
    }
    Optional<String> text = TextDecoding.read(file, Limits.FileKind.SYNONYMS, null, shown, problems);
    return text.map(t -> parseSudachi(t, shown, problems)).orElse(List.of());
  }

  static List<SynonymGroup> parseSudachi(String text, String shown, Problems problems) {
    List<SynonymGroup> out = new ArrayList<>();
    List<SynonymGroup.Word> words = new ArrayList<>();
    String group = null;
    int first = 0;
    try (CSVParser csv = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build())) {
      for (CSVRecord r : csv) {
        int line = (int) r.getRecordNumber();
        if (r.size() == 1 && r.get(0).isBlank()) continue;
        if (r.size() < 9) {
          problems.error(shown, line, "a Sudachi synonym line has at least 9 columns (group, …, word), this one " + r.size());
          continue;
        }
        if (!r.get(0).equals(group)) {
          if (!sized(words.size(), shown, first, problems)) return List.of();
          if (words.size() > 1) out.add(new SynonymGroup(words, shown + ":" + first, false, SUDACHI_CREDIT));
          words = new ArrayList<>();
          group = r.get(0);
          first = line;
        }
        String flag = r.get(2).strip();
        String word = r.get(8).strip();
        if ("2".equals(flag) || word.isEmpty() || word.length() > MAX_WORD) continue;
        words.add(new SynonymGroup.Word(word, !"1".equals(flag), !"4".equals(r.get(4).strip())));
      }
    } catch (IOException | RuntimeException e) {
      problems.error(shown, 0, "not a Sudachi synonym CSV: " + e.getMessage());
      return List.of();
    }
    if (!sized(words.size(), shown, first, problems)) return List.of();
    if (words.size() > 1) out.add(new SynonymGroup(words, shown + ":" + first, false, SUDACHI_CREDIT));
    return pairsWithin(out, shown, problems) ? out : List.of();
  }

  /** Whether a group's size is within {@link #MAX_GROUP}; reports it when not. */
  private static boolean sized(int size, String shown, int line, Problems problems) {
    if (size <= MAX_GROUP) return true;
    problems.error(shown, line, String.format(java.util.Locale.ROOT,
        "a synonym group of %,d words (at most %,d): each word would expand to all the others", size, MAX_GROUP));
    return false;
  }

  /** Whether a list's groups relate at most {@link #MAX_PAIRS} pairs of words; reports it when not. */
  private static boolean pairsWithin(List<SynonymGroup> groups, String shown, Problems problems) {
    long pairs = 0;
    for (SynonymGroup g : groups) pairs += (long) g.words().size() * g.words().size();
    if (pairs <= MAX_PAIRS) return true;
    problems.error(shown, 0, String.format(java.util.Locale.ROOT,
        "the synonym groups relate %,d pairs of words (at most %,d): use fewer or smaller groups", pairs, MAX_PAIRS));
    return false;
  }

  /** Reads the project list ({@code content/synonyms.txt}, optional). */
  public static List<SynonymGroup> project(Path contentDir, Problems problems) {
    Path file = contentDir.resolve(PROJECT_FILE);
    if (!file.toFile().isFile()) return List.of();
    String shown = file.toString();
    return TextDecoding.read(file, Limits.FileKind.SYNONYMS, null, shown, problems)
        .map(t -> parseProject(t, shown, problems)).orElse(List.of());
  }

  static List<SynonymGroup> parseProject(String text, String shown, Problems problems) {
    List<SynonymGroup> out = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int n = i + 1;
      String[] sides = line.split("=>", -1);
      if (sides.length > 2) {
        problems.error(shown, n, "more than one => (a line is 'a, b, c' or 'a, b => c')");
        continue;
      }
      List<String> left = words(sides[0], shown, n, problems);
      List<String> right = sides.length == 2 ? words(sides[1], shown, n, problems) : List.of();
      if (left == null || right == null || !sized(left.size() + right.size(), shown, n, problems)) continue;
      List<SynonymGroup.Word> words = new ArrayList<>();
      if (sides.length == 2) {
        if (left.isEmpty() || right.isEmpty()) {
          problems.error(shown, n, "=> needs words on both sides ('お巡りさん => 警察官')");
          continue;
        }
        for (String w : left) words.add(new SynonymGroup.Word(w, true, false));
        for (String w : right) if (!left.contains(w)) words.add(new SynonymGroup.Word(w, false, true));
      } else {
        if (left.size() < 2) {
          problems.error(shown, n, "one word is no group: list the words that mean the same, separated by commas");
          continue;
        }
        for (String w : left) words.add(new SynonymGroup.Word(w, true, true));
      }
      out.add(new SynonymGroup(words, shown + ":" + n, true));
    }
    return pairsWithin(out, shown, problems) ? out : List.of();
  }

  /** The words of one side, or null (after reporting) when one is empty, too long or has no letter. */
  private static List<String> words(String side, String shown, int line, Problems problems) {
    Set<String> out = new LinkedHashSet<>();
    if (side.isBlank()) return List.of();
    for (String w : side.split("[,、，]", -1)) {
      String word = w.strip().replaceAll("\\s+", " ");
      if (word.isEmpty()) {
        problems.error(shown, line, "an empty word (two commas in a row, or one at an end)");
        return null;
      }
      if (word.length() > MAX_WORD) {
        problems.error(shown, line, Limits.tooLong("a word", word.length(), MAX_WORD));
        return null;
      }
      if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
        problems.error(shown, line, "'" + Limits.head(word) + "' has no letter, digit, kana or kanji");
        return null;
      }
      out.add(word);
    }
    return List.copyOf(out);
  }
}
