package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steps of the reference transcripts (cli.md §8) that this build's commands cover, plus the
 * read errors a repository answers before a query executes. Steps of commands this build does not
 * have ({@code branch}, {@code change}) are done through the engine API.
 */
class TranscriptTest {
  @TempDir
  static Path dir;
  static Cli cli;

  @BeforeAll
  static void localFlow() throws Exception {
    cli = new Cli(dir);
    for (String f : new String[] {"test.pg", "test.jsonl", "test.gq"}) {
      Files.copy(Cli.fixture(f), dir.resolve(f));
    }
    assertThat(cli.ok("init", "--schema", "test.pg", "./demo.omni"))
        .isEqualTo("initialized ./demo.omni\n");
  }

  @Test
  void referenceLocalFlow() {
    Cli flow = new Cli(dir.resolve("flow")).copyFixtures("test.pg", "test.jsonl", "test.gq");

    assertThat(flow.ok("init", "--schema", "test.pg", "./demo.omni"))
        .isEqualTo("initialized ./demo.omni\n");
    assertThat(flow.ok("load", "--data", "test.jsonl", "./demo.omni"))
        .isEqualTo("loaded ./demo.omni on branch main with overwrite: 6 nodes across 2 node types,"
            + " 5 edges across 2 edge types\n");
    assertThat(flow.ok("read", "./demo.omni", "--query", "test.gq", "--name", "get_person",
        "--params", "{\"name\":\"Alice\"}", "--format", "csv"))
        .isEqualTo("p.name,p.age\nAlice,30\n");
    assertThat(flow.fails("read", "./demo.omni", "--query", "test.gq"))
        .isEqualTo("error: query file contains multiple queries; pass --name\n");
    try (Omnigraph g = Omnigraph.open(flow.cwd().resolve("demo.omni").toString())) {
      g.createBranch("feature", "main"); // omnigraph branch create --uri ./demo.omni --from main feature
    }
    flow.write("feature.jsonl", "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":29}}\n");
    assertThat(flow.ok("load", "--data", "feature.jsonl", "--branch", "feature", "--mode", "append",
        "./demo.omni"))
        .isEqualTo("loaded ./demo.omni on branch feature with append: 1 nodes across 1 node types,"
            + " 0 edges across 0 edge types\n");
    assertThat(flow.ok("read", "./demo.omni", "--query", "test.gq", "--name", "get_person",
        "--params", "{\"name\":\"Eve\"}", "--branch", "feature", "--format", "csv"))
        .isEqualTo("p.name,p.age\nEve,29\n");
    assertThat(flow.ok("export", "./demo.omni", "--type", "Company")).isEqualTo("""
        {"type":"Company","data":{"id":"Acme","name":"Acme"}}
        {"type":"Company","data":{"id":"Globex","name":"Globex"}}
        """);
    assertThat(flow.ok("load", "--data", "test.jsonl", "--json", "./demo.omni"))
        .startsWith("""
        {
          "uri": "./demo.omni",
          "branch": "main",
          "mode": "overwrite",
          "nodes_loaded": 6,
          "edges_loaded": 5,
          "node_types_loaded": 2,
          "edge_types_loaded": 2,
          "graph_commit_id": \"""");
  }

  @Test
  void aFileWithSeveralQueriesNeedsName() {
    assertThat(cli.fails("read", "./demo.omni", "--query", "test.gq"))
        .isEqualTo("error: query file contains multiple queries; pass --name\n");
  }

  @Test
  void readErrorsFromTheQueryAndTheRepository() {
    cli.write("bad.gq", "query q() { match { $p: Person } return { $p.nope } }\n");

    assertThat(cli.fails("read", "./demo.omni", "--query", "test.gq", "--name", "nope"))
        .isEqualTo("error: query 'nope' not found\n");
    assertThat(cli.fails("read", "./demo.omni", "--query", "bad.gq"))
        .startsWith("error: type error: ");
    assertThat(cli.fails("read", "./demo.omni", "--query", "test.gq", "--name", "get_person",
        "--params", "{\"name\": 5}"))
        .startsWith("error: param 'name': ");
    assertThat(cli.fails("read", "./demo.omni", "--query", "test.gq", "--name", "adults",
        "--branch", "nope"))
        .isEqualTo("error: branch 'nope' not found\n");
    assertThat(cli.fails("read", "./demo.omni", "--query", "test.gq", "--name", "adults",
        "--commit", "01NOPE"))
        .isEqualTo("error: commit '01NOPE' not found\n");
  }

  @Test
  void theStarterConfigMakesTheRepositoryTheDefault() {
    assertThat(cli.ok("snapshot")).startsWith("branch: main\nmanifest_version: ");
    assertThat(cli.ok("commit", "list")).matches("[0-9A-Z]{26} branch=main version=\\d+\n");
  }
}
