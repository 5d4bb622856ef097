/**
 * Lexing and parsing toolkit shared by the schema ({@code .pg}) and query ({@code .gq}) front ends.
 *
 * <p>{@link dev.omnigraph.lang.Grammar} is a small PEG interpreter that behaves like the pest parser
 * generator the reference implementation uses: same accepted inputs, same parse trees
 * ({@link dev.omnigraph.lang.Node}), same grammar error reports ({@link dev.omnigraph.lang.SyntaxError},
 * languages.md §6.2). {@link dev.omnigraph.lang.ParseFailure} carries both grammar errors and the
 * "semantic parse errors" a front end raises after the grammar accepted the text.
 * {@link dev.omnigraph.lang.Literals} and {@link dev.omnigraph.lang.FloatText} decode and print
 * literals the way the reference does.
 */
package dev.omnigraph.lang;
