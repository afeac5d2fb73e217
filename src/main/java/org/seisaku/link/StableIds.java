package org.seisaku.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.seisaku.model.ProgramYear;

/**
 * Gives each linked program its id, keeping the ids (URLs) of an earlier build.
 *
 * <ol>
 *   <li>A curated program (programs.yml) has its curated id.
 *   <li>Otherwise, when the earlier build ({@link PreviousIds}) had a program sharing program-years (by key:
 *       {@code judgit:data/2019/総務省/0020.json}) with this one, this one takes that id. Pairs (new program, old
 *       id) are taken greedily: most shared program-years first, then the smallest old id, then the new program's
 *       earliest key; each side once. So when a program splits, the part holding more of its old program-years
 *       keeps the id; when two merge, the merged program keeps the id that shared most.
 *   <li>Otherwise a new id {@code {ministryId}-{h}}: {@code h} is the first 8 characters of the lower-case
 *       base32 (RFC 4648) SHA-256 of {@code ministryId + "\n" + normalised name of the program's earliest
 *       program-year} (e.g. {@code soumu-k3q7x2ma}). When that id is taken, {@code "\n#2"}, {@code "\n#3"} … are
 *       appended to the hashed text until it is free. New programs are named in order of earliest fiscal year,
 *       then earliest key, so a program found in a later build does not take an existing program's id.
 *   <li>An old id not kept by any program becomes a redirect to the program now holding most of its
 *       program-years (ties: the smallest id). Earlier redirects are kept, re-pointed along the chain to an id
 *       that exists; a redirect whose target no longer exists, or whose key is a live id, is dropped.
 * </ol>
 *
 * <p>Adding a later year, a cycle or a source never changes an id: the earliest program-year (hence the hash) is
 * unchanged, and with the earlier build's ids the program keeps its id whatever is added before it.
 */
final class StableIds {
  /** A program being named: its program-years (sorted by fiscal year, key) and its curated id, or null. */
  record Group(String ministryId, List<ProgramYear> years, String curatedId) {}

  /** Ids, in the order of the groups given, and the redirects. */
  record Assigned(List<String> ids, Map<String, String> redirects) {}

  private StableIds() {}

  static Assigned assign(List<Group> groups, PreviousIds previous) {
    int n = groups.size();
    String[] ids = new String[n];
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String c = groups.get(i).curatedId();
      if (c != null) {
        ids[i] = c;
        taken.add(c);
      }
    }

    // key → group index, for matching previous ids
    Map<String, Integer> groupOfKey = new HashMap<>();
    for (int i = 0; i < n; i++) for (ProgramYear py : groups.get(i).years()) groupOfKey.put(py.key(), i);

    // previous id → (group → shared count)
    Map<String, Map<Integer, Integer>> shared = new TreeMap<>();
    previous.programs().forEach((oldId, keys) -> {
      for (String k : keys) {
        Integer g = groupOfKey.get(k);
        if (g != null) shared.computeIfAbsent(oldId, x -> new TreeMap<>()).merge(g, 1, Integer::sum);
      }
    });

    record Candidate(int count, String oldId, int group, String earliestKey) {}
    List<Candidate> candidates = new ArrayList<>();
    shared.forEach((oldId, byGroup) -> byGroup.forEach((g, count) ->
        candidates.add(new Candidate(count, oldId, g, groups.get(g).years().get(0).key()))));
    candidates.sort(Comparator.comparingInt(Candidate::count).reversed()
        .thenComparing(Candidate::oldId).thenComparing(Candidate::earliestKey));
    Set<String> usedOld = new HashSet<>();
    for (Candidate c : candidates) {
      if (ids[c.group()] != null || usedOld.contains(c.oldId()) || taken.contains(c.oldId())) continue;
      ids[c.group()] = c.oldId();
      usedOld.add(c.oldId());
      taken.add(c.oldId());
    }

    // new ids, oldest programs first
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < n; i++) if (ids[i] == null) fresh.add(i);
    fresh.sort(Comparator.<Integer>comparingInt(i -> groups.get(i).years().get(0).fiscalYear().year())
        .thenComparing(i -> groups.get(i).years().get(0).key()));
    Set<String> reserved = new HashSet<>(previous.programs().keySet());
    reserved.addAll(previous.redirects().keySet());
    for (int i : fresh) {
      Group g = groups.get(i);
      String ministry = g.ministryId() == null || g.ministryId().isEmpty() ? "program" : g.ministryId();
      String text = ministry + "\n" + Names.normalise(g.years().get(0).name());
      String id = ministry + "-" + hash(text);
      for (int k = 2; taken.contains(id) || reserved.contains(id); k++) id = ministry + "-" + hash(text + "\n#" + k);
      ids[i] = id;
      taken.add(id);
    }

    // redirects: old ids no longer used
    Map<String, String> redirects = new TreeMap<>();
    shared.forEach((oldId, byGroup) -> {
      if (taken.contains(oldId)) return;
      String best = null;
      int bestCount = -1;
      for (Map.Entry<Integer, Integer> e : byGroup.entrySet()) {
        String id = ids[e.getKey()];
        if (e.getValue() > bestCount || (e.getValue() == bestCount && id.compareTo(best) < 0)) {
          best = id;
          bestCount = e.getValue();
        }
      }
      redirects.put(oldId, best);
    });
    // earlier redirects and old ids whose program-years are all gone but which redirected before
    Map<String, String> chain = new HashMap<>(previous.redirects());
    chain.putAll(redirects);
    for (String oldId : previous.redirects().keySet()) {
      if (taken.contains(oldId) || redirects.containsKey(oldId)) continue;
      String target = follow(oldId, chain, taken);
      if (target != null) redirects.put(oldId, target);
    }
    redirects.replaceAll((k, v) -> taken.contains(v) ? v : follow(v, chain, taken));
    redirects.values().removeIf(v -> v == null);
    redirects.keySet().removeIf(taken::contains);
    List<String> out = new ArrayList<>(n);
    for (String id : ids) out.add(id);
    return new Assigned(out, redirects);
  }

  /** Follows redirects from id to a live id; null when the chain ends elsewhere or loops. */
  private static String follow(String id, Map<String, String> chain, Set<String> live) {
    Set<String> seen = new HashSet<>();
    String cur = id;
    while (cur != null && seen.add(cur)) {
      String next = chain.get(cur);
      if (next == null) return null;
      if (live.contains(next)) return next;
      cur = next;
    }
    return null;
  }

  private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  /** First 8 characters of the lower-case base32 of SHA-256(text), UTF-8. */
  static String hash(String text) {
    byte[] d;
    try {
      d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    // 8 base32 characters = 40 bits = the first 5 bytes
    long bits = 0;
    for (int i = 0; i < 5; i++) bits = (bits << 8) | (d[i] & 0xff);
    char[] out = new char[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = BASE32[(int) (bits & 31)];
      bits >>>= 5;
    }
    return new String(out);
  }
}
