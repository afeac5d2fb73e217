package org.seisaku.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.seisaku.diag.ControlCharacters;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.seisaku.model.Amount;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.BudgetKind;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Ministries;
import org.seisaku.model.Ministry;
import org.seisaku.model.Provenance;
import org.seisaku.model.SheetRef;
import org.seisaku.model.SourceIds;

/**
 * Reads one review-sheet JSON file of judgit/data into a {@link Sheet}: the program-year's parts and the
 * document's text. Survives the corpus's quirks (see {@code shared/corpus/README.md}):
 *
 * <pre>
 *   "予算": [{"年度": 2019, "当初予算": 150.0}]        → BudgetItem 2019 initial 150,000,000円, written "150.0百万円", 予算[0].当初予算
 *   "予算": "[{'年度': 2019, '当初予算': 150.0}]"      → the same (a Python literal, read by {@link PythonLiteral})
 *   "当初予算": "1,234" / "188.0" / -3.0 / null       → 1,234百万円 / 188百万円 / -3百万円 (減額) / no item
 *   "予算計": 4.300000000000001                      → 4,300,000円 (float noise rounded to the yen; written as given)
 *   "開始年度": null, "事業ID": null                   → absent ids
 *   "事業名": "A\n（B）"                               → name kept with its break; document title "A（B）"
 * </pre>
 *
 * <p>Figures are read as {@link BigDecimal}, never through {@code double}. A file that is not JSON, or lacks
 * 事業名 or 公開年度, is an error and gives no sheet; a ministry not in ministries.yml is a warning and gives none.
 */
final class SheetParser {
  static final String SOURCE = "judgit";
  static final String LICENSE = "行政事業レビューシートLOD (judgit/data), CC BY 4.0";
  static final String KIND = "レビューシート";

