package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code read} executing queries on a real repository (cli.md §3.7): every output format of §4
 * on real rows, the configured defaults, aliases, and time travel with {@code --snapshot}.
 */
class ReadExecutionTest {
  @TempDir
  static Path dir;
  static Cli cli;
  /** The commit that loaded test.jsonl (before Eve and the odd company were merged). */
  static String loaded;

  static final String[] ALICE = {"read", "./demo.omni", "--query", "test.gq", "--name",
      "get_person", "--params", "{\"name\":\"Alice\"}"};
  static final String[] NOBODY = {"read", "./demo.omni", "--query", "test.gq", "--name",
      "get_person", "--params", "{\"name\":\"Nobody\"}"};

  @BeforeAll
  static void repository() {
    cli = new Cli(dir).copyFixtures("test.pg", "test.jsonl", "test.gq");
    cli.ok("init", "--schema", "test.pg", "./demo.omni");
    cli.ok("load", "--data", "test.jsonl", "./demo.omni");
    try (Omnigraph g = Omnigraph.open(dir.resolve("demo.omni").toString())) {
      loaded = g.commits("main").get(1).graphCommitId();
    }
    cli.write("more.jsonl", """
        {"type": "Person", "data": {"name": "Eve", "age": 29}}
        {"type": "Company", "data": {"name": "Smith, \\"Jo\\"\\nLtd"}}
        """);
    cli.ok("load", "--data", "more.jsonl", "--mode", "merge", "./demo.omni");
    cli.write("companies.gq", """
        query companies() {
            match { $c: Company }
            return { $c.name }
            order { $c.name asc }
        }
        """);
    // omnigraph.yaml of init: graph `local` is ./demo.omni and the default.
  }

  static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @Test
  void tableIsTheDefault() {
    assertThat(cli.ok(ALICE)).isEqualTo("""
        1 rows from branch main via get_person
        p.name | p.age
        -------+------
        Alice  | 30   \n""");
    assertThat(cli.ok(with(ALICE, "--format", "table"))).isEqualTo(cli.ok(ALICE));
  }

  @Test
  void kv() {
    assertThat(cli.ok(with(ALICE, "--format", "kv"))).isEqualTo("""
        1 rows from branch main via get_person
        row 1
        p.name: Alice
        p.age: 30
        """);
    assertThat(cli.ok("read", "--query", "test.gq", "--name", "top_by_age", "--format", "kv"))
        .isEqualTo("""
        2 rows from branch main via top_by_age
        row 1
        p.name: Charlie
        p.age: 35

        row 2
        p.name: Alice
        p.age: 30
        """);
  }

  @Test
  void csv() {
    // cli.md §8
    assertThat(cli.ok(with(ALICE, "--format", "csv"))).isEqualTo("p.name,p.age\nAlice,30\n");
    assertThat(cli.ok("read", "--query", "companies.gq", "--format", "csv")).isEqualTo("""
        c.name
        Acme
        Globex
        "Smith, ""Jo""
        Ltd"
        """);
  }

  @Test
  void jsonl() {
    assertThat(cli.ok(with(ALICE, "--format", "jsonl"))).isEqualTo("""
        {"kind":"metadata","query_name":"get_person","target":{"branch":"main","snapshot":null},"row_count":1}
        {"p.name":"Alice","p.age":30}
        """);
  }

  @Test
  void json() {
    String expected = """
        {
          "query_name": "get_person",
          "target": {
            "branch": "main",
            "snapshot": null
          },
          "row_count": 1,
          "columns": [
            "p.name",
            "p.age"
          ],
          "rows": [
            {
              "p.name": "Alice",
              "p.age": 30
            }
          ]
        }
        """;
    assertThat(cli.ok(with(ALICE, "--format", "json"))).isEqualTo(expected);
    assertThat(cli.ok(with(ALICE, "--json"))).isEqualTo(expected);
  }

  @Test
  void numbersAreTheEnginesText() {
    String out = cli.ok("read", "--query", "test.gq", "--name", "age_stats", "--format", "csv");

    assertThat(out.lines().toList()).containsExactlyInAnyOrder(
        "c.name,total_age,avg_age,youngest,oldest,headcount",
        "Acme,30.0,30.0,30,30,1",
        "Globex,25.0,25.0,25,25,1");
    assertThat(out).startsWith("c.name,");
    assertThat(cli.ok("read", "--query", "test.gq", "--name", "age_stats", "--format", "jsonl"))
        .contains("{\"c.name\":\"Acme\",\"total_age\":30.0,\"avg_age\":30.0,\"youngest\":30,"
            + "\"oldest\":30,\"headcount\":1}\n");
  }

