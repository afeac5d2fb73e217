package org.seisaku.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} and {@code build} on a content folder with the faults publishers make: each is reported as
 * {@code path:line: message}, the exit code is 1, there is no stack trace and nothing is written.
 */
class CheckIT {
  @TempDir Path tmp;

  private Path spoiledContent() throws Exception {
    Path content = Fixtures.copy("content", tmp.resolve("content"));
    Files.writeString(content.resolve("budget/bad.csv"), String.join("\n",
        "fiscal_year,ministry,program,kind,amount,status,document,note",
        "2019,総務省,良い事業,当初,3.7億円,新規,,",
        "2019,総務省,金額の悪い事業,当初,三億円くらい,新規,,",
        "2019,外務省,知らない省の事業,当初,1億円,新規,,",
        "平成0年度,総務省,ありえない年度の事業,当初,1億円,新規,,",
        ""), StandardCharsets.UTF_8);
    Files.writeString(content.resolve("documents/broken.md"), String.join("\n",
        "---",
        "title: 壊れた前付け",
        "ministry: [soumu",
        "---",
        "本文", ""), StandardCharsets.UTF_8);
    Files.write(content.resolve("budget/sjis.csv"), String.join("\n",
        "fiscal_year,ministry,program,kind,amount,status,document,note",
        "2019,総務省,シフトJISの事業,当初,1億円,新規,,", "").getBytes(Charset.forName("windows-31j")));
    return content;
  }

  @Test
  void checkReportsEveryProblemWithPathAndLine() throws Exception {
    Path content = spoiledContent();
    Fixtures.Run r = Fixtures.run("check", "--content", content.toString(), "-q");
    assertEquals(1, r.exit(), r.out() + r.err());
    String out = r.out();
    assertTrue(out.contains("budget/bad.csv:3: "), out);
    assertTrue(out.contains("三億円くらい"), "names the bad amount: " + out);
    assertTrue(out.contains("budget/bad.csv:4: ") && out.contains("外務省"), "unknown ministry: " + out);
    assertTrue(out.contains("budget/bad.csv:5: ") && out.contains("平成0年度"), "impossible fiscal year: " + out);
    assertTrue(out.matches("(?s).*documents/broken\\.md:[34]: .*"), "broken front matter with its line: " + out);
    assertTrue(out.contains("budget/sjis.csv:2: ") && out.contains("CP932"), "CP932 file: " + out);
    assertFalse(out.contains("シフトJISの事業"), "nothing read from the CP932 file");
    assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace");
    assertFalse((r.out() + r.err()).contains("Exception"), "no exception names");
  }

  @Test
  void buildWithErrorsWritesNothing() throws Exception {
    Path content = spoiledContent();
    Path out = tmp.resolve("site");
    Path index = tmp.resolve("index");
    Fixtures.Run r = Fixtures.run("build", "--content", content.toString(), "--out", out.toString(),
        "--index", index.toString(), "-q");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("budget/bad.csv:3: "), r.err());
    assertFalse(Files.exists(out), "no site written");
    assertFalse(Files.exists(index), "no index written");
  }

  @Test
  void failedBuildLeavesThePreviousSiteWhole() throws Exception {
    Path content = Fixtures.copy("content", tmp.resolve("content"));
    Path out = tmp.resolve("site");
    Path index = tmp.resolve("index");
    Fixtures.Run ok = Fixtures.run("build", "--content", content.toString(), "--out", out.toString(),
        "--index", index.toString(), "-q");
    assertEquals(0, ok.exit(), ok.err());
    var before = Fixtures.files(out);
    String home = Fixtures.read(out.resolve("index.html"));

    Files.writeString(content.resolve("budget/2012.csv"), "fiscal_year,ministry,program,kind,amount,status,document,note\n"
        + "2012,総務省,壊れた行,当初,abc,新規,,\n", StandardCharsets.UTF_8);
    Fixtures.Run bad = Fixtures.run("build", "--content", content.toString(), "--out", out.toString(),
        "--index", index.toString(), "-q");
    assertEquals(1, bad.exit());
    assertEquals(before, Fixtures.files(out));
    assertEquals(home, Fixtures.read(out.resolve("index.html")));
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, Fixtures.run("build", "--source", "nosuchtype:x").exit());
    assertEquals(2, Fixtures.run("frobnicate").exit());
    assertEquals(2, Fixtures.run("build", "--base-url", "not a url", "--content", Fixtures.resource("content").toString()).exit());
  }

  @Test
  void refusesToReplaceAFolderThatIsNotASite() throws Exception {
    Path out = tmp.resolve("documents-of-mine");
    Files.createDirectories(out);
    Files.writeString(out.resolve("thesis.txt"), "大事なファイル");
    Fixtures.Run r = Fixtures.run("build", "--content", Fixtures.resource("content").toString(), "--out", out.toString(),
        "--index", tmp.resolve("index").toString(), "-q");
    assertEquals(2, r.exit(), r.err());
    assertTrue(Files.exists(out.resolve("thesis.txt")));

    Path notAnIndex = tmp.resolve("notes");
    Files.createDirectories(notAnIndex);
    Files.writeString(notAnIndex.resolve("memo.txt"), "大事なメモ");
    Fixtures.Run i = Fixtures.run("build", "--content", Fixtures.resource("content").toString(), "--out", tmp.resolve("site").toString(),
        "--index", notAnIndex.toString(), "-q");
    assertEquals(2, i.exit(), i.err());
    assertTrue(i.err().contains("refusing to replace it"), i.err());
    assertTrue(Files.exists(notAnIndex.resolve("memo.txt")));
    assertFalse(Files.exists(tmp.resolve("site")), "nothing written");
  }

  @Test
  void versionAndHelp() {
    Fixtures.Run v = Fixtures.run("--version");
    assertEquals(0, v.exit());
    assertTrue(v.out().startsWith("seisaku "), v.out());
    for (String cmd : new String[] {"build", "check"}) {
      Fixtures.Run h = Fixtures.run(cmd, "--help");
      assertEquals(0, h.exit());
      assertTrue(h.out().contains("--content"), h.out());
    }
  }
}
