package dev.omnigraph.query.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.QueryException;
import dev.omnigraph.query.ast.ParamDecl;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParamBinderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static Object bindOne(String type, String jsonValue) {
    BoundParams bound = ParamBinder.bind(json("{\"k\": " + jsonValue + "}"),
        List.of(new ParamDecl("k", type, false)));
    return bound.get("k");
  }

  private static void rejects(String type, String jsonValue, String message) {
    assertThatThrownBy(() -> bindOne(type, jsonValue))
        .isInstanceOfSatisfying(QueryException.class, e -> {
          assertThat(e.kind()).isEqualTo(QueryException.Kind.REQUEST);
          assertThat(e).hasMessage(message);
        });
  }

  @ParameterizedTest(name = "{0} ← {1}")
  @CsvSource(delimiter = '|', value = {
      "String   | \"Alice\"        | Alice",
      "Blob     | \"base64:aGk=\"  | base64:aGk=",
      "Date     | \"2024-02-29\"   | 2024-02-29",
      "DateTime | \"2024-02-29T11:45:00Z\" | 2024-02-29T11:45:00Z",
      "Bool     | true             | true",
      "I32      | 28               | 28",
      "I32      | 28.0             | 28",
      "I32      | \"28\"           | 28",
      "I32      | \"-5\"           | -5",
      "I32      | 1e2              | 100",
      "I64      | 9223372036854775807 | 9223372036854775807",
      "I64      | \"+7\"           | 7",
      "U32      | 4294967295       | 4294967295",
      "U64      | 9223372036854775807 | 9223372036854775807",
      "U64      | \"12\"           | 12",
      "F64      | 0.1              | 0.1",
      "F32      | 3                | 3.0",
  })
  void convertsEveryScalarType(String type, String value, String expected) {
    assertThat(String.valueOf(bindOne(type, value))).isEqualTo(expected);
  }

  @Test
  void javaTypesFollowTheDeclaredType() {
    assertThat(bindOne("I32", "1")).isInstanceOf(Integer.class);
    assertThat(bindOne("I64", "1")).isInstanceOf(Long.class);
    assertThat(bindOne("U32", "1")).isInstanceOf(Long.class);
    assertThat(bindOne("U64", "1")).isInstanceOf(Long.class);
    assertThat(bindOne("F32", "1")).isInstanceOf(Double.class);
    assertThat(bindOne("Bool", "false")).isInstanceOf(Boolean.class);
    assertThat(bindOne("[I32]", "[1, 2]")).isEqualTo(List.of(1, 2));
    assertThat(bindOne("[String]", "[]")).isEqualTo(List.of());
    assertThat((float[]) bindOne("Vector(3)", "[0.1, 2, 3.5]"))
        .containsExactly(0.1f, 2f, 3.5f);
  }

  @ParameterizedTest(name = "{0} ← {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "String    | 5            | param 'k': expected string, got number",
      "String    | [1]          | param 'k': expected string, got array",
      "String    | {}           | param 'k': expected string, got object",
      "String    | true         | param 'k': expected string, got boolean",
      "Blob      | 1            | param 'k': expected blob URI string, got number",
      "Date      | 20240101     | param 'k': expected date string",
      "DateTime  | false        | param 'k': expected datetime string",
      "Bool      | \"true\"     | param 'k': expected boolean",
      "F64       | \"1.5\"      | param 'k': expected float",
      "I32       | 28.5         | param 'k': expected integer number",
      "I32       | \"2x\"       | param 'k': expected integer string, got '2x'",
      "I32       | \" 2\"       | param 'k': expected integer string, got ' 2'",
      "I32       | true         | param 'k': expected integer",
      "I32       | 3000000000   | param 'k': value 3000000000 exceeds I32",
      "I32       | -2147483649  | param 'k': value -2147483649 exceeds I32",
      "I32       | 3000000000.0 | param 'k': value 3000000000 exceeds I32",
      "I64       | 9223372036854775808 | param 'k': expected integer number",
      "I64       | \"9223372036854775808\" | param 'k': expected integer string, got '9223372036854775808'",
      "U32       | -1           | param 'k': expected unsigned integer number",
      "U32       | \"-1\"       | param 'k': expected unsigned integer string, got '-1'",
      "U32       | null         | param 'k': null is not accepted for non-nullable parameter",
      "U32       | []           | param 'k': expected unsigned integer",
      "U32       | 4294967296   | param 'k': value 4294967296 exceeds U32",
      "U64       | 9223372036854775808 | param 'k': value 9223372036854775808 exceeds current engine range for U64 (max 9223372036854775807)",
      "U64       | 18446744073709551616 | param 'k': expected unsigned integer number",
      "[I32]     | 5            | param 'k': expected array for [I32]",
      "[I32]     | [1, \"x\"]   | param 'k': expected integer string, got 'x'",
      "Vector(0) | []           | param 'k': invalid vector type 'Vector(0)'",
      "Vector(4) | 5            | param 'k': expected array for Vector(4)",
      "Vector(4) | [0.1,0.2,0.3] | param 'k': expected 4 values for Vector(4), got 3",
      "Vector(2) | [1, \"a\"]   | param 'k': vector element is not numeric",
  })
  void rejectsWithTheReferenceTexts(String type, String value, String message) {
    rejects(type, value, message);
  }

  @Test
  @DisplayName("params must be an object; null and absent mean none")
  void paramsShape() {
    List<ParamDecl> decls = List.of(new ParamDecl("a", "String", true),
        new ParamDecl("b", "String", false));
    assertThatThrownBy(() -> ParamBinder.bind(json("[\"nope\"]"), decls))
        .hasMessage("params must be a JSON object");
    for (JsonNode none : new JsonNode[] {null, json("null")}) {
      BoundParams bound = ParamBinder.bind(none, decls);
      assertThat(bound.contains("a")).isTrue();
      assertThat(bound.get("a")).isNull();
      assertThat(bound.contains("b")).isFalse();
    }
  }

  @Test
  void optionalParametersAcceptNullAndDefaultToNull() {
    List<ParamDecl> decls = List.of(new ParamDecl("a", "I32", true),
        new ParamDecl("b", "Date", true));
    BoundParams bound = ParamBinder.bind(json("{\"a\": null}"), decls);
    assertThat(bound.asMap()).containsEntry("a", null).containsEntry("b", null);
  }

  @Test
  void undeclaredKeysAreInferred() {
    BoundParams bound = ParamBinder.bind(json(
        "{\"s\":\"x\",\"b\":true,\"i\":5,\"f\":3.0,\"big\":18446744073709551615,"
            + "\"l\":[1,\"a\",null],\"n\":null}"), List.of());
    assertThat(bound.get("s")).isEqualTo("x");
    assertThat(bound.get("b")).isEqualTo(true);
    assertThat(bound.get("i")).isEqualTo(5L);
    assertThat(bound.get("f")).isEqualTo(3.0);
    assertThat(bound.get("big")).isEqualTo(1.8446744073709552E19);
    assertThat(bound.get("l")).isEqualTo(java.util.Arrays.asList(1L, "a", null));
    assertThat(bound.contains("n")).isTrue();
    assertThatThrownBy(() -> ParamBinder.bind(json("{\"o\":{}}"), List.of()))
        .hasMessage("param 'o': object is not supported");
  }

  @Test
  void theFirstDeclarationOfANameConvertsIt() {
    List<ParamDecl> decls = List.of(new ParamDecl("a", "I32", false),
        new ParamDecl("a", "String", false));
    assertThat(ParamBinder.bind(json("{\"a\": \"7\"}"), decls).get("a")).isEqualTo(7);
  }

  @Test
  void errorsAreReportedInRequestOrder() {
    List<ParamDecl> decls = List.of(new ParamDecl("a", "I32", false),
        new ParamDecl("b", "I32", false));
    assertThatThrownBy(() -> ParamBinder.bind(json("{\"b\": \"x\", \"a\": \"y\"}"), decls))
        .hasMessage("param 'b': expected integer string, got 'x'");
  }
}
