package dev.omnigraph.bench;

import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.PreparedRead;
import dev.omnigraph.QueryResult;
import dev.omnigraph.ReadTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Read benchmark on a seeded social graph: 100,000 Person nodes {pid (key), name, age, city (one
 * of 50), bio} and 500,000 random Knows edges, through the embedded API with prepared queries.
 * Warm figures are medians of 5 runs (each the median of many calls with seeded random keys);
 * cold figures are the first call of each query on a freshly opened handle (empty caches).
 *
 * <p>Run (machine quiet, see {@code uptime}):
 * {@code mvn -q -B -o -pl omnigraph-core test-compile exec:exec -Dbench=ReadBench}. The graph is
 * built once under {@code target/readbench} and reused by later runs.
 */
public final class ReadBench {
  static final int PERSONS = 100_000;
  static final int EDGES = 500_000;
  static final int CITIES = 50;
  static final int RUNS = 5;

  static final String SCHEMA = """
      node Person {
          pid: String @key
          name: String
          age: I32
          city: String
          bio: String
      }
      edge Knows: Person -> Person
      """;

  static final String QUERIES = """
      query point($k: String) {
          match { $p: Person { pid: $k } }
          return { $p.name, $p.age, $p.city }
      }
      query filter($lo: I32, $hi: I32, $city: String) {
          match {
              $p: Person
              $p.age >= $lo
              $p.age <= $hi
              $p.city = $city
          }
          return { $p.name, $p.age }
          order { $p.name asc }
          limit 20
      }
      query hop1($k: String) {
          match { $p: Person { pid: $k }  $p knows $f }
          return { $f.name }
      }
      query hop2($k: String) {
          match { $p: Person { pid: $k }  $p knows{2,2} $f }
          return { count($f) as n }
      }
      query hop3($k: String) {
          match { $p: Person { pid: $k }  $p knows{1,3} $f }
          return { count($f) as n }
      }
      query cities() {
          match { $p: Person }
          return { $p.city, count($p) as n }
          order { n desc }
          limit 10
      }
      """;

  /** One benchmarked query: its name, the peer figure to beat and a parameter generator. */
  record Line(String label, String query, String peer, double peerMicros,
      IntFunction<Map<String, Object>> params) {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target", "readbench");
    String uri = dir.resolve("graph-v1").toAbsolutePath().toString();
    if (!Files.exists(dir.resolve("graph-v1.done"))) {
      build(uri);
      Files.writeString(dir.resolve("graph-v1.done"), "ok");
    }
    Random rnd = new Random(7);
    List<Line> lines = List.of(
        new Line("point lookup by key", "point", "TinkerGraph", 115,
            i -> Map.of("k", pid(rnd.nextInt(PERSONS)))),
        new Line("filter + order + limit 20", "filter", "Neo4j", 2100, i -> {
          int lo = 20 + rnd.nextInt(40);
          return Map.of("lo", lo, "hi", lo + 10, "city", city(rnd.nextInt(CITIES)));
        }),
        new Line("1-hop names", "hop1", "TinkerGraph", 80,
            i -> Map.of("k", pid(rnd.nextInt(PERSONS)))),
        new Line("distinct 2-hop count", "hop2", "TinkerGraph", 210,
            i -> Map.of("k", pid(rnd.nextInt(PERSONS)))),
        new Line("<=3-hop count", "hop3", "Neo4j", 650,
            i -> Map.of("k", pid(rnd.nextInt(PERSONS)))),
        new Line("count per city top 10", "cities", "DuckDB", 2100, i -> Map.of()));

    String profile = System.getProperty("readbench.profile");
    if (profile != null) {
      profile(uri, lines.stream().filter(l -> l.query().equals(profile)).findFirst().orElseThrow());
      return;
    }
    System.out.println("cold (first call on a fresh handle):");
    for (Line l : lines) {
      try (Omnigraph g = Omnigraph.open(uri)) {
        PreparedRead q = g.prepare(QUERIES, l.query());
        long t0 = System.nanoTime();
        QueryResult r = q.run(ReadTarget.branch("main"), l.params().apply(0));
        System.out.printf("  %-28s %9.2f ms (%d rows)%n", l.label(),
            (System.nanoTime() - t0) / 1e6, r.rowCount());
      }
    }

    try (Omnigraph g = Omnigraph.open(uri, OmnigraphOptions.defaults())) {
      ReadTarget main = ReadTarget.branch("main");
      Map<String, double[]> medians = new LinkedHashMap<>();
      for (Line l : lines) { // warm up the JIT and the caches before any measured run
        PreparedRead q = g.prepare(QUERIES, l.query());
        for (int i = 0; i < (l.query().equals("cities") || l.query().equals("filter") ? 500 : 5000);
            i++) {
          q.run(main, l.params().apply(i));
        }
      }
      for (int run = 0; run < RUNS; run++) {
        for (Line l : lines) {
          PreparedRead q = g.prepare(QUERIES, l.query());
          int calls = l.query().equals("cities") || l.query().equals("filter") ? 300 : 3000;
          for (int i = 0; i < calls / 3; i++) {
            q.run(main, l.params().apply(i)); // warm-up
          }
          Stats s = new Stats(calls);
          for (int i = 0; i < calls; i++) {
            Map<String, Object> p = l.params().apply(i);
            long t0 = System.nanoTime();
            q.run(main, p);
            s.add(System.nanoTime() - t0);
          }
          medians.computeIfAbsent(l.label(), k -> new double[RUNS])[run] = s.percentileMicros(50);
        }
        Stats probe = new Stats(3000);
        for (int i = 0; i < 3000; i++) {
          long t0 = System.nanoTime();
          g.snapshot(main);
          probe.add(System.nanoTime() - t0);
        }
        medians.computeIfAbsent("(snapshot of the head)", k -> new double[RUNS])[run] =
            probe.percentileMicros(50);
        for (Line l : List.of(lines.get(0), lines.get(2))) {
          for (Map.Entry<String, Double> p : dev.omnigraph.ReadCostProbe.phases(g, QUERIES,
              l.query(), l.params(), 2000).entrySet()) {
            medians.computeIfAbsent("  " + l.query() + ": " + p.getKey(),
                k -> new double[RUNS])[run] = p.getValue();
          }
        }
      }
      try (Omnigraph uncached = Omnigraph.open(uri, OmnigraphOptions.defaults().withCacheBytes(0))) {
        for (Line l : lines.subList(0, 3)) {
          PreparedRead q = uncached.prepare(QUERIES, l.query());
          for (int run = 0; run < RUNS; run++) {
            int calls = l.query().equals("filter") ? 20 : 200;
            Stats s = new Stats(calls);
            for (int i = 0; i < calls; i++) {
              Map<String, Object> p = l.params().apply(i);
              long t0 = System.nanoTime();
              q.run(main, p);
              s.add(System.nanoTime() - t0);
            }
            medians.computeIfAbsent("no cache: " + l.label(), k -> new double[RUNS])[run] =
                s.percentileMicros(50);
          }
        }
      }
      System.out.println("warm (median of " + RUNS + " run medians):");
      for (Map.Entry<String, double[]> e : medians.entrySet()) {
        double[] m = e.getValue().clone();
        java.util.Arrays.sort(m);
        Line line = lines.stream().filter(l -> l.label().equals(e.getKey())).findFirst()
            .orElse(null);
        System.out.printf("  %-28s %9.1f µs   runs %s%s%n", e.getKey(), m[RUNS / 2],
            round(e.getValue()),
            line == null ? "" : String.format("   peer %s %.0f µs", line.peer(), line.peerMicros()));
      }
    }
  }

