package dev.omnigraph.lang;

import static dev.omnigraph.lang.Expr.ANY;
import static dev.omnigraph.lang.Expr.ASCII_ALPHANUMERIC;
import static dev.omnigraph.lang.Expr.ASCII_ALPHA_LOWER;
import static dev.omnigraph.lang.Expr.ASCII_DIGIT;
import static dev.omnigraph.lang.Expr.EOI;
import static dev.omnigraph.lang.Expr.SOI;
import static dev.omnigraph.lang.Expr.and;
import static dev.omnigraph.lang.Expr.choice;
import static dev.omnigraph.lang.Expr.lit;
import static dev.omnigraph.lang.Expr.not;
import static dev.omnigraph.lang.Expr.opt;
import static dev.omnigraph.lang.Expr.plus;
import static dev.omnigraph.lang.Expr.ref;
import static dev.omnigraph.lang.Expr.seq;
import static dev.omnigraph.lang.Expr.star;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Matching semantics of the PEG toolkit: what is accepted and the parse trees it builds. */
class GrammarTest {
  /** {@code list = { SOI ~ "[" ~ (item ~ ("," ~ item)*)? ~ "]" ~ EOI }} and friends. */
  static final Grammar LIST = Grammar.builder()
      .rule("list", seq(SOI, lit("["), opt(seq(ref("item"), star(seq(lit(","), ref("item"))))),
          lit("]"), EOI))
      .rule("item", choice(ref("pair"), ref("ident"), ref("number")))
      .rule("pair", seq(ref("ident"), lit(":"), ref("number")))
      .atomic("ident", seq(choice(ASCII_ALPHA_LOWER, lit("_")), star(choice(ASCII_ALPHANUMERIC,
          lit("_")))))
      .atomic("number", plus(ref("digit")))
      .rule("digit", ASCII_DIGIT)
      .build();

  private static List<String> rules(Node n) {
    return n.children().stream().map(Node::rule).toList();
  }

  @Test
  @DisplayName("whitespace and both comment forms are allowed between elements of normal rules")
  void implicitWhitespace() {
    Node list = LIST.parse("list", " [ a , // line\n b:1 /* block */ ,\t_c ]\n");
    // as in pest, EOI leaves a node too
    assertThat(rules(list)).containsExactly("item", "item", "item", "EOI");
    assertThat(list.child(1).child(0).is("pair")).isTrue();
    assertThat(list.child(1).child(0).text()).isEqualTo("b:1");
    assertThat(list.child(2).text()).isEqualTo("_c");
  }

  @Test
  @DisplayName("no whitespace inside atomic rules; rules called from atomic rules build no nodes")
  void atomicRules() {
    Node list = LIST.parse("list", "[12]");
    Node number = list.child(0).child(0);
    assertThat(number.is("number")).isTrue();
    assertThat(number.children()).isEmpty();
    assertThatThrownBy(() -> LIST.parse("list", "[1 2]")).isInstanceOf(ParseFailure.class);
  }

  @Test
  @DisplayName("ordered choice takes the first alternative that matches")
  void orderedChoice() {
    Grammar g = Grammar.builder()
        .rule("top", seq(choice(ref("short"), ref("long")), EOI))
        .rule("short", lit("ab"))
        .rule("long", lit("abc"))
        .build();
    assertThat(g.parse("top", "ab").child(0).rule()).isEqualTo("short");
    // "ab" wins and is never revisited, so "abc" fails at EOI.
    assertThatThrownBy(() -> g.parse("top", "abc")).isInstanceOf(ParseFailure.class);
  }

  @Test
  @DisplayName("literals are case-sensitive prefixes: keywords glue to what follows")
  void literalsArePrefixes() {
    Grammar g = Grammar.builder()
        .rule("decl", seq(lit("node"), ref("name"), EOI))
        .atomic("name", plus(Expr.range('A', 'Z')))
        .build();
    assertThat(g.parse("decl", "nodeP").child(0).text()).isEqualTo("P");
    assertThatThrownBy(() -> g.parse("decl", "NODE P")).isInstanceOf(ParseFailure.class);
  }

  @Test
  @DisplayName("look-aheads consume nothing")
  void lookaheads() {
    Grammar g = Grammar.builder()
        .rule("top", seq(star(ref("word")), EOI))
        .atomic("word", seq(not(seq(lit("not"), not(ASCII_ALPHANUMERIC))), plus(ASCII_ALPHA_LOWER)))
        .rule("peek", seq(and(lit("x")), ANY, EOI))
        .build();
    assertThat(rules(g.parse("top", "nothing notes"))).containsExactly("word", "word", "EOI");
    assertThatThrownBy(() -> g.parse("top", "a not b")).isInstanceOf(ParseFailure.class);
    assertThat(g.parse("peek", "x").text()).isEqualTo("x");
    assertThatThrownBy(() -> g.parse("peek", "y")).isInstanceOf(ParseFailure.class);
  }

  @Test
  @DisplayName("an unterminated block comment is not whitespace")
  void unterminatedComment() {
    assertThatThrownBy(() -> LIST.parse("list", "[a /* never closed ]"))
        .isInstanceOf(ParseFailure.class);
    assertThat(LIST.parse("list", "[a]// no newline at the end").all("item")).hasSize(1);
  }

  @Test
  @DisplayName("a rule's span includes whitespace skipped before an unmatched optional tail")
  void spans() {
    Grammar g = Grammar.builder()
        .rule("top", seq(ref("typed"), lit(";")))
        .rule("typed", seq(lit("T"), opt(lit("?"))))
        .build();
    assertThat(g.parse("top", "T ?;").child(0).text()).isEqualTo("T ?");
    assertThat(g.parse("top", "T  ;").child(0).text()).isEqualTo("T  ");
  }

  @Test
  @DisplayName("code points outside the BMP are one character")
  void supplementaryCharacters() {
    Grammar g = Grammar.builder().rule("two", seq(ANY, ANY, EOI)).build();
    assertThat(g.parse("two", "\uD83D\uDE00x").end()).isEqualTo(3);
  }

  @Test
  @DisplayName("undefined and duplicate rules are rejected when the grammar is built")
  void builderChecks() {
    assertThatThrownBy(() -> Grammar.builder().rule("a", ref("b")).build())
        .hasMessageContaining("undefined rule: b");
    assertThatThrownBy(() -> Grammar.builder().rule("a", lit("x")).rule("a", lit("y")))
        .hasMessageContaining("rule defined twice");
  }

  @Test
  @DisplayName("silent rules are inlined: no node and never reported")
  void silentRules() {
    Grammar g = Grammar.builder()
        .rule("top", seq(ref("hidden"), ref("shown"), EOI))
        .silent("hidden", lit("a"))
        .rule("shown", lit("b"))
        .build();
    assertThat(rules(g.parse("top", "ab"))).containsExactly("shown", "EOI");
  }
}
