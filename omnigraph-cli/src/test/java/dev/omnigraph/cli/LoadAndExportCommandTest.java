package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Commit;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.cli.output.LoadOutput;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} (cli.md §3.3) on real repositories: outputs, modes, errors that leave the graph
 * unchanged, progress; and the arguments of {@code export} (§3.6, data: {@link ExportCommandTest}).
 */
class LoadAndExportCommandTest {
  static final String LOADED = "loaded ./demo.omni on branch main with overwrite: 6 nodes across"
      + " 2 node types, 5 edges across 2 edge types\n";

  @TempDir
  Path dir;

  /** A CLI in {@code dir} holding the fixtures and an empty {@code ./demo.omni}. */
  Cli repository() {
    Cli cli = new Cli(dir).copyFixtures("test.pg", "test.jsonl", "test.gq");
    cli.ok("init", "--schema", "test.pg", "./demo.omni");
    return cli;
  }

  List<Commit> commits(String branch) {
    try (Omnigraph g = Omnigraph.open(dir.resolve("demo.omni").toString())) {
      return g.commits(branch);
    }
  }

  /** Everything a failed load must leave as it was: the export and the history of main. */
  String state(Cli cli) {
    return cli.ok("export", "./demo.omni") + cli.ok("commit", "list", "./demo.omni");
  }

  @Test
  void loadPrintsWhatItLoaded() {
    Cli cli = repository();

    assertThat(cli.ok("load", "--data", "test.jsonl", "./demo.omni")).isEqualTo(LOADED);
    assertThat(cli.ok("snapshot", "./demo.omni"))
        .contains("edge:Knows v", " rows=3\n", "node:Person v", " rows=4\n");
  }

  @Test
  void loadJsonCarriesTheCommitItPublished() {
    Cli cli = repository();

    String out = cli.ok("load", "--data", "test.jsonl", "--json", "./demo.omni");

    List<Commit> commits = commits("main");
    assertThat(commits).hasSize(2);
    assertThat(out).isEqualTo("""
        {
          "uri": "./demo.omni",
          "branch": "main",
          "mode": "overwrite",
          "nodes_loaded": 6,
          "edges_loaded": 5,
          "node_types_loaded": 2,
          "edge_types_loaded": 2,
          "graph_commit_id": "%s"
        }
        """.formatted(commits.get(1).graphCommitId()));
  }

  @Test
  void theTargetAndBranchComeFromTheStarterConfig() {
    Cli cli = repository();
    try (Omnigraph g = Omnigraph.open(dir.resolve("demo.omni").toString())) {
      g.createBranch("feature", "main");
    }
    cli.write("feature.jsonl", "{\"type\":\"Person\",\"data\":{\"name\":\"Eve\",\"age\":29}}\n");

    // cli.md §8: append one person to a feature branch.
    assertThat(cli.ok("load", "--data", "feature.jsonl", "--branch", "feature", "--mode", "append",
        "./demo.omni"))
        .isEqualTo("loaded ./demo.omni on branch feature with append: 1 nodes across 1 node types,"
            + " 0 edges across 0 edge types\n");
    // No URI: the graph `local` of the omnigraph.yaml that init wrote.
    assertThat(cli.ok("load", "--data", "test.jsonl", "--mode", "merge"))
        .startsWith("loaded ").endsWith(" on branch main with merge: 6 nodes across 2 node types,"
            + " 5 edges across 2 edge types\n");
    assertThat(cli.ok("export", "--type", "Person", "--branch", "feature"))
        .isEqualTo("{\"type\":\"Person\",\"data\":{\"id\":\"Eve\",\"age\":29,\"name\":\"Eve\"}}\n");
    assertThat(commits("feature")).hasSize(2);
  }

  @Test
  void modesOverwriteMergeAndAppend() {
    Cli cli = repository();
    cli.ok("load", "--data", "test.jsonl", "./demo.omni");
    cli.write("people.jsonl", """
        {"type": "Person", "data": {"name": "Alice", "age": 31}}
        {"type": "Person", "data": {"name": "Eve", "age": 29}}
        """);

    cli.ok("load", "--data", "people.jsonl", "--mode", "merge", "./demo.omni");
    assertThat(cli.ok("export", "./demo.omni", "--type", "Person")).isEqualTo("""
        {"type":"Person","data":{"id":"Alice","age":31,"name":"Alice"}}
        {"type":"Person","data":{"id":"Bob","age":25,"name":"Bob"}}
        {"type":"Person","data":{"id":"Charlie","age":35,"name":"Charlie"}}
        {"type":"Person","data":{"id":"Diana","age":28,"name":"Diana"}}
        {"type":"Person","data":{"id":"Eve","age":29,"name":"Eve"}}
        """);
    cli.ok("load", "--data", "people.jsonl", "./demo.omni");
    assertThat(cli.ok("export", "./demo.omni", "--type", "Person")).isEqualTo("""
        {"type":"Person","data":{"id":"Alice","age":31,"name":"Alice"}}
        {"type":"Person","data":{"id":"Eve","age":29,"name":"Eve"}}
        """);
    assertThat(cli.ok("export", "./demo.omni", "--type", "Company")).hasLineCount(2);
  }

