package dev.omnigraph.schema.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.omnigraph.SchemaException;
import dev.omnigraph.lang.FloatText;
import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.Bound;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.InterfaceType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON form of the schema IR (languages.md §2.10), written field by field in the reference's
 * order, and read back. The hash is over the compact form.
 */
final class IrJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private IrJson() {}

  // ---------------------------------------------------------------- writing

  /** The compact IR (what the hash is computed over). */
  static String compact(SchemaIr ir) {
    int items = ir.interfaces().stream().mapToInt(i -> 1 + i.properties().size()).sum()
        + ir.nodes().stream().mapToInt(n -> 1 + n.properties().size()).sum()
        + ir.edges().stream().mapToInt(e -> 1 + e.properties().size()).sum();
    JsonText j = new JsonText(64 + 256 * items).beginObject(); // a property takes ~200 chars
    j.key("ir_version").raw(Integer.toString(SchemaIr.VERSION));
    j.key("interfaces").beginArray();
    for (InterfaceType i : ir.interfaces()) {
      j.beginObject().key("name").value(i.name());
      j.key("type_id").raw(Integer.toUnsignedString(i.typeId()));
      properties(j, "interface", i.name(), i.properties());
      j.endObject();
    }
    j.endArray().key("nodes").beginArray();
    for (NodeType n : ir.nodes()) {
      j.beginObject().key("name").value(n.name());
      j.key("type_id").raw(Integer.toUnsignedString(n.typeId()));
      annotations(j, n.annotations());
      j.key("implements").beginArray();
      n.implementsList().forEach(j::value);
      j.endArray();
      properties(j, "node", n.name(), n.properties());
      constraints(j, n.constraints());
      j.endObject();
    }
    j.endArray().key("edges").beginArray();
    for (EdgeType e : ir.edges()) {
      j.beginObject().key("name").value(e.name());
      j.key("type_id").raw(Integer.toUnsignedString(e.typeId()));
      j.key("from_type").value(e.fromType()).key("to_type").value(e.toType());
      j.key("cardinality").beginObject().key("min").raw(Long.toString(e.cardinality().min()));
      j.key("max").raw(e.cardinality().max() == null ? "null" : e.cardinality().max().toString());
      j.endObject();
      annotations(j, e.annotations());
      properties(j, "edge", e.name(), e.properties());
      constraints(j, e.constraints());
      j.endObject();
    }
    return j.endArray().endObject().toString();
  }

  /** The pretty IR, as stored in a repository. */
  static String pretty(String compact) {
    return JsonText.pretty(compact);
  }

  /** {@code sha256:} + lower-case hex SHA-256 of the UTF-8 bytes of the compact IR. */
  static String hash(String compactJson) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(compactJson.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }

  private static void properties(JsonText j, String kind, String owner,
      Map<String, Property> properties) {
    j.key("properties").beginArray();
    for (Property p : properties.values()) {
      j.beginObject().key("name").value(p.name());
      j.key("prop_id").raw(Integer.toUnsignedString(SchemaIr.propId(kind, owner, p.name())));
      PropType t = p.type();
      j.key("prop_type").beginObject().key("scalar");
      if (t.isVector()) {
        j.beginObject().key("Vector").raw(Integer.toString(t.vectorDim())).endObject();
      } else {
        j.value(t.scalar().displayName());
      }
      j.key("nullable").value(t.nullable()).key("list").value(t.list()).key("enum_values");
      if (t.isEnum()) {
        j.beginArray();
        t.enumValues().forEach(j::value);
        j.endArray();
      } else {
        j.raw("null");
      }
      j.endObject();
      annotations(j, p.annotations());
      j.endObject();
    }
    j.endArray();
  }

  private static void annotations(JsonText j, List<Annotation> annotations) {
    j.key("annotations").beginArray();
    for (Annotation a : annotations) {
      j.beginObject().key("name").value(a.name()).key("value").value(a.value()).endObject();
    }
    j.endArray();
  }

  private static void constraints(JsonText j, List<Constraint> constraints) {
    j.key("constraints").beginArray();
    for (Constraint c : constraints) {
      j.beginObject();
      if (c instanceof Constraint.Key k) {
        columns(j.key("Key"), k.columns());
      } else if (c instanceof Constraint.Unique u) {
        columns(j.key("Unique"), u.columns());
      } else if (c instanceof Constraint.Index i) {
        columns(j.key("Index"), i.columns());
      } else if (c instanceof Constraint.Range r) {
        j.key("Range").beginObject().key("property").value(r.property());
        bound(j.key("min"), r.min());
        bound(j.key("max"), r.max());
        j.endObject();
      } else if (c instanceof Constraint.Check ch) {
        j.key("Check").beginObject().key("property").value(ch.property())
            .key("pattern").value(ch.pattern()).endObject();
      }
      j.endObject();
    }
    j.endArray();
  }

  private static void columns(JsonText j, List<String> columns) {
    j.beginArray();
    columns.forEach(j::value);
    j.endArray();
  }

  private static void bound(JsonText j, Bound b) {
    if (b == null) {
      j.raw("null");
    } else if (b instanceof Bound.IntBound i) {
      j.beginObject().key("Integer").raw(Long.toString(i.value())).endObject();
    } else if (b instanceof Bound.FloatBound f) {
      j.beginObject().key("Float").raw(FloatText.json(f.value())).endObject();
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads an IR document (compact or pretty).
   *
   * @throws SchemaException S-IR3 for another {@code ir_version}, S-IR4 for a malformed document
   */
  static SchemaIr read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw malformed(e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw malformed("expected a JSON object");
    }
    JsonNode version = field(root, "ir_version");
    if (!version.isIntegralNumber()) {
      throw malformed("`ir_version` must be an integer");
    }
    if (!version.canConvertToLong() || version.asLong() != SchemaIr.VERSION) {
      throw SchemaErrors.catalog("S-IR3", "unsupported schema ir_version " + version.asText()
          + " (expected " + SchemaIr.VERSION + ")");
    }
    return new SchemaIr(list(root, "interfaces", IrJson::readInterface),
        list(root, "nodes", IrJson::readNode), list(root, "edges", IrJson::readEdge));
  }

  private static InterfaceType readInterface(JsonNode n) {
    return new InterfaceType(text(n, "name"), u32(n, "type_id"), readProperties(n));
  }

  private static NodeType readNode(JsonNode n) {
    return new NodeType(text(n, "name"), u32(n, "type_id"), readAnnotations(n),
        list(n, "implements", v -> asText(v, "implements")), readProperties(n),
        list(n, "constraints", IrJson::readConstraint));
  }

  private static EdgeType readEdge(JsonNode n) {
    JsonNode card = field(n, "cardinality");
    JsonNode max = card.get("max");
    Cardinality cardinality = new Cardinality(Integer.toUnsignedLong(u32(card, "min")),
        max == null || max.isNull() ? null : Integer.toUnsignedLong(u32(card, "max")));
    return new EdgeType(text(n, "name"), u32(n, "type_id"), text(n, "from_type"),
        text(n, "to_type"), cardinality, readAnnotations(n), readProperties(n),
        list(n, "constraints", IrJson::readConstraint));
  }

  private static Map<String, Property> readProperties(JsonNode n) {
    Map<String, Property> out = new LinkedHashMap<>();
    for (Property p : list(n, "properties", IrJson::readProperty)) {
      out.put(p.name(), p);
    }
    return out;
  }

  private static Property readProperty(JsonNode n) {
    JsonNode t = field(n, "prop_type");
    JsonNode scalar = field(t, "scalar");
    boolean nullable = bool(t, "nullable");
    boolean isList = bool(t, "list");
    JsonNode enumValues = t.get("enum_values");
    List<String> values = enumValues == null || enumValues.isNull() ? null
        : list(t, "enum_values", v -> asText(v, "enum_values"));
    PropType type;
    if (scalar.isObject()) {
      int dim = u32(scalar, "Vector");
      if (dim <= 0) {
        throw malformed("invalid Vector dimension " + Integer.toUnsignedString(dim));
      }
      type = new PropType(ScalarType.VECTOR, dim, nullable, isList, values);
    } else {
      ScalarType s = ScalarType.fromDisplayName(asText(scalar, "scalar"));
      if (s == null || s == ScalarType.VECTOR) {
        throw malformed("unknown scalar " + scalar);
      }
      type = new PropType(s, 0, nullable, isList, values);
    }
    return new Property(text(n, "name"), type, readAnnotations(n));
  }

  private static List<Annotation> readAnnotations(JsonNode n) {
    return list(n, "annotations", a -> {
      JsonNode value = a.get("value");
      return new Annotation(text(a, "name"),
          value == null || value.isNull() ? null : asText(value, "value"));
    });
  }

  private static Constraint readConstraint(JsonNode n) {
    if (!n.isObject() || n.size() != 1) {
      throw malformed("expected a constraint object with one variant, got " + n);
    }
    String variant = n.fieldNames().next();
    JsonNode body = n.get(variant);
    Function<JsonNode, String> column = v -> asText(v, variant);
    return switch (variant) {
      case "Key" -> new Constraint.Key(list(n, "Key", column));
      case "Unique" -> new Constraint.Unique(list(n, "Unique", column));
      case "Index" -> new Constraint.Index(list(n, "Index", column));
      case "Range" -> new Constraint.Range(text(body, "property"), readBound(body.get("min")),
          readBound(body.get("max")));
      case "Check" -> new Constraint.Check(text(body, "property"), text(body, "pattern"));
      default -> throw malformed("unknown constraint variant " + variant);
    };
  }

  private static Bound readBound(JsonNode b) {
    if (b == null || b.isNull()) {
      return null;
    }
    if (b.has("Integer") && b.get("Integer").isIntegralNumber()
        && b.get("Integer").canConvertToLong()) {
      return new Bound.IntBound(b.get("Integer").asLong());
    }
    if (b.has("Float") && b.get("Float").isNumber()) {
      return new Bound.FloatBound(b.get("Float").asDouble());
    }
    throw malformed("invalid range bound " + b);
  }

  // ---------------------------------------------------------------- field access

  private static JsonNode field(JsonNode n, String name) {
    JsonNode v = n == null ? null : n.get(name);
    if (v == null) {
      throw malformed("missing field `" + name + "`");
    }
    return v;
  }

  private static <T> List<T> list(JsonNode n, String name, Function<JsonNode, T> element) {
    JsonNode array = field(n, name);
    if (!array.isArray()) {
      throw malformed("`" + name + "` must be an array");
    }
    List<T> out = new ArrayList<>(array.size());
    array.forEach(e -> out.add(element.apply(e)));
    return out;
  }

  private static String text(JsonNode n, String name) {
    return asText(field(n, name), name);
  }

  private static String asText(JsonNode v, String what) {
    if (!v.isTextual()) {
      throw malformed("`" + what + "` must be a string");
    }
    return v.textValue();
  }

  private static boolean bool(JsonNode n, String name) {
    JsonNode v = field(n, name);
    if (!v.isBoolean()) {
      throw malformed("`" + name + "` must be a boolean");
    }
    return v.booleanValue();
  }

  /** An unsigned 32-bit number, returned as the int with the same bits. */
  private static int u32(JsonNode n, String name) {
    JsonNode v = field(n, name);
    if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0
        || v.asLong() > 0xFFFF_FFFFL) {
      throw malformed("`" + name + "` must be an unsigned 32-bit integer");
    }
    return (int) v.asLong();
  }

  private static SchemaException malformed(String detail) {
    return SchemaErrors.catalog("S-IR4", "invalid schema ir: " + detail);
  }
}
