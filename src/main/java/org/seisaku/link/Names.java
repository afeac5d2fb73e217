package org.seisaku.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Program names as the linker compares them.
 *
 * <p>{@link #normalise} folds what differs between two writings of the same name:
 *
 * <pre>
 *   「地域経済循環の創造」の推進に要する経費  → 地域経済循環の創造の推進に要する経費   (「」『』 removed)
 *   ＩＣＴ地域活性化\n事業                 → ict地域活性化事業                    (NFKC, line breaks, ASCII case)
 *   地域活性化センター（仮称）運営事業        → 地域活性化センター運営事業              (（仮称）removed)
 *   選挙制度等の整備 に要する 経費           → 選挙制度等の整備に要する経費            (all whitespace, U+3000 too)
 * </pre>
 *
 * <p>{@link #dice} is the Dice coefficient of the character bigrams of two normalised names (a multiset measure:
 * 1.0 for equal names, 0.0 for names that share no two adjacent characters).
 */
public final class Names {
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000\\u200b\\ufeff]+");
  private static final Pattern PROVISIONAL = Pattern.compile("\\(仮称\\)");
  private static final Pattern BRACKETS = Pattern.compile("[「」『』]");

  private Names() {}

  /** The normalised form of a program name; the empty string for null. */
  public static String normalise(String name) {
    if (name == null) return "";
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = SPACE.matcher(s).replaceAll("");
    s = PROVISIONAL.matcher(s).replaceAll("");
    s = BRACKETS.matcher(s).replaceAll("");
    return s.toLowerCase(Locale.ROOT);
  }

  /** Sorted character bigrams (as ints) of an already normalised name; a one-character name is its own bigram. */
  static int[] bigrams(String normalised) {
    if (normalised.isEmpty()) return new int[0];
    if (normalised.length() == 1) return new int[] {normalised.charAt(0)};
    int[] b = new int[normalised.length() - 1];
    for (int i = 0; i < b.length; i++) b[i] = (normalised.charAt(i) << 16) | normalised.charAt(i + 1);
    Arrays.sort(b);
    return b;
  }

  /** Dice coefficient of two sorted bigram multisets from {@link #bigrams}. */
  static double dice(int[] a, int[] b) {
    if (a.length == 0 && b.length == 0) return 1.0;
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * common / (a.length + b.length);
  }

  /** Dice coefficient of the character bigrams of two names, normalised first: 0.0–1.0. */
  public static double dice(String a, String b) {
    return dice(bigrams(normalise(a)), bigrams(normalise(b)));
  }
}
