package dev.omnigraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** semantics.md §12.1–12.2: line numbering, trimming, comments, record shapes. */
class JsonlSourceTest {
  private final List<InputRecord> records = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  private void read(String text) throws IOException {
    new JsonlSource(new StringReader(text)).forEach(new RecordSink() {
      @Override
      public void record(InputRecord r) {
        records.add(r);
      }

      @Override
      public void shapeError(long line, String message) {
        errors.add(line + "|" + message);
      }
    });
  }

  @Test
  void countsEveryPhysicalLineAndSkipsBlanksAndComments() throws IOException {
    read("// header\r\n\n  \t\n   {\"type\":\"A\",\"data\":{\"x\":1}}   \r\n// {\"type\":\"B\"}\n"
        + "{\"edge\":\"E\",\"from\":\"a\",\"to\":\"b\"}");
    assertThat(errors).isEmpty();
    assertThat(records).containsExactly(
        new InputRecord(4, false, "A", null, null, Map.of("x", 1L)),
        new InputRecord(6, true, "E", "a", "b", Map.of()));
  }

  @Test
  void recordShapes() throws IOException {
    read(String.join("\n",
        "{\"type\":\"A\",\"edge\":\"E\"}",                          // 1 type wins
        "{\"type\":5,\"edge\":\"E\",\"from\":\"a\",\"to\":\"b\"}",  // 2 non-string type: edge
        "{\"type\":\"A\",\"data\":[1]}",                            // 3 data not an object: {}
        "{\"type\":\"A\",\"data\":{\"a\":1},\"data\":{\"b\":2}}",   // 4 last member wins
        "{\"type\":\"A\",\"extra\":{\"deep\":[1,{\"x\":null}]}}")); // 5 other members ignored
    assertThat(errors).isEmpty();
    assertThat(records).extracting(InputRecord::edge).containsExactly(false, true, false, false, false);
    assertThat(records.get(2).data()).isEmpty();
    assertThat(records.get(3).data()).isEqualTo(Map.of("b", 2L));
  }

  @Test
  void decodesValues() throws IOException {
    read("{\"type\":\"A\",\"data\":{\"s\":\"é\\n\",\"i\":-3,\"big\":18446744073709551615,\"f\":1.5,"
        + "\"huge\":1e400,\"t\":true,\"n\":null,\"l\":[1,\"x\",[]],\"o\":{\"k\":false}}}");
    Map<String, Object> d = records.get(0).data();
    assertThat(d.get("s")).isEqualTo("é\n");
    assertThat(d.get("i")).isEqualTo(-3L);
    assertThat(d.get("big")).isEqualTo(new java.math.BigInteger("18446744073709551615"));
    assertThat(d.get("f")).isEqualTo(1.5);
    assertThat(d.get("huge")).isEqualTo(new java.math.BigDecimal("1e400"));
    assertThat(d.get("t")).isEqualTo(true);
    assertThat(d).containsEntry("n", null);
    assertThat(d.get("l")).isEqualTo(List.of(1L, "x", List.of()));
    assertThat(d.get("o")).isEqualTo(Map.of("k", false));
  }

  @Test
  void shapeErrors() throws IOException {
    read(String.join("\n", "{\"type\": \"Person\", \"data\": {\"name\": \"X\"", "{\"foo\":1}",
        "[1,2]", "{\"edge\":\"E\",\"to\":\"b\"}", "{\"edge\":\"E\",\"from\":\"a\"}",
        "{\"edge\":\"E\",\"from\":1,\"to\":\"b\"}", "{} {}", "nope"));
    assertThat(records).isEmpty();
    assertThat(errors.get(0)).startsWith("1|invalid JSON on line 1: Unexpected end-of-input");
    assertThat(errors.subList(1, 6)).containsExactly(
        "2|line 2: expected 'type' or 'edge' field",
        "3|line 3: expected 'type' or 'edge' field",
        "4|line 4: edge missing 'from'",
        "5|line 5: edge missing 'to'",
        "6|line 6: edge missing 'from'");
    assertThat(errors.get(6)).isEqualTo("7|invalid JSON on line 7: trailing characters after the JSON value");
    assertThat(errors.get(7)).startsWith("8|invalid JSON on line 8: ");
  }
}
