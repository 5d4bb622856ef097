package dev.omnigraph.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralsTest {

  @Test
  @DisplayName("string tokens: quotes stripped, the five escapes decoded")
  void decodesEscapes() {
    assertThat(Literals.decodeString("\"a\\n\\r\\t\\\\\\\"b\"")).isEqualTo("a\n\r\t\\\"b");
    assertThat(Literals.decodeString("\"line\nbreak\"")).isEqualTo("line\nbreak");
    assertThat(Literals.decodeString("title")).isEqualTo("title");
    assertThat(Literals.decodeString("3")).isEqualTo("3");
    assertThat(Literals.decodeString("\"\"")).isEmpty();
  }

  @Test
  @DisplayName("any other escape is a semantic parse error naming the character")
  void rejectsOtherEscapes() {
    assertThatThrownBy(() -> Literals.decodeString("\"Tracked\\q\""))
        .isInstanceOf(ParseFailure.class)
        .hasMessage("parse error: parse error: unsupported escape sequence: \\q");
    assertThatThrownBy(() -> Literals.decodeString("\"\\u0041\""))
        .hasMessage("parse error: parse error: unsupported escape sequence: \\u");
    assertThatThrownBy(() -> Literals.decodeString("\"\\\uD83D\uDE00\""))
        .hasMessage("parse error: parse error: unsupported escape sequence: \\\uD83D\uDE00");
  }

  @ParameterizedTest
  @CsvSource({
      "0, 4294967295, 0",
      "0004294967295, 4294967295, 4294967295",
      "4294967296, 4294967295, -1",
      "9223372036854775807, 9223372036854775807, 9223372036854775807",
      "9223372036854775808, 9223372036854775807, -1",
      "99999999999999999999999, 9223372036854775807, -1"})
  @DisplayName("unsigned parsing with an upper bound, leading zeros allowed")
  void parseUnsigned(String digits, long max, long expected) {
    assertThat(Literals.parseUnsigned(digits, max)).isEqualTo(expected);
  }

  @Test
  @DisplayName("float tokens parse correctly rounded; beyond the f64 range they are infinite")
  void parseFloat() {
    assertThat(Literals.parseFloat("-40.0")).isEqualTo(-40.0);
    assertThat(Literals.parseFloat("0.1")).isEqualTo(0.1);
    assertThat(Literals.parseFloat("99999999999999999999")).isEqualTo(1e20);
    assertThat(Literals.parseFloat("1" + "0".repeat(400) + ".0")).isInfinite();
  }

  @Test
  @DisplayName("blank means Rust-trim-empty (Unicode White_Space, including NBSP)")
  void blank() {
    assertThat(Literals.isBlank("")).isTrue();
    assertThat(Literals.isBlank(" \t\n\u00A0\u3000")).isTrue();
    assertThat(Literals.isBlank(" x ")).isFalse();
    assertThat(Literals.isBlank("\u200B")).isFalse();
  }
}
