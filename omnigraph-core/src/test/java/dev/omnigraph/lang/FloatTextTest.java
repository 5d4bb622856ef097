package dev.omnigraph.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what Rust's {@code {:?}} and serde_json print for the same f64. */
class FloatTextTest {

  @ParameterizedTest(name = "{0} -> {1} / {2}")
  @CsvSource(delimiter = '|', value = {
      "0.0                   | 0.0                  | 0.0",
      "-0.0                  | -0.0                 | -0.0",
      "1.0                   | 1.0                  | 1.0",
      "-40.0                 | -40.0                | -40.0",
      "0.5                   | 0.5                  | 0.5",
      "0.1                   | 0.1                  | 0.1",
      "123.456               | 123.456              | 123.456",
      "1e15                  | 1000000000000000.0   | 1000000000000000.0",
      "1e16                  | 1e16                 | 1e16",
      "1.5e16                | 1.5e16               | 1.5e16",
      "9223372036854775808   | 9.223372036854776e18 | 9.223372036854776e18",
      "1e20                  | 1e20                 | 1e20",
      "0.0001                | 0.0001               | 0.0001",
      "0.00001               | 1e-5                 | 0.00001",
      "0.00001234            | 1.234e-5             | 0.00001234",
      "0.000001              | 1e-6                 | 1e-6",
      "2.82879384806159e17   | 2.82879384806159e17  | 2.82879384806159e17",
      "1.7976931348623157e308 | 1.7976931348623157e308 | 1.7976931348623157e308",
      "4.9e-324              | 5e-324               | 5e-324",
      "1e23                  | 1e23                 | 1e23",
      // exactly halfway between two shortest candidates: Rust rounds up, ryu to even
      "-609710830944031.25   | -609710830944031.3   | -609710830944031.2",
      "913936946224.65625    | 913936946224.6563    | 913936946224.6562"})
  @DisplayName("shortest round-trip digits in Rust Debug and serde_json layouts")
  void formats(double value, String rustDebug, String json) {
    assertThat(FloatText.rustDebug(value)).isEqualTo(rustDebug);
    assertThat(FloatText.json(value)).isEqualTo(json);
  }

  @ParameterizedTest
  @CsvSource({"NaN, NaN, null", "Infinity, inf, null", "-Infinity, -inf, null"})
  @DisplayName("non-finite values")
  void nonFinite(double value, String rustDebug, String json) {
    assertThat(FloatText.rustDebug(value)).isEqualTo(rustDebug);
    assertThat(FloatText.json(value)).isEqualTo(json);
  }
}
