package org.seisaku.diag;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Every limit that input must keep, in one place. Input comes from many hands (ministries' files, other people's
 * checkouts, anyone's browser), so each reader checks these early, in linear time and before any costly work,
 * and reports a breach as a {@code path:line: message} problem (or, for a search, a usage error / HTTP 400).
 * Each limit is far above what real data needs; the margin is given beside it.
 *
 * <pre>
 *   a budget CSV of 70 MB                      → content/budget/x.csv: too large: 70.0 MB (a budget CSV may have at most 64.0 MB)
 *   front matter with a 10 MB title            → content/documents/x.md:1: front matter too long: … (at most 65,536 characters)
 *   "当初予算": 1e2100000000                    → …/0020.json:31: 予算: number out of range: 1E+2100000000 (…)
 *   "予算": "[[[[…" (100,000 brackets)          → …/0020.json: 予算: … nested deeper than 32 levels …
 *   search with 1,100 words or 40,000 characters → usage error (exit 2) / HTTP 400, before any analysis
 * </pre>
 */
public final class Limits {
  private Limits() {}

  private static final long MIB = 1024 * 1024;

  /** The kinds of input file, each with the largest size read. */
  public enum FileKind {
    /** A review sheet: the largest of the 14,793 sheets of the shared corpus has 235 KB (×70). */
    SHEET_JSON("review sheet", 16 * MIB),
    /** A budget CSV: tens of thousands of rows. */
    CSV("budget CSV", 64 * MIB),
    /** A Markdown document: a long white paper as text is about 2 MB. */
    MARKDOWN("Markdown document", 8 * MIB),
    /** site.yml, ministries.yml, programs.yml: 10,000 curated programs make about 2 MB. */
    YAML("YAML file", 8 * MIB),
    /** A synonym list: Sudachi's dictionary is 2.6 MB; content/synonyms.txt a few KB. */
    SYNONYMS("synonym list", 32 * MIB),
    /** A PDF or extracted text given to import: budget PDFs with scanned pages reach tens of MB. */
    IMPORTED("file to import", 256 * MIB);

    private final String label;
    private final long maxBytes;

    FileKind(String label, long maxBytes) {
      this.label = label;
      this.maxBytes = maxBytes;
    }

    public long maxBytes() {
      return maxBytes;
    }

    /** {@code too large: 70.0 MB (a budget CSV may have at most 64.0 MB)}. */
    public String tooLarge(long bytes) {
      return "too large: " + mb(bytes) + " (a " + label + " may have at most " + mb(maxBytes) + ")";
    }
  }

  /** Characters of a document's front matter (the YAML between the '---' lines): a real one has under 1,000. */
  public static final int FRONT_MATTER_CHARS = 64 * 1024;

  /**
   * Characters of a one-line field: a title, a name, an id, an alias, a ministry, a kind, a fiscal year, a CSV
   * cell other than note. The longest 事業名 of the corpus has 95.
   */
  public static final int NAME_CHARS = 1_000;

  /** Characters of a free-text field given in one value: a CSV note, programs.yml notes, site.yml description. */
  public static final int TEXT_CHARS = 100_000;

  /** Characters of an amount as written ({@code １，５００億円程度}): real ones have under 30. */
  public static final int AMOUNT_CHARS = 100;

  /** Levels of nesting of JSON and of Python literals: review sheets have 5. */
  public static final int NESTING = 32;

  /** Digits of one number (JSON, Python literal, a figure written as text): Jackson's own default. */
  public static final int NUMBER_DIGITS = 1_000;

  /**
   * Largest power of ten of a figure, either way: a figure is read only if {@code 1e-30 ≤ |x| < 1e31} (or 0).
   * Amounts fit in a {@code long} of yen (about 9.2e18), so no real figure is near; the bound keeps
   * {@code 1e999999999} from being expanded into a billion digits.
   */
  public static final int EXPONENT = 30;

  /** Characters of a search query: a long pasted sentence has about 100. */
  public static final int QUERY_CHARS = 256;

  /** Words (space-separated parts) of a search query. */
  public static final int QUERY_WORDS = 16;

  /** Bytes of an HTTP request's line and headers for {@code serve}. */
  public static final int HTTP_HEADER_BYTES = 8 * 1024;

  /** Milliseconds {@code serve} waits for a client that sends or reads nothing before closing its connection. */
  public static final int HTTP_IDLE_MILLIS = 5_000;

  /** Connections {@code serve} keeps open at once; more wait in the kernel's accept queue. */
  public static final int HTTP_CONNECTIONS = 64;

  /**
   * Whether a number is within {@link #NUMBER_DIGITS} and {@link #EXPONENT}, which keeps its plain form under
   * about 1,000 characters. Costs nothing, whatever the number: {@code 1e2100000000} is not expanded.
   *
   * <pre>
   *   150.0, -3, 4.300000000000001, 0, 1e3    → true
   *   1e2100000000, 1e-999999999, 0E-40       → false
   * </pre>
   */
  public static boolean numberInRange(BigDecimal d) {
    if (d.precision() > NUMBER_DIGITS) return false;
    long adjusted = (long) d.precision() - d.scale() - 1; // the power of ten of the first digit
    if (d.signum() == 0) return d.scale() <= EXPONENT && d.scale() >= -EXPONENT;
    return adjusted <= EXPONENT && adjusted >= -EXPONENT;
  }

  /** {@link #numberInRange}'s refusal, naming the number in its short scientific form. */
  public static String numberOutOfRange(BigDecimal d) {
    String shown = d.precision() > 20 ? "a number of " + String.format(Locale.ROOT, "%,d", d.precision()) + " digits" : d.toString();
    return "number out of range: " + shown + " (figures are read between 1e-" + EXPONENT + " and 1e" + EXPONENT
        + ", with at most " + String.format(Locale.ROOT, "%,d", NUMBER_DIGITS) + " digits)";
  }

  /**
   * The message for a field longer than its limit, quoting only its start: {@code title: too long: 10,000,000
   * characters (at most 1,000): "aaaaaaaaaaaaaaaaaaaa…"}.
   */
  public static String tooLong(String what, int length, int max) {
    return what + ": too long: " + String.format(Locale.ROOT, "%,d", length) + " characters (at most "
        + String.format(Locale.ROOT, "%,d", max) + ")";
  }

  /** The start of a long value, for a message: at most 20 characters and '…'. */
  public static String head(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (double) MIB);
  }
}
