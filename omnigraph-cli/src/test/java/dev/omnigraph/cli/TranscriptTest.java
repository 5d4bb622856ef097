package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The in-scope steps of the reference transcripts (cli.md §8) that this build can run, plus the
 * read errors a repository answers before a query executes.
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
