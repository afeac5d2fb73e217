package org.seisaku.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.seisaku.model.Document;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;

/**
 * Finds the programs that a document names, and links the first mention of each in rendered HTML (DESIGN §3:
 * "documents mention programs by name; each mention becomes a link to the program page").
 *
 * <h2>Names</h2>
 * Every program contributes its {@link Program#name()}, the name of each of its program-years and, when curated,
 * its curated name and aliases. Names and texts are compared in one normalised form: NFKC (ＩＣＴ → ict, ｶﾞ → ガ),
 * lower case, whitespace and line breaks removed, 「」『』 removed; names also lose （仮称）. So
 * {@code 地域経済循環\n創造事業} in a document matches 「地域経済循環創造事業」.
 *
 * <h2>Which names are specific enough</h2>
 * A name is used only when it picks out one program with little risk of a false link:
 * <ol>
 *   <li>it has at least {@value #MIN_LENGTH} characters once normalised;
 *   <li>it is not made only of ASCII (Slack, ICT2020: words that occur in running text for other reasons);
 *   <li>it is not in {@link #GENERIC}, administrative phrases that many ministries use for unrelated lines
 *       (活動経費, 事業諸費, 基本調査 …);
 *   <li>it names one program only. A name that several programs carry (the same name in two ministries, or a
 *       program split in two) says nothing about which is meant, so it is dropped — unless exactly one of them
 *       declares it in programs.yml (name or alias): the publisher's word settles it;
 *   <li>it is not contained in the names of {@value #MAX_CONTAINING} or more other programs (観測業務 inside
 *       火山観測業務, 地磁気観測業務 …): such a name is a generic word, not a title. Curated names are exempt.
 * </ol>
 *
 * <h2>Matching</h2>
 * One Aho–Corasick pass over the normalised text finds all occurrences; the longest match wins at each position
 * and matches are taken left to right without overlap (leftmost-longest), so a name that is part of a longer
 * matched name does not count: a text naming 地域経済循環創造事業交付金 mentions that program and not
 * 地域経済循環創造事業. A name is matched only inside one HTML text node: a name broken by markup
 * ({@code 地域<b>経済</b>循環}) is not found by {@link #linkHtml}, though {@link #mentions} (which reads the
 * Markdown) finds it when the markup does not split it.
 *
 * <p>Built once per build (about 10,000 names) and then immutable and thread-safe; output is deterministic.
 */
public final class MentionLinker {
  /** The shortest name, in characters after normalisation, that is matched. */
  public static final int MIN_LENGTH = 4;
  /** A name contained in this many other programs' names is a generic word. */
  public static final int MAX_CONTAINING = 5;
  /** Names never matched: administrative phrases too general to name one program (normalised form). */
  public static final Set<String> GENERIC = Set.of(
      "活動経費", "事業諸費", "業務経費", "事務経費", "事務処理経費", "事務処理費", "一般行政経費", "一般行政事務費",
      "運営経費", "運営費交付金", "管理運営経費", "施設整備費", "施設整備事業", "施設整備費補助金", "調査研究",
      "調査研究費", "調査研究事業", "研究開発", "研究開発費", "基本調査", "観測業務", "予報業務", "普及啓発",
      "普及啓発等", "広報啓発", "広報啓発等", "広報経費", "広報事業", "共通経費", "国際機関等拠出金",
      "国際分担金", "国際機関分担金", "補助事業", "委託事業", "交付金事業", "情報システム", "情報化推進経費",
      "システム運用経費", "システム開発", "人材育成", "人材育成事業");

  private static final Set<String> SKIPPED_ELEMENTS = Set.of(
      "a", "code", "pre", "kbd", "samp", "script", "style", "textarea", "h1", "h2", "h3", "h4", "h5", "h6");

  private final AhoCorasick automaton;
  /** For each pattern of the automaton, the program it names. */
  private final String[] programOf;
  private final Map<String, String> programByName;

