package dev.omnigraph.schema.compiler;

import static dev.omnigraph.schema.compiler.AcceptanceCasesTest.reject;
import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Diagnostic;
import dev.omnigraph.SchemaException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grammar errors of the schema language: position, expected rules and layout exactly as the
 * reference (pest) reports them. Every expected text below was produced by the reference.
 */
class SchemaGrammarErrorsTest {

  /** The report for an error on line 1 at {@code column}. */
  private static String lineOne(String source, int column, String expectation) {
    return "parse error:  --> 1:" + column + "\n  |\n1 | " + source + "\n  | "
        + " ".repeat(column - 1) + "^---\n  |\n  = " + expectation;
  }

  static Stream<Arguments> lineOneErrors() {
    return Stream.of(
        Arguments.of("node { }", 6, "expected type_name"),
        Arguments.of("node A { a: String @key(}", 25, "expected constraint_arg"),
        Arguments.of("node A { a: String @ }", 22, "expected constraint_name or ident"),
        Arguments.of("node A { a: String  @range(a, 1..x) }", 34,
            "expected signed_float or signed_integer"),
        Arguments.of("node A { a: enum() }", 18, "expected enum_value"),
        Arguments.of("node A { a: \"x\" }", 13, "expected core_type"),
        Arguments.of("node A { a: [Vector(3)] }", 14, "expected base_type"),
        Arguments.of("node A { @key }", 10, "expected body_constraint or ident"),
        // three or more rules: "a, b, or c"
        Arguments.of("node A { s: String @description(\"x\") x }", 38,
            "expected prop_decl, body_constraint, or annotation"),
        // @card after another annotation is an annotation named card; its "(" then fails
        Arguments.of("edge E: A -> B @x @card(0..1)", 25, "expected string_lit or float_lit"),
        // a parenthesised @unique in an interface: the look-ahead rule matched
        Arguments.of("interface I { a: String @unique(a) }", 26, "unexpected constraint_name"),
        // annotations must precede implements: the furthest failed rule is the annotation
        Arguments.of("node A implements I @x { }", 8, "expected annotation"),
        // an unterminated block comment is not whitespace
        Arguments.of("node A { a: String } /* unterminated", 22, "expected EOI or schema_decl"),
        // a backslash escapes the closing quote
        Arguments.of("node A { a: String @check(a, \"\\\") }", 30, "expected constraint_arg"),
        // keywords are prefixes: "nodes" is "node" followed by a bad type name
        Arguments.of("nodes A { }", 5, "expected type_name"),
        // several alternatives failing where the file starts are reported as the file itself
        Arguments.of("x", 1, "expected schema_file"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  @DisplayName("errors on line 1")
  void lineOneErrors(String source, int column, String expectation) {
    SchemaException e = reject(source);
    assertThat(e).hasMessage(lineOne(source, column, expectation));
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("grammar");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(column);
    assertThat(d.message()).isEqualTo(expectation);
  }

  @Test
  @DisplayName("later lines; the shown line has no line break")
  void laterLine() {
    assertThat(reject("node A {\n  a: String\n}\nnode B {\n  b: Strin\n}\n")).hasMessage("""
        parse error:  --> 5:6
          |
        5 |   b: Strin
          |      ^---
          |
          = expected core_type""");
    assertThat(reject("node A { a: String }\nnode B { b: I32 }  x")).hasMessage("""
        parse error:  --> 2:20
          |
        2 | node B { b: I32 }  x
          |                    ^---
          |
          = expected EOI or schema_decl""");
  }

  @Test
  @DisplayName("two-digit line numbers widen the gutter; tabs stay tabs under the marker")
  void twoDigitLineAndTabs() {
    assertThat(reject("\n".repeat(9) + "node A {\n\tname:\tStrng\n}")).hasMessage(
        "parse error:   --> 11:8\n"
            + "   |\n"
            + "11 | \tname:\tStrng\n"
            + "   | \t     \t^---\n"
            + "   |\n"
            + "   = expected core_type");
  }

  @Test
  @DisplayName("at the end of input")
  void endOfInput() {
    assertThat(reject("node A {\n  a: String")).hasMessage("""
        parse error:  --> 2:12
          |
        2 |   a: String
          |            ^---
          |
          = expected body_constraint, annotation, or ident""");
    // after a final line break the position is on the next, empty line
    assertThat(reject("node A {\n  a: String\n")).hasMessage("""
        parse error:  --> 3:1
          |
        3 |\s
          | ^---
          |
          = expected body_constraint, annotation, or ident""");
  }

  @Test
  @DisplayName("CRLF line ends; columns count code points")
  void crlfAndUnicode() {
    assertThat(reject("node A { a: Strin\r\n}")).hasMessage(
        lineOne("node A { a: Strin", 13, "expected core_type"));
    assertThat(reject("node A { s: String @description(\"\uD83D\uDE00\") x }")).hasMessage(
        lineOne("node A { s: String @description(\"\uD83D\uDE00\") x }", 38,
            "expected prop_decl, body_constraint, or annotation"));
  }

  @Test
  @DisplayName("an empty schema is valid")
  void emptySchema() {
    assertThat(dev.omnigraph.Schema.parse(" // nothing\n/* at all */").catalog().nodeTypes())
        .isEmpty();
  }
}
