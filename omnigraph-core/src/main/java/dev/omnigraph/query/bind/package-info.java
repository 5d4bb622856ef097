/**
 * Binding request parameters (a JSON object) to a query's declared parameters (languages.md
 * §3.13, DECISIONS 6 and 7). Internal API.
 *
 * <p>Java representation of bound values:
 * <table>
 *   <caption>Declared type → Java value</caption>
 *   <tr><th>declared</th><th>value</th></tr>
 *   <tr><td>String, Blob</td><td>{@link java.lang.String}</td></tr>
 *   <tr><td>Bool</td><td>{@link java.lang.Boolean}</td></tr>
 *   <tr><td>I32</td><td>{@link java.lang.Integer}</td></tr>
 *   <tr><td>I64, U32, U64</td><td>{@link java.lang.Long} (U64 is capped at
 *       {@link java.lang.Long#MAX_VALUE} by the binder)</td></tr>
 *   <tr><td>F32, F64</td><td>{@link java.lang.Double}, exactly as sent (an F32 is not rounded
 *       here; comparisons with F32 columns round, DECISIONS 22)</td></tr>
 *   <tr><td>Date, DateTime</td><td>{@link java.lang.String}, the text as sent: like
 *       {@code date("…")} literals it is parsed at execution (languages.md §3.5)</td></tr>
 *   <tr><td>[T]</td><td>unmodifiable {@link java.util.List} of T's values</td></tr>
 *   <tr><td>Vector(N)</td><td>{@code float[]} of length N</td></tr>
 *   <tr><td>optional, given as null or omitted</td><td>{@code null}</td></tr>
 * </table>
 * Undeclared keys are bound by inference: String, Boolean, Long (an integer within the signed
 * 64-bit range), Double (any other number), List, or null.
 */
package dev.omnigraph.query.bind;
