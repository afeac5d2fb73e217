package org.seisaku.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every name a {@link BudgetKind} is written under: JSON name, label, the review sheets' keys, full-width and padded. */
class BudgetKindTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      initial          | INITIAL
      INITIAL          | INITIAL
      Initial          | INITIAL
      ｉｎｉｔｉａｌ        | INITIAL
      ＩＮＩＴＩＡＬ        | INITIAL
      当初               | INITIAL
      当初予算             | INITIAL
      ' 当初予算 '         | INITIAL
      '　当初　'           | INITIAL
      supplementary    | SUPPLEMENTARY
      補正               | SUPPLEMENTARY
      補正予算             | SUPPLEMENTARY
      request          | REQUEST
      要求               | REQUEST
      概算要求             | REQUEST
      要求額              | REQUEST
      executed         | EXECUTED
      執行               | EXECUTED
      執行額              | EXECUTED
      reserve          | RESERVE
      予備費等             | RESERVE
      予備費              | RESERVE
      carried_in       | CARRIED_IN
      CARRIED_IN       | CARRIED_IN
      ｃａｒｒｉｅｄ＿ｉｎ     | CARRIED_IN
      前年度から繰越し         | CARRIED_IN
      前年度から繰越          | CARRIED_IN
      繰越               | CARRIED_IN
      繰越し              | CARRIED_IN
      carried_out      | CARRIED_OUT
      翌年度へ繰越し          | CARRIED_OUT
      翌年度へ繰越           | CARRIED_OUT
      total            | TOTAL
      予算計              | TOTAL
      """)
  void parses(String text, BudgetKind kind) {
    assertEquals(Optional.of(kind), BudgetKind.parse(text), text);
  }

  @ParameterizedTest(name = "rejects {0}")
  @NullAndEmptySource
  @ValueSource(strings = {" ", "予算", "当初補正", "initial予算", "carried-in", "carriedin", "繰り越し", "要求要望", "事項要求", "0"})
  void rejects(String text) {
    assertEquals(Optional.empty(), BudgetKind.parse(text), String.valueOf(text));
  }

  /** The JSON name and the label of each kind read back to that kind. */
  @ParameterizedTest
  @EnumSource(BudgetKind.class)
  void jsonAndLabelRoundTrip(BudgetKind kind) {
    assertEquals(Optional.of(kind), BudgetKind.parse(kind.json()));
    assertEquals(Optional.of(kind), BudgetKind.parse(kind.label()));
    assertEquals(Optional.of(kind), BudgetKind.parse(kind.json().toUpperCase()));
    assertEquals(Optional.of(kind), BudgetKind.parse(FiscalYearTest.toFullWidth(kind.json())));
  }

  /** The names data/budget.json and the pages use are fixed by DESIGN; a rename would break readers of the data. */
  @Test
  void namesAndLabels() {
    assertEquals(
        "initial:当初 supplementary:補正 request:要求 executed:執行 reserve:予備費等 carried_in:前年度から繰越し "
            + "carried_out:翌年度へ繰越し total:予算計",
        String.join(" ", Arrays.stream(BudgetKind.values()).map(k -> k.json() + ":" + k.label()).toList()));
  }
}
