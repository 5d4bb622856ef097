package dev.omnigraph.bench;

import dev.omnigraph.ExportSelection;
import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.LoadResult;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.json.JsonStrings;
import dev.omnigraph.storage.ChainWriter;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.storage.RepoLocation;
import dev.omnigraph.table.BatchesReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Bulk load and export throughput on a seeded graph: 100,000 {@code Person} nodes (key, name, age,
 * one of 50 cities, a bio) and 500,000 {@code Knows} edges. Run when the machine is quiet:
 * {@code mvn -q -B -o -pl omnigraph-core test-compile exec:exec -Dbench=LoadBench}.
 *
 * <p>Measures, after one warm-up, the median of 5 runs of: a load of in-memory records through the
 * Java API (overwrite into a fresh repository), a JSONL file load end to end, the heap used by a
 * load, an export of the whole graph, and what the BTREE index builds at commit cost on their own.
 * Targets (2 cores): in-memory ≥ 500,000 entities/s, JSONL ≥ 200,000 entities/s, heap ≤ 1 GiB,
 * export ≥ 300,000 entities/s.
 */
public final class LoadBench {
  static final int PERSONS = 100_000;
  static final int EDGES = 500_000;
  static final int RUNS = 5;
  static final String SCHEMA = "node Person { handle: String @key  name: String  age: I32?"
      + "  city: String  bio: String? }  edge Knows: Person -> Person";
  static final String[] CITIES = new String[50];

