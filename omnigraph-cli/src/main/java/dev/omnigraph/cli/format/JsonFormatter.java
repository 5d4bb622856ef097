package dev.omnigraph.cli.format;

import dev.omnigraph.cli.json.Json;
import dev.omnigraph.cli.output.ReadOutput;

/** {@code json} (and {@code --json}): the whole {@code ReadOutput}, pretty-printed. */
final class JsonFormatter implements ReadFormatter {
  @Override
  public String render(ReadOutput output) {
    return Json.pretty(output.toJson()) + "\n";
  }
}
