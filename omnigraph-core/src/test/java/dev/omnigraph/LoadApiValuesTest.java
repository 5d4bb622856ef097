package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public value types of loading and export. */
class LoadApiValuesTest {
  @Test
  void loadModesHaveWireNames() {
    assertThat(LoadMode.OVERWRITE.wireName()).isEqualTo("overwrite");
    assertThat(LoadMode.fromWireName("merge")).isEqualTo(LoadMode.MERGE);
    assertThatThrownBy(() -> LoadMode.fromWireName("upsert")).isInstanceOf(BadRequestException.class)
        .hasMessage("unknown load mode 'upsert' (expected overwrite, append or merge)");
  }

  @Test
  void recordsKeepExplicitNullsAndAreImmutable() {
    Map<String, Object> data = new HashMap<>();
    data.put("name", "Bob");
    data.put("age", null);
    LoadRecord r = LoadRecord.node("Person", data);
    data.put("name", "changed");
    assertThat(r.data()).containsEntry("name", "Bob").containsEntry("age", null);
    assertThatThrownBy(() -> r.data().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    Map<String, Object> fixed = Map.of("since", "2024-02-29");
    LoadRecord.Edge e = (LoadRecord.Edge) LoadRecord.edge("Knows", "a", "b", fixed);
    assertThat(e.data()).isSameAs(fixed);
    assertThat(LoadRecord.edge("Knows", "a", "b", null).data()).isEmpty();
  }

  @Test
  void resultTotalsAndTablesByKey() {
    LoadResult r = new LoadResult(LoadMode.MERGE, Map.of("Person", 4L, "Company", 2L),
        Map.of("Knows", 3L), Map.of("node:Person", 3L), Map.of("node:Person", 1L), "01J", Duration.ZERO);
    assertThat(r.totalNodes()).isEqualTo(6);
    assertThat(r.totalEdges()).isEqualTo(3);
    assertThat(r.rowsPerTable()).extracting(Map.Entry::getKey)
        .containsExactly("edge:Knows", "node:Company", "node:Person");
    assertThat(r.nodesLoaded().keySet()).containsExactly("Company", "Person");
  }

  @Test
  void loadExceptionCarriesAtMostTwentyErrors() {
    List<LoadError> errors = java.util.stream.IntStream.range(0, 25)
        .mapToObj(i -> new LoadError(i + 1, "P", null, "line " + (i + 1) + ": bad")).toList();
    LoadException e = new LoadException(errors);
    assertThat(e).hasMessage("line 1: bad").isInstanceOf(BadRequestException.class);
    assertThat(e.errors()).hasSize(20);
  }

  @Test
  void exportSelections() {
    assertThat(ExportSelection.all().isAll()).isTrue();
    assertThat(ExportSelection.types("Person").typeNames()).containsExactly("Person");
    assertThat(ExportSelection.tables("edge:Knows").isAll()).isFalse();
  }
}
