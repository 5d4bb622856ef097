package dev.omnigraph.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.cli.CliException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config discovery, shape checks and resolution rules (cli.md §2.1, §2.2, §5). */
class CliConfigTest {
  @TempDir
  Path dir;

  Path write(String relative, String text) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void withoutAFileEverythingTakesItsDefault() {
    CliConfig c = CliConfig.load(dir, null);

    assertThat(c.file()).isNull();
    assertThat(c.baseDir()).isEqualTo(dir);
    assertThat(c.outputFormat()).isEqualTo(OutputFormat.TABLE);
    assertThat(c.tableMaxColumnWidth()).isEqualTo(80);
    assertThat(c.cellLayout()).isEqualTo(CellLayout.TRUNCATE);
    assertThatThrownBy(() -> c.resolveUri(null, null))
        .hasMessage("URI must be provided via <URI>, --target, or config");
  }

  @Test
  void theWorkingDirectoryFileIsFoundButParentsAreNotSearched() throws IOException {
    write("omnigraph.yaml", "cli:\n  branch: dev\n");

    assertThat(CliConfig.load(dir, null).defaultBranch()).isEqualTo("dev");
    Files.createDirectories(dir.resolve("sub"));
    assertThat(CliConfig.load(dir.resolve("sub"), null).file()).isNull();
  }

  @Test
  void theStarterFileParses() throws IOException {
    write("omnigraph.yaml", "project:\n  name: x\n" + "graphs:\n  local:\n    uri: './demo.omni'\n"
        + "cli:\n  graph: local\n  output_format: kv\n  table_max_column_width: 12\n"
        + "  table_cell_layout: wrap\n" + "aliases:\n  # nothing yet\n" + "policy: {}\n");
    CliConfig c = CliConfig.load(dir, null);

    assertThat(c.projectName()).isEqualTo("x");
    assertThat(c.outputFormat()).isEqualTo(OutputFormat.KV);
    assertThat(c.tableMaxColumnWidth()).isEqualTo(12);
    assertThat(c.cellLayout()).isEqualTo(CellLayout.WRAP);
    assertThat(c.aliases()).isEmpty();
    assertThat(c.resolveUri(null, null)).isEqualTo(dir.resolve("./demo.omni").toString());
  }

  @Test
  void relativePathsResolveAgainstTheConfigDirectory() throws IOException {
    Path file = write("conf/omnigraph.yaml", """
        graphs:
          rel: { uri: data/repo.omni }
          abs: { uri: /srv/repo.omni }
          s3: { uri: 's3://bucket/prefix' }
          http: { uri: 'http://127.0.0.1:8080' }
        auth: { env_file: .env.omni }
        """);
    CliConfig c = CliConfig.load(dir.resolve("elsewhere"), file);

    assertThat(c.baseDir()).isEqualTo(dir.resolve("conf"));
    assertThat(c.resolveUri(null, "rel")).isEqualTo(dir.resolve("conf/data/repo.omni").toString());
    assertThat(c.resolveUri(null, "abs")).isEqualTo("/srv/repo.omni");
    assertThat(c.resolveUri(null, "s3")).isEqualTo("s3://bucket/prefix");
    assertThat(c.resolveUri(null, "http")).isEqualTo("http://127.0.0.1:8080");
    assertThat(c.resolveUri("./given", "rel")).isEqualTo("./given");
    assertThat(c.resolvedAuthEnvFile()).isEqualTo(dir.resolve("conf/.env.omni"));
    assertThatThrownBy(() -> c.resolveUri(null, "missing"))
        .hasMessage("graph 'missing' not found in omnigraph.yaml");
  }

  @Test
  void anExplicitRelativeConfigIsTakenFromTheWorkingDirectory() throws IOException {
    write("a/b.yaml", "cli:\n  graph: g\ngraphs:\n  g:\n    uri: r.omni\n");
    CliConfig c = CliConfig.load(dir, Path.of("a/b.yaml"));

    assertThat(c.resolveUri(null, null)).isEqualTo(dir.resolve("a/r.omni").toString());
  }

