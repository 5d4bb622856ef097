package dev.omnigraph.cli.format;

import dev.omnigraph.cli.config.CellLayout;
import dev.omnigraph.cli.output.ReadOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code table} (cli.md §4): aligned columns joined by {@code " | "}, at most
 * {@code max(maxColumnWidth, 8)} characters wide; wider cells are cut with {@code …} or wrapped.
 * Widths count Unicode code points.
 */
final class TableFormatter implements ReadFormatter {
  private final int maxWidth;
  private final CellLayout layout;

  TableFormatter(int maxWidth, CellLayout layout) {
    this.maxWidth = maxWidth;
    this.layout = layout;
  }

  @Override
  public String render(ReadOutput output) {
    StringBuilder out = new StringBuilder(Cells.header(output)).append('\n');
    List<String> columns = output.displayColumns();
    if (columns.isEmpty()) {
      return out.append("(no rows)\n").toString();
    }
    List<Map<String, Object>> rows = output.rowObjects();
    List<List<String>> cells = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      cells.add(columns.stream().map(c -> Cells.text(row.get(c)).replace("\n", "\\n")).toList());
    }
    int[] widths = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      int w = length(columns.get(c));
      for (List<String> row : cells) {
        w = Math.max(w, Math.min(length(row.get(c)), maxWidth));
      }
      widths[c] = Math.min(w, Math.max(maxWidth, 8));
    }
    List<String> names = new ArrayList<>();
    List<String> rules = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      names.add(pad(columns.get(c), widths[c]));
      rules.add("-".repeat(widths[c]));
    }
    out.append(String.join(" | ", names)).append('\n');
    out.append(String.join("-+-", rules)).append('\n');
    for (List<String> row : cells) {
      appendRow(out, row, widths);
    }
    return out.toString();
  }

  private void appendRow(StringBuilder out, List<String> row, int[] widths) {
    List<List<String>> segments = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < widths.length; c++) {
      List<String> s = split(row.get(c), widths[c]);
      segments.add(s);
      height = Math.max(height, s.size());
    }
    for (int line = 0; line < height; line++) {
      List<String> parts = new ArrayList<>();
      for (int c = 0; c < widths.length; c++) {
        List<String> s = segments.get(c);
        parts.add(pad(line < s.size() ? s.get(line) : "", widths[c]));
      }
      out.append(String.join(" | ", parts)).append('\n');
    }
  }

  private List<String> split(String value, int width) {
    int[] cps = value.codePoints().toArray();
    if (cps.length <= width) {
      return List.of(value);
    }
    if (layout == CellLayout.TRUNCATE) {
      return List.of(width <= 1 ? new String(cps, 0, width)
          : new String(cps, 0, width - 1) + "…");
    }
    List<String> chunks = new ArrayList<>();
    int step = Math.max(width, 1);
    for (int i = 0; i < cps.length; i += step) {
      chunks.add(new String(cps, i, Math.min(step, cps.length - i)));
    }
    return chunks;
  }

  private static String pad(String s, int width) {
    int len = length(s);
    return len >= width ? s : s + " ".repeat(width - len);
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
