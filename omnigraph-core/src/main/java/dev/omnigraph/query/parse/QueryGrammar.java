package dev.omnigraph.query.parse;

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
 * The query grammar of languages.md §3.1, rule for rule and in the order of the reference's
 * {@code query.pest}: rule names and their order are observable in "expected …" error lines.
 * The one addition is the optional metric argument of {@code nearest} (DECISIONS 1).
 */
final class QueryGrammar {
  static final Grammar GRAMMAR = build();

  private QueryGrammar() {}

  private static Grammar build() {
    Expr identTail = star(choice(ASCII_ALPHANUMERIC, lit("_")));
    Expr identStart = choice(ASCII_ALPHA_LOWER, lit("_"));
    return Grammar.builder()
        .rule("query_file", seq(SOI, star(ref("query_decl")), EOI))
        .rule("query_decl", seq(lit("query"), ref("ident"), lit("("), opt(ref("param_list")),
            lit(")"), star(ref("query_annotation")), lit("{"), ref("query_body"), lit("}")))
        .rule("query_annotation",
            choice(ref("description_annotation"), ref("instruction_annotation")))
        .rule("description_annotation",
            seq(lit("@description"), lit("("), ref("string_lit"), lit(")")))
        .rule("instruction_annotation",
            seq(lit("@instruction"), lit("("), ref("string_lit"), lit(")")))
        .rule("query_body", choice(ref("read_query_body"), ref("mutation_body")))
        .rule("mutation_body", plus(ref("mutation_stmt")))
        .rule("read_query_body", seq(ref("match_clause"), ref("return_clause"),
            opt(ref("order_clause")), opt(ref("limit_clause"))))
        .rule("mutation_stmt",
            choice(ref("insert_stmt"), ref("update_stmt"), ref("delete_stmt")))
        .rule("insert_stmt", seq(lit("insert"), ref("type_name"), lit("{"),
            plus(ref("mutation_assignment")), lit("}")))
        .rule("update_stmt", seq(lit("update"), ref("type_name"), lit("set"), lit("{"),
            plus(ref("mutation_assignment")), lit("}"), lit("where"), ref("mutation_predicate")))
        .rule("delete_stmt",
            seq(lit("delete"), ref("type_name"), lit("where"), ref("mutation_predicate")))
        .rule("mutation_assignment",
            seq(ref("ident"), lit(":"), ref("match_value"), opt(lit(","))))
        .rule("mutation_predicate", seq(ref("ident"), ref("comp_op"), ref("match_value")))
        .rule("param_list", seq(ref("param"), star(seq(lit(","), ref("param")))))
        .rule("param", seq(ref("variable"), lit(":"), ref("type_ref")))
        .rule("type_ref", seq(choice(ref("list_type"), ref("base_type"), ref("vector_type")),
            opt(lit("?"))))
        .rule("list_type", seq(lit("["), ref("base_type"), lit("]")))
        .rule("vector_type", seq(lit("Vector"), lit("("), ref("integer"), lit(")")))
        .rule("base_type", choice(lit("String"), lit("Blob"), lit("Bool"), lit("I32"),
            lit("I64"), lit("U32"), lit("U64"), lit("F32"), lit("F64"), lit("DateTime"),
            lit("Date")))
        .rule("match_clause", seq(lit("match"), lit("{"), plus(ref("clause")), lit("}")))
        .rule("clause", choice(ref("negation"), ref("binding"), ref("traversal"), ref("filter"),
            ref("text_search_clause")))
        .rule("text_search_clause",
            choice(ref("search_call"), ref("fuzzy_call"), ref("match_text_call")))
        .rule("binding", seq(ref("variable"), lit(":"), ref("type_name"),
            opt(seq(lit("{"), ref("prop_match_list"), lit("}")))))
        .rule("prop_match_list", seq(ref("prop_match"), star(seq(lit(","), ref("prop_match"))),
            opt(lit(","))))
        .rule("prop_match", seq(ref("ident"), lit(":"), ref("match_value")))
        .rule("match_value", choice(ref("literal"), ref("variable"), ref("now_call")))
        .rule("traversal", seq(ref("variable"), ref("edge_ident"), opt(ref("traversal_bounds")),
            ref("variable")))
        .rule("traversal_bounds",
            seq(lit("{"), ref("integer"), lit(","), opt(ref("integer")), lit("}")))
        .rule("filter", seq(ref("expr"), ref("filter_op"), ref("expr")))
        .rule("negation", seq(lit("not"), lit("{"), plus(ref("clause")), lit("}")))
        .rule("return_clause", seq(lit("return"), lit("{"), plus(ref("projection")), lit("}")))
        .rule("projection", seq(ref("expr"), opt(seq(lit("as"), ref("ident"))), opt(lit(","))))
        .rule("order_clause", seq(lit("order"), lit("{"), ref("ordering"),
            star(seq(lit(","), ref("ordering"))), lit("}")))
        .rule("ordering",
            choice(ref("nearest_ordering"), seq(ref("expr"), opt(ref("order_dir")))))
        .rule("nearest_ordering", seq(lit("nearest"), lit("("), ref("prop_access"), lit(","),
            ref("expr"), opt(seq(lit(","), ref("string_lit"))), lit(")")))
        .rule("order_dir", choice(lit("asc"), lit("desc")))
        .rule("limit_clause", seq(lit("limit"), ref("integer")))
        .rule("expr", choice(ref("now_call"), ref("nearest_ordering"), ref("search_call"),
            ref("fuzzy_call"), ref("match_text_call"), ref("bm25_call"), ref("rrf_call"),
            ref("agg_call"), ref("prop_access"), ref("variable"), ref("literal"), ref("ident")))
        .rule("now_call", seq(lit("now"), lit("("), lit(")")))
        .rule("search_call", twoArgCall("search"))
        .rule("fuzzy_call", seq(lit("fuzzy"), lit("("), ref("expr"), lit(","), ref("expr"),
            opt(seq(lit(","), ref("expr"))), lit(")")))
        .rule("match_text_call", twoArgCall("match_text"))
        .rule("bm25_call", twoArgCall("bm25"))
        .rule("rank_expr", choice(ref("nearest_ordering"), ref("bm25_call")))
        .rule("rrf_call", seq(lit("rrf"), lit("("), ref("rank_expr"), lit(","), ref("rank_expr"),
            opt(seq(lit(","), ref("expr"))), lit(")")))
        .rule("prop_access", seq(ref("variable"), lit("."), ref("ident")))
        .rule("agg_call", seq(ref("agg_func"), lit("("), ref("expr"), lit(")")))
        .rule("agg_func", choice(lit("count"), lit("sum"), lit("avg"), lit("min"), lit("max")))
        .rule("comp_op", choice(lit(">="), lit("<="), lit("!="), lit(">"), lit("<"), lit("=")))
        .rule("filter_op", choice(lit("contains"), ref("comp_op")))
        .atomic("variable", seq(lit("$"), choice(ref("ident_chars"), lit("_"))))
        .atomic("ident_chars", seq(identStart, identTail))
        .atomic("edge_ident",
            seq(not(seq(lit("not"), not(ASCII_ALPHANUMERIC))), identStart, identTail))
        .atomic("type_name", seq(ASCII_ALPHA_UPPER, identTail))
        .atomic("ident", seq(identStart, identTail))
        .rule("literal", choice(ref("list_lit"), ref("datetime_lit"), ref("date_lit"),
            ref("string_lit"), ref("float_lit"), ref("integer"), ref("bool_lit")))
        .rule("date_lit", seq(lit("date"), lit("("), ref("string_lit"), lit(")")))
        .rule("datetime_lit", seq(lit("datetime"), lit("("), ref("string_lit"), lit(")")))
        .rule("list_lit", seq(lit("["),
            opt(seq(ref("literal"), star(seq(lit(","), ref("literal"))))), lit("]")))
        .atomic("string_lit", seq(lit("\""), star(ref("string_char")), lit("\"")))
        .atomic("string_char", choice(seq(not(choice(lit("\""), lit("\\"))), ANY),
            seq(lit("\\"), ANY)))
        .atomic("float_lit", seq(plus(ASCII_DIGIT), lit("."), plus(ASCII_DIGIT)))
        .atomic("integer", plus(ASCII_DIGIT))
        .rule("bool_lit", choice(lit("true"), lit("false")))
        .build();
  }

  /** {@code name "(" expr "," expr ")"}. */
  private static Expr twoArgCall(String name) {
    return seq(lit(name), lit("("), ref("expr"), lit(","), ref("expr"), lit(")"));
  }
}
