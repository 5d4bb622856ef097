/**
 * {@code omnigraph query lint} (languages.md §5): per-query type-check results, the hard-coded
 * mutation warning and rule L201, with the exact JSON and human renderings of the public
 * {@link dev.omnigraph.QueryLintReport}. Internal API; call {@link dev.omnigraph.QueryFile#lint}.
 */
package dev.omnigraph.query.lint;
