package dev.omnigraph.schema.compiler;

import static dev.omnigraph.lang.Expr.ANY;
import static dev.omnigraph.lang.Expr.ASCII_ALPHANUMERIC;
import static dev.omnigraph.lang.Expr.ASCII_ALPHA_LOWER;
import static dev.omnigraph.lang.Expr.ASCII_ALPHA_UPPER;
import static dev.omnigraph.lang.Expr.ASCII_DIGIT;
import static dev.omnigraph.lang.Expr.EOI;
import static dev.omnigraph.lang.Expr.SOI;
import static dev.omnigraph.lang.Expr.choice;
import static dev.omnigraph.lang.Expr.lit;
import static dev.omnigraph.lang.Expr.not;
import static dev.omnigraph.lang.Expr.opt;
import static dev.omnigraph.lang.Expr.plus;
import static dev.omnigraph.lang.Expr.ref;
import static dev.omnigraph.lang.Expr.seq;
import static dev.omnigraph.lang.Expr.star;

import dev.omnigraph.lang.Expr;
import dev.omnigraph.lang.Grammar;

/**
 * The schema grammar of languages.md §2.1. Rule names are part of the observable behaviour (they
 * appear in "expected …" reports) and so is their declaration order, which orders the names in a
 * report as the reference's generated {@code Rule} enum does.
 */
final class SchemaGrammar {
  private SchemaGrammar() {}

  private static final Expr BOUND = choice(ref("signed_float"), ref("signed_integer"));
  private static final Expr BODY_ITEMS = star(choice(ref("prop_decl"), ref("body_constraint")));

  static final Grammar GRAMMAR = Grammar.builder()
      .rule("schema_file", seq(SOI, star(ref("schema_decl")), EOI))
      .rule("schema_decl", choice(ref("interface_decl"), ref("node_decl"), ref("edge_decl")))
      .rule("interface_decl",
          seq(lit("interface"), ref("type_name"), lit("{"), star(ref("prop_decl")), lit("}")))
      .rule("node_decl", seq(lit("node"), ref("type_name"), star(ref("annotation")),
          opt(ref("implements_clause")), lit("{"), BODY_ITEMS, lit("}")))
      .rule("implements_clause",
          seq(lit("implements"), ref("type_name"), star(seq(lit(","), ref("type_name")))))
      .rule("edge_decl", seq(lit("edge"), ref("type_name"), lit(":"), ref("type_name"), lit("->"),
          ref("type_name"), opt(ref("cardinality")), star(ref("annotation")),
          opt(seq(lit("{"), BODY_ITEMS, lit("}")))))
      .rule("cardinality", seq(lit("@card"), lit("("), ref("integer"), lit(".."),
          opt(ref("integer")), lit(")")))
      .rule("prop_decl", seq(ref("ident"), lit(":"), ref("type_ref"), star(ref("annotation"))))
      .rule("body_constraint",
          seq(lit("@"), ref("constraint_name"), lit("("), ref("constraint_args"), lit(")")))
      .rule("constraint_name",
          choice(lit("key"), lit("unique"), lit("index"), lit("range"), lit("check")))
      .rule("constraint_args",
          seq(ref("constraint_arg"), star(seq(lit(","), ref("constraint_arg")))))
      .rule("constraint_arg", choice(ref("range_bound"), ref("literal"), ref("ident")))
      .rule("range_bound", choice(seq(BOUND, lit(".."), opt(BOUND)), seq(lit(".."), BOUND)))
      .rule("type_ref", seq(ref("core_type"), opt(lit("?"))))
      .rule("core_type",
          choice(ref("list_type"), ref("enum_type"), ref("vector_type"), ref("base_type")))
      .rule("list_type", seq(lit("["), ref("base_type"), lit("]")))
      .rule("enum_type", seq(lit("enum"), lit("("), ref("enum_value"),
          star(seq(lit(","), ref("enum_value"))), lit(")")))
      .rule("vector_type", seq(lit("Vector"), lit("("), ref("integer"), lit(")")))
      .atomic("enum_value", plus(choice(ASCII_ALPHANUMERIC, lit("_"), lit("-"))))
      // DateTime before Date: ordered choice would otherwise stop at the prefix "Date".
      .rule("base_type", choice(lit("String"), lit("Blob"), lit("Bool"), lit("I32"), lit("I64"),
          lit("U32"), lit("U64"), lit("F32"), lit("F64"), lit("DateTime"), lit("Date")))
      // @key(…), @unique(…), … are body constraints, never annotations.
      .rule("annotation", seq(lit("@"), not(seq(ref("constraint_name"), lit("("))), ref("ident"),
          opt(seq(lit("("), ref("annotation_arg"), lit(")")))))
      .rule("annotation_arg", choice(ref("literal"), ref("ident")))
      .rule("literal",
          choice(ref("string_lit"), ref("float_lit"), ref("integer"), ref("bool_lit")))
      .atomic("string_lit", seq(lit("\""), star(ref("string_char")), lit("\"")))
      .atomic("string_char",
          choice(seq(not(choice(lit("\""), lit("\\"))), ANY), seq(lit("\\"), ANY)))
      .atomic("float_lit", seq(plus(ASCII_DIGIT), lit("."), plus(ASCII_DIGIT)))
      .atomic("integer", plus(ASCII_DIGIT))
      .atomic("signed_float", seq(opt(lit("-")), plus(ASCII_DIGIT), lit("."), plus(ASCII_DIGIT)))
      .atomic("signed_integer", seq(opt(lit("-")), plus(ASCII_DIGIT)))
      .rule("bool_lit", choice(lit("true"), lit("false")))
      .atomic("type_name", seq(ASCII_ALPHA_UPPER, star(choice(ASCII_ALPHANUMERIC, lit("_")))))
      .atomic("ident",
          seq(choice(ASCII_ALPHA_LOWER, lit("_")), star(choice(ASCII_ALPHANUMERIC, lit("_")))))
      .build();
}
