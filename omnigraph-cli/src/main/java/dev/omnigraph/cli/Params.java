package dev.omnigraph.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Query parameters from alias arguments and {@code --params}/{@code --params-file} (cli.md §6.3). */
final class Params {
  // Decimals stay exact so that the engine's binder sees the number as typed.
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private Params() {}

  /**
   * Maps {@code values} onto {@code names} in order (each value parsed as JSON when it is valid
   * JSON, else taken as a string), then lets the members of {@code explicit} override them.
   *
   * @param alias    the alias name, or null without an alias
   * @param explicit the {@code --params} object, or null
   * @return the parameter object, or null when there are no parameters
   * @throws CliException when there are more values than names
   */
  static ObjectNode merge(String alias, List<String> names, List<String> values,
      ObjectNode explicit) {
    if (values.size() > names.size()) {
      throw new CliException("alias '" + (alias == null ? "<alias>" : alias) + "' expects at most "
          + names.size() + " args but got " + values.size());
    }
    ObjectNode merged = JSON.createObjectNode();
    for (int i = 0; i < values.size(); i++) {
      merged.set(names.get(i), argument(values.get(i)));
    }
    if (explicit != null) {
      merged.setAll(explicit);
    }
    return merged.isEmpty() ? null : merged;
  }

  /**
   * The {@code --params} text as an object.
   *
   * @throws CliException when it is not JSON ({@code invalid params JSON: …}) or not an object
   */
  static ObjectNode parse(String text) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      throw new CliException("invalid params JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new CliException("params JSON must be an object");
    }
    return (ObjectNode) node;
  }

  private static JsonNode argument(String value) {
    try {
      JsonNode node = JSON.readTree(value);
      return node == null || node.isMissingNode() ? JSON.getNodeFactory().textNode(value) : node;
    } catch (JacksonException e) {
      return JSON.getNodeFactory().textNode(value);
    }
  }
}
