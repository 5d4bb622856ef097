package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Commit;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.Snapshot;
import dev.omnigraph.TableState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot} (cli.md §3.5) and {@code commit list|show} (§3.10) on a real repository. */
class SnapshotAndCommitCommandTest {
  @TempDir
  static Path dir;
  static Path repo;
  static Snapshot main;
  static Snapshot feature;

  @BeforeAll
  static void repository() {
    repo = dir.resolve("demo.omni");
    new Cli(dir).ok("init", "--schema", Cli.fixture("test.pg").toString(), repo.toString());
    try (Omnigraph g = Omnigraph.open(repo.toString())) {
      g.createBranch("feature", "main");
      main = g.snapshot("main");
      feature = g.snapshot("feature");
    }
  }

  static String tableLines(Snapshot s) {
    StringBuilder out = new StringBuilder();
    for (TableState t : s.tables()) {
      out.append(t.tableKey()).append(" v").append(t.version()).append(" branch=main rows=0\n");
    }
    return out.toString();
  }

  @Test
  void snapshotHumanOutput() {
    String out = new Cli(dir).ok("snapshot", repo.toString());

    assertThat(out).isEqualTo("branch: main\nmanifest_version: " + main.manifestVersion() + "\n"
        + tableLines(main));
    assertThat(out).contains("edge:Knows v", "node:Person v");
  }

  @Test
  void snapshotJsonOutputIsTheWireShape() {
    String out = new Cli(dir).ok("snapshot", "--json", "--branch", "feature", repo.toString());

    TableState first = feature.tables().get(0);
    assertThat(out).startsWith("{\n  \"branch\": \"feature\",\n  \"manifest_version\": "
        + feature.manifestVersion() + ",\n  \"tables\": [\n    {\n      \"table_key\": \""
        + first.tableKey() + "\",\n      \"table_path\": \"" + first.path()
        + "\",\n      \"table_version\": " + first.version()
        + ",\n      \"table_branch\": null,\n      \"row_count\": 0\n    },\n");
    assertThat(out).endsWith("    }\n  ]\n}\n");
  }

  @Test
  void snapshotTakesTheRepositoryAndBranchFromTheConfig() {
    Cli cli = new Cli(dir.resolve("cfg"));
    cli.write("omnigraph.yaml", "graphs:\n  local:\n    uri: ../demo.omni\n"
        + "cli:\n  graph: local\n  branch: feature\n");

    assertThat(cli.ok("snapshot")).startsWith("branch: feature\n");
    assertThat(cli.ok("snapshot", "--branch", "main")).startsWith("branch: main\n");
  }

  @Test
  void snapshotErrors() {
    Cli cli = new Cli(dir.resolve("no-config"));
    Path missing = dir.resolve("missing.omni");

    assertThat(cli.fails("snapshot", missing.toString()))
        .isEqualTo("error: repository not found at " + missing + "\n");
    assertThat(cli.fails("snapshot", "--branch", "nope", repo.toString()))
        .isEqualTo("error: branch 'nope' not found\n");
    assertThat(cli.fails("snapshot"))
        .isEqualTo("error: URI must be provided via <URI>, --target, or config\n");
    assertThat(cli.fails("snapshot", "--target", "nope"))
        .isEqualTo("error: graph 'nope' not found in omnigraph.yaml\n");
  }

  @Test
  void commitListHumanAndJson() {
    List<Commit> commits;
    try (Omnigraph g = Omnigraph.open(repo.toString())) {
      commits = g.commits("main");
    }
    Commit genesis = commits.get(0);
    Cli cli = new Cli(dir);

    assertThat(cli.ok("commit", "list", repo.toString())).isEqualTo(
        genesis.graphCommitId() + " branch=main version=" + genesis.manifestVersion() + "\n");
    assertThat(cli.ok("commit", "list", repo.toString(), "--json")).isEqualTo("""
        {
          "commits": [
            {
              "graph_commit_id": "%s",
              "manifest_branch": null,
              "manifest_version": %d,
              "parent_commit_id": null,
              "merged_parent_commit_id": null,
              "actor_id": null,
              "created_at": %d
            }
          ]
        }
        """.formatted(genesis.graphCommitId(), genesis.manifestVersion(), genesis.createdAt()));
    assertThat(cli.ok("commit", "list", "--branch", "feature", repo.toString()))
        .startsWith(genesis.graphCommitId());
    assertThat(cli.fails("commit", "list", "--branch", "nope", repo.toString()))
        .isEqualTo("error: branch 'nope' not found\n");
  }

  @Test
  void commitShowHumanAndJson() {
    String id = main.id();
    Cli cli = new Cli(dir);

    assertThat(cli.ok("commit", "show", "--uri", repo.toString(), id)).isEqualTo("""
        graph_commit_id: %s
        manifest_branch: main
        manifest_version: %d
        created_at: %d
        """.formatted(id, main.manifestVersion(), main.commit().createdAt()));
    assertThat(cli.ok("commit", "show", id, "--json", "--uri", repo.toString()))
        .startsWith("{\n  \"graph_commit_id\": \"" + id + "\",\n  \"manifest_branch\": null,\n");
    assertThat(cli.fails("commit", "show", "--uri", repo.toString(), "01NOPE"))
        .isEqualTo("error: commit '01NOPE' not found\n");
  }
}
