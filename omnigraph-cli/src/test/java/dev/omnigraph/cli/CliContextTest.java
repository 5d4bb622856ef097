package dev.omnigraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branch defaults (cli.md §2.3) and the env file (§2.1). */
class CliContextTest {
  @TempDir
  Path dir;

  CliContext context(Map<String, String> env) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    return CliContext.load(new CliEnv(sink, sink, dir, env, false), new TargetOptions());
  }

  @Test
  void branchDefaultsToFlagThenAliasThenConfigThenMain() {
    assertThat(context(Map.of()).branch(null)).isEqualTo("main");
    new Cli(dir).write("omnigraph.yaml", "cli:\n  branch: dev\n");
    CliContext ctx = context(Map.of());

    assertThat(ctx.branch(null)).isEqualTo("dev");
    assertThat(ctx.branch(null, "alias")).isEqualTo("alias");
    assertThat(ctx.branch("flag", "alias")).isEqualTo("flag");
  }

  @Test
  void theEnvFileAddsVariablesThatAreNotSet() {
    Cli cli = new Cli(dir);
    cli.write("omnigraph.yaml", "auth:\n  env_file: ./.env.omni\n");
    cli.write(".env.omni", "SET=from-file\nNEW=from-file\n");

    assertThat(context(Map.of("SET", "from-process")).environment())
        .containsEntry("SET", "from-process").containsEntry("NEW", "from-file");
  }
}
