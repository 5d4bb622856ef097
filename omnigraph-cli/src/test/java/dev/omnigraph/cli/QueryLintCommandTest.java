package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query lint|check} (cli.md §3.12, languages.md §5), after the reference's tests. */
class QueryLintCommandTest {
  static final String POLICY_SCHEMA = """
      node Policy {
          slug: String @key
          name: String?
          effectiveTo: DateTime?
      }
      """;
  static final String UPDATE_POLICY = """
      query update_policy($slug: String, $name: String) {
          update Policy set { name: $name } where slug = $slug
      }
      """;
  static final String LIST_PEOPLE = """
      query list_people() {
          match { $p: Person }
          return { $p.name }
      }
      """;

  @TempDir
  static Path shared;
  static Path repo;

  @TempDir
  Path dir;

  @BeforeAll
  static void repository() {
    repo = shared.resolve("demo.omni");
    new Cli(shared).ok("init", "--schema", Cli.fixture("test.pg").toString(), repo.toString());
  }

  @Test
  void jsonWithASchemaFileReportsWarnings() {
    Cli cli = new Cli(dir);
    Path schema = cli.write("schema.pg", POLICY_SCHEMA);
    Path query = cli.write("queries.gq", UPDATE_POLICY);

    String out = cli.ok("query", "lint", "--query", query.toString(), "--schema",
        schema.toString(), "--json");

    assertThat(out).isEqualTo("""
        {
          "status": "ok",
          "schema_source": {
            "kind": "file",
            "path": "%s"
          },
          "query_path": "%s",
          "queries_processed": 1,
          "errors": 0,
          "warnings": 1,
          "infos": 0,
          "results": [
            {
              "name": "update_policy",
              "kind": "mutation",
              "status": "ok"
            }
          ],
          "findings": [
            {
              "severity": "warning",
              "code": "L201",
              "message": "Policy.effectiveTo exists in schema but no update query sets it",
              "type_name": "Policy",
              "property": "effectiveTo",
              "query_names": [
                "update_policy"
              ]
            }
          ]
        }
        """.formatted(schema, query));
  }

  @Test
  void checkIsByteIdenticalToLint() {
    Cli cli = new Cli(dir);
    cli.write("schema.pg", "node Person {\n    name: String\n}\n");
    cli.write("queries.gq", LIST_PEOPLE);

    assertThat(cli.ok("query", "check", "--query", "queries.gq", "--schema", "schema.pg",
        "--json"))
        .isEqualTo(cli.ok("query", "lint", "--query", "queries.gq", "--schema", "schema.pg",
            "--json"));
    assertThat(cli.ok("query", "check", "--query", "queries.gq", "--schema", "schema.pg"))
        .isEqualTo(cli.ok("query", "lint", "--query", "queries.gq", "--schema", "schema.pg"));
  }

  @Test
  void theRepositoryGivenAsPositionalSuppliesTheSchema() {
    Cli cli = new Cli(dir);
    Path query = cli.write("queries.gq", LIST_PEOPLE);

    String out = cli.ok("query", "lint", "--query", query.toString(), "--json", repo.toString());

    assertThat(out).startsWith("""
        {
          "status": "ok",
          "schema_source": {
            "kind": "repo",
            "uri": "%s"
          },
        """.formatted(repo));
  }

  @Test
  void theRepositoryAndQueryCanComeFromTheConfig() {
    Cli cli = new Cli(dir);
    cli.write("conf/queries.gq", LIST_PEOPLE);
    Path config = cli.write("conf/omnigraph.yaml",
        "graphs:\n  local:\n    uri: '" + repo + "'\ncli:\n  graph: local\n");

    String out = cli.ok("query", "lint", "--query", "queries.gq", "--config", config.toString(),
        "--json");

    assertThat(out).contains("\"kind\": \"repo\",\n    \"uri\": \"" + repo + "\"")
        .contains("\"query_path\": \"" + dir.resolve("conf/queries.gq") + "\"");
  }

  @Test
  void anHttpTargetNeedsASchemaFile() {
    Cli cli = new Cli(dir);
    Path query = cli.write("queries.gq", LIST_PEOPLE);

    assertThat(cli.fails("query", "lint", "--query", query.toString(), "http://127.0.0.1:8080"))
        .isEqualTo("error: query lint is only supported against local repo URIs in this"
            + " milestone\n");
  }

