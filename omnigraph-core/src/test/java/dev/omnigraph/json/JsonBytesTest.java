package dev.omnigraph.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** String escaping of semantics.md §5.3 on both the String and the UTF-8 byte paths. */
class JsonBytesTest {
  private static final String RAW = "q\" b\\ /\b\t\n\f\r\u0001\u001f\u007f é 分 😀";
  private static final String ESCAPED =
      "\"q\\\" b\\\\ /\\b\\t\\n\\f\\r\\u0001\\u001f\u007f é 分 😀\"";

  @Test
  void escapesControlCharactersWithLowerCaseHex() {
    assertThat(new JsonBytes().string(RAW).toString()).isEqualTo(ESCAPED);
    assertThat(JsonStrings.quote(RAW)).isEqualTo(ESCAPED);
  }

  @Test
  void escapesUtf8BytesIdentically() {
    byte[] utf8 = RAW.getBytes(StandardCharsets.UTF_8);
    assertThat(new JsonBytes(4).string(utf8, 0, utf8.length).toString()).isEqualTo(ESCAPED);
  }

  @Test
  void writesLiteralsAndNumbers() {
    JsonBytes b = new JsonBytes(2).raw('[').nul().raw(',').bool(true).raw(',').bool(false).raw(',')
        .number(-7).raw(',').unsigned(-1L).raw(',').f32(1.1f).raw(',').f64(0.1).raw(']');
    assertThat(b.toString()).isEqualTo("[null,true,false,-7,18446744073709551615,1.1,0.1]");
    assertThat(b.size()).isEqualTo(b.toString().length());
    b.reset();
    assertThat(b.toString()).isEmpty();
  }
}
