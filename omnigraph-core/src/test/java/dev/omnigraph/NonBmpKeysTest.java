package dev.omnigraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys outside the Basic Multilingual Plane (emoji) and with U+0000 in every path that looks rows
 * up by id in storage: incremental loads, edge endpoints, uncached reads, entity lookups. (Such
 * ids used to fail with {@code storage: … invalid utf-8 sequence}: filter text reached the native
 * library in modified UTF-8.)
 */
class NonBmpKeysTest {
  private static final String EMOJI = "a\uD83D\uDE00b";
  private static final String NUL = "x\u0000y";
  private static final String SCHEMA = "node T { slug: String @key  n: I32? }\nedge L: T -> T\n";

  @TempDir
  Path dir;

  private Omnigraph g;

  @BeforeEach
  void graph() {
    // enough stored rows that loads look new keys up by id lists (not by a full scan)
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      rows.append("{\"type\":\"T\",\"data\":{\"slug\":\"s").append(i).append("\"}}\n");
    }
    g = Omnigraph.init(dir.resolve("g").toString(), SCHEMA,
        OmnigraphOptions.defaults().withCacheBytes(0));
    load(rows.toString(), LoadMode.OVERWRITE);
  }

  @AfterEach
  void close() {
    g.close();
  }

  private void load(String jsonl, LoadMode mode) {
    g.load("main", new StringReader(jsonl), mode, null);
  }

  private static String node(String slug, int n) {
    return "{\"type\":\"T\",\"data\":{\"slug\":\"" + slug.replace("\u0000", "\\u0000")
        + "\",\"n\":" + n + "}}\n";
  }

  private String rows(String source, Map<String, ?> params) {
    return g.read(ReadTarget.branch("main"), source, null, params).toJsonRows();
  }

  @Test
  @DisplayName("merge inserts, then updates, rows keyed by an emoji or U+0000")
  void mergeLoads() {
    load(node(EMOJI, 1) + node(NUL, 1), LoadMode.MERGE);
    load(node(EMOJI, 2) + node(NUL, 3), LoadMode.MERGE);

    assertThat(g.entity(ReadTarget.branch("main"), "node:T", EMOJI))
        .contains("{\"id\":\"" + EMOJI + "\",\"n\":2,\"slug\":\"" + EMOJI + "\"}");
    assertThat(g.entity(ReadTarget.branch("main"), "node:T", NUL))
        .contains("{\"id\":\"x\\u0000y\",\"n\":3,\"slug\":\"x\\u0000y\"}");
    assertThat(g.snapshot("main").tables()).filteredOn(t -> t.tableKey().equals("node:T"))
        .singleElement().extracting(TableState::rowCount).isEqualTo(42L);
  }

  @Test
  @DisplayName("a strict append of a stored emoji key is a key conflict; edges find emoji endpoints")
  void appendsAndEdges() {
    load(node(EMOJI, 1), LoadMode.MERGE);

    assertThatThrownBy(() -> load(node(EMOJI, 5), LoadMode.APPEND))
        .isInstanceOf(KeyConflictException.class);
    load("{\"edge\":\"L\",\"from\":\"" + EMOJI + "\",\"to\":\"s1\"}\n", LoadMode.APPEND);

    assertThat(rows("query q() { match { $t: T { slug: \"s1\" }  $f l $t } return { $f.slug } }",
        Map.of())).isEqualTo("[{\"f.slug\":\"" + EMOJI + "\"}]");
  }

  @Test
  @DisplayName("uncached reads filter on emoji strings: equality and ranges")
  void uncachedFilters() {
    load(node(EMOJI, 7), LoadMode.MERGE);

    assertThat(rows("query q($s: String) { match { $t: T { slug: $s } } return { $t.slug, $t.n } }",
        Map.of("s", EMOJI))).isEqualTo("[{\"t.slug\":\"" + EMOJI + "\",\"t.n\":7}]");
    // "a" < "a😀" < "a😀b" < "s…" in byte order
    assertThat(rows("query q($s: String) { match { $t: T  $t.slug > $s  $t.slug < \"s\" } "
        + "return { $t.slug } }", Map.of("s", "a\uD83D\uDE00")))
        .isEqualTo("[{\"t.slug\":\"" + EMOJI + "\"}]");
  }
}
