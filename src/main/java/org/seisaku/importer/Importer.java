package org.seisaku.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seisaku.diag.Limits;
import org.seisaku.diag.Problems;
import org.seisaku.model.Ministries;
import org.seisaku.source.BudgetCsvReader;
import org.seisaku.source.DocumentReader;
import org.seisaku.source.TextDecoding;

/**
 * The import, stage by stage: read (PDF or text) → {@link Repair} → {@link ItemFinder} → keep items of
 * confidence {@value #MIN_CONFIDENCE} or more → {@link Draft} → check the draft with the content readers → write.
 *
 * <pre>
 *   SourceText text = Importer.read(Path.of("plan.pdf"), "plan.pdf", problems).orElseThrow();
 *   Importer.Drafted d = Importer.draft(text, meta, 1);
 *   d.markdown(), d.csv()   → documents/import-plan.md, budget/import-plan.csv
 * </pre>
 *
 * <p>The drafts are read back with {@link DocumentReader} and {@link BudgetCsvReader}, the readers {@code check}
 * and {@code build} use, before anything is written: a draft they would reject is a bug, reported as such.
 */
public final class Importer {
  /** Items below this confidence are left out of the CSV (and counted in the summary). */
  public static final double MIN_CONFIDENCE = 0.5;

  private Importer() {}

  /** One file's drafts and what went into them. */
  public record Drafted(String name, String slug, String documentPath, String markdown, String budgetPath, String csv,
      List<FoundItem> items, int lowConfidence, int notBudget, Repair.Counts repairs, boolean pdf) {}

  /**
   * Reads a PDF (by its {@code %PDF-} signature) or a text file: UTF-8, with or without BOM, UTF-16 with its BOM (what
   * Windows' Notepad saves as "Unicode"), or CP932.
   * A file that is neither is a problem at {@code path}, and empty is returned.
   */
  public static Optional<SourceText> read(Path file, String path, Problems problems) throws IOException {
    long size = Files.size(file);
    if (size > Limits.FileKind.IMPORTED.maxBytes()) {
      problems.error(path, 0, Limits.FileKind.IMPORTED.tooLarge(size));
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    SourceText source;
    if (PdfText.looksLikePdf(bytes)) {
      try {
        source = PdfText.read(file, name);
      } catch (PdfText.UnreadableException e) {
        problems.error(path, 0, e.getMessage());
        return Optional.empty();
      }
    } else {
      Optional<String> text = utf16(bytes);
      if (text.isEmpty()) text = TextDecoding.decode(bytes, null, path, new Problems());
      if (text.isEmpty()) text = TextDecoding.decode(bytes, "windows-31j", path, new Problems());
      if (text.isEmpty()) {
        problems.error(path, 0, "neither a PDF nor text in UTF-8, UTF-16 (with its BOM) or CP932 (Shift_JIS)");
        return Optional.empty();
      }
      source = SourceText.ofText(name, text.get());
    }
    if (source.lines().stream().allMatch(SourceLine::blank)) {
      // an empty draft would only hide that nothing was read (a PDF of scanned pages has no text layer)
      problems.error(path, 0, source.pdf()
          ? "the PDF has no text to read (scanned pages?): make it searchable with OCR first "
              + "(for example ocrmypdf -l jpn), or import its text"
          : "the file has no text: nothing to import");
      return Optional.empty();
    }
    return Optional.of(source);
  }

  /** Text in UTF-16 that starts with its byte-order mark, decoded strictly; empty for any other bytes. */
  static Optional<String> utf16(byte[] bytes) {
    boolean le = bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe;
    boolean be = bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff;
    if (!le && !be) return Optional.empty();
    try {
      return Optional.of((le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * The stack of the thread that drafts: Java's regular expressions recurse once per repetition of a group, and a line
   * the finder reads may be {@link ItemFinder#MAX_LINE} characters of them (「1億1億…円」 needs about 3 MB; the default
   * stack overflowed). Reserved, not used, unless a line needs it.
   */
  static final long DRAFT_STACK = 64L << 20;

  /** The drafts of one file; {@code ordinal} (1-based) names a file whose name has no ASCII letters. Writes nothing. */
  public static Drafted draft(SourceText text, Draft.Meta meta, int ordinal) {
    java.util.concurrent.atomic.AtomicReference<Drafted> out = new java.util.concurrent.atomic.AtomicReference<>();
    java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
    Thread worker = new Thread(null, () -> {
      try {
        out.set(draftHere(text, meta, ordinal));
      } catch (Throwable e) {
        failed.set(e);
      }
    }, "import-draft", DRAFT_STACK);
    worker.start();
    try {
      worker.join();
    } catch (InterruptedException e) {
      worker.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    }
    Throwable e = failed.get();
    if (e instanceof RuntimeException r) throw r;
    if (e instanceof Error err) throw err;
    if (e != null) throw new IllegalStateException(e);
    return out.get();
  }

  private static Drafted draftHere(SourceText text, Draft.Meta meta, int ordinal) {
    Repair.Result repaired = Repair.apply(text.lines());
    ItemFinder.Result found = ItemFinder.find(repaired.lines(), meta.fiscalYear(), meta.kind());
    List<FoundItem> kept = new ArrayList<>();
    for (FoundItem f : found.items()) if (f.confidence() >= MIN_CONFIDENCE) kept.add(f);
    String slug = Draft.slug(text.name(), meta, ordinal);
    String docPath = "documents/" + slug + ".md";
    String csvPath = "budget/" + slug + ".csv";
    return new Drafted(text.name(), slug, docPath, Draft.markdown(text, repaired.lines(), meta), csvPath,
        Draft.csv(text, kept, meta, slug), List.copyOf(kept), found.items().size() - kept.size(), found.notBudget(),
        repaired.counts(), text.pdf());
  }

  /**
   * Reads the drafts back as {@code check} would.
   *
   * @return the problems the content readers find (none, unless the importer has a bug)
   */
  public static Problems verify(Drafted d, Ministries ministries) {
    Problems p = new Problems();
    long bytes = d.markdown().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Limits.FileKind.MARKDOWN.maxBytes()) {
      p.error(d.name(), 0, "its text makes a document " + Limits.FileKind.MARKDOWN.tooLarge(bytes) + ": split the file");
      return p;
    }
    DocumentReader.parse(d.markdown(), d.documentPath(), d.documentPath(), ministries, p);
    BudgetCsvReader.parse(d.csv(), d.budgetPath(), d.budgetPath(), ministries, p);
    return p;
  }

  /** Writes a file through a temporary file in the same folder, so that a failure leaves no half-written file. */
  public static void write(Path target, String text) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempFile(target.getParent(), ".import-", ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
