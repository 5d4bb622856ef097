package dev.omnigraph.bench;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.Snapshot;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.table.TableSchemas;
import dev.omnigraph.testing.ArrowRows;
import dev.omnigraph.testing.Fixtures;
import dev.omnigraph.write.GraphWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code Omnigraph.open} on an existing repository and {@code snapshot("main")} of the head, warm.
 * Run: {@code mvn -q -B -pl omnigraph-core test-compile exec:exec -Dbench=SnapshotBench}.
 * Target (issue 4): snapshot of the head ≤ 5 ms warm.
 */
public final class SnapshotBench {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("snapshot-bench");
    String uri = dir.resolve("g.omni").toString();
    try (Repository r = Repository.init(uri, Fixtures.text("test.pg"), OmnigraphOptions.defaults())) {
      var schema = TableSchemas.node(r.schema().catalog().node("Person"));
      for (int i = 0; i < 50; i++) { // some history: 50 commits
        try (GraphWrite w = GraphWrite.begin(r, "main", null, "load")) {
          w.table("node:Person").stage(ArrowRows.of(r.store().allocator(), schema,
              List.of(Map.of("id", "p" + i, "name", "p" + i))));
          w.commit();
        }
      }
    }
    for (int run = 1; run <= 5; run++) {
      Stats open = new Stats(50);
      for (int i = 0; i < 50; i++) {
        long t0 = System.nanoTime();
        Omnigraph g = Omnigraph.open(uri);
        open.add(System.nanoTime() - t0);
        g.close();
      }
      try (Omnigraph g = Omnigraph.open(uri)) {
        for (int i = 0; i < 2_000; i++) {
          g.snapshot("main"); // warm-up
        }
        Stats snap = new Stats(10_000);
        Snapshot last = null;
        for (int i = 0; i < 10_000; i++) {
          long t0 = System.nanoTime();
          last = g.snapshot("main");
          snap.add(System.nanoTime() - t0);
        }
        System.out.printf("run %d: open %s%n       snapshot %s (manifest v%d)%n", run,
            open.summary(), snap.summary(), last.manifestVersion());
      }
    }
  }
}
