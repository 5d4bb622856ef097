package dev.omnigraph.query.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.QueryFile;
import dev.omnigraph.QueryLintReport;
import dev.omnigraph.QueryLintReport.SchemaSource;
import dev.omnigraph.query.support.TestSchemas;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** expected.md §B.3 and languages.md §5: lint reports, JSON and human renderings. */
class QueryLinterTest {
  private static final SchemaSource SCHEMA = SchemaSource.file("/tmp/schema.pg");
  private static final String SLUG_PG = "node Person { slug: String @key  name: String? }";
  private static final String LIST_PEOPLE =
      "query list_people() { match { $p: Person } return { $p.name } }\n";

  private static QueryLintReport lint(String schema, String queries) {
    return QueryFile.lint(TestSchemas.catalog(schema), queries, "/tmp/queries.gq", SCHEMA);
  }

  @Test
  @DisplayName("B80 a parse failure is one Q000 finding")
  void b80() {
    QueryLintReport report = lint("node Person { name: String }", "query broken(");
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.json()).isEqualTo("""
        {
          "status": "error",
          "schema_source": {
            "kind": "file",
            "path": "/tmp/schema.pg"
          },
          "query_path": "/tmp/queries.gq",
          "queries_processed": 0,
          "errors": 1,
          "warnings": 0,
          "infos": 0,
          "results": [],
          "findings": [
            {
              "severity": "error",
              "code": "Q000",
              "message": "parse error:  --> 1:14\\n  |\\n1 | query broken(\\n  |              ^---\\n  |\\n  = expected variable"
            }
          ]
        }
        """);
    assertThat(report.human()).isEqualTo("""
        ERROR parse error:  --> 1:14
          |
        1 | query broken(
          |              ^---
          |
          = expected variable
        INFO  Lint complete: 0 queries processed (1 error(s), 0 warning(s), 0 info item(s))
        """);
  }

  @Test
  @DisplayName("B81 valid and invalid queries keep per-query results")
  void b81() {
    QueryLintReport report = lint(SLUG_PG, LIST_PEOPLE + "query bad_update($slug: String) {"
        + " update Person set { missing: \"nope\" } where slug = $slug }");
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.json()).isEqualTo("""
        {
          "status": "error",
          "schema_source": {
            "kind": "file",
            "path": "/tmp/schema.pg"
          },
          "query_path": "/tmp/queries.gq",
          "queries_processed": 2,
          "errors": 1,
          "warnings": 0,
          "infos": 0,
          "results": [
            {
              "name": "list_people",
              "kind": "read",
              "status": "ok"
            },
            {
              "name": "bad_update",
              "kind": "mutation",
              "status": "error",
              "error": "type error: T11: type `Person` has no property `missing`"
            }
          ],
          "findings": []
        }
        """);
    assertThat(report.human()).isEqualTo("""
        OK    query `list_people` (read)
        ERROR query `bad_update`: type error: T11: type `Person` has no property `missing`
        INFO  Lint complete: 2 queries processed (1 error(s), 0 warning(s), 0 info item(s))
        """);
  }

  @Test
  @DisplayName("B82 the hard-coded mutation warning only fires for mutations")
  void b82() {
    QueryLintReport report = lint(SLUG_PG,
        LIST_PEOPLE + "query insert_person() { insert Person { slug: \"p1\", name: \"P1\" } }");
    assertThat(report.exitCode()).isZero();
    assertThat(report.json()).isEqualTo("""
        {
          "status": "ok",
          "schema_source": {
            "kind": "file",
            "path": "/tmp/schema.pg"
          },
          "query_path": "/tmp/queries.gq",
          "queries_processed": 2,
          "errors": 0,
          "warnings": 1,
          "infos": 0,
          "results": [
            {
              "name": "list_people",
              "kind": "read",
              "status": "ok"
            },
            {
              "name": "insert_person",
              "kind": "mutation",
              "status": "ok",
              "warnings": [
                "mutation declares no params; hardcoded mutations are easy to miss"
              ]
            }
          ],
          "findings": []
        }
        """);
    assertThat(report.human()).isEqualTo("""
        OK    query `list_people` (read)
        OK    query `insert_person` (mutation)
        WARN  query `insert_person`: mutation declares no params; hardcoded mutations are easy to miss
        INFO  Lint complete: 2 queries processed (0 error(s), 1 warning(s), 0 info item(s))
        """);
  }

  @Test
  @DisplayName("B83 L201: a nullable property no update sets")
  void b83() {
    QueryLintReport report = lint("node Policy { slug: String @key  name: String?  effectiveTo: DateTime? }",
        "query update_policy($slug: String, $name: String) { update Policy set { name: $name }"
            + " where slug = $slug }");
    assertThat(report.json()).isEqualTo("""
        {
          "status": "ok",
          "schema_source": {
            "kind": "file",
            "path": "/tmp/schema.pg"
          },
          "query_path": "/tmp/queries.gq",
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
        """);
    assertThat(report.human()).endsWith("""
        WARN  Policy.effectiveTo exists in schema but no update query sets it
        INFO  Lint complete: 1 queries processed (0 error(s), 1 warning(s), 0 info item(s))
        """);
  }

  @Test
  @DisplayName("B84 L201 needs an update of the type")
  void b84() {
    QueryLintReport report = lint("node Policy { slug: String @key  effectiveTo: DateTime? }",
        "query insert_policy($slug: String) { insert Policy { slug: $slug } }");
    assertThat(report.findings()).isEmpty();
    assertThat(report.warnings()).isZero();
  }

  @Test
  @DisplayName("B85 fixtures/test.gq lints clean against fixtures/test.pg")
  void b85() {
    QueryLintReport report = QueryFile.lint(TestSchemas.fixtureCatalog("test.pg"),
        TestSchemas.fixture("test.gq"), "test.gq", SchemaSource.repo("/tmp/repo"));
    assertThat(report.status()).isEqualTo(QueryLintReport.Status.OK);
    assertThat(report.queriesProcessed()).isEqualTo(11);
    assertThat(report.errors()).isZero();
    assertThat(report.warnings()).isZero();
    assertThat(report.results()).hasSize(11).allSatisfy(r -> {
      assertThat(r.kind()).isEqualTo(QueryLintReport.Kind.READ);
      assertThat(r.status()).isEqualTo(QueryLintReport.Status.OK);
    });
    assertThat(report.json()).contains("""
          "schema_source": {
            "kind": "repo",
            "uri": "/tmp/repo"
          },
        """);
  }

  @Test
  @DisplayName("L201 skips keys, @embed targets, non-nullable and assigned properties; findings sort")
  void l201Details() {
    QueryLintReport report = lint("""
        node B { slug: String @key  text: String?  vec: Vector(2)? @embed(text)  req: String  z: I32?  a: I32? }
        node A { id2: String @key  x: String? }
        """, """
        query u1($s: String) { update B set { z: 1 } where slug = $s }
        query u0($s: String) { update B set { text: $s } where slug = $s  update A set { x: $s } where id2 = $s }
        query bad($s: String) { update A set { nope: 1 } where id2 = $s }
        """);
    assertThat(report.findings()).extracting(QueryLintReport.Finding::message).containsExactly(
        "B.a exists in schema but no update query sets it");
    assertThat(report.findings().get(0).queryNames()).containsExactly("u0", "u1");
    assertThat(report.errors()).isEqualTo(1);
  }
}
