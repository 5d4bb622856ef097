package dev.omnigraph.cli.format;

import dev.omnigraph.cli.output.ReadOutput;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code csv}: column names, then one line per row; {@code \n} line ends, RFC 4180 quoting. */
final class CsvFormatter implements ReadFormatter {
  @Override
  public String render(ReadOutput output) {
    List<String> columns = output.displayColumns();
    StringBuilder out = new StringBuilder();
    out.append(columns.stream().map(CsvFormatter::field).collect(Collectors.joining(",")))
        .append('\n');
    for (Map<String, Object> row : output.rowObjects()) {
      out.append(columns.stream().map(c -> field(Cells.text(row.get(c))))
          .collect(Collectors.joining(","))).append('\n');
    }
    return out.toString();
  }

  static String field(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }
}
