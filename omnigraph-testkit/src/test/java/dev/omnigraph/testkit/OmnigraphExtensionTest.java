package dev.omnigraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.QueryResult;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.Snapshot;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(OmnigraphExtension.class)
class OmnigraphExtensionTest {

  @Test
  void aGraphFromASchemaResourceWithData(
      @TempGraph(schema = "test.pg", data = "test.jsonl") Omnigraph graph) {
    Snapshot s = graph.snapshot("main");
    assertThat(s.table("node:Person").orElseThrow().rowCount()).isEqualTo(4);
    QueryResult r = graph.read(ReadTarget.branch("main"),
        "query q($n: String) { match { $p: Person { name: $n } } return { $p.age } }", "q",
        Map.of("n", "Alice"));
    assertThat(r.toJsonRows()).isEqualTo("[{\"p.age\":30}]");
  }

  @Test
  void twoGraphsInOneTestAreIndependent(
      @TempGraph(schemaText = "node Tag { name: String @key }") Omnigraph a,
      @TempGraph(schemaText = "node Tag { name: String @key }") Omnigraph b) {
    assertThat(a.uri()).isNotEqualTo(b.uri());
    assertThat(a.snapshot("main").tables()).hasSize(1);
  }
}
