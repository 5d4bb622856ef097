package dev.omnigraph.exec.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The in-memory structures of the read engine, without storage. */
class StoreStructuresTest {
  private static PlainStrings strings(String... values) {
    PlainStrings.Builder b = new PlainStrings.Builder(values.length);
    for (String v : values) {
      if (v == null) {
        b.appendNull();
      } else {
        byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
        b.append(bytes, 0, bytes.length);
      }
    }
    return b.build();
  }

  @Test
  @DisplayName("id index: short ids inline, long and non-ASCII ids by bytes, absent ids")
  void idIndex() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ids.add(i % 3 == 0 ? "p" + i : i % 3 == 1 ? "01J7ZQ3K8VXW" + i + "ABCDEFGHIJ" : "ü" + i);
    }
    ids.add("");
    ids.add("abcdefg");
    ids.add("abcdefgh");
    IdIndex index = IdIndex.of(strings(ids.toArray(new String[0])));
    for (int i = 0; i < ids.size(); i++) {
      assertThat(index.find(ids.get(i))).isEqualTo(i);
    }
    assertThat(index.find("p1")).isEqualTo(-1);
    assertThat(index.find("abcdef")).isEqualTo(-1);
    assertThat(index.find("abcdefghi")).isEqualTo(-1);
    assertThat(index.find("01J7ZQ3K8VXW1ABCDEFGHIX")).isEqualTo(-1);
    assertThat(index.ids().string(3)).isEqualTo("p3");
  }

  @Test
  @DisplayName("strings with few distinct values become dictionaries with byte-order ranks")
  void dictionaries() {
    String[] values = new String[200];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 10 == 0 ? null : i % 2 == 0 ? "b" : i % 3 == 0 ? "\uFFFF" : "😀";
    }
    StringColumn c = DictStrings.encode(strings(values));
    assertThat(c).isInstanceOf(DictStrings.class);
    DictStrings d = (DictStrings) c;
    assertThat(d.cardinality()).isEqualTo(3);
    for (int i = 0; i < values.length; i++) {
      assertThat(d.string(i)).isEqualTo(values[i]);
      assertThat(d.isNull(i)).isEqualTo(values[i] == null);
    }
    int b = d.codeOf("b".getBytes(StandardCharsets.UTF_8));
    assertThat(b).isEqualTo(d.code(2));
    assertThat(d.codeOf("c".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    // code point order: b < U+FFFF < U+1F600 (UTF-16 order would put the emoji first)
    assertThat(d.compareRows(2, 3)).isNegative();
    assertThat(d.compareRows(3, 1)).isNegative();

    String[] distinct = new String[200];
    for (int i = 0; i < distinct.length; i++) {
      distinct[i] = "v" + i;
    }
    assertThat(DictStrings.encode(strings(distinct))).isInstanceOf(PlainStrings.class);
  }

  @Test
  @DisplayName("CSR rows keep edge order; cross-type adjacency leaves dangling ends out")
  void adjacency() {
    int[] src = {2, 0, 2, 1, 2, 0};
    int[] dst = {1, 1, 0, 2, 1, 3};
    EdgeAdjacency same = EdgeAdjacency.build(src.clone(), dst.clone(), 6, true, 3, 3, 4);
    Csr out = same.out();
    assertThat(slice(out, 0)).containsExactly(1, 3);
    assertThat(slice(out, 2)).containsExactly(1, 0, 1);
    assertThat(slice(same.in(), 1)).containsExactly(2, 0, 2);
    assertThat(slice(same.in(), 3)).containsExactly(0);

    int[] csrc = {0, -1, 1, 0};
    int[] cdst = {1, 0, -1, 0};
    EdgeAdjacency cross = EdgeAdjacency.build(csrc, cdst, 4, false, 2, 2, 2);
    assertThat(slice(cross.out(), 0)).containsExactly(1, 0);
    assertThat(slice(cross.out(), 1)).isEmpty();
    assertThat(slice(cross.in(), 0)).containsExactly(0);
  }

  private static List<Integer> slice(Csr csr, int u) {
    List<Integer> out = new ArrayList<>();
    for (int k = csr.offsets()[u]; k < csr.offsets()[u + 1]; k++) {
      out.add(csr.targets()[k]);
    }
    return out;
  }

  @Test
  @DisplayName("the cache holds at most its budget and refuses values larger than it")
  void cacheBudget() {
    GraphCache cache = new GraphCache(10_000);
    for (int i = 0; i < 50; i++) {
      cache.put("k" + i, new IntColumn(new int[500], null, 500)); // ~2 kB each
    }
    assertThat(cache.weightedSize()).isLessThanOrEqualTo(10_000).isPositive();
    assertThat(cache.admits(20_000)).isFalse();
    cache.put("big", new IntColumn(new int[5_000], null, 5_000));
    assertThat((Object) cache.get("big")).isNull();
    GraphCache none = new GraphCache(0);
    none.put("k", new IntColumn(new int[1], null, 1));
    assertThat(none.weightedSize()).isZero();
  }
}
