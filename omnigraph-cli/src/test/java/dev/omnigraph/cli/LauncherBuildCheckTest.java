package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build-on-first-use check of {@code bin/lib.sh} ({@code omnigraph_ensure_built}) on a fake
 * checkout whose {@code mvn} only records that it was called: {@code bin/omnigraph} builds when a
 * source it runs is newer than its jar, then not again; other modules' sources never make it build.
 */
class LauncherBuildCheckTest {
  static final Path LIB = Path.of("").toAbsolutePath().getParent().resolve("bin/lib.sh");
  static final Instant BUILT = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir
  Path root;
  Path builds;

  @BeforeEach
  void checkout() throws IOException {
    builds = root.resolve("builds.log");
    Path mvn = root.resolve("fakebin/mvn");
    Files.createDirectories(mvn.getParent());
    // what the real build leaves besides the jar: target/lib/classpath.txt, which the check also
    // looks for
    Files.writeString(mvn, "#!/usr/bin/env bash\necho \"$*\" >> '" + builds + "'\n"
        + "mkdir -p omnigraph-cli/target/lib && touch omnigraph-cli/target/lib/classpath.txt\n");
    assertThat(mvn.toFile().setExecutable(true)).isTrue();
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    for (String source : List.of("omnigraph-core/src/main/java/Core.java",
        "omnigraph-cli/src/main/java/Cli.java", "omnigraph-cli/src/test/java/CliTest.java",
        "examples/src/main/java/Example.java", "omnigraph-server/src/main/java/Server.java")) {
      write(source, Instant.parse("2025-01-01T00:00:00Z"));
    }
    Files.setLastModifiedTime(root.resolve("pom.xml"),
        FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));
    write("omnigraph-cli/target/lib/classpath.txt", BUILT);
    write("omnigraph-cli/target/omnigraph-cli-0.1.0-SNAPSHOT.jar", BUILT);
  }

  private void write(String path, Instant modified) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    Files.setLastModifiedTime(p, FileTime.from(modified));
  }

  /** Runs {@code omnigraph_ensure_built omnigraph-cli}; the number of builds so far. */
  private int ensureBuilt() throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder("bash", "-c", "ROOT='" + root + "'; . '" + LIB
        + "'; omnigraph_ensure_built omnigraph-cli")
        .redirectErrorStream(true).redirectOutput(root.resolve("out.txt").toFile());
    b.environment().put("PATH", root.resolve("fakebin") + ":" + System.getenv("PATH"));
    Process p = b.start();
    p.getOutputStream().close();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(root.resolve("out.txt"))).isZero();
    return Files.exists(builds)
        ? Files.readAllLines(builds, StandardCharsets.UTF_8).size() : 0;
  }

  @Test
  void anUpToDateJarIsNotRebuilt() throws Exception {
    assertThat(ensureBuilt()).isZero();
  }

  @Test
  void otherModulesAndTestSourcesDoNotMakeItBuild() throws Exception {
    Instant later = BUILT.plusSeconds(60);
    write("examples/src/main/java/Example.java", later);
    write("omnigraph-server/src/main/java/Server.java", later);
    write("omnigraph-cli/src/test/java/CliTest.java", later);

    assertThat(ensureBuilt()).isZero();
  }

  @Test
  void aNewerSourceBuildsOnceEvenWhenMavenLeavesTheJarAsItWas() throws Exception {
    write("omnigraph-core/src/main/java/Core.java", BUILT.plusSeconds(60));

    assertThat(ensureBuilt()).isEqualTo(1);
    assertThat(Files.readString(builds)).contains("-pl omnigraph-cli -am package");
    assertThat(ensureBuilt()).as("the second start finds the jar fresh").isEqualTo(1);
  }

  @Test
  void aChangedRootPomBuilds() throws Exception {
    Files.setLastModifiedTime(root.resolve("pom.xml"), FileTime.from(BUILT.plusSeconds(60)));

    assertThat(ensureBuilt()).isEqualTo(1);
  }

  @Test
  void aCheckoutBuiltBeforeTheClassPathListBuildsOnce() throws Exception {
    Files.delete(root.resolve("omnigraph-cli/target/lib/classpath.txt"));

    assertThat(ensureBuilt()).isEqualTo(1);
    assertThat(ensureBuilt()).isEqualTo(1);
  }

  @Test
  void theClassPathIsTheJarAndTheListedDependenciesOnly() throws Exception {
    Files.writeString(root.resolve("omnigraph-cli/target/lib/classpath.txt"),
        "lib/omnigraph-core-0.1.0-SNAPSHOT.jar:lib/lance-core-7.0.0.jar");
    write("omnigraph-cli/target/lib/jar-jni-1.1.1.jar", BUILT); // left by an earlier build

    ProcessBuilder b = new ProcessBuilder("bash", "-c", "ROOT='" + root + "'; . '" + LIB
        + "'; omnigraph_classpath omnigraph-cli").redirectErrorStream(true);
    Process p = b.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Path target = root.resolve("omnigraph-cli/target");
    assertThat(out).isEqualTo(target.resolve("omnigraph-cli-0.1.0-SNAPSHOT.jar") + ":"
        + target.resolve("lib/omnigraph-core-0.1.0-SNAPSHOT.jar") + ":"
        + target.resolve("lib/lance-core-7.0.0.jar") + "\n");
  }
}
