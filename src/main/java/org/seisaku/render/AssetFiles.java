package org.seisaku.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.seisaku.render.Reads.Kind;

/**
 * {@code assets/…}: the stylesheets and scripts of the templates, copied as they are (scripts without their comment
 * lines: {@link ScriptText}); and {@code favicon.ico} at the site's root, the templates' {@code favicon.png} in an
 * ICO wrapper, for the browsers, feed readers and link previews that ask for it whatever the page's
 * {@code <link rel="icon">} says.
 */
final class AssetFiles implements PageKind {
  /** The asset that {@code favicon.ico} wraps: a square PNG of at most 256 pixels. */
  static final String ICON_PNG = "favicon.png";

  @Override
  public List<Page> pages(SiteIndex ix) {
    List<Page> pages = new ArrayList<>();
    for (Map.Entry<String, byte[]> a : ix.templates.assets().entrySet()) {
      byte[] bytes = a.getKey().endsWith(".js") ? ScriptText.compact(a.getValue()) : a.getValue();
      pages.add(new Page("assets/" + a.getKey(), Reads.builder().add(Kind.ASSET, a.getKey()).build(), false, t -> bytes));
      if (a.getKey().equals(ICON_PNG)) {
        byte[] ico = ico(bytes);
        if (ico != null) pages.add(new Page("favicon.ico", Reads.builder().add(Kind.ASSET, a.getKey()).build(), false, t -> ico));
      }
    }
    return pages;
  }

  /**
   * An ICO file of one image, the PNG as it is (ICO holds PNG images since Windows Vista; every current browser
   * reads them); null when {@code png} is not a PNG of at most 256×256 pixels, which ICO cannot say.
   */
  static byte[] ico(byte[] png) {
    if (png.length < 24 || png[0] != (byte) 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') return null;
    ByteBuffer in = ByteBuffer.wrap(png); // IHDR comes first: width and height at bytes 16 and 20, big-endian
    int width = in.getInt(16);
    int height = in.getInt(20);
    if (width < 1 || height < 1 || width > 256 || height > 256) return null;
    ByteBuffer out = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
    out.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type 1 (icon), one image
    out.put((byte) (width & 0xFF)).put((byte) (height & 0xFF)); // 256 is written 0
    out.put((byte) 0).put((byte) 0); // no palette, reserved
    out.putShort((short) 1).putShort((short) 32); // colour planes, bits per pixel
    out.putInt(png.length).putInt(6 + 16); // the image's size and where it starts
    out.put(png);
    return out.array();
  }
}
