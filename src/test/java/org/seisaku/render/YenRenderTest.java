package org.seisaku.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.seisaku.model.Amount;
import org.seisaku.model.Qualifier;

/** Rounded sums for totals tables and chart axes. */
class YenRenderTest {
  @Test
  void roundsLargeSumsAsBudgetTablesDo() {
    assertEquals("2,433兆9,106億円", Yen.rounded(2_433_910_604_420_000L));
    assertEquals("236兆163億円", Yen.rounded(236_016_320_445_247L));
    assertEquals("3兆円", Yen.rounded(3_000_000_000_000L));
    assertEquals("7,276.1億円", Yen.rounded(727_610_222_000L));
    assertEquals("5.2億円", Yen.rounded(520_000_000L));
    assertEquals("1億円", Yen.rounded(100_000_000L));
    assertEquals("8,525.9万円", Yen.rounded(85_259_000L));
    assertEquals("0円", Yen.rounded(0L));
    assertEquals("-30億円", Yen.rounded(-3_000_000_000L));
    assertEquals("約18.2億円", Yen.rounded(new Amount(1_820_000_000L, Qualifier.APPROXIMATE)));
  }
}
