package org.seisaku.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Year filters as people write them, and the messages for those that are not. */
class YearRangeTest {
  @Test
  void yearsAndRanges() {
    Object[][] table = {
      // text                      | from | to
      {"2008", 2008, 2008},
      {" 2008 ", 2008, 2008},
      {"平成20年度", 2008, 2008},
      {"H20", 2008, 2008},
      {"Ｈ２０", 2008, 2008},
      {"令和元年度", 2019, 2019},
      {"2008..2012", 2008, 2012},
      {"2008 .. 2012", 2008, 2012},
      {"平成20年度..平成24年度", 2008, 2012},
      {"H20..2012", 2008, 2012},
      {"2019..", 2019, null},
      {"..H24", null, 2012},
      {"2008～2012", 2008, 2012},
    };
    for (Object[] row : table) {
      assertEquals(new YearRange((Integer) row[1], (Integer) row[2]), YearRange.parse((String) row[0]), (String) row[0]);
    }
  }

  @Test
  void badYearsAreRefusedWithTheText() {
    for (String bad : new String[] {"", "..", "来年", "2008..2009..2010", "平成0年度", "2012..2008", "20080", "2008...2012"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> YearRange.parse(bad), bad);
      assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }
}
