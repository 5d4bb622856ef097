package dev.omnigraph.cli;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.Snapshot;
import dev.omnigraph.TableState;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code omnigraph snapshot [URI] [--branch B] [--json]} (cli.md §3.5). */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
    description = "Show the per-table state of a branch head.")
final class SnapshotCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "URI", description = "Repository.")
  String uri;

  @Option(names = "--branch", paramLabel = "B", description = "Branch (default main).")
  String branch;

  @Option(names = "--json", description = "JSON output.")
  boolean json;

  @Override
  public void run() {
    if (uri == null) {
      throw new CliException("URI must be provided via <URI>, --target, or config");
    }
    String b = branch == null ? "main" : branch;
    try (Omnigraph g = Omnigraph.open(uri)) {
      Snapshot s = g.snapshot(b);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.pretty(toJson(b, s)));
      } else {
        print(out, b, s);
      }
    }
  }

  /** The human format: a header and one line per table. */
  static void print(PrintWriter out, String branch, Snapshot s) {
    out.println("branch: " + branch);
    out.println("manifest_version: " + s.manifestVersion());
    for (TableState t : s.tables()) {
      out.println(t.tableKey() + " v" + t.version() + " branch="
          + (t.branch() == null ? "main" : t.branch()) + " rows=" + t.rowCount());
    }
  }

  /** The wire {@code SnapshotOutput}. */
  static Map<String, Object> toJson(String branch, Snapshot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("branch", branch);
    m.put("manifest_version", s.manifestVersion());
    List<Map<String, Object>> tables = s.tables().stream().map(t -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table_key", t.tableKey());
      row.put("table_path", t.path());
      row.put("table_version", t.version());
      row.put("table_branch", t.branch());
      row.put("row_count", t.rowCount());
      return row;
    }).toList();
    m.put("tables", tables);
    return m;
  }
}
