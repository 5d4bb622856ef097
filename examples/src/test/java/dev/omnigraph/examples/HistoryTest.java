package dev.omnigraph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the history example and checks what it prints (docs/history.md quotes this output). */
class HistoryTest {
  @TempDir Path dir;

  @Test
  void printsWhatTheDocsShow() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      History.run(dir.resolve("history.omni"), out);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        commits("main"):
          #0 manifestBranch=null manifestVersion=2 parent=- actor=null
          #1 manifestBranch=null manifestVersion=3 parent=#0 actor=importer
        commits("feature"):
          #0 manifestBranch=null manifestVersion=2 parent=- actor=null
          #1 manifestBranch=null manifestVersion=3 parent=#0 actor=importer
          #2 manifestBranch=feature manifestVersion=5 parent=#1 actor=carol-bot
        commit(id) equals the list element: true
        feature head is its snapshot's commit: true
        people at #0: [{"n":0}]
        people at #1: [{"n":2}]
        people at #2: [{"n":3}]
        commit '01NOPE' not found
        """);
  }
}
