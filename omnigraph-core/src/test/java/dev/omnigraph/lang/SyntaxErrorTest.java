package dev.omnigraph.lang;

import static dev.omnigraph.lang.Expr.ASCII_ALPHA_LOWER;
import static dev.omnigraph.lang.Expr.EOI;
import static dev.omnigraph.lang.Expr.SOI;
import static dev.omnigraph.lang.Expr.choice;
import static dev.omnigraph.lang.Expr.lit;
import static dev.omnigraph.lang.Expr.not;
import static dev.omnigraph.lang.Expr.plus;
import static dev.omnigraph.lang.Expr.ref;
import static dev.omnigraph.lang.Expr.seq;
import static dev.omnigraph.lang.Expr.star;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.omnigraph.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where grammar errors are reported and how they are rendered. Expected texts were produced by
 * pest itself from the equivalent {@code .pest} grammar.
 */
class SyntaxErrorTest {

  private static ParseFailure fail(Grammar g, String rule, String input) {
    return catchThrowableOfType(() -> g.parse(rule, input), ParseFailure.class);
  }

  private static String report(Grammar g, String rule, String input) {
    return fail(g, rule, input).syntaxError().report();
  }

  static Stream<Arguments> trackedPositions() {
    return Stream.of(
        // the failing rule after a literal is reported where it was attempted
        Arguments.of("[a, ]", "1:5", "expected item"),
        // literals are never reported: the furthest failed *rule* is `pair` at 1:2
        Arguments.of("[a b]", "1:2", "expected pair"),
        // a single child attempt at the parent's position is more specific: kept
        Arguments.of("[1 2]", "1:2", "expected ident"),
        Arguments.of("[a:]", "1:4", "expected number"),
        // several child attempts at the parent's position are replaced by the parent
        Arguments.of("x", "1:1", "expected list"),
        // an unterminated comment is not skipped
        Arguments.of("[a /* never ]", "1:2", "expected pair"));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource
  @DisplayName("error position and expected rules follow pest's attempt tracking")
  void trackedPositions(String input, String position, String message) {
    SyntaxError e = fail(GrammarTest.LIST, "list", input).syntaxError();
    assertThat(e.position()).hasToString(position);
    assertThat(e.message()).isEqualTo(message);
  }

  @Test
  @DisplayName("EOI is a rule, listed first: expected EOI or x")
  void eoiIsARule() {
    Grammar g = Grammar.builder()
        .rule("file", seq(SOI, star(ref("decl")), EOI))
        .rule("decl", choice(ref("a_decl"), ref("b_decl")))
        .rule("a_decl", seq(lit("a"), lit(";")))
        .rule("b_decl", seq(lit("b"), lit(";")))
        .build();
    SyntaxError e = fail(g, "file", "a; x").syntaxError();
    assertThat(e.position()).hasToString("1:4");
    assertThat(e.expected()).containsExactly("EOI", "decl");
    assertThat(e.message()).isEqualTo("expected EOI or decl");
  }

  @Test
  @DisplayName("three or more rules: expected a, b, or c (in rule declaration order)")
  void threeRules() {
    Grammar g = Grammar.builder()
        .rule("top", seq(lit("("), choice(ref("zed"), ref("alpha"), ref("mid")), lit(")")))
        .rule("alpha", lit("a"))
        .rule("mid", lit("m"))
        .rule("zed", lit("z"))
        .build();
    assertThat(fail(g, "top", "(q)").syntaxError().message())
        .isEqualTo("expected alpha, mid, or zed");
  }

  @Test
  @DisplayName("a rule matching inside a negative look-ahead is reported as unexpected")
  void unexpectedRules() {
    Grammar g = Grammar.builder()
        .rule("top", seq(not(ref("keyword")), ref("word"), EOI))
        .rule("keyword", lit("if"))
        .atomic("word", plus(ASCII_ALPHA_LOWER))
        .build();
    SyntaxError e = fail(g, "top", "if").syntaxError();
    assertThat(e.unexpected()).containsExactly("keyword");
    // the single child attempt (keyword) stands for the failing parent rule `top`
    assertThat(e.expected()).isEmpty();
    assertThat(e.message()).isEqualTo("unexpected keyword");
  }

  @Test
  @DisplayName("A30 layout: parse error: prefix, padding, marker under the column")
  void layout() {
    ParseFailure f = fail(GrammarTest.LIST, "list", "[a, ]");
    assertThat(f.getMessage()).isEqualTo("""
        parse error:  --> 1:5
          |
        1 | [a, ]
          |     ^---
          |
          = expected item""");
    Diagnostic d = f.diagnostic();
    assertThat(d.code()).isEqualTo("grammar");
    assertThat(d.message()).isEqualTo("expected item");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(5);
  }

  @Test
  @DisplayName("multi-digit line numbers widen the gutter; tabs are kept in the marker")
  void multiDigitLinesAndTabs() {
    assertThat(report(GrammarTest.LIST, "list", "[\n\n\n\n\n\n\n\n\n\n\ta, ]")).isEqualTo("""
          --> 11:5
           |
        11 | \ta, ]
           | \t   ^---
           |
           = expected item""");
  }

  @Test
  @DisplayName("columns count code points, not UTF-16 units")
  void unicodeColumns() {
    Grammar g = Grammar.builder()
        .rule("top", seq(ref("s"), lit(","), ref("s")))
        .atomic("s", seq(lit("\""), star(seq(not(lit("\"")), Expr.ANY)), lit("\"")))
        .build();
    SyntaxError e = fail(g, "top", "\"\uD83D\uDE00é\",x").syntaxError();
    assertThat(e.position()).hasToString("1:6");
    assertThat(e.report()).contains("  |      ^---");
  }

  @Test
  @DisplayName("at the end of the input the line is shown empty")
  void atEndOfInput() {
    assertThat(report(GrammarTest.LIST, "list", "[a,\n")).isEqualTo("""
         --> 2:1
          |
        2 |\s
          | ^---
          |
          = expected item""");
  }

  @Test
  @DisplayName("on a line break the line is shown with ␍/␊; elsewhere line breaks are dropped")
  void lineBreaks() {
    Grammar g = Grammar.builder()
        .rule("top", seq(lit("a"), ref("b")))
        .atomic("b", lit("b"))
        .build();
    assertThat(report(g, "top", "\r\nx")).isEqualTo("""
         --> 1:1
          |
        1 | ␍␊
          | ^---
          |
          = expected top""");
    assertThat(report(g, "top", "x\ra")).contains("1 | xa\n");
    assertThat(fail(g, "top", "a\r\n").syntaxError().position()).hasToString("2:1");
    SyntaxError crlf = fail(GrammarTest.LIST, "list", "[a,\r\n ]").syntaxError();
    assertThat(crlf.position()).hasToString("2:2");
    assertThat(crlf.sourceLine()).isEqualTo(" ]");
  }

  @Test
  @DisplayName("semantic parse errors have no position and a doubled prefix")
  void semantic() {
    ParseFailure f = ParseFailure.semantic("S-K2", "node type P has multiple @key constraints");
    assertThat(f.getMessage())
        .isEqualTo("parse error: parse error: node type P has multiple @key constraints");
    assertThat(f.diagnostic().hasPosition()).isFalse();
    assertThat(f.diagnostic().code()).isEqualTo("S-K2");
    assertThat(f.syntaxError()).isNull();
    assertThat(List.of(f.diagnostic().render())).containsExactly(f.getMessage());
  }
}