  /**
   * Runs one query for 20 s (for a profiler: {@code JDK_JAVA_OPTIONS="-Dreadbench.profile=point
   * -XX:StartFlightRecording=filename=/tmp/readbench.jfr"}).
   */
  private static void profile(String uri, Line line) {
    try (Omnigraph g = Omnigraph.open(uri)) {
      PreparedRead q = g.prepare(QUERIES, line.query());
      long end = System.nanoTime() + 20_000_000_000L;
      long calls = 0;
      while (System.nanoTime() < end) {
        q.run(ReadTarget.branch("main"), line.params().apply(0));
        calls++;
      }
      System.out.printf("%s: %d calls, %.1f µs each%n", line.query(), calls, 20e6 / calls);
    }
  }

  private static String round(double[] v) {
    StringBuilder b = new StringBuilder();
    for (double x : v) {
      b.append(b.length() == 0 ? "" : " ").append(String.format("%.0f", x));
    }
    return b.toString();
  }

  static String pid(int i) {
    return "p" + i;
  }

  static String city(int i) {
    return "city" + i;
  }

  /** Builds the graph: nodes, then edges, each one load. */
  private static void build(String uri) {
    Random rnd = new Random(42);
    long t0 = System.nanoTime();
    try (Omnigraph g = Omnigraph.init(uri, SCHEMA)) {
      List<LoadRecord> nodes = new AbstractList<>() {
        @Override
        public LoadRecord get(int i) {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("pid", pid(i));
          data.put("name", "person-" + Integer.toString(i * 7919 % PERSONS, 36));
          data.put("age", 18 + (i * 31 % 60));
          data.put("city", city(i * 13 % CITIES));
          data.put("bio", "Bio of person " + i + ": likes graphs, tables and long walks.");
          return LoadRecord.node("Person", data);
        }

        @Override
        public int size() {
          return PERSONS;
        }
      };
      g.load("main", nodes, LoadMode.OVERWRITE, null);
      List<LoadRecord> edges = new ArrayList<>(EDGES);
      for (int e = 0; e < EDGES; e++) {
        int a = rnd.nextInt(PERSONS);
        int b = rnd.nextInt(PERSONS);
        edges.add(LoadRecord.edge("Knows", pid(a), pid(b), Map.of()));
      }
      g.load("main", edges, LoadMode.APPEND, null);
    }
    System.out.printf("built %s in %.1f s%n", uri, (System.nanoTime() - t0) / 1e9);
  }
}
