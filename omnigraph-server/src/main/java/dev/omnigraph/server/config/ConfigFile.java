package dev.omnigraph.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The keys of {@code omnigraph.yaml} the server reads (http.md §9.2); every other key is ignored so
 * that one file serves both implementations and the CLI.
 */
public final class ConfigFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path path;
  private final JsonNode root;

  private ConfigFile(Path path, JsonNode root) {
    this.path = path;
    this.root = root;
  }

  /** A configuration without a file. */
  public static ConfigFile empty() {
    return new ConfigFile(null, YAML.createObjectNode());
  }

  /** Reads {@code path}; a missing or malformed file fails start-up. */
  public static ConfigFile load(Path path) {
    try {
      JsonNode root = YAML.readTree(Files.readString(path));
      if (root != null && !root.isNull() && !root.isMissingNode() && !root.isObject()) {
        throw new StartupException("invalid config file " + path + ": expected a mapping at the top");
      }
      return new ConfigFile(path,
          root == null || !root.isObject() ? YAML.createObjectNode() : root);
    } catch (IOException e) {
      throw new StartupException("failed to read config file " + path + ": " + firstLine(e), e);
    }
  }

  /** The directory relative config paths are resolved against (the working directory without a file). */
  public Path directory() {
    Path parent = path == null ? null : path.toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }

  /** {@code graphs.{name}.uri}; null when the graph is not defined. */
  public String graphUri(String name) {
    JsonNode graph = root.path("graphs").path(name);
    return graph.isMissingNode() ? null : string("graphs." + name + ".uri", graph.path("uri"));
  }

  /** {@code server.graph}. */
  public String serverGraph() {
    return string("server.graph", root.path("server").path("graph"));
  }

  /** {@code server.bind}. */
  public String serverBind() {
    return string("server.bind", root.path("server").path("bind"));
  }

  /** {@code server.body_limit_bytes}. */
  public Long bodyLimitBytes() {
    return positive("server.body_limit_bytes", root.path("server").path("body_limit_bytes"));
  }

  /** {@code server.shutdown_grace_seconds}. */
  public Long shutdownGraceSeconds() {
    JsonNode n = root.path("server").path("shutdown_grace_seconds");
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.canConvertToLong() || !n.isIntegralNumber() || n.asLong() < 0) {
      throw invalid("server.shutdown_grace_seconds", "a non-negative integer");
    }
    return n.asLong();
  }

  /** {@code server.write_queue}: {@code per_branch} (default) or {@code none}. */
  public Boolean writeQueue() {
    String v = string("server.write_queue", root.path("server").path("write_queue"));
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "per_branch" -> true;
      case "none" -> false;
      default -> throw invalid("server.write_queue", "per_branch or none");
    };
  }

  /** {@code policy.file}. */
  public String policyFile() {
    return string("policy.file", root.path("policy").path("file"));
  }

  private String string(String key, JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw invalid(key, "a string");
    }
    return n.asText();
  }

  private Long positive(String key, JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() <= 0) {
      throw invalid(key, "a positive integer");
    }
    return n.asLong();
  }

  private StartupException invalid(String key, String expected) {
    return new StartupException("invalid config file " + path + ": " + key + " must be " + expected);
  }

  private static String firstLine(IOException e) {
    String m = e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
        : String.valueOf(e.getMessage());
    return m.split("\n", 2)[0];
  }
}
