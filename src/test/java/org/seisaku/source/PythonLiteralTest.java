package org.seisaku.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PythonLiteralTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      [{'年度': 2020, '当初予算': 1.0}]                | [{"年度":2020,"当初予算":1.0}]
      {"a": None, 'b': True, 'c': False}             | {"a":null,"b":true,"c":false}
      [-3.5, +2, 0.0, -0.0]                          | [-3.5,2,0.0,0.0]
      ['it\\'s', "say \\"hi\\"", 'a\\nb', '\\u3042'] | ["it's","say \\"hi\\"","a\\nb","あ"]
      (1, 2)                                         | [1,2]
      [1, 2,]                                        | [1,2]
      [nan, NaN]                                     | [null,null]
      "[]"                                           | "[]"
      '  [ ]  '                                      | []
      {1: 'x'}                                       | {"1":"x"}
      [12345678901234567890]                         | [12345678901234567890]
      """)
  void readsLiterals(String literal, String json) {
    assertEquals(json, PythonLiteral.parse(literal).toString());
  }

  @Test
  void keepsDecimalsExactlyAsWritten() {
    JsonNode n = PythonLiteral.parse("[4.300000000000001, 188.0, 1e3]");
    assertEquals(new BigDecimal("4.300000000000001"), n.get(0).decimalValue());
    assertEquals("188.0", n.get(1).decimalValue().toPlainString());
    assertEquals("1000", n.get(2).decimalValue().toPlainString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      [1, 2                    | expected ',' or ']' at character 5
      [inf]                    | unknown name 'inf' at character 1
      ['a' 'b']                | concatenated strings are not read at character 5
      ['''a''']                | a triple-quoted string is not read at character 1
      {'a': 1, 'a': 2}         | duplicate key 'a' at character 9
      {'a', 'b'}               | expected ':' after a key at character 4
      [1] x                    | unexpected text after the literal at character 4
      ['abc                    | string not closed at character 1
      [1.2.3]                  | not a number at character 1
      ['\\q']                  | unknown escape \\q at character 2
      ''                       | unexpected end at character 0
      [{1: 2}: 3]              | expected ',' or ']' at character 7
      """)
  void rejectsWhatIsNotALiteral(String literal, String message) {
    PythonLiteral.SyntaxException e = assertThrows(PythonLiteral.SyntaxException.class, () -> PythonLiteral.parse(literal));
    assertEquals(message, e.getMessage());
    assertTrue(e.offset() >= 0);
  }
}
