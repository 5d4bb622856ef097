package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.cli.output.LoadOutput;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} (cli.md §3.3) and {@code export} (§3.6): arguments, outputs, progress. */
class LoadAndExportCommandTest {
  @TempDir
  Path dir;

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
