package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.storage.TableReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index upkeep of loads: a bulk load that fills a table from scratch (≥ 100,000 rows) publishes it
 * without building its BTREE indexes; the next ordinary write builds them. Small loads build them
 * at commit as every write does.
 */
class LoadIndexPolicyTest {
  @TempDir Path dir;

  private static List<String> indexes(Omnigraph g, String tableKey) {
    TableEntry e = g.repository().resolve(ReadTarget.branch("main")).entry(tableKey);
    try (TableReader r = TableReader.at(g.repository().store(), e.path(), e.lineage(), e.version())) {
      return r.indexNames();
    }
  }

  @Test
  void smallLoadsBuildIndexesAtCommit() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(),
        "node P { n: String @key }  edge E: P -> P")) {
      GraphRows.load(g, LoadMode.OVERWRITE, "{\"type\":\"P\",\"data\":{\"n\":\"a\"}}",
          "{\"edge\":\"E\",\"from\":\"a\",\"to\":\"a\"}");
      assertThat(indexes(g, "node:P")).containsExactly("id_idx");
      assertThat(indexes(g, "edge:E")).containsExactlyInAnyOrder("id_idx", "src_idx", "dst_idx");
    }
  }

  @Test
  void bulkLoadsFromScratchDeferThemToTheNextWrite() {
    try (Omnigraph g = Omnigraph.init(dir.resolve("g").toString(), "node P { n: String @key }")) {
      g.load("main", () -> IntStream.range(0, 100_000)
          .mapToObj(i -> LoadRecord.node("P", Map.of("n", "p" + i))).iterator(), LoadMode.OVERWRITE, null);
      assertThat(indexes(g, "node:P")).isEmpty();
      assertThat(g.snapshot("main").table("node:P").orElseThrow().rowCount()).isEqualTo(100_000);
      g.load("main", List.of(LoadRecord.node("P", Map.of("n", "late"))), LoadMode.APPEND, null);
      assertThat(indexes(g, "node:P")).containsExactly("id_idx");
    }
  }
}
