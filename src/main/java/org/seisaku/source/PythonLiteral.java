package org.seisaku.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.seisaku.diag.Limits;

/**
 * A strict reader of the Python literals that some review sheets carry as a string instead of JSON (a list
 * printed with {@code repr}). The result is the Jackson tree the same data would have had as JSON.
 *
 * <pre>
 *   [{'年度': 2020, '当初予算': 1.0}]          → [{"年度":2020,"当初予算":1.0}]   (1.0 kept as the decimal 1.0)
 *   {"a": None, 'b': True, 'c': False}       → {"a":null,"b":true,"c":false}
 *   [-3.5, 1e3, 'it\'s', "x\ny", (1, 2)]     → [-3.5, 1E+3, "it's", "x\ny", [1,2]]   (a tuple reads as a list)
 *   [nan]                                    → [null]   (pandas writes a missing figure as nan)
 *   [1, 2,]                                  → [1, 2]   (a trailing comma, as Python allows)
 * </pre>
 *
 * <p>Anything else is a {@link SyntaxException} naming the character offset: an unknown name ({@code inf},
 * {@code foo}), a triple-quoted or concatenated string, a set, a duplicate key, trailing text; and input beyond
 * {@link Limits}: nesting deeper than {@value Limits#NESTING} levels ({@code [[[[…}), a number of more than
 * {@value Limits#NUMBER_DIGITS} digits or out of {@link Limits#numberInRange} ({@code 1e2100000000}). The reader
 * recurses only as deep as the nesting it admits, and works in time linear in the text.
 */
public final class PythonLiteral {

  /** A literal that does not read, with the 0-based offset of the problem. */
  public static final class SyntaxException extends IllegalArgumentException {
    private final int offset;

    SyntaxException(String message, int offset) {
      super(message + " at character " + offset);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String s;
  private int pos;
  private int depth;

  private PythonLiteral(String s) {
    this.s = s;
  }

  /** Reads one literal that makes up the whole text (surrounding whitespace allowed). */
  public static JsonNode parse(String text) {
    PythonLiteral p = new PythonLiteral(text);
    JsonNode v = p.value();
    p.skipSpace();
    if (p.pos != text.length()) throw new SyntaxException("unexpected text after the literal", p.pos);
    return v;
  }

  private JsonNode value() {
    skipSpace();
    if (pos >= s.length()) throw new SyntaxException("unexpected end", pos);
    char c = s.charAt(pos);
    if ((c == '[' || c == '(' || c == '{') && depth >= Limits.NESTING) {
      throw new SyntaxException("nested deeper than " + Limits.NESTING + " levels", pos);
    }
    return switch (c) {
      case '[' -> nested(() -> sequence(']'));
      case '(' -> nested(() -> sequence(')'));
      case '{' -> nested(this::dict);
      case '\'', '"' -> TextNode.valueOf(string());
      default -> Character.isLetter(c) || c == '_' ? name() : number();
    };
  }

  private JsonNode nested(java.util.function.Supplier<JsonNode> container) {
    depth++;
    try {
      return container.get();
    } finally {
      depth--;
    }
  }

  private ArrayNode sequence(char close) {
    ArrayNode list = NODES.arrayNode();
    pos++;
    while (true) {
      skipSpace();
      if (peek() == close) {
        pos++;
        return list;
      }
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != close) {
        throw new SyntaxException("expected ',' or '" + close + "'", pos);
      }
    }
  }

  private ObjectNode dict() {
    ObjectNode map = NODES.objectNode();
    pos++;
    while (true) {
      skipSpace();
      if (peek() == '}') {
        pos++;
        return map;
      }
      int keyAt = pos;
      JsonNode key = value();
      if (!key.isTextual() && !key.isIntegralNumber()) throw new SyntaxException("a key must be a string or an integer", keyAt);
      skipSpace();
      if (peek() != ':') throw new SyntaxException("expected ':' after a key", pos);
      pos++;
      if (map.has(key.asText())) throw new SyntaxException("duplicate key '" + key.asText() + "'", keyAt);
      map.set(key.asText(), value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() != '}') {
        throw new SyntaxException("expected ',' or '}'", pos);
      }
    }
  }

  private String string() {
    char quote = s.charAt(pos);
    int start = pos;
    if (s.startsWith(String.valueOf(quote).repeat(3), pos)) throw new SyntaxException("a triple-quoted string is not read", pos);
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= s.length()) throw new SyntaxException("string not closed", start);
      char c = s.charAt(pos++);
      if (c == quote) break;
      if (c == '\n') throw new SyntaxException("line break inside a string", pos - 1);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= s.length()) throw new SyntaxException("string not closed", start);
      char e = s.charAt(pos++);
      switch (e) {
        case '\\', '\'', '"' -> out.append(e);
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '0' -> out.append('\0');
        case 'x' -> out.appendCodePoint(hex(2));
        case 'u' -> out.appendCodePoint(hex(4));
        case 'U' -> out.appendCodePoint(hex(8));
        default -> throw new SyntaxException("unknown escape \\" + e, pos - 2);
      }
    }
    int after = pos;
    skipSpace();
    if (peek() == '\'' || peek() == '"') throw new SyntaxException("concatenated strings are not read", pos);
    pos = after;
    return out.toString();
  }

  private int hex(int digits) {
    if (pos + digits > s.length()) throw new SyntaxException("short \\x, \\u or \\U escape", pos);
    try {
      int cp = Integer.parseInt(s.substring(pos, pos + digits), 16);
      if (!Character.isValidCodePoint(cp)) throw new SyntaxException("not a character", pos);
      pos += digits;
      return cp;
    } catch (NumberFormatException e) {
      throw new SyntaxException("bad hex digits in escape", pos);
    }
  }

  private JsonNode name() {
    Matcher m = NAME.matcher(s).region(pos, s.length());
    if (!m.lookingAt()) throw new SyntaxException("unexpected character '" + s.charAt(pos) + "'", pos);
    String name = m.group();
    JsonNode v = switch (name) {
      case "None", "nan", "NaN" -> NullNode.getInstance();
      case "True" -> BooleanNode.TRUE;
      case "False" -> BooleanNode.FALSE;
      default -> throw new SyntaxException("unknown name '" + Limits.head(name) + "'", pos);
    };
    pos = m.end();
    return v;
  }

  private JsonNode number() {
    Matcher m = NUMBER.matcher(s).region(pos, s.length());
    if (!m.lookingAt()) throw new SyntaxException("unexpected character '" + s.charAt(pos) + "'", pos);
    String text = m.group();
    if (text.length() > Limits.NUMBER_DIGITS) throw new SyntaxException("a number longer than " + Limits.NUMBER_DIGITS + " digits", pos);
    pos = m.end();
    if (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
      throw new SyntaxException("not a number", m.start());
    }
    if (text.startsWith("+")) text = text.substring(1);
    if (text.contains(".") || text.contains("e") || text.contains("E")) {
      BigDecimal d;
      try {
        d = new BigDecimal(text);
      } catch (NumberFormatException e) { // an exponent beyond int
        throw new SyntaxException("number out of range", m.start());
      }
      if (!Limits.numberInRange(d)) throw new SyntaxException(Limits.numberOutOfRange(d), m.start());
      return DecimalNode.valueOf(d);
    }
    BigInteger n = new BigInteger(text);
    if (!Limits.numberInRange(new BigDecimal(n))) throw new SyntaxException(Limits.numberOutOfRange(new BigDecimal(n)), m.start());
    return n.bitLength() < 64 ? LongNode.valueOf(n.longValue()) : BigIntegerNode.valueOf(n);
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void skipSpace() {
    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
  }
}
