package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.index.Fields;
import org.seisaku.io.OutputCommit;
import org.seisaku.io.OutputMarker;

/**
 * Kills real {@code build} processes ({@code java -jar target/seisaku.jar build}, {@code kill -9}) at random points of
 * each stage (read, index, render, commit) and checks what the next seisaku command sees: the site and the index are
 * both the previous build or both the new one (the build id of the site's marker, the index's marker and the index's
 * Lucene commit data agree), the site is whole, and {@code search} finds the site's own generation of the content at a
 * page the site has.
 *
 * <p>The content is the fixture plus a generated mid-size part (120 programs, 30 documents, so that each stage lasts
 * long enough to be hit), changed in every trial so that each build differs from the last. Trials target the stages in
 * turn; the kill comes at a uniformly random time within the stage's duration, measured on an uninterrupted
 * build first. Commit trials slow the commit's renames down ({@code -Dseisaku.test.commitPauseMillis}) so that a kill
 * can land between them. Half the trials are recovered from the site's side (as {@code serve} does), half from the
 * index's (as {@code search} does).
 *
 * <p>{@code -Dseisaku.killTrials=100} runs 100 trials (default 12); {@code -Dseisaku.killSeed=N} repeats a run.
 */
class KillIT {
  enum Stage { READ, INDEX, RENDER, COMMIT }

  static final int TRIALS = Integer.getInteger("seisaku.killTrials", 12);
  static final long SEED = Long.getLong("seisaku.killSeed", System.nanoTime());
  static final long COMMIT_PAUSE_MS = 120;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  Path content;
  Path site;
  Path index;

  /** What happened in one trial. */
  record Trial(int number, Stage stage, long killAfterMs, boolean killed, String outcome) {}

