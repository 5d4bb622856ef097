package dev.omnigraph.cli.config;

/**
 * The {@code cli:} section; every field may be null (then the documented default applies).
 *
 * @param graph               the default graph name
 * @param branch              the default branch
 * @param outputFormat        the default read output format
 * @param tableMaxColumnWidth the widest table column (characters)
 * @param cellLayout          what the table does with wide cells
 */
public record CliSettings(String graph, String branch, OutputFormat outputFormat,
    Integer tableMaxColumnWidth, CellLayout cellLayout) {

  static final CliSettings NONE = new CliSettings(null, null, null, null, null);
}