  public MentionLinker(List<Program> programs) {
    // normalised name → programs carrying it; and the programs that declare it in programs.yml
    Map<String, Set<String>> carriers = new TreeMap<>();
    Map<String, Set<String>> curatedBy = new HashMap<>();
    for (Program p : programs) {
      Set<String> own = new LinkedHashSet<>();
      own.add(p.name());
      for (ProgramYear y : p.years()) own.add(y.name());
      for (String n : own) add(carriers, nameKey(n), p.id());
      if (p.curated() != null) {
        List<String> declared = new ArrayList<>(p.curated().aliases());
        declared.add(p.curated().name());
        for (String n : declared) {
          add(carriers, nameKey(n), p.id());
          add(curatedBy, nameKey(n), p.id());
        }
      }
    }

    Map<String, String> chosen = new TreeMap<>();
    for (var e : carriers.entrySet()) {
      String name = e.getKey();
      if (name.length() < MIN_LENGTH || isAscii(name)) continue;
      Set<String> curated = curatedBy.getOrDefault(name, Set.of());
      if (curated.size() == 1) {
        chosen.put(name, curated.iterator().next());
      } else if (curated.isEmpty() && e.getValue().size() == 1 && !GENERIC.contains(name)) {
        chosen.put(name, e.getValue().iterator().next());
      }
    }

    // drop uncurated names that occur inside the names of many other programs
    List<String> candidates = new ArrayList<>(chosen.keySet());
    AhoCorasick all = new AhoCorasick(candidates);
    Map<Integer, Set<String>> containers = new HashMap<>();
    for (var e : carriers.entrySet()) {
      char[] name = e.getKey().toCharArray();
      all.search(name, name.length, (start, end, pattern) -> {
        if (end - start == name.length) return;
        for (String id : e.getValue()) {
          if (!id.equals(chosen.get(candidates.get(pattern)))) containers.computeIfAbsent(pattern, k -> new HashSet<>()).add(id);
        }
      });
    }
    for (var e : containers.entrySet()) {
      String name = candidates.get(e.getKey());
      if (e.getValue().size() >= MAX_CONTAINING && !curatedBy.containsKey(name)) chosen.remove(name);
    }

    programByName = Map.copyOf(chosen);
    List<String> patterns = new ArrayList<>(chosen.keySet());
    programOf = new String[patterns.size()];
    for (int i = 0; i < patterns.size(); i++) programOf[i] = chosen.get(patterns.get(i));
    automaton = new AhoCorasick(patterns);
  }

  private static void add(Map<String, Set<String>> map, String key, String id) {
    if (!key.isEmpty()) map.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
  }

  /** The program a name picks out after the rules above, if it is used for matching at all. */
  public Optional<String> programFor(String name) {
    return Optional.ofNullable(programByName.get(nameKey(name)));
  }

  /** The number of names used for matching. */
  public int nameCount() {
    return programOf.length;
  }

  /** Sorted distinct ids of the programs named in the document's title or body (leftmost-longest matches). */
  public List<String> mentions(Document doc) {
    Set<String> ids = new TreeSet<>();
    for (String part : new String[] {doc.title(), doc.markdown()}) {
      if (part == null) continue;
      Folded text = Folded.of(part);
      for (int[] m : matches(text)) ids.add(programOf[m[2]]);
    }
    return List.copyOf(ids);
  }

