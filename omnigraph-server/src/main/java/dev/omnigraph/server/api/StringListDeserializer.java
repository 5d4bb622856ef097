package dev.omnigraph.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An optional array of strings that may be absent (empty list) but not {@code null} and holds
 * nothing but strings, as the reference decodes {@code Vec<String>} with a default (http.md §4.5).
 */
public final class StringListDeserializer extends StdDeserializer<List<String>> {
  public StringListDeserializer() {
    super(List.class);
  }

  @Override
  public List<String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartArrayToken()) {
      return fail(p, "invalid type: expected a sequence of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        return fail(p, "invalid type: expected a string in the sequence");
      }
      out.add(p.getText());
    }
    return List.copyOf(out);
  }

  @Override
  public List<String> getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    throw JsonMappingException.from(ctxt, "invalid type: null, expected a sequence");
  }

  @Override
  public Object getAbsentValue(DeserializationContext ctxt) {
    return List.of();
  }

  private static List<String> fail(JsonParser p, String message)
      throws JsonMappingException {
    throw JsonMappingException.from(p, message);
  }
}
