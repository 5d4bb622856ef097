package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read cache (engine.md §15.11): bounded by its budget, keyed by immutable table versions, and
 * with storage reads as the fallback giving the same rows as in-memory data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCacheTest {
  private static final int PERSONS = 3_000;
  private static final int EDGES = 12_000;
  private static final String QUERIES = """
      query point($k: String) { match { $p: Person { name: $k } } return { $p.name, $p.age, $p.city } }
      query hop($k: String) { match { $p: Person { name: $k }  $p knows{1,2} $f } return { $f.name } }
      query back($k: String) { match { $p: Person { name: $k }  $f knows $p  $f.age > 40 } return { $f.name, $f.age } }
      query filter($city: String) { match { $p: Person  $p.city = $city  $p.age >= 30 } return { $p.name } order { $p.name desc } limit 7 }
      query cities() { match { $p: Person } return { $p.city, count($p) as n, avg($p.age) as a } order { n desc, $p.city } }
      query lonely() { match { $p: Person  not { $p knows $_ } } return { count($p) as n } }
      query twins() { match { $a: Person  $a.city = "c1"  $b: Person  $b.age = $a.age  $b.city = "c2" } return { $a.name, $b.name } }
      query all() { match { $p: Person } return { $p.name, $p.age, $p.city } }
      query mutual() { match { $a: Person  $a.age < 25  $a knows $b  $b knows $a } return { $a.name, $b.name } }
      """;

  private Path repo;

  @BeforeAll
  void build(@TempDir Path dir) {
    repo = dir.resolve("g");
    Random rnd = new Random(3);
    List<LoadRecord> records = new ArrayList<>();
    for (int i = 0; i < PERSONS; i++) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("name", "p" + i);
      data.put("age", i % 7 == 0 ? null : 18 + rnd.nextInt(50));
      data.put("city", "c" + rnd.nextInt(12));
      records.add(LoadRecord.node("Person", data));
    }
    for (int e = 0; e < EDGES; e++) {
      records.add(LoadRecord.edge("Knows", "p" + rnd.nextInt(PERSONS), "p" + rnd.nextInt(PERSONS),
          Map.of()));
    }
    try (Omnigraph g = Omnigraph.init(repo.toString(),
        "node Person { name: String @key  age: I32?  city: String }\nedge Knows: Person -> Person\n")) {
      g.load("main", records, LoadMode.OVERWRITE, null);
    }
  }

  /** Every query's JSON rows on a handle with this budget. */
  private List<String> results(Omnigraph g) {
    List<String> out = new ArrayList<>();
    ReadTarget main = ReadTarget.branch("main");
    for (int i = 0; i < 40; i += 7) {
      Map<String, Object> k = Map.of("k", "p" + i);
      out.add(g.read(main, QUERIES, "point", k).toJsonRows());
      out.add(g.read(main, QUERIES, "hop", k).toJsonRows());
      out.add(g.read(main, QUERIES, "back", k).toJsonRows());
    }
    out.add(g.read(main, QUERIES, "filter", Map.of("city", "c3")).toJsonRows());
    out.add(g.read(main, QUERIES, "cities", Map.of()).toJsonRows());
    out.add(g.read(main, QUERIES, "lonely", Map.of()).toJsonRows());
    out.add(g.read(main, QUERIES, "mutual", Map.of()).toJsonRows());
    out.add(g.read(main, QUERIES, "twins", Map.of()).toJsonRows());
    return out;
  }

  @Test
  @DisplayName("a hash join between two roots gives the rows of cross product and filter")
  void hashJoin() {
    try (Omnigraph g = Omnigraph.open(repo.toString())) {
      assertThat(g.prepare(QUERIES, "twins").explain())
          .contains("HashJoin(slot 1 $b.age = slot 0 $a.age)");
      QueryResult all = g.read(ReadTarget.branch("main"), QUERIES, "all", Map.of());
      StringBuilder expected = new StringBuilder("[");
      for (List<Object> a : all) {
        for (List<Object> b : all) {
          if (a.get(2).equals("c1") && b.get(2).equals("c2") && a.get(1) != null
              && a.get(1).equals(b.get(1))) {
            expected.append(expected.length() == 1 ? "" : ",").append("{\"a.name\":\"")
                .append(a.get(0)).append("\",\"b.name\":\"").append(b.get(0)).append("\"}");
          }
        }
      }
      String rows = g.read(ReadTarget.branch("main"), QUERIES, "twins", Map.of()).toJsonRows();
      assertThat(rows).isEqualTo(expected.append("]").toString()).hasSizeGreaterThan(100);
    }
  }

  @Test
  @DisplayName("the same rows with the whole graph cached, part of it, or nothing")
  void fallbackGivesTheSameRows() {
    List<String> cached;
    try (Omnigraph g = Omnigraph.open(repo.toString())) {
      cached = results(g);
      assertThat(g.readCache().weightedSize()).isPositive();
    }
    assertThat(cached.get(0)).startsWith("[{\"p.name\":\"p0\"");
    // 0: every table read from storage; 200 kB: the node table of "hop" fits, its adjacency
    // (~240 kB) does not, so cached nodes meet edges read from storage; 400 kB: most fits.
    for (long budget : new long[] {0, 200_000, 400_000}) {
      try (Omnigraph g = Omnigraph.open(repo.toString(),
          OmnigraphOptions.defaults().withCacheBytes(budget))) {
        assertThat(results(g)).as("budget %d", budget).isEqualTo(cached);
        assertThat(g.readCache().weightedSize()).as("budget %d", budget).isLessThanOrEqualTo(budget);
      }
    }
  }

  @Test
  @DisplayName("a later write changes the versions read, never a cached value")
  void newVersionsAreNewKeys() {
    try (Omnigraph g = Omnigraph.open(repo.toString())) {
      ReadTarget main = ReadTarget.branch("main");
      String before = g.read(main, QUERIES, "hop", Map.of("k", "p1")).toJsonRows();
      String commit = g.snapshot("main").commit().graphCommitId();
      g.load("main", List.of(LoadRecord.node("Person", Map.of("name", "zz", "city", "c0")),
          LoadRecord.edge("Knows", "p1", "zz", Map.of())), LoadMode.APPEND, null);
      String after = g.read(main, QUERIES, "hop", Map.of("k", "p1")).toJsonRows();
      assertThat(after).isNotEqualTo(before).contains("\"f.name\":\"zz\"");
      assertThat(g.read(ReadTarget.commit(commit), QUERIES, "hop", Map.of("k", "p1")).toJsonRows())
          .isEqualTo(before);
    }
  }
}
