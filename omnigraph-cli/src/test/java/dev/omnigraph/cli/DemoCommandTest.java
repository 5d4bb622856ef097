package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Demo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code omnigraph demo} (cli.md §9): the README's first command. */
class DemoCommandTest {
  static final String SAMPLE = """
      sample: Alice's friends (query friends_of in demo.gq)
      2 rows from branch main via friends_of
      f.name  | f.age
      --------+------
      Bob     | 25   \n\
      Charlie | 35   \n""";

  @TempDir
  Path dir;

  @Test
  void createsTheDemoGraphAndDescribesIt() throws IOException {
    Cli cli = new Cli(dir);

    String out = cli.ok("demo");

    assertThat(out).matches(Pattern.compile(Pattern.quote("""
        created ./demo.omni from the bundled demo data
        wrote ./demo.gq (the demo queries)
        branch: main
        manifest_version:\s""") + "\\d+\n"
        + "edge:Knows v\\d+ branch=main rows=3\n"
        + "edge:WorksAt v\\d+ branch=main rows=2\n"
        + "node:Company v\\d+ branch=main rows=2\n"
        + "node:Person v\\d+ branch=main rows=4\n"
        + Pattern.quote("""

        node types: Company (2 rows), Person (4 rows)
        edge types: Knows: Person -> Person (3 rows), WorksAt: Person -> Company (2 rows)
        commits on main: 2, head\s""") + "[0-9A-Z]{26}\n"
        + Pattern.quote("\n" + SAMPLE + """

        try next:
          omnigraph read ./demo.omni --query demo.gq --name friends_of --params '{"name":"Alice"}'
          omnigraph read ./demo.omni --query demo.gq --name adults --format kv
          omnigraph query lint --query demo.gq ./demo.omni    # lists the queries of demo.gq
          omnigraph export ./demo.omni --type Company
          omnigraph commit list ./demo.omni
        """)));
    assertThat(dir.resolve("demo.omni/_schema.pg")).isRegularFile();
    assertThat(dir.resolve("demo.gq")).hasContent(Demo.querySource());
  }

  @Test
  void theSuggestedCommandsRunAsPrinted() {
    Cli cli = new Cli(dir);
    cli.ok("demo");

    assertThat(cli.ok("read", "./demo.omni", "--query", "demo.gq", "--name", "friends_of",
        "--params", "{\"name\":\"Alice\"}"))
        .isEqualTo(SAMPLE.substring(SAMPLE.indexOf('\n') + 1));
    assertThat(cli.ok("query", "lint", "--query", "demo.gq", "./demo.omni"))
        .contains("OK    query `friends_of` (read)");
    assertThat(cli.ok("read", "./demo.omni", "--query", "demo.gq", "--name", "adults",
        "--format", "kv")).isEqualTo("1 rows from branch main via adults\nrow 1\n"
        + "p.name: Charlie\np.age: 35\n");
    assertThat(cli.ok("export", "./demo.omni", "--type", "Company")).hasLineCount(2);
    assertThat(cli.ok("commit", "list", "./demo.omni")).hasLineCount(2);
  }

  @Test
  void aSecondRunReusesTheGraphAndKeepsAnEditedQueryFile() throws IOException {
    Cli cli = new Cli(dir);
    cli.ok("demo");
    Files.writeString(dir.resolve("demo.gq"), "// mine\n");

    String out = cli.ok("demo");

    assertThat(out).startsWith("using ./demo.omni\nbranch: main\n").contains(SAMPLE);
    assertThat(dir.resolve("demo.gq")).hasContent("// mine");
  }

  @Test
  void suggestionsUseTheCommandAsTheLauncherWasInvoked() {
    String out = new Cli(dir).env(DemoCommand.PROGRAM_VARIABLE, "bin/omnigraph").ok("demo");

    assertThat(out).contains("\n  bin/omnigraph read ./demo.omni --query demo.gq --name friends_of",
        "\n  bin/omnigraph export ./demo.omni --type Company\n");
  }

  @Test
  void anotherRepositoryNamedDemoIsDescribedWithoutTheSample() {
    Cli cli = new Cli(dir);
    cli.write("thing.pg", "node Thing {\n    slug: String @key\n}\n");
    cli.ok("init", "--schema", "thing.pg", "./demo.omni");

    String out = cli.ok("demo");

    assertThat(out).startsWith("using ./demo.omni\n")
        .contains("node types: Thing (0 rows)\nedge types: none\n./demo.omni holds no rows; to"
            + " start over with the demo data, remove it and run demo again\n"
            + "commits on main: 1, head ")
        .contains("sample: Alice's friends (query friends_of in demo.gq)\n(not run: ");
  }
}
