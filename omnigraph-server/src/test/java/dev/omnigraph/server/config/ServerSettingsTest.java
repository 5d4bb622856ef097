package dev.omnigraph.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command line, {@code omnigraph.yaml} and environment → settings (http.md §9.1–9.3). */
class ServerSettingsTest {
  @TempDir
  Path dir;

  static Arguments args(String... argv) {
    return Arguments.parse(List.of(argv));
  }

  ServerSettings resolve(Map<String, String> env, String... argv) {
    return ServerSettings.resolve(args(argv), env, dir);
  }

  @Test
  void positionalUriAndDefaults() {
    ServerSettings s = resolve(Map.of(), "s3://bucket/g");
    assertThat(s).isEqualTo(new ServerSettings("s3://bucket/g", false, "127.0.0.1", 8080,
        1_048_576, true, Duration.ofSeconds(30)));
  }

  @Test
  void flagsInBothSpellings() {
    assertThat(resolve(Map.of(), "./g.omni", "--bind", "0.0.0.0:9000").port()).isEqualTo(9000);
    assertThat(resolve(Map.of(), "--bind=[::1]:9001", "./g.omni").host()).isEqualTo("::1");
  }

  @Test
  void usageErrors() {
    assertThatThrownBy(() -> args("--bind")).isInstanceOf(UsageException.class)
        .hasMessage("missing value for --bind");
    assertThatThrownBy(() -> args("--nope")).hasMessage("unknown option --nope");
    assertThatThrownBy(() -> args("a", "b")).hasMessage("unexpected argument b");
    assertThatThrownBy(() -> args("--demo", "a")).isInstanceOf(UsageException.class);
    assertThat(args("-h").help()).isTrue();
    assertThat(args("--version").version()).isTrue();
  }

  @Test
  void invalidBindFailsStartup() {
    for (String bind : new String[] {"localhost", ":80", "h:99999", "h:x"}) {
      assertThatThrownBy(() -> resolve(Map.of(), "g", "--bind", bind))
          .isInstanceOf(StartupException.class)
          .hasMessage("invalid bind address '" + bind + "': expected HOST:PORT");
    }
  }

  @Test
  void uriFromConfigGraphsRelativeToTheConfigFile() throws Exception {
    Path conf = dir.resolve("conf");
    Files.createDirectories(conf);
    Files.writeString(conf.resolve("omnigraph.yaml"), String.join("\n",
        "project: {name: x}",
        "graphs:",
        "  local: {uri: ./data/g.omni, bearer_token_env: X}",
        "  remote: {uri: 's3://b/p'}",
        "server:",
        "  graph: local",
        "  bind: 127.0.0.1:7000",
        "  body_limit_bytes: 2048",
        "  write_queue: none",
        "  shutdown_grace_seconds: 5",
        "cli: {output_format: table}"));
    ServerSettings s = resolve(Map.of(), "--config", "conf/omnigraph.yaml");
    assertThat(s.uri()).isEqualTo(conf.resolve("data/g.omni").toAbsolutePath().toString());
    assertThat(s.port()).isEqualTo(7000);
    assertThat(s.bodyLimitBytes()).isEqualTo(2048);
    assertThat(s.writeQueue()).isFalse();
    assertThat(s.shutdownGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(resolve(Map.of(), "--config", "conf/omnigraph.yaml", "--target", "remote").uri())
        .isEqualTo("s3://b/p");
    assertThat(resolve(Map.of(), "--config", "conf/omnigraph.yaml", "positional").uri())
        .isEqualTo("positional");
    assertThat(resolve(Map.of("OMNIGRAPH_SERVER_BODY_LIMIT_BYTES", "4096"), "--config",
        "conf/omnigraph.yaml").bodyLimitBytes()).isEqualTo(4096);
    assertThatThrownBy(() -> resolve(Map.of(), "--config", "conf/omnigraph.yaml", "--target", "x"))
        .isInstanceOf(StartupException.class).hasMessage("graph 'x' not found in omnigraph.yaml");
  }

  @Test
  void omnigraphYamlInTheWorkingDirectoryIsUsedWhenPresent() throws Exception {
    Files.writeString(dir.resolve("omnigraph.yaml"), "server:\n  bind: 127.0.0.1:7100\n");
    assertThat(resolve(Map.of(), "g").port()).isEqualTo(7100);
  }

  @Test
  void noUriAnywhere() {
    assertThatThrownBy(() -> resolve(Map.of())).isInstanceOf(StartupException.class)
        .hasMessage("URI must be provided via <URI>, --target, or config");
  }

  @Test
  void demoServesDemoOmniInTheWorkingDirectory() {
    ServerSettings s = resolve(Map.of(), "--demo");
    assertThat(s.demo()).isTrue();
    assertThat(s.uri()).isEqualTo("demo.omni");
  }

  @Test
  void invalidConfigValuesFailStartup() throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), "server:\n  write_queue: sometimes\n");
    assertThatThrownBy(() -> resolve(Map.of(), "g", "--config", "bad.yaml"))
        .isInstanceOf(StartupException.class)
        .hasMessageEndingWith("server.write_queue must be per_branch or none");
    Files.writeString(dir.resolve("bad2.yaml"), "server:\n  bind: [1]\n");
    assertThatThrownBy(() -> resolve(Map.of(), "g", "--config", "bad2.yaml"))
        .hasMessageEndingWith("server.bind must be a string");
    assertThatThrownBy(() -> resolve(Map.of(), "g", "--config", "missing.yaml"))
        .hasMessageContaining("No such file or directory");
    assertThatThrownBy(() -> resolve(Map.of("OMNIGRAPH_SERVER_BODY_LIMIT_BYTES", "-1"), "g"))
        .hasMessage("OMNIGRAPH_SERVER_BODY_LIMIT_BYTES must be a positive integer");
  }

  @Test
  void aPolicyFileIsRefusedUntilPoliciesAreEnforced() throws Exception {
    Files.writeString(dir.resolve("omnigraph.yaml"), "policy:\n  file: ./policy.yaml\n");
    assertThatThrownBy(() -> resolve(Map.of(), "g")).isInstanceOf(StartupException.class)
        .hasMessageStartingWith("policy.file is set but this server does not enforce");
  }
}