  @Test
  void queryFilesAreFoundInTheBaseDirectoryThenEachRoot() throws IOException {
    write("omnigraph.yaml", "query:\n  roots: [queries, more]\n");
    write("top.gq", "");
    write("queries/q.gq", "");
    write("more/q.gq", "");
    write("more/m.gq", "");
    CliConfig c = CliConfig.load(dir, null);

    assertThat(c.resolveQuery("top.gq")).isEqualTo(dir.resolve("top.gq"));
    assertThat(c.resolveQuery("q.gq")).isEqualTo(dir.resolve("queries").resolve("q.gq"));
    assertThat(c.resolveQuery("m.gq")).isEqualTo(dir.resolve("more").resolve("m.gq"));
    assertThat(c.resolveQuery("/abs/x.gq")).isEqualTo(Path.of("/abs/x.gq"));
    assertThatThrownBy(() -> c.resolveQuery("nope.gq"))
        .isInstanceOf(CliException.class).hasMessage("query file 'nope.gq' not found");
  }

  @Test
  void aliasesAreReadWithTheirDefaults() throws IOException {
    write("omnigraph.yaml", """
        aliases:
          owner:
            command: read
            query: context.gq
            name: decision_owner
            args: [slug]
            graph: local
            branch: main
            format: kv
          attach:
            command: change
            query: mutations.gq
        """);
    CliConfig c = CliConfig.load(dir, null);

    assertThat(c.alias("owner", AliasConfig.Command.READ)).isEqualTo(new AliasConfig(
        AliasConfig.Command.READ, "context.gq", "decision_owner", List.of("slug"), "local",
        "main", OutputFormat.KV));
    assertThat(c.alias("attach", AliasConfig.Command.CHANGE).args()).isEmpty();
    assertThatThrownBy(() -> c.alias("attach", AliasConfig.Command.READ))
        .hasMessage("alias 'attach' is a Change alias, not a Read alias");
    assertThatThrownBy(() -> c.alias("owner", AliasConfig.Command.CHANGE))
        .hasMessage("alias 'owner' is a Read alias, not a Change alias");
    assertThatThrownBy(() -> c.alias("nope", AliasConfig.Command.READ))
        .hasMessage("alias 'nope' not found");
  }

  @Test
  void wrongTypesMakeTheFileUnreadable() throws IOException {
    Path file = dir.resolve("omnigraph.yaml");
    String[][] cases = {
        {"cli:\n  output_format: xml\n", "cli.output_format must be one of table, kv, csv, jsonl, json"},
        {"policy: [a]\n", "policy must be a mapping"},
        {"cli:\n  table_max_column_width: 0\n", "cli.table_max_column_width must be a positive integer"},
        {"cli:\n  table_cell_layout: fold\n", "cli.table_cell_layout must be one of truncate, wrap"},
        {"graphs:\n  g: {}\n", "graphs.g.uri must be a string"},
        {"graphs:\n  g:\n    uri: [x]\n", "graphs.g.uri must be a string"},
        {"query:\n  roots: queries\n", "query.roots must be a list of strings"},
        {"aliases:\n  a:\n    query: q.gq\n", "aliases.a.command must be read or change"},
        {"aliases:\n  a:\n    command: write\n    query: q.gq\n", "aliases.a.command must be one of read, change"},
        {"aliases:\n  a:\n    command: read\n", "aliases.a.query must be a string"},
        {"- a\n- b\n", "the top level must be a mapping"},
    };
    for (String[] c : cases) {
      Files.writeString(file, c[0]);
      assertThatThrownBy(() -> CliConfig.load(dir, null)).as(c[0])
          .isInstanceOf(CliException.class)
          .hasMessage("invalid config file " + file + ": " + c[1]);
    }
  }

  @Test
  void unknownKeysAndServerSettingsAreIgnored() throws IOException {
    write("omnigraph.yaml", "server:\n  bind: 0.0.0.0:1\n  body_limit_bytes: 5\nextra: [1]\n"
        + "cli:\n  colour: red\n");

    assertThat(CliConfig.load(dir, null).outputFormat()).isEqualTo(OutputFormat.TABLE);
  }

  @Test
  void brokenYamlAndMissingFilesAreErrors() throws IOException {
    Path file = write("omnigraph.yaml", "cli: [unclosed\n");

    assertThatThrownBy(() -> CliConfig.load(dir, null))
        .hasMessageStartingWith("invalid config file " + file + ": ");
    assertThatThrownBy(() -> CliConfig.load(dir, Path.of("nope.yaml")))
        .hasMessage(dir.resolve("nope.yaml") + ": No such file or directory");
  }
}
