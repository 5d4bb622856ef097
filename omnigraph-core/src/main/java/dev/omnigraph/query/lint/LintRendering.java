package dev.omnigraph.query.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnigraph.QueryLintReport;
import dev.omnigraph.QueryLintReport.Finding;
import dev.omnigraph.QueryLintReport.Result;
import dev.omnigraph.QueryLintReport.Status;
import dev.omnigraph.json.JsonWriter;
import java.util.Locale;

/** The two renderings of a lint report: JSON (languages.md §5.3) and human text (§5.4). */
public final class LintRendering {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private LintRendering() {}

  /** The report as a JSON tree, fields in spec order, empty or absent fields omitted. */
  public static ObjectNode toJson(QueryLintReport report) {
    ObjectNode root = JSON.objectNode();
    root.put("status", word(report.status()));
    ObjectNode source = root.putObject("schema_source");
    source.put("kind", report.schemaSource().kind());
    putIfPresent(source, "path", report.schemaSource().path());
    putIfPresent(source, "uri", report.schemaSource().uri());
    root.put("query_path", report.queryPath());
    root.put("queries_processed", report.queriesProcessed());
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    root.put("infos", report.infos());
    ArrayNode results = root.putArray("results");
    for (Result r : report.results()) {
      ObjectNode node = results.addObject();
      node.put("name", r.name());
      node.put("kind", word(r.kind()));
      node.put("status", word(r.status()));
      if (!r.warnings().isEmpty()) {
        r.warnings().forEach(node.putArray("warnings")::add);
      }
      putIfPresent(node, "error", r.error());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("severity", word(f.severity()));
      node.put("code", f.code());
      node.put("message", f.message());
      putIfPresent(node, "type_name", f.typeName());
      putIfPresent(node, "property", f.property());
      if (!f.queryNames().isEmpty()) {
        f.queryNames().forEach(node.putArray("query_names")::add);
      }
    }
    return root;
  }

  /** The {@code --json} output: pretty-printed, ending with a newline. */
  public static String json(QueryLintReport report) {
    return JsonWriter.pretty(toJson(report)) + "\n";
  }

  /** The human output: one line per result and its warnings, per finding, then a summary. */
  public static String human(QueryLintReport report) {
    StringBuilder out = new StringBuilder();
    for (Result r : report.results()) {
      if (r.status() == Status.OK) {
        line(out, "OK    query `" + r.name() + "` (" + word(r.kind()) + ")");
      } else {
        line(out, "ERROR query `" + r.name() + "`: " + r.error());
      }
      r.warnings().forEach(w -> line(out, "WARN  query `" + r.name() + "`: " + w));
    }
    for (Finding f : report.findings()) {
      line(out, label(f.severity()) + " " + f.message());
    }
    line(out, "INFO  Lint complete: " + report.queriesProcessed() + " queries processed ("
        + report.errors() + " error(s), " + report.warnings() + " warning(s), " + report.infos()
        + " info item(s))");
    return out.toString();
  }

  private static String label(QueryLintReport.Severity severity) {
    return switch (severity) {
      case ERROR -> "ERROR";
      case WARNING -> "WARN ";
      case INFO -> "INFO ";
    };
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
