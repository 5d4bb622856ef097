package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Commit;
import dev.omnigraph.Omnigraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} (cli.md §3.6) of a real repository: filters, commits ({@code --snapshot} /
 * {@code --commit}), errors, the deprecated {@code --jsonl}, and a round trip through
 * {@code load}.
 */
class ExportCommandTest {
  static final String COMPANIES = """
      {"type":"Company","data":{"id":"Acme","name":"Acme"}}
      {"type":"Company","data":{"id":"Globex","name":"Globex"}}
      """;
  static final String PEOPLE = """
      {"type":"Person","data":{"id":"Alice","age":30,"name":"Alice"}}
      {"type":"Person","data":{"id":"Bob","age":25,"name":"Bob"}}
      {"type":"Person","data":{"id":"Charlie","age":35,"name":"Charlie"}}
      {"type":"Person","data":{"id":"Diana","age":28,"name":"Diana"}}
      """;
  static final String EVE = """
      {"type":"Person","data":{"id":"Eve","age":29,"name":"Eve"}}
      """;

  @TempDir
  static Path dir;
  static Cli cli;
  /** The commits of main: init, load of test.jsonl, merge of Eve. */
  static List<Commit> commits;

  @BeforeAll
  static void repository() {
    cli = new Cli(dir).copyFixtures("test.pg", "test.jsonl");
    cli.ok("init", "--schema", "test.pg", "./demo.omni");
    cli.ok("load", "--data", "test.jsonl", "./demo.omni");
    cli.write("eve.jsonl", "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":29}}\n");
    cli.ok("load", "--data", "eve.jsonl", "--mode", "merge", "./demo.omni");
    try (Omnigraph g = Omnigraph.open(dir.resolve("demo.omni").toString())) {
      commits = g.commits("main");
    }
    assertThat(commits).hasSize(3);
  }

  @Test
  void typeFilter() {
    // cli.md §8
    assertThat(cli.ok("export", "./demo.omni", "--type", "Company")).isEqualTo(COMPANIES);
    assertThat(cli.ok("export", "./demo.omni", "--type", "Person", "--type", "Company"))
        .isEqualTo(COMPANIES + PEOPLE + EVE);
  }

  @Test
  void everythingWithoutFiltersEdgeTablesFirst() {
    String out = cli.ok("export", "./demo.omni");

    List<String> lines = out.lines().toList();
    assertThat(lines).hasSize(12);
    assertThat(lines.subList(0, 3)).allMatch(l -> l.startsWith("{\"edge\":\"Knows\","));
    assertThat(lines.subList(3, 5)).allMatch(l -> l.startsWith("{\"edge\":\"WorksAt\","));
    assertThat(lines.get(3)).matches("\\{\"edge\":\"WorksAt\",\"from\":\"(Alice|Bob)\",\"to\":"
        + "\"(Acme|Globex)\",\"data\":\\{\"id\":\"[0-9A-Z]{26}\"}}");
    assertThat(out).endsWith(COMPANIES + PEOPLE + EVE);
  }

  @Test
  void typeAndTableFiltersAreAUnion() {
    String out = cli.ok("export", "./demo.omni", "--table", "edge:WorksAt", "--type", "Company",
        "--table", "node:Company");

    assertThat(out.lines().toList()).hasSize(4);
    assertThat(out).startsWith("{\"edge\":\"WorksAt\",").endsWith(COMPANIES);
  }

  @Test
  @DisplayName("help names the target --branch B | --snapshot ID; --commit stays an alias")
  void helpShowsSnapshot() {
    String help = cli.ok("export", "--help");

    assertThat(help).contains("[--branch=B | --snapshot=ID]")
        .contains("\n      --snapshot=ID   Commit to export at; also --commit ID.\n")
        .doesNotContain("--commit=ID").doesNotContain("--commit,");
  }

  @Test
  void snapshotAndCommitExportACommit() {
    String loaded = commits.get(1).graphCommitId();

    assertThat(cli.ok("export", "./demo.omni", "--type", "Person", "--snapshot", loaded))
        .isEqualTo(PEOPLE);
    assertThat(cli.ok("export", "./demo.omni", "--type", "Person", "--commit", loaded))
        .isEqualTo(PEOPLE);
    assertThat(cli.ok("export", "./demo.omni", "--snapshot", commits.get(0).graphCommitId()))
        .isEmpty();
    assertThat(cli.ok("export", "./demo.omni", "--type", "Person",
        "--snapshot", commits.get(2).graphCommitId())).isEqualTo(PEOPLE + EVE);
  }

  @Test
  void errorsComeBeforeAnyOutput() {
    assertThat(cli.fails("export", "./demo.omni", "--type", "Company", "--type", "Robot"))
        .isEqualTo("error: unknown export type 'Robot'\n");
    assertThat(cli.fails("export", "./demo.omni", "--table", "node:Robot"))
        .isEqualTo("error: unknown export table 'node:Robot'\n");
    assertThat(cli.fails("export", "./demo.omni", "--branch", "nope"))
        .isEqualTo("error: branch 'nope' not found\n");
    assertThat(cli.fails("export", "./demo.omni", "--snapshot", "01NOPE"))
        .isEqualTo("error: commit '01NOPE' not found\n");
  }

  @Test
  void theDeprecatedJsonlFlagWarnsAndExports() {
    Cli.Result r = cli.run("export", "./demo.omni", "--jsonl", "--type", "Company");

    assertThat(r).isEqualTo(new Cli.Result(0, COMPANIES,
        "warning: --jsonl is deprecated; `omnigraph export` always emits JSONL\n"));
  }

  @Test
  void anExportStopsWhenStdoutFails() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    java.io.OutputStream closedPipe = new java.io.OutputStream() {
      int written;

      @Override
      public void write(int b) throws java.io.IOException {
        if (++written > 100) {
          throw new java.io.IOException("Broken pipe");
        }
      }
    };
    int code = OmnigraphCommand.run(new String[] {"export", "./demo.omni"}, new CliEnv(
        new java.io.PrintStream(closedPipe), new java.io.PrintStream(err, true), dir,
        java.util.Map.of(), false));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("error: cannot write to stdout\n");
  }

  @Test
  void anExportLoadsBackIntoAnIdenticalGraph() {
    Cli other = new Cli(dir.resolve("copy"));
    String export = cli.ok("export", "./demo.omni");
    other.write("export.jsonl", export);
    other.ok("init", "--schema", "../test.pg", "./copy.omni");

    assertThat(other.ok("load", "--data", "export.jsonl", "./copy.omni"))
        .isEqualTo("loaded ./copy.omni on branch main with overwrite: 7 nodes across 2 node types,"
            + " 5 edges across 2 edge types\n");
    assertThat(other.ok("export", "./copy.omni")).isEqualTo(export);
  }
}
