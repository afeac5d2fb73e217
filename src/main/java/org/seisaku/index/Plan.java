package org.seisaku.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A query as both searches evaluate it: single terms of fields combined by a few operators whose scores the
 * browser reproduces exactly ({@code site-templates/assets/search.js}, {@code evaluate}). {@link Queries} builds
 * it; {@link #lucene()} turns it into the Lucene query of the same matches and scores (BM25); its JSON
 * ({@link #json()}) is what {@code src/test/resources/search/plan-cases.tsv} holds.
 *
 * <pre>
 *   node                          JSON                                 matches / scores (float, as Lucene)
 *   Term(field, term, boost)      ["t", field, term, boost]            the term / BM25 × boost
 *   Const(field, term, score)     ["c", field, term, score]            the term / score
 *   All(nodes)                    ["all", node…]                       every node / their sum
 *   Any(nodes)                    ["any", node…]                       some node / the sum of those matching
 *   Max(tie, nodes)               ["max", tie, node…]                  some node / the best + tie × the others
 *   Bool(must, should)            ["bool", [node…], [node…]]           every must / their sum + matching shoulds
 * </pre>
 *
 * <p>Boosts sit on the leaves only ({@link #boosted} multiplies them, in float): so Lucene and the browser multiply
 * the same numbers in the same order.
 */
public sealed interface Plan {
  /** This plan with every leaf's boost or score multiplied by {@code factor}. */
  Plan boosted(float factor);

  /** The Lucene query with the same matches and scores. */
  default Query lucene() {
    return lucene(TermQuery::new);
  }

  /**
   * {@link #lucene()} with each term's query made by {@code terms}: the searches of one request share their terms'
   * statistics, looked up once ({@code Searcher}).
   */
  Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms);

  /** Writes the JSON of this node. */
  void json(StringBuilder out);

  default String json() {
    StringBuilder b = new StringBuilder();
    json(b);
    return b.toString();
  }

  /** Every leaf, depth first. */
  void leaves(Consumer<Plan> each);

  /** A term scored by BM25, times {@code boost}. */
  record Term(String field, String term, float boost) implements Plan {
    @Override
    public Plan boosted(float factor) {
      return new Term(field, term, boost * factor);
    }

    @Override
    public Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms) {
      Query q = terms.apply(new org.apache.lucene.index.Term(field, term));
      return boost == 1f ? q : new BoostQuery(q, boost);
    }

    @Override
    public void json(StringBuilder out) {
      out.append("[\"t\",");
      string(out, field);
      out.append(',');
      string(out, term);
      out.append(',').append(boost).append(']');
    }

    @Override
    public void leaves(Consumer<Plan> each) {
      each.accept(this);
    }
  }

  /** A term scored {@code score} wherever it is. */
  record Const(String field, String term, float score) implements Plan {
    @Override
    public Plan boosted(float factor) {
      return new Const(field, term, score * factor);
    }

    @Override
    public Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms) {
      return new BoostQuery(new ConstantScoreQuery(terms.apply(new org.apache.lucene.index.Term(field, term))), score);
    }

    @Override
    public void json(StringBuilder out) {
      out.append("[\"c\",");
      string(out, field);
      out.append(',');
      string(out, term);
      out.append(',').append(score).append(']');
    }

    @Override
    public void leaves(Consumer<Plan> each) {
      each.accept(this);
    }
  }

  /** Every node must match; the score is their sum. */
  record All(List<Plan> of) implements Plan {
    public All {
      of = List.copyOf(of);
    }

    @Override
    public Plan boosted(float factor) {
      return new All(of.stream().map(p -> p.boosted(factor)).toList());
    }

    @Override
    public Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Plan p : of) b.add(p.lucene(terms), Occur.MUST);
      return b.build();
    }

    @Override
    public void json(StringBuilder out) {
      list(out, "all", of);
    }

    @Override
    public void leaves(Consumer<Plan> each) {
      for (Plan p : of) p.leaves(each);
    }
  }

  /** Some node must match; the score is the sum of those that do. */
  record Any(List<Plan> of) implements Plan {
    public Any {
      of = List.copyOf(of);
    }

    @Override
    public Plan boosted(float factor) {
      return new Any(of.stream().map(p -> p.boosted(factor)).toList());
    }

    @Override
    public Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Plan p : of) b.add(p.lucene(terms), Occur.SHOULD);
      return b.build();
    }

    @Override
    public void json(StringBuilder out) {
      list(out, "any", of);
    }

    @Override
    public void leaves(Consumer<Plan> each) {
      for (Plan p : of) p.leaves(each);
    }
  }

  /** Some node must match; the score is the best one's plus {@code tie} times the others'. */
  record Max(float tie, List<Plan> of) implements Plan {
    public Max {
      of = List.copyOf(of);
    }

    @Override
    public Plan boosted(float factor) {
      return new Max(tie, of.stream().map(p -> p.boosted(factor)).toList());
    }

    @Override
    public Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms) {
      return new DisjunctionMaxQuery(of.stream().map(p -> p.lucene(terms)).toList(), tie);
    }

    @Override
    public void json(StringBuilder out) {
      out.append("[\"max\",").append(tie);
      for (Plan p : of) {
        out.append(',');
        p.json(out);
      }
      out.append(']');
    }

    @Override
    public void leaves(Consumer<Plan> each) {
      for (Plan p : of) p.leaves(each);
    }
  }

  /** Every {@code must} node matches; the score is their sum plus that of the {@code should} nodes that match. */
  record Bool(List<Plan> must, List<Plan> should) implements Plan {
    public Bool {
      must = List.copyOf(must);
      should = List.copyOf(should);
      if (must.isEmpty()) throw new IllegalArgumentException("a bool needs a must (else it is an any)");
    }

    @Override
    public Plan boosted(float factor) {
      return new Bool(must.stream().map(p -> p.boosted(factor)).toList(), should.stream().map(p -> p.boosted(factor)).toList());
    }

    @Override
    public Query lucene(Function<org.apache.lucene.index.Term, TermQuery> terms) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (Plan p : must) b.add(p.lucene(terms), Occur.MUST);
      for (Plan p : should) b.add(p.lucene(terms), Occur.SHOULD);
      return b.build();
    }

    @Override
    public void json(StringBuilder out) {
      out.append("[\"bool\",");
      list(out, null, must);
      out.append(',');
      list(out, null, should);
      out.append(']');
    }

    @Override
    public void leaves(Consumer<Plan> each) {
      for (Plan p : must) p.leaves(each);
      for (Plan p : should) p.leaves(each);
    }
  }

  /** The leaves of a plan, in order. */
  static List<Plan> leavesOf(Plan plan) {
    List<Plan> out = new ArrayList<>();
    plan.leaves(out::add);
    return out;
  }

  private static void list(StringBuilder out, String op, List<Plan> nodes) {
    out.append('[');
    if (op != null) string(out, op);
    for (int i = 0; i < nodes.size(); i++) {
      if (op != null || i > 0) out.append(',');
      nodes.get(i).json(out);
    }
    out.append(']');
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
      else out.append(c);
    }
    out.append('"');
  }
}
