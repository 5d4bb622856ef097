package dev.omnigraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.value.BlobValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** semantics.md §12.4: every conversion rule, accepted and rejected (DECISIONS 7). */
class ValueCoercerTest {
  private static PropType t(ScalarType s) {
    return PropType.of(s, true);
  }

  private static Object coerce(Object raw, PropType type) throws CoercionError {
    return ValueCoercer.coerce(raw, "p", type);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of(t(ScalarType.STRING), "x", "x"),
        Arguments.of(PropType.enumOf(List.of("a", "b"), true), "c", "c"), // membership: the validator
        Arguments.of(t(ScalarType.BOOL), true, true),
        Arguments.of(t(ScalarType.I32), 2147483647L, 2147483647),
        Arguments.of(t(ScalarType.I32), -2147483648L, -2147483648),
        Arguments.of(t(ScalarType.I32), 3.0, 3),
        Arguments.of(t(ScalarType.I32), 1e2, 100),
        Arguments.of(t(ScalarType.I32), 7, 7),
        Arguments.of(t(ScalarType.I64), 9223372036854775807L, 9223372036854775807L),
        Arguments.of(t(ScalarType.I64), new BigDecimal("12.000"), 12L),
        Arguments.of(t(ScalarType.U32), 4294967295L, 4294967295L),
        Arguments.of(t(ScalarType.U64), new BigInteger("18446744073709551615"), -1L),
        Arguments.of(t(ScalarType.U64), 0L, 0L),
        Arguments.of(t(ScalarType.F32), 1.1, 1.1f),
        Arguments.of(t(ScalarType.F32), 3L, 3.0f),
        Arguments.of(t(ScalarType.F32), 3.4028235e38, Float.MAX_VALUE),
        Arguments.of(t(ScalarType.F64), 0.1, 0.1),
        Arguments.of(t(ScalarType.F64), 9007199254740993L, 9007199254740992.0),
        Arguments.of(t(ScalarType.DATE), "2024-02-29", 19782),
        Arguments.of(t(ScalarType.DATE), 19782L, 19782),
        Arguments.of(t(ScalarType.DATE), LocalDate.of(2024, 2, 29), 19782),
        Arguments.of(t(ScalarType.DATETIME), "2024-02-29T13:45:00.5+02:00", 1709207100500L),
        Arguments.of(t(ScalarType.DATETIME), 1709207100500L, 1709207100500L),
        Arguments.of(t(ScalarType.DATETIME), Instant.ofEpochMilli(5), 5L),
        Arguments.of(t(ScalarType.BLOB), "base64:aGk=", new BlobValue.Inline("hi".getBytes(StandardCharsets.UTF_8))),
        Arguments.of(t(ScalarType.BLOB), "file:///x", new BlobValue.Uri("file:///x")),
        Arguments.of(t(ScalarType.BLOB), new byte[] {1}, new BlobValue.Inline(new byte[] {1})),
        Arguments.of(PropType.listOf(ScalarType.STRING, true), Arrays.asList("a", null), Arrays.asList("a", null)),
        Arguments.of(PropType.listOf(ScalarType.I32, true), List.of(1L, 2.0), List.of(1, 2)),
        Arguments.of(PropType.listOf(ScalarType.STRING, true), new String[] {"x"}, List.of("x")),
        Arguments.of(PropType.listOf(ScalarType.DATE, true), List.of("2024-02-29"), List.of(19782)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("accepted")
  void accepts(PropType type, Object raw, Object expected) throws CoercionError {
    assertThat(coerce(raw, type)).isEqualTo(expected);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of(t(ScalarType.STRING), 5L, "property 'p' expects String, got number"),
        Arguments.of(PropType.enumOf(List.of("a", "b"), true), true,
            "property 'p' expects enum(a, b), got boolean"),
        Arguments.of(t(ScalarType.BOOL), "true", "property 'p' expects Bool, got string"),
        Arguments.of(t(ScalarType.I32), 2147483648L, "value 2147483648 out of range for I32 property `p`"),
        Arguments.of(t(ScalarType.I32), 3.5, "value 3.5 is not an integer for I32 property `p`"),
        Arguments.of(t(ScalarType.I32), "old", "property 'p' expects I32, got string"),
        Arguments.of(t(ScalarType.I32), List.of(), "property 'p' expects I32, got array"),
        Arguments.of(t(ScalarType.I32), Map.of(), "property 'p' expects I32, got object"),
        Arguments.of(t(ScalarType.I64), new BigInteger("9223372036854775808"),
            "value 9223372036854775808 out of range for I64 property `p`"),
        Arguments.of(t(ScalarType.I64), 1e20, "value 100000000000000000000 out of range for I64 property `p`"),
        Arguments.of(t(ScalarType.U32), -1L, "value -1 out of range for U32 property `p`"),
        Arguments.of(t(ScalarType.U32), 4294967296L, "value 4294967296 out of range for U32 property `p`"),
        Arguments.of(t(ScalarType.U64), -1L, "value -1 out of range for U64 property `p`"),
        Arguments.of(t(ScalarType.U64), new BigInteger("18446744073709551616"),
            "value 18446744073709551616 out of range for U64 property `p`"),
        Arguments.of(t(ScalarType.U64), 0.5, "value 0.5 is not an integer for U64 property `p`"),
        Arguments.of(t(ScalarType.F32), 1e39, "value 1e+39 out of range for F32 property `p`"),
        Arguments.of(t(ScalarType.F32), "1.0", "property 'p' expects F32, got string"),
        Arguments.of(t(ScalarType.F64), new BigDecimal("1e400"), "value 1E+400 out of range for F64 property `p`"),
        Arguments.of(t(ScalarType.F64), false, "property 'p' expects F64, got boolean"),
        Arguments.of(t(ScalarType.DATE), "2024-02-30",
            "invalid Date literal '2024-02-30': expected YYYY-MM-DD"),
        Arguments.of(t(ScalarType.DATE), 1.5, "value 1.5 is not an integer for Date property `p`"),
        Arguments.of(t(ScalarType.DATE), true, "property 'p' expects Date, got boolean"),
        Arguments.of(t(ScalarType.DATETIME), "noon", "invalid DateTime literal 'noon': expected"
            + " YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fff] with an optional Z or ±HH:MM offset"),
        Arguments.of(t(ScalarType.DATETIME), List.of(), "property 'p' expects DateTime, got array"),
        Arguments.of(t(ScalarType.BLOB), 5L, "blob property 'p' must be a URI string or base64: prefixed data"),
        Arguments.of(t(ScalarType.BLOB), "base64:%%", "invalid base64 blob data: Illegal base64 character 25"),
        Arguments.of(PropType.vector(3, true), List.of(1, 2), "vector property 'p' expects 3 dimensions, got 2"),
        Arguments.of(PropType.vector(2, true), Arrays.asList(1, "x"), "vector property 'p' has a non-numeric element"),
        Arguments.of(PropType.vector(2, true), Arrays.asList(1, null), "vector property 'p' has a non-numeric element"),
        Arguments.of(PropType.vector(2, true), List.of(1, 1e39), "value 1e+39 out of range for F32 property `p`"),
        Arguments.of(PropType.vector(2, true), "x", "property 'p' expects Vector(2), got string"),
        Arguments.of(PropType.listOf(ScalarType.STRING, true), "a", "list property 'p' expects a JSON array, got \"a\""),
        Arguments.of(PropType.listOf(ScalarType.STRING, true), Map.of("k", List.of(1.5)),
            "list property 'p' expects a JSON array, got {\"k\":[1.5]}"),
        Arguments.of(PropType.listOf(ScalarType.I32, true), List.of(1L, 3000000000L),
            "value 3000000000 out of range for I32 property `p`"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rejected")
  void rejects(PropType type, Object raw, String message) {
    assertThatThrownBy(() -> coerce(raw, type)).isInstanceOf(CoercionError.class).hasMessage(message);
  }

  @Test
  void nullStaysNullForEveryType() throws CoercionError {
    for (ScalarType s : ScalarType.values()) {
      PropType type = s == ScalarType.VECTOR ? PropType.vector(2, false) : PropType.of(s, false);
      assertThat(coerce(null, type)).isNull();
    }
  }

  @Test
  void vectorsAcceptPrimitiveArraysAndRoundToFloat32() throws CoercionError {
    assertThat((float[]) coerce(new double[] {0.1, 0.2}, PropType.vector(2, true)))
        .containsExactly(0.1f, 0.2f);
    assertThat((float[]) coerce(new float[] {1f, 2f}, PropType.vector(2, true))).containsExactly(1f, 2f);
    assertThat((float[]) coerce(List.of(1L, 0.5), PropType.vector(2, true))).containsExactly(1f, 0.5f);
  }
}
