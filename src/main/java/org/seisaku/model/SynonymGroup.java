package org.seisaku.model;

import java.util.List;

/**
 * Words that mean the same, as a synonym list gives them (Sudachi's dictionary, {@code content/synonyms.txt}):
 * a query with a {@link Word#trigger} word also finds the {@link Word#target} words of its group
 * ({@code index.Synonyms}).
 *
 * @param words the words, in the list's order (its representative first)
 * @param where {@code path:line} of the group's first line, for messages
 */
public record SynonymGroup(List<Word> words, String where) {
  public SynonymGroup {
    words = List.copyOf(words);
  }

  /**
   * A word of a group.
   *
   * @param text the word as written
   * @param trigger whether a query with it is expanded (Sudachi's flag 1, "expanded to but never a trigger", is not;
   *     nor the left side only of a one-way line of the project list… see {@code source.SynonymReader})
   * @param target whether it is searched for when another word of the group is typed (a misused form is not)
   */
  public record Word(String text, boolean trigger, boolean target) {}
}
