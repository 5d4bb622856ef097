package dev.omnigraph.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** semantics.md §5.3 number layout and §11 plain rendering. */
class JsonNumbersTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "30.0, 30.0", "0.1, 0.1", "1e16, 1e+16", "1.5e-7, 1.5e-7", "1000000000000000.0, 1000000000000000.0",
      "12.34, 12.34", "0.001234, 0.001234", "0.00001, 0.00001", "1e-6, 1e-6", "2.5e-7, 2.5e-7",
      "1.7976931348623157e308, 1.7976931348623157e+308", "0.0, 0.0", "-0.0, -0.0", "-30.5, -30.5",
      "123456789012345680000, 1.2345678901234568e+20", "5e-324, 5e-324", "100, 100.0"})
  void f64Layout(double v, String text) {
    assertThat(JsonNumbers.formatDouble(v)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1.1, 1.1", "0.1, 0.1", "0.2, 0.2", "0.3, 0.3", "16777216, 16777216.0",
      "3.4028235e38, 3.4028235e+38", "1e-45, 1e-45", "-2.5, -2.5"})
  void f32IsShortestAsFloat32(float v, String text) {
    assertThat(JsonNumbers.formatFloat(v)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"300, 300", "150.5, 150.5", "-40, -40", "0.0000001, 0.0000001", "1e16, 10000000000000000",
      "100.0, 100", "-0.5, -0.5", "0, 0"})
  void plainHasNoExponentAndNoTrailingZero(double v, String text) {
    assertThat(JsonNumbers.plain(v)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"NaN, NaN, NaN", "Infinity, Infinity, inf", "-Infinity, -Infinity, -inf"})
  void nonFinite(double v, String json, String plain) {
    assertThat(JsonNumbers.nonFinite(v)).isEqualTo(json);
    assertThat(JsonNumbers.plain(v)).isEqualTo(plain);
    assertThat(new JsonBytes().f64(v).toString()).isEqualTo("\"" + json + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1.1, 1.1, 1.100000023841858", "0.1, 0.1, 0.10000000149011612", "150.5, 150.5, 150.5"})
  void plain32UsesFloat32Digits(float v, String shortest32, String widened) {
    assertThat(JsonNumbers.plain32(v)).isEqualTo(shortest32);
    assertThat(JsonNumbers.plain((double) v)).isEqualTo(widened);
  }
}
