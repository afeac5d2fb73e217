package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.index.Fields;
import org.seisaku.io.OutputCommit;
import org.seisaku.io.OutputMarker;

/**
 * What {@code build} may replace and delete, and what a failed build leaves: a folder is replaced only when it carries
 * seisaku's marker (or is empty, or is 0.1's exact layout); nothing beside the targets that this build did not make
 * is deleted; a failure in any stage, out of memory in a render worker included, is reported in one line naming the
 * stage and the cause, leaves no staging folder, and leaves the previous site and index as they were.
 */
class OutputSafetyIT {
  @TempDir Path tmp;
  Path content;
  Path site;
  Path index;

  @BeforeEach
  void content() throws IOException {
    content = Fixtures.copy("content", tmp.resolve("content"));
    site = tmp.resolve("out/site");
    index = tmp.resolve("out/index");
  }

  Fixtures.Run build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", site.toString(),
        "--index", index.toString(), "-q"));
    args.addAll(List.of(extra));
    return Fixtures.run(args.toArray(String[]::new));
  }

  /** Everything under the output parent: the site and index files, and anything beside them. */
  List<String> snapshot() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(tmp.resolve("out"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        out.add(tmp.relativize(p) + (Files.isRegularFile(p) ? " " + Files.size(p) + " " + Files.readString(p,
            StandardCharsets.ISO_8859_1).hashCode() : ""));
      }
    }
    out.sort(null);
    return out;
  }

  static String indexBuild(Path index) throws IOException {
    try (FSDirectory d = FSDirectory.open(index)) {
      return SegmentInfos.readLatestCommit(d).getUserData().get(Fields.BUILD_KEY);
    }
  }

  @Test
  void siteAndIndexCarryTheMarkerWithOneBuildId() throws IOException {
    assertEquals(0, build().exit());
    OutputMarker s = OutputMarker.read(site).orElseThrow();
    OutputMarker i = OutputMarker.read(index).orElseThrow();
    assertEquals(OutputMarker.Kind.SITE, s.kind());
    assertEquals(OutputMarker.Kind.INDEX, i.kind());
    assertEquals(s.build(), i.build());
    assertEquals(s.build(), indexBuild(index));
    assertEquals(List.of("index", "site"), names(tmp.resolve("out")), "nothing left beside");
  }

  @Test
  void aTemplateThatThrowsFailsTheRenderInOneLineAndChangesNothing() throws IOException {
    assertEquals(0, build().exit());
    List<String> before = snapshot();
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(templates.resolve("program.ftlh"), "${no.such.thing}\n");
    Fixtures.Run r = build("--templates", templates.toString());
    assertEquals(3, r.exit(), r.err());
    List<String> lines = CheckBuildAgreementIT.lines(r.err());
    assertEquals(1, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("seisaku: build failed in render: "), r.err());
    assertTrue(lines.get(0).endsWith(site + " and " + index + " are as they were"), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("DirectoryNotEmpty"), r.err());
    assertEquals(before, snapshot(), "previous site and index untouched, no staging folder left");
  }

  @Test
  void runningOutOfMemoryInARenderWorkerIsReportedAsSuchAndChangesNothing() throws Exception {
    assertEquals(0, build().exit());
    List<String> before = snapshot();
    Path templates = Files.createDirectories(tmp.resolve("templates"));
    // each program page doubles a string until the heap is gone, in every render worker at once
    Files.writeString(templates.resolve("program.ftlh"),
        "<#assign s = \"0123456789\"><#list 1..40 as i><#assign s = s + s></#list>${s?length}\n");
    Process p = new ProcessBuilder(java(), "-Xmx160m", "-jar", Path.of("target/seisaku.jar").toAbsolutePath().toString(),
        "build", "--content", content.toString(), "--out", site.toString(), "--index", index.toString(), "-q",
        "--templates", templates.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "build ended");
    assertEquals(3, p.exitValue(), out);
    List<String> lines = CheckBuildAgreementIT.lines(out);
    assertEquals(1, lines.size(), out);
    assertTrue(lines.get(0).startsWith("seisaku: build failed in render: out of memory (Java heap space)"), out);
    assertEquals(before, snapshot(), "previous site and index untouched, no staging folder left");
  }

  @Test
  void refusesFoldersThatMerelyLookLikeOutput() throws IOException {
    Files.createDirectories(site.resolve("data"));
    Files.writeString(site.resolve("data/programs.json"), "[]");
    Files.writeString(site.resolve("thesis.txt"), "大事なファイル");
    Fixtures.Run r = build();
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("has no .seisaku-output marker"), r.err());
    assertTrue(Files.exists(site.resolve("thesis.txt")));

    OutputCommit.deleteTree(site);
    Files.createDirectories(index);
    Files.writeString(index.resolve("segments_1"), "not an index");
    Files.writeString(index.resolve("notes.txt"), "大事なメモ");
    Fixtures.Run i = build();
    assertEquals(2, i.exit(), i.err());
    assertTrue(Files.exists(index.resolve("notes.txt")));
    assertFalse(Files.exists(site), "nothing written");
  }

  @Test
  void replacesTheOutputsOf01WhichHadNoMarker() throws IOException {
    assertEquals(0, build().exit());
    Files.delete(site.resolve(OutputMarker.FILE)); // as 0.1 wrote them
    Files.delete(index.resolve(OutputMarker.FILE));
    Files.delete(index.resolve(org.seisaku.io.Manifest.FILE)); // 0.1 kept no manifest, no index parts
    OutputCommit.deleteTree(index.resolve(".parts"));
    OutputCommit.deleteTree(index.resolve(org.seisaku.index.Indexer.GROUPS));
    Files.delete(index.resolve(org.seisaku.index.Related.SAVED)); // nor saved related programs
    Files.delete(index.resolve(org.seisaku.search.StaticIndex.SAVED)); // nor the browser postings' sizes
    OutputCommit.deleteTree(site.resolve("data/years")); // nor per-year data files
    Files.delete(site.resolve("favicon.ico")); // nor an icon at the root
    Fixtures.Run r = build();
    assertEquals(0, r.exit(), r.err());
    assertTrue(OutputMarker.read(site).isPresent() && OutputMarker.read(index).isPresent());

    Files.delete(site.resolve(OutputMarker.FILE));
    Files.writeString(site.resolve("notes.txt"), "a file 0.1 never wrote");
    assertEquals(2, build().exit(), "not 0.1's exact layout");
  }

  @Test
  void neverDeletesFoldersBesideTheTargetsThatItDidNotMake() throws IOException {
    assertEquals(0, build().exit());
    Path out = tmp.resolve("out");
    List<Path> others = List.of(out.resolve(".site.staging"), out.resolve(".site.previous"), out.resolve(".index.staging"),
        out.resolve(".index.previous"), out.resolve(".site.staging-1-abcd"), out.resolve(".site.previous-999999999-ab"));
    for (Path p : others) Files.writeString(Files.createDirectories(p).resolve("mine.txt"), "x");
    assertEquals(0, build().exit());
    for (Path p : others) assertTrue(Files.exists(p.resolve("mine.txt")), p + " kept");
  }

  static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
