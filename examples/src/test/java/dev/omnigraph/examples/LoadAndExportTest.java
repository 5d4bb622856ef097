package dev.omnigraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the loading example and checks what it prints (docs/loading.md quotes this output). */
class LoadAndExportTest {
  @TempDir Path dir;

  @Test
  void printsWhatTheDocsShow() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      LoadAndExport.run(dir.resolve("people.omni"), out);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    assertThat(lines[0]).isEqualTo("loaded {Company=1, Person=2} {WorksAt=1} in commit true");
    assertThat(lines[1]).isEqualTo("merge: inserted {node:Person=1}, updated {node:Person=1}");
    assertThat(lines[2]).isEqualTo("append: line 1: node type 'Person' already has this id"
        + " ('Alice') [node:Person Alice]");
    assertThat(lines[3]).isEqualTo("error: line 2: property 'age' expects I32, got string");
    assertThat(lines[4]).isEqualTo("error: line 1: @range violation on Person.age: value 200 > max 150");
    assertThat(lines[5]).isEqualTo("error: line 3: edge WorksAt row 1: dst 'Globex' not found in Company");
    assertThat(lines[6]).isEqualTo("error: @card violation on edge WorksAt: source 'Alice' has 2 edges"
        + " (max 1)");
    assertThat(lines[7]).matches("\\{\"edge\":\"WorksAt\",\"from\":\"Alice\",\"to\":\"Acme\","
        + "\"data\":\\{\"id\":\"[0-9A-Z]{26}\"}}");
    assertThat(lines).contains(
        "{\"type\":\"Company\",\"data\":{\"id\":\"Acme\",\"name\":\"Acme\"}}",
        "{\"type\":\"Person\",\"data\":{\"id\":\"Alice\",\"age\":30,\"name\":\"Alice\"}}",
        "{\"type\":\"Person\",\"data\":{\"id\":\"Bob\",\"age\":26,\"name\":\"Bob\"}}",
        "{\"type\":\"Person\",\"data\":{\"id\":\"Carol\",\"age\":41,\"name\":\"Carol\"}}",
        "3 commits");
  }
}