  /** The keys of a 予算 element, in the order items are made. */
  private static final Map<String, BudgetKind> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("当初予算", BudgetKind.INITIAL);
    KINDS.put("補正予算", BudgetKind.SUPPLEMENTARY);
    KINDS.put("前年度から繰越し", BudgetKind.CARRIED_IN);
    KINDS.put("翌年度へ繰越し", BudgetKind.CARRIED_OUT);
    KINDS.put("予備費等", BudgetKind.RESERVE);
    KINDS.put("予算計", BudgetKind.TOTAL);
    KINDS.put("執行額", BudgetKind.EXECUTED);
    KINDS.put("要求額", BudgetKind.REQUEST);
  }

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(Limits.NESTING)
              .maxNumberLength(Limits.NUMBER_DIGITS)
              .maxStringLength((int) Limits.FileKind.SHEET_JSON.maxBytes())
              .build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final Set<String> WANTED = Set.of("事業名", "公開年度", "府省庁", "事業番号", "事業番号1", "事業番号2",
      "事業番号3", "事業番号4", "事業番号5", "事業ID", "開始年度", "終了年度", "url", "担当部局庁", "担当課室", "事業目的", "事業概要",
      "現状・課題", "実施方法", "主要施策", "予算", "関連する過去のレビューシート");
  private static final Pattern NO_FIGURE = Pattern.compile("|-|－|―|—|‐");
  private static final Pattern FIGURE = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

  /**
   * One sheet, before its document slug is final (two sheets can fold to the same ASCII slug).
   *
   * @param baseSlug {@code judgit-{公開年度}-{ministryId}-{ASCII 事業番号}}
   */
  record Sheet(String key, String relPath, FiscalYear year, String ministryId, String name, List<BudgetItem> items,
      SourceIds ids, String number, String baseSlug, String url, String markdown) {}

  private final Ministries ministries;

  SheetParser(Ministries ministries) {
    this.ministries = ministries;
  }

  /**
   * Reads one file.
   *
   * @param relPath path under the source root ({@code data/2019/総務省/0020.json})
   * @param shown the path as problems name it ({@code ../corpus/judgit/data/2019/総務省/0020.json})
   */
  Optional<Sheet> parse(byte[] bytes, String relPath, String shown, Problems problems) {
    JsonNode root;
    try {
      root = wantedFields(bytes);
    } catch (OutOfRange e) {
      problems.error(shown, e.line, e.field + ": " + e.getMessage());
      return Optional.empty();
    } catch (StreamConstraintsException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      problems.error(shown, line, "beyond the limits of a review sheet: " + limitMessage(e.getOriginalMessage()));
      return Optional.empty();
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      problems.error(shown, line, "not valid JSON: " + e.getOriginalMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.error(shown, 0, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    if (root.isMissingNode()) {
      problems.error(shown, 1, "not a review sheet: expected a JSON object");
      return Optional.empty();
    }
    Optional<String> name = text(root.get("事業名"));
    Optional<FiscalYear> year = integer(root.get("公開年度")).flatMap(SheetParser::fiscalYear);
    if (name.isEmpty()) problems.error(shown, 0, "not a review sheet: no 事業名");
    if (year.isEmpty()) problems.error(shown, 0, "not a review sheet: no readable 公開年度");
    if (name.isEmpty() || year.isEmpty()) return Optional.empty();
    if (name.get().length() > Limits.NAME_CHARS) {
      problems.error(shown, 0, Limits.tooLong("事業名", name.get().length(), Limits.NAME_CHARS) + ": " + Limits.head(name.get()));
      return Optional.empty();
    }
    if (ControlCharacters.in(name.get())) {
      problems.warning(shown, 0, ControlCharacters.removed("事業名", name.get()));
      name = Optional.of(ControlCharacters.remove(name.get()).strip()).filter(n -> !n.isEmpty());
      if (name.isEmpty()) {
        problems.error(shown, 0, "not a review sheet: no 事業名");
        return Optional.empty();
      }
    }
    String ministryName = text(root.get("府省庁")).orElse("");
    Optional<Ministry> ministry = ministries.find(ministryName);
    if (ministry.isEmpty()) {
      problems.warning(shown, 0, "unknown ministry '" + ministryName + "' (not in ministries.yml): sheet skipped");
      return Optional.empty();
    }
    String number = text(root.get("事業番号")).orElseGet(() -> composedNumber(root));
    if (number.isEmpty()) number = relPath.substring(relPath.lastIndexOf('/') + 1).replaceFirst("\\.json$", "");
    FiscalYear fy = year.get();
    Integer start = integer(root.get("開始年度")).orElse(null);
    SourceIds ids = new SourceIds(integer(root.get("事業ID")).orElse(null), number, start,
        integer(root.get("終了年度")).orElse(null), pastSheets(root, shown, problems));
    List<BudgetItem> items = budget(root, relPath, shown, fy.year(), problems);
    String baseSlug = "judgit-" + fy.year() + "-" + ministry.get().id() + "-" + asciiNumber(number);
    return Optional.of(new Sheet(SOURCE + ":" + relPath, relPath, fy, ministry.get().id(), name.get().strip(), items,
        ids, number, baseSlug, text(root.get("url")).orElse(null), markdown(root, start)));
  }

  /**
   * The fields a sheet is made from, as a tree; the bulky rest (支出先, アウトカム, アウトプット …) is checked for
   * syntax and skipped without building nodes. A missing node when the file is not a JSON object.
   */
  private static JsonNode wantedFields(byte[] bytes) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    try (JsonParser p = MAPPER.createParser(bytes)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return MissingNode.getInstance();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        int line = p.currentLocation().getLineNr();
        p.nextToken();
        if (WANTED.contains(field)) {
          JsonNode value = MAPPER.readTree(p);
          checkNumbers(value, field, line);
          root.set(field, value);
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) throw new JsonParseException(p, "unexpected content after the sheet's object");
    }
    return root;
  }

  /** A number beyond {@link Limits#numberInRange} in a field, at the field's line. */
  private static final class OutOfRange extends IOException {
    final String field;
    final int line;

    OutOfRange(String field, int line, String message) {
      super(message);
      this.field = field;
      this.line = line;
    }
  }

  /** Refuses a field holding a number that cannot be a figure ({@code 1e2100000000}) before anything expands it. */
  private static void checkNumbers(JsonNode value, String field, int line) throws OutOfRange {
    java.util.ArrayDeque<JsonNode> todo = new java.util.ArrayDeque<>();
    todo.push(value);
    while (!todo.isEmpty()) {
      JsonNode n = todo.pop();
      if (n.isContainerNode()) {
        n.forEach(todo::push);
      } else if (n.isNumber() && !Limits.numberInRange(n.decimalValue())) {
        throw new OutOfRange(field, line, Limits.numberOutOfRange(n.decimalValue()));
      }
    }
  }

  /** Jackson's message on a breached read limit, in the terms of {@link Limits}. */
  private static String limitMessage(String jackson) {
    String m = jackson == null ? "" : jackson;
    if (m.contains("nesting depth")) return "nested deeper than " + Limits.NESTING + " levels";
    if (m.contains("Number value length")) return "a number longer than " + Limits.NUMBER_DIGITS + " digits";
    if (m.contains("String value length")) return "a string longer than the file may be";
    return m.replaceAll("\\(.*", "").strip();
  }

  /**
   * 事業番号 with non-ASCII runs removed: {@code 0020} → {@code 0020}; {@code 2021-総務-20-0001} → {@code 2021-20-0001};
   * {@code 新31-0001} → {@code 31-0001}. Past {@value #MAX_NUMBER} characters it is cut and a hash of the whole number
   * added, so that the document slug stays within {@link org.seisaku.model.Slug#MAX_SEGMENT}.
   */
  static String asciiNumber(String number) {
    String s = number.replaceAll("[^\\x00-\\x7F]+", "").replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-")
        .replaceAll("^-|-$", "").toLowerCase(java.util.Locale.ROOT);
    if (s.length() > MAX_NUMBER) s = s.substring(0, MAX_NUMBER - 7) + "-" + JudgitReader.shortHash(number);
    return s.isEmpty() ? "x" : s;
  }

  /** Longest ASCII 事業番号 in a slug: judgit-{4}-{ministry ≤ 40}-{≤ 40}-{6} stays within 100 characters. */
  static final int MAX_NUMBER = 40;

  /** 事業番号1..5 joined with '-' (2019: {@code 新31-0001}; 2023: {@code 2023-原規-22-0033}). */
  private static String composedNumber(JsonNode node) {
    List<String> parts = new ArrayList<>();
    for (int i = 1; i <= 5; i++) text(node.get("事業番号" + i)).ifPresent(parts::add);
    return String.join("-", parts);
  }

  private List<SheetRef> pastSheets(JsonNode root, String shown, Problems problems) {
    List<SheetRef> refs = new ArrayList<>();
    for (JsonNode r : list(root, "関連する過去のレビューシート", shown, problems)) {
      Optional<Integer> y = integer(r.get("年度"));
      String number = text(r.get("事業番号")).orElseGet(() -> composedNumber(r));
      Optional<String> ministry = text(r.get("府省庁"));
      if (y.isPresent() && ministry.isPresent() && !number.isEmpty()) refs.add(new SheetRef(ministry.get(), number, y.get()));
    }
    return refs;
  }

  private List<BudgetItem> budget(JsonNode root, String relPath, String shown, int statedIn, Problems problems) {
    List<BudgetItem> items = new ArrayList<>();
    List<JsonNode> rows = list(root, "予算", shown, problems);
    for (int i = 0; i < rows.size(); i++) {
      String at = "予算[" + i + "]";
      Optional<FiscalYear> fy = integer(rows.get(i).get("年度")).flatMap(SheetParser::fiscalYear);
      if (fy.isEmpty()) {
        problems.error(shown, 0, at + ".年度: impossible or unreadable fiscal year '" + rows.get(i).path("年度").asText() + "'");
        continue;
      }
      List<BudgetItem> row = new ArrayList<>();
      for (Map.Entry<String, BudgetKind> k : KINDS.entrySet()) {
        String pointer = at + "." + k.getKey();
        figure(rows.get(i).get(k.getKey()), pointer, shown, problems).ifPresent(f -> {
          try {
            row.add(new BudgetItem(fy.get(), k.getValue(), Amount.ofMillionYen(toWholeYen(f)), f.toPlainString() + "百万円", statedIn,
                null, null, new Provenance(SOURCE, relPath, 0, pointer)));
          } catch (Amount.FormatException e) {
            problems.error(shown, 0, pointer + ": " + e.getMessage());
          }
        });
      }
      if (!statesNothing(row)) items.addAll(row);
    }
    return items;
  }

  /**
   * Whether a 予算 row states no figure: every figure in it is zero (or there is none). A sheet's table has a row for
   * each of a fixed run of years, and fills the years the program had no budget with 0 in every column (the 2023
   * sheets of こども家庭庁 list 2020–2022 so; the 2015 sheet of 地域おこし協力隊, 開始年度 2014, lists 2012): such a
   * row says the program was not running, not that its budget was 0円, so it gives no figure. A row with any non-zero
   * figure keeps its zeros (2014 当初予算 0, 補正予算 90 → 当初 0円 is stated).
   *
   * <pre>
   *   {"年度": 2020, "当初予算": 0.0, "補正予算": 0.0, "予算計": 0.0, "執行額": 0.0}   → no item
   *   {"年度": 2014, "当初予算": 0.0, "補正予算": 90.0, "予算計": 90.0}               → 3 items, 当初 0
   * </pre>
   */
  static boolean statesNothing(List<BudgetItem> row) {
    for (BudgetItem b : row) if (b.amount().yen() == null || b.amount().yen() != 0L) return false;
    return true;
  }

  /**
   * Rounds a figure in 百万円 to whole yen (six decimals), half to even. Sheets carry binary-float sums such as
   * {@code 4.300000000000001} (→ 4,300,000円) and a few sub-yen figures such as {@code 11.02452788} (→ 11,024,528円);
   * {@link BudgetItem#written} keeps the figure as the file gives it.
   */
  static BigDecimal toWholeYen(BigDecimal millions) {
    return millions.scale() > 6 ? millions.setScale(6, java.math.RoundingMode.HALF_EVEN) : millions;
  }

  /**
   * A figure in 百万円: a JSON number, or a string such as {@code "188.0"}, {@code "1,234"}, {@code "△3"}; empty for
   * null, absent, {@code ""} or {@code "-"}; anything else is reported.
   */
  static Optional<BigDecimal> figure(JsonNode v, String pointer, String shown, Problems problems) {
    if (v == null || v.isNull() || v.isMissingNode()) return Optional.empty();
    if (v.isNumber()) return Optional.of(v.decimalValue()); // in range: checked when read
    if (v.asText().length() > Limits.NUMBER_DIGITS) {
      problems.error(shown, 0, pointer + ": " + Limits.tooLong("figure", v.asText().length(), Limits.NUMBER_DIGITS));
      return Optional.empty();
    }
    String s = Normalizer.normalize(v.asText(), Normalizer.Form.NFKC).replaceAll("[\\s,]", "").replaceFirst("^[△▲−]", "-");
    if (v.isTextual() && NO_FIGURE.matcher(s).matches()) return Optional.empty();
    if (v.isTextual() && FIGURE.matcher(s).matches()) return Optional.of(new BigDecimal(s));
    problems.error(shown, 0, pointer + ": unreadable figure '" + v.asText() + "' (expected a number of 百万円)");
    return Optional.empty();
  }

  /** A list field, given as a JSON array or as a Python-literal string; anything else is reported. */
  private static List<JsonNode> list(JsonNode root, String key, String shown, Problems problems) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) return List.of();
    if (v.isTextual()) {
      if (v.asText().isBlank()) return List.of();
      try {
        v = PythonLiteral.parse(v.asText());
      } catch (PythonLiteral.SyntaxException e) {
        problems.error(shown, 0, key + ": neither a list nor a readable Python literal: " + e.getMessage());
        return List.of();
      }
    }
    if (!v.isArray()) {
      problems.error(shown, 0, key + ": expected a list");
      return List.of();
    }
    return StreamSupport.stream(v.spliterator(), false).filter(JsonNode::isObject).toList();
  }

  /** Text of a string or number node, stripped; empty for null, absent or blank. */
  static Optional<String> text(JsonNode v) {
    if (v == null || v.isNull() || v.isContainerNode()) return Optional.empty();
    String s = v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString() : v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** An integer from 2014, 2014.0, "2014", "２０１４"; empty otherwise. */
  static Optional<Integer> integer(JsonNode v) {
    Optional<String> t = text(v).filter(s -> s.length() <= Limits.NUMBER_DIGITS)
        .map(s -> Normalizer.normalize(s, Normalizer.Form.NFKC).replace(",", ""));
    if (t.isEmpty() || !FIGURE.matcher(t.get()).matches()) return Optional.empty();
    try {
      return Optional.of(new BigDecimal(t.get()).intValueExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Optional<FiscalYear> fiscalYear(int year) {
    return year >= FiscalYear.MIN && year <= FiscalYear.MAX ? Optional.of(FiscalYear.of(year)) : Optional.empty();
  }

  /** Strings of a list field (実施方法, 主要施策), or a single string, joined with 、. */
  private static String joined(JsonNode v) {
    if (v == null || v.isNull()) return "";
    if (v.isArray()) {
      return StreamSupport.stream(v.spliterator(), false).map(SheetParser::text).flatMap(Optional::stream)
          .collect(Collectors.joining("、"));
    }
    return text(v).orElse("");
  }

  /** The document body: the sheet's text sections, escaped so that sheet text can never make markup. */
  private static String markdown(JsonNode root, Integer start) {
    StringBuilder md = new StringBuilder();
    for (String key : List.of("事業目的", "事業概要", "現状・課題")) section(md, key, text(root.get(key)).orElse(""));
    section(md, "実施方法", joined(root.get("実施方法")));
    section(md, "主要施策", joined(root.get("主要施策")));
    List<String> facts = new ArrayList<>();
    text(root.get("担当部局庁")).ifPresent(s -> facts.add("担当部局庁：" + s));
    text(root.get("担当課室")).ifPresent(s -> facts.add("担当課室：" + s));
    if (start != null) {
      facts.add("開始年度：" + fiscalYear(start).map(FiscalYear::label).orElse(start + "年度"));
    }
    if (!facts.isEmpty()) md.append(MarkdownText.escape(String.join("　", facts).replaceAll("\\s*\\R\\s*", " "))).append('\n');
    return md.toString();
  }

  private static void section(StringBuilder md, String heading, String text) {
    if (text.isBlank()) return;
    md.append("## ").append(heading).append("\n\n").append(MarkdownText.escape(text)).append("\n\n");
  }
}
