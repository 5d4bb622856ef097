package dev.omnigraph.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** A test's graph is closed and its directory deleted when the test ends. */
@ExtendWith(OmnigraphExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OmnigraphExtensionCleanupTest {
  private static Path used;

  @Test
  @Order(1)
  void usesAGraph(@TempGraph(schemaText = "node Tag { name: String @key }") Omnigraph graph) {
    used = Path.of(graph.uri()).getParent();
    assertThat(used).isDirectory();
  }

  @Test
  @Order(2)
  void theEarlierTestsGraphIsGone() {
    assertThat(used).isNotNull();
    assertThat(Files.exists(used)).isFalse();
  }
}
