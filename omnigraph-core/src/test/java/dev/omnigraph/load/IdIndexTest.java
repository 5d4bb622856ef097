package dev.omnigraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdIndexTest {
  @Test
  void keepsTheFirstValueAndGrows() {
    IdIndex idx = new IdIndex();
    for (int i = 0; i < 10_000; i++) {
      assertThat(idx.putIfAbsent("id-" + i, i)).isEqualTo(-1);
    }
    assertThat(idx.putIfAbsent("id-42", 99)).isEqualTo(42);
    assertThat(idx.size()).isEqualTo(10_000);
    assertThat(idx.get("id-9999")).isEqualTo(9999);
    assertThat(idx.get("nope")).isEqualTo(-1);
    assertThat(idx.contains("id-0")).isTrue();
    Map<String, Long> all = new HashMap<>();
    idx.forEach(all::put);
    assertThat(all).hasSize(10_000).containsEntry("id-42", 42L);
  }
}
