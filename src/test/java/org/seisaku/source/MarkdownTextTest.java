package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      a <b> & *c* _d_ #e      | a \\<b\\> \\& \\*c\\* \\_d\\_ \\#e
      - item                  | \\- item
      1. item                 | 1\\. item
      12) item                | 12\\) item
      ＃全角＊                 | ＃全角＊
      [link](http://x)        | \\[link\\](http://x)
      `code`                  | \\`code\\`
      ~~del~~ !x              | \\~\\~del\\~\\~ \\!x
      """)
  void escapes(String plain, String markdown) {
    assertEquals(markdown, MarkdownText.escape(plain));
  }

  @Test
  void keepsLineBreaksAndParagraphsButNoIndentedCode() {
    assertEquals("line1\\\nline2\n\npara2", MarkdownText.escape("line1\n    line2\n\n\n para2\n"));
    assertEquals("\u3000全角字下げ", MarkdownText.escape("\u3000全角字下げ"));
    assertEquals("a \\| b", MarkdownText.escape("a | b"));
  }

  @Test
  void rendersAsTheSameTextWithNoMarkup() {
    String plain = "<script>alert(1)</script> &amp; **太字** _斜体_\n# 見出し\n---\n> 引用\n    コード\n1. 一\n* 二\n[a]: http://x\n<!-- c -->";
    String html = HTML.render(PARSER.parse(MarkdownText.escape(plain)));
    assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; **太字** _斜体_<br />\n# 見出し<br />\n---<br />\n"
        + "&gt; 引用<br />\nコード<br />\n1. 一<br />\n* 二<br />\n[a]: http://x<br />\n&lt;!-- c --&gt;</p>\n", html);
  }

  @Test
  void plainReadsTheTextBackWithoutBackslashes() {
    // the review sheet's line break became a hard break; its text must not show 「。\ 安全で」
    assertEquals("実現するもの。\n安全で", MarkdownText.plain(MarkdownText.escape("実現するもの。\n安全で")));
    String sheet = "a <b> & *c* _d_ #e [x](y) `z` ~~w~~ 1. 一";
    assertEquals(sheet, MarkdownText.plain(MarkdownText.escape(sheet)));
    assertEquals("本文のリンク と 強調", MarkdownText.plain("本文の[リンク](https://example.jp/a) と **強調**"));
    assertEquals("見出し\n\n本文\n\na b\nc d", MarkdownText.plain("# 見出し\n\n本文\n\n| a | b |\n|---|---|\n| c | d |\n"));
    assertEquals("", MarkdownText.plain(null));
  }
}
