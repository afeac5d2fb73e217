package org.seisaku.index;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.seisaku.io.Hashes;
import org.seisaku.link.LinkResult;
import org.seisaku.model.BudgetItem;
import org.seisaku.model.Ministry;
import org.seisaku.model.FiscalYear;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.source.Corpus;
import org.seisaku.source.MarkdownText;

/**
 * Turns the model into Lucene documents ({@link Fields} is the schema), in a stable order: programs by id,
 * then documents by slug.
 */
final class IndexDocuments {
  /** At most this many characters of text per Lucene document (a program with twelve sheets stays bounded). */
  static final int MAX_TEXT_CHARS = 20_000;

  /**
   * Words, for scoring only: frequencies and norms, no positions, which no query reads (phrases are terms of the
   * {@code *_pair} fields, {@link Fields}); scores are the same as with positions, the index smaller and faster to write.
   */
  private static final FieldType WORDS = textType(false);
  /**
   * Ditto, stored (the text, for snippets: {@link Snippets} finds the query's words in it, with no term vectors,
   * which cost a fifth of the index and a tenth of a long search).
   */
  private static final FieldType STORED_WORDS = textType(true);

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.setStored(stored);
    t.freeze();
    return t;
  }

  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  private final Map<String, Ministry> ministries = new HashMap<>();
  private final Map<String, org.seisaku.model.Document> documents = new TreeMap<>();
  /** Document slug → the program whose sheet it is. */
  private final Map<String, String> sheetOf = new HashMap<>();
  private final LinkResult linked;
  /** Programs that share their ministry and name with another. */
  private final Set<String> namesakes;

  IndexDocuments(Corpus corpus, LinkResult linked) {
    this.linked = linked;
    for (Ministry m : corpus.ministries()) ministries.put(m.id(), m);
    for (org.seisaku.model.Document d : corpus.documents()) documents.put(d.slug(), d);
    for (Program p : linked.programs()) {
      for (ProgramYear y : p.years()) if (y.documentSlug() != null) sheetOf.putIfAbsent(y.documentSlug(), p.id());
    }
    namesakes = Program.namesakes(linked.programs()).keySet();
  }

  /** The ministries of the corpus (by id). */
  List<Ministry> ministries() {
    return ministries.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  /** The Lucene document of an item of {@link #order}. */
  /** The id of an item of {@link #order}: a program's id, a document's slug. */
  static String idOf(Object item) {
    return item instanceof Program p ? p.id() : ((org.seisaku.model.Document) item).slug();
  }

  /**
   * Adds to {@code d} everything {@link #make} reads to make the item's Lucene document: the item as read and linked
   * (records are digested component by component, {@link Hashes#addValue}), the Markdown of a program's sheets and
   * documents, whether it shares its name, a document's programs and sheet, the ministry's names and aliases. Made
   * by one jar (the parts' basis), items of the same digests make the same documents, so an incremental build tells
   * an unchanged part without making its documents (turning every sheet's Markdown into text was most of that).
   */
  void digestSource(Object item, MessageDigest d) {
    String ministryId;
    if (item instanceof Program p) {
      Hashes.add(d, "program");
      Hashes.addValue(d, p);
      Hashes.add(d, String.valueOf(namesakes.contains(p.id())));
      for (ProgramYear y : p.years()) {
        org.seisaku.model.Document doc = y.documentSlug() == null ? null : documents.get(y.documentSlug());
        Hashes.addValue(d, doc == null ? null : doc.markdown());
      }
      ministryId = p.ministryId();
    } else {
      org.seisaku.model.Document doc = (org.seisaku.model.Document) item;
      Hashes.add(d, "document");
      Hashes.addValue(d, doc);
      Hashes.add(d, String.valueOf(linked.documentPrograms().get(doc.slug())));
      Hashes.add(d, String.valueOf(sheetOf.get(doc.slug())));
      ministryId = doc.ministryId();
    }
    Hashes.add(d, String.valueOf(ministryId == null ? null : ministries.get(ministryId)));
  }

  Document make(Object item) {
    return item instanceof Program p ? program(p) : document((org.seisaku.model.Document) item);
  }

  /**
   * The programs and documents in index order: the items a search returns first (programs by id, then
   * documents by slug, ministry by ministry in 建制順, items of no known ministry last), then the review sheets
   * (ministry by ministry, by slug). So a ministry's items are one range of document ids, and the sheets, which a
   * search leaves out unless asked, are the index's tail (the browser index loads them only when asked).
   */
  List<Object> order() {
    Map<String, Integer> rank = new HashMap<>();
    List<Ministry> byOrder = ministries.values().stream()
        .sorted(java.util.Comparator.comparingInt(Ministry::order).thenComparing(Ministry::id)).toList();
    for (int i = 0; i < byOrder.size(); i++) rank.put(byOrder.get(i).id(), i);
    record Entry(int part, int ministry, int type, String key, Object item) {}
    List<Entry> entries = new ArrayList<>();
    for (Program p : linked.programs()) entries.add(new Entry(0, rank.getOrDefault(p.ministryId(), rank.size()), 0, p.id(), p));
    for (org.seisaku.model.Document d : documents.values()) {
      boolean sheet = sheetOf.containsKey(d.slug());
      entries.add(new Entry(sheet ? 1 : 0, rank.getOrDefault(d.ministryId(), rank.size()), 1, d.slug(), d));
    }
    entries.sort(java.util.Comparator.comparingInt(Entry::part).thenComparingInt(Entry::ministry)
        .thenComparingInt(Entry::type).thenComparing(Entry::key));
    return entries.stream().map(Entry::item).toList();
  }

  Document program(Program p) {
    if (p.id() == null || p.id().isEmpty()) throw new IllegalArgumentException("a program without an id: " + p.name());
    Document doc = new Document();
    common(doc, Fields.TYPE_PROGRAM, p.id(), names(p), p.ministryId(), programText(p));
    for (FiscalYear y : p.fiscalYears()) year(doc, y.year());
    Set<String> kinds = new TreeSet<>();
    // a kind the program has: a zero 補正 or 繰越 is a sheet's blank, not a figure (as on the program's page)
    for (ProgramYear y : p.years()) for (BudgetItem i : y.items()) if (!i.meansNone()) kinds.add(i.kind().json());
    for (String k : kinds) keyword(doc, Fields.BUDGET_KIND, k, false);
    if (namesakes.contains(p.id()) && p.sheetNumber() != null) doc.add(new StoredField(Fields.NUMBER, p.sheetNumber()));
    return doc;
  }

  Document document(org.seisaku.model.Document d) {
    Document doc = new Document();
    String title = d.title() == null || d.title().isBlank() ? d.slug() : d.title();
    common(doc, Fields.TYPE_DOCUMENT, d.slug(), List.of(title), d.ministryId(), bounded(plainText(d.markdown())));
    if (d.fiscalYear() != null) year(doc, d.fiscalYear().year());
    if (d.kind() != null) keyword(doc, Fields.DOC_KIND, d.kind(), true);
    Set<String> programs = new TreeSet<>(linked.documentPrograms().getOrDefault(d.slug(), List.of()));
    String sheet = sheetOf.get(d.slug());
    if (sheet != null) {
      programs.add(sheet);
      keyword(doc, Fields.SHEET_OF, sheet, true);
    }
    for (String id : programs) keyword(doc, Fields.PROGRAMS, id, true);
    return doc;
  }

  private void common(Document doc, String type, String id, List<String> titles, String ministryId, String text) {
    doc.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.TYPE, new BytesRef(type)));
    doc.add(new StringField(Fields.ID, id, Field.Store.YES));
    for (String t : titles) {
      JapaneseAnalysis.Recording words = new JapaneseAnalysis.Recording(Fields.TITLE, t);
      JapaneseAnalysis.Recording reading = new JapaneseAnalysis.Recording(Fields.TITLE_READING, t);
      JapaneseAnalysis.Recording bigrams = new JapaneseAnalysis.Recording(Fields.TITLE_BIGRAM, t);
      doc.add(new Analysed(Fields.TITLE, t, STORED_WORDS, words, false));
      doc.add(new Analysed(Fields.TITLE_READING, t, WORDS, reading, false));
      doc.add(new Analysed(Fields.TITLE_BIGRAM, t, WORDS, bigrams, false));
      doc.add(new Field(Fields.TITLE_READING_WORDS, t, WORDS));
      doc.add(new Field(Fields.TITLE_UNIGRAM, t, WORDS));
      doc.add(new Analysed(Fields.pairOf(Fields.TITLE), t, WORDS, words, true));
      doc.add(new Analysed(Fields.pairOf(Fields.TITLE_READING), t, WORDS, reading, true));
      doc.add(new Analysed(Fields.pairOf(Fields.TITLE_BIGRAM), t, WORDS, bigrams, true));
    }
    JapaneseAnalysis.Recording words = new JapaneseAnalysis.Recording(Fields.TEXT, text);
    JapaneseAnalysis.Recording bigrams = new JapaneseAnalysis.Recording(Fields.TEXT_BIGRAM, text);
    doc.add(new Analysed(Fields.TEXT, text, STORED_WORDS, words, false));
    doc.add(new Analysed(Fields.TEXT_BIGRAM, text, WORDS, bigrams, false));
    doc.add(new Analysed(Fields.pairOf(Fields.TEXT), text, WORDS, words, true));
    doc.add(new Analysed(Fields.pairOf(Fields.TEXT_BIGRAM), text, WORDS, bigrams, true));
    if (ministryId != null) {
      keyword(doc, Fields.MINISTRY, ministryId, true);
      Ministry m = ministries.get(ministryId);
      if (m != null) {
        List<String> names = new ArrayList<>();
        names.add(m.name());
        names.addAll(m.aliases());
        for (String n : names) {
          JapaneseAnalysis.Recording name = new JapaneseAnalysis.Recording(Fields.MINISTRY_NAMES, n);
          doc.add(new Analysed(Fields.MINISTRY_NAMES, n, WORDS, name, false));
          doc.add(new Analysed(Fields.pairOf(Fields.MINISTRY_NAMES), n, WORDS, name, true));
        }
      }
    }
  }

  /**
   * A field and its pairs field share one analysis ({@link JapaneseAnalysis.Recording}): the chain of words (Kuromoji)
   * or bigrams runs once for both instead of once each, which was a fifth of the indexing time.
   */
  private static final class Analysed extends Field {
    private final JapaneseAnalysis.Recording recording;
    private final boolean pairs;

    Analysed(String name, String value, FieldType type, JapaneseAnalysis.Recording recording, boolean pairs) {
      super(name, value, type);
      this.recording = recording;
      this.pairs = pairs;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return pairs ? recording.pairs() : recording.tokens();
    }
  }

  private static void keyword(Document doc, String field, String value, boolean stored) {
    doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  private static void year(Document doc, int y) {
    doc.add(new IntPoint(Fields.FISCAL_YEAR, y));
    doc.add(new StoredField(Fields.FISCAL_YEAR, y));
    doc.add(new SortedNumericDocValuesField(Fields.FISCAL_YEAR, y));
  }

  /**
   * The program's names: the current name first, then the names its program-years used, newest first, then
   * the curated aliases; line breaks inside a name removed, duplicates dropped.
   */
  static List<String> names(Program p) {
    Set<String> names = new LinkedHashSet<>();
    names.add(p.name());
    for (int i = p.years().size() - 1; i >= 0; i--) names.add(oneLine(p.years().get(i).name()));
    if (p.curated() != null) for (String a : p.curated().aliases()) names.add(oneLine(a));
    names.remove("");
    return List.copyOf(names);
  }

  /**
   * A program's text: its sheets' documents (事業目的, 事業概要 …), newest first, each paragraph once (sheets
   * repeat their purpose year after year), then curated notes and budget notes; at most {@link #MAX_TEXT_CHARS}.
   */
  String programText(Program p) {
    Set<String> paragraphs = new LinkedHashSet<>();
    for (int i = p.years().size() - 1; i >= 0; i--) {
      String slug = p.years().get(i).documentSlug();
      org.seisaku.model.Document d = slug == null ? null : documents.get(slug);
      if (d != null) addParagraphs(paragraphs, plainText(d.markdown()));
    }
    if (p.curated() != null && p.curated().notes() != null) addParagraphs(paragraphs, p.curated().notes());
    for (ProgramYear y : p.years()) for (BudgetItem i : y.items()) if (i.note() != null) addParagraphs(paragraphs, i.note());
    return bounded(String.join("\n", paragraphs));
  }

  private static void addParagraphs(Collection<String> out, String text) {
    for (String para : text.split("\\n\\s*\\n")) {
      String s = para.strip();
      if (!s.isEmpty()) out.add(s);
    }
  }

  /** Markdown as plain text ({@link MarkdownText#plain}: escapes resolved, markup dropped), runs of spaces as one; paragraphs kept. */
  static String plainText(String markdown) {
    return BLANKS.matcher(MarkdownText.plain(markdown)).replaceAll(" ");
  }

  /** The text cut at {@link #MAX_TEXT_CHARS}, at a line break when one is near. */
  static String bounded(String text) {
    if (text.length() <= MAX_TEXT_CHARS) return text;
    int cut = text.lastIndexOf('\n', MAX_TEXT_CHARS);
    if (cut < MAX_TEXT_CHARS / 2) cut = MAX_TEXT_CHARS;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--;
    return text.substring(0, cut);
  }

  private static String oneLine(String name) {
    return name.replaceAll("\\s*\\R\\s*", "").strip();
  }
}
