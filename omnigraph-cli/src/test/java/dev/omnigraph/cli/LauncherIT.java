package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnigraph.Omnigraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/omnigraph} as a real process (after {@code package}, so that the launcher finds a
 * fresh build): streams, exit codes and relative paths as a user sees them. Few on purpose: each
 * run starts a JVM.
 */
class LauncherIT {
  static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("bin/omnigraph");

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  Run omnigraph(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void versionPrintsOnStdout() throws Exception {
    assertThat(omnigraph("--version"))
        .isEqualTo(new Run(0, "omnigraph " + Omnigraph.version() + "\n", ""));
  }

  @Test
  void demoCreatesTheDemoGraphInTheWorkingDirectory() throws Exception {
    Run r = omnigraph("demo");

    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("created ./demo.omni from the bundled demo data\n"
        + "wrote ./demo.gq (the demo queries)\nbranch: main\n");
    assertThat(r.out()).contains("\nnode:Person v", " rows=4\n", "\nBob     | 25   \n");
    // Suggested commands start the way the launcher was invoked, so they paste as they are.
    assertThat(r.out()).contains("\n  " + LAUNCHER + " read ./demo.omni --query demo.gq --name");
    assertThat(dir.resolve("demo.omni/_schema.pg")).isRegularFile();
    assertThat(dir.resolve("demo.gq")).isRegularFile();
  }

  @Test
  void errorsKeepRelativePathsAsTypedAndExitOne() throws Exception {
    assertThat(omnigraph("snapshot", "nowhere.omni"))
        .isEqualTo(new Run(1, "", "error: repository not found at nowhere.omni\n"));
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Run r = omnigraph("snapshot", "--nope");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Unknown option: '--nope'");
  }
}
