package org.seisaku.render;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SiteRenderSmokeTest {
  @Test
  void renders() throws Exception {
    Path out = Path.of("target/smoke-site");
    new SiteRenderer(null).render(RenderFixture.model(), out);
  }
}