  @Test
  void anEmptyFileLoadsNothingAndPublishesNoCommit() {
    Cli cli = repository();
    cli.write("empty.jsonl", "\n");

    assertThat(cli.ok("load", "--data", "empty.jsonl", "./demo.omni", "--json")).isEqualTo("""
        {
          "uri": "./demo.omni",
          "branch": "main",
          "mode": "overwrite",
          "nodes_loaded": 0,
          "edges_loaded": 0,
          "node_types_loaded": 0,
          "edge_types_loaded": 0
        }
        """);
    assertThat(commits("main")).hasSize(1);
  }

  @Test
  void aFailedLoadReportsTheFirstErrorAndChangesNothing() {
    Cli cli = repository();
    cli.ok("load", "--data", "test.jsonl", "./demo.omni");
    String before = state(cli);
    cli.write("bad-edge.jsonl", """
        {"edge": "Knows", "from": "Alice", "to": "Bob"}
        {"edge": "Knows", "from": "Alice", "to": "NonExistent"}
        """);
    cli.write("bad-type.jsonl", """
        {"type": "Person", "data": {"name": "Zoe"}}
        {"type": "Robot", "data": {"name": "R2"}}
        """);
    cli.write("bad-json.jsonl", """
        {"type": "Person", "data": {"name": "Zoe"}}
        {"type": "Person", "data":
        """);
    cli.write("bad-value.jsonl", """
        {"type": "Person", "data": {"name": "Zoe", "age": "old"}}
        """);
    cli.write("bad-values.jsonl", """
        {"type": "Person", "data": {"name": "Zoe", "age": "old"}}
        {"type": "Person", "data": {"name": "Ren", "age": 3.5}}
        """);
    cli.write("existing.jsonl", """
        {"type": "Person", "data": {"name": "Alice", "age": 30}}
        """);

    assertThat(cli.fails("load", "--data", "bad-edge.jsonl", "./demo.omni"))
        .isEqualTo("error: line 2: edge Knows row 2: dst 'NonExistent' not found in Person\n");
    assertThat(cli.fails("load", "--data", "bad-type.jsonl", "./demo.omni"))
        .isEqualTo("error: line 2: unknown node type 'Robot'\n");
    assertThat(cli.fails("load", "--data", "bad-json.jsonl", "./demo.omni"))
        .startsWith("error: invalid JSON on line 2: ").hasLineCount(1);
    assertThat(cli.fails("load", "--data", "bad-value.jsonl", "./demo.omni"))
        .isEqualTo("error: line 1: property 'age' expects I32, got string\n");
    // several bad rows: the API's LoadException lists them all; the CLI prints the first one
    assertThat(cli.fails("load", "--data", "bad-values.jsonl", "./demo.omni"))
        .isEqualTo("error: line 1: property 'age' expects I32, got string\n");
    assertThat(cli.fails("load", "--data", "existing.jsonl", "--mode", "append", "./demo.omni"))
        .isEqualTo("error: line 1: node type 'Person' already has this id ('Alice')\n");
    assertThat(cli.fails("load", "--data", "test.jsonl", "--branch", "nope", "./demo.omni"))
        .isEqualTo("error: branch 'nope' not found\n");
    assertThat(cli.fails("load", "--data", "bad-edge.jsonl", "--json", "./demo.omni"))
        .startsWith("error: line 2: ");
    assertThat(state(cli)).isEqualTo(before);
  }

