package dev.omnigraph.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Request ids (http.md §11). */
class RequestIdsTest {
  @Test
  void visibleAsciiUpTo128IsKept() {
    assertThat(RequestIds.choose("abc-123")).isEqualTo("abc-123");
    assertThat(RequestIds.choose("x".repeat(128))).hasSize(128);
  }

  @Test
  void anythingElseGetsAFreshVersion4Uuid() {
    for (String bad : new String[] {null, "", "x".repeat(129), "has space", "caf\u00e9"}) {
      UUID id = UUID.fromString(RequestIds.choose(bad));
      assertThat(id.version()).isEqualTo(4);
      assertThat(id.variant()).isEqualTo(2);
    }
    assertThat(RequestIds.choose(null)).isNotEqualTo(RequestIds.choose(null));
  }
}
