package org.seisaku.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seisaku.diag.Problems;

/** {@link Importer#read} takes a text in the encodings Windows saves it in, the same text whichever it is. */
class ImportEncodingTest {
  @TempDir Path tmp;

  static final String TEXT = "令和８年度 概算要求\n・地域おこし協力隊推進事業　５．２億円（４．８億円）\n";

  private Path file(String name, byte[] bom, Charset charset) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bom);
    b.write(TEXT.getBytes(charset));
    return Files.write(tmp.resolve(name), b.toByteArray());
  }

  @Test
  void utf8Utf16AndCp932ReadAsTheSameLines() throws IOException {
    List<Path> files = List.of(file("utf8.txt", new byte[0], StandardCharsets.UTF_8),
        file("utf8bom.txt", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, StandardCharsets.UTF_8),
        file("utf16le.txt", new byte[] {(byte) 0xff, (byte) 0xfe}, StandardCharsets.UTF_16LE),
        file("utf16be.txt", new byte[] {(byte) 0xfe, (byte) 0xff}, StandardCharsets.UTF_16BE),
        file("sjis.txt", new byte[0], Charset.forName("windows-31j")));
    for (Path f : files) {
      Problems p = new Problems();
      SourceText text = Importer.read(f, f.toString(), p).orElseThrow(() -> new AssertionError(f + ": " + p.sorted()));
      assertEquals(List.of("令和８年度 概算要求", "・地域おこし協力隊推進事業　５．２億円（４．８億円）"),
          text.lines().stream().map(SourceLine::text).filter(t -> !t.isBlank()).toList(), f.toString());
    }
  }

  @Test
  void aUtf16MarkBeforeBytesThatAreNoUtf16IsAProblem() throws IOException {
    // an unpaired surrogate after the mark
    Path f = Files.write(tmp.resolve("bad.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xd8, 0x41, 0x00});
    Problems p = new Problems();
    assertTrue(Importer.read(f, "bad.txt", p).isEmpty());
    assertTrue(p.sorted().toString().contains("neither a PDF nor text"), p.sorted().toString());
  }
}
