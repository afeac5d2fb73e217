package org.seisaku.render;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.seisaku.io.Hashes;
import org.seisaku.model.Document;
import org.seisaku.model.Program;
import org.seisaku.model.ProgramYear;
import org.seisaku.render.Reads.Input;
import org.seisaku.render.Reads.Kind;

/**
 * The digest of each input a page can read ({@link Reads}), and of a page: its path and the digests of everything
 * it reads. Two builds that give a page the same digest render it the same, so an incremental build keeps the
 * page the previous build wrote ({@link PageWriter}). Each input is digested once, on first use, by whichever
 * thread asks first.
 *
 * <pre>
 *   PROGRAM teijuu   → digest of the program as linked (its program-years, figures, curated entry)
 *   DOCUMENT x       → digest of the document as read (front matter and body)
 *   TEMPLATE a.ftlh  → digest of the template's text;  ASSET site.css → of its bytes
 *   ALL_PROGRAMS     → digest of every program's digest, in id order (likewise ALL_DOCUMENTS)
 *   page             → digest of its path and "PROGRAM teijuu=…", "TEMPLATE program.ftlh=…" … in {@link Reads} order
 * </pre>
 *
 * <p>Programs and documents are digested component by component ({@link Hashes#addValue}): a field added to a record
 * is digested without a change here.
 */
final class InputHashes {
  private static final String ABSENT = "absent";

  private final SiteIndex ix;
  private final String dataFiles;
  private final Map<Input, String> hashes = new ConcurrentHashMap<>();

  /** @param data what {@code data/} holds (the data page states its sizes) */
  InputHashes(SiteIndex ix, DataFiles.Summary data) {
    this.ix = ix;
    this.dataFiles = String.valueOf(data);
  }

  /** The digest of a page: its path and what it reads. */
  String page(Page page) {
    MessageDigest d = Hashes.sha256();
    Hashes.add(d, page.path());
    for (Input in : page.reads().inputs()) {
      Hashes.add(d, in.toString());
      Hashes.add(d, of(in));
    }
    return Hashes.hex(d);
  }

  /** The digest of one input. */
  String of(Input in) {
    String h = hashes.get(in);
    if (h == null) {
      h = compute(in);
      hashes.putIfAbsent(in, h);
    }
    return h;
  }

  private String compute(Input in) {
    String key = in.key();
    return switch (in.kind()) {
      case SITE -> Hashes.of(ix.site.toString());
      case TEMPLATE -> Hashes.of(ix.templates.source(key));
      case ASSET -> {
        byte[] b = ix.templates.assets().get(key);
        yield b == null ? ABSENT : Hashes.of(b);
      }
      case PROGRAM -> {
        Program p = ix.programs.get(key);
        yield p == null ? ABSENT : Hashes.ofValue(p);
      }
      case DOCUMENT -> {
        Document doc = ix.documents.get(key);
        yield doc == null ? ABSENT : Hashes.ofValue(doc);
      }
      case RELATED -> {
        List<String> r = ix.model.related().get(key);
        yield r == null ? ABSENT : Hashes.of(r.toString());
      }
      case ALL_PROGRAMS -> all(Kind.PROGRAM, List.copyOf(ix.programs.keySet()));
      case ALL_DOCUMENTS -> all(Kind.DOCUMENT, List.copyOf(ix.documents.keySet()));
      case MINISTRIES -> Hashes.of(ix.model.ministries().all().toString());
      case YEARS -> Hashes.of(ix.years.toString());
      case REDIRECTS -> Hashes.of(ix.model.redirects().toString());
      case MENTION_NAMES -> mentionNames();
      case DATA_FILES -> Hashes.of(dataFiles);
      case SEARCH_CREDITS -> Hashes.of(ix.model.searchCredits().toString());
    };
  }

  /** Every input of a kind, by key: each digested (in parallel, the first time), then digested together. */
  private String all(Kind kind, List<String> keys) {
    List<String> each = keys.parallelStream().map(k -> of(new Input(kind, k))).toList();
    MessageDigest d = Hashes.sha256();
    for (int i = 0; i < keys.size(); i++) {
      Hashes.add(d, keys.get(i));
      Hashes.add(d, each.get(i));
    }
    return Hashes.hex(d);
  }

  /** What the mention linker matches on: each program's id, the names of its program-years, its curated entry. */
  private String mentionNames() {
    MessageDigest d = Hashes.sha256();
    for (Program p : ix.programs.values()) {
      Hashes.add(d, p.id());
      Hashes.add(d, String.valueOf(p.name()));
      for (ProgramYear py : p.years()) Hashes.add(d, String.valueOf(py.name()));
      Hashes.add(d, String.valueOf(p.curated()));
      Hashes.add(d, String.valueOf(p.ministryId()));
    }
    return Hashes.hex(d);
  }
}
