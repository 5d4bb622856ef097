package dev.omnigraph.cli.format;

import dev.omnigraph.cli.output.ReadOutput;
import java.util.List;
import java.util.Map;

/** {@code kv}: the header, then per row {@code row {i}} and one {@code {column}: {cell}} line per column. */
final class KvFormatter implements ReadFormatter {
  @Override
  public String render(ReadOutput output) {
    StringBuilder out = new StringBuilder(Cells.header(output)).append('\n');
    List<Map<String, Object>> rows = output.rowObjects();
    if (rows.isEmpty()) {
      return out.append("(no rows)\n").toString();
    }
    List<String> columns = output.displayColumns();
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append("row ").append(i + 1).append('\n');
      for (String column : columns) {
        out.append(column).append(": ").append(Cells.text(rows.get(i).get(column))).append('\n');
      }
    }
    return out.toString();
  }
}
