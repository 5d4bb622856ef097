package dev.omnigraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.NotFoundException;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.Snapshot;
import dev.omnigraph.testing.Fixtures;
import dev.omnigraph.testing.CrashingWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at the crash points of engine.md §15.14, in a child JVM; then a plain reopen must show
 * the last commit, and the next write must succeed (no recovery mode, no wedged tables).
 */
class CrashRecoveryTest {
  @TempDir Path dir;

  private int run(String failpoint, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile());
    pb.environment().put("LANCE_CPU_THREADS", "4");
    if (failpoint != null) {
      pb.environment().put("OMNIGRAPH_FAILPOINT", failpoint);
    } else {
      pb.environment().remove("OMNIGRAPH_FAILPOINT");
    }
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
    return p.exitValue();
  }

  private String uri() {
    return dir.resolve("g").toString();
  }

  private void initAndWrite(String... names) {
    Repository.init(uri(), Fixtures.text("test.pg"), OmnigraphOptions.defaults()).close();
    for (String name : names) {
      CrashingWriter.main(new String[] {"write", uri(), name});
    }
  }

  @Test
  void killedBetweenTableWriteAndPublishShowsTheLastCommit() throws Exception {
    initAndWrite("Alice");
    Snapshot before;
    try (Omnigraph g = Omnigraph.open(uri())) {
      before = g.snapshot("main");
    }
    for (String fp : List.of("write.after_table_write", "write.before_publish",
        "publish.during_commit")) {
      assertThat(run(fp, "write", uri(), "Ghost")).as(fp).isEqualTo(137);
      try (Omnigraph g = Omnigraph.open(uri())) {
        assertThat(g.snapshot("main")).as(fp).isEqualTo(before);
      }
    }
    CrashingWriter.main(new String[] {"write", uri(), "Bob"}); // repairs, then writes
    try (Omnigraph g = Omnigraph.open(uri())) {
      assertThat(g.snapshot("main").table("node:Person").orElseThrow().rowCount()).isEqualTo(2);
      assertThat(g.commits("main")).hasSize(3);
    }
  }

  @Test
  void killedAfterTheCommitLandedKeepsIt() throws Exception {
    initAndWrite();
    assertThat(run("publish.after_commit", "write", uri(), "Alice")).isEqualTo(137);
    try (Omnigraph g = Omnigraph.open(uri())) {
      assertThat(g.snapshot("main").table("node:Person").orElseThrow().rowCount()).isEqualTo(1);
      assertThat(g.commits("main")).hasSize(2);
    }
  }

  @Test
  void killedDuringInitLeavesNoRepositoryAndInitCanRunAgain() throws Exception {
    for (String fp : List.of("init.after_tables", "init.before_manifest")) {
      assertThat(run(fp, "init", uri())).as(fp).isEqualTo(137);
      assertThatThrownBy(() -> Omnigraph.open(uri())).as(fp)
          .isInstanceOf(NotFoundException.class);
    }
    initAndWrite("Alice");
    try (Omnigraph g = Omnigraph.open(uri())) {
      assertThat(g.snapshot("main").table("node:Person").orElseThrow().rowCount()).isEqualTo(1);
    }
  }

}
