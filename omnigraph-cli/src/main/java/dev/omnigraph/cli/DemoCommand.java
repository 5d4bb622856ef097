package dev.omnigraph.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omnigraph.Demo;
import dev.omnigraph.OmnigraphException;
import dev.omnigraph.cli.client.GraphClient;
import dev.omnigraph.cli.client.ReadRequest;
import dev.omnigraph.cli.config.CliConfig;
import dev.omnigraph.cli.config.OutputFormat;
import dev.omnigraph.cli.format.ReadFormatter;
import dev.omnigraph.cli.output.CommitOutput;
import dev.omnigraph.cli.output.SnapshotOutput;
import dev.omnigraph.schema.Catalog;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code omnigraph demo} (cli.md §9): creates {@code ./demo.omni} from the bundled demo data when
 * it does not exist, then describes it: its snapshot, its types with their row counts, its
 * commits and the result of a sample query. The README's first command.
 *
 * <p>Ours, beyond §9: the demo queries are written to {@code ./demo.gq} when that file is absent,
 * so that the commands the output suggests run as printed.
 */
@Command(name = "demo", description = "Create ./demo.omni from bundled data (if absent) and describe it.")
final class DemoCommand extends BaseCommand {
  static final String DEMO_URI = "./demo.omni";
  static final String QUERY_FILE = "demo.gq";
  /**
   * How the user invoked the CLI (set by {@code bin/omnigraph}, e.g. {@code bin/omnigraph}), so
   * that suggested commands can be pasted as they are; {@code omnigraph} when unset.
   */
  static final String PROGRAM_VARIABLE = "OMNIGRAPH_PROG";

  /** The sample query: a parameter and a traversal, a small table. */
  static final String SAMPLE_QUERY = "friends_of";
  static final String SAMPLE_PARAM = "name";
  static final String SAMPLE_VALUE = "Alice";

  @Override
  public Integer call() {
    CliEnv env = env();
    PrintStream out = env.out();
    String prog = env.env().getOrDefault(PROGRAM_VARIABLE, "").isBlank() ? "omnigraph"
        : env.env().get(PROGRAM_VARIABLE).strip();
    Demo.Opened opened = Demo.openOrCreate(env.uri(DEMO_URI));
    try (GraphClient graph = GraphClient.local(DEMO_URI, opened.graph())) {
      out.println(opened.created() ? "created " + DEMO_URI + " from the bundled demo data"
          : "using " + DEMO_URI);
      if (writeQueries(env.path(QUERY_FILE))) {
        out.println("wrote ./" + QUERY_FILE + " (the demo queries)");
      }
      SnapshotOutput snapshot = graph.snapshot("main");
      out.print(snapshot.human());
      out.println();
      describe(out, graph.schema().catalog(), snapshot);
      if (!opened.created() && snapshot.tables().stream().allMatch(t -> t.rowCount() == 0)) {
        // e.g. made by an earlier build, whose demo created the graph without its data
        out.println(DEMO_URI + " holds no rows; to start over with the demo data, remove it and"
            + " run demo again");
      }
      List<CommitOutput> commits = graph.commits("main");
      out.println("commits on main: " + commits.size()
          + (commits.isEmpty() ? "" : ", head " + commits.get(commits.size() - 1).graphCommitId()));
      out.println();
      sample(out, graph);
      out.println();
      out.println("try next:");
      out.println("  " + prog + " " + sampleCommand());
      out.println("  " + prog + " read " + DEMO_URI + " --query " + QUERY_FILE
          + " --name adults --format kv");
      out.println("  " + prog + " query lint --query " + QUERY_FILE + " " + DEMO_URI
          + "    # lists the queries of " + QUERY_FILE);
      out.println("  " + prog + " export " + DEMO_URI + " --type Company");
      out.println("  " + prog + " commit list " + DEMO_URI);
    }
    return 0;
  }

  /** Node and edge types with their row counts. */
  private static void describe(PrintStream out, Catalog catalog, SnapshotOutput snapshot) {
    Map<String, Long> rows = new HashMap<>();
    snapshot.tables().forEach(t -> rows.put(t.tableKey(), t.rowCount()));
    out.println("node types: " + list(catalog.nodeTypes().keySet().stream()
        .map(n -> n + " (" + rowsText(rows.get("node:" + n)) + ")").toList()));
    out.println("edge types: " + list(catalog.edgeTypes().values().stream()
        .map(e -> e.name() + ": " + e.fromType() + " -> " + e.toType() + " ("
            + rowsText(rows.get(e.tableKey())) + ")").toList()));
  }

  private static String list(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }

  private static String rowsText(Long n) {
    long count = n == null ? 0 : n;
    return count + (count == 1 ? " row" : " rows");
  }

  private static ObjectNode sampleParams() {
    return JsonNodeFactory.instance.objectNode().put(SAMPLE_PARAM, SAMPLE_VALUE);
  }

  /** The {@code read} arguments that print the sample's table. */
  private static String sampleCommand() {
    return "read " + DEMO_URI + " --query " + QUERY_FILE + " --name " + SAMPLE_QUERY
        + " --params '" + sampleParams() + "'";
  }

  /** Runs the sample query as {@code read} would and prints its table. */
  private static void sample(PrintStream out, GraphClient graph) {
    out.println("sample: Alice's friends (query " + SAMPLE_QUERY + " in " + QUERY_FILE + ")");
    try {
      CliConfig defaults = CliConfig.empty(Path.of(""));
      out.print(ReadFormatter.of(OutputFormat.TABLE, defaults.tableMaxColumnWidth(),
          defaults.cellLayout()).render(graph.read(new ReadRequest(Demo.querySource(),
          SAMPLE_QUERY, sampleParams(), "main", null))));
    } catch (OmnigraphException e) {
      // ./demo.omni is some other repository: describe it, skip the sample.
      out.println("(not run: " + e.getMessage() + ")");
    }
  }

  /** Writes the demo queries unless the file exists; whether it was written. */
  private static boolean writeQueries(Path file) {
    try {
      Files.writeString(file, Demo.querySource(), StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw new CliException(IoErrors.describe(e));
    }
  }
}