  @Test
  void killedBuildsLeaveSiteAndIndexOfOneBuild() throws Exception {
    content = Fixtures.copy("content", tmp.resolve("content"));
    Fixtures.copy("judgit", tmp.resolve("judgit"));
    CheckBuildAgreementIT.replace(content, "site.yml", "sources: []", "sources: [judgit:../judgit]");
    site = tmp.resolve("out/site");
    index = tmp.resolve("out/index");
    Random random = new Random(SEED);

    generate(0);
    Map<Stage, Long> durations = new EnumMap<>(Stage.class);
    Run first = run(Stage.READ, Long.MAX_VALUE, false, durations);
    assertEquals(0, first.exit(), first.err());
    String previousBuild = check(0, -1).build();

    List<Trial> trials = new ArrayList<>();
    int consistent = 0;
    int old = 0;
    int fresh = 0;
    int lastGood = 0;
    for (int t = 1; t <= TRIALS; t++) {
      Stage stage = Stage.values()[t % Stage.values().length];
      generate(t);
      long window = Math.max(1, durations.get(stage));
      long delay = (long) (random.nextDouble() * window);
      Run r = run(stage, delay, stage == Stage.COMMIT, null);
      if (t % 2 == 0) OutputCommit.recover(site, OutputMarker.Kind.SITE); // as serve does; search recovers the index
      Seen seen;
      try {
        seen = check(lastGood, t);
      } catch (AssertionError e) {
        throw new AssertionError("trial " + t + " (" + stage + ", kill after " + delay + " ms, seed " + SEED + "): "
            + e.getMessage() + "\n" + r.err(), e);
      }
      consistent++;
      String outcome = seen.generation() == t ? "new" : "old";
      if (seen.generation() == t) {
        fresh++;
        lastGood = t;
        previousBuild = seen.build();
      } else {
        old++;
        assertEquals(previousBuild, seen.build(), "trial " + t + ": the previous build is whole");
      }
      trials.add(new Trial(t, stage, delay, r.killed(), outcome));
    }
    // the next complete build cleans up after the killed ones: nothing but the two folders is left beside them
    generate(TRIALS + 1);
    Run last = run(Stage.READ, Long.MAX_VALUE, false, null);
    assertEquals(0, last.exit(), last.err());
    check(TRIALS + 1, TRIALS + 1);
    assertEquals(List.of("index", "site"), OutputSafetyIT.names(tmp.resolve("out")), "no staging or journal left");

    Map<Stage, int[]> byStage = new EnumMap<>(Stage.class);
    for (Trial tr : trials) byStage.computeIfAbsent(tr.stage(), s -> new int[3])[tr.outcome().equals("new") ? 1 : 0]++;
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "kill trials: %d (killed %d), consistent %d (old %d, new %d), seed %d; stage windows ms %s;", TRIALS,
        trials.stream().filter(Trial::killed).count(), consistent, old, fresh, SEED, durations));
    byStage.forEach((s, c) -> sb.append(String.format(Locale.ROOT, " %s old %d new %d;", s, c[0], c[1])));
    System.out.println(sb);
    assertEquals(TRIALS, consistent);
  }

  /** A build's result as the next command sees it. */
  record Seen(int generation, String build) {}

  /**
   * Checks what {@code search} (which first recovers the index) and the site show: one build id in both markers and
   * the index's commit data; the site whole; the site's generation found by search at one of the site's pages.
   * {@code expectOld} and {@code expectNew} are the generations allowed.
   */
  Seen check(int expectOld, int expectNew) throws IOException {
    Fixtures.Run search = Fixtures.run("search", "世代事業", "--index", index.toString(), "--json", "--limit", "50");
    assertEquals(0, search.exit(), search.err());
    String siteBuild = OutputMarker.read(site).orElseThrow(() -> new AssertionError("site has no marker")).build();
    String indexBuild = OutputMarker.read(index).orElseThrow(() -> new AssertionError("index has no marker")).build();
    String committed;
    try (FSDirectory d = FSDirectory.open(index)) {
      committed = SegmentInfos.readLatestCommit(d).getUserData().get(Fields.BUILD_KEY);
    }
    assertEquals(siteBuild, indexBuild, "site and index markers name one build");
    assertEquals(siteBuild, committed, "the index's commit data names the site's build");

    int generation = -1;
    JsonNode programs = JSON.readTree(site.resolve("data/programs.json").toFile());
    for (JsonNode p : programs) {
      String name = p.get("name").asText();
      if (name.startsWith("世代") && name.endsWith("の目印事業")) {
        generation = Integer.parseInt(name.substring(2, name.length() - "の目印事業".length()));
      }
      assertTrue(Files.isRegularFile(site.resolve("programs/" + p.get("id").asText() + "/index.html")), "page of " + p.get("id"));
    }
    assertTrue(generation == expectOld || generation == expectNew, "generation " + generation + " of the site is "
        + expectOld + " or " + expectNew);
    String marker = "世代" + generation + "の目印事業";
    Fixtures.Run found = Fixtures.run("search", marker, "--index", index.toString(), "--json", "--limit", "5");
    assertEquals(0, found.exit(), found.err());
    JsonNode hits = JSON.readTree(found.out()).get("hits");
    assertTrue(hits.size() > 0 && hits.get(0).get("title").asText().equals(marker), "search finds " + marker + ": " + found.out());
    Path page = site.resolve(hits.get(0).get("url").asText()).resolve("index.html");
    assertTrue(Files.isRegularFile(page), "search's hit is a page of the site: " + page);
    assertTrue(Files.readString(page).contains(marker), page + " is the site's page of " + marker);
    return new Seen(generation, siteBuild);
  }

  /**
   * Writes generation {@code gen} of the generated part: 120 programs with three years each and 30 documents that
   * mention them, plus one program whose name says the generation. Every generation changes every figure a little.
   */
  void generate(int gen) throws IOException {
    StringBuilder csv = new StringBuilder("fiscal_year,ministry,program,kind,amount,status,document,note\n");
    csv.append("2020,総務省,世代").append(gen).append("の目印事業,当初,").append(gen + 1).append("億円,,,\n");
    for (int p = 0; p < 120; p++) {
      for (int y = 2019; y <= 2021; y++) {
        csv.append(y).append(",総務省,地域振興モデル事業その").append(p).append(",当初,")
            .append(p + y - 2000 + gen).append(".5億円,,,\n");
      }
    }
    CheckBuildAgreementIT.write(content, "budget/generated.csv", csv.toString());
    for (int d = 0; d < 30; d++) {
      StringBuilder md = new StringBuilder("---\ntitle: 地域振興の資料その" + d + "（第" + gen + "版）\nministry: soumu\n"
          + "fiscal_year: 2020\n---\n");
      for (int k = 0; k < 20; k++) {
        md.append("地域振興モデル事業その").append((d * 7 + k) % 120).append("は、過疎地域の交通と医療を支える取組であり、第")
            .append(gen).append("版の見直しで対象を広げた。\n\n");
      }
      CheckBuildAgreementIT.write(content, "documents/generated/doc-" + d + ".md", md.toString());
    }
  }

  /** One build process's end: exit code (-1 when killed) and what it printed. */
  record Run(int exit, boolean killed, String err) {}

  /**
   * Runs a build in its own JVM; when its progress says {@code stage} began, waits {@code killAfterMs} and kills it
   * (SIGKILL) unless it ended first. With {@code durations} it is not killed and records each stage's duration.
   */
  Run run(Stage stage, long killAfterMs, boolean slowCommit, Map<Stage, Long> durations) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(OutputSafetyIT.java(), "-Xmx512m"));
    if (slowCommit) cmd.add("-Dseisaku.test.commitPauseMillis=" + COMMIT_PAUSE_MS);
    cmd.addAll(List.of("-jar", Path.of("target/seisaku.jar").toAbsolutePath().toString(), "build", "--content",
        content.toString(), "--out", site.toString(), "--index", index.toString()));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    StringBuilder err = new StringBuilder();
    CountDownLatch began = new CountDownLatch(1);
    Map<Stage, Long> starts = new EnumMap<>(Stage.class);
    long[] end = {0};
    Thread reader = new Thread(() -> {
      try (Reader r = new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8)) {
        int c;
        while ((c = r.read()) >= 0) {
          synchronized (err) {
            err.append((char) c);
            for (Stage s : Stage.values()) {
              String begin = s.name().toLowerCase(Locale.ROOT) + " … ";
              if (!starts.containsKey(s) && err.length() >= begin.length()
                  && err.substring(err.length() - begin.length()).equals(begin)) {
                starts.put(s, System.nanoTime());
                if (s == stage) began.countDown();
              }
            }
          }
        }
      } catch (IOException ignored) {
        // the process was killed
      }
      end[0] = System.nanoTime();
    });
    reader.start();
    boolean killed = false;
    if (killAfterMs != Long.MAX_VALUE && began.await(3, TimeUnit.MINUTES)) {
      if (!p.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
        killed = true;
      }
    }
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build ended");
    reader.join(10_000);
    if (durations != null) {
      Stage[] all = Stage.values();
      for (int i = 0; i < all.length; i++) {
        Long from = starts.get(all[i]);
        Long to = i + 1 < all.length ? starts.get(all[i + 1]) : (Long) end[0];
        if (from != null && to != null) durations.put(all[i], (to - from) / 1_000_000);
      }
      durations.put(Stage.COMMIT, COMMIT_PAUSE_MS * 10); // slowed down in the commit trials: 8 pauses and their work
    }
    synchronized (err) {
      return new Run(killed ? -1 : p.exitValue(), killed, err.toString());
    }
  }

}