  @Test
  void withoutSchemaOrTargetItFails() {
    Cli cli = new Cli(dir);
    Path query = cli.write("queries.gq", LIST_PEOPLE);

    assertThat(cli.fails("query", "lint", "--query", query.toString()))
        .isEqualTo("error: query lint requires --schema <schema.pg> or a resolvable repo"
            + " target\n");
  }

  @Test
  void humanOutputReportsWarnings() {
    Cli cli = new Cli(dir);
    cli.write("schema.pg", POLICY_SCHEMA);
    cli.write("queries.gq", UPDATE_POLICY);

    assertThat(cli.ok("query", "lint", "--query", "queries.gq", "--schema", "schema.pg"))
        .isEqualTo("""
            OK    query `update_policy` (mutation)
            WARN  Policy.effectiveTo exists in schema but no update query sets it
            INFO  Lint complete: 1 queries processed (0 error(s), 1 warning(s), 0 info item(s))
            """);
  }

  @Test
  void errorsPrintTheReportAndExitOne() {
    Cli cli = new Cli(dir);
    cli.write("schema.pg", "node Policy {\n    slug: String @key\n    name: String?\n}\n");
    cli.write("queries.gq", """
        query bad_update($slug: String) {
            update Policy set { priority_level: "high" } where slug = $slug
        }
        """);

    Cli.Result r = cli.run("query", "lint", "--query", "queries.gq", "--schema", "schema.pg");

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("ERROR query `bad_update`: type error: ")
        .contains("Policy")
        .endsWith("INFO  Lint complete: 1 queries processed (1 error(s), 0 warning(s),"
            + " 0 info item(s))\n");
  }

  @Test
  void schemaAndFileErrorsStopBeforeLinting() {
    Cli cli = new Cli(dir);
    cli.write("bad.pg", "node { }\n");
    cli.write("queries.gq", LIST_PEOPLE);

    assertThat(cli.fails("query", "lint", "--query", "queries.gq", "--schema", "bad.pg"))
        .startsWith("error: parse error:  --> 1:6\n");
    assertThat(cli.fails("query", "lint", "--query", "queries.gq", "--schema", "nope.pg"))
        .isEqualTo("error: " + dir.resolve("nope.pg") + ": No such file or directory\n");
    assertThat(cli.fails("query", "lint", "--query", "nope.gq", "--schema", "bad.pg"))
        .isEqualTo("error: query file 'nope.gq' not found\n");
  }

  @Test
  @DisplayName("L§5.1: with --schema a repeated type is `duplicate node type` / `duplicate edge type`")
  void duplicateTypesInASchemaFile() {
    Cli cli = new Cli(dir);
    cli.write("queries.gq", LIST_PEOPLE);
    cli.write("nodes.pg", "node Person {\n    name: String\n}\nnode Person {\n    age: I32?\n}\n");
    cli.write("edges.pg", "node Person {\n    name: String\n}\n"
        + "edge Knows: Person -> Person\nedge Knows: Person -> Person\n");

    assertThat(cli.fails("query", "lint", "--query", "queries.gq", "--schema", "nodes.pg"))
        .isEqualTo("error: catalog error: duplicate node type: Person\n");
    assertThat(cli.fails("query", "lint", "--query", "queries.gq", "--schema", "edges.pg"))
        .isEqualTo("error: catalog error: duplicate edge type: Knows\n");
  }

  @Test
  @DisplayName("DECISIONS 19: with --schema a property declared twice is still a schema error")
  void duplicatePropertyInASchemaFile() {
    Cli cli = new Cli(dir);
    cli.write("queries.gq", LIST_PEOPLE);
    cli.write("schema.pg", "node Person {\n    name: String\n    name: String\n}\n");

    assertThat(cli.fails("query", "lint", "--query", "queries.gq", "--schema", "schema.pg"))
        .matches("error: catalog error: property id collision on Person: 'name' and 'name' both"
            + " hash to \\d+ \\(at 3:5\\)\n");
  }
}
