package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code omnigraph init} (cli.md §3.2, §5.3). */
class InitCommandTest {
  @TempDir
  Path dir;

  @Test
  void createsTheRepositoryAndAStarterConfigBesideIt() throws IOException {
    Cli cli = new Cli(dir);
    String out = cli.ok("init", "--schema", Cli.fixture("test.pg").toString(), "./demo.omni");

    assertThat(out).isEqualTo("initialized ./demo.omni\n");
    assertThat(dir.resolve("demo.omni/_schema.pg")).isRegularFile();
    assertThat(dir.resolve("demo.omni/__manifest")).exists();
    assertThat(Files.readString(dir.resolve("omnigraph.yaml")))
        .isEqualTo(StarterConfig.text("./demo.omni"))
        .contains("    uri: './demo.omni'\n");
  }

  @Test
  void aNestedRelativeUriIsWrittenRelativeToTheConfigFile() throws IOException {
    Cli cli = new Cli(dir);
    cli.ok("init", "--schema", Cli.fixture("test.pg").toString(), "data/deep/repo.omni");

    assertThat(dir.resolve("omnigraph.yaml")).doesNotExist();
    assertThat(Files.readString(dir.resolve("data/deep/omnigraph.yaml")))
        .contains("    uri: './repo.omni'\n");
    // The written config finds the repository from its own directory.
    assertThat(new Cli(dir.resolve("data/deep")).ok("snapshot")).startsWith("branch: main\n");
  }

  @Test
  void anAbsoluteUriIsWrittenAsGivenWithQuotesDoubled() throws IOException {
    Path repo = dir.resolve("it's.omni");
    new Cli(dir.resolve("elsewhere")).ok("init", "--schema", Cli.fixture("test.pg").toString(),
        repo.toString());

    assertThat(Files.readString(dir.resolve("omnigraph.yaml")))
        .contains("    uri: '" + repo.toString().replace("'", "''") + "'\n");
  }

  @Test
  void anExistingConfigIsNeverTouched() throws IOException {
    Cli cli = new Cli(dir);
    cli.write("omnigraph.yaml", "# mine\n");
    cli.ok("init", "--schema", Cli.fixture("test.pg").toString(), "demo.omni");

    assertThat(Files.readString(dir.resolve("omnigraph.yaml"))).isEqualTo("# mine\n");
  }

  @Test
  void aMissingSchemaFileSaysNoSuchFileOrDirectory() {
    Cli cli = new Cli(dir);
    String err = cli.fails("init", "--schema", "missing.pg", "demo.omni");

    assertThat(err).isEqualTo("error: " + dir.resolve("missing.pg")
        + ": No such file or directory\n");
    assertThat(dir.resolve("demo.omni")).doesNotExist();
  }

  @Test
  void aSchemaErrorPrintsThePositionedReport() {
    Cli cli = new Cli(dir);
    cli.write("bad.pg", "node { }\n");
    String err = cli.fails("init", "--schema", "bad.pg", "demo.omni");

    assertThat(err).isEqualTo("""
        error: parse error:  --> 1:6
          |
        1 | node { }
          |      ^---
          |
          = expected type_name
        """);
    assertThat(dir.resolve("demo.omni")).doesNotExist();
    assertThat(dir.resolve("omnigraph.yaml")).doesNotExist();
  }

  /** expected.md A31 (semantic) and A52 (catalog): one error line, nothing created. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      A31 | node Person implements Unknown { name: String } | parse error: parse error: node Person implements unknown interface 'Unknown'
      A52 | edge WorksAt: Person -> Company                  | catalog error: edge WorksAt references unknown source type: Person
      """)
  void aRejectedSchemaCreatesNoRepository(String id, String schema, String message) {
    Cli cli = new Cli(dir);
    cli.write("bad.pg", schema + "\n");
    String err = cli.fails("init", "--schema", "bad.pg", "demo.omni");

    assertThat(err).isEqualTo("error: " + message + "\n");
    assertThat(dir.resolve("demo.omni")).doesNotExist();
    assertThat(dir.resolve("omnigraph.yaml")).doesNotExist();
  }

  @Test
  void anExistingRepositoryIsRefusedBeforeAnythingIsWritten() throws IOException {
    Cli cli = new Cli(dir);
    Path repo = dir.resolve("demo.omni");
    cli.ok("init", "--schema", Cli.fixture("test.pg").toString(), repo.toString());
    String schemaBefore = Files.readString(repo.resolve("_schema.pg"));
    cli.write("other.pg", "node Thing { name: String @key }\n");

    String err = cli.fails("init", "--schema", "other.pg", repo.toString());

    assertThat(err).isEqualTo("error: repository already exists at " + repo + "\n");
    assertThat(Files.readString(repo.resolve("_schema.pg"))).isEqualTo(schemaBefore);
  }
}
