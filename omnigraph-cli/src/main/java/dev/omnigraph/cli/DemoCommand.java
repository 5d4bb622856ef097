package dev.omnigraph.cli;

import dev.omnigraph.Demo;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.Snapshot;
import dev.omnigraph.TableState;
import dev.omnigraph.cli.output.SnapshotOutput;
import java.io.PrintStream;
import picocli.CommandLine.Command;

/**
 * {@code omnigraph demo} (cli.md §9): creates {@code ./demo.omni} from the bundled demo data when
 * it does not exist, then describes it. The README's first command.
 */
@Command(name = "demo", description = "Create ./demo.omni from bundled data (if absent) and describe it.")
final class DemoCommand extends BaseCommand {
  static final String DEMO_URI = "./demo.omni";

  @Override
  public Integer call() {
    CliEnv env = env();
    PrintStream out = env.out();
    Demo.Opened opened = Demo.openOrCreate(env.uri(DEMO_URI));
    try (Omnigraph g = opened.graph()) {
      out.println(opened.created() ? "created " + DEMO_URI + " from the bundled demo data"
          : "using " + DEMO_URI);
      Snapshot s = g.snapshot("main");
      out.print(SnapshotOutput.of("main", s).human());
      out.println();
      out.println("node types: " + String.join(", ", g.schema().catalog().nodeTypes().keySet()));
      out.println("edge types: " + String.join(", ", g.schema().catalog().edgeTypes().keySet()));
      long rows = s.tables().stream().mapToLong(TableState::rowCount).sum();
      out.println("rows: " + rows + " across " + s.tables().size() + " tables");
      out.println("commits on main: " + g.commits("main").size() + " (head " + s.id() + ")");
    }
    return 0;
  }
}
