package dev.omnigraph.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.LoadMode;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.PreparedQuery;
import dev.omnigraph.QueryFile;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.Schema;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.exec.store.GraphCache;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.exec.store.TableVersion;
import dev.omnigraph.plan.PhysicalPlan;
import dev.omnigraph.plan.PhysicalPlanner;
import dev.omnigraph.plan.RootAccess;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQL a storage scan pushes down to Lance for the comparisons of a root scan
 * ({@link SqlFilters}), and the rows an uncached read returns with it (the in-memory test still
 * decides; the SQL may only drop rows that cannot match). Also the projection of
 * {@link FetchedNodes}: the planned columns, blobs never read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlFiltersTest {
  private static final String SCHEMA = """
      node Thing {
          slug: String @key
          name: String?
          firstName: String?
          n: I32?
          big: I64?
          u: U32?
          ratio: F32?
          ok: Bool?
          day: Date?
          tags: [String]?
          status: enum(open, closed)?
          file: Blob?
      }
      """;
  private static final String EMOJI = "a\uD83D\uDE00";
  private static final String DATA = """
      {"type":"Thing","data":{"slug":"t1","name":"Bob","firstName":"x","n":7,"big":-9223372036854775808,"u":1,"ratio":0.5,"ok":true,"day":"2024-01-01","tags":["a"],"status":"open","file":"base64:aGk="}}
      {"type":"Thing","data":{"slug":"t2","name":"it's","n":2147483647,"big":9223372036854775807,"ok":false,"status":"closed"}}
      {"type":"Thing","data":{"slug":"t3","name":"Carol","n":-2147483648,"big":0}}
      {"type":"Thing","data":{"slug":"t4","name":"a\\uD83D\\uDE00b","n":4}}
      {"type":"Thing","data":{"slug":"t5","name":"B","n":3}}
      {"type":"Thing","data":{"slug":"t6"}}
      """;
  private static final ObjectMapper JSON = new ObjectMapper();

  private Omnigraph cached;
  private Omnigraph uncached;
  private String uri;

  @BeforeAll
  void build(@TempDir Path dir) {
    uri = dir.resolve("g").toString();
    try (Omnigraph g = Omnigraph.init(uri, SCHEMA)) {
      g.load("main", new StringReader(DATA), LoadMode.OVERWRITE, null);
    }
    cached = Omnigraph.open(uri);
    uncached = Omnigraph.open(uri, OmnigraphOptions.defaults().withCacheBytes(0));
  }

  @AfterAll
  void close() {
    cached.close();
    uncached.close();
  }

  /** The pushed-down SQL of the query's only root scan (null: none). */
  private static String sql(String match, Map<String, ?> params) throws Exception {
    PreparedQuery q = QueryFile.parse("query q($s: String?, $i: I64?, $f: F64?, $b: Bool?) { "
        + "match { $t: Thing " + match + " } return { $t.slug } }")
        .prepareRead(Schema.parse(SCHEMA).catalog(), null, JSON.valueToTree(params));
    PhysicalPlan plan = PhysicalPlanner.plan(q.read());
    RootAccess.Scan scan = (RootAccess.Scan) plan.match().roots().get(0);
    return SqlFilters.of(scan.filters(), new QueryContext(null, q.params(), 0, null, plan));
  }

  /** The slugs the match selects, in slug order. */
  private static String slugs(Omnigraph g, String match, Map<String, ?> params) {
    return g.read(ReadTarget.branch("main"), "query q($s: String?, $i: I64?, $f: F64?, $b: Bool?) "
        + "{ match { $t: Thing " + match + " } return { $t.slug } order { $t.slug } }", null,
        params).toJsonRows().replaceAll("\\{\"t.slug\":(\"[^\"]*\")}", "$1");
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // String: every ordering operator in byte order, mirrored operands, quotes, <>, escapes
        c("$t.name = \"Bob\"", Map.of(), "`name` = 'Bob'", "[\"t1\"]"),
        c("$t.name >= \"B\"  $t.name < \"C\"", Map.of(), "`name` >= 'B' AND `name` < 'C'",
            "[\"t1\",\"t5\"]"),
        c("\"B\" < $t.name", Map.of(), "`name` > 'B'", "[\"t1\",\"t2\",\"t3\",\"t4\"]"),
        c("$t.name <= \"B\"", Map.of(), "`name` <= 'B'", "[\"t5\"]"),
        c("$t.name != \"Bob\"", Map.of(), "`name` <> 'Bob'", "[\"t2\",\"t3\",\"t4\",\"t5\"]"),
        c("$t.name = $s", Map.of("s", "it's"), "`name` = 'it''s'", "[\"t2\"]"),
        c("$t.name = $s", Map.of("s", "' OR 1=1 OR '"), "`name` = ''' OR 1=1 OR '''", "[]"),
        c("$t.name > $s", Map.of("s", EMOJI), "`name` > ('a' || chr(128512))",
            "[\"t2\",\"t4\"]"),
        c("$t.name < \"a\uD83D\uDE00c\"  $t.name >= \"a\"", Map.of(),
            "`name` < ('a' || chr(128512) || 'c') AND `name` >= 'a'", "[\"t4\"]"),
        c("$t.firstName = \"x\"", Map.of(), "`firstName` = 'x'", "[\"t1\"]"),
        c("$t.status = \"open\"", Map.of(), "`status` = 'open'", "[\"t1\"]"),
        c("$t.status = \"nope\"", Map.of(), "`status` = 'nope'", "[]"),
        // a parameter bound to null matches nothing and pushes nothing
        c("$t.name = $s", Map.of(), null, "[]"),
        // I32: integer ranges; float bounds rounded inward; bounds beyond Int32 dropped
        c("$t.n > 3.5", Map.of(), "`n` >= 4", "[\"t1\",\"t2\",\"t4\"]"),
        c("$t.n <= 3.5", Map.of(), "`n` <= 3", "[\"t3\",\"t5\"]"),
        c("$t.n = 7", Map.of(), "`n` >= 7 AND `n` <= 7", "[\"t1\"]"),
        c("$t.n != 7", Map.of(), "`n` <> 7", "[\"t2\",\"t3\",\"t4\",\"t5\"]"),
        c("$t.n < 3000000000", Map.of(), null, "[\"t1\",\"t2\",\"t3\",\"t4\",\"t5\"]"),
        c("$t.n > $i  $t.n < 4", Map.of("i", -3_000_000_000L), "`n` <= 3", "[\"t3\",\"t5\"]"),
        c("$t.n >= $i", Map.of("i", Integer.MIN_VALUE), null, "[\"t1\",\"t2\",\"t3\",\"t4\",\"t5\"]"),
        c("$t.n > $i", Map.of("i", Integer.MIN_VALUE), "`n` >= -2147483647",
            "[\"t1\",\"t2\",\"t4\",\"t5\"]"),
        c("$t.n >= 2147483647", Map.of(), "`n` >= 2147483647", "[\"t2\"]"),
        c("$t.n > 2147483647", Map.of(), null, "[]"),
        c("$t.n = 3000000000", Map.of(), null, "[]"),
        c("$t.n != 3000000000", Map.of(), null, "[\"t1\",\"t2\",\"t3\",\"t4\",\"t5\"]"),
        c("$t.n = 3.5", Map.of(), null, "[]"),
        c("$t.n != 3.5", Map.of(), null, "[\"t1\",\"t2\",\"t3\",\"t4\",\"t5\"]"),
        c("$t.n > $i", Map.of("i", 3), "`n` >= 4", "[\"t1\",\"t2\",\"t4\"]"),
        c("$t.n < $f", Map.of("f", -1e300), null, "[]"),
        // I64: the whole range, including both extremes (no negative literals: parameters); the
        // SQL parser reads -9223372036854775808 as a float, so that bound is written from above
        c("$t.big < 0", Map.of(), "`big` <= -1", "[\"t1\"]"),
        c("$t.big < $i", Map.of("i", Long.MIN_VALUE + 1), "`big` < -9223372036854775807",
            "[\"t1\"]"),
        c("$t.big > 9223372036854775806", Map.of(), "`big` >= 9223372036854775807", "[\"t2\"]"),
        c("$t.big = $i", Map.of("i", Long.MIN_VALUE), "`big` < -9223372036854775807", "[\"t1\"]"),
        c("$t.big >= $i", Map.of("i", Long.MIN_VALUE), null, "[\"t1\",\"t2\",\"t3\"]"),
        c("$t.big != $i", Map.of("i", Long.MIN_VALUE), "`big` >= -9223372036854775807",
            "[\"t2\",\"t3\"]"),
        c("$t.big > $f", Map.of("f", 1e19), null, "[]"),
        c("$t.big < $f", Map.of("f", 1e19), null, "[\"t1\",\"t2\",\"t3\"]"),
        // Bool: equality only
        c("$t.ok = true", Map.of(), "`ok` = true", "[\"t1\"]"),
        c("$t.ok != $b", Map.of("b", true), "`ok` <> true", "[\"t2\"]"),
        c("$t.ok > false", Map.of(), null, "[\"t1\"]"),
        // never pushed: unsigned, floats, dates, lists, property against property
        c("$t.u = 1", Map.of(), null, "[\"t1\"]"),
        c("$t.ratio = 0.5", Map.of(), null, "[\"t1\"]"),
        c("$t.day = date(\"2024-01-01\")", Map.of(), null, "[\"t1\"]"),
        c("$t.tags contains \"a\"", Map.of(), null, "[\"t1\"]"),
        c("$t.n < $t.big", Map.of(), null, "[\"t2\",\"t3\"]"),
        // a conjunction pushes the pushable part
        c("$t.name >= \"B\"  $t.u = 1  $t.n != 3", Map.of(), "`name` >= 'B' AND `n` <> 3",
            "[\"t1\"]"));
  }

  private static Arguments c(String match, Map<String, ?> params, String sql, String slugs) {
    return Arguments.of(match, params, sql, slugs);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  @DisplayName("the pushed-down SQL")
  void pushedSql(String match, Map<String, ?> params, String sql, String slugs) throws Exception {
    assertThat(sql(match, params)).isEqualTo(sql);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  @DisplayName("uncached (pushed down) and cached reads select the same rows")
  void rows(String match, Map<String, ?> params, String sql, String slugs) {
    assertThat(slugs(uncached, match, params)).as("uncached").isEqualTo(slugs);
    assertThat(slugs(cached, match, params)).as("cached").isEqualTo(slugs);
  }

  @Test
  @DisplayName("FetchedNodes reads the id and the planned columns with the SQL, blobs as null")
  void fetchedNodesProjection() {
    try (Repository repo = Repository.open(uri, OmnigraphOptions.defaults())) {
      GraphSnapshot s = repo.resolve(ReadTarget.branch("main"));
      NodeType thing = s.schema().catalog().node("Thing");
      Map<String, PropType> wanted = new LinkedHashMap<>();
      for (String p : List.of("name", "file", "tags")) {
        wanted.put(p, thing.properties().get(p).type());
      }
      FetchedNodes nodes = new FetchedNodes(new TableData(repo.store(), new GraphCache(0)),
          TableVersion.of(s.entry("node:Thing")), thing, wanted);
      List<Integer> seen = new ArrayList<>();

      nodes.scan("`n` >= 4", h -> !nodes.id(h).equals("t2"), (hs, count) -> {
        for (int i = 0; i < count; i++) {
          seen.add(hs[i]);
        }
        return true;
      });

      assertThat(seen).extracting(nodes::id).containsExactly("t1", "t4");
      assertThat(seen).extracting(h -> nodes.column("name").value(h))
          .containsExactly("Bob", "a\uD83D\uDE00b");
      assertThat(seen).extracting(h -> nodes.column("tags").value(h))
          .containsExactly(List.of("a"), null);
      assertThat(seen).extracting(h -> nodes.column("file").value(h)).containsOnlyNulls();
      assertThatThrownBy(() -> nodes.column("n")).isInstanceOf(IllegalStateException.class)
          .hasMessage("column Thing.n not planned");
      // t2 was read by the scan (the test rejected it); t5 is looked up by id
      assertThat(nodes.find("t5")).isNotNegative();
      assertThat(nodes.column("name").value(nodes.find("t5"))).isEqualTo("B");
      assertThat(nodes.find("nope")).isEqualTo(-1);
    }
  }
}