  @Test
  void tableCellsAreMadeSingleLineAndCut() {
    assertThat(cli.ok("read", "--query", "companies.gq")).isEqualTo("""
        3 rows from branch main via companies
        c.name          \n\
        ----------------
        Acme            \n\
        Globex          \n\
        Smith, "Jo"\\nLtd
        """);
    Cli narrow = new Cli(dir.resolve("narrow"));
    narrow.write("omnigraph.yaml", """
        graphs:
          local:
            uri: ../demo.omni
        cli:
          graph: local
          table_max_column_width: 8
        query:
          roots: [..]
        """);
    assertThat(narrow.ok("read", "--query", "companies.gq")).isEqualTo("""
        3 rows from branch main via companies
        c.name  \n\
        --------
        Acme    \n\
        Globex  \n\
        Smith, …
        """);
  }

  @Test
  void zeroRowsInEveryFormat() {
    assertThat(cli.ok(NOBODY)).isEqualTo("""
        0 rows from branch main via get_person
        p.name | p.age
        -------+------
        """);
    assertThat(cli.ok(with(NOBODY, "--format", "kv")))
        .isEqualTo("0 rows from branch main via get_person\n(no rows)\n");
    assertThat(cli.ok(with(NOBODY, "--format", "csv"))).isEqualTo("p.name,p.age\n");
    assertThat(cli.ok(with(NOBODY, "--format", "jsonl"))).isEqualTo("{\"kind\":\"metadata\","
        + "\"query_name\":\"get_person\",\"target\":{\"branch\":\"main\",\"snapshot\":null},"
        + "\"row_count\":0}\n");
    assertThat(cli.ok(with(NOBODY, "--json"))).endsWith("""
          "row_count": 0,
          "columns": [
            "p.name",
            "p.age"
          ],
          "rows": []
        }
        """);
  }

  @Test
  void snapshotReadsTheGraphAsACommitLeftIt() {
    String[] total = {"read", "--query", "test.gq", "--name", "total_people"};

    assertThat(cli.ok(total)).isEqualTo("""
        1 rows from branch main via total_people
        total
        -----
        5    \n""");
    assertThat(cli.ok(with(total, "--snapshot", loaded))).isEqualTo("""
        1 rows from snapshot %s via total_people
        total
        -----
        4    \n""".formatted(loaded));
    assertThat(cli.ok(with(total, "--commit", loaded, "--format", "jsonl"))).isEqualTo("""
        {"kind":"metadata","query_name":"total_people","target":{"branch":null,"snapshot":"%s"},"row_count":1}
        {"total":4}
        """.formatted(loaded));
    assertThat(cli.ok(with(total, "--snapshot", loaded, "--json"))).contains("""
          "target": {
            "branch": null,
            "snapshot": "%s"
          },
        """.formatted(loaded));
  }

  @Test
  void anAliasWithFormatKv() {
    // cli.md §8 "Config, aliases, policy"
    Cli aliased = new Cli(dir.resolve("aliased"));
    aliased.write("omnigraph.yaml", """
        graphs:
          local:
            uri: '../demo.omni'
        cli:
          graph: local
          branch: main
        query:
          roots:
            - .
        policy: {}
        aliases:
          owner:
            command: read
            query: aliases.gq
            name: get_person
            args: [name]
            format: kv
        """);
    aliased.write("aliases.gq", """
        query get_person($name: String) {
            match { $p: Person { name: $name } }
            return { $p.name, $p.age }
        }
        """);

    assertThat(aliased.ok("read", "--alias", "owner", "Alice")).isEqualTo("""
        1 rows from branch main via get_person
        row 1
        p.name: Alice
        p.age: 30
        """);
    assertThat(aliased.ok("read", "--alias", "owner", "Eve", "--format", "csv"))
        .isEqualTo("p.name,p.age\nEve,29\n");
    assertThat(aliased.ok("read", "--alias", "owner", "Alice", "--params", "{\"name\":\"Bob\"}",
        "--format", "csv")).isEqualTo("p.name,p.age\nBob,25\n");
  }

  @Test
  void theConfiguredOutputFormatIsTheDefault() {
    Cli configured = new Cli(dir.resolve("configured"));
    configured.write("omnigraph.yaml", """
        graphs:
          local:
            uri: ../demo.omni
        cli:
          graph: local
          output_format: csv
        """);
    configured.write("test.gq", "query q() { match { $p: Person } return { $p.name }"
        + " order { $p.name asc } limit 2 }\n");

    assertThat(configured.ok("read", "--query", "test.gq")).isEqualTo("p.name\nAlice\nBob\n");
    assertThat(configured.ok("read", "--query", "test.gq", "--format", "kv"))
        .startsWith("2 rows from branch main via q\nrow 1\n");
  }

  @Test
  void readsAnotherBranch() {
    try (Omnigraph g = Omnigraph.open(dir.resolve("demo.omni").toString())) {
      if (!g.branches().contains("old")) {
        g.createBranch("old", "main");
      }
    }
    List<String> out = cli.ok("read", "--query", "test.gq", "--name", "adults", "--branch", "old",
        "--format", "kv").lines().toList();

    assertThat(out).containsExactly("1 rows from branch old via adults", "row 1",
        "p.name: Charlie", "p.age: 35");
  }
}
