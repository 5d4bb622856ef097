package dev.omnigraph.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonWriterTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  @Test
  void prettyLayoutMatchesTheCliStyle() {
    ObjectNode root = F.objectNode();
    root.put("branch", "main");
    ObjectNode table = root.putArray("tables").addObject();
    table.put("table_key", "node:Person");
    table.put("row_count", 4);
    root.putNull("actor_id");
    root.putArray("empty");
    root.putObject("nothing");

    assertThat(JsonWriter.pretty(root)).isEqualTo("""
        {
          "branch": "main",
          "tables": [
            {
              "table_key": "node:Person",
              "row_count": 4
            }
          ],
          "actor_id": null,
          "empty": [],
          "nothing": {}
        }""");
  }

  @Test
  void compactLayoutHasNoWhitespace() throws Exception {
    String text = "{\"a\":[1,2.5,\"x\"],\"b\":{\"c\":true}}";
    assertThat(JsonWriter.compact(new ObjectMapper().readTree(text))).isEqualTo(text);
  }

  @Test
  void stringsAreEscapedLikeSerdeJson() {
    StringBuilder out = new StringBuilder();
    JsonWriter.quote("q\" b\\ \b\t\n\f\r \u0001 \u001f / \u007f é ☃", out);
    assertThat(out).hasToString("\"q\\\" b\\\\ \\b\\t\\n\\f\\r \\u0001 \\u001f / \u007f é ☃\"");
  }

  @ParameterizedTest
  @CsvSource({
      "30.0, 30.0",
      "0.1, 0.1",
      "1e16, 1e+16",
      "1.5e-7, 1.5e-7",
      "1e15, 1000000000000000.0",
      "12.34, 12.34",
      "0.001234, 0.001234",
      "0.00001, 0.00001",
      "0.000001, 1e-6",
      "2.5e-7, 2.5e-7",
      "1.7976931348623157e308, 1.7976931348623157e+308",
      "0.0, 0.0",
      "-0.0, -0.0",
      "-40.0, -40.0",
      "5e-324, 5e-324",
      "123456789012345680, 1.2345678901234568e+17"
  })
  void doublesUseShortestDigitsAndTheReferenceLayout(double value, String expected) {
    assertThat(JsonNumbers.formatDouble(value)).isEqualTo(expected);
  }

  @Test
  void floatsUseFloat32ShortestDigits() {
    assertThat(JsonNumbers.formatFloat(1.1f)).isEqualTo("1.1");
    assertThat(JsonNumbers.formatFloat(0.1f)).isEqualTo("0.1");
    assertThat(JsonNumbers.formatFloat(Float.MIN_VALUE)).isEqualTo("1e-45");
    assertThat(JsonNumbers.formatFloat(16777216f)).isEqualTo("16777216.0");
    assertThat(JsonWriter.compact(F.arrayNode().add(0.1f).add(0.2f).add(0.3f)))
        .isEqualTo("[0.1,0.2,0.3]");
  }

  @Test
  void nonFiniteNumbersAreStrings() {
    assertThat(JsonWriter.compact(F.arrayNode().add(Double.NaN)
        .add(Double.POSITIVE_INFINITY).add(Float.NEGATIVE_INFINITY)))
        .isEqualTo("[\"NaN\",\"Infinity\",\"-Infinity\"]");
  }

  @Test
  void integersKeepAllDigits() {
    assertThat(JsonWriter.compact(F.arrayNode().add(9007199254740993L)
        .add(new java.math.BigInteger("18446744073709551615"))))
        .isEqualTo("[9007199254740993,18446744073709551615]");
  }
}