  /**
   * Wraps the first mention of each program in {@code <a href="…" class="mention">}, in text outside
   * a, code, pre, kbd, samp, script, style, textarea and h1–h6.
   *
   * @param html an HTML body fragment (a rendered Markdown document)
   * @param hrefForProgramId the link for a program id (relative, e.g. {@code ../../programs/ID/index.html});
   *     null leaves that program unlinked
   * @param skipProgramId a program never to link (the page's own), or null
   * @return the fragment with the links added; text is re-escaped by jsoup (&amp;, &lt;, &gt;), other characters
   *     are written as they are (UTF-8)
   */
  public String linkHtml(String html, Function<String, String> hrefForProgramId, String skipProgramId) {
    org.jsoup.nodes.Document fragment = Jsoup.parseBodyFragment(html == null ? "" : html);
    fragment.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    Element body = fragment.body();

    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element el && SKIPPED_ELEMENTS.contains(el.normalName())) return FilterResult.SKIP_ENTIRELY;
        if (node instanceof TextNode t && !t.isBlank()) texts.add(t);
        return FilterResult.CONTINUE;
      }
    }, body);

    Set<String> linked = new HashSet<>();
    if (skipProgramId != null) linked.add(skipProgramId);
    for (TextNode t : texts) {
      String whole = t.getWholeText();
      Folded text = Folded.of(whole);
      List<Node> replacement = new ArrayList<>();
      int done = 0;
      for (int[] m : matches(text)) {
        String id = programOf[m[2]];
        if (linked.contains(id)) continue;
        String href = hrefForProgramId.apply(id);
        if (href == null) continue;
        linked.add(id);
        int from = text.from[m[0]];
        int to = text.to[m[1] - 1];
        if (from > done) replacement.add(new TextNode(whole.substring(done, from)));
        Element a = new Element("a").attr("href", href).addClass("mention");
        a.appendChild(new TextNode(whole.substring(from, to)));
        replacement.add(a);
        done = to;
      }
      if (replacement.isEmpty()) continue;
      if (done < whole.length()) replacement.add(new TextNode(whole.substring(done)));
      for (Node n : replacement) t.before(n);
      t.remove();
    }
    return body.html();
  }

  /** Leftmost-longest non-overlapping matches as {start, end, pattern} in the folded text, in text order. */
  private List<int[]> matches(Folded text) {
    // longest match starting at each position
    int[] bestEnd = new int[text.length];
    int[] bestPattern = new int[text.length];
    automaton.search(text.chars, text.length, (start, end, pattern) -> {
      if (end > bestEnd[start]) {
        bestEnd[start] = end;
        bestPattern[start] = pattern;
      }
    });
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < text.length; i++) {
      if (bestEnd[i] > 0) {
        out.add(new int[] {i, bestEnd[i], bestPattern[i]});
        i = bestEnd[i] - 1;
      }
    }
    return out;
  }

  /** The normalised form of a program name: the folded text, without （仮称）. */
  static String nameKey(String name) {
    if (name == null) return "";
    Folded f = Folded.of(name);
    return new String(f.chars, 0, f.length).replace("(仮称)", "");
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /**
   * A text in the normalised form, with, for each of its chars, the range of the original text it came from.
   * Folding goes by clusters (a character and the combining marks after it, e.g. ｶ + ﾞ) so that NFKC can
   * compose them; each char of a cluster's NFKC form maps to the whole cluster.
   */
  static final class Folded {
    final char[] chars;
    final int[] from;
    final int[] to;
    final int length;

    private Folded(char[] chars, int[] from, int[] to, int length) {
      this.chars = chars;
      this.from = from;
      this.to = to;
      this.length = length;
    }

    /** The folded form of each BMP char on its own, filled as met (a benign race: Strings are immutable). */
    private static final String[] SINGLE = new String[0x10000];

    static Folded of(String s) {
      int cap = s.length() + 16;
      char[] chars = new char[cap];
      int[] from = new int[cap];
      int[] to = new int[cap];
      int n = 0;
      int i = 0;
      while (i < s.length()) {
        char first = s.charAt(i);
        int end = i + 1;
        String folded;
        if (!Character.isSurrogate(first) && (end == s.length() || !isCombining(s.codePointAt(end)))) {
          folded = SINGLE[first];
          if (folded == null) SINGLE[first] = folded = fold(String.valueOf(first));
        } else {
          end = i + Character.charCount(s.codePointAt(i));
          while (end < s.length() && isCombining(s.codePointAt(end))) end += Character.charCount(s.codePointAt(end));
          folded = fold(s.substring(i, end));
        }
        for (int k = 0; k < folded.length(); k++) {
          if (n == chars.length) {
            int grown = chars.length * 2;
            chars = Arrays.copyOf(chars, grown);
            from = Arrays.copyOf(from, grown);
            to = Arrays.copyOf(to, grown);
          }
          chars[n] = folded.charAt(k);
          from[n] = i;
          to[n] = end;
          n++;
        }
        i = end;
      }
      return new Folded(chars, from, to, n);
    }

    /** NFKC, lower case, without whitespace and 「」『』. */
    private static String fold(String cluster) {
      String nfkc = Normalizer.normalize(cluster, Normalizer.Form.NFKC);
      StringBuilder sb = new StringBuilder(nfkc.length());
      for (int k = 0; k < nfkc.length(); k++) {
        char c = nfkc.charAt(k);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDropped(c)) continue;
        sb.append(Character.isSurrogate(c) ? c : Character.toLowerCase(c));
      }
      return sb.toString();
    }

    private static boolean isDropped(char c) {
      return c == '「' || c == '」' || c == '『' || c == '』';
    }

    private static boolean isCombining(int cp) {
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || cp == 0xFF9E || cp == 0xFF9F;
    }
  }
}
