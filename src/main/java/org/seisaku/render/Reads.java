package org.seisaku.render;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one output file reads: the inputs whose change can change its bytes, declared by the builder of its kind
 * of page. An incremental build keeps, for every output, a hash of each input it read, and re-renders an output
 * when one of those hashes or the set of inputs itself changed; everything else it may keep.
 *
 * <p>An input is a {@link Kind} and a key. Kinds that name one thing take its key (a program id, a document slug,
 * a template name); kinds that name something of the whole site take the key {@code ""}:
 *
 * <pre>
 *   programs/teijuu/index.html  reads SITE, TEMPLATE program.ftlh, TEMPLATE layout.ftlh, TEMPLATE parts.ftlh,
 *                                     PROGRAM teijuu, PROGRAM mlit-road (a related program's name), RELATED teijuu,
 *                                     DOCUMENT teijuu-gaiyou (listed), MINISTRIES, REDIRECTS
 *   years/2009/index.html       reads SITE, TEMPLATE year.ftlh …, ALL_PROGRAMS, ALL_DOCUMENTS, MINISTRIES
 * </pre>
 *
 * <p>Declaring too much costs re-rendering; declaring too little gives an incremental build that differs from a
 * full one, which the full-versus-incremental comparison catches.
 */
public record Reads(List<Input> inputs) {
  /**
   * @param inputs in any order, repeats allowed; kept sorted and distinct in an array-backed list (the whole
   *     government's 61,000 pages declare about a million inputs: a tree set each took 70 MB more of the heap)
   */
  public Reads {
    inputs = List.copyOf(new TreeSet<>(inputs));
  }

  /** What can be read. */
  public enum Kind {
    /** site.yml (title, description, base URL) and the credits of every source: every page shows them. */
    SITE,
    /** One template, by name. */
    TEMPLATE,
    /** One asset, by path under {@code assets/}. */
    ASSET,
    /** One program: its program-years, their figures and names, its curated entry. Key: the program id. */
    PROGRAM,
    /** One document: front matter and body. Key: the slug. */
    DOCUMENT,
    /** The related programs of one program (from the index). Key: the program id. */
    RELATED,
    /** Every program (lists, counts, totals). */
    ALL_PROGRAMS,
    /** Every document (lists, counts, dates). */
    ALL_DOCUMENTS,
    /** ministries.yml: names, order, parents, periods. */
    MINISTRIES,
    /** The fiscal years the site has pages for (those of every program). */
    YEARS,
    /** Old program id → current id. */
    REDIRECTS,
    /** The names the mention linker matches (those of every program): they decide the links in document bodies. */
    MENTION_NAMES,
    /** The files of {@code data/} (their sizes). */
    DATA_FILES,
    /** The credits of the synonym dictionaries the search expands with ({@link SiteModel#searchCredits}). */
    SEARCH_CREDITS
  }

  /** One input: a kind and a key ("" for a kind that names the whole site's). */
  public record Input(Kind kind, String key) implements Comparable<Input> {
    private static final Comparator<Input> ORDER = Comparator.comparing(Input::kind).thenComparing(Input::key);

    @Override
    public int compareTo(Input o) {
      return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
      return key.isEmpty() ? kind.name() : kind + " " + key;
    }
  }

  /** Whether the output reads this input. */
  public boolean contains(Kind kind, String key) {
    return Collections.binarySearch(inputs, new Input(kind, key)) >= 0;
  }

  /** Starts a declaration with {@link Kind#SITE}, which every page reads. */
  public static Builder site() {
    return builder().add(Kind.SITE);
  }

  /** Starts an empty declaration (a file copied as it is reads only itself). */
  public static Builder builder() {
    return new Builder();
  }

  private static final java.util.Map<Kind, Input> WHOLE = new java.util.EnumMap<>(Kind.class);

  static {
    for (Kind k : Kind.values()) WHOLE.put(k, new Input(k, ""));
  }

  /** Collects inputs. Not thread-safe; one per output. */
  public static final class Builder {
    private final SortedSet<Input> inputs = new TreeSet<>();

    private Builder() {}

    /** A whole-site input (ALL_PROGRAMS, MINISTRIES …). */
    public Builder add(Kind kind) {
      inputs.add(WHOLE.get(kind)); // one instance per kind, shared by every page
      return this;
    }

    public Builder add(Kind kind, String key) {
      inputs.add(new Input(kind, key));
      return this;
    }

    public Builder add(Kind kind, Collection<String> keys) {
      for (String k : keys) add(kind, k);
      return this;
    }

    public Reads build() {
      return new Reads(List.copyOf(inputs));
    }
  }
}
