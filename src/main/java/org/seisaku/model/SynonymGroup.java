package org.seisaku.model;

import java.util.List;

/**
 * Words that mean the same, as a synonym list gives them (Sudachi's dictionary, {@code content/synonyms.txt}):
 * a query with a {@link Word#trigger} word also finds the {@link Word#target} words of its group
 * ({@code index.Synonyms}).
 *
 * @param words the words, in the list's order (its representative first)
 * @param where {@code path:line} of the group's first line, for messages
 * @param chosen whether the site chose it ({@code content/synonyms.txt}): its words are searched for however common
 *     they are, while a dictionary's very common words are not
 * @param credit the credit its dictionary asks for where it is used (Sudachi's: {@code source.SynonymReader#SUDACHI_CREDIT}),
 *     or null
 */
public record SynonymGroup(List<Word> words, String where, boolean chosen, String credit) {
  public SynonymGroup {
    words = List.copyOf(words);
  }

  /** A group of no dictionary that asks for a credit (the site's own list, a test's). */
  public SynonymGroup(List<Word> words, String where, boolean chosen) {
    this(words, where, chosen, null);
  }

  /**
   * A word of a group.
   *
   * @param text the word as written
   * @param trigger whether a query with it is expanded (not: Sudachi's flag 1, "expanded to but never a trigger", and
   *     the right side of a one-way line of content/synonyms.txt; see {@code source.SynonymReader})
   * @param target whether it is searched for when another word of the group is typed (a misused form is not)
   */
  public record Word(String text, boolean trigger, boolean target) {}
}
