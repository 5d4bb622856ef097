package dev.omnigraph;

import dev.omnigraph.testing.Fixtures;
import java.io.StringReader;
import java.nio.file.Path;

/** Graphs for read tests: a repository initialised with a schema and loaded with JSONL. */
final class ReadFixtures {
  /** Person A, B, C, D and Knows A→B, B→C, C→D (expected.md setup CH). */
  static final String CHAIN_PG = "node Person { name: String @key }\nedge Knows: Person -> Person\n";
  static final String CHAIN_JSONL = """
      {"type":"Person","data":{"name":"A"}}
      {"type":"Person","data":{"name":"B"}}
      {"type":"Person","data":{"name":"C"}}
      {"type":"Person","data":{"name":"D"}}
      {"edge":"Knows","from":"A","to":"B"}
      {"edge":"Knows","from":"B","to":"C"}
      {"edge":"Knows","from":"C","to":"D"}
      """;

  private ReadFixtures() {}

  /** Setup T: test.pg, test.jsonl loaded in overwrite mode on main. */
  static Omnigraph testGraph(Path dir, OmnigraphOptions options) {
    return graph(dir, Fixtures.text("test.pg"), Fixtures.text("test.jsonl"), options);
  }

  /** A repository at {@code dir} with the schema and (when not null) the data loaded. */
  static Omnigraph graph(Path dir, String schema, String jsonl, OmnigraphOptions options) {
    Omnigraph g = Omnigraph.init(dir.toString(), schema, options);
    if (jsonl != null) {
      g.load("main", new StringReader(jsonl), LoadMode.OVERWRITE, null);
    }
    return g;
  }
}
