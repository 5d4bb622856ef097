package dev.omnigraph.server.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.omnigraph.server.config.StartupException;
import dev.omnigraph.server.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the bearer tokens from the environment (http.md §6.3): the AWS secret alone when it is
 * configured; otherwise the single token (actor {@code default}) together with the token file, or
 * the JSON variable when there is no file. Every source is validated the same way, and a source
 * that is used but holds no tokens (an empty object) fails start-up: only a server with no token
 * source configured at all runs unauthenticated.
 */
public final class TokenSources {
  public static final String AWS_SECRET = "OMNIGRAPH_SERVER_BEARER_TOKENS_AWS_SECRET";
  public static final String FILE = "OMNIGRAPH_SERVER_BEARER_TOKENS_FILE";
  public static final String JSON = "OMNIGRAPH_SERVER_BEARER_TOKENS_JSON";
  public static final String SINGLE = "OMNIGRAPH_SERVER_BEARER_TOKEN";
  static final String DEFAULT_ACTOR = "default";
  private static final String NOT_AN_OBJECT = JSON + " must be a JSON object of actor->token";

  private TokenSources() {}

  /**
   * Tokens by actor and the name of the source they came from ({@code env-or-file} or
   * {@code aws-secrets-manager}); an empty map means unauthenticated mode (no source configured).
   */
  public record Resolved(String source, Map<String, String> tokensByActor) {}

  private record Pair(String actor, String token) {}

  /**
   * Reads and validates the configured tokens.
   *
   * @throws StartupException with the documented message when a source is invalid or unavailable
   */
  public static Resolved resolve(Map<String, String> env, SecretsManager secrets) {
    String secretId = value(env, AWS_SECRET);
    if (secretId != null) {
      return new Resolved("aws-secrets-manager", validate(
          nonEmpty(fromSecret(secretId, secrets), AWS_SECRET, " (secret '" + secretId + "')"),
          "bearer-token secret contains a blank actor id",
          "bearer-token secret has a blank token for actor '%s'"));
    }
    List<Pair> pairs = new ArrayList<>();
    String single = value(env, SINGLE);
    if (single != null) {
      pairs.add(new Pair(DEFAULT_ACTOR, single));
    }
    String file = value(env, FILE);
    String json = value(env, JSON);
    if (file != null) {
      pairs.addAll(nonEmpty(fromFile(Path.of(file)), FILE, " (file " + file + ")"));
    } else if (json != null) {
      pairs.addAll(nonEmpty(parseObject(json, reason -> NOT_AN_OBJECT), JSON, ""));
    }
    return new Resolved("env-or-file", validate(pairs, "bearer token actor names must not be blank",
        "bearer token for actor '%s' must not be blank"));
  }

  /**
   * Fails closed (a deliberate difference from the reference, which then runs unauthenticated):
   * a configured source holding no tokens is a mistake, never a request for an open server.
   */
  private static List<Pair> nonEmpty(List<Pair> pairs, String variable, String where) {
    if (pairs.isEmpty()) {
      throw new StartupException(variable + " is set but contains no bearer tokens" + where);
    }
    return pairs;
  }

  private static List<Pair> fromFile(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StartupException("failed to read bearer tokens file at " + path, e);
    }
    return parseObject(text,
        reason -> "failed to parse bearer tokens file at " + path + ": " + NOT_AN_OBJECT);
  }

  private static List<Pair> fromSecret(String secretId, SecretsManager secrets) {
    String payload;
    try {
      payload = secrets.secretString(secretId).orElseThrow(() -> new StartupException(
          "secret '" + secretId + "' has no SecretString \u2014 binary secrets are not supported"));
    } catch (SecretsManager.UnavailableException e) {
      throw new StartupException(AWS_SECRET
          + " is set but AWS Secrets Manager support is not available: " + e.getMessage(), e);
    }
    return parseObject(payload,
        reason -> "bearer-token secret payload is not a JSON object of actor\u2192token: " + reason);
  }

  /**
   * Parses a JSON object of string → string, keeping repeated keys so they can be reported;
   * {@code failure} builds the start-up message from the reason the text was rejected.
   */
  private static List<Pair> parseObject(String text, Function<String, String> failure) {
    List<Pair> pairs = new ArrayList<>();
    try (JsonParser p = Json.MAPPER.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new StartupException(failure.apply("expected a JSON object"));
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String actor = p.currentName();
        if (p.nextToken() != JsonToken.VALUE_STRING) {
          throw new StartupException(failure.apply("the value of '" + actor + "' is not a string"));
        }
        pairs.add(new Pair(actor, p.getText()));
      }
      if (p.nextToken() != null) {
        throw new StartupException(failure.apply("trailing content after the object"));
      }
    } catch (IOException e) {
      throw new StartupException(failure.apply(e.getMessage().split("\n", 2)[0]), e);
    }
    return pairs;
  }

  private static Map<String, String> validate(List<Pair> pairs, String blankActor,
      String blankToken) {
    Map<String, String> byActor = new LinkedHashMap<>();
    Set<String> tokens = new HashSet<>();
    for (Pair p : pairs) {
      String actor = p.actor().trim();
      String token = p.token().trim();
      if (actor.isEmpty()) {
        throw new StartupException(blankActor);
      }
      if (token.isEmpty()) {
        throw new StartupException(String.format(blankToken, actor));
      }
      if (byActor.put(actor, token) != null) {
        throw new StartupException("duplicate bearer token actor '" + actor + "'");
      }
      if (!tokens.add(token)) {
        throw new StartupException("duplicate bearer token value configured");
      }
    }
    return byActor;
  }

  private static String value(Map<String, String> env, String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
