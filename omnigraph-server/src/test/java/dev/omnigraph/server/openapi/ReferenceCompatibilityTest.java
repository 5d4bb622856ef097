package dev.omnigraph.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.Omnigraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our document against the reference's ({@code shared/spec/openapi.reference.json}, found beside
 * the repository checkout): every path, method, operationId, tag, parameter, request body,
 * response code, schema, property, property type and required list of the reference is kept,
 * except for the differences listed here (http.md §12).
 */
class ReferenceCompatibilityTest {
  /** Operations of the reference this server does not serve yet (the write side). */
  static final Set<String> NOT_YET_SERVED = Set.of("POST /change", "POST /schema/apply",
      "POST /ingest", "POST /branches", "DELETE /branches/{branch}", "POST /branches/merge");

  /** Schemas only those operations use. */
  static final Set<String> SCHEMAS_NOT_YET_SERVED = Set.of("BranchCreateOutput",
      "BranchCreateRequest", "BranchDeleteOutput", "BranchMergeOutcome", "BranchMergeOutput",
      "BranchMergeRequest", "ChangeOutput", "ChangeRequest", "IngestOutput", "IngestRequest",
      "IngestTableOutput", "LoadMode", "SchemaApplyOutput", "SchemaApplyRequest");

  /** Response codes we add because the server produces them (http.md §12 allows exactly these). */
  static final Map<String, Set<String>> ADDED_RESPONSES = Map.of(
      "GET /snapshot", Set.of("400", "404", "409", "500"),
      "POST /read", Set.of("404", "409", "413", "415", "422", "500"),
      "POST /export", Set.of("404", "409", "413", "415", "422", "500"),
      "GET /schema", Set.of("500"),
      "GET /branches", Set.of("409", "500"),
      "GET /commits", Set.of("400", "404", "409", "500"),
      "GET /commits/{commit_id}", Set.of("409", "500"));

  /** Schemas and properties that are ours (DECISIONS 26). */
  static final Set<String> ADDED_SCHEMAS = Set.of("KeyConflictOutput");
  static final Set<String> ADDED_PROPERTIES = Set.of("ExportRequest.snapshot",
      "ErrorOutput.key_conflict");

  static final ObjectMapper JSON = new ObjectMapper();
  static JsonNode reference;
  static JsonNode ours;

  @BeforeAll
  static void load() throws Exception {
    reference = JSON.readTree(Files.readString(locateReference()));
    ours = JSON.readTree(OpenApiDocument.json(Omnigraph.version(), true));
  }

