package dev.omnigraph.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSONL (semantics.md §12.1–12.2): lines numbered from 1 counting every physical line,
 * trimmed; empty lines and lines starting with {@code //} skipped (DECISIONS 2); each other line
 * one JSON value. A line with a string {@code "type"} member is a node record, else one with a
 * string {@code "edge"} member an edge record; {@code data} that is missing or not an object
 * counts as {@code {}}; other members are ignored. Lines that are not records become shape errors.
 */
final class JsonlSource implements RecordSource {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Reader reader;

  JsonlSource(Reader reader) {
    this.reader = reader;
  }

  @Override
  public void forEach(RecordSink sink) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    long lineNo = 0;
    for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
      lineNo++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("//")) {
        continue;
      }
      parseLine(lineNo, line, sink);
    }
  }

  static void parseLine(long lineNo, String line, RecordSink sink) {
    String type = null;
    String edge = null;
    String from = null;
    String to = null;
    Map<String, Object> data = null;
    boolean object;
    try (JsonParser p = JSON.createParser(line)) {
      JsonToken t = p.nextToken();
      object = t == JsonToken.START_OBJECT;
      if (object) {
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
          JsonToken v = p.nextToken();
          switch (name) {
            case "type" -> type = string(p, v);
            case "edge" -> edge = string(p, v);
            case "from" -> from = string(p, v);
            case "to" -> to = string(p, v);
            case "data" -> data = v == JsonToken.START_OBJECT ? object(p) : skip(p);
            default -> p.skipChildren();
          }
        }
      } else {
        p.skipChildren();
      }
      if (p.nextToken() != null) {
        sink.shapeError(lineNo, "invalid JSON on line " + lineNo + ": trailing characters after"
            + " the JSON value");
        return;
      }
    } catch (JsonProcessingException e) {
      sink.shapeError(lineNo, "invalid JSON on line " + lineNo + ": " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      sink.shapeError(lineNo, "invalid JSON on line " + lineNo + ": " + e.getMessage());
      return;
    }
    Map<String, Object> values = data == null ? Map.of() : data;
    if (type != null) {
      sink.record(new InputRecord(lineNo, false, type, null, null, values));
    } else if (edge != null) {
      if (from == null) {
        sink.shapeError(lineNo, "line " + lineNo + ": edge missing 'from'");
      } else if (to == null) {
        sink.shapeError(lineNo, "line " + lineNo + ": edge missing 'to'");
      } else {
        sink.record(new InputRecord(lineNo, true, edge, from, to, values));
      }
    } else {
      sink.shapeError(lineNo, "line " + lineNo + ": expected 'type' or 'edge' field");
    }
  }

  /** The string value of the current token, or null (after skipping) for any other kind. */
  private static String string(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  private static Map<String, Object> skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static Map<String, Object> object(JsonParser p) throws IOException {
    Map<String, Object> out = new HashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      out.put(name, value(p, p.nextToken()));
    }
    return out;
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? p.getBigIntegerValue() : (Object) p.getLongValue();
      case VALUE_NUMBER_FLOAT -> {
        double d = p.getDoubleValue();
        yield Double.isInfinite(d) ? p.getDecimalValue() : (Object) d;
      }
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case START_ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
          items.add(value(p, i));
        }
        yield items;
      }
      case START_OBJECT -> object(p);
      default -> null; // VALUE_NULL
    };
  }
}