  static {
    for (int i = 0; i < CITIES.length; i++) {
      CITIES[i] = "City-" + i;
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("load-bench");
    Path jsonl = dir.resolve("graph.jsonl");
    writeJsonl(jsonl);
    System.out.printf("input: %,d nodes + %,d edges = %,d entities, JSONL %,d MB%n", PERSONS, EDGES,
        PERSONS + EDGES, Files.size(jsonl) >> 20);
    int total = PERSONS + EDGES;

    long[] memory = new long[RUNS];
    long[] file = new long[RUNS];
    long[] export = new long[RUNS];
    long[] heap = new long[RUNS];
    for (int run = -1; run < RUNS; run++) { // run -1: warm-up
      Path repo = dir.resolve("mem-" + run);
      try (Omnigraph g = Omnigraph.init(repo.toString(), SCHEMA)) {
        resetPeaks();
        long t0 = System.nanoTime();
        LoadResult r = g.load("main", records(), LoadMode.OVERWRITE, null);
        long t = System.nanoTime() - t0;
        check(r);
        if (run >= 0) {
          memory[run] = t;
          heap[run] = peakHeapUsed();
        }
        CountingStream out = new CountingStream();
        t0 = System.nanoTime();
        g.export(ReadTarget.branch("main"), ExportSelection.all(), out);
        if (run >= 0) {
          export[run] = System.nanoTime() - t0;
        }
        if (out.lines != total) {
          throw new IllegalStateException("exported " + out.lines + " lines");
        }
      }
      Path repo2 = dir.resolve("file-" + run);
      try (Omnigraph g = Omnigraph.init(repo2.toString(), SCHEMA)) {
        long t0 = System.nanoTime();
        LoadResult r = g.load("main", jsonl, LoadMode.OVERWRITE);
        long t = System.nanoTime() - t0;
        check(r);
        if (run >= 0) {
          file[run] = t;
        }
      }
      deleteTree(repo);
      deleteTree(repo2);
      System.out.printf("run %d done%n", run);
    }
    report("load, in-memory records", memory, total);
    report("load, JSONL file       ", file, total);
    report("export, whole graph    ", export, total);
    System.out.printf("peak heap used during an in-memory load (incl. garbage): median %,d MiB"
        + " (max heap %,d MiB)%n", median(heap) >> 20, Runtime.getRuntime().maxMemory() >> 20);
    indexBuilds(dir);
    deleteTree(dir);
  }

  /** The seeded records, generated on demand (never all in memory). */
  static Iterable<LoadRecord> records() {
    return () -> Stream.concat(
        java.util.stream.IntStream.range(0, PERSONS).mapToObj(LoadBench::person),
        edgeStream()).iterator();
  }

  static LoadRecord person(int i) {
    return LoadRecord.node("Person", Map.of("handle", "p" + i, "name", "Person " + i,
        "age", 18 + i % 60, "city", CITIES[i % CITIES.length],
        "bio", "Person " + i + " likes graphs, columnar storage and long walks."));
  }

  static Stream<LoadRecord> edgeStream() {
    SplittableRandom rnd = new SplittableRandom(42);
    return java.util.stream.IntStream.range(0, EDGES).mapToObj(i -> LoadRecord.edge("Knows",
        "p" + rnd.nextInt(PERSONS), "p" + rnd.nextInt(PERSONS), Map.of()));
  }

  static void writeJsonl(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < PERSONS; i++) {
        LoadRecord.Node n = (LoadRecord.Node) person(i);
        Map<String, Object> d = n.data();
        w.write("{\"type\":\"Person\",\"data\":{\"handle\":" + JsonStrings.quote((String) d.get("handle"))
            + ",\"name\":" + JsonStrings.quote((String) d.get("name")) + ",\"age\":" + d.get("age")
            + ",\"city\":" + JsonStrings.quote((String) d.get("city")) + ",\"bio\":"
            + JsonStrings.quote((String) d.get("bio")) + "}}\n");
      }
      for (LoadRecord r : (Iterable<LoadRecord>) edgeStream()::iterator) {
        LoadRecord.Edge e = (LoadRecord.Edge) r;
        w.write("{\"edge\":\"Knows\",\"from\":\"" + e.from() + "\",\"to\":\"" + e.to() + "\"}\n");
      }
    }
  }

  /** BTREE builds on their own: id on 100k node ids; id, src, dst on 500k edges. */
  static void indexBuilds(Path dir) throws IOException {
    Schema nodes = new Schema(List.of(Field.notNullable("id", ArrowType.Utf8.INSTANCE)));
    Schema edges = new Schema(List.of(Field.notNullable("id", ArrowType.Utf8.INSTANCE),
        Field.notNullable("src", ArrowType.Utf8.INSTANCE), Field.notNullable("dst", ArrowType.Utf8.INSTANCE)));
    long[] node = new long[RUNS];
    long[] edge = new long[RUNS];
    for (int run = 0; run < RUNS; run++) {
      try (LanceStore store = new LanceStore(RepoLocation.parse(dir.resolve("idx-" + run).toString()))) {
        node[run] = timeIndexes(store, "n", nodes, PERSONS, List.of("id"));
        edge[run] = timeIndexes(store, "e", edges, EDGES, List.of("id", "src", "dst"));
      }
      deleteTree(dir.resolve("idx-" + run));
    }
    System.out.printf("BTREE builds at commit: node id (100k) median %d ms; edge id+src+dst (500k)"
        + " median %d ms%n", median(node) / 1_000_000, median(edge) / 1_000_000);
  }

  static long timeIndexes(LanceStore store, String path, Schema schema, int rows, List<String> cols) {
    store.createEmpty(path, schema);
    try (ChainWriter w = store.chain(path, null, 1)) {
      SplittableRandom rnd = new SplittableRandom(7);
      List<VectorSchemaRoot> batches = new ArrayList<>();
      for (int start = 0; start < rows; start += 8192) {
        VectorSchemaRoot root = VectorSchemaRoot.create(schema, store.allocator());
        int n = Math.min(8192, rows - start);
        for (int c = 0; c < cols.size(); c++) {
          VarCharVector v = (VarCharVector) root.getVector(c);
          v.allocateNew(n);
          for (int i = 0; i < n; i++) {
            String s = c == 0 ? "01J" + (start + i) : "p" + rnd.nextInt(PERSONS);
            v.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
          }
        }
        root.setRowCount(n);
        batches.add(root);
      }
      w.stage(new BatchesReader(store.allocator(), schema, batches));
      w.commitStaged(false);
      long t0 = System.nanoTime();
      for (String c : cols) {
        w.ensureBtreeIndex(c);
      }
      return System.nanoTime() - t0;
    }
  }

  static void check(LoadResult r) {
    if (r.totalNodes() != PERSONS || r.totalEdges() != EDGES) {
      throw new IllegalStateException("unexpected result " + r);
    }
  }

  static void report(String what, long[] nanos, int entities) {
    long med = median(nanos);
    System.out.printf("%s: median %,d ms = %,.0f entities/s (runs: %s ms)%n", what, med / 1_000_000,
        entities / (med / 1e9), Arrays.toString(Arrays.stream(nanos).map(n -> n / 1_000_000).toArray()));
  }

  static long median(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakHeapUsed() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }

  /** Discards the export, counting lines. */
  static final class CountingStream extends OutputStream {
    long lines;

    @Override
    public void write(int b) {
      if (b == '\n') {
        lines++;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
    }
  }

  private LoadBench() {}
}