  /** {@code shared/spec/openapi.reference.json} in the nearest ancestor directory that has it. */
  static Path locateReference() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared/spec/openapi.reference.json");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared/spec/openapi.reference.json not found above "
        + Path.of("").toAbsolutePath() + ": check the repository out beside shared/");
  }

  @Test
  void infoAndSecuritySchemeMatch() {
    assertThat(ours.path("openapi")).isEqualTo(reference.path("openapi"));
    for (String field : List.of("title", "description", "license")) {
      assertThat(ours.path("info").path(field)).as(field)
          .isEqualTo(reference.path("info").path(field));
    }
    assertThat(ours.path("components").path("securitySchemes"))
        .isEqualTo(reference.path("components").path("securitySchemes"));
  }

  @Test
  void operationsAreTheReferencesMinusTheWriteSide() {
    Set<String> expected = new TreeSet<>(operations(reference).keySet());
    expected.removeAll(NOT_YET_SERVED);
    assertThat(operations(ours).keySet()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyServedOperationKeepsTheReferenceContract() {
    Map<String, JsonNode> refOps = operations(reference);
    operations(ours).forEach((key, op) -> {
      JsonNode ref = refOps.get(key);
      assertThat(op.path("operationId")).as(key).isEqualTo(ref.path("operationId"));
      assertThat(op.path("tags")).as(key).isEqualTo(ref.path("tags"));
      assertThat(op.path("security")).as(key).isEqualTo(ref.path("security"));
      assertThat(parameters(op)).as(key + " parameters").isEqualTo(parameters(ref));
      assertThat(op.path("requestBody").path("required")).as(key)
          .isEqualTo(ref.path("requestBody").path("required"));
      assertThat(op.path("requestBody").path("content")).as(key)
          .isEqualTo(ref.path("requestBody").path("content"));
      Set<String> codes = fieldNames(op.path("responses"));
      Set<String> refCodes = fieldNames(ref.path("responses"));
      assertThat(codes).as(key).containsAll(refCodes);
      Set<String> added = new TreeSet<>(codes);
      added.removeAll(refCodes);
      assertThat(added).as(key + " added responses")
          .isEqualTo(ADDED_RESPONSES.getOrDefault(key, Set.of()));
      for (String code : refCodes) {
        assertThat(op.path("responses").path(code).path("content")).as(key + " " + code)
            .isEqualTo(ref.path("responses").path(code).path("content"));
      }
    });
  }

  @Test
  void schemasKeepNamesPropertiesTypesAndRequiredLists() {
    JsonNode refSchemas = reference.path("components").path("schemas");
    JsonNode ourSchemas = ours.path("components").path("schemas");
    Set<String> expected = new TreeSet<>(fieldNames(refSchemas));
    expected.removeAll(SCHEMAS_NOT_YET_SERVED);
    expected.addAll(ADDED_SCHEMAS);
    assertThat(fieldNames(ourSchemas)).isEqualTo(expected);
    List<String> addedProperties = new ArrayList<>();
    for (String name : fieldNames(ourSchemas)) {
      if (ADDED_SCHEMAS.contains(name)) {
        continue;
      }
      JsonNode ourSchema = ourSchemas.path(name);
      JsonNode refSchema = refSchemas.path(name);
      assertThat(signature(ourSchema)).as(name).isEqualTo(signature(refSchema));
      assertThat(fieldNames(ourSchema.path("required"), true)).as(name + " required")
          .isEqualTo(fieldNames(refSchema.path("required"), true));
      for (String property : fieldNames(ourSchema.path("properties"))) {
        JsonNode refProperty = refSchema.path("properties").path(property);
        if (refProperty.isMissingNode()) {
          addedProperties.add(name + "." + property);
          continue;
        }
        assertThat(signature(ourSchema.path("properties").path(property)))
            .as(name + "." + property).isEqualTo(signature(refProperty));
      }
      assertThat(fieldNames(ourSchema.path("properties")))
          .as(name + " keeps every property").containsAll(fieldNames(refSchema.path("properties")));
    }
    assertThat(addedProperties).containsExactlyInAnyOrderElementsOf(ADDED_PROPERTIES);
  }

  /** "METHOD /path" → operation. */
  static Map<String, JsonNode> operations(JsonNode doc) {
    Map<String, JsonNode> ops = new TreeMap<>();
    doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(
        m -> ops.put(m.getKey().toUpperCase() + " " + p.getKey(), m.getValue())));
    return ops;
  }

  static List<String> parameters(JsonNode op) {
    List<String> out = new ArrayList<>();
    op.path("parameters").forEach(p -> out.add(p.path("name").asText() + " in "
        + p.path("in").asText() + " required=" + p.path("required").asBoolean()
        + " " + signature(p.path("schema"))));
    return out;
  }

  /**
   * The type of a schema, normalised: the set of JSON types, {@code ref:Name}, the alternatives of
   * {@code oneOf}, array items and enum values; formats and descriptions do not count.
   */
  static String signature(JsonNode s) {
    if (s.has("$ref")) {
      return "ref:" + s.path("$ref").asText().replace("#/components/schemas/", "");
    }
    if (s.has("oneOf")) {
      Set<String> alternatives = new TreeSet<>();
      s.path("oneOf").forEach(a -> alternatives.add(signature(a)));
      return "oneOf" + alternatives;
    }
    Set<String> types = new TreeSet<>();
    JsonNode type = s.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type.isTextual()) {
      types.add(type.asText());
    }
    String sig = types.isEmpty() ? "any" : String.join("|", types);
    if (s.has("items")) {
      sig += "<" + signature(s.path("items")) + ">";
    }
    if (s.has("enum")) {
      sig += fieldNames(s.path("enum"), true);
    }
    return sig;
  }

  static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Set<String> fieldNames(JsonNode array, boolean values) {
    Set<String> names = new TreeSet<>();
    array.forEach(v -> names.add(v.asText()));
    return names;
  }
}
