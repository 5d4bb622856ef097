package dev.omnigraph.cli;

import dev.omnigraph.Demo;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.Snapshot;
import dev.omnigraph.TableState;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code omnigraph demo}: creates ./demo.omni from bundled data if absent, then describes it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Create ./demo.omni from bundled data (if absent) and describe it.")
final class DemoCommand implements Runnable {
  static final String DEMO_URI = "demo.omni";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Demo.Opened opened = Demo.openOrCreate(DEMO_URI);
    try (Omnigraph g = opened.graph()) {
      out.println(opened.created() ? "created ./" + DEMO_URI + " from the bundled demo data"
          : "using ./" + DEMO_URI);
      Snapshot s = g.snapshot("main");
      SnapshotCommand.print(out, "main", s);
      out.println();
      out.println("node types: " + String.join(", ", g.schema().catalog().nodeTypes().keySet()));
      out.println("edge types: " + String.join(", ", g.schema().catalog().edgeTypes().keySet()));
      long rows = s.tables().stream().mapToLong(TableState::rowCount).sum();
      out.println("rows: " + rows + " across " + s.tables().size() + " tables");
      out.println("commits on main: " + g.commits("main").size() + " (head " + s.id() + ")");
    }
  }
}
