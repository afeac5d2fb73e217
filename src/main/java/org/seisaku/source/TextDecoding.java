package org.seisaku.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;

/**
 * Reads a text file strictly: UTF-8 (a leading BOM is dropped) unless site.yml declares its charset. A file that
 * is not valid in its charset is reported at the line of the first bad byte and yields nothing: it is never
 * misread.
 *
 * <pre>
 *   UTF-8 bytes, with or without BOM           → the text
 *   CP932 bytes, undeclared                    → {@code old.csv:3: not UTF-8 (looks like CP932/Shift_JIS): convert it …}
 *   CP932 bytes, declared {@code budget/old.csv: cp932} → the text
 * </pre>
 */
public final class TextDecoding {
  static final Charset CP932 = Charset.forName("windows-31j");

  private TextDecoding() {}

  /**
   * Reads (through {@link SourceFiles#read}: no links, at most the kind's size) and decodes a file;
   * {@code declared} is the charset named in site.yml, or null for UTF-8.
   */
  public static Optional<String> read(Path file, Limits.FileKind kind, String declared, String path, Problems problems) {
    return SourceFiles.read(file, kind, path, problems).flatMap(bytes -> decode(bytes, declared, path, problems));
  }

  /** Decodes bytes as {@link #read} does. */
  public static Optional<String> decode(byte[] bytes, String declared, String path, Problems problems) {
    Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String text = strict(charset).decode(in).toString();
      return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (CharacterCodingException e) {
      int line = lineOfFirstBadByte(bytes, charset);
      if (declared != null) {
        problems.error(path, line, "not valid " + declared + " (the charset site.yml declares for it under encodings:)");
      } else {
        String guess = isValid(bytes, CP932) ? " (looks like CP932/Shift_JIS)" : "";
        problems.error(path, line, "not UTF-8" + guess
            + ": convert it to UTF-8 or declare it in site.yml under encodings:");
      }
      return Optional.empty();
    }
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean isValid(byte[] bytes, Charset charset) {
    try {
      strict(charset).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** 1-based line of the first byte the charset cannot decode (lines counted by LF bytes before it). */
  static int lineOfFirstBadByte(byte[] bytes, Charset charset) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length * 2));
    CoderResult r = strict(charset).decode(in, out, true);
    int bad = r.isError() ? in.position() : bytes.length;
    int line = 1;
    for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
    return line;
  }
}
