package org.seisaku.encode;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Text for a terminal: escape sequences and control characters that content carries are removed, so that a
 * name in a review sheet cannot clear the screen, set the window title, move the cursor, hide text or reorder
 * it. Every line seisaku prints (search hits, problems, progress, server log lines) goes through
 * {@link #writer}, set once on the command line's streams.
 *
 * <pre>
 *   地域\e[2J\e]0;pwned\a事業       → 地域事業        (CSI and OSC sequences removed whole)
 *   a\u009B31mb, a\rb, a\u0007b  → ab, ab, ab      (C1 CSI, a carriage return, BEL)
 *   a\u202Eb, a\u2066b           → ab, ab          (bidirectional overrides and isolates)
 *   line\n, a\tb                 → unchanged       (line breaks and tabs are kept)
 * </pre>
 *
 * <p>Removed: C0 controls but tab and line feed; DEL; C1 controls; ESC with the sequence it starts (CSI
 * {@code ESC [ … final}, OSC/DCS/APC/PM/SOS strings up to BEL or {@code ESC \}, or one more character), cut
 * short at a line break so that a broken sequence never swallows lines; the bidirectional controls U+202A–U+202E
 * and U+2066–U+2069. JSON output passes through unchanged, since JSON escapes every control character.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code out} with everything written to it cleaned; auto-flushing, as the command line's streams are. */
  public static PrintWriter writer(Writer out) {
    return new PrintWriter(new Filter(out), true);
  }

  /** The text as {@link #writer} would print it. */
  public static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    State st = new State();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (st.keep(c)) sb.append(c);
    }
    return sb.toString();
  }

  /** Whether a character is removed on its own (outside any sequence). */
  static boolean control(char c) {
    return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Where the cleaner is: in text, after ESC, in a CSI sequence or in a string sequence (OSC …). */
  private static final class State {
    private static final int TEXT = 0, ESC = 1, CSI = 2, STRING = 3, STRING_ESC = 4;
    private int state = TEXT;

    boolean keep(char c) {
      if (c == '\n') { // a line break ends any sequence, and is kept
        state = TEXT;
        return true;
      }
      switch (state) {
        case ESC -> {
          state = c == '[' ? CSI : (c == ']' || c == 'P' || c == '_' || c == '^' || c == 'X') ? STRING : TEXT;
          return false;
        }
        case CSI -> {
          if (c >= 0x40 && c <= 0x7E) state = TEXT;
          else if (c < 0x20 || c > 0x7E) state = c == 0x1B ? ESC : TEXT; // not a CSI byte: the sequence was broken
          return false;
        }
        case STRING -> {
          if (c == 0x07 || c == 0x9C) state = TEXT;
          else if (c == 0x1B) state = STRING_ESC;
          return false;
        }
        case STRING_ESC -> {
          state = c == '\\' ? TEXT : STRING;
          return false;
        }
        default -> {
          if (c == 0x1B) {
            state = ESC;
            return false;
          }
          if (c == 0x9B) {
            state = CSI;
            return false;
          }
          if (c == 0x90 || c == 0x9D || c == 0x9E || c == 0x9F || c == 0x98) {
            state = STRING;
            return false;
          }
          return !control(c);
        }
      }
    }
  }

  private static final class Filter extends FilterWriter {
    private final State state = new State();

    Filter(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      if (state.keep((char) c)) out.write(c);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      char[] kept = new char[len];
      int n = 0;
      for (int i = off; i < off + len; i++) if (state.keep(cbuf[i])) kept[n++] = cbuf[i];
      out.write(kept, 0, n);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      write(s.toCharArray(), off, len);
    }
  }
}
