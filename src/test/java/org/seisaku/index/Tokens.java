package org.seisaku.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** The tokens an analyzer makes, for exact assertions (a stand-in for lucene-test-framework's BaseTokenStreamTestCase). */
record Tokens(List<String> terms, List<int[]> offsets, List<Integer> positions) {
  static Tokens of(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        terms.add(term.toString());
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        positions.add(pos);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Tokens(terms, offsets, positions);
  }

  /** {@code 通信[4,6]} for each token, space separated. */
  String withOffsets() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < terms.size(); i++) {
      if (i > 0) b.append(' ');
      b.append(terms.get(i)).append('[').append(offsets.get(i)[0]).append(',').append(offsets.get(i)[1]).append(']');
    }
    return b.toString();
  }
}
