package dev.omnigraph.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** languages.md §3.5 date and datetime text. */
class TemporalTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({"2024-02-29, 2024-02-29", "20240229, 2024-02-29", "1970-01-01, 1970-01-01",
      "1969-12-31, 1969-12-31", "2024-02-29T23:30:00-02:00, 2024-03-01", "0001-01-01, 0001-01-01"})
  void dates(String text, String iso) {
    assertThat(TemporalText.parseDate(text)).isEqualTo((int) LocalDate.parse(iso).toEpochDay());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2024-02-29, 2024-02-29T00:00:00Z",
      "2024-02-29T13:45:00.5+02:00, 2024-02-29T11:45:00.500Z",
      "2024-02-29t13:45:00Z, 2024-02-29T13:45:00Z",
      "2024-02-29 13:45:00z, 2024-02-29T13:45:00Z",
      "2024-02-29T134500, 2024-02-29T13:45:00Z",
      "2024-02-29T13:45:00.123999, 2024-02-29T13:45:00.123Z",
      "2024-02-29T13:45:00-08, 2024-02-29T21:45:00Z",
      "2024-02-29T13:45:00+0530, 2024-02-29T08:15:00Z",
      "1969-12-31T23:59:59.999Z, 1969-12-31T23:59:59.999Z"})
  void dateTimes(String text, String instant) {
    assertThat(TemporalText.parseDateTime(text)).isEqualTo(Instant.parse(instant).toEpochMilli());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {"", "2024-02-30", "2024-13-01", "24-02-29", "2024/02/29", "yesterday",
      "2024-02-29X", "2023-02-29"})
  void invalidDates(String text) {
    assertThatThrownBy(() -> TemporalText.parseDate(text))
        .isInstanceOf(TemporalText.TemporalFormatException.class)
        .hasMessageStartingWith("invalid Date literal '" + text + "'");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2024-02-29T25:00:00", "2024-02-29T13:60:00", "2024-02-29T13:45",
      "2024-02-29T13:45:00.", "2024-02-29T13:45:00+2", "2024-02-29T13:45:00Zx", "20240229T134500"})
  void invalidDateTimes(String text) {
    assertThatThrownBy(() -> TemporalText.parseDateTime(text))
        .isInstanceOf(TemporalText.TemporalFormatException.class)
        .hasMessageStartingWith("invalid DateTime literal '" + text + "'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2024-02-29T11:45:00.500Z, 2024-02-29T11:45:00.500, 2024-02-29T11:45:00.500Z",
      "2024-01-15T10:30:00Z, 2024-01-15T10:30:00, 2024-01-15T10:30:00.000Z",
      "1969-12-31T23:59:59.001Z, 1969-12-31T23:59:59.001, 1969-12-31T23:59:59.001Z"})
  void formats(String instant, String local, String utc) {
    long ms = Instant.parse(instant).toEpochMilli();
    assertThat(TemporalText.formatDateTimeLocal(ms)).isEqualTo(local);
    assertThat(TemporalText.formatDateTimeUtc(ms)).isEqualTo(utc);
    assertThat(TemporalText.formatDate(19782)).isEqualTo("2024-02-29");
  }
}
