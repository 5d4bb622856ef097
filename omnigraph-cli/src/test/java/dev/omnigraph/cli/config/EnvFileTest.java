package dev.omnigraph.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The env file format of cli.md §2.5. */
class EnvFileTest {
  @Test
  void parsesTheSpecExample() {
    assertThat(EnvFile.parse("""
        # .env.omni
        export DEMO_TOKEN=" demo-token "
        OMNIGRAPH_BEARER_TOKEN=global-token
        """)).isEqualTo(Map.of("DEMO_TOKEN", " demo-token ",
            "OMNIGRAPH_BEARER_TOKEN", "global-token"));
  }

  @Test
  void skipsJunkAndSplitsAtTheFirstEquals() {
    assertThat(EnvFile.parse("\n  \nno_equals\n=empty\n A = b=c \nQ='x'\nH=\"unclosed\nA=second\n"))
        .containsExactly(Map.entry("A", "b=c"), Map.entry("Q", "x"), Map.entry("H", "\"unclosed"));
  }

  @Test
  void aMissingFileIsEmpty() {
    assertThat(EnvFile.read(Path.of("/nonexistent/.env.omni"))).isEmpty();
  }
}
