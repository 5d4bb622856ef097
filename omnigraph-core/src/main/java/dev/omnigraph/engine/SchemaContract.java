package dev.omnigraph.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.ConflictException;
import dev.omnigraph.Schema;
import dev.omnigraph.SchemaException;
import dev.omnigraph.StorageException;
import dev.omnigraph.schema.compiler.CompiledSchema;
import dev.omnigraph.schema.compiler.SchemaCompiler;
import dev.omnigraph.storage.TextFiles;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The accepted schema of a repository and its drift check (engine.md §7.1): {@code _schema.pg}
 * (the editable source), {@code _schema.ir.json} (canonical IR) and {@code __schema_state.json}
 * (format and IR hash) must agree with each other and with the manifest's accepted hash.
 * Validation is cached by the files' fingerprints, so an unchanged repository costs three stats.
 */
final class SchemaContract {
  static final String SOURCE = "_schema.pg";
  static final String IR = "_schema.ir.json";
  static final String STATE = "__schema_state.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TextFiles files;
  private volatile Validated validated;

  private record Validated(List<Optional<String>> fingerprints, String manifestHash, Schema schema) {}

  SchemaContract(TextFiles files) {
    this.files = files;
  }

  /** Writes the three contract files for a newly accepted schema. */
  void write(Schema schema) {
    try {
      files.write(SOURCE, schema.source());
      files.write(IR, schema.irPrettyJson() + "\n");
      files.write(STATE, stateJson(schema.irHash()));
    } catch (IOException e) {
      throw StorageException.io("cannot write schema files", e);
    }
  }

  static String stateJson(String irHash) {
    return "{\n  \"format_version\": 1,\n  \"schema_ir_hash\": \"" + irHash
        + "\",\n  \"schema_identity_version\": 1\n}\n";
  }

  /** The schema source text as stored (not validated; {@code GET /schema} shows it as is). */
  String source() {
    try {
      return files.read(SOURCE).orElseThrow(() -> locked(
          "repo is missing persisted schema state; manual coordination is required before schema"
              + " changes are allowed"));
    } catch (IOException e) {
      throw StorageException.io("cannot read " + SOURCE, e);
    }
  }

  /**
   * The accepted schema, after checking the files against each other and against the hash the
   * manifest accepted.
   *
   * @throws ConflictException when the files drifted (edited by hand)
   */
  Schema accepted(String manifestHash) {
    try {
      List<Optional<String>> fp = List.of(files.fingerprint(SOURCE), files.fingerprint(IR),
          files.fingerprint(STATE));
      Validated v = validated;
      if (v != null && v.fingerprints().equals(fp) && v.manifestHash().equals(manifestHash)) {
        return v.schema();
      }
      Schema schema = validate(manifestHash);
      validated = new Validated(fp, manifestHash, schema);
      return schema;
    } catch (IOException e) {
      throw StorageException.io("cannot read schema files", e);
    }
  }

  private Schema validate(String manifestHash) throws IOException {
    Optional<String> source = files.read(SOURCE);
    Schema fromSource;
    try {
      fromSource = Schema.parse(source.orElse(""));
    } catch (SchemaException e) {
      String how = e.getMessage().startsWith("catalog error")
          ? "could not be compiled into the accepted schema contract"
          : "is not a valid accepted schema definition";
      throw locked("current _schema.pg " + how + ": " + e.getMessage());
    }
    Optional<String> ir = files.read(IR);
    Optional<String> state = files.read(STATE);
    if (ir.isEmpty() || state.isEmpty()) {
      throw locked("repo is missing persisted schema state; manual coordination is required before"
          + " schema changes are allowed");
    }
    CompiledSchema accepted;
    try {
      accepted = SchemaCompiler.fromIr(ir.get());
    } catch (RuntimeException e) {
      throw locked("accepted compiled schema contract in _schema.ir.json is invalid: "
          + e.getMessage());
    }
    JsonNode stateJson;
    try {
      stateJson = JSON.readTree(state.get());
    } catch (IOException e) {
      throw locked("repo schema state in __schema_state.json is invalid: " + e.getMessage());
    }
    int format = stateJson.path("format_version").asInt(-1);
    if (format != 1) {
      throw locked("repo schema state format " + stateJson.path("format_version") + " is unsupported");
    }
    String recorded = stateJson.path("schema_ir_hash").asText("");
    if (!accepted.irHash().equals(recorded)) {
      throw locked("accepted compiled schema does not match the recorded schema state");
    }
    if (!fromSource.irHash().equals(recorded)) {
      throw locked("current _schema.pg no longer matches the accepted compiled schema");
    }
    if (!recorded.equals(manifestHash)) {
      throw locked("the schema files record " + recorded + " but the manifest accepted "
          + manifestHash);
    }
    return fromSource;
  }

  private static ConflictException locked(String detail) {
    return new ConflictException("schema evolution is locked down in phase 1: " + detail
        + "; manual coordination is required");
  }
}
