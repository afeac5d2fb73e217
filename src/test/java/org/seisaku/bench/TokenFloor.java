package org.seisaku.bench;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.seisaku.config.SourceSpec;
import org.seisaku.diag.Problems;
import org.seisaku.model.Document;
import org.seisaku.source.Corpus;
import org.seisaku.source.MarkdownText;
import org.seisaku.source.Sources;

/**
 * The tokenisation floor of bench/scale.sh: how long Kuromoji alone takes to cut the analysable text of a corpus
 * (every document's title and plain text, as the index gets it) into words, on every core, once. No build can
 * analyse its text faster, so seisaku's build time ÷ this is how far the build is from the floor.
 *
 * <pre>
 *   java -cp target/seisaku.jar:target/test-classes org.seisaku.bench.TokenFloor CONTENT JUDGIT_ROOT
 *   → floor_seconds=3.41 text_mb=35.9 threads=2 tokens=…
 * </pre>
 *
 * <p>Reading the corpus is not timed. The text is cut twice and the second pass is timed (the first warms the JIT
 * and loads the dictionary), one tokenizer per thread, reused across documents.
 */
public final class TokenFloor {
  private TokenFloor() {}

  public static void main(String[] args) throws Exception {
    Problems problems = new Problems();
    Corpus corpus = Sources.read(Path.of(args[0]), List.of(SourceSpec.parse("judgit:" + args[1]).orElseThrow()), problems);
    List<String> texts = corpus.documents().stream()
        .map((Document d) -> d.title() + "\n" + MarkdownText.plain(d.markdown())).toList();
    long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    int threads = Runtime.getRuntime().availableProcessors();
    cut(texts, threads);
    long t0 = System.nanoTime();
    long tokens = cut(texts, threads);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "floor_seconds=%.2f text_mb=%.1f threads=%d tokens=%d documents=%d%n",
        seconds, bytes / 1e6, threads, tokens, texts.size());
  }

  private static long cut(List<String> texts, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        parts.add(pool.submit(() -> {
          long n = 0;
          try (JapaneseTokenizer t = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
            CharTermAttribute term = t.addAttribute(CharTermAttribute.class);
            for (int k; (k = next.getAndIncrement()) < texts.size(); ) {
              t.setReader(new StringReader(texts.get(k)));
              t.reset();
              while (t.incrementToken()) n += term.length() > 0 ? 1 : 0;
              t.end();
              t.close();
            }
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
          return n;
        }));
      }
      long n = 0;
      for (Future<Long> f : parts) n += f.get();
      return n;
    } finally {
      pool.shutdown();
    }
  }
}