  @Test
  void anUnreadableFileIsReportedAsSuch() throws IOException {
    Cli cli = repository();
    cli.ok("load", "--data", "test.jsonl", "./demo.omni");
    String before = state(cli);
    java.nio.file.Files.createDirectories(dir.resolve("adir"));
    java.nio.file.Files.write(dir.resolve("latin1.jsonl"), ("{\"type\":\"Person\",\"data\":"
        + "{\"name\":\"Zoe\"}}\n{\"type\":\"Person\",\"data\":{\"name\":\"Ren\u00e9e\"}}\n")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    assertThat(cli.fails("load", "--data", "adir", "./demo.omni"))
        .isEqualTo("error: " + dir.resolve("adir") + ": Is a directory\n");
    assertThat(cli.fails("load", "--data", "latin1.jsonl", "./demo.omni"))
        .isEqualTo("error: " + dir.resolve("latin1.jsonl") + ": invalid UTF-8 on line 2\n");
    assertThat(state(cli)).isEqualTo(before);
  }

  @Test
  void theFirstInvalidUtf8LineIsFoundAcrossBufferBoundaries() throws IOException {
    Path file = dir.resolve("big.jsonl");
    byte[] line = "{\"type\":\"Person\",\"data\":{\"name\":\"\u00e9\u00e9\u00e9\u00e9\"}}\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < 5000; i++) {
      text.write(line);
    }
    java.nio.file.Files.write(file, text.toByteArray());
    assertThat(IoErrors.firstInvalidUtf8Line(file)).isEqualTo(-1);

    text.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
    java.nio.file.Files.write(file, text.toByteArray());
    assertThat(IoErrors.firstInvalidUtf8Line(file)).isEqualTo(5001);

    java.nio.file.Files.write(file, new byte[] {'a', '\n', (byte) 0xE2, (byte) 0x82});
    assertThat(IoErrors.firstInvalidUtf8Line(file)).isEqualTo(2);
  }

  @Test
  void aTerminalGetsAProgressBarUnlessTheOutputIsJson() {
    Cli cli = repository().terminal();

    Cli.Result drawn = cli.run("load", "--data", "test.jsonl", "./demo.omni");
    assertThat(drawn.code()).isZero();
    assertThat(drawn.out()).isEqualTo(LOADED);
    assertThat(drawn.err()).contains("load", "records");

    Cli.Result json = cli.run("load", "--data", "test.jsonl", "--json", "./demo.omni");
    assertThat(json.code()).isZero();
    assertThat(json.err()).isEmpty();
  }

  @Test
  void loadOutputsHumanAndJson() {
    LoadOutput out = new LoadOutput("./demo.omni", "main", "overwrite", 6, 5, 2, 2, null);

    assertThat(out.human()).isEqualTo("loaded ./demo.omni on branch main with overwrite: 6 nodes"
        + " across 2 node types, 5 edges across 2 edge types");
    assertThat(dev.omnigraph.cli.json.Json.pretty(out.toJson())).isEqualTo("""
        {
          "uri": "./demo.omni",
          "branch": "main",
          "mode": "overwrite",
          "nodes_loaded": 6,
          "edges_loaded": 5,
          "node_types_loaded": 2,
          "edge_types_loaded": 2
        }""");
    assertThat(new LoadOutput("u", "b", "merge", 1, 0, 1, 0, "01J").toJson())
        .containsEntry("graph_commit_id", "01J");
  }

  @Test
  void loadArgumentErrors() {
    Cli cli = new Cli(dir);

    assertThat(cli.run("load", "x.omni").code()).isEqualTo(2);
    assertThat(cli.run("load", "x.omni", "--data", "d.jsonl", "--mode", "upsert").code())
        .isEqualTo(2);
    assertThat(cli.fails("load", "--data", "missing.jsonl", "x.omni"))
        .isEqualTo("error: " + dir.resolve("missing.jsonl") + ": No such file or directory\n");
    assertThat(cli.fails("load", "--data", "missing.jsonl", "http://127.0.0.1:8080"))
        .isEqualTo("error: load is only supported against local repo URIs in this milestone\n");
    cli.write("d.jsonl", "");
    assertThat(cli.fails("load", "--data", "d.jsonl", "x.omni"))
        .isEqualTo("error: repository not found at " + dir.resolve("x.omni") + "\n");
  }

  @Test
  void exportArgumentErrors() {
    Cli cli = new Cli(dir);

    assertThat(cli.run("export", "x.omni", "--branch", "a", "--snapshot", "b").code())
        .isEqualTo(2);
    assertThat(cli.run("export", "x.omni", "--branch", "a", "--commit", "b").code())
        .isEqualTo(2);
    Cli.Result r = cli.run("export", "x.omni", "--jsonl");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEqualTo(
        "warning: --jsonl is deprecated; `omnigraph export` always emits JSONL\n"
        + "error: repository not found at " + dir.resolve("x.omni") + "\n");
  }

  @Test
  void progressCountsLinesAsTheyAreRead() throws IOException {
    List<Long> seen = new ArrayList<>();
    try (Reader r = new ProgressReader(new StringReader("a\nb\n\nc"), seen::add)) {
      char[] buf = new char[2];
      while (r.read(buf, 0, 2) >= 0) {
        // drain
      }
    }
    assertThat(seen).containsExactly(1L, 2L, 3L);
    try (Reader r = new ProgressReader(new StringReader("x\n"), seen::add)) {
      while (r.read() >= 0) {
        // drain
      }
    }
    assertThat(seen).endsWith(1L);
  }
}
