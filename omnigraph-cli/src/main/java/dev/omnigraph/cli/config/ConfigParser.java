package dev.omnigraph.cli.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.omnigraph.cli.CliException;
import dev.omnigraph.cli.IoErrors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code omnigraph.yaml} and checks it against the schema of cli.md §5.1: unknown keys are
 * ignored, a null value counts as absent, and a value of the wrong type makes the whole file
 * unreadable ({@code invalid config file {path}: {key} must be {what}}).
 */
final class ConfigParser {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Path file;

  private ConfigParser(Path file) {
    this.file = file;
  }

  static CliConfig parse(Path file, Path baseDir) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(IoErrors.describe(e));
    }
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (JacksonException e) {
      throw new CliException("invalid config file " + file + ": "
          + e.getOriginalMessage().split("\n", 2)[0]);
    }
    return new ConfigParser(file).config(root, baseDir);
  }

  private CliConfig config(JsonNode root, Path baseDir) {
    if (absent(root)) {
      return CliConfig.empty(baseDir);
    }
    mapping("the top level", root);
    JsonNode project = section(root, "project");
    JsonNode cli = section(root, "cli");
    JsonNode query = section(root, "query");
    JsonNode auth = section(root, "auth");
    JsonNode policy = section(root, "policy");
    section(root, "server");
    return new CliConfig(file, baseDir,
        string("project.name", project.path("name")),
        graphs(root.path("graphs")),
        new CliSettings(
            string("cli.graph", cli.path("graph")),
            string("cli.branch", cli.path("branch")),
            choice("cli.output_format", cli.path("output_format"), OutputFormat.class),
            positive("cli.table_max_column_width", cli.path("table_max_column_width")),
            choice("cli.table_cell_layout", cli.path("table_cell_layout"), CellLayout.class)),
        strings("query.roots", query.path("roots")),
        string("auth.env_file", auth.path("env_file")),
        aliases(root.path("aliases")),
        string("policy.file", policy.path("file")));
  }

  private Map<String, GraphConfig> graphs(JsonNode node) {
    Map<String, GraphConfig> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries("graphs", node)) {
      String key = "graphs." + e.getKey();
      JsonNode g = e.getValue();
      mapping(key, g);
      out.put(e.getKey(), new GraphConfig(required(key + ".uri", g.path("uri")),
          string(key + ".bearer_token_env", g.path("bearer_token_env"))));
    }
    return out;
  }

  private Map<String, AliasConfig> aliases(JsonNode node) {
    Map<String, AliasConfig> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : entries("aliases", node)) {
      String key = "aliases." + e.getKey();
      JsonNode a = e.getValue();
      mapping(key, a);
      if (absent(a.path("command"))) {
        throw invalid(key + ".command", "read or change");
      }
      out.put(e.getKey(), new AliasConfig(
          choice(key + ".command", a.path("command"), AliasConfig.Command.class),
          required(key + ".query", a.path("query")),
          string(key + ".name", a.path("name")),
          strings(key + ".args", a.path("args")),
          string(key + ".graph", a.path("graph")),
          string(key + ".branch", a.path("branch")),
          choice(key + ".format", a.path("format"), OutputFormat.class)));
    }
    return out;
  }

  private JsonNode section(JsonNode root, String name) {
    JsonNode n = root.path(name);
    if (absent(n)) {
      return YAML.createObjectNode();
    }
    mapping(name, n);
    return n;
  }

  private List<Map.Entry<String, JsonNode>> entries(String key, JsonNode n) {
    if (absent(n)) {
      return List.of();
    }
    mapping(key, n);
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    n.fields().forEachRemaining(out::add);
    return out;
  }

  private void mapping(String key, JsonNode n) {
    if (!n.isObject()) {
      throw invalid(key, "a mapping");
    }
  }

  private String required(String key, JsonNode n) {
    String s = string(key, n);
    if (s == null) {
      throw invalid(key, "a string");
    }
    return s;
  }

  private String string(String key, JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (!n.isValueNode() || n.isBinary()) {
      throw invalid(key, "a string");
    }
    // YAML scalars such as `main` or `8080` are strings to the reference (serde_yaml) as well.
    return n.asText();
  }

  private List<String> strings(String key, JsonNode n) {
    if (absent(n)) {
      return List.of();
    }
    if (!n.isArray()) {
      throw invalid(key, "a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
      JsonNode item = it.next();
      if (absent(item) || !item.isValueNode()) {
        throw invalid(key, "a list of strings");
      }
      out.add(item.asText());
    }
    return out;
  }

  private Integer positive(String key, JsonNode n) {
    if (absent(n)) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() <= 0) {
      throw invalid(key, "a positive integer");
    }
    return n.asInt();
  }

  private <E extends Enum<E>> E choice(String key, JsonNode n, Class<E> type) {
    if (absent(n)) {
      return null;
    }
    E[] values = type.getEnumConstants();
    if (n.isTextual()) {
      for (E e : values) {
        if (e.name().toLowerCase(Locale.ROOT).equals(n.asText())) {
          return e;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : values) {
      names.add(e.name().toLowerCase(Locale.ROOT));
    }
    throw invalid(key, "one of " + String.join(", ", names));
  }

  private static boolean absent(JsonNode n) {
    return n == null || n.isMissingNode() || n.isNull();
  }

  private CliException invalid(String key, String expected) {
    return new CliException("invalid config file " + file + ": " + key + " must be " + expected);
  }
}
