package dev.omnigraph.cli.format;

import dev.omnigraph.cli.json.Json;
import dev.omnigraph.cli.output.ReadOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code jsonl}: a metadata line, then one compact JSON object per row. */
final class JsonlFormatter implements ReadFormatter {
  @Override
  public String render(ReadOutput output) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("kind", "metadata");
    meta.put("query_name", output.queryName());
    meta.put("target", output.target());
    meta.put("row_count", output.rowCount());
    StringBuilder out = new StringBuilder(Json.compact(meta)).append('\n');
    for (Map<String, Object> row : output.rowObjects()) {
      out.append(Json.compact(row)).append('\n');
    }
    return out.toString();
  }
}
