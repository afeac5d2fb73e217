package org.seisaku.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * A compact Aho–Corasick automaton over {@code char}s: finds every occurrence of every pattern in one pass over a
 * text, in time linear in the text plus the number of matches.
 *
 * <p>Built once (the trie is frozen into sorted arrays, transitions found by binary search), then immutable and
 * safe to share between threads. Pattern {@code i} of the list given is reported as {@code i}. Empty and duplicate
 * patterns are the caller's business: an empty pattern is rejected, a duplicate keeps the lower index.
 */
final class AhoCorasick {

  /** Receives one match: {@code text[start, end)} equals pattern {@code pattern}. */
  @FunctionalInterface
  interface Sink {
    void match(int start, int end, int pattern);
  }

  private final char[][] keys;
  private final int[][] children;
  private final int[] fail;
  /** The pattern that ends at this node, or -1. */
  private final int[] output;
  /** The nearest node on the fail chain (excluding this one) with an output, or -1. */
  private final int[] nextOutput;
  private final int[] patternLength;

  AhoCorasick(List<String> patterns) {
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    trie.add(new TreeMap<>());
    out.add(-1);
    patternLength = new int[patterns.size()];
    for (int p = 0; p < patterns.size(); p++) {
      String s = patterns.get(p);
      if (s.isEmpty()) throw new IllegalArgumentException("empty pattern at index " + p);
      patternLength[p] = s.length();
      int node = 0;
      for (int i = 0; i < s.length(); i++) {
        Integer next = trie.get(node).get(s.charAt(i));
        if (next == null) {
          next = trie.size();
          trie.get(node).put(s.charAt(i), next);
          trie.add(new TreeMap<>());
          out.add(-1);
        }
        node = next;
      }
      if (out.get(node) < 0) out.set(node, p);
    }

    int n = trie.size();
    keys = new char[n][];
    children = new int[n][];
    output = new int[n];
    for (int v = 0; v < n; v++) {
      TreeMap<Character, Integer> edges = trie.get(v);
      keys[v] = new char[edges.size()];
      children[v] = new int[edges.size()];
      int i = 0;
      for (var e : edges.entrySet()) {
        keys[v][i] = e.getKey();
        children[v][i++] = e.getValue();
      }
      output[v] = out.get(v);
    }

    fail = new int[n];
    nextOutput = new int[n];
    nextOutput[0] = -1;
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(0);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int i = 0; i < keys[u].length; i++) {
        char c = keys[u][i];
        int v = children[u][i];
        int f = fail[u];
        while (u != 0 && f != 0 && child(f, c) < 0) f = fail[f];
        int target = u == 0 ? 0 : child(f, c);
        fail[v] = target < 0 ? 0 : target;
        nextOutput[v] = output[fail[v]] >= 0 ? fail[v] : nextOutput[fail[v]];
        queue.add(v);
      }
    }
  }

  private int child(int node, char c) {
    int i = Arrays.binarySearch(keys[node], c);
    return i < 0 ? -1 : children[node][i];
  }

  /** Reports every occurrence of every pattern in {@code text}, by end position, longest first at each end. */
  void search(char[] text, int length, Sink sink) {
    int node = 0;
    for (int i = 0; i < length; i++) {
      char c = text[i];
      int next = child(node, c);
      while (next < 0 && node != 0) {
        node = fail[node];
        next = child(node, c);
      }
      node = next < 0 ? 0 : next;
      for (int v = output[node] >= 0 ? node : nextOutput[node]; v >= 0; v = nextOutput[v]) {
        int p = output[v];
        sink.match(i + 1 - patternLength[p], i + 1, p);
      }
    }
  }

  /** The number of trie nodes, for tests and sizing. */
  int size() {
    return keys.length;
  }
}
