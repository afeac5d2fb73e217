package org.seisaku.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCommitTest {
  @TempDir Path tmp;

  OutputCommit.Target site() {
    return new OutputCommit.Target(OutputMarker.Kind.SITE, tmp.resolve("site"), p -> false);
  }

  OutputCommit.Target index() {
    return new OutputCommit.Target(OutputMarker.Kind.INDEX, tmp.resolve("out/index"), p -> false);
  }

  /** Builds generation {@code gen} of both targets, committed or not. */
  OutputCommit stage(String gen) throws IOException {
    OutputCommit c = OutputCommit.begin(List.of(site(), index()));
    Files.writeString(c.staging(OutputMarker.Kind.SITE).resolve("index.html"), gen);
    Files.writeString(c.staging(OutputMarker.Kind.INDEX).resolve("segments_1"), gen);
    return c;
  }

  String generation() throws IOException {
    String s = Files.readString(site().path().resolve("index.html"));
    String i = Files.readString(index().path().resolve("segments_1"));
    assertEquals(s, i, "site and index of one build");
    assertEquals(OutputMarker.read(site().path()).orElseThrow().build(), OutputMarker.read(index().path()).orElseThrow().build());
    return s;
  }

  List<String> beside() throws IOException {
    try (Stream<Path> a = Files.list(tmp); Stream<Path> b = Files.list(tmp.resolve("out"))) {
      return Stream.concat(a, b).map(p -> tmp.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void commitReplacesBothAndLeavesNothingBeside() throws IOException {
    try (OutputCommit c = stage("one")) {
      c.commit("b1");
    }
    assertEquals("one", generation());
    try (OutputCommit c = stage("two")) {
      c.commit("b2");
    }
    assertEquals("two", generation());
    assertEquals("b2", OutputMarker.read(site().path()).orElseThrow().build());
    assertEquals(List.of("out", "out/index", "site"), beside());
  }

  @Test
  void anAbortDeletesOnlyItsStaging() throws IOException {
    try (OutputCommit c = stage("one")) {
      c.commit("b1");
    }
    try (OutputCommit c = stage("two")) {
      assertTrue(Files.isDirectory(c.staging(OutputMarker.Kind.SITE)));
    } // no commit: a failed build
    assertEquals("one", generation());
    assertEquals(List.of("out", "out/index", "site"), beside());
  }

  @Test
  void aDecidedCommitIsRolledForwardByTheNextCommandFromEitherSide() throws IOException {
    try (OutputCommit c = stage("one")) {
      c.commit("b1");
    }
    stage("two").decide("b2"); // the process dies after the journals are written
    OutputCommit.recover(index().path(), OutputMarker.Kind.INDEX);
    assertEquals("two", generation());
    assertEquals(List.of("out", "out/index", "site"), beside());
  }

  @Test
  void anUndecidedCommitIsRolledBackAndItsStagingOfADeadProcessDeleted() throws IOException {
    try (OutputCommit c = stage("one")) {
      c.commit("b1");
    }
    Path dead = tmp.resolve(".site.staging-999999999-00aa"); // a PID no process has
    Files.createDirectory(dead);
    new OutputMarker(OutputMarker.Kind.SITE, 1, OutputMarker.STAGING).writeInto(dead);
    OutputCommit.recover(site().path(), OutputMarker.Kind.SITE);
    assertFalse(Files.exists(dead));
    assertEquals("one", generation());
  }

  @Test
  void neverDeletesWhatItDidNotMake() throws IOException {
    Path unmarked = Files.createDirectory(tmp.resolve(".site.staging-999999999-00bb")); // no marker
    Path legacyStaging = Files.createDirectory(tmp.resolve(".site.staging"));          // 0.1's fixed names
    Path legacyPrevious = Files.createDirectory(tmp.resolve(".site.previous"));
    Path previousOfNobody = Files.createDirectory(tmp.resolve(".site.previous-999999999-00cc"));
    new OutputMarker(OutputMarker.Kind.SITE, 1, "x").writeInto(previousOfNobody);
    Path alive = tmp.resolve(".site.staging-" + ProcessHandle.current().parent().orElseThrow().pid() + "-00dd");
    Files.createDirectory(alive);
    new OutputMarker(OutputMarker.Kind.SITE, 1, OutputMarker.STAGING).writeInto(alive);
    Path otherKind = Files.createDirectory(tmp.resolve(".site.staging-999999999-00ee"));
    new OutputMarker(OutputMarker.Kind.INDEX, 1, OutputMarker.STAGING).writeInto(otherKind);
    try (OutputCommit c = stage("one")) {
      OutputCommit.recover(site().path(), OutputMarker.Kind.SITE);
      assertTrue(Files.isDirectory(c.staging(OutputMarker.Kind.SITE)), "an open commit of this process is alive");
      c.commit("b1");
    }
    for (Path p : List.of(unmarked, legacyStaging, legacyPrevious, previousOfNobody, alive, otherKind)) {
      assertTrue(Files.isDirectory(p), p + " kept");
    }
  }

  @Test
  void refusesFoldersWithoutItsMarker() throws IOException {
    assertNull(OutputCommit.refusal(site()), "absent");
    Files.createDirectories(site().path());
    assertNull(OutputCommit.refusal(site()), "empty");
    Files.createDirectories(site().path().resolve("data"));
    Files.writeString(site().path().resolve("data/programs.json"), "[]");
    assertNotNull(OutputCommit.refusal(site()), "a folder that merely has data/programs.json");
    new OutputMarker(OutputMarker.Kind.INDEX, 1, "b").writeInto(site().path());
    assertTrue(OutputCommit.refusal(site()).contains("is a seisaku index, not a site"), OutputCommit.refusal(site()));
    new OutputMarker(OutputMarker.Kind.SITE, 1, "b").writeInto(site().path());
    assertNull(OutputCommit.refusal(site()));
    Files.writeString(site().path().resolve(OutputMarker.FILE), "kind: site\n");
    assertNotNull(OutputCommit.refusal(site()), "a file with the marker's name but not its text");
    OutputCommit.Target legacy = new OutputCommit.Target(OutputMarker.Kind.SITE, site().path(), p -> true);
    assertNull(OutputCommit.refusal(legacy), "recognised as 0.1's");
  }

  @Test
  void aLiveCommitterMakesOthersWait() throws IOException {
    Files.createDirectories(tmp.resolve("site"));
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    Files.writeString(tmp.resolve(".site.seisaku-commit"), "{\"format\":1,\"pid\":" + parent + ",\"targets\":[]}");
    assertThrows(OutputCommit.BusyException.class, () -> OutputCommit.recover(site().path(), OutputMarker.Kind.SITE));
    assertThrows(OutputCommit.BusyException.class, () -> OutputCommit.begin(List.of(site())));
  }

  OutputCommit.Target deltaSite() {
    return new OutputCommit.Target(OutputMarker.Kind.SITE, tmp.resolve("site"), p -> false, true);
  }

  @Test
  void aDeltaCommitChangesOnlyTheStagedFilesAndDeletesTheListedOnes() throws IOException {
    try (OutputCommit c = OutputCommit.begin(List.of(site(), index()))) {
      Path s = c.staging(OutputMarker.Kind.SITE);
      Files.createDirectories(s.resolve("documents/a"));
      Files.createDirectories(s.resolve("documents/b"));
      Files.writeString(s.resolve("index.html"), "one");
      Files.writeString(s.resolve("documents/a/index.html"), "a1");
      Files.writeString(s.resolve("documents/b/index.html"), "b1");
      Files.writeString(c.staging(OutputMarker.Kind.INDEX).resolve("segments_1"), "one");
      c.commit("b1");
    }
    try (OutputCommit c = OutputCommit.begin(List.of(deltaSite(), index()))) {
      Path s = c.staging(OutputMarker.Kind.SITE);
      Files.createDirectories(s.resolve("documents/c"));
      Files.writeString(s.resolve("index.html"), "two");
      Files.writeString(s.resolve("documents/c/index.html"), "c2");
      Files.writeString(c.staging(OutputMarker.Kind.INDEX).resolve("segments_1"), "two");
      c.delete(OutputMarker.Kind.SITE, "documents/b/index.html");
      assertThrows(IllegalArgumentException.class, () -> c.delete(OutputMarker.Kind.SITE, "../escape"));
      assertThrows(IllegalArgumentException.class, () -> c.delete(OutputMarker.Kind.INDEX, "segments_1"));
      c.decide("b2"); // the process dies after the journals are written: the next command rolls it forward
    }
    OutputCommit.recover(site().path(), OutputMarker.Kind.SITE);
    assertEquals("two", generation());
    assertEquals("a1", Files.readString(site().path().resolve("documents/a/index.html")), "kept as it was");
    assertEquals("c2", Files.readString(site().path().resolve("documents/c/index.html")));
    assertFalse(Files.exists(site().path().resolve("documents/b")), "the deleted page's folder goes with it");
    assertEquals(List.of("out", "out/index", "site"), beside());
  }

  @Test
  void anUndecidedDeltaLeavesTheTargetAsItWas() throws IOException {
    try (OutputCommit c = stage("one")) {
      c.commit("b1");
    }
    try (OutputCommit c = OutputCommit.begin(List.of(deltaSite(), index()))) {
      Files.writeString(c.staging(OutputMarker.Kind.SITE).resolve("index.html"), "two");
      c.delete(OutputMarker.Kind.SITE, "index.html");
    } // no commit: a failed build
    assertEquals("one", generation());
    assertEquals(List.of("out", "out/index", "site"), beside());
  }
}
