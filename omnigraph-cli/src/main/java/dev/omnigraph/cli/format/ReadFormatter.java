package dev.omnigraph.cli.format;

import dev.omnigraph.cli.config.CellLayout;
import dev.omnigraph.cli.config.OutputFormat;
import dev.omnigraph.cli.output.ReadOutput;

/** Renders a read result in one of the formats of cli.md §4. */
public interface ReadFormatter {
  /** The whole rendering, ending with one newline. */
  String render(ReadOutput output);

  /** The formatter for {@code format}; {@code maxColumnWidth} and {@code layout} shape tables. */
  static ReadFormatter of(OutputFormat format, int maxColumnWidth, CellLayout layout) {
    return switch (format) {
      case TABLE -> new TableFormatter(maxColumnWidth, layout);
      case KV -> new KvFormatter();
      case CSV -> new CsvFormatter();
      case JSONL -> new JsonlFormatter();
      case JSON -> new JsonFormatter();
    };
  }
}
