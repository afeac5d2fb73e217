package org.seisaku.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The kana reading of a name by Kuromoji (IPADIC), as one extra search term, so that a kana query finds the name
 * in the browser as it does in the Lucene reading field (DESIGN §6): 地域おこし協力隊 → ちいきおこしきょうりょくたい.
 * Words without a reading in the dictionary (ICT, unknown kanji compounds) keep their surface form. Readings of
 * rare compounds can be wrong, which only adds a wrong extra term.
 *
 * <p>Not thread-safe (one tokenizer, reused); use one instance per thread.
 */
public final class Readings implements BrowserIndex.Terms {
  private final JapaneseTokenizer tokenizer =
      new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
  private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
  private final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);

  /** The normalised reading, or nothing when it adds nothing to the normalised text (a name already in kana). */
  @Override
  public List<String> of(String text) {
    StringBuilder sb = new StringBuilder();
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        String r = reading.getReading();
        sb.append(r != null ? r : term.toString());
      }
      tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    String r = Normaliser.normalise(sb.toString());
    return r.isEmpty() || r.equals(Normaliser.normalise(text)) ? List.of() : List.of(r);
  }
}
