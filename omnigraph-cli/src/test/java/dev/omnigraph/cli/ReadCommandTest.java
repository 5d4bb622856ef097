package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code read}: everything resolved before the query runs (cli.md §3.7, §6): usage conflicts,
 * alias rules, the legacy URI slot, query file resolution, parameter errors.
 */
class ReadCommandTest {
  @TempDir
  Path dir;
  Cli cli;
  Path config;

  @BeforeEach
  void files() {
    cli = new Cli(dir);
    cli.write("queries/test.gq", "query q($name: String) { match { $p: Person { name: $name } }"
        + " return { $p.name } }\n");
    config = cli.write("omnigraph.yaml", """
        graphs:
          local:
            uri: ./missing.omni
        query:
          roots: [queries]
        aliases:
          owner:
            command: read
            query: test.gq
            args: [name]
            graph: local
          plain:
            command: read
            query: test.gq
            args: [name]
          add:
            command: change
            query: test.gq
        """);
  }

  @Test
  @DisplayName("cli.md §3.7: help names the read target --branch B | --snapshot ID (--commit stays an alias)")
  void helpShowsSnapshot() {
    String help = cli.ok("read", "--help");

    assertThat(help).contains("[--branch=B | --snapshot=ID]")
        .contains("\n      --snapshot=ID        Commit to read at (time travel); also --commit ID.\n")
        .doesNotContain("--commit=ID").doesNotContain("--commit,");
    assertThat(cli.run("read", "--query", "test.gq", "--snapshot", "a", "--commit", "b").code())
        .isEqualTo(2);
  }

  @Test
  void conflictingFlagsAreUsageErrors() {
    String[][] cases = {
        {"read", "--query", "test.gq", "--branch", "a", "--snapshot", "b"},
        {"read", "--query", "test.gq", "--branch", "a", "--commit", "b"},
        {"read", "--query", "test.gq", "--json", "--format", "csv"},
        {"read", "--query", "test.gq", "--params", "{}", "--params-file", "p.json"},
        {"read", "--query", "test.gq", "--format", "xml"},
    };
    for (String[] args : cases) {
      assertThat(cli.run(args).code()).as(String.join(" ", args)).isEqualTo(2);
    }
  }

  @Test
  void exactlyOneOfQueryAndAlias() {
    assertThat(cli.fails("read", "x.omni"))
        .isEqualTo("error: exactly one of --alias or --query must be provided\n");
    assertThat(cli.fails("read", "--query", "test.gq", "--alias", "owner"))
        .isEqualTo("error: exactly one of --alias or --query must be provided\n");
  }

  @Test
  void aliasErrors() {
    assertThat(cli.fails("read", "--alias", "nope")).isEqualTo("error: alias 'nope' not found\n");
    assertThat(cli.fails("read", "--alias", "add"))
        .isEqualTo("error: alias 'add' is a Change alias, not a Read alias\n");
    assertThat(cli.fails("read", "--alias", "owner", "a", "b"))
        .isEqualTo("error: alias 'owner' expects at most 1 args but got 2\n");
  }

  @Test
  void withAKnownTargetTheFirstPositionalIsAnAliasArgument() {
    // The alias names graph `local`, so the URL is a parameter value and `local` is opened.
    assertThat(cli.fails("read", "--alias", "owner", "https://example.com"))
        .isEqualTo("error: repository not found at " + dir.resolve("./missing.omni") + "\n");
  }

  @Test
  void withoutATargetTheFirstPositionalIsTheRepository() {
    assertThat(cli.fails("read", "--alias", "plain", "other.omni", "Alice"))
        .isEqualTo("error: repository not found at " + dir.resolve("other.omni") + "\n");
    assertThat(cli.fails("read", "--alias", "plain"))
        .isEqualTo("error: URI must be provided via <URI>, --target, or config\n");
    assertThat(cli.fails("read", "--alias", "plain", "--target", "local", "Alice"))
        .isEqualTo("error: repository not found at " + dir.resolve("./missing.omni") + "\n");
  }

  @Test
  void withUriEveryPositionalIsAnArgument() {
    assertThat(cli.fails("read", "--uri", "u.omni", "--query", "test.gq", "stray"))
        .isEqualTo("error: alias '<alias>' expects at most 0 args but got 1\n");
  }

  @Test
  void queryFilesResolveAgainstTheConfigDirectoryNotTheWorkingDirectory() {
    Cli elsewhere = new Cli(dir.resolve("sub"));
    elsewhere.write("test.gq", "");

    assertThat(elsewhere.fails("read", "--config", config.toString(), "--target", "local",
        "--query", "test.gq"))
        .isEqualTo("error: repository not found at " + dir.resolve("./missing.omni") + "\n");
    assertThat(elsewhere.fails("read", "--config", config.toString(), "--target", "local",
        "--query", "only-here.gq"))
        .isEqualTo("error: query file 'only-here.gq' not found\n");
  }

  @Test
  void parameterErrors() {
    assertThat(cli.fails("read", "x.omni", "--query", "test.gq", "--params", "[1]"))
        .isEqualTo("error: params JSON must be an object\n");
    assertThat(cli.fails("read", "x.omni", "--query", "test.gq", "--params-file", "p.json"))
        .isEqualTo("error: " + dir.resolve("p.json") + ": No such file or directory\n");
    cli.write("p.json", "{\"name\": \"Alice\"}");
    assertThat(cli.fails("read", "x.omni", "--query", "test.gq", "--params-file", "p.json"))
        .isEqualTo("error: repository not found at " + dir.resolve("x.omni") + "\n");
  }
}
