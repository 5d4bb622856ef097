package dev.omnigraph.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnigraph.server.config.StartupException;
import dev.omnigraph.server.http.HttpError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token sources, their precedence and validation (http.md §6.3). */
class TokenSourcesTest {
  static final SecretsManager NO_AWS = SecretsManager.unavailable("no SDK in this build");

  @TempDir
  Path dir;

  static Map<String, String> env(String... kv) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      env.put(kv[i], kv[i + 1]);
    }
    return env;
  }

  @Test
  void noSourceMeansUnauthenticated() {
    TokenSources.Resolved r = TokenSources.resolve(env(TokenSources.SINGLE, "  "), NO_AWS);
    assertThat(r.tokensByActor()).isEmpty();
    assertThat(TokenTable.of(r.tokensByActor()).enabled()).isFalse();
  }

  @Test
  void singleTokenIsTheDefaultActorTrimmed() {
    TokenSources.Resolved r = TokenSources.resolve(env(TokenSources.SINGLE, " s3cret \n"), NO_AWS);
    assertThat(r.source()).isEqualTo("env-or-file");
    assertThat(r.tokensByActor()).containsExactly(Map.entry("default", "s3cret"));
  }

  @Test
  void jsonVariable() {
    TokenSources.Resolved r = TokenSources.resolve(
        env(TokenSources.JSON, "{\" act-a \":\" t1 \",\"act-b\":\"t2\"}"), NO_AWS);
    assertThat(r.tokensByActor()).containsExactly(Map.entry("act-a", "t1"), Map.entry("act-b", "t2"));
  }

  @Test
  void singleTokenIsCombinedWithTheFileAndTheFileWinsOverJson() throws Exception {
    Path file = Files.writeString(dir.resolve("tokens.json"), "{\"act-f\":\"from-file\"}");
    TokenSources.Resolved r = TokenSources.resolve(env(TokenSources.SINGLE, "single",
        TokenSources.FILE, file.toString(), TokenSources.JSON, "{\"act-j\":\"from-json\"}"), NO_AWS);
    assertThat(r.tokensByActor()).containsExactly(Map.entry("default", "single"),
        Map.entry("act-f", "from-file"));
  }

  @Test
  void singleTokenIsCombinedWithJson() {
    TokenSources.Resolved r = TokenSources.resolve(env(TokenSources.SINGLE, "single",
        TokenSources.JSON, "{\"act-j\":\"from-json\"}"), NO_AWS);
    assertThat(r.tokensByActor()).containsOnlyKeys("default", "act-j");
  }

  @Test
  void awsSecretExcludesTheOtherSources() {
    SecretsManager aws = id -> Optional.of("{\"act-aws\":\"aws-token\"}");
    TokenSources.Resolved r = TokenSources.resolve(env(TokenSources.AWS_SECRET, "arn:x",
        TokenSources.SINGLE, "single", TokenSources.JSON, "{\"a\":\"b\"}"), aws);
    assertThat(r.source()).isEqualTo("aws-secrets-manager");
    assertThat(r.tokensByActor()).containsExactly(Map.entry("act-aws", "aws-token"));
  }

  @Test
  void awsSecretWithoutSdkFailsStartupNeverFallsBack() {
    assertStartupFails(env(TokenSources.AWS_SECRET, "arn:x", TokenSources.SINGLE, "single"),
        NO_AWS, "OMNIGRAPH_SERVER_BEARER_TOKENS_AWS_SECRET is set but AWS Secrets Manager support"
            + " is not available: no SDK in this build");
  }

  @Test
  void awsSecretValidation() {
    Map<String, String> env = env(TokenSources.AWS_SECRET, "sec-1");
    assertStartupFails(env, id -> Optional.empty(),
        "secret 'sec-1' has no SecretString \u2014 binary secrets are not supported");
    assertThatThrownBy(() -> TokenSources.resolve(env, id -> Optional.of("[1]")))
        .isInstanceOf(StartupException.class)
        .hasMessageStartingWith("bearer-token secret payload is not a JSON object of actor\u2192token: ");
    assertStartupFails(env, id -> Optional.of("{\" \":\"t\"}"),
        "bearer-token secret contains a blank actor id");
    assertStartupFails(env, id -> Optional.of("{\"a\":\" \"}"),
        "bearer-token secret has a blank token for actor 'a'");
    assertStartupFails(env, id -> Optional.of("{\"a\":\"t\",\"b\":\"t\"}"),
        "duplicate bearer token value configured");
  }

  @Test
  void jsonValidation() {
    String notObject = "OMNIGRAPH_SERVER_BEARER_TOKENS_JSON must be a JSON object of actor->token";
    assertStartupFails(env(TokenSources.JSON, "[\"x\"]"), NO_AWS, notObject);
    assertStartupFails(env(TokenSources.JSON, "{\"a\":1}"), NO_AWS, notObject);
    assertStartupFails(env(TokenSources.JSON, "{\"a\":"), NO_AWS, notObject);
    assertStartupFails(env(TokenSources.JSON, "{\" \":\"t\"}"), NO_AWS,
        "bearer token actor names must not be blank");
    assertStartupFails(env(TokenSources.JSON, "{\"a\":\"  \"}"), NO_AWS,
        "bearer token for actor 'a' must not be blank");
    assertStartupFails(env(TokenSources.JSON, "{\"a\":\"t\",\"a \":\"u\"}"), NO_AWS,
        "duplicate bearer token actor 'a'");
    assertStartupFails(env(TokenSources.JSON, "{\"a\":\"t\",\"b\":\" t\"}"), NO_AWS,
        "duplicate bearer token value configured");
    assertStartupFails(env(TokenSources.SINGLE, "x", TokenSources.JSON, "{\"default\":\"t\"}"),
        NO_AWS, "duplicate bearer token actor 'default'");
  }

  @Test
  void fileValidation() throws Exception {
    Path missing = dir.resolve("missing.json");
    assertStartupFails(env(TokenSources.FILE, missing.toString()), NO_AWS,
        "failed to read bearer tokens file at " + missing);
    Path bad = Files.writeString(dir.resolve("bad.json"), "not json");
    assertStartupFails(env(TokenSources.FILE, bad.toString()), NO_AWS,
        "failed to parse bearer tokens file at " + bad
            + ": OMNIGRAPH_SERVER_BEARER_TOKENS_JSON must be a JSON object of actor->token");
  }

  @Test
  void aConfiguredSourceWithoutTokensFailsStartupInsteadOfRunningOpen() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.json"), " { } \n");
    assertStartupFails(env(TokenSources.FILE, empty.toString()), NO_AWS,
        "OMNIGRAPH_SERVER_BEARER_TOKENS_FILE is set but contains no bearer tokens (file " + empty
            + ")");
    assertStartupFails(env(TokenSources.JSON, "{}"), NO_AWS,
        "OMNIGRAPH_SERVER_BEARER_TOKENS_JSON is set but contains no bearer tokens");
    assertStartupFails(env(TokenSources.AWS_SECRET, "sec-1"), id -> Optional.of("{}"),
        "OMNIGRAPH_SERVER_BEARER_TOKENS_AWS_SECRET is set but contains no bearer tokens"
            + " (secret 'sec-1')");
    // Also next to the single token: the empty source is a mistake either way.
    assertStartupFails(env(TokenSources.SINGLE, "single", TokenSources.JSON, "{}"), NO_AWS,
        "OMNIGRAPH_SERVER_BEARER_TOKENS_JSON is set but contains no bearer tokens");
    assertStartupFails(env(TokenSources.SINGLE, "single", TokenSources.FILE, empty.toString()),
        NO_AWS, "OMNIGRAPH_SERVER_BEARER_TOKENS_FILE is set but contains no bearer tokens (file "
            + empty + ")");
    // A source that is not used (JSON next to a file, anything next to the AWS secret) is not read.
    Path tokens = Files.writeString(dir.resolve("tokens.json"), "{\"act-f\":\"t\"}");
    assertThat(TokenSources.resolve(env(TokenSources.FILE, tokens.toString(), TokenSources.JSON,
        "{}"), NO_AWS).tokensByActor()).containsOnlyKeys("act-f");
    assertThat(TokenSources.resolve(env(TokenSources.AWS_SECRET, "sec-1", TokenSources.JSON, "{}"),
        id -> Optional.of("{\"a\":\"t\"}")).tokensByActor()).containsOnlyKeys("a");
  }

  @Test
  void tableKeepsDigestsAndAuthenticatesTheMatchingActor() {
    TokenTable table = TokenTable.of(Map.of("act-a", "t1", "act-b", "t2"));
    assertThat(table.authenticate("Bearer t2")).isEqualTo(new Actor("act-b"));
    assertThatThrownBy(() -> table.authenticate("Bearer ")).isInstanceOf(HttpError.class)
        .hasMessage("invalid bearer token");
    assertThatThrownBy(() -> table.authenticate("Bearer t1 ")).hasMessage("invalid bearer token");
    assertThatThrownBy(() -> table.authenticate(null)).hasMessage("missing bearer token");
    assertThatThrownBy(() -> table.authenticate("Bearer t\u00e9")).hasMessage("missing bearer token");
  }

  private static void assertStartupFails(Map<String, String> env, SecretsManager secrets,
      String message) {
    assertThatThrownBy(() -> TokenSources.resolve(env, secrets))
        .isInstanceOf(StartupException.class).hasMessage(message);
  }
}
