package dev.omnigraph.cli.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reference's JSON layout (cli.md §0) and string escaping (semantics.md §5.3). */
class JsonTest {
  @Test
  void prettyPrintsLikeSerdeJson() {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("table_key", "node:Person");
    table.put("row_count", 4L);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("branch", "main");
    m.put("tables", List.of(table));
    m.put("empty_list", List.of());
    m.put("empty_object", Map.of());
    m.put("actor_id", null);

    assertThat(Json.pretty(m)).isEqualTo("""
        {
          "branch": "main",
          "tables": [
            {
              "table_key": "node:Person",
              "row_count": 4
            }
          ],
          "empty_list": [],
          "empty_object": {},
          "actor_id": null
        }""");
  }

  @Test
  void compactHasNoSpaces() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("a", 1);
    m.put("b", List.of(1, 2));
    m.put("c", Arrays.asList(true, null, "x"));

    assertThat(Json.compact(m)).isEqualTo("{\"a\":1,\"b\":[1,2],\"c\":[true,null,\"x\"]}");
  }

  @Test
  void escapesStringsAsTheSpecSays() {
    assertThat(Json.quote("q\" b\\ \b\t\n\f\r \u0001\u001f / \u007f é ☃ 😀"))
        .isEqualTo("\"q\\\" b\\\\ \\b\\t\\n\\f\\r \\u0001\\u001f / \u007f é ☃ 😀\"");
  }

  @Test
  void numbersAreWrittenAsTheirTextNeverReencoded() {
    assertThat(Json.compact(List.of(new JsonNumber("1e+16"), new JsonNumber("30.0"),
        new BigInteger("18446744073709551615"), Long.MIN_VALUE)))
        .isEqualTo("[1e+16,30.0,18446744073709551615,-9223372036854775808]");
    assertThatThrownBy(() -> Json.compact(List.of(1.5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsingKeepsNumberTextAndMemberOrder() {
    Object v = JsonText.parse("{\"z\":1e+16,\"a\":[0.1,-0.0,9007199254740993],\"s\":\"\\u00e9\"}");

    assertThat(Json.compact(v)).isEqualTo("{\"z\":1e+16,\"a\":[0.1,-0.0,9007199254740993],\"s\":\"é\"}");
    assertThatThrownBy(() -> JsonText.parse("{} x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonText.parse("")).isInstanceOf(IllegalArgumentException.class);
  }
}
